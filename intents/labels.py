"""Intent and entity labels: the contract of /shared/INTENTS.md, in its table order."""

INTENT_LABELS: tuple[str, ...] = (
    "billing_mode",
    "billing_schedule",
    "bill_reconciliation",
    "payment",
    "accounting_breakdown",
    "premium_refund",
    "policy_suspense",
    "reinstatement",
    "benefit_change",
    "tobacco_change",
    "dependent_change",
    "termination",
    "policy_loan",
    "bank_draft",
    "policy_maintenance",
    "group_contract",
    "claims_eligibility",
    "new_case_setup",
    "portal_help",
    "group_cancellation",
    "coverage_inquiry",
    "human_agent",
    "greeting",
    "goodbye",
    "out_of_scope",
)

OUT_OF_SCOPE = "out_of_scope"

# Intents that open or close a conversation or ask for a person: never reported as the
# "second request" of a message, because they are not requests a handler answers.
CONVERSATIONAL_INTENTS = frozenset({"greeting", "goodbye", "human_agent", OUT_OF_SCOPE})

ENTITY_LABELS: tuple[str, ...] = (
    "POLICY_NUMBER",
    "GROUP_NUMBER",
    "PERSON",
    "DATE",
    "MONEY",
    "BILLING_MODE",
    "RELATION",
    "PRODUCT",
)
