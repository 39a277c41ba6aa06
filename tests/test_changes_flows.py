"""Policy-change and service handlers through the chat API, on a generated feed the project has
never seen (feedgen style "alt"): the multi-turn path, figures against an independent
computation, each escalation reason, and bad input answered clearly."""
from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest

from handlers.rules import rule_data
from tests.changes_support import (TODAY, cents, chat, d, feed_and_scenarios, find, last_day, months_between, name,
                                   next_month, premium, service_requests, usd)
from tests.conftest import admin_headers, employer_headers, start_chat


@pytest.fixture
def today(monkeypatch):
    monkeypatch.setenv("EA_TODAY", TODAY.isoformat())
    return TODAY


@pytest.fixture
def feed():
    return feed_and_scenarios()[0]


@pytest.fixture
def scenarios():
    return feed_and_scenarios()[1]


def prod(feed, code):
    return next(p for p in feed["products"] if p["code"] == code)


def policy_by_number(feed, number):
    return find(feed, lambda g, e, p: p["policy_number"] == number)


# ------------------------------------------------------------------ termination and surrender
async def test_termination_refunds_by_product_method(make_client, feed, today):
    g, e, _ = find(feed, lambda g, e, p: p["product"] == "PERM" and p["status"] == "active"
                   and all(q["status"] == "active" for q in e["policies"]))
    client = await make_client(feed)
    cid = await start_chat(client, g["group_number"])
    first, second = await chat(client, g["group_number"], cid,
                               f"{name(e)} left the company, please end the coverage", "10/15/2026")
    assert "last day" in first["text"]
    text = second["text"]
    total = Decimal(0)
    end = d("2026-10-15")
    for p in e["policies"]:
        monthly = premium(feed, e, p)
        if prod(feed, p["product"])["refund_method"] == "pro_rata":
            days = (d(p["paid_to_date"]) - end).days - 1
            refund = cents(monthly * 12 / 365 * days)
            assert f"{days} days" in text
        else:
            refund = cents(monthly * months_between(next_month(end), d(p["paid_to_date"])))
        total += refund
        assert p["policy_number"] in text and usd(refund) in text
    assert f"Total refund: {usd(total)}" in text
    assert "apply by" in text                              # portability / conversion deadline
    third, = await chat(client, g["group_number"], cid, "yes")
    srs = await service_requests(client, cid)
    assert srs[0]["kind"] == "termination" and srs[0]["payload"]["total_refund"] == str(total)
    assert third["escalation"] is None


async def test_retro_termination_beyond_window_counts_from_limit_and_escalates(make_client, feed, today):
    g, e, p = find(feed, lambda g, e, p: p["product"] == "AXP-2" and p["status"] == "active"
                   and len(e["policies"]) == 1)
    client = await make_client(feed)
    cid = await start_chat(client, g["group_number"])
    first, second = await chat(client, g["group_number"], cid,
                               f"{name(e)} left the company on 6/10/2026, please end the coverage", "yes")
    limit = today - timedelta(days=prod(feed, "AXP-2")["max_retro_days"])
    refund = premium(feed, e, p) * months_between(next_month(limit), d(p["paid_to_date"]))
    assert usd(refund) in first["text"] and f"{limit:%B} {limit.day}, {limit.year}" in first["text"]
    assert second["escalation"]["reason"] == "rule_requires_human"


async def test_termination_date_before_issue_is_refused(make_client, feed, today):
    g, e, p = find(feed, lambda g, e, p: p["status"] == "active" and len(e["policies"]) == 1
                   and d(p["issue_date"]) > d("2021-01-01"))
    client = await make_client(feed)
    cid = await start_chat(client, g["group_number"])
    reply, = await chat(client, g["group_number"], cid, f"{name(e)} left the company on 1/5/1999, please end the coverage")
    assert "before the policy was issued" in reply["text"]


async def test_surrender_value_net_of_loan(make_client, feed, scenarios, today):
    s = next(s for s in scenarios if s["scenario"] == "whole_life_loan")
    g, e, p = policy_by_number(feed, s["policy_number"])
    client = await make_client(feed)
    cid = await start_chat(client, g["group_number"])
    first, second = await chat(client, g["group_number"], cid,
                               f"What is the surrender value of policy {p['policy_number']}?", "yes")
    value = Decimal(str(p["cash_value"])) - Decimal(str(p["loan_balance"]))
    assert usd(value) in first["text"] and usd(p["cash_value"]) in first["text"]
    assert first["citations"][0]["document"] == "surrender"
    srs = await service_requests(client, cid)
    assert srs[0]["payload"]["surrender_value"] == str(cents(value))


