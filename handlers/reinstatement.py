"""reinstatement: by the time since lapse — back premium only, an application with health
questions (escalated to underwriting), or a new application; with the back premium amount."""
from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from handlers.effects import reinstatement as reinstatement_path
from handlers.effects import rule
from handlers.flow import Flow
from handlers.premiums import policy_premium
from handlers.registry import EscalationRequest, HandlerContext, handles
from handlers.rules import RuleBook

SECTIONS = {"back_premium": "reinstating-within-31-days-of-the-lapse",
            "application": "the-reinstatement-window-after-31-days",
            "new_application": "beyond-the-reinstatement-window"}


@handles("reinstatement", description="bring lapsed coverage back in force")
async def reinstatement(ctx: HandlerContext, turn):
    flow = Flow.resume(ctx, turn, "reinstatement")
    if flow.declined:
        return flow.cancelled()
    ask = await flow.need_person("reinstatement")
    if ask:
        return ask
    records, stop = await flow.need_policies(
        "reinstatement", lambda r: r.policy.status in ("lapsed", "terminated"), several=False)
    if stop:
        return stop
    r, book, group = records[0], RuleBook(), ctx.repo.group
    employee = await flow.employee()
    monthly = await policy_premium(ctx.repo, r, {}) or Decimal(0)
    grace = rule(book, "grace_days", r.product, group)
    lapse = r.policy.termination_date or (r.policy.paid_to_date + timedelta(days=int(grace)))
    path = reinstatement_path(monthly=monthly, lapse=lapse, paid_to=r.policy.paid_to_date, today=ctx.today,
                              no_evidence_days=rule(book, "reinstatement_no_evidence_days", r.product, group),
                              window_months=rule(book, "reinstatement_window_months", r.product, group))
    view = {"employee": employee.full_name, "product": r.product.name, "policy_number": r.policy.policy_number,
            "status": r.policy.status, "lapse": path.lapse, "days_since": path.days_since, "path": path.path,
            "window_ends": path.window_ends, "paid_to": r.policy.paid_to_date, "monthly": monthly,
            "months_due": path.months_due, "back_premium": path.back_premium,
            "no_evidence_days": rule(book, "reinstatement_no_evidence_days", r.product, group),
            "window_months": rule(book, "reinstatement_window_months", r.product, group)}
    citations = await flow.cite("reinstatement", SECTIONS[path.path], "reinstate lapsed policy")
    view["citations"] = citations
    if path.path == "new_application":
        return flow.done("reinstatement/preview", view, citations=citations)
    if not flow.confirming:
        return flow.confirm("reinstatement/preview", view, citations=citations)
    escalate = None
    if path.path == "application":
        escalate = EscalationRequest("rule_requires_human",
                                     f"Reinstatement of {r.policy.policy_number} needs an application with health "
                                     f"questions (lapsed {path.lapse}); send it and route to underwriting.", 3)
    payload = {"employee_id": employee.employee_id, "policy_number": r.policy.policy_number, "path": path.path,
               "lapse_date": path.lapse, "months_due": path.months_due, "back_premium": path.back_premium,
               "evidence_required": path.path == "application"}
    return flow.submit("reinstatement/submitted", view, payload, citations=citations, escalate=escalate)
