"""bot.feedgen: deterministic, valid, realistic feeds; the bundled demo is what it generates."""
from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from bot.feed import load_feed, parse_feed_text, validate_feed
from bot.feedgen import (DEMO, add_months, feed_text, generate_feed, generate_feed_and_scenarios, main,
                         scenarios_text)
from handlers.rules import RuleBook, issue_age, monthly_premium, per_pay

DATA = Path(__file__).resolve().parents[1] / "bot" / "data"
SIX_LINES = {"accident", "critical_illness", "disability_income", "hospital_indemnity", "term_life",
             "whole_life"}
AS_OF = DEMO["as_of"]


@pytest.fixture(scope="module")
def demo() -> dict:
    """The bundled demo feed as the service loads it."""
    return load_feed(DATA / "demo_feed.json")


@pytest.fixture(scope="module")
def scenarios() -> list[dict]:
    return json.loads((DATA / "demo_scenarios.json").read_text())["scenarios"]


@pytest.fixture(scope="module")
def alt() -> dict:
    feed = generate_feed(seed=3, groups=8, employees=400, as_of=AS_OF, style="alt")
    return validate_feed(parse_feed_text(feed_text(feed)))


def scenario(scenarios, name) -> dict:
    return next(s for s in scenarios if s["scenario"] == name)


def group_of(feed, number) -> dict:
    return next(g for g in feed["groups"] if g["group_number"] == number)


def employee_of(group, employee_id) -> dict:
    return next(e for e in group["employees"] if e["employee_id"] == employee_id)


def all_policies(feed):
    for group in feed["groups"]:
        for employee in group["employees"]:
            for policy in employee["policies"]:
                yield group, employee, policy


# --------------------------------------------------------------------------- determinism

def test_same_seed_gives_identical_json_and_another_seed_does_not():
    args = dict(groups=4, employees=120, as_of=AS_OF)
    first = feed_text(generate_feed(seed=11, **args))
    assert first == feed_text(generate_feed(seed=11, **args))
    assert first != feed_text(generate_feed(seed=12, **args))


def test_bundled_demo_is_a_fresh_generation():
    feed, found = generate_feed_and_scenarios(**DEMO)
    assert (DATA / "demo_feed.json").read_text() == feed_text(feed), \
        "regenerate with: python -m bot.feedgen --demo"
    assert (DATA / "demo_scenarios.json").read_text() == scenarios_text(found)


def test_cli_streams_the_same_bytes_as_generate_feed(tmp_path):
    out, listed = tmp_path / "feed.json", tmp_path / "scenarios.json"
    assert main(["--seed", "5", "--groups", "3", "--policies", "900", "--as-of", "2026-11-01",
                 "-o", str(out), "--scenarios", str(listed)]) == 0
    feed, found = generate_feed_and_scenarios(seed=5, groups=3, policies=900, as_of=AS_OF)
    assert out.read_text() == feed_text(feed)
    assert listed.read_text() == scenarios_text(found)


def test_amounts_are_written_exactly_with_cents():
    text = (DATA / "demo_feed.json").read_text()
    amounts = re.findall(r'"(?:amount|total|applied|suspense|cash_value|loan_balance)": ([^,}]+)', text)
    assert len(amounts) > 15_000
    assert all(re.fullmatch(r"\d+\.\d\d", a) for a in amounts)   # 24.10, never 24.1 or 2.41E+1


# --------------------------------------------------------------------------- demo content

def test_bundled_files_are_small_and_the_example_is_valid():
    assert (DATA / "demo_feed.json").stat().st_size <= 6_000_000
    example = load_feed(DATA / "example_feed.json")
    assert example["groups"][0]["group_number"] == "G20417"


def test_demo_counts(demo):
    groups = demo["groups"]
    assert len(groups) >= 10
    assert len({g["state"] for g in groups}) >= 4
    modes = {g["billing_mode"] for g in groups}
    assert {"monthly", "semimonthly", "biweekly", "weekly"} <= modes and "quarterly" in modes
    assert sum(len(g["employees"]) for g in groups) >= 800
    policies = list(all_policies(demo))
    assert len(policies) >= 1500
    products = {p["code"]: p for p in demo["products"]}
    assert {products[p["product"]]["line"] for _, _, p in policies} == SIX_LINES
    assert {g["status"] for g in groups} == {"active"}


def test_demo_products_match_the_brief(demo):
    by_line = {p["line"]: p for p in demo["products"]}
    assert by_line["accident"]["rate_basis"] == by_line["hospital_indemnity"]["rate_basis"] == "tier"
    assert by_line["disability_income"]["unit"] == 100 and by_line["term_life"]["unit"] == 1000
    for line in ("critical_illness", "disability_income", "term_life", "whole_life"):
        product = by_line[line]
        assert product["rate_basis"] == "per_unit"
        assert 0 < product["guaranteed_issue"] < product["max_benefit"]
    for product in demo["products"]:
        assert product["max_retro_days"] == 60
        assert product["refund_method"] == ("pro_rata" if product["line"] in ("term_life", "whole_life")
                                            else "whole_month")
        if product["rate_basis"] == "tier":
            assert {r["tier"] for r in product["rates"]} == {"employee", "employee_spouse",
                                                             "employee_children", "family"}
            assert (product["child_max_age"], product["spouse_max_age"]) == (26, 70)
    whole_life = by_line["whole_life"]
    assert whole_life["loan_interest_rate"] == Decimal("0.08") and whole_life["max_loan_ratio"] == Decimal("0.90")