# ------------------------------------------------------------------ reinstatement
@pytest.mark.parametrize("scenario,path", [("lapsed_life", "application"), ("lapsed_past_window", "new_application")])
async def test_reinstatement_paths(make_client, feed, scenarios, today, scenario, path):
    s = next(s for s in scenarios if s["scenario"] == scenario)
    g, e, p = policy_by_number(feed, s["policy_number"])
    client = await make_client(feed)
    cid = await start_chat(client, g["group_number"])
    first, = await chat(client, g["group_number"], cid, f"Can we reinstate policy {p['policy_number']}?")
    months = months_between(d(p["paid_to_date"]), next_month(today))
    if path == "application":
        assert usd(premium(feed, e, p) * months) in first["text"] and "health questions" in first["text"]
        second, = await chat(client, g["group_number"], cid, "yes")
        assert second["escalation"]["reason"] == "rule_requires_human"
        assert (await service_requests(client, cid))[0]["payload"]["evidence_required"] is True
    else:
        assert "can't be reinstated" in first["text"] and "new coverage" in first["text"]


async def test_reinstatement_within_31_days_is_back_premium_only(make_client, feed, scenarios, monkeypatch):
    s = next(s for s in scenarios if s["scenario"] == "lapsed_recent")
    g, e, p = policy_by_number(feed, s["policy_number"])
    lapse = d(p["termination_date"])
    monkeypatch.setenv("EA_TODAY", (lapse + timedelta(days=10)).isoformat())
    client = await make_client(feed)
    cid = await start_chat(client, g["group_number"])
    first, second = await chat(client, g["group_number"], cid, f"Can we reinstate policy {p['policy_number']}?", "yes")
    months = months_between(d(p["paid_to_date"]), next_month(lapse + timedelta(days=10)))
    assert "back premium only" in first["text"] and usd(premium(feed, e, p) * months) in first["text"]
    assert second["escalation"] is None and "Submitted" in second["text"]


async def test_group_override_of_reinstatement_window(make_client, feed, scenarios, today, monkeypatch):
    s = next(s for s in scenarios if s["scenario"] == "lapsed_past_window")
    g, e, p = policy_by_number(feed, s["policy_number"])
    monkeypatch.setitem(rule_data()["groups"], g["group_number"], {"reinstatement_window_months": 24})
    client = await make_client(feed)
    cid = await start_chat(client, g["group_number"])
    first, = await chat(client, g["group_number"], cid, f"Can we reinstate policy {p['policy_number']}?")
    assert "24-month reinstatement window" in first["text"] and "health questions" in first["text"]


# ------------------------------------------------------------------ loans
async def test_policy_loan_available_and_request(make_client, feed, scenarios, today):
    s = next(s for s in scenarios if s["scenario"] == "whole_life_loan")
    g, e, p = policy_by_number(feed, s["policy_number"])
    product = prod(feed, p["product"])
    available = cents(max(Decimal(str(product["max_loan_ratio"])) * Decimal(str(p["cash_value"]))
                          - Decimal(str(p["loan_balance"])), Decimal(0)))
    client = await make_client(feed)
    cid = await start_chat(client, g["group_number"])
    first, second, third, fourth = await chat(
        client, g["group_number"], cid, f"How much can {name(e)} borrow against the whole life policy?",
        "$99,999,999", "$100", "yes")
    assert usd(available) in first["text"] and "8% a year" in first["text"]
    assert "more than the" in second["text"]
    assert usd(Decimal(str(p["loan_balance"])) + 100) in third["text"]
    assert (await service_requests(client, cid))[0]["payload"]["amount"] == "100.00"


async def test_loan_on_a_product_without_loans(make_client, feed, today):
    g, e, p = find(feed, lambda g, e, p: p["product"] == "TRM10" and p["status"] == "active")
    client = await make_client(feed)
    cid = await start_chat(client, g["group_number"])
    reply, = await chat(client, g["group_number"], cid, f"What is the loan balance on policy {p['policy_number']}?")
    assert "no loan value" in reply["text"]


