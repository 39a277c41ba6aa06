"""Conversation-level intents: greeting, goodbye, out of scope, asking for a person."""
from __future__ import annotations

from handlers.registry import Answer, EscalationRequest, HandlerContext, handles

# what the assistant can do, shown after a greeting or an out-of-scope message
CAPABILITIES = [
    "look up an employee's coverage, premium and dates",
    "explain billing modes and per-pay amounts",
    "check bills, payments and what is past due",
    "reconcile a list bill against payroll deductions",
    "refunds, suspense, dependents, tobacco changes, reinstatements and loans",
]


@handles("greeting", description="say hello")
async def greeting(ctx: HandlerContext, turn) -> Answer:
    return Answer("conversation/greeting", {"group_name": ctx.repo.group.name, "capabilities": CAPABILITIES})


@handles("goodbye", description="close the conversation")
async def goodbye(ctx: HandlerContext, turn) -> Answer:
    return Answer("conversation/goodbye", {"group_name": ctx.repo.group.name})


@handles("out_of_scope", description="ask about something this assistant does not serve")
async def out_of_scope(ctx: HandlerContext, turn) -> Answer:
    return Answer("conversation/out_of_scope", {"capabilities": CAPABILITIES})


@handles("human_agent", description="talk to a person")
async def human_agent(ctx: HandlerContext, turn) -> Answer:
    return Answer("conversation/human_agent", {},
                  escalate=EscalationRequest("customer_request",
                                             "Read the transcript and reply to the employer.", priority=2))
