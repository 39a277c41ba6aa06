"""Billing handlers through the chat API on a feed the project has never seen (feedgen style="alt").

Figures are checked against an independent computation from the feed itself.
"""
from __future__ import annotations

from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

import pytest

from bot.feedgen import generate_feed_and_scenarios
from tests.conftest import admin_headers, employer_headers, say, start_chat

TODAY = "2026-11-05"
FEED, SCENARIOS = generate_feed_and_scenarios(seed=11, groups=5, employees=80, as_of=date(2026, 11, 1), style="alt")
GROUPS = {g["group_number"]: g for g in FEED["groups"]}


def cents(x) -> Decimal:
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def m(x) -> str:
    x = Decimal(x)
    return f"{'-' if x < 0 else ''}${abs(x):,.2f}"


def scenario(name: str) -> dict:
    return next(s for s in SCENARIOS if s["scenario"] == name)


def employee(group: str, employee_id: str) -> dict:
    return next(e for e in GROUPS[group]["employees"] if e["employee_id"] == employee_id)


def oldest_first(group: dict) -> list[tuple[dict, Decimal]]:
    """Independent allocation: applied money to the oldest bill first → (bill, open)."""
    money = sum(Decimal(str(p["applied"])) for p in group["payments"])
    out = []
    for b in sorted(group["bills"], key=lambda b: b["period"]):
        total = Decimal(str(b["total"]))
        take = min(money, total)
        money -= take
        out.append((b, total - take))
    return out


@pytest.fixture
async def client(make_client, monkeypatch):
    monkeypatch.setenv("EA_TODAY", TODAY)
    return await make_client(FEED)


async def chat(client, group, *texts):
    cid = await start_chat(client, group)
    return [(await say(client, group, cid, t))["replies"][0] for t in texts]


async def service_requests(client, kind):
    from bot.keys import SESSIONS
    from sqlalchemy import select
    from bot.storage.models import ServiceRequest
    async with client.app[SESSIONS]() as session:
        return list((await session.scalars(select(ServiceRequest).where(ServiceRequest.kind == kind))).all())


# ------------------------------------------------------------------ billing_mode

async def test_billing_mode_change_preview_confirm_and_record(client):
    group = next(g for g in FEED["groups"] if g["billing_mode"] == "biweekly" and g["bill_day"] == 1)
    gn = group["group_number"]
    current, preview, done = await chat(client, gn, "What billing mode are we on?",
                                        "What happens if we switch to semimonthly?", "yes")
    assert current["intent"] == "billing_mode" and "bi-weekly" in current["text"]
    # independent: active policies' monthly = the November bill lines of active policies (payroll bills monthly)
    active = {p["policy_number"] for e in group["employees"] for p in e["policies"] if p["status"] == "active"}
    lines = [Decimal(str(ln["amount"])) for ln in group["bills"][-1]["lines"] if ln["policy_number"] in active]
    unbilled_active = active - {ln["policy_number"] for ln in group["bills"][-1]["lines"]}
    assert not unbilled_active
    new_total = sum(cents(x * 12 / 24) for x in lines)
    old_total = sum(cents(x * 12 / 26) for x in lines)
    assert m(new_total) in preview["text"] and m(old_total) in preview["text"]
    # next bill: Dec 1 due, prepared 21 days before (Nov 10) → effective the first of the next month
    assert "December 1, 2026" in preview["text"] and "November 10, 2026" in preview["text"]
    assert "Section 125" in preview["text"]
    assert any(c["document"] == "billing-modes" for c in preview["citations"])
    assert "service request #" in done["text"]
    [sr] = await service_requests(client, "billing_mode_change")
    assert sr.payload["to_mode"] == "semimonthly" and sr.payload["effective_date"] == "2026-12-01"
    assert Decimal(sr.payload["total_per_pay_after"]) == new_total
    assert len(sr.payload["policies"]) == len(lines)


async def test_billing_mode_asks_which_mode_then_no_changes_nothing(client):
    gn = FEED["groups"][0]["group_number"]
    ask, preview, no = await chat(client, gn, "We want to change our billing mode", "weekly", "no")
    assert "Which mode" in ask["text"]
    assert "weekly" in preview["text"] and "(yes / no)" in preview["text"]
    assert "haven't changed anything" in no["text"]
    assert await service_requests(client, "billing_mode_change") == []


# ------------------------------------------------------------------ billing_schedule

