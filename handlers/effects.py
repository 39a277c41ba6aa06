"""Rule computations for policy changes (SPEC.md "Rules"), as pure functions over plain values.

Limits come in as arguments (looked up with RuleBook from product, state and group data and
rules.yaml); nothing here knows a number of its own beyond SPEC.md's arithmetic and the
calendar. Handlers call these and only format the results.
"""
from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any, Mapping

from handlers.rules import RuleBook, money

TIER_FOR = {(False, False): "employee", (True, False): "employee_spouse",
            (False, True): "employee_children", (True, True): "family"}
SPOUSE_RELATIONS = ("spouse", "domestic_partner")


# ------------------------------------------------------------------ calendar
def first_of_next_month(d: date) -> date:
    return date(d.year + (d.month == 12), d.month % 12 + 1, 1)


def month_end(d: date) -> date:
    return d.replace(day=calendar.monthrange(d.year, d.month)[1])


def add_months(d: date, months: int) -> date:
    index = d.year * 12 + d.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(d.day, calendar.monthrange(year, month + 1)[1]))


def whole_months(start: date, end: date | None) -> int:
    """Whole months from start to end (0 when end is not after start)."""
    if end is None or end <= start:
        return 0
    months = (end.year - start.year) * 12 + (end.month - start.month)
    if end.day < start.day:
        months -= 1
    return max(0, months)


def age_on(dob: date, on: date) -> int:
    years = on.year - dob.year
    if (on.month, on.day) < (dob.month, dob.day):
        years -= 1
    return years


# ------------------------------------------------------------------ rule lookups
def product_terms(product: Any) -> dict:
    """A Product row as the RuleBook reads it (its own fields override the defaults)."""
    fields = ("code", "line", "refund_method", "max_retro_days", "child_max_age", "spouse_max_age",
              "guaranteed_issue", "max_benefit", "loan_interest_rate", "max_loan_ratio", "unit")
    terms = {name: getattr(product, name, None) for name in fields}
    windows = RuleBook().data.get("reinstatement_window_months", {})
    terms["reinstatement_window_months"] = windows.get(terms["line"])
    return terms


def rule(book: RuleBook, name: str, product: Any = None, group: Any = None) -> Any:
    """group > state > product > default, for the caller's group and the policy's product."""
    terms = product_terms(product) if product is not None and not isinstance(product, Mapping) else product
    return book.value(name, product=terms, state=getattr(group, "state", None),
                      group=getattr(group, "group_number", None))


def optional_rule(book: RuleBook, name: str, product: Any = None, group: Any = None) -> Any:
    try:
        return rule(book, name, product, group)
    except KeyError:
        return None


# ------------------------------------------------------------------ tobacco
@dataclass(frozen=True)
class TobaccoEffect:
    effective: date
    requested: date | None          # the date the employer gave
    earliest: date                  # the retro limit
    beyond_window: bool             # the employer's date was earlier than the limit
    months: int                     # whole months from the effective date to the paid-to date
    difference: Decimal             # old − new monthly (positive: refund)
    amount: Decimal                 # refund (to non-tobacco) or additional premium (to tobacco)


def tobacco_change(*, to_tobacco: bool, old_monthly: Decimal, new_monthly: Decimal, today: date,
                   requested: date | None, paid_to: date | None, max_retro_days: int) -> TobaccoEffect:
    earliest = today - timedelta(days=int(max_retro_days))
    beyond = not to_tobacco and requested is not None and requested < earliest
    if to_tobacco:
        effective = requested or today            # from the reported date; the difference is billed
    elif requested is None:
        effective = first_of_next_month(today)
    else:
        effective = max(requested, earliest)
    months = whole_months(effective, paid_to)
    difference = Decimal(old_monthly) - Decimal(new_monthly)
    amount = money(abs(difference) * months)
    return TobaccoEffect(effective, requested, earliest, beyond, months, difference, amount)


# ------------------------------------------------------------------ termination refund
@dataclass(frozen=True)
class TerminationRefund:
    termination: date
    counted_from: date              # the termination date, or the retro limit when earlier
    beyond_window: bool
    coverage_ends: date
    method: str                     # whole_month | pro_rata
    units: int                      # months or days paid after the end
    amount: Decimal


def termination_refund(*, monthly: Decimal, termination: date, paid_to: date | None, today: date,
                       method: str, max_retro_days: int) -> TerminationRefund:
    limit = today - timedelta(days=int(max_retro_days))
    counted = max(termination, limit)
    if method == "pro_rata":
        ends = termination
        # paid_to is the first unpaid day: the days paid after `counted` are counted+1 … paid_to−1
        units = max(0, (paid_to - counted).days - 1) if paid_to else 0
        amount = money(Decimal(monthly) * 12 / 365 * units)
    else:
        ends = month_end(termination)
        units = whole_months(first_of_next_month(counted), paid_to)
        amount = money(Decimal(monthly) * units)
    return TerminationRefund(termination, counted, termination < limit, ends, method, units, amount)


