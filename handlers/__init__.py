"""Intent handlers. Importing this package registers every handler family once."""
from handlers import conversation, coverage, pending  # noqa: F401  (registration)
from handlers.registry import HANDLERS, Answer, EscalationRequest, HandlerContext, handler_for

__all__ = ["HANDLERS", "Answer", "EscalationRequest", "HandlerContext", "handler_for"]
