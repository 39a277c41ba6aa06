"""coverage_inquiry: what an employee has, status, premium, benefit, dates, who is enrolled, counts."""
from __future__ import annotations

from handlers.people import find_subject
from handlers.premiums import per_pay_amount, policy_premium
from handlers.registry import Answer, HandlerContext, handles
from handlers.rules import RuleBook

PAYROLL_MODES = {"monthly", "semimonthly", "biweekly", "weekly"}


def _product_filter(turn) -> set[str]:
    return {e.value for e in turn.entities if e.label == "PRODUCT" and e.value}


async def _person_answer(ctx: HandlerContext, employee_pk: int, only_policy: str | None, products: set[str]) -> Answer:
    repo, book, cache = ctx.repo, RuleBook(), {}
    employee = await repo.employee(employee_pk)
    records = await repo.policies_of(employee_pk)
    if only_policy:
        records = [r for r in records if r.policy.policy_number == only_policy]
    elif products:
        chosen = [r for r in records if r.product.code in products or r.product.line in products]
        records = chosen or records
    mode = repo.group.billing_mode
    policies = []
    for r in records:
        monthly = await policy_premium(repo, r, cache)
        p = r.policy
        policies.append({
            "product": r.product.name, "code": r.product.code, "policy_number": p.policy_number,
            "status": p.status, "tier": (p.tier or "").replace("_", " + ") or None,
            "benefit": p.benefit, "tobacco": p.tobacco, "issue_date": p.issue_date,
            "paid_to_date": p.paid_to_date, "termination_date": p.termination_date,
            "monthly": monthly, "per_pay": per_pay_amount(monthly, mode, book),
            "cash_value": p.cash_value, "loan_balance": p.loan_balance,
            "dependents": [{"name": d.name, "relation": d.relation.replace("_", " ")} for d in r.dependents],
            "riders": [{"code": x.code, "monthly": x.monthly} for x in r.riders],
        })
    active = [x["monthly"] for x in policies if x["status"] == "active" and x["monthly"] is not None]
    total = sum(active) if active else None
    return Answer("coverage/person", {
        "employee": {"name": employee.full_name, "employee_id": employee.employee_id,
                     "status": employee.status, "hire_date": employee.hire_date,
                     "termination_date": employee.termination_date},
        "policies": policies, "mode": mode, "payroll_mode": mode in PAYROLL_MODES,
        "total_monthly": total, "total_per_pay": per_pay_amount(total, mode, book) if total else None,
    }, records=[x["policy_number"] for x in policies])


async def _group_answer(ctx: HandlerContext, products: set[str]) -> Answer:
    repo = ctx.repo
    counts = await repo.counts()
    catalogue = {p.code: p for p in await repo.products()}
    by_product = [{"code": code, "name": catalogue[code].name if code in catalogue else code, "count": n}
                  for code, n in sorted(counts["active_by_product"].items())
                  if not products or code in products or (code in catalogue and catalogue[code].line in products)]
    return Answer("coverage/group", {
        "group_name": repo.group.name, "group_number": repo.group.group_number,
        "employees": counts["employees"], "policies": counts["policies"], "by_product": by_product,
        "filtered": bool(products),
    }, pending={"intent": "coverage_inquiry", "slot": "person"})


@handles("coverage_inquiry", description="look up coverage")
async def coverage_inquiry(ctx: HandlerContext, turn) -> Answer:
    asked_for_name = bool(ctx.pending and ctx.pending.get("slot") == "person")
    subject = await find_subject(ctx, turn, whole_text_is_name=asked_for_name)
    products = _product_filter(turn)
    if subject.status == "found":
        answers = [await _person_answer(ctx, pk, subject.policy_number, products) for pk in subject.employee_pks[:3]]
        if len(answers) == 1:
            return answers[0]
        return Answer("coverage/people", {"people": [a.data for a in answers]},
                      records=[n for a in answers for n in a.records])
    if subject.status == "ambiguous":
        return Answer("coverage/which_person", {"candidates": subject.candidates},
                      suggestions=subject.candidates[:4], pending={"intent": "coverage_inquiry", "slot": "person"})
    if subject.status == "unknown":
        return Answer("coverage/unknown_person", {"query": subject.query, "policy_number": subject.policy_number,
                                                  "group_name": ctx.repo.group.name},
                      pending={"intent": "coverage_inquiry", "slot": "person"})
    return await _group_answer(ctx, products)
