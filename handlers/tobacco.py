"""tobacco_change: move an insured to non-tobacco (or tobacco) rates, with the refund or the bill.

SPEC.md: to non-tobacco needs a signed statement of `tobacco_free_months` without tobacco or
nicotine; effective the first of the month after the request, or an earlier date the employer
gives if not more than `max_retro_days` before the request (earlier: an administrator decides).
Refund = (old monthly − new monthly) × whole months from the effective date to the paid-to
date (reverse and rebill). To tobacco: from the reported date, the difference is billed.
"""
from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from handlers.effects import first_of_next_month, rule, tobacco_change
from handlers.flow import Flow, to_date
from handlers.premiums import per_pay_amount, policy_premium
from handlers.registry import EscalationRequest, HandlerContext, handles
from handlers.rules import RuleBook

FAMILY = "tobacco"
TO_TOBACCO = ("started smoking", "started using", "smokes", "smoker now", "uses tobacco", "is a smoker",
              "began smoking", "start smoking", "started vaping", "to tobacco", "tobacco rate", "back to smoking",
              "smoking again", "wrongly classed as non")
TO_NON = ("quit", "stopped", "non-tobacco", "non tobacco", "nontobacco", "non-smoker", "nonsmoker", "no longer",
          "tobacco-free", "tobacco free", "doesn't smoke", "does not smoke", "gave up")


@handles("tobacco_change", description="change an insured's tobacco status")
async def tobacco(ctx: HandlerContext, turn):
    flow = Flow.resume(ctx, turn, "tobacco_change")
    if flow.declined:
        return flow.cancelled()
    confirming = flow.confirming
    book, group = RuleBook(), ctx.repo.group

    ask = await flow.need_person(FAMILY)
    if ask:
        return ask
    if flow.mentions(TO_NON):
        flow.data["to_tobacco"] = False
    elif flow.mentions(TO_TOBACCO):
        flow.data["to_tobacco"] = True
    employee = await flow.employee()
    if "to_tobacco" not in flow.data:
        return flow.ask("direction", "changes/ask", {"family": FAMILY, "employee": employee.full_name,
                                                     "tobacco_free_months": rule(book, "tobacco_free_months", group=group)},
                        suggestions=["Non-tobacco", "Tobacco"])
    to_tobacco = bool(flow.data["to_tobacco"])
    records, stop = await flow.need_policies(
        FAMILY, lambda r: r.policy.status == "active", several=True)
    if stop:
        return stop

    first_issue = min(r.policy.issue_date for r in records)
    retro = rule(book, "max_retro_days", records[0].product, group)
    error = flow.take_date("date", earliest=first_issue)
    requested = to_date(flow.data.get("date"))
    if error or (to_tobacco and requested is None):
        return flow.ask("date", "changes/ask", {
            "family": FAMILY, "employee": employee.full_name, "to_tobacco": to_tobacco, "error": None, **(error or {}),
            "default_date": first_of_next_month(ctx.today), "max_retro_days": retro,
            "earliest": ctx.today - timedelta(days=int(retro)), "today": ctx.today})

    cache: dict = {}
    mode = group.billing_mode
    lines, total, beyond = [], Decimal(0), False
    for r in records:
        old = await policy_premium(ctx.repo, r, cache)
        new = await policy_premium(ctx.repo, r, cache, tobacco=to_tobacco)
        if old is None or new is None:
            continue                                  # no rate row: the premium can't be computed
        retro = rule(book, "max_retro_days", r.product, group)
        effect = tobacco_change(to_tobacco=to_tobacco, old_monthly=old, new_monthly=new, today=ctx.today,
                                requested=requested, paid_to=r.policy.paid_to_date, max_retro_days=retro)
        beyond = beyond or effect.beyond_window
        total += effect.amount
        lines.append({"product": r.product.name, "policy_number": r.policy.policy_number,
                      "already": r.policy.tobacco == to_tobacco, "old_monthly": old, "new_monthly": new, "difference": abs(old - new),
                      "old_per_pay": per_pay_amount(old, mode, book), "new_per_pay": per_pay_amount(new, mode, book),
                      "effective": effect.effective, "earliest": effect.earliest, "paid_to": r.policy.paid_to_date,
                      "months": effect.months, "amount": effect.amount, "max_retro_days": retro})
    changing = [x for x in lines if not x["already"] and x["difference"]]
    unrated = [x for x in lines if not x["already"] and not x["difference"]]
    limit = Decimal(str(rule(book, "refund_approval_limit", group=group)))
    view = {"employee": employee.full_name, "to_tobacco": to_tobacco, "policies": lines, "changing": changing, "unrated": unrated,
            "total": total, "beyond_window": beyond, "requested": requested, "mode": mode,
            "over_limit": (not to_tobacco) and total > limit, "limit": limit,
            "tobacco_free_months": rule(book, "tobacco_free_months", group=group)}
    section = "reporting-tobacco-use" if to_tobacco else (
        "refund-after-a-change-to-non-tobacco" if total else "changing-to-non-tobacco-rates")
    citations = await flow.cite("tobacco-status", section, "change to non-tobacco rates refund")
    view["citations"] = citations
    if not changing:
        return flow.done("tobacco/nothing_to_change", view, citations=citations)
    if not confirming:
        return flow.confirm("tobacco/preview", view, citations=citations)

    reasons = []
    if beyond:
        reasons.append(f"the requested date {requested} is more than the allowed retro window before the request")
    if view["over_limit"]:
        reasons.append(f"the refund {total} is above the {limit} approval limit")
    escalate = EscalationRequest(
        "rule_requires_human", "Approve the tobacco change: " + "; ".join(reasons) + ".", 2) if reasons else None
    payload = {"employee_id": employee.employee_id, "employee": employee.full_name,
               "to_tobacco": to_tobacco, "policies": changing, "total": total,
               "refund_or_bill": "bill" if to_tobacco else "refund",
               "signed_statement_required": not to_tobacco, "needs_approval": bool(reasons)}
    return flow.submit("tobacco/submitted", view, payload, citations=citations, escalate=escalate)
