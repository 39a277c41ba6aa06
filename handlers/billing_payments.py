"""billing_schedule (next bill and due date, a copy of a bill, "we never got a bill") and
payment (what is owed and why, whether a payment arrived and where it went, grace and lapse,
ways to pay). Payments are applied to the oldest open bill first (list-bill-reconciliation)."""
from __future__ import annotations

import re
from datetime import date, timedelta
from decimal import Decimal

from handlers.billing_common import (Account, bill_path, bill_summary, cite, dates_in, load_account, mentions,
                                     money_in, next_bill_view)
from handlers.billing_rules import bill_on_cycle, first_of_month, period_of
from handlers.registry import Answer, EscalationRequest, HandlerContext, handles
from handlers.rules import RuleBook

COPY_WORDS = ("copy", "resend", "re-send", "send me", "send us", "email me", "invoice", "statement", "pdf",
              "download", "reprint", "duplicate bill", "see the bill", "show me the bill", "look at")
MISSING_WORDS = ("never got", "never received", "didn't get", "did not get", "didn't receive", "did not receive",
                 "not received", "haven't received", "have not received", "haven't gotten", "missing",
                 "no bill", "didn't come", "never came", "not arrive", "didn't arrive", "never arrived",
                 "where is our bill", "where's our bill", "where is the bill", "lost")
HOW_TO_PAY = ("how can we pay", "how do we pay", "how do i pay", "how can i pay", "ways to pay", "pay by",
              "payment options", "payment methods", "where do we send", "where do i send", "can we pay",
              "can i pay", "pay online", "mailing address", "wire instructions")
LAPSE_WORDS = ("lapse", "grace", "cancel", "terminate", "past due", "late", "delinquen", "overdue")
_PAYMENT_REF = re.compile(r"(?i)\b(?:check|cheque|chk|ck|ach|trace|reference|ref|confirmation|wire)\s*(?:number|no\.?|#)?"
                          r"\s*[:#]?\s*([A-Z]*\d[\w-]{2,})")


def _bill_number_in(text: str, acct: Account):
    low = text.lower()
    for b in acct.bills:
        if b.bill_number.lower() in low:
            return b
    return None


def _status_of(acct: Account, bill_number: str):
    return next(s for s in acct.allocation.bills if s.bill.bill_number == bill_number)


def _expected(acct: Account, period: date, group, book: RuleBook):
    """The bill the cycle calls for in the period containing `period`."""
    start = period_of(period, effective_date=group.effective_date, months=acct.cycle)
    return bill_on_cycle(start, group.bill_day, acct.lead_days)


# ------------------------------------------------------------------ billing_schedule

@handles("billing_schedule", description="know when bills are generated or due, or get a copy of a bill")
async def billing_schedule(ctx: HandlerContext, turn) -> Answer:
    book = RuleBook()
    acct = await load_account(ctx, book)
    group = ctx.repo.group
    text = turn.text
    named = _bill_number_in(text, acct)
    dates = dates_in(turn)
    missing = mentions(text, *MISSING_WORDS)
    copy = mentions(text, *COPY_WORDS) or named is not None

    if missing or copy or dates or named:
        if named is not None:
            bill = named
        elif dates:
            bill = acct.bill_for_period(dates[0])
        else:
            prepared = [b for b in acct.bills if b.due_date - timedelta(days=acct.lead_days) <= ctx.today]
            bill = prepared[-1] if prepared else None
        if bill is not None:
            status = _status_of(acct, bill.bill_number)
            lines = (await ctx.repo.bill_lines_of([bill.id]))[bill.id]
            data = {"bill": bill_summary(acct, status), "line_count": len(lines), "missing": missing,
                    "bill_link": bill_path(group.group_number, bill.bill_number), "group_name": group.name}
            section = "a-bill-that-did-not-arrive" if missing else "getting-a-copy-of-a-bill"
            return Answer("billing_schedule/bill", data, records=[bill.bill_number],
                          citations=cite(ctx, "bills-and-due-dates", section, "copy of a bill"))
        # no bill stored for what they asked about
        period = dates[0] if dates else ctx.today
        expected = _expected(acct, period, group, book)
        base = {"period": expected.period, "bill_date": expected.bill_date, "due_date": expected.due_date,
                "group_name": group.name, "effective_date": group.effective_date,
                "grace_end": expected.due_date + timedelta(days=acct.grace_days)}
        citations = cite(ctx, "bills-and-due-dates", "a-bill-that-did-not-arrive", "bill never came")
        if first_of_month(period) < first_of_month(group.effective_date):
            return Answer("billing_schedule/before_effective", base, citations=citations)
        if expected.bill_date > ctx.today:
            return Answer("billing_schedule/not_yet", base,
                          citations=cite(ctx, "bills-and-due-dates", "when-list-bills-are-produced"))
        return Answer("billing_schedule/not_generated", base, citations=citations,
                      escalate=EscalationRequest(
                          "bill_not_generated",
                          f"No list bill is stored for {group.group_number}'s period {expected.period} "
                          f"(should have been prepared {expected.bill_date}, due {expected.due_date}); "
                          "generate it and send it to the billing contact.", 2))

    # when is the next bill
    latest = acct.bills[-1] if acct.bills else None
    open_bills = [bill_summary(acct, s) for s in acct.allocation.open_bills()]
    return Answer("billing_schedule/next", {
        "group_name": group.name, "mode": group.billing_mode, "next": next_bill_view(acct), "bill_day": group.bill_day,
        "lead_days": acct.lead_days, "cycle": acct.cycle,
        "latest": bill_summary(acct, _status_of(acct, latest.bill_number)) if latest else None,
        "open_bills": open_bills, "grace_days": acct.grace_days,
    }, citations=cite(ctx, "bills-and-due-dates", "when-list-bills-are-produced", "when do you send the bill"),
        records=[latest.bill_number] if latest else [])


