"""group_contract: generate the group's contract document (printable HTML) from its plan design,
marked draft until an administrator approves it; amendments go to an administrator."""
from __future__ import annotations

from decimal import Decimal

from handlers.effects import optional_rule, rule
from handlers.flow import Flow
from handlers.registry import EscalationRequest, HandlerContext, handles
from handlers.rules import RuleBook

AMEND = ("amend", "amendment", "change the contract", "rider to the contract", "update the contract")


def _pct(value) -> str | None:
    return None if value is None else f"{Decimal(str(value)) * 100:.2f}".rstrip("0").rstrip(".")


async def plan_design(ctx: HandlerContext) -> dict:
    """The group's plan design as the contract shows it (finished figures only)."""
    book, group = RuleBook(), ctx.repo.group
    products = []
    for p in await ctx.repo.products():
        rates = [{"tier": (r.tier or "").replace("_", " + ") or None, "age_min": r.age_min, "age_max": r.age_max,
                  "tobacco": r.tobacco, "monthly": r.monthly} for r in await ctx.repo.rates(p.id)]
        products.append({
            "code": p.code, "name": p.name, "line": p.line.replace("_", " "), "rate_basis": p.rate_basis,
            "unit": p.unit, "rates": rates, "refund_method": p.refund_method.replace("_", " "),
            "max_retro_days": rule(book, "max_retro_days", p, group),
            "guaranteed_issue": optional_rule(book, "guaranteed_issue", p, group),
            "max_benefit": optional_rule(book, "max_benefit", p, group),
            "child_max_age": optional_rule(book, "child_max_age", p, group) if p.rate_basis == "tier" else None,
            "spouse_max_age": optional_rule(book, "spouse_max_age", p, group) if p.rate_basis == "tier" else None,
            "loan_rate_pct": _pct(optional_rule(book, "loan_interest_rate", p, group)),
            "loan_ratio_pct": _pct(optional_rule(book, "max_loan_ratio", p, group)),
            "reinstatement_window_months": optional_rule(book, "reinstatement_window_months", p, group)})
    contacts = [{"name": c.name, "email": c.email, "role": c.role.replace("_", " ")} for c in await ctx.repo.contacts()]
    return {"group_name": group.name, "group_number": group.group_number, "state": group.state,
            "effective_date": group.effective_date, "billing_mode": group.billing_mode,
            "section_125": group.section_125, "bill_day": group.bill_day,
            "grace_days": rule(book, "grace_days", group=group), "products": products, "contacts": contacts,
            "generated_on": ctx.today}


@handles("group_contract", description="get or amend the group contract or certificates")
async def group_contract(ctx: HandlerContext, turn):
    flow = Flow.resume(ctx, turn, "group_contract")
    if flow.declined:
        return flow.cancelled()
    citations = await flow.cite("group-contract", "amending-the-group-contract" if flow.mentions(AMEND)
                                else "getting-a-copy-of-the-contract-or-certificates", "group contract")
    group = ctx.repo.group
    if flow.mentions(AMEND) and flow.asked is None:
        return flow.done("contracts/amend", {"group_name": group.name, "citations": citations}, citations=citations,
                         escalate=EscalationRequest("rule_requires_human", "The employer asks to amend the group "
                                                    "contract; only an officer can change it, in writing.", 3))
    plan = await plan_design(ctx)
    view = {**plan, "citations": citations}
    if not flow.confirming:
        return flow.confirm("contracts/preview", view, citations=citations)
    return flow.submit("contracts/submitted", view, {"document": "group_contract", "approved": False, "plan": plan},
                       citations=citations, escalate=EscalationRequest(
                           "approval_required", "Review and approve the generated group contract draft "
                           "(POST /api/documents/contracts/<service request id>/approve).", 4))