def test_whole_life_has_cash_values_and_some_loans(demo):
    wl = {p["code"] for p in demo["products"] if p["line"] == "whole_life"}
    policies = [p for _, _, p in all_policies(demo) if p["product"] in wl]
    assert policies and all(p["cash_value"] is not None for p in policies)
    loans = [p for p in policies if p["loan_balance"]]
    assert loans and all(p["loan_balance"] <= p["cash_value"] * Decimal("0.90") for p in loans)


def test_dependents_fit_the_tier(demo):
    for _, employee, policy in all_policies(demo):
        relations = Counter(d["relation"] for d in policy["dependents"])
        partner = relations["spouse"] + relations["domestic_partner"]
        expected = {None: (0, False), "employee": (0, False), "employee_spouse": (1, False),
                    "employee_children": (0, True), "family": (1, True)}[policy["tier"]]
        assert (partner, relations["child"] > 0) == expected, policy
        for dependent in policy["dependents"]:
            age = issue_age(dependent["dob"], AS_OF)
            assert age < 26 if dependent["relation"] == "child" else age <= 70


def test_contacts_and_riders(demo):
    for group in demo["groups"]:
        assert {c["role"] for c in group["contacts"]} == {"billing_admin", "hr"}
        assert all(c["email"].endswith(".example") for c in group["contacts"])
    assert any(p["riders"] for _, _, p in all_policies(demo))


def test_bills_are_monthly_with_due_dates_and_payments_balance(demo):
    book = RuleBook()
    for group in demo["groups"]:
        step = book.direct_bill_months(group["billing_mode"]) or 1
        periods = [b["period"] for b in group["bills"]]
        assert all(p.day == 1 for p in periods) and periods[-1] <= AS_OF
        assert all(add_months(a, step) == b for a, b in zip(periods, periods[1:]))
        assert len(periods) == 12 // step
        for bill in group["bills"]:
            assert bill["due_date"] == bill["period"].replace(day=group["bill_day"])
            assert bill["total"] == sum(line["amount"] for line in bill["lines"])
        for payment in group["payments"]:
            assert payment["method"] in ("check", "ach", "wire") and payment["reference"]
            assert payment["applied"] + payment["suspense"] == payment["amount"]


def expected_line(product, employee, policy, mode, tobacco):
    monthly = monthly_premium(product, tier=policy["tier"], tobacco=tobacco,
                              age=issue_age(employee["dob"], policy["issue_date"]),
                              benefit=policy["benefit"], riders=policy["riders"])
    return per_pay(monthly, mode) if RuleBook().direct_bill_months(mode) else monthly


def test_every_bill_line_is_the_recomputed_premium(demo, scenarios):
    """Except the tobacco change: before it took effect the tobacco rate was billed."""
    quit_ = scenario(scenarios, "tobacco_change")
    quit_from = date.fromisoformat(quit_["details"]["effective_date"])
    products = {p["code"]: p for p in demo["products"]}
    checked = 0
    for group in demo["groups"]:
        owners = {p["policy_number"]: (e, p) for e in group["employees"] for p in e["policies"]}
        for bill in group["bills"]:
            for line in bill["lines"]:
                employee, policy = owners[line["policy_number"]]
                smoker_then = (group["group_number"] == quit_["group_number"]
                               and employee["employee_id"] == quit_["employee_id"]
                               and bill["period"] < quit_from) or policy["tobacco"]
                assert line["amount"] == expected_line(products[policy["product"]], employee, policy,
                                                       group["billing_mode"], smoker_then)
                checked += 1
    assert checked > 15_000


# --------------------------------------------------------------------------- scenarios

def test_every_scenario_is_present(scenarios):
    names = {s["scenario"] for s in scenarios}
    assert {"late_payment", "delinquent_group", "suspense", "terminated_still_billed", "new_hire_not_billed",
            "tobacco_change", "lapsed_recent", "lapsed_past_window", "lapsed_life", "whole_life_loan",
            "duplicate_payment", "near_duplicate_names"} <= names


def test_late_payment_is_within_grace(demo, scenarios):
    found = scenario(scenarios, "late_payment")
    group = group_of(demo, found["group_number"])
    bill = next(b for b in group["bills"] if b["bill_number"] == found["details"]["bill_number"])
    payment = next(p for p in group["payments"] if p["payment_id"] == found["details"]["payment_id"])
    assert bill["due_date"] < payment["received"] <= bill["due_date"] + timedelta(days=group["grace_days"])


