"""group_cancellation: a conservation conversation — what is behind it, what would change the
employer's mind, alternatives from the group's own data — and a high-priority escalation.
Nothing is cancelled by the assistant."""
from __future__ import annotations

from decimal import Decimal

from handlers.flow import Flow
from handlers.premiums import policy_premium
from handlers.registry import EscalationRequest, HandlerContext, handles
from handlers.rules import RuleBook

REASONS = (("cost", ("cost", "expensive", "price", "afford", "premium", "budget", "cheaper")),
           ("carrier", ("carrier", "switch", "another insurer", "competitor", "broker", "moving to")),
           ("closing", ("closing", "sold", "selling", "shutting", "out of business", "bankrupt", "merg")),
           ("service", ("service", "billing problems", "errors", "frustrat", "complain", "slow")),
           ("participation", ("nobody", "few employees", "participation", "no one uses", "low enrollment")))


@handles("group_cancellation", description="end the group plan")
async def group_cancellation(ctx: HandlerContext, turn):
    flow = Flow.resume(ctx, turn, "group_cancellation")
    group = ctx.repo.group
    for reason, words in REASONS:
        if flow.mentions(words):
            flow.data["reason"] = reason
            break
    if "reason" not in flow.data and flow.asked != "reason":
        return flow.ask("reason", "changes/ask", {"family": "cancellation", "group_name": group.name},
                        suggestions=["The cost", "Switching carriers", "Closing the business", "Service issues"])
    reason = flow.data.get("reason", "other")
    records = [r for r in await ctx.repo.all_policies() if r.policy.status == "active"]
    cache: dict = {}
    total = Decimal(0)
    riders = Decimal(0)
    for r in records:
        total += await policy_premium(ctx.repo, r, cache) or Decimal(0)
        riders += sum((x.monthly for x in r.riders), Decimal(0))
    book = RuleBook()
    view = {"group_name": group.name, "reason": reason, "total": total, "riders": riders, "policies": len(records),
            "employees": len({r.employee.id for r in records}), "mode": group.billing_mode,
            "window": book.value("conversion_window_days", state=group.state, group=group.group_number)}
    citations = await flow.cite("group-cancellation", "before-you-cancel-the-group-plan", "cancel group plan")
    view["citations"] = citations
    return flow.done("cancellation/conservation", view, citations=citations, escalate=EscalationRequest(
        "group_cancellation", f"Conservation: {group.name} is considering ending the plan (reason: {reason}; "
        f"{len(records)} active policies, {total} a month). Call the employer today.", 1))
