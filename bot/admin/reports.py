"""Reports: containment, escalations by reason, intents by day, time to first agent reply and to
resolution, SLA misses — as server-side SVG charts and as CSV. Each measure is defined once, in
DEFINITIONS, and the page prints those words next to the figures.

Days are calendar days in the service-level time zone (bot/sla.yaml); the period is inclusive.
"""
from __future__ import annotations

import csv
import io
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import aiohttp_jinja2
from aiohttp import web
from sqlalchemy import func, select

from bot.admin.session import console_principal, principal
from bot.clock import now, today
from bot.errors import ApiError
from bot.keys import SESSIONS
from bot.sla import sla_config
from bot.storage.models import Conversation, Escalation, Message

routes = web.RouteTableDef()
DEFAULT_DAYS = 30
TOP_INTENTS = 7                 # the rest of the intents-by-day chart is "other"

DEFINITIONS = {
    "containment": "Conversations started in the period in which the employer wrote at least one message, and "
                   "the share of them that never had an escalation (finished without a person).",
    "escalations_by_reason": "Escalations opened in the period, by reason code (customer_request, "
                             "low_confidence, needs_administrator, negative_sentiment, permission, …).",
    "intents_by_day": "Employer messages answered by the assistant, by the intent it understood, per day "
                      "(the greeting shown when a chat opens is not counted).",
    "time_to_first_reply": "Median wall-clock time from an escalation being opened to the first administrator "
                           "reply, over escalations opened in the period that have a reply.",
    "time_to_resolution": "Median wall-clock time from an escalation being opened to it being resolved (or "
                          "handed back), over escalations opened in the period that are resolved.",
    "sla_misses": "An escalation misses its service level when its first response — the first administrator "
                  "reply, or its resolution if that came first — is later than its due time (business hours "
                  "from bot/sla.yaml), or when it has no response and the due time has passed. Escalations "
                  "not yet due and not yet answered are not counted either way.",
}


TITLES = {"containment": "Containment", "escalations_by_reason": "Escalations by reason",
          "intents_by_day": "Intents by day", "time_to_first_reply": "Median time to first agent reply",
          "time_to_resolution": "Median time to resolution", "sla_misses": "SLA misses"}


@dataclass
class Report:
    start: date
    end: date
    conversations: int = 0
    contained: int = 0
    by_reason: Counter = field(default_factory=Counter)
    intents_by_day: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    first_reply_minutes: list[float] = field(default_factory=list)
    resolution_minutes: list[float] = field(default_factory=list)
    sla_met: Counter = field(default_factory=Counter)        # by channel
    sla_missed: Counter = field(default_factory=Counter)
    escalations: int = 0

    @property
    def containment_rate(self) -> float | None:
        return self.contained / self.conversations if self.conversations else None

    @staticmethod
    def median(values: list[float]) -> float | None:
        return round(statistics.median(values), 1) if values else None

    @property
    def days(self) -> list[str]:
        return [(self.start + timedelta(days=i)).isoformat() for i in range((self.end - self.start).days + 1)]


def _tz() -> ZoneInfo:
    return ZoneInfo(sla_config()["timezone"])


def _bounds(start: date, end: date) -> tuple[datetime, datetime]:
    tz = _tz()
    return (datetime.combine(start, time(), tz).astimezone(timezone.utc),
            datetime.combine(end + timedelta(days=1), time(), tz).astimezone(timezone.utc))


def _aware(dt: datetime | None) -> datetime | None:
    # SQLite hands back naive datetimes for timezone-aware columns; they were stored in UTC
    return dt.replace(tzinfo=timezone.utc) if dt is not None and dt.tzinfo is None else dt


def _minutes(a: datetime, b: datetime) -> float:
    return (_aware(b) - _aware(a)).total_seconds() / 60


async def build_report(session, start: date, end: date) -> Report:
    lo, hi = _bounds(start, end)
    report = Report(start, end)
    tz = _tz()

    # containment: conversations with an employer message, and whether any escalation touched them
    employer_msgs = (select(Message.conversation_id, func.count().label("n")).where(Message.sender == "employer")
                     .group_by(Message.conversation_id).subquery())
    escalated = select(Escalation.conversation_id).distinct().subquery()
    rows = (await session.execute(
        select(Conversation.id, escalated.c.conversation_id)
        .join(employer_msgs, employer_msgs.c.conversation_id == Conversation.id)
        .outerjoin(escalated, escalated.c.conversation_id == Conversation.id)
        .where(Conversation.created_at >= lo, Conversation.created_at < hi))).all()
    report.conversations = len(rows)
    report.contained = sum(1 for _, esc in rows if esc is None)

    # intents by day: the assistant's answers (engine turns carry `handled_as` in their details)
    for intent, created, details in (await session.execute(
            select(Message.intent, Message.created_at, Message.details)
            .where(Message.sender == "bot", Message.intent.is_not(None),
                   Message.created_at >= lo, Message.created_at < hi))).all():
        if (details or {}).get("handled_as") is None:
            continue                      # the welcome message, not an answer
        report.intents_by_day[_aware(created).astimezone(tz).date().isoformat()][intent] += 1

    at = now()
    for esc in (await session.scalars(select(Escalation).where(Escalation.created_at >= lo,
                                                                Escalation.created_at < hi))).all():
        report.escalations += 1
        report.by_reason[esc.reason] += 1
        if esc.first_reply_at:
            report.first_reply_minutes.append(_minutes(esc.created_at, esc.first_reply_at))
        if esc.resolved_at:
            report.resolution_minutes.append(_minutes(esc.created_at, esc.resolved_at))
        responses = [_aware(t) for t in (esc.first_reply_at, esc.resolved_at) if t]
        due = _aware(esc.due_at)
        if responses:
            (report.sla_missed if min(responses) > due else report.sla_met)[esc.channel] += 1
        elif at > due:
            report.sla_missed[esc.channel] += 1
    return report


