"""bot/sla.py: escalation due times count business hours, and the office's closed days come from
rules (bot/sla.yaml `closed`), so they do not run out at the end of a listed year."""

from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

from bot.sla import closed_days, due_at, sla_config

CHICAGO = ZoneInfo("America/Chicago")


def local(*args) -> datetime:
    return datetime(*args, tzinfo=CHICAGO)


def closed_weekdays(year: int, cfg=None) -> list[str]:
    c = (cfg or sla_config())["closed"]
    days = closed_days(c["calendar"], tuple(c["holidays"]), tuple(c["day_after"]),
                       tuple(str(d) for d in c.get("dates") or ()), year)
    return sorted(d.isoformat() for d in days if d.weekday() < 5)


def test_the_2026_closed_days_are_the_ones_the_office_published():
    # the list bot/sla.yaml held before the rules replaced it
    assert closed_weekdays(2026) == ["2026-01-01", "2026-05-25", "2026-07-03", "2026-09-07",
                                     "2026-11-26", "2026-11-27", "2026-12-25"]


def test_2027_is_closed_on_the_observed_days_too():
    # Independence Day on a Sunday -> Monday; Christmas and the next New Year's Day on Saturdays
    # -> the Fridays before (New Year's 2028 is observed in 2027)
    assert closed_weekdays(2027) == ["2027-01-01", "2027-05-31", "2027-07-05", "2027-09-06",
                                     "2027-11-25", "2027-11-26", "2027-12-24", "2027-12-31"]


def test_an_email_raised_on_new_years_eve_skips_the_holiday_and_the_weekend():
    # 9 business hours: 16:00-17:00 on Thursday, then Friday Jan 1 is closed, then the weekend,
    # then 8 hours from 08:00 on Monday
    due = due_at(local(2026, 12, 31, 16, 0), "email")
    assert due.astimezone(CHICAGO) == local(2027, 1, 4, 16, 0)
    assert due.tzinfo == timezone.utc


def test_a_chat_raised_before_labor_day_weekend_is_due_on_tuesday():
    due = due_at(local(2027, 9, 3, 16, 30), "chat")  # Friday; Monday Sep 6 is Labor Day
    assert due.astimezone(CHICAGO) == local(2027, 9, 7, 9, 30)


def test_a_one_off_closure_counts_like_a_holiday():
    cfg = {**sla_config(), "closed": {**sla_config()["closed"], "dates": ["2027-03-10"]}}
    assert "2027-03-10" in closed_weekdays(2027, cfg)
    due = due_at(local(2027, 3, 9, 16, 0), "chat", cfg)  # Tuesday 16:00, Wednesday closed
    assert due.astimezone(CHICAGO) == local(2027, 3, 11, 9, 0)


def test_outside_business_hours_the_clock_starts_at_the_next_opening():
    due = due_at(datetime(2027, 2, 6, 15, 0, tzinfo=timezone.utc), "chat")  # a Saturday
    assert due.astimezone(CHICAGO) == local(2027, 2, 8, 10, 0)
    assert date(2027, 2, 8).weekday() == 0