# ------------------------------------------------------------------ benefits
def after_tax(feed):
    """Group 0 deducts after tax (no Section 125), so changes need no qualifying event."""
    feed["groups"][0]["section_125"] = False
    return feed


async def test_benefit_change_bad_amounts_then_evidence_escalation(make_client, feed, today):
    after_tax(feed)
    g, e, p = find(feed, lambda g, e, p: p["product"] == "STD7" and p["status"] == "active" and not g["section_125"])
    product = prod(feed, "STD7")
    client = await make_client(feed)
    cid = await start_chat(client, g["group_number"])
    r1, r2, r3, r4, r5 = await chat(client, g["group_number"], cid,
                                    f"Raise {name(e)}'s disability benefit to -$5", "$10,000,000", "$2,450",
                                    f"${product['max_benefit']:,}", "yes")
    assert "more than zero" in r1["text"]
    assert "maximum benefit" in r2["text"]
    assert "steps of $100" in r3["text"] and "$2,400 and $2,500" in r3["text"]
    new = premium(feed, e, p, benefit=product["max_benefit"])
    assert usd(new) in r4["text"] and "evidence of insurability" in r4["text"]
    assert r5["escalation"]["reason"] == "rule_requires_human"


async def test_benefit_increase_within_guaranteed_issue(make_client, feed, today):
    after_tax(feed)
    g, e, p = find(feed, lambda g, e, p: p["product"] == "STD7" and p["status"] == "active" and not g["section_125"]
                   and p["benefit"] < prod(feed, "STD7")["guaranteed_issue"])
    gi = prod(feed, "STD7")["guaranteed_issue"]
    client = await make_client(feed)
    cid = await start_chat(client, g["group_number"])
    r1, r2 = await chat(client, g["group_number"], cid, f"Raise {name(e)}'s disability benefit to ${gi:,}", "yes")
    assert usd(premium(feed, e, p, benefit=gi)) in r1["text"] and "no evidence" in r1["text"]
    assert r2["escalation"] is None
    assert (await service_requests(client, cid))[0]["payload"]["new_monthly"] == str(premium(feed, e, p, benefit=gi))


async def test_section_125_needs_a_qualifying_event(make_client, feed, today):
    g, e, p = find(feed, lambda g, e, p: p["product"] == "STD7" and p["status"] == "active" and g["section_125"])
    client = await make_client(feed)
    cid = await start_chat(client, g["group_number"])
    r1, r2 = await chat(client, g["group_number"], cid, f"Lower {name(e)}'s disability benefit to $900", "no event")
    assert "qualifying life event" in r1["text"]
    assert "annual enrollment" in r2["text"] and (await service_requests(client, cid)) == []


# ------------------------------------------------------------------ dependents
async def test_add_newborn_changes_tier_and_premium(make_client, feed, today):
    g, e, p = find(feed, lambda g, e, p: p["product"] == "AXP-2" and p["status"] == "active" and p["tier"] == "employee")
    client = await make_client(feed)
    cid = await start_chat(client, g["group_number"])
    r1, r2, r3, r4 = await chat(client, g["group_number"], cid,
                                f"I need to add a newborn to {name(e)}'s accident policy", f"Sofia {e['last_name']}",
                                "11/2/2026", "yes")
    assert "full name" in r1["text"] and "date of birth" in r2["text"]
    old, new = premium(feed, e, p), premium(feed, e, p, tier="employee_children")
    assert usd(old) in r3["text"] and usd(new) in r3["text"] and "no evidence" in r3["text"]
    assert r4["escalation"] is None
    assert (await service_requests(client, cid))[0]["payload"]["policies"][0]["new_tier"] == "employee_children"


async def test_child_over_the_age_limit_is_not_eligible(make_client, feed, today):
    g, e, p = find(feed, lambda g, e, p: p["product"] == "AXP-2" and p["status"] == "active" and p["tier"] == "employee")
    client = await make_client(feed)
    cid = await start_chat(client, g["group_number"])
    _, _, r3 = await chat(client, g["group_number"], cid, f"Please add a child to {name(e)}'s accident coverage",
                          f"Tom {e['last_name']}", "3/3/1990")
    assert "isn't eligible" in r3["text"] and "younger than 26" in r3["text"]