# ------------------------------------------------------------------ payment

def _find_payments(acct: Account, turn) -> tuple[list, dict]:
    """Payments matching what the employer named: amount, date, check / ACH reference, payment id."""
    amounts, _ = money_in(turn)
    dates = dates_in(turn)
    refs = [m.group(1) for m in _PAYMENT_REF.finditer(turn.text)]
    low = turn.text.lower()
    ids = [p for p in acct.payments if p.payment_id.lower() in low]
    criteria = {"amounts": amounts, "dates": dates, "references": refs}
    if ids:
        return ids, criteria
    found = list(acct.payments)
    if refs:
        found = [p for p in found if p.reference and any(r.lower() in p.reference.lower() for r in refs)]
    if amounts:
        found = [p for p in found if any(Decimal(p.amount) == a for a in amounts)]
    if dates:
        # a date names the day the payment was sent; it arrives within a few days (or the month)
        def near(p) -> bool:
            return any(abs((p.received - d).days) <= 7 or (d.day == 1 and (p.received.year, p.received.month)
                                                           == (d.year, d.month)) for d in dates)
        found = [p for p in found if near(p)]
    return found, criteria


def _payment_view(acct: Account, p) -> dict:
    applied_to = acct.allocation.by_payment.get(p.payment_id, [])
    duplicate_of = None
    if Decimal(p.suspense) > 0 and Decimal(p.applied) == 0:
        duplicate_of = next((q.payment_id for q in acct.payments if q.payment_id != p.payment_id
                             and q.amount == p.amount and q.reference == p.reference and q.received <= p.received),
                            None)
    return {"payment_id": p.payment_id, "received": p.received, "amount": Decimal(p.amount),
            "method": p.method, "reference": p.reference, "applied": Decimal(p.applied),
            "suspense": Decimal(p.suspense), "duplicate_of": duplicate_of,
            "applied_to": [{"bill_number": n, "amount": a} for n, a in applied_to]}


@handles("payment", description="pay, or check what is owed or whether a payment arrived")
async def payment(ctx: HandlerContext, turn) -> Answer:
    book = RuleBook()
    acct = await load_account(ctx, book)
    group = ctx.repo.group
    text = turn.text
    amounts, negative = money_in(turn)
    dates = dates_in(turn)
    grace_cite = cite(ctx, "grace-period", "when-the-grace-period-runs-out", "when does coverage lapse")
    if negative:
        return Answer("billing_payment/bad_amount", {"text": text}, citations=[])
    future = [d for d in dates if d > ctx.today]
    asks_arrival = bool(amounts or _PAYMENT_REF.search(text)) or mentions(
        text, "arrive", "receive", "got our", "get our", "get my", "posted", "post ", "applied", "go through",
        "went through", "clear", "cashed", "did you get")
    if future and asks_arrival:
        return Answer("billing_payment/future_date", {"date": future[0], "today": ctx.today})

    status = acct.status
    account = {
        "group_name": group.name, "today": ctx.today, "grace_days": acct.grace_days,
        "due_now": status.amount_due_now, "past_due_amount": status.amount_past_due, "total_open": status.total_open,
        "past_due": status.past_due, "days_past_due": status.days_past_due,
        "oldest": bill_summary(acct, status.oldest_unpaid) if status.oldest_unpaid else None,
        "lapse_date": status.grace_end,
        "open_bills": [bill_summary(acct, s) for s in acct.allocation.open_bills()],
        "next": next_bill_view(acct), "credit": acct.allocation.unallocated,
        "suspense": sum((Decimal(p.suspense) for p in acct.payments), Decimal("0.00")),
        "paid_to_date": group.paid_to_date,
    }
    records = [b["bill_number"] for b in account["open_bills"]]

    if asks_arrival:
        found, criteria = _find_payments(acct, turn)
        last = acct.payments[-1] if acct.payments else None
        return Answer("billing_payment/arrival", {
            **account, "found": [_payment_view(acct, p) for p in found[:5]], "more": max(len(found) - 5, 0),
            "criteria": criteria, "last": _payment_view(acct, last) if last else None,
        }, citations=cite(ctx, "list-bill-reconciliation", "where-payments-are-applied", "where are payments applied"),
            records=[p.payment_id for p in found[:5]] + records)

    if mentions(text, *HOW_TO_PAY):
        methods = book.data.get("payment_methods") or []
        usual = acct.payments[-1].method if acct.payments else None
        return Answer("billing_payment/how_to_pay", {**account, "methods": methods, "usual": usual},
                      citations=cite(ctx, "billing-portal", "downloading-bills-and-reports", "how to pay a bill")
                      + grace_cite, records=records)

    return Answer("billing_payment/owed", {**account, "asks_lapse": mentions(text, *LAPSE_WORDS)},
                  citations=grace_cite, records=records,
                  suggestions=["How can we pay?"] if status.total_open > 0 else [])
