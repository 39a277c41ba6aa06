"""What every billing handler needs: the group's account (bills, payments applied oldest first,
delinquency), the bill cycle, provision citations, confirmation words and links to pages.

Reads policy data only through the caller's GroupRepository; dates come from ctx.today.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from handlers.billing_rules import (Allocation, BillRef, CycleBill, Delinquency, PaymentRef, allocate,
                                    cycle_months, delinquency, grace_days_for, next_bill)
from handlers.registry import HandlerContext
from handlers.rules import RuleBook

YES = {"yes", "y", "yep", "yeah", "yes please", "please do", "confirm", "confirmed", "go ahead", "ok", "okay",
       "sure", "do it", "correct", "submit", "submit it", "please submit", "approve", "that's right", "right"}
NO = {"no", "n", "nope", "cancel", "don't", "do not", "stop", "never mind", "nevermind", "not now", "no thanks"}


def yes_no(text: str) -> str | None:
    """'yes' / 'no' for a short confirmation, None when the text is something else."""
    t = re.sub(r"[^a-z' ]+", " ", text.lower()).strip()
    t = re.sub(r"\s+", " ", t)
    if not t:
        return None
    if t in YES or t.split(" ")[0] in ("yes", "yep", "yeah", "confirm", "sure", "ok", "okay") and len(t.split()) <= 5:
        return "yes"
    if t in NO or t.split(" ")[0] in ("no", "nope", "cancel") and len(t.split()) <= 5:
        return "no"
    return None


def mentions(text: str, *words: str) -> bool:
    low = text.lower()
    return any(re.search(r"\b" + re.escape(w), low) for w in words)


def entity_values(turn, label: str) -> list[Any]:
    return [e.value if e.value is not None else e.text for e in turn.entities if e.label == label]


def dates_in(turn) -> list[date]:
    out = []
    for v in entity_values(turn, "DATE"):
        try:
            out.append(date.fromisoformat(str(v)[:10]))
        except ValueError:
            continue
    return out


_NEGATIVE = re.compile(r"(?:-|−|minus\s+|negative\s+)\s*\$?\s*\d|\(\s*\$?\s*\d[\d,]*(?:\.\d+)?\s*\)")


def money_in(turn) -> tuple[list[Decimal], bool]:
    """(amounts the employer wrote, whether one of them was written as negative)."""
    amounts = []
    for v in entity_values(turn, "MONEY"):
        try:
            amounts.append(Decimal(str(v).replace(",", "").replace("$", "")))
        except InvalidOperation:
            continue
    negative = any(a < 0 for a in amounts) or bool(_NEGATIVE.search(turn.text))
    return [abs(a) for a in amounts], negative


def bill_path(group_number: str, bill_number: str) -> str:
    return f"/billing/{group_number}/bills/{bill_number}"


def cite(ctx: HandlerContext, document: str, section: str, question: str | None = None,
         line: str | None = None) -> list[dict]:
    """The provision section an answer relied on (by id; by retrieval when the id is gone)."""
    kb = ctx.knowledge
    if kb is None:
        return []
    found = kb.get(document, section)
    if found is not None:
        return [{"document": found.document, "section": found.section,
                 "title": f"{found.doc_title} — {found.title}"}]
    if question:
        hit = kb.answer(question, lines=[line] if line else None, state=ctx.repo.group.state)
        if hit is not None:
            return [hit.citation()]
    return []


@dataclass
class Account:
    """The group's bills and payments as the rules see them, on ctx.today."""
    today: date
    grace_days: int
    bills: list[Any]                 # Bill rows, by period
    payments: list[Any]              # Payment rows, by received date
    allocation: Allocation
    status: Delinquency
    next: CycleBill
    lead_days: int

    def bill_row(self, bill_number: str):
        return next((b for b in self.bills if b.bill_number == bill_number), None)

    def bill_for_period(self, period: date):
        """The bill whose period covers `period` (a month the employer named)."""
        p = period.year * 12 + period.month - 1
        for b in self.bills:
            s = b.period.year * 12 + b.period.month - 1
            if s <= p < s + self.cycle:
                return b
        return None

    cycle: int = 1


async def load_account(ctx: HandlerContext, book: RuleBook | None = None) -> Account:
    book = book or RuleBook()
    repo, group = ctx.repo, ctx.repo.group
    bills = list(await repo.bills())
    payments = list(await repo.payments())
    refs = [BillRef(b.bill_number, b.period, b.due_date, Decimal(b.total)) for b in bills]
    prefs = [PaymentRef(p.payment_id, p.received, Decimal(p.amount), Decimal(p.applied), Decimal(p.suspense),
                        p.method, p.reference) for p in payments]
    alloc = allocate(refs, prefs)
    grace = grace_days_for(book, group_number=group.group_number, state=group.state,
                           group_grace_days=group.grace_days)
    months = cycle_months(group.billing_mode, book)
    lead = int(book.value("bill_lead_days", state=group.state, group=group.group_number))
    upcoming = next_bill(ctx.today, effective_date=group.effective_date, bill_day=group.bill_day,
                         months=months, lead_days=lead)
    acct = Account(ctx.today, grace, bills, payments, alloc, delinquency(alloc, ctx.today, grace), upcoming, lead)
    acct.cycle = months
    return acct


def next_bill_view(acct: Account) -> dict:
    n = acct.next
    return {"period": n.period, "bill_date": n.bill_date, "due_date": n.due_date}


def bill_summary(acct: Account, status) -> dict:
    """A bill with what was paid on it, as templates format it."""
    from datetime import timedelta
    b = status.bill
    return {"bill_number": b.bill_number, "period": b.period, "due_date": b.due_date, "total": b.total,
            "paid": status.paid, "open": status.open, "grace_end": b.due_date + timedelta(days=acct.grace_days),
            "prepared": b.due_date - timedelta(days=acct.lead_days),
            "payments": [{"payment_id": pid, "amount": amt} for pid, amt in status.payments],
            "past_due": b.due_date + timedelta(days=acct.grace_days) < acct.today and status.open > 0,
            "due": b.due_date <= acct.today}
