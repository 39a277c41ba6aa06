"""List-bill reconciliation: the pure comparison (with Hypothesis properties for the arithmetic),
the upload endpoint and pasted lines in chat, on a feed the project has never seen."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings, strategies as st

from handlers.billing_reconcile import BillItem, PolicyFacts, RemitRow, parse_csv, reconcile
from handlers.billing_rules import death_refund, termination_refund
from handlers.rules import per_pay
from tests.conftest import employer_headers, say, start_chat
from tests.test_billing import FEED, GROUPS, TODAY, employee, m, scenario

amounts = st.decimals(min_value=Decimal("0.00"), max_value=Decimal("5000.00"), places=2)


# ------------------------------------------------------------------ properties of the arithmetic

@given(monthly=st.decimals(min_value=Decimal("0.01"), max_value=Decimal("10000"), places=2),
       mode=st.sampled_from(["monthly", "semimonthly", "biweekly", "weekly"]))
def test_per_pay_times_n_is_monthly_times_12_within_rounding(monthly, mode):
    n = {"monthly": 12, "semimonthly": 24, "biweekly": 26, "weekly": 52}[mode]
    assert abs(per_pay(monthly, mode) * n - monthly * 12) <= Decimal("0.005") * n


@settings(max_examples=200)
@given(billed=st.dictionaries(st.from_regex(r"\d{6}", fullmatch=True), amounts, max_size=30),
       extra=st.dictionaries(st.from_regex(r"9\d{5}", fullmatch=True), amounts, max_size=5),
       changes=st.lists(st.tuples(st.integers(0, 40), amounts), max_size=10), dropped=st.sets(st.integers(0, 40)))
def test_variance_is_the_sum_of_line_differences(billed, extra, changes, dropped):
    bill = [BillItem(pn, a) for pn, a in billed.items()]
    rows = [RemitRow(a, pn) for i, (pn, a) in enumerate(billed.items()) if i not in dropped]
    rows += [RemitRow(a, pn) for pn, a in extra.items() if pn not in billed]
    for i, amount in changes:
        if i < len(rows):
            rows[i] = RemitRow(amount, rows[i].policy_number)
    rec = reconcile(bill, rows)
    assert rec.total_billed == sum(billed.values(), Decimal(0))
    assert rec.total_remitted == sum((r.amount for r in rows), Decimal(0))
    assert rec.variance == sum((x.difference for x in rec.lines), Decimal(0))
    assert sum(rec.counts().values()) == len(rec.lines)
    assert all(x.difference == 0 for x in rec.lines if x.status == "matched")


@given(monthly=st.decimals(min_value=Decimal("0"), max_value=Decimal("2000"), places=2),
       method=st.sampled_from(["whole_month", "pro_rata"]),
       event=st.dates(date(2024, 1, 1), date(2027, 12, 31)), paid_to=st.dates(date(2024, 1, 1), date(2027, 12, 31)),
       today=st.dates(date(2024, 1, 1), date(2027, 12, 31)), retro=st.integers(0, 400))
def test_no_refund_is_negative(monthly, method, event, paid_to, today, retro):
    assert termination_refund(monthly, method, event, paid_to, today=today, max_retro_days=retro).amount >= 0
    assert death_refund(monthly, event, paid_to).amount >= 0


def test_whole_month_and_pro_rata_by_hand():
    r = termination_refund(Decimal("24.10"), "whole_month", date(2026, 7, 15), date(2026, 11, 1),
                           today=date(2026, 8, 1), max_retro_days=60)
    assert (r.months, r.amount) == (3, Decimal("72.30"))          # August, September, October
    r = termination_refund(Decimal("36.50"), "pro_rata", date(2026, 10, 21), date(2026, 11, 1),
                           today=date(2026, 10, 25), max_retro_days=60)
    assert (r.days, r.amount) == (10, Decimal("12.00"))            # Oct 22..31: 36.50 × 12 ÷ 365 × 10


# ------------------------------------------------------------------ the comparison, by hand

def test_reconcile_classifies_and_explains_from_facts():
    bill = [BillItem("1001", Decimal("24.10"), "Laura King"), BillItem("1002", Decimal("35.25"), "Evan Ortiz"),
            BillItem("1003", Decimal("12.25"), "Maria Gonzalez"), BillItem("1004", Decimal("10.00"), "Ann Lee")]
    facts = {"1002": PolicyFacts("1002", "Evan Ortiz", employee_termination_date=date(2026, 7, 15)),
             "1003": PolicyFacts("1003", "Maria Gonzalez", previous_amount=Decimal("15.45"),
                                 previous_period=date(2026, 7, 1), tobacco_amount=Decimal("15.45"), tobacco_now=False),
             "1005": PolicyFacts("1005", "Hiroshi Kim", issue_date=date(2026, 11, 1), billed_before=False)}
    rows = [RemitRow(Decimal("24.10"), "1001", row=1), RemitRow(Decimal("15.45"), "1003", row=2),
            RemitRow(Decimal("30.00"), "1005", "Hiroshi Kim", row=3),
            RemitRow(Decimal("10.00"), "", "An Leee", row=4)]                 # a typo, no policy number
    rec = reconcile(bill, rows, facts=facts)
    by = {x.policy_number: x for x in rec.lines}
    assert by["1001"].status == "matched"
    assert by["1002"].status == "billed_not_paid" and "July 15, 2026" in by["1002"].reason
    assert by["1003"].status == "amount_differs" and "tobacco" in by["1003"].reason and "$15.45" in by["1003"].reason
    assert by["1005"].status == "paid_not_billed" and "enrolled after the bill" in by["1005"].reason
    assert by["1004"].status == "matched" and by["1004"].matched_by == "name"
    assert rec.variance == Decimal("30.00") - Decimal("35.25") + (Decimal("15.45") - Decimal("12.25"))


def test_csv_with_wrong_columns_and_negative_amounts():
    with pytest.raises(ValueError, match="needs a column for the amount"):
        parse_csv("employee,deduction_date\nA,2026-10-01\n")
    rows, problems = parse_csv("Policy Number,Insured Name,Deduction\n1001,Laura King,$24.10\n1002,Evan,-5.00\n"
                               "1003,Ann,abc\n")
    assert [r.policy_number for r in rows] == ["1001"] and rows[0].amount == Decimal("24.10")
    assert "negative" in problems[0] and "not a number" in problems[1]


# ------------------------------------------------------------------ through HTTP and chat

@pytest.fixture
async def client(make_client, monkeypatch):
    monkeypatch.setenv("EA_TODAY", TODAY)
    return await make_client(FEED)


def _csv(lines) -> str:
    return "policy_number,name,amount\n" + "\n".join(f"{pn},{name},{amt}" for pn, name, amt in lines)


async def test_upload_explains_each_difference_from_the_data(client):
    s = scenario("terminated_still_billed")
    gn = s["group_number"]
    bill = GROUPS[gn]["bills"][-1]
    e = employee(gn, s["employee_id"])
    theirs = {p["policy_number"] for p in e["policies"]}
    names = {p["policy_number"]: f"{x['first_name']} {x['last_name']}" for x in GROUPS[gn]["employees"]
             for p in x["policies"]}
    kept = [ln for ln in bill["lines"] if ln["policy_number"] not in theirs]
    changed = kept[0]
    rows = [(ln["policy_number"], names[ln["policy_number"]], ln["amount"]) for ln in kept[1:]]
    rows.append((changed["policy_number"], names[changed["policy_number"]], f"{Decimal(str(changed['amount'])) + 2:.2f}"))
    # one line by name only, with a typo, no policy number
    typo = rows.pop(0)
    rows.append(("", typo[1][:-1] + typo[1][-1] * 2, typo[2]))
    resp = await client.post("/api/billing/reconciliations", data=_csv(rows),
                             headers={**employer_headers(gn), "Content-Type": "text/csv"})
    assert resp.status == 201, await resp.text()
    body = await resp.json()
    assert body["bill_number"] == bill["bill_number"]
    s_ = body["summary"]
    assert s_["counts"] == {"matched": len(kept) - 1, "amount_differs": 1, "billed_not_paid": len(theirs),
                            "paid_not_billed": 0}
    missing = sum(Decimal(str(ln["amount"])) for ln in bill["lines"] if ln["policy_number"] in theirs)
    assert Decimal(s_["variance"]) == Decimal("2.00") - missing
    reasons = {x["policy_number"]: x["reason"] for x in body["lines"]}
    assert all("July 15, 2026" in reasons[pn] for pn in theirs)
    page = await client.get(body["report_url"])
    assert page.status == 200 and "July 15, 2026" in await page.text()
    csv_resp = await client.get(body["csv_url"])
    assert csv_resp.status == 200 and (await csv_resp.text()).count("\n") == len(kept) + len(theirs) + 1


async def test_upload_new_hire_is_paid_not_billed(client):
    s = scenario("new_hire_not_billed")
    gn = s["group_number"]
    bill = GROUPS[gn]["bills"][-1]
    rows = [(ln["policy_number"], "x", ln["amount"]) for ln in bill["lines"]]
    rows += [(pn, "x", "10.00") for pn in s["details"]["policy_numbers"]]
    resp = await client.post("/api/billing/reconciliations", data=_csv(rows),
                             headers={**employer_headers(gn), "Content-Type": "text/csv"})
    body = await resp.json()
    [line] = body["lines"]
    assert line["status"] == "paid_not_billed" and "enrolled after the bill" in line["reason"]


async def test_upload_tobacco_rate_change(client):
    s = scenario("tobacco_change")
    gn = s["group_number"]
    august = next(b for b in GROUPS[gn]["bills"] if b["period"] == "2026-08-01")
    rows = [(ln["policy_number"], "x", s["details"]["old_monthly"] if ln["policy_number"] == s["policy_number"]
             else ln["amount"]) for ln in august["lines"]]
    resp = await client.post("/api/billing/reconciliations?bill=2026-08", data=_csv(rows),
                             headers={**employer_headers(gn), "Content-Type": "text/csv"})
    [line] = (await resp.json())["lines"]
    assert line["status"] == "amount_differs" and "tobacco" in line["reason"]
    assert Decimal(line["difference"]) == Decimal(s["details"]["old_monthly"]) - Decimal(s["details"]["new_monthly"])


async def test_upload_bad_files_are_answered_clearly(client):
    gn = FEED["groups"][0]["group_number"]
    h = {**employer_headers(gn), "Content-Type": "text/csv"}
    wrong = await client.post("/api/billing/reconciliations", data="employee,date\nA,2026-10-01\n", headers=h)
    assert wrong.status == 400 and "needs a column" in (await wrong.json())["error"]["message"]
    big = await client.post("/api/billing/reconciliations", data=b"a" * (50 * 1024 * 1024), headers=h)
    assert big.status == 413 and "MB" in (await big.json())["error"]["message"]
    empty = await client.post("/api/billing/reconciliations", data=b"", headers=h)
    assert empty.status == 400
    assert (await client.post("/api/billing/reconciliations", data=_csv([]))).status == 401


async def test_pasted_lines_in_chat_then_confirmed(client):
    s = scenario("terminated_still_billed")
    gn = s["group_number"]
    bill = GROUPS[gn]["bills"][-1]
    lines = bill["lines"][:4]
    paste = "Here are our deductions to reconcile against the bill:\n" + "\n".join(f"{ln['policy_number']} {ln['amount']}" for ln in lines[:3]) + \
        f"\n{lines[3]['policy_number']} {Decimal(str(lines[3]['amount'])) + 1:.2f}"
    cid = await start_chat(client, gn)
    first = (await say(client, gn, cid, "I want to reconcile our list bill with our payroll deductions"))["replies"][0]
    assert first["intent"] == "bill_reconciliation" and "Still billed" in first["text"]
    report = (await say(client, gn, cid, paste))["replies"][0]
    billed = Decimal(str(bill["total"]))
    remitted = sum(Decimal(str(ln["amount"])) for ln in lines) + 1
    assert f"variance {m(remitted - billed)}" in report["text"]
    assert "3 matched, 1 amount differs" in report["text"]
    done = (await say(client, gn, cid, "yes"))["replies"][0]
    link = next(w for w in done["text"].split() if w.startswith("/billing/") and ".csv" not in w.split("?")[0])
    page = await client.get(link)
    assert page.status == 200 and bill["bill_number"] in await page.text()
