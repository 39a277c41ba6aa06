"""Rule computations from SPEC.md, as pure functions over plain values.

Rates and limits come from the feed (products, groups) and from `rules.yaml`;
nothing here knows a number of its own beyond what SPEC.md defines as arithmetic.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from importlib import resources
from typing import Any, Iterable, Mapping

import yaml

CENT = Decimal("0.01")


def money(value: Any) -> Decimal:
    """Round half up to cents (the only rounding SPEC.md allows)."""
    return Decimal(str(value)).quantize(CENT, rounding=ROUND_HALF_UP)


@lru_cache(maxsize=1)
def rule_data() -> dict:
    text = resources.files("handlers").joinpath("rules.yaml").read_text()
    return yaml.safe_load(text)


class RuleBook:
    """Looks a rule value up: group override > state override > product field > default."""

    def __init__(self, data: Mapping | None = None):
        self.data = data if data is not None else rule_data()

    def value(self, name: str, *, product: Mapping | None = None, state: str | None = None,
              group: str | None = None) -> Any:
        group_rules = (self.data.get("groups") or {}).get(group or "", {})
        if name in group_rules:
            return group_rules[name]
        state_rules = (self.data.get("states") or {}).get(state or "", {})
        if name in state_rules:
            return state_rules[name]
        if product is not None and product.get(name) is not None:
            return product[name]
        return self.data["defaults"][name]

    def deductions_per_year(self, mode: str) -> int | None:
        return self.data["deductions_per_year"].get(mode)

    def direct_bill_months(self, mode: str) -> int | None:
        return self.data["direct_bill_months"].get(mode)


def issue_age(dob: date, issue_date: date) -> int:
    """Whole years on the issue date."""
    years = issue_date.year - dob.year
    if (issue_date.month, issue_date.day) < (dob.month, dob.day):
        years -= 1
    return years


@dataclass(frozen=True)
class RateNotFound(Exception):
    product: str
    detail: str

    def __str__(self) -> str:
        return f"no rate in product {self.product} for {self.detail}"


def base_monthly(product: Mapping, *, tier: str | None, tobacco: bool, age: int | None,
                 benefit: Any = None) -> Decimal:
    """Unrounded monthly premium before riders (SPEC.md 'monthly premium')."""
    rates: Iterable[Mapping] = product.get("rates") or []
    if product["rate_basis"] == "tier":
        for r in rates:
            if r.get("tier") == tier and bool(r.get("tobacco")) == bool(tobacco):
                return Decimal(str(r["monthly"]))
        raise RateNotFound(product["code"], f"tier {tier}, tobacco {tobacco}")
    if product["rate_basis"] == "per_unit":
        for r in rates:
            if (r["age_min"] <= (age or 0) <= r["age_max"]) and bool(r.get("tobacco")) == bool(tobacco):
                return Decimal(str(r["monthly"])) * Decimal(str(benefit or 0)) / Decimal(str(product["unit"]))
        raise RateNotFound(product["code"], f"issue age {age}, tobacco {tobacco}")
    raise RateNotFound(product["code"], f"rate basis {product['rate_basis']}")


def monthly_premium(product: Mapping, *, tier: str | None, tobacco: bool, age: int | None,
                    benefit: Any = None, riders: Iterable[Mapping] = ()) -> Decimal:
    total = base_monthly(product, tier=tier, tobacco=tobacco, age=age, benefit=benefit)
    total += sum((Decimal(str(r["monthly"])) for r in riders), Decimal(0))
    return money(total)


def per_pay(monthly: Decimal, mode: str, book: RuleBook | None = None) -> Decimal:
    """Per-pay deduction (payroll modes) or direct-bill installment for a billing mode."""
    book = book or RuleBook()
    n = book.deductions_per_year(mode)
    if n:
        return money(Decimal(monthly) * 12 / n)
    months = book.direct_bill_months(mode)
    if months:
        return money(Decimal(monthly) * months)
    raise ValueError(f"unknown billing mode {mode!r}")