def _period(request: web.Request) -> tuple[date, date]:
    try:
        end = date.fromisoformat(request.query["to"]) if request.query.get("to") else today()
        start = (date.fromisoformat(request.query["from"]) if request.query.get("from")
                 else end - timedelta(days=DEFAULT_DAYS - 1))
    except ValueError:
        raise ApiError(400, "bad_date", "from and to are dates like 2026-11-01.")
    if start > end or (end - start).days > 366:
        raise ApiError(400, "bad_period", "The period must run forward and be at most a year.")
    return start, end


def _hours(minutes: float | None) -> str:
    if minutes is None:
        return "—"
    if minutes < 90:
        return f"{minutes:.0f} min"
    return f"{minutes / 60:.1f} h"


def page_context(report: Report) -> dict:
    from bot.admin import charts
    intent_totals = Counter()
    for counts in report.intents_by_day.values():
        intent_totals.update(counts)
    top = [name for name, _ in intent_totals.most_common(TOP_INTENTS)]
    series = {name.replace("_", " "): [report.intents_by_day.get(d, {}).get(name, 0) for d in report.days]
              for name in top}
    other = [sum(n for k, n in report.intents_by_day.get(d, {}).items() if k not in top) for d in report.days]
    if any(other):
        series["other"] = other
    missed, met = sum(report.sla_missed.values()), sum(report.sla_met.values())
    channels = sorted(set(report.sla_met) | set(report.sla_missed))
    return {
        "report": report, "definitions": DEFINITIONS, "titles": TITLES,
        "tiles": [
            ("Containment", f"{report.containment_rate:.0%}" if report.containment_rate is not None else "—",
             f"{report.contained} of {report.conversations} conversations without a person", "containment"),
            ("Escalations", f"{report.escalations}", "opened in the period", "escalations_by_reason"),
            ("Median time to first agent reply", _hours(report.median(report.first_reply_minutes)),
             f"over {len(report.first_reply_minutes)} escalations with a reply", "time_to_first_reply"),
            ("Median time to resolution", _hours(report.median(report.resolution_minutes)),
             f"over {len(report.resolution_minutes)} resolved escalations", "time_to_resolution"),
            ("SLA misses", f"{missed}", f"of {missed + met} escalations answered or past due"
             + (f" ({missed / (missed + met):.0%})" if missed + met else ""), "sla_misses"),
        ],
        "charts": [
            ("Containment", charts.split_bar([("finished without a person", report.contained),
                                              ("handed to a person", report.conversations - report.contained)],
                                             title="Containment"), "containment"),
            ("Escalations by reason", charts.hbar([(r.replace("_", " "), n) for r, n in report.by_reason.most_common()],
                                                  title="Escalations by reason"), "escalations_by_reason"),
            ("Intents by day", charts.stacked_columns(report.days, series, title="Intents by day"), "intents_by_day"),
            ("Service level by channel", charts.hbar(
                [(f"{c}: missed", report.sla_missed[c]) for c in channels]
                + [(f"{c}: in time", report.sla_met[c]) for c in channels],
                title="Service level by channel", color="#b3261e"), "sla_misses"),
        ],
    }


def report_csv(report: Report) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["measure", "day", "key", "value"])
    w.writerow(["containment", "", "conversations", report.conversations])
    w.writerow(["containment", "", "contained", report.contained])
    rate = report.containment_rate
    w.writerow(["containment", "", "rate", f"{rate:.4f}" if rate is not None else ""])
    for reason, n in sorted(report.by_reason.items()):
        w.writerow(["escalations_by_reason", "", reason, n])
    for day in report.days:
        for intent, n in sorted(report.intents_by_day.get(day, {}).items()):
            w.writerow(["intents_by_day", day, intent, n])
    for name, values in (("time_to_first_reply", report.first_reply_minutes),
                         ("time_to_resolution", report.resolution_minutes)):
        m = report.median(values)
        w.writerow([name, "", "median_minutes", "" if m is None else m])
        w.writerow([name, "", "escalations", len(values)])
    for channel in sorted(set(report.sla_met) | set(report.sla_missed)):
        w.writerow(["sla_misses", "", f"{channel}_missed", report.sla_missed[channel]])
        w.writerow(["sla_misses", "", f"{channel}_in_time", report.sla_met[channel]])
    return buf.getvalue()


@routes.get("/admin/reports")
async def reports_page(request: web.Request) -> web.StreamResponse:
    found = console_principal(request)
    if found is None:
        raise web.HTTPSeeOther("/admin")
    who, csrf = found
    start, end = _period(request)
    async with request.app[SESSIONS]() as session:
        report = await build_report(session, start, end)
    response = aiohttp_jinja2.render_template("admin/reports.html", request, {
        **page_context(report), "admin": who.sub, "csrf": csrf, "page": "reports",
        "query": f"from={start.isoformat()}&to={end.isoformat()}"})
    response.headers["Cache-Control"] = "no-store"
    return response


@routes.get("/admin/reports.csv")
async def reports_csv(request: web.Request) -> web.Response:
    principal(request)                     # console cookie or an admin Bearer token
    start, end = _period(request)
    async with request.app[SESSIONS]() as session:
        report = await build_report(session, start, end)
    return web.Response(text=report_csv(report), content_type="text/csv", headers={
        "Content-Disposition": f'attachment; filename="employer-assist-{start}-{end}.csv"',
        "Cache-Control": "no-store"})
