"""termination: end an employee's coverage (refund by the product's method, retro window,
portability and conversion), or surrender a cash-value policy (cash value − loan balance)."""
from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from handlers.effects import rule, surrender_value, termination_refund
from handlers.flow import Flow, to_date
from handlers.premiums import policy_premium
from handlers.registry import EscalationRequest, HandlerContext, handles
from handlers.rules import RuleBook

SURRENDER_WORDS = ("surrender", "cash value", "cash out", "cash it in", "cash in the policy")


@handles("termination", description="end an employee's coverage or surrender a policy")
async def termination(ctx: HandlerContext, turn):
    flow = Flow.resume(ctx, turn, "termination")
    if flow.declined:
        return flow.cancelled()
    if flow.mentions(SURRENDER_WORDS):
        flow.data["surrender"] = True
    family = "surrender" if flow.data.get("surrender") else "termination"
    ask = await flow.need_person(family)
    if ask:
        return ask
    if flow.data.get("surrender"):
        return await _surrender(flow)
    return await _terminate(flow)


async def _surrender(flow: Flow):
    ctx, book, group = flow.ctx, RuleBook(), flow.ctx.repo.group
    records, stop = await flow.need_policies(
        "surrender", lambda r: r.policy.status == "active" and r.policy.cash_value is not None, several=False)
    if stop:
        return stop
    r = records[0]
    employee = await flow.employee()
    value = surrender_value(r.policy.cash_value, r.policy.loan_balance)
    view = {"employee": employee.full_name, "product": r.product.name, "policy_number": r.policy.policy_number,
            "cash_value": r.policy.cash_value, "loan_balance": r.policy.loan_balance or Decimal(0), "value": value,
            "deferral_months": rule(book, "loan_deferral_months", r.product, group), "as_of": ctx.today}
    citations = await flow.cite("surrender", "surrender-value", "surrender value cash value loan")
    view["citations"] = citations
    if not flow.confirming:
        return flow.confirm("termination/surrender_preview", view, citations=citations)
    payload = {"surrender": True, "employee_id": employee.employee_id, "policy_number": r.policy.policy_number,
               "cash_value": r.policy.cash_value, "loan_balance": r.policy.loan_balance, "surrender_value": value,
               "owner_signature_required": True}
    return flow.submit("termination/surrender_submitted", view, payload, citations=citations)


async def _terminate(flow: Flow):
    ctx, book, group = flow.ctx, RuleBook(), flow.ctx.repo.group
    records, stop = await flow.need_policies("termination", lambda r: r.policy.status == "active", several=True)
    if stop:
        return stop
    employee = await flow.employee()
    error = flow.take_date("date", earliest=min(r.policy.issue_date for r in records))
    ended = to_date(flow.data.get("date"))
    if ended is None and employee.termination_date and flow.asked != "date" and not error:
        ended = employee.termination_date                 # the feed already knows the date
        flow.data["date"] = ended.isoformat()
    if error or ended is None:
        return flow.ask("date", "changes/ask", {"family": "termination", "employee": employee.full_name,
                                                "error": None, **(error or {}), "today": ctx.today})
    records = [r for r in records if r.policy.issue_date <= ended] or records

    cache: dict = {}
    limit = Decimal(str(rule(book, "refund_approval_limit", group=group)))
    portable = set(book.data.get("portable_lines") or ())
    convertible = set(book.data.get("conversion_lines") or ())
    window = int(rule(book, "conversion_window_days", group=group))
    lines, total, beyond = [], Decimal(0), False
    for r in records:
        monthly = await policy_premium(ctx.repo, r, cache) or Decimal(0)
        retro = rule(book, "max_retro_days", r.product, group)
        refund = termination_refund(monthly=monthly, termination=ended, paid_to=r.policy.paid_to_date,
                                    today=ctx.today, method=r.product.refund_method, max_retro_days=retro)
        beyond = beyond or refund.beyond_window
        total += refund.amount
        lines.append({"product": r.product.name, "policy_number": r.policy.policy_number, "monthly": monthly,
                      "method": refund.method, "coverage_ends": refund.coverage_ends, "counted_from": refund.counted_from,
                      "counted_month": f"{refund.counted_from:%B %Y}",
                      "units": refund.units, "refund": refund.amount, "paid_to": r.policy.paid_to_date,
                      "beyond_window": refund.beyond_window, "max_retro_days": retro,
                      "portable": r.product.line in portable, "convertible": r.product.line in convertible,
                      "option_deadline": refund.coverage_ends + timedelta(days=window),
                      "cash_value": r.policy.cash_value})
    view = {"employee": employee.full_name, "termination": ended, "policies": lines, "total": total,
            "beyond_window": beyond, "over_limit": total > limit, "limit": limit, "window": window}
    citations = await flow.cite("premium-refunds", "retroactive-terminations" if beyond
                                else "how-a-termination-refund-is-calculated", "termination refund")
    if any(x["portable"] or x["convertible"] for x in lines):
        citations += await flow.cite("conversion-and-portability", "portability", "portability conversion")
    view["citations"] = citations
    if not flow.confirming:
        return flow.confirm("termination/preview", view, citations=citations)
    reasons = []
    if beyond:
        reasons.append(f"termination date {ended} is beyond the retro window; refund counted from the limit")
    if total > limit:
        reasons.append(f"refund {total} is above the {limit} approval limit")
    escalate = EscalationRequest("rule_requires_human", "Approve the termination refund: " + "; ".join(reasons) + ".",
                                 2) if reasons else None
    payload = {"employee_id": employee.employee_id, "termination_date": ended, "policies": lines,
               "total_refund": total, "needs_approval": bool(reasons)}
    return flow.submit("termination/submitted", view, payload, citations=citations, escalate=escalate)
