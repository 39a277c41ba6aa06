"""Intent → handler registry (one entry per INTENTS.md label).

Handlers are small async functions `async def handle(ctx, turn) -> Answer`. They read policy
data only through `ctx.repo` (scoped to the caller's group), apply rules from handlers/rules.py,
and return an Answer naming a template and finished figures; the engine renders and stores it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Awaitable, Callable, Protocol


@dataclass(frozen=True)
class EscalationRequest:
    reason: str                 # reason code, e.g. customer_request, low_confidence, rule_requires_human
    next_step: str              # suggested next step for the administrator
    priority: int = 3           # 1 most urgent … 5


@dataclass
class Answer:
    template: str                                    # e.g. "coverage/person" → templates/chat/coverage/person.j2
    data: dict[str, Any] = field(default_factory=dict)
    citations: list[dict] = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)
    escalate: EscalationRequest | None = None
    records: list[str] = field(default_factory=list)  # policy records consulted (policy numbers, bill numbers)
    pending: dict[str, Any] | None = None            # what the handler waits for on the next turn
    service_request: dict[str, Any] | None = None    # {"kind", "payload"} recorded after confirmation


class Turn(Protocol):
    text: str
    intent: str
    entities: list                                   # intents.nlu.Entity
    channel: str


@dataclass
class HandlerContext:
    repo: Any                                        # bot.storage.repository.GroupRepository
    today: date
    knowledge: Any = None                            # knowledge.retrieval.KnowledgeBase or None
    pending: dict[str, Any] | None = None            # the previous turn's Answer.pending


Handler = Callable[[HandlerContext, Any], Awaitable[Answer]]


@dataclass(frozen=True)
class HandlerSpec:
    intent: str
    func: Handler
    description: str                                 # what the employer wants, in their words


HANDLERS: dict[str, HandlerSpec] = {}


class UnknownIntent(KeyError):
    def __str__(self) -> str:
        return (f"no handler registered for intent {self.args[0]!r}; "
                f"register one with @handles({self.args[0]!r}) in a handlers/ module")


def handles(intent: str, *, description: str) -> Callable[[Handler], Handler]:
    def register(func: Handler) -> Handler:
        if intent in HANDLERS and HANDLERS[intent].func is not func:
            raise ValueError(f"intent {intent!r} already handled by {HANDLERS[intent].func.__qualname__}")
        HANDLERS[intent] = HandlerSpec(intent, func, description)
        return func
    return register


def handler_for(intent: str) -> HandlerSpec:
    try:
        return HANDLERS[intent]
    except KeyError:
        raise UnknownIntent(intent) from None