async def test_remove_spouse_credit(make_client, feed, today):
    g, e, p = find(feed, lambda g, e, p: p["product"] == "AXP-2" and p["status"] == "active"
                   and p["tier"] == "employee_spouse")
    spouse = p["dependents"][0]["name"]
    client = await make_client(feed)
    cid = await start_chat(client, g["group_number"])
    r1, r2 = await chat(client, g["group_number"], cid,
                        f"Please remove {spouse} from {name(e)}'s accident coverage, dependent divorce on 10/20/2026", "yes")
    ends = last_day(d("2026-10-20"))
    assert f"{ends:%B} {ends.day}, {ends.year}" in r1["text"]
    old, new = premium(feed, e, p), premium(feed, e, p, tier="employee")
    credit = (old - new) * months_between(d("2026-11-01"), d(p["paid_to_date"]))
    assert usd(new) in r1["text"] and (credit == 0 or usd(credit) in r1["text"])
    assert (await service_requests(client, cid))[0]["payload"]["action"] == "remove"


# ------------------------------------------------------------------ bank draft
async def test_bank_draft_masks_account_numbers(make_client, feed, today):
    g, e, _ = find(feed, lambda g, e, p: p["status"] == "active" and all(q["status"] == "active" for q in e["policies"]))
    client = await make_client(feed)
    cid = await start_chat(client, g["group_number"])
    r1, r2, r3, r4, r5, r6 = await chat(
        client, g["group_number"], cid, f"Move {name(e)} from payroll deduction to bank draft", "the 40th", "the 5th",
        "routing 123456789 account 99887766", "routing 021000021 account 99887766", "yes")
    assert "1 to 28" in r1["text"] and "between 1 and 28" in r2["text"]
    assert "routing" in r3["text"] and "valid 9-digit routing" in r4["text"]
    monthly = sum((premium(feed, e, p) for p in e["policies"]), Decimal(0))
    assert usd(monthly) in r5["text"] and "••••7766" in r5["text"] and "99887766" not in r5["text"]
    payload = (await service_requests(client, cid))[0]["payload"]
    assert payload["account_last4"] == "••••7766" and "99887766" not in str(payload)
    resp = await client.get(f"/api/chat/conversations/{cid}", headers=employer_headers(g["group_number"]))
    assert "99887766" not in str(await resp.json())


async def test_returned_draft_explained(make_client, feed, today):
    g = feed["groups"][0]
    client = await make_client(feed)
    cid = await start_chat(client, g["group_number"])
    reply, = await chat(client, g["group_number"], cid, "A bank draft came back returned")
    assert "R01" in reply["text"] and "2 banking days" in reply["text"] and "60 days" in reply["text"]


# ------------------------------------------------------------------ maintenance
async def test_beneficiary_change_needs_insured_signature(make_client, feed, today):
    g, e, _ = find(feed, lambda g, e, p: p["product"] in ("TRM10", "PERM") and p["status"] == "active")
    client = await make_client(feed)
    cid = await start_chat(client, g["group_number"])
    r1, r2 = await chat(client, g["group_number"], cid, f"Change the beneficiary on {name(e)}'s life policy", "yes")
    assert "signed by the insured" in r1["text"] and "form" in r1["text"]
    assert (await service_requests(client, cid))[0]["payload"]["insured_signature_required"] is True


async def test_impossible_date_of_birth_is_refused(make_client, feed, today):
    g, e, _ = find(feed, lambda g, e, p: p["status"] == "active")
    client = await make_client(feed)
    cid = await start_chat(client, g["group_number"])
    r1, r2, r3 = await chat(client, g["group_number"], cid, f"Please correct the date of birth for {name(e)}",
                            "1/1/1850", "yes")
    assert "date of birth" in r1["text"]
    assert "can't be a date of birth" in r2["text"]


