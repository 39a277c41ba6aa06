"""Billing rule computations from SPEC.md, as pure functions over plain values.

Bill cycle and dates, payment allocation (oldest bill first), delinquency and lapse,
refunds (termination whole_month / pro_rata, death, retro window) and the Section 125
split. Limits and defaults come from rules.yaml through RuleBook; nothing here reads a clock:
callers pass `today` (ctx.today).
"""
from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Iterable, Mapping, Sequence

from handlers import effects
from handlers.rules import RuleBook, money

ZERO = Decimal("0.00")
PAYROLL_MODES = ("monthly", "semimonthly", "biweekly", "weekly")
DIRECT_MODES = ("quarterly", "semiannual", "annual")
ALL_MODES = PAYROLL_MODES + DIRECT_MODES


# ------------------------------------------------------------------ calendar arithmetic

def add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def first_of_month(d: date) -> date:
    return d.replace(day=1)


def first_of_next_month(d: date) -> date:
    return add_months(first_of_month(d), 1)


def whole_months(start: date, end: date) -> int:
    """Whole months from `start` up to `end` (0 when end <= start)."""
    if end <= start:
        return 0
    n = (end.year - start.year) * 12 + end.month - start.month
    while n > 0 and add_months(start, n) > end:
        n -= 1
    return max(n, 0)


# ------------------------------------------------------------------ bill cycle

def cycle_months(mode: str, book: RuleBook) -> int:
    """Months between list bills: payroll modes bill monthly, direct bill every 3/6/12 months."""
    return book.direct_bill_months(mode) or 1


def due_date_for(period: date, bill_day: int) -> date:
    return period.replace(day=min(bill_day, calendar.monthrange(period.year, period.month)[1]))


@dataclass(frozen=True)
class CycleBill:
    period: date          # first day of the billed period
    bill_date: date       # the day the list bill is prepared (due date − bill_lead_days)
    due_date: date


def bill_on_cycle(period: date, bill_day: int, lead_days: int) -> CycleBill:
    due = due_date_for(period, bill_day)
    return CycleBill(period, due - timedelta(days=lead_days), due)


