"""Due times for escalations: a number of business hours from when it was raised (bot/sla.yaml)."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from functools import lru_cache
from importlib import resources
from zoneinfo import ZoneInfo

import holidays
import yaml


@lru_cache(maxsize=1)
def sla_config() -> dict:
    return yaml.safe_load(resources.files("bot").joinpath("sla.yaml").read_text())


@lru_cache(maxsize=64)
def closed_days(calendar: str, names: tuple[str, ...], day_after: tuple[str, ...],
                dates: tuple[str, ...], year: int) -> frozenset[date]:
    """The office's closed days in `year` (bot/sla.yaml `closed`), by rule, so no year runs out.

    The calendar of the year after is read too: New Year's Day on a Saturday is observed on the
    Friday before, in the old year."""
    wanted, after = set(names), set(day_after)
    days: set[date] = set()
    for day, name in holidays.country_holidays(calendar, years=(year, year + 1)).items():
        for one in name.split("; "):  # two holidays on one day come joined
            base = one.removesuffix(" (observed)")
            if base in wanted and day.year == year:
                days.add(day)
            if base in after and one == base and (day + timedelta(days=1)).year == year:
                days.add(day + timedelta(days=1))
    return frozenset(days | {d for d in map(date.fromisoformat, dates) if d.year == year})


def _is_business_day(d: date, closed: dict) -> bool:
    return d.weekday() < 5 and d not in closed_days(
        closed.get("calendar", "US"), tuple(closed.get("holidays") or ()), tuple(closed.get("day_after") or ()),
        tuple(str(x) for x in closed.get("dates") or ()), d.year)


def due_at(raised: datetime, channel: str, config: dict | None = None) -> datetime:
    cfg = config or sla_config()
    tz = ZoneInfo(cfg["timezone"])
    start_h, end_h = cfg["business_hours"]["start"], cfg["business_hours"]["end"]
    closed = cfg.get("closed") or {}
    remaining = timedelta(hours=cfg["hours_to_answer"].get(channel, cfg["hours_to_answer"]["chat"]))
    t = raised.astimezone(tz)
    while True:
        day_start = t.replace(hour=start_h, minute=0, second=0, microsecond=0)
        day_end = t.replace(hour=end_h, minute=0, second=0, microsecond=0)
        if not _is_business_day(t.date(), closed) or t >= day_end:
            t = (t + timedelta(days=1)).replace(hour=start_h, minute=0, second=0, microsecond=0)
            continue
        t = max(t, day_start)
        if t + remaining <= day_end:
            return (t + remaining).astimezone(timezone.utc)
        remaining -= day_end - t
        t = day_end
