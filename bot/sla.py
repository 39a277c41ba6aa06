"""Due times for escalations: a number of business hours from when it was raised (bot/sla.yaml)."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from functools import lru_cache
from importlib import resources
from zoneinfo import ZoneInfo

import yaml


@lru_cache(maxsize=1)
def sla_config() -> dict:
    return yaml.safe_load(resources.files("bot").joinpath("sla.yaml").read_text())


def _is_business_day(d: date, holidays: set[date]) -> bool:
    return d.weekday() < 5 and d not in holidays


def due_at(raised: datetime, channel: str, config: dict | None = None) -> datetime:
    cfg = config or sla_config()
    tz = ZoneInfo(cfg["timezone"])
    start_h, end_h = cfg["business_hours"]["start"], cfg["business_hours"]["end"]
    holidays = {date.fromisoformat(str(h)) for h in cfg.get("holidays") or []}
    remaining = timedelta(hours=cfg["hours_to_answer"].get(channel, cfg["hours_to_answer"]["chat"]))
    t = raised.astimezone(tz)
    while True:
        day_start = t.replace(hour=start_h, minute=0, second=0, microsecond=0)
        day_end = t.replace(hour=end_h, minute=0, second=0, microsecond=0)
        if not _is_business_day(t.date(), holidays) or t >= day_end:
            t = (t + timedelta(days=1)).replace(hour=start_h, minute=0, second=0, microsecond=0)
            continue
        t = max(t, day_start)
        if t + remaining <= day_end:
            return (t + remaining).astimezone(timezone.utc)
        remaining -= day_end - t
        t = day_end
