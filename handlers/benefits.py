"""benefit_change: Section 125 timing, guaranteed issue, evidence of insurability above it
(escalated to underwriting), the maximum, steps of the unit, and the new premium."""
from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from handlers.effects import benefit_check, first_of_next_month, in_annual_enrollment, rule
from handlers.flow import Flow, to_date
from handlers.premiums import per_pay_amount, policy_premium
from handlers.registry import EscalationRequest, HandlerContext, handles
from handlers.rules import RuleBook

NO_EVENT = ("no event", "none", "no qualifying", "no life event", "nothing", "no")


def _event(flow: Flow, book: RuleBook) -> str | None:
    for event, words in (book.data.get("qualifying_life_events") or {}).items():
        if flow.mentions(words):
            return event
    return None


@handles("benefit_change", description="add, drop, raise or lower a benefit")
async def benefit_change(ctx: HandlerContext, turn):
    flow = Flow.resume(ctx, turn, "benefit_change")
    if flow.declined:
        return flow.cancelled()
    ask = await flow.need_person("benefits")
    if ask:
        return ask
    records, stop = await flow.need_policies(
        "benefits", lambda r: r.policy.status == "active" and r.product.rate_basis == "per_unit", several=False)
    if stop:
        return stop
    r, book, group = records[0], RuleBook(), ctx.repo.group
    employee = await flow.employee()
    unit, gi = r.product.unit, rule(book, "guaranteed_issue", r.product, group)
    maximum = rule(book, "max_benefit", r.product, group)
    base = {"family": "benefits", "employee": employee.full_name, "product": r.product.name,
            "policy_number": r.policy.policy_number, "current": r.policy.benefit, "unit": unit,
            "guaranteed_issue": gi, "max_benefit": maximum, "error": None}

    # 1. the amount
    if flow.entities("MONEY") or flow.asked == "amount" or (flow.asked is None and flow.amount()[0] is not None):
        amount, negative = flow.amount()
        if amount is None:
            return flow.ask("amount", "changes/ask", {**base, "error": "bad_amount"})
        amount = -amount if negative else amount
        check = benefit_check(current=r.policy.benefit, new=amount, unit=unit, guaranteed_issue=gi, max_benefit=maximum)
        if check.outcome in ("not_positive", "above_max", "not_a_step", "unchanged"):
            return flow.ask("amount", "changes/ask", {**base, "error": check.outcome, "amount": amount,
                                                      "steps": list(check.steps)})
        flow.data["amount"] = str(amount)
    if "amount" not in flow.data:
        return flow.ask("amount", "changes/ask", base)
    amount = Decimal(flow.data["amount"])

    # 2. Section 125 timing: outside annual enrollment a change needs a qualifying life event
    window = int(rule(book, "qualifying_event_window_days", group=group))
    inside, anniversary = in_annual_enrollment(ctx.today, group.effective_date, rule(book, "annual_enrollment_days", group=group))
    opens = anniversary - timedelta(days=int(rule(book, "annual_enrollment_days", group=group)))
    event_view = {**base, "group_name": group.name, "enrollment_opens": opens, "window": window}
    if group.section_125 and not inside:
        event = _event(flow, book)
        if event:
            flow.data["event"] = event
        if flow.dates() and flow.asked in ("event", None):
            flow.data["event_date"] = flow.dates()[0].isoformat()
        if "event" not in flow.data:
            if flow.asked == "event" and flow.mentions(NO_EVENT):
                return flow.done("benefits/not_now", {**event_view, "error": "no_event"})
            return flow.ask("event", "changes/ask", event_view)
        event_date = to_date(flow.data.get("event_date")) or ctx.today
        if event_date > ctx.today or (ctx.today - event_date).days > window:
            error = "event_too_old" if event_date <= ctx.today else "bad_date"
            return flow.done("benefits/not_now", {**event_view, "error": error, "event": flow.data["event"],
                                                  "event_date": event_date})

    check = benefit_check(current=r.policy.benefit, new=amount, unit=unit, guaranteed_issue=gi, max_benefit=maximum)
    cache: dict = {}
    old = await policy_premium(ctx.repo, r, cache)
    new = await policy_premium(ctx.repo, r, cache, benefit=amount)
    mode = group.billing_mode
    evidence = check.outcome == "evidence"
    view = {**base, "amount": amount, "increase": r.policy.benefit is None or amount > r.policy.benefit,
            "evidence": evidence, "old_monthly": old, "new_monthly": new, "mode": mode,
            "old_per_pay": per_pay_amount(old, mode, book), "new_per_pay": per_pay_amount(new, mode, book),
            "effective": first_of_next_month(ctx.today), "event": flow.data.get("event"),
            "section_125": group.section_125}
    citations = await flow.cite("evidence-of-insurability", "when-evidence-of-insurability-is-needed", "evidence") \
        if evidence else await flow.cite("benefit-changes", "raising-a-benefit-amount" if view["increase"]
                                         else "lowering-a-benefit-amount", "benefit change")
    view["citations"] = citations
    if not flow.confirming:
        return flow.confirm("benefits/preview", view, citations=citations)
    escalate = EscalationRequest(
        "rule_requires_human", f"Evidence of insurability: {amount} on {r.policy.policy_number} is above the "
        f"guaranteed issue amount {gi}; send the health questions and route to underwriting.", 3) if evidence else None
    payload = {"employee_id": employee.employee_id, "policy_number": r.policy.policy_number,
               "old_benefit": r.policy.benefit, "new_benefit": amount, "old_monthly": old, "new_monthly": new,
               "evidence_required": evidence, "qualifying_event": flow.data.get("event"),
               "effective": None if evidence else view["effective"]}
    return flow.submit("benefits/submitted", view, payload, citations=citations, escalate=escalate)
