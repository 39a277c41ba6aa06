"""Premiums of stored policies, computed with SPEC.md's rules from the product's rate table."""
from __future__ import annotations

from decimal import Decimal

from bot.storage.repository import GroupRepository, PolicyRecord
from handlers.rules import RateNotFound, RuleBook, issue_age, monthly_premium, per_pay


async def product_terms(repo: GroupRepository, record: PolicyRecord, cache: dict) -> dict:
    """The product as rules.monthly_premium reads it (code, basis, unit, rates)."""
    product = record.product
    if product.id not in cache:
        rates = await repo.rates(product.id)
        cache[product.id] = {
            "code": product.code, "rate_basis": product.rate_basis, "unit": product.unit,
            "rates": [{"tier": r.tier, "age_min": r.age_min, "age_max": r.age_max,
                       "tobacco": r.tobacco, "monthly": r.monthly} for r in rates],
        }
    return cache[product.id]


async def policy_premium(repo: GroupRepository, record: PolicyRecord, cache: dict,
                         *, tobacco: bool | None = None, tier: str | None = None,
                         benefit: Decimal | None = None) -> Decimal | None:
    """Monthly premium (None when the rate table has no row for this policy)."""
    terms = await product_terms(repo, record, cache)
    p, e = record.policy, record.employee
    try:
        return monthly_premium(
            terms, tier=tier or p.tier, tobacco=p.tobacco if tobacco is None else tobacco,
            age=issue_age(e.dob, p.issue_date), benefit=benefit if benefit is not None else p.benefit,
            riders=[{"monthly": r.monthly} for r in record.riders])
    except RateNotFound:
        return None


def per_pay_amount(monthly: Decimal | None, mode: str, book: RuleBook | None = None) -> Decimal | None:
    return None if monthly is None else per_pay(monthly, mode, book)
