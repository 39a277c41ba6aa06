"""The one clock every date-dependent rule reads (EA_TODAY overrides it)."""
from __future__ import annotations

import os
from datetime import date, datetime, timezone


def today() -> date:
    fixed = os.environ.get("EA_TODAY")
    if fixed:
        return date.fromisoformat(fixed)
    return date.today()


def now() -> datetime:
    """Timestamps for stored events (UTC). EA_TODAY moves the date, keeps the time of day."""
    real = datetime.now(timezone.utc)
    fixed = os.environ.get("EA_TODAY")
    if fixed:
        d = date.fromisoformat(fixed)
        return real.replace(year=d.year, month=d.month, day=d.day)
    return real