def next_bill(today: date, *, effective_date: date, bill_day: int, months: int, lead_days: int) -> CycleBill:
    """The next list bill on the group's cycle that is prepared after `today`."""
    start = first_of_month(effective_date)
    # jump near today, then walk (the cycle is anchored on the group's effective month)
    steps = max(0, ((today.year - start.year) * 12 + today.month - start.month) // months - 1)
    period = add_months(start, steps * months)
    while True:
        bill = bill_on_cycle(period, bill_day, lead_days)
        if bill.bill_date > today:
            return bill
        period = add_months(period, months)


def period_of(d: date, *, effective_date: date, months: int) -> date:
    """The billing period (on the group's cycle) that contains date `d`."""
    start = first_of_month(effective_date)
    k = ((d.year - start.year) * 12 + d.month - start.month) // months
    return add_months(start, max(k, 0) * months)


def mode_change_effective(next_bill_date: date) -> date:
    """SPEC: a billing-mode change is effective the first day of the month after the next bill date."""
    return first_of_next_month(next_bill_date)


# ------------------------------------------------------------------ payments and delinquency

@dataclass(frozen=True)
class BillRef:
    bill_number: str
    period: date
    due_date: date
    total: Decimal


@dataclass(frozen=True)
class PaymentRef:
    payment_id: str
    received: date
    amount: Decimal
    applied: Decimal
    suspense: Decimal
    method: str = ""
    reference: str | None = None


@dataclass
class BillStatus:
    bill: BillRef
    paid: Decimal = ZERO
    payments: list[tuple[str, Decimal]] = field(default_factory=list)   # (payment id, amount applied)

    @property
    def open(self) -> Decimal:
        return self.bill.total - self.paid


@dataclass
class Allocation:
    bills: list[BillStatus]
    by_payment: dict[str, list[tuple[str, Decimal]]]   # payment id → [(bill number, amount)]
    unallocated: Decimal                                # applied money beyond every bill (a credit)

    def open_bills(self) -> list[BillStatus]:
        return [b for b in self.bills if b.open > 0]


def allocate(bills: Sequence[BillRef], payments: Sequence[PaymentRef]) -> Allocation:
    """Apply each payment's applied amount to the oldest open bill first (suspense stays aside)."""
    statuses = [BillStatus(b) for b in sorted(bills, key=lambda b: (b.period, b.bill_number))]
    by_payment: dict[str, list[tuple[str, Decimal]]] = {}
    i = 0
    left_over = ZERO
    for p in sorted(payments, key=lambda p: (p.received, p.payment_id)):
        remaining = p.applied
        parts = by_payment.setdefault(p.payment_id, [])
        while remaining > 0 and i < len(statuses):
            status = statuses[i]
            take = min(remaining, status.open)
            if take > 0:
                status.paid += take
                status.payments.append((p.payment_id, take))
                parts.append((status.bill.bill_number, take))
                remaining -= take
            if status.open <= 0:
                i += 1
        left_over += remaining
    return Allocation(statuses, by_payment, left_over)


@dataclass(frozen=True)
class Delinquency:
    past_due: bool
    oldest_unpaid: BillStatus | None
    grace_end: date | None          # oldest unpaid bill's due date + grace days: coverage lapses then
    amount_due_now: Decimal         # open on bills already due
    amount_past_due: Decimal        # open on bills whose grace period has ended
    total_open: Decimal             # open on every bill issued, due or not
    days_past_due: int


def delinquency(allocation: Allocation, today: date, grace_days: int) -> Delinquency:
    open_bills = allocation.open_bills()
    grace = timedelta(days=grace_days)
    due_now = sum((b.open for b in open_bills if b.bill.due_date <= today), ZERO)
    past = sum((b.open for b in open_bills if b.bill.due_date + grace < today), ZERO)
    total = sum((b.open for b in open_bills), ZERO)
    oldest = next((b for b in open_bills if b.bill.due_date <= today), None) or (open_bills[0] if open_bills else None)
    grace_end = oldest.bill.due_date + grace if oldest else None
    is_past = bool(grace_end and today > grace_end)
    return Delinquency(is_past, oldest, grace_end, due_now, past, total,
                       (today - grace_end).days if is_past else 0)


def grace_days_for(book: RuleBook, *, group_number: str, state: str, group_grace_days: int | None) -> int:
    """rules.yaml group override > the group's contract (feed) > state override > default."""
    group_rules = (book.data.get("groups") or {}).get(group_number, {})
    if "grace_days" in group_rules:
        return int(group_rules["grace_days"])
    if group_grace_days:
        return int(group_grace_days)
    return int(book.value("grace_days", state=state))


# ------------------------------------------------------------------ refunds

@dataclass(frozen=True)
class RefundCalc:
    amount: Decimal
    method: str                 # whole_month | pro_rata
    event_date: date            # the termination / death date the employer gave
    counted_from: date          # event date, or the retro limit when the event is older
    paid_to: date | None
    months: int = 0
    days: int = 0
    retro_limited: bool = False  # counted only from the retro window: an administrator approves


def termination_refund(monthly: Decimal, method: str, event_date: date, paid_to: date | None, *,
                       today: date, max_retro_days: int) -> RefundCalc:
    """SPEC 'termination refund' — the same computation the termination handler uses
    (handlers.effects.termination_refund): whole_month = monthly × whole months paid after the month
    in which coverage ends; pro_rata = monthly × 12 ÷ 365 × days paid after the termination date
    (paid-to is the first unpaid day); an event older than max_retro_days counts from that limit."""
    r = effects.termination_refund(monthly=Decimal(monthly), termination=event_date, paid_to=paid_to,
                                   today=today, method=method, max_retro_days=max_retro_days)
    months, days = (0, r.units) if r.method == "pro_rata" else (r.units, 0)
    return RefundCalc(r.amount, r.method, event_date, r.counted_from, paid_to, months=months, days=days,
                      retro_limited=r.beyond_window)


def death_refund(monthly: Decimal, death_date: date, paid_to: date | None) -> RefundCalc:
    """Premium paid beyond the policy month of death (whole months after that month)."""
    if paid_to is None:
        return RefundCalc(ZERO, "whole_month", death_date, death_date, None)
    months = whole_months(first_of_next_month(death_date), paid_to)
    return RefundCalc(money(Decimal(monthly) * months), "whole_month", death_date, death_date, paid_to,
                      months=months)


def needs_approval(amount: Decimal, limit: Decimal | float | str, retro_limited: bool) -> bool:
    return retro_limited or Decimal(str(amount)) > Decimal(str(limit))


# ------------------------------------------------------------------ Section 125

def tax_treatment(line: str, *, section_125: bool, book: RuleBook) -> str:
    """'pre-tax' when the group deducts under a Section 125 plan and the product line qualifies."""
    if not section_125:
        return "post-tax"
    return "pre-tax" if line in (book.data.get("section_125_lines") or ()) else "post-tax"


def sum_money(values: Iterable[Decimal]) -> Decimal:
    return sum(values, ZERO)


def group_totals(rows: Iterable[Mapping], key: str) -> list[tuple[str, Decimal, int]]:
    """(key value, total, count) sorted by total descending, then key."""
    totals: dict[str, list] = {}
    for row in rows:
        t = totals.setdefault(str(row[key]), [ZERO, 0])
        t[0] += row["amount"]
        t[1] += 1
    return sorted(((k, v[0], v[1]) for k, v in totals.items()), key=lambda x: (-x[1], x[0]))
