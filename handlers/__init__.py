"""Intent handlers. Importing this package registers every handler family, once.

Each family module registers its intents with @handles; `pending` comes last and covers,
honestly, whatever intent has no handler yet.
"""
from handlers import conversation, coverage  # noqa: F401  (registration)
from handlers import pending  # noqa: F401,E402  (must stay last)
from handlers.registry import HANDLERS, Answer, EscalationRequest, HandlerContext, handler_for

__all__ = ["HANDLERS", "Answer", "EscalationRequest", "HandlerContext", "handler_for"]