async def test_bill_copy_is_a_page_linked_from_the_reply(client):
    gn = FEED["groups"][0]["group_number"]
    [reply] = await chat(client, gn, "Can you send me a copy of the October bill?")
    october = next(b for b in GROUPS[gn]["bills"] if b["period"] == "2026-10-01")
    assert october["bill_number"] in reply["text"] and m(october["total"]) in reply["text"]
    link = next(w for w in reply["text"].split() if w.startswith("/billing/"))
    page = await client.get(link)
    assert page.status == 200
    html = await page.text()
    assert october["bill_number"] in html and m(october["total"]) in html
    assert (await client.get(link.split("?")[0])).status == 401                       # no signature, no token
    assert (await client.get(link.replace("sig=", "sig=x"))).status == 401            # forged
    other = FEED["groups"][1]["group_number"]
    assert (await client.get(link.split("?")[0], headers=employer_headers(other))).status == 404


async def test_never_got_a_bill_checks_what_was_generated(client):
    gn = FEED["groups"][0]["group_number"]
    got, future = await chat(client, gn, "We never got a bill for November", "Send me a copy of the bill for March 2027")
    november = GROUPS[gn]["bills"][-1]
    assert november["bill_number"] in got["text"] and "was generated" in got["text"]
    assert "hasn't been prepared yet" in future["text"]


# ------------------------------------------------------------------ payment and delinquency

async def test_amount_due_and_lapse_date_of_a_delinquent_group(client):
    s = scenario("delinquent_group")
    gn = s["group_number"]
    [owed] = await chat(client, gn, "How much do we owe?")
    open_bills = [(b, o) for b, o in oldest_first(GROUPS[gn]) if o > 0]
    oldest = open_bills[0][0]
    grace_end = date.fromisoformat(oldest["due_date"]) + timedelta(days=GROUPS[gn]["grace_days"])
    assert grace_end.isoformat() == s["details"]["past_due_since"]
    assert "past due" in owed["text"] and oldest["bill_number"] in owed["text"]
    assert f"{grace_end:%B} {grace_end.day}, {grace_end.year}" in owed["text"]
    due_now = sum(o for b, o in open_bills if b["due_date"] <= TODAY)
    assert f"past due: {m(open_bills[0][1])}" in owed["text"] and f"In all {m(due_now)} is due now" in owed["text"]
    assert any(c["document"] == "grace-period" for c in owed["citations"])


async def test_payment_arrival_by_amount_and_how_it_was_applied(client):
    s = scenario("suspense")
    gn = s["group_number"]
    pay = next(p for p in GROUPS[gn]["payments"] if p["payment_id"] == s["details"]["payment_id"])
    [reply] = await chat(client, gn, f"Did our payment of ${Decimal(str(pay['amount'])):,.2f} arrive?")
    assert pay["payment_id"] in reply["text"]
    assert s["details"]["bill_number"] in reply["text"]
    assert m(s["details"]["suspense"]) in reply["text"] and "suspense" in reply["text"]


async def test_payment_bad_input_negative_and_future(client):
    gn = FEED["groups"][0]["group_number"]
    neg, fut = await chat(client, gn, "Did our payment of -$50 arrive?",
                          "Has our December 20, 2026 payment of $100 arrived?")
    assert "can't be negative" in neg["text"]
    assert "after today" in fut["text"]


async def test_delinquent_group_report_for_administrators(client):
    s = scenario("delinquent_group")
    resp = await client.get("/api/admin/billing/delinquent", headers=admin_headers())
    assert resp.status == 200
    body = await resp.json()
    [g] = [x for x in body["groups"] if x["group_number"] == s["group_number"]]
    assert g["oldest_unpaid_bill"] == s["details"]["bill_number"] and g["lapse_date"] == s["details"]["past_due_since"]
    assert all(x["status"] == "past_due" for x in body["groups"])
    assert (await client.get("/api/admin/billing/delinquent", headers=employer_headers(s["group_number"]))).status == 403
    page = await client.get(f"/admin/billing/delinquent?token={admin_headers()['Authorization'][7:]}")
    assert page.status == 200 and s["group_number"] in await page.text()


# ------------------------------------------------------------------ accounting_breakdown