def test_delinquent_group_is_past_due(demo, scenarios):
    found = scenario(scenarios, "delinquent_group")
    group = group_of(demo, found["group_number"])
    oldest = next(b for b in group["bills"] if b["bill_number"] == found["details"]["bill_number"])
    assert oldest["due_date"] + timedelta(days=group["grace_days"]) < AS_OF
    assert group["paid_to_date"] <= oldest["period"]
    paid = sum(p["applied"] for p in group["payments"])
    billed_before = sum(b["total"] for b in group["bills"] if b["period"] < oldest["period"])
    assert paid == billed_before


def test_suspense_and_duplicate_payments(demo, scenarios):
    found = scenario(scenarios, "suspense")
    group = group_of(demo, found["group_number"])
    payment = next(p for p in group["payments"] if p["payment_id"] == found["details"]["payment_id"])
    assert payment["suspense"] > 0 and payment["amount"] not in {b["total"] for b in group["bills"]}

    found = scenario(scenarios, "duplicate_payment")
    group = group_of(demo, found["group_number"])
    first, second = (next(p for p in group["payments"] if p["payment_id"] == pid)
                     for pid in found["details"]["payment_ids"])
    assert (first["amount"], first["reference"]) == (second["amount"], second["reference"])
    assert second["suspense"] == second["amount"]


def test_terminated_employee_still_billed(demo, scenarios):
    found = scenario(scenarios, "terminated_still_billed")
    group = group_of(demo, found["group_number"])
    employee = employee_of(group, found["employee_id"])
    assert employee["status"] == "terminated"
    later = [b for b in group["bills"] if b["period"] > employee["termination_date"]]
    assert later and all(found["policy_number"] in {l["policy_number"] for l in b["lines"]} for b in later)


def test_new_hire_not_yet_billed(demo, scenarios):
    found = scenario(scenarios, "new_hire_not_billed")
    group = group_of(demo, found["group_number"])
    billed = {l["policy_number"] for b in group["bills"] for l in b["lines"]}
    employee = employee_of(group, found["employee_id"])
    assert employee["hire_date"] > group["bills"][-1]["period"] - timedelta(days=31)
    for policy in employee["policies"]:
        assert policy["policy_number"] not in billed
        assert policy["paid_to_date"] == policy["issue_date"]


def test_tobacco_change_changes_the_billed_amount(demo, scenarios):
    found = scenario(scenarios, "tobacco_change")
    group = group_of(demo, found["group_number"])
    amounts = [l["amount"] for b in group["bills"] for l in b["lines"]
               if l["policy_number"] == found["policy_number"]]
    assert Decimal(found["details"]["old_monthly"]) in amounts
    assert amounts[-1] == Decimal(found["details"]["new_monthly"]) < Decimal(found["details"]["old_monthly"])
    employee = employee_of(group, found["employee_id"])
    assert not any(p["tobacco"] for p in employee["policies"])


@pytest.mark.parametrize("name", ["lapsed_recent", "lapsed_past_window", "lapsed_life"])
def test_lapsed_policies(demo, scenarios, name):
    found = scenario(scenarios, name)
    group = group_of(demo, found["group_number"])
    policy = next(p for p in employee_of(group, found["employee_id"])["policies"]
                  if p["policy_number"] == found["policy_number"])
    assert policy["status"] == "lapsed"
    assert policy["paid_to_date"] < policy["termination_date"] < AS_OF
    billed = [b["period"] for b in group["bills"]
              if policy["policy_number"] in {l["policy_number"] for l in b["lines"]}]
    assert all(period < policy["paid_to_date"] for period in billed)
    if name == "lapsed_recent":
        assert (AS_OF - policy["termination_date"]).days <= 31


def test_near_duplicate_names_share_a_group(demo, scenarios):
    found = scenario(scenarios, "near_duplicate_names")
    assert found["details"]["names"] == ["Laura King", "Laura Kingsley"]
    group = group_of(demo, found["group_number"])
    names = {f"{e['first_name']} {e['last_name']}" for e in group["employees"]}
    assert {"Laura King", "Laura Kingsley"} <= names


# --------------------------------------------------------------------------- alt style and size

def test_alt_style_shares_no_codes_names_or_states_with_demo(demo, alt):
    assert not {p["code"] for p in demo["products"]} & {p["code"] for p in alt["products"]}
    assert not {g["name"] for g in demo["groups"]} & {g["name"] for g in alt["groups"]}
    assert not {g["state"] for g in demo["groups"]} & {g["state"] for g in alt["groups"]}
    demo_names = {e["last_name"] for g in demo["groups"] for e in g["employees"]}
    alt_names = {e["last_name"] for g in alt["groups"] for e in g["employees"]}
    assert len(demo_names & alt_names) <= 2
    assert {p["line"] for p in alt["products"]} == SIX_LINES


def test_sizing_by_policy_count_is_exact_and_valid():
    feed = generate_feed(seed=2, groups=5, policies=5000, as_of=AS_OF, style="alt")
    loaded = validate_feed(parse_feed_text(feed_text(feed)))
    assert sum(1 for _ in all_policies(loaded)) == 5000


def test_bad_arguments_are_refused():
    with pytest.raises(ValueError):
        generate_feed(seed=1, groups=3, employees=2, as_of=AS_OF)
    with pytest.raises(ValueError):
        generate_feed(seed=1, groups=1, employees=10, as_of=AS_OF, style="nope")