# ------------------------------------------------------------------ dependents
def tier_for(relations: list[str]) -> str:
    spouse = any(r in SPOUSE_RELATIONS for r in relations)
    children = any(r == "child" for r in relations)
    return TIER_FOR[(spouse, children)]


def dependent_eligible(relation: str, age: int, *, child_max_age: int, spouse_max_age: int) -> bool:
    if relation == "child":
        return 0 <= age < int(child_max_age)
    return 0 <= age <= int(spouse_max_age)


# ------------------------------------------------------------------ benefits
@dataclass(frozen=True)
class BenefitCheck:
    outcome: str                    # ok | evidence | above_max | not_a_step | not_positive | unchanged
    steps: tuple[Decimal, ...] = ()  # nearest allowed amounts when `not_a_step`


def benefit_check(*, current: Decimal | None, new: Decimal, unit: Decimal | None,
                  guaranteed_issue: Decimal | None, max_benefit: Decimal | None) -> BenefitCheck:
    new = Decimal(new)
    if new <= 0:
        return BenefitCheck("not_positive")
    if max_benefit is not None and new > Decimal(max_benefit):
        return BenefitCheck("above_max")
    if unit and new % Decimal(unit):
        low = (new // Decimal(unit)) * Decimal(unit)
        steps = tuple(s for s in (low, low + Decimal(unit)) if s > 0 and (max_benefit is None or s <= max_benefit))
        return BenefitCheck("not_a_step", steps)
    if current is not None and new == Decimal(current):
        return BenefitCheck("unchanged")
    increase = current is None or new > Decimal(current)
    if increase and guaranteed_issue is not None and new > Decimal(guaranteed_issue):
        return BenefitCheck("evidence")
    return BenefitCheck("ok")


def in_annual_enrollment(today: date, plan_start: date, days: int) -> tuple[bool, date]:
    """(inside the window, next plan-year anniversary): the window is `days` before the anniversary."""
    year = today.year
    anniversary = plan_start.replace(year=year) if not (plan_start.month == 2 and plan_start.day == 29) \
        else date(year, 3, 1)
    if anniversary <= today:
        anniversary = anniversary.replace(year=year + 1)
    return anniversary - timedelta(days=int(days)) <= today, anniversary


# ------------------------------------------------------------------ reinstatement
@dataclass(frozen=True)
class ReinstatementPath:
    path: str                       # back_premium | application | new_application
    lapse: date
    days_since: int
    window_ends: date
    months_due: int
    back_premium: Decimal


def reinstatement(*, monthly: Decimal, lapse: date, paid_to: date | None, today: date,
                  no_evidence_days: int, window_months: int) -> ReinstatementPath:
    days = (today - lapse).days
    window_ends = add_months(lapse, int(window_months))
    if days <= int(no_evidence_days):
        path = "back_premium"
    elif today <= window_ends:
        path = "application"
    else:
        path = "new_application"
    # back premium brings the paid-to date past today: every month from the paid-to date on
    due = whole_months(paid_to, first_of_next_month(today)) if paid_to else 0
    return ReinstatementPath(path, lapse, days, window_ends, due, money(Decimal(monthly) * due))


# ------------------------------------------------------------------ loans and surrender
def loan_available(cash_value: Decimal | None, loan_balance: Decimal | None, ratio: Decimal) -> Decimal:
    value = Decimal(ratio) * Decimal(cash_value or 0) - Decimal(loan_balance or 0)
    return money(max(value, Decimal(0)))


def surrender_value(cash_value: Decimal | None, loan_balance: Decimal | None) -> Decimal:
    return money(Decimal(cash_value or 0) - Decimal(loan_balance or 0))


# ------------------------------------------------------------------ bank drafts
def aba_valid(routing: str) -> bool:
    """ABA routing number check digit (3-7-1 weights)."""
    if len(routing) != 9 or not routing.isdigit():
        return False
    digits = [int(c) for c in routing]
    return sum(d * w for d, w in zip(digits, (3, 7, 1) * 3)) % 10 == 0


def first_draft(today: date, draft_day: int) -> date:
    """The first draft covers the first month no longer deducted from pay (next month)."""
    month = first_of_next_month(today)
    return month.replace(day=min(int(draft_day), calendar.monthrange(month.year, month.month)[1]))
