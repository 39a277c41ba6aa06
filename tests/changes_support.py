"""Helpers for the policy-change handler tests: a generated feed and independent arithmetic.

The figures here are computed from the feed JSON with plain Decimal arithmetic, not with
handlers.rules, so a test compares the service's answer with a second, separate computation.
"""
from __future__ import annotations

import calendar
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from bot.feedgen import generate_feed_and_scenarios
from tests.conftest import say

TODAY = date(2026, 11, 16)
AS_OF = date(2026, 11, 1)


@lru_cache(maxsize=4)
def _generated(style: str, seed: int) -> tuple[str, str]:
    import json
    from bot.feedgen import feed_text
    feed, scenarios = generate_feed_and_scenarios(seed=seed, groups=3, employees=90, as_of=AS_OF, style=style)
    return feed_text(feed), json.dumps(scenarios, default=str)


def feed_and_scenarios(style: str = "alt", seed: int = 11) -> tuple[dict, list[dict]]:
    """A fresh copy each call (tests may edit it before loading)."""
    import json
    feed, scenarios = _generated(style, seed)
    return json.loads(feed), json.loads(scenarios)


def cents(x) -> Decimal:
    return Decimal(str(x)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def usd(x) -> str:
    return f"${cents(x):,.2f}"


def d(s: str | date) -> date:
    return s if isinstance(s, date) else date.fromisoformat(s)


def products(feed: dict) -> dict[str, dict]:
    return {p["code"]: p for p in feed["products"]}


def age(dob: date, on: date) -> int:
    return on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))


def premium(feed: dict, employee: dict, policy: dict, *, tobacco: bool | None = None, tier: str | None = None,
            benefit=None) -> Decimal:
    """Monthly premium from the feed's rate table (SPEC.md 'monthly premium'), independently."""
    product = products(feed)[policy["product"]]
    tob = policy["tobacco"] if tobacco is None else tobacco
    if product["rate_basis"] == "tier":
        t = tier or policy["tier"]
        base = next(Decimal(str(r["monthly"])) for r in product["rates"] if r["tier"] == t and r["tobacco"] == tob)
    else:
        a = age(d(employee["dob"]), d(policy["issue_date"]))
        rate = next(Decimal(str(r["monthly"])) for r in product["rates"]
                    if r["age_min"] <= a <= r["age_max"] and r["tobacco"] == tob)
        base = rate * Decimal(str(benefit if benefit is not None else policy["benefit"])) / Decimal(str(product["unit"]))
    riders = sum((Decimal(str(r["monthly"])) for r in policy.get("riders", [])), Decimal(0))
    return cents(base + riders)


def months_between(start: date, end: date) -> int:
    if end <= start:
        return 0
    n = (end.year - start.year) * 12 + end.month - start.month - (end.day < start.day)
    return max(n, 0)


def next_month(day: date) -> date:
    return date(day.year + (day.month == 12), day.month % 12 + 1, 1)


def last_day(day: date) -> date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def group_of(feed: dict, number: str) -> dict:
    return next(g for g in feed["groups"] if g["group_number"] == number)


def find(feed: dict, want, *, group: str | None = None, exclude_names: set[str] = frozenset()):
    """(group, employee, policy) of the first policy that fits, skipping ambiguous names."""
    for g in feed["groups"]:
        if group and g["group_number"] != group:
            continue
        names = [f"{e['first_name']} {e['last_name']}" for e in g["employees"]]
        for e in g["employees"]:
            name = f"{e['first_name']} {e['last_name']}"
            if name in exclude_names or names.count(name) > 1 or e["employee_id"] in _NEAR_DUPLICATE_IDS:
                continue
            for p in e["policies"]:
                if want(g, e, p):
                    return g, e, p
    raise LookupError("no policy in the feed fits")


_NEAR_DUPLICATE_IDS = {"W-01001", "W-01002", "E1001", "E1002"}   # feedgen puts near-duplicate names there


def name(employee: dict) -> str:
    return f"{employee['first_name']} {employee['last_name']}"


async def chat(client, group: str, cid: str, *texts: str) -> list[dict]:
    """Say each text in turn; the replies (one per text)."""
    out = []
    for t in texts:
        body = await say(client, group, cid, t)
        assert body["replies"], body
        out.append(body["replies"][0])
    return out


async def service_requests(client, conversation_id: str) -> list[dict]:
    from sqlalchemy import select
    from bot.keys import SESSIONS
    from bot.storage.models import ServiceRequest
    async with client.app[SESSIONS]() as session:
        rows = (await session.scalars(select(ServiceRequest).where(
            ServiceRequest.conversation_id == conversation_id).order_by(ServiceRequest.id))).all()
        return [{"id": r.id, "kind": r.kind, "status": r.status, "payload": r.payload} for r in rows]
