"""new_case_setup and portal_help: guided answers from the provision documents, with the group's
own facts (contacts, billing mode, bill day, products); a person if that doesn't answer it."""
from __future__ import annotations

from handlers.flow import Flow
from handlers.provisions import find_provision, group_facts
from handlers.registry import EscalationRequest, HandlerContext, handles

NOT_SOLVED = ("no", "not really", "didn't", "did not", "still", "doesn't", "does not", "nope", "person", "human")


async def _guide(ctx: HandlerContext, turn, intent: str, topic: str):
    flow = Flow.resume(ctx, turn, intent)
    if flow.asked == "more":
        if flow.is_yes():
            return flow.done("guidance/glad", {})
        if flow.mentions(NOT_SOLVED):
            return flow.done("guidance/handed_over", {"topic": topic}, escalate=EscalationRequest(
                "customer_request", f"The guided {topic} answer did not solve it; follow up with the employer.", 3))
    facts = await group_facts(ctx)
    provision = await find_provision(ctx, turn.text if len(turn.text.split()) > 3 else f"{topic} {turn.text}")
    contacts = [{"name": c.name, "email": c.email, "role": c.role.replace("_", " ")} for c in await ctx.repo.contacts()]
    group = ctx.repo.group
    view = {"topic": topic, "intent": intent, "provision": provision.text if provision else None,
            "url": provision.url if provision else None, "group_name": group.name, "group_number": group.group_number,
            "billing_mode": group.billing_mode, "bill_day": group.bill_day, "products": facts["products"],
            "contacts": contacts, "effective_date": group.effective_date, "slot": "more"}
    citations = [provision.citation] if provision else []
    view["citations"] = citations
    if provision is None:
        return flow.done("guidance/handed_over", view, escalate=EscalationRequest(
            "no_provision", f"No provision answers this {topic} question; answer it from the procedures.", 3))
    return flow.ask("more", f"guidance/{intent}", view, citations=citations,
                    suggestions=["Yes, thanks", "No, I need a person"])


@handles("new_case_setup", description="set up a new group or location")
async def new_case_setup(ctx: HandlerContext, turn):
    return await _guide(ctx, turn, "new_case_setup", "new group setup")


@handles("portal_help", description="get help with the billing portal")
async def portal_help(ctx: HandlerContext, turn):
    return await _guide(ctx, turn, "portal_help", "billing portal")
