"""Intent handlers. Importing this package registers every handler family, once.

Each family module registers its intents with @handles; tests/test_registry.py checks that every
INTENTS.md label has exactly one handler.
"""
from handlers import conversation, coverage  # noqa: F401  (registration)
from handlers import (bank_draft, benefits, cancellation, claims, contracts, dependents,  # noqa: F401
                      guidance, loans, maintenance, reinstatement, terminations, tobacco)  # policy changes, services
from handlers import (billing_accounting, billing_mode, billing_payments, billing_reconcile,  # noqa: F401
                      billing_refunds, billing_suspense)
from handlers.registry import HANDLERS, Answer, EscalationRequest, HandlerContext, handler_for

__all__ = ["HANDLERS", "Answer", "EscalationRequest", "HandlerContext", "handler_for"]