async def test_breakdown_by_product_and_tax_with_csv(client):
    group = next(g for g in FEED["groups"] if g["section_125"])
    gn = group["group_number"]
    [reply] = await chat(client, gn, "Give me premium totals by product and pre-tax vs post-tax")
    lines = group["bills"][-1]["lines"]
    products = {p["code"]: p for p in FEED["products"]}
    pol_product = {p["policy_number"]: products[p["product"]] for e in group["employees"] for p in e["policies"]}
    pre = sum(Decimal(str(ln["amount"])) for ln in lines
              if pol_product[ln["policy_number"]]["line"] not in ("term_life", "whole_life"))
    post = sum(Decimal(str(ln["amount"])) for ln in lines) - pre
    assert f"pre-tax: {m(pre)}" in reply["text"] and f"post-tax: {m(post)}" in reply["text"]
    link = next(w for w in reply["text"].split() if w.startswith("/billing/"))
    resp = await client.get(link)
    assert resp.status == 200 and resp.content_type == "text/csv"
    rows = (await resp.text()).strip().splitlines()
    assert len(rows) == len(lines) + 1
    assert sum(Decimal(r.rsplit(",", 1)[1]) for r in rows[1:]) == Decimal(str(group["bills"][-1]["total"]))


# ------------------------------------------------------------------ premium_refund

async def test_termination_refund_multi_turn_with_retro_window_goes_for_approval(client):
    s = scenario("terminated_still_billed")
    gn = s["group_number"]
    e = employee(gn, s["employee_id"])
    ask, computed, done = await chat(client, gn, "I need a refund for an employee who left",
                                     f"{e['first_name']} {e['last_name']}", "yes")
    assert "Who is the refund for" in ask["text"]
    # independent: 60-day window from 2026-11-05 → counts from 2026-09-06; paid to 2026-12-01
    limit = date(2026, 9, 6)
    products = {p["code"]: p for p in FEED["products"]}
    expected = Decimal("0")
    for p in e["policies"]:
        monthly = next(Decimal(str(ln["amount"])) for ln in GROUPS[gn]["bills"][-1]["lines"]
                       if ln["policy_number"] == p["policy_number"])
        paid_to = date.fromisoformat(p["paid_to_date"])
        if products[p["product"]]["refund_method"] == "pro_rata":
            expected += cents(monthly * 12 / 365 * ((paid_to - limit).days - 1))
        else:
            expected += monthly * 2            # October and November, after September
    assert m(expected) in computed["text"], computed["text"]
    assert "more than 60 days" in computed["text"]
    assert done["escalation"] and done["escalation"]["reason"] == "refund_approval"
    [sr] = await service_requests(client, "premium_refund")
    assert Decimal(sr.payload["total"]) == expected and sr.payload["retro_limited"] is True


async def test_duplicate_payment_refund_above_limit_needs_approval(client):
    s = scenario("duplicate_payment")
    gn = s["group_number"]
    dup = next(p for p in GROUPS[gn]["payments"] if p["payment_id"] == s["details"]["payment_ids"][1])
    first, done = await chat(client, gn, "We paid the June bill twice, can we get a refund?", "yes")
    assert dup["payment_id"] in first["text"] and m(dup["suspense"]) in first["text"]
    assert Decimal(str(dup["suspense"])) > 500 and "limit" in first["text"]
    assert done["escalation"]["reason"] == "refund_approval"
    [status] = await chat(client, gn, "What's the status of our refund request?")
    assert m(dup["suspense"]) in status["text"] and "submitted" in status["text"]


async def test_refund_unknown_employee_and_future_date(client):
    gn = scenario("terminated_still_billed")["group_number"]
    unknown, = await chat(client, gn, "Refund for Zebulon Quackenbush who left on 10/1/2026")
    assert "can't find" in unknown["text"]
    e = employee(gn, scenario("terminated_still_billed")["employee_id"])
    future, = await chat(client, gn, f"Refund for {e['first_name']} {e['last_name']} who leaves on 12/15/2026")
    assert "still ahead" in future["text"]


# ------------------------------------------------------------------ policy_suspense

async def test_suspense_explained_and_applied_after_yes(client):
    s = scenario("suspense")
    gn = s["group_number"]
    why, preview, done = await chat(client, gn, "Why is there money in suspense?",
                                    "Please apply the suspense to the next bill", "yes")
    assert m(s["details"]["suspense"]) in why["text"] and s["details"]["payment_id"] in why["text"]
    assert s["details"]["bill_number"] in why["text"] and "did not match" in why["text"]
    assert "(yes / no)" in preview["text"]
    [sr] = await service_requests(client, "apply_suspense")
    assert sr.payload["payment_id"] == s["details"]["payment_id"] and sr.payload["amount"] == s["details"]["suspense"]
    assert f"#{sr.id}" in done["text"]
