"""Intents whose handlers have not landed yet: say honestly what was understood and hand the
conversation to an administrator. Never an invented answer.

When a family's real handler lands, its module registers the intent and the entry here is
dropped (the registry refuses two handlers for one intent).
"""
from __future__ import annotations

from handlers.provisions import find_provision
from handlers.registry import HANDLERS, Answer, EscalationRequest, HandlerContext, handles

# intent → what the employer wants, in their words (INTENTS.md)
NOT_YET_AUTOMATED = {
    "billing_mode": "change or learn about your billing mode and what it does to per-pay amounts",
    "billing_schedule": "know when bills are generated or due, or get a copy of a bill",
    "bill_reconciliation": "reconcile a list bill against payroll deductions",
    "payment": "pay, or check what is owed or whether a payment arrived",
    "accounting_breakdown": "get premium totals split by employee, product, tier or period",
    "premium_refund": "get money back (overpayment, duplicate payment, premium after a termination)",
    "policy_suspense": "understand or apply money held in suspense",
    "reinstatement": "bring lapsed coverage back in force",
    "benefit_change": "add, drop, raise or lower a benefit",
    "tobacco_change": "change an insured's tobacco status",
    "dependent_change": "add or remove a dependent",
    "termination": "end an employee's coverage or surrender a policy",
    "policy_loan": "borrow against a policy's cash value or check a loan",
    "bank_draft": "set up, change or stop a bank draft",
    "policy_maintenance": "change an insured's name, address, date of birth, payroll ID or beneficiary",
    "group_contract": "get or amend the group contract or certificates",
    "claims_eligibility": "check whether someone was covered on a date for a claim",
    "new_case_setup": "set up a new group or location",
    "portal_help": "get help with the billing portal",
    "group_cancellation": "end the group plan",
}
# ending the whole plan goes to the front of the queue (conservation)
PRIORITY = {"group_cancellation": 1}


def _make(intent: str, description: str):
    async def handle(ctx: HandlerContext, turn) -> Answer:
        understood = [{"label": e.label, "text": e.text, "value": e.value} for e in turn.entities]
        # what the provisions say is real information even before the data-driven handler lands
        provision = await find_provision(ctx, turn.text)
        return Answer(
            "dialogue/handed_over",
            {"description": description, "understood": understood,
             "provision": provision.text if provision else None, "provision_url": provision.url if provision else None},
            citations=[provision.citation] if provision else [],
            escalate=EscalationRequest(
                "needs_administrator",
                f"Employer wants to {description}; no automated handler yet — answer from the policy data.",
                priority=PRIORITY.get(intent, 3)),
        )
    handle.__qualname__ = f"pending_{intent}"
    return handle


for _intent, _description in NOT_YET_AUTOMATED.items():
    if _intent not in HANDLERS:
        handles(_intent, description=_description)(_make(_intent, _description))