# ------------------------------------------------------------------ claims
async def test_claims_eligibility_on_dates(make_client, feed, scenarios, today):
    s = next(s for s in scenarios if s["scenario"] == "lapsed_past_window")
    g, e, p = policy_by_number(feed, s["policy_number"])
    client = await make_client(feed)
    cid = await start_chat(client, g["group_number"])
    lapse = d(p["termination_date"])
    after = lapse + timedelta(days=20)
    reply, = await chat(client, g["group_number"], cid, f"Was {name(e)} covered on {after:%m/%d/%Y}?")
    assert p["policy_number"] in reply["text"] and "not covered" in reply["text"]
    assert "notice within 20 days" in reply["text"]
    cid = await start_chat(client, g["group_number"])
    before = d(p["paid_to_date"]) - timedelta(days=5)
    reply, = await chat(client, g["group_number"], cid, f"Was {name(e)} covered on {before:%m/%d/%Y}?")
    assert "covered — issued" in reply["text"]
    assert "diagnos" not in reply["text"]


# ------------------------------------------------------------------ guidance, cancellation, contract
async def test_portal_help_then_person(make_client, feed, today):
    g = feed["groups"][0]
    client = await make_client(feed)
    cid = await start_chat(client, g["group_number"])
    r1, r2 = await chat(client, g["group_number"], cid, "I'm locked out of the portal", "no, still locked")
    assert r1["citations"] and r1["citations"][0]["document"] == "billing-portal"
    assert r2["escalation"] is not None


async def test_new_case_setup_uses_group_facts(make_client, feed, today):
    g = feed["groups"][0]
    client = await make_client(feed)
    cid = await start_chat(client, g["group_number"])
    reply, = await chat(client, g["group_number"], cid, "We are setting up a new location, what do we need?")
    assert reply["citations"] and g["name"] in reply["text"] and g["contacts"][0]["email"] in reply["text"]


async def test_group_cancellation_conserves_and_escalates_high(make_client, feed, today):
    g = feed["groups"][0]
    client = await make_client(feed)
    cid = await start_chat(client, g["group_number"])
    r1, r2 = await chat(client, g["group_number"], cid, "We are thinking about cancelling our group plan", "the cost")
    assert "what is behind it" in r1["text"] and r1["escalation"] is None
    assert "Nothing has been cancelled" in r2["text"] and r2["escalation"]["reason"] == "group_cancellation"
    queue = await (await client.get("/api/admin/queue", headers=admin_headers())).json()
    assert queue["escalations"][0]["priority"] == 1
    total = sum((premium(feed, e, p) for e in g["employees"] for p in e["policies"] if p["status"] == "active"),
                Decimal(0))
    assert usd(total) in r2["text"]


async def test_group_contract_draft_then_approved(make_client, feed, today):
    g = feed["groups"][0]
    client = await make_client(feed)
    cid = await start_chat(client, g["group_number"])
    r1, r2 = await chat(client, g["group_number"], cid, "Can you generate our group master contract document?", "yes")
    assert "draft" in r1["text"].lower() and g["name"] in r1["text"]
    sr = (await service_requests(client, cid))[0]
    assert f"/documents/contracts/{sr['id']}" in r2["text"] and r2["escalation"]["reason"] == "approval_required"
    page = await client.get(f"/documents/contracts/{sr['id']}", headers=employer_headers(g["group_number"]))
    html = await page.text()
    assert page.status == 200 and "DRAFT" in html and g["name"] in html
    other = feed["groups"][1]["group_number"]
    assert (await client.get(f"/documents/contracts/{sr['id']}", headers=employer_headers(other))).status == 404
    assert (await client.post(f"/api/documents/contracts/{sr['id']}/approve",
                              headers=employer_headers(g["group_number"]))).status == 403
    assert (await client.post(f"/api/documents/contracts/{sr['id']}/approve", headers=admin_headers())).status == 200
    html = await (await client.get(f"/documents/contracts/{sr['id']}", headers=employer_headers(g["group_number"]))).text()
    assert "not approved" not in html and "Approved" in html


def test_every_change_intent_has_its_own_handler():
    from handlers import HANDLERS
    owned = {"tobacco_change": "tobacco", "dependent_change": "dependents", "benefit_change": "benefits",
             "termination": "terminations", "reinstatement": "reinstatement", "policy_loan": "loans",
             "bank_draft": "bank_draft", "policy_maintenance": "maintenance", "group_contract": "contracts",
             "claims_eligibility": "claims", "new_case_setup": "guidance", "portal_help": "guidance",
             "group_cancellation": "cancellation"}
    for intent, module in owned.items():
        assert HANDLERS[intent].func.__module__ == f"handlers.{module}", intent
