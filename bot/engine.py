"""The conversation engine: one path for every channel.

store the employer's message → understand → dialogue (pending questions, low confidence)
→ handler from the registry → reply rendered for the channel → store → escalate if asked.
It orchestrates; understanding, handlers, rendering and storage live in their own modules.
"""
from __future__ import annotations

import asyncio
import logging
import time
import weakref
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Awaitable, Callable

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot import conversations as store
from bot import escalation_policy as policy
from bot import logs
from bot.clock import today
from bot.hub import QUEUE_TOPIC, Hub
from bot.metrics import Metrics
from bot.rendering import ReplyRenderer
from bot.storage.models import Conversation, Group
from bot.storage.repository import GroupRepository
from bot.storage.snapshots import SnapshotCache
from handlers import HANDLERS, Answer, EscalationRequest, HandlerContext, handler_for
from handlers.provisions import find_provision
from intents.entities import ProductRef

log = logging.getLogger("employer_assist.engine")

LOW_CONFIDENCE_LIMIT = 2          # SPEC.md: a second low-confidence turn in a row escalates
SHORT_ANSWER_TOKENS = 4           # a reply this short to a pending question answers that question
DATA_LOOKUPS = {"coverage_inquiry"}   # answered from policy data only, never from provision text


@dataclass
class Inbound:
    conversation_id: str
    text: str
    channel: str                   # chat | email
    author: str
    email_message_id: str | None = None


@dataclass
class Turn:
    text: str
    intent: str
    confidence: float
    entities: list
    channel: str
    secondary_intents: list[str] = field(default_factory=list)


def _plain(value: Any) -> Any:
    """JSON-safe copy of handler data for the transcript (Decimals and dates as strings)."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, (Decimal,)) or hasattr(value, "isoformat"):
        return str(value) if isinstance(value, Decimal) else value.isoformat()
    return value


class Engine:
    def __init__(self, sessions: async_sessionmaker[AsyncSession], nlu, hub: Hub, metrics: Metrics,
                 renderer: ReplyRenderer | None = None, knowledge=None):
        self.sessions, self.nlu, self.hub, self.metrics = sessions, nlu, hub, metrics
        self.renderer = renderer or ReplyRenderer()
        self.knowledge = knowledge
        self.snapshots = SnapshotCache()
        # one turn at a time per conversation (chat, email and agent replies included)
        self._locks: weakref.WeakValueDictionary[str, asyncio.Lock] = weakref.WeakValueDictionary()

    def lock(self, conversation_id: str) -> asyncio.Lock:
        lock = self._locks.get(conversation_id)
        if lock is None:
            lock = asyncio.Lock()
            self._locks[conversation_id] = lock
        return lock

    async def handle(self, inbound: Inbound, parts: list[str] | None = None,
                     on_replies: Callable[[AsyncSession, Conversation, list[dict]], Awaitable[None]] | None = None,
                     ) -> tuple[str, list[dict]]:
        """Run one employer turn; returns (conversation status, replies).

        The message is stored once as written; `parts` (e.g. the separate questions of one
        email) are each understood and answered, one reply per part, in one transaction.
        `on_replies` runs inside that transaction (the email channel writes its outbox there,
        so an answer is never stored without its email, nor the other way round).
        """
        logs.conversation_id.set(inbound.conversation_id)
        async with self.lock(inbound.conversation_id):
            started = time.perf_counter()
            # 1. the employer's message is committed before anything else can fail
            async with self.sessions.begin() as session:
                conv = await store.get_conversation(session, inbound.conversation_id)
                msg = await store.add_message(session, conv, "employer", inbound.text, author=inbound.author,
                                              email_message_id=inbound.email_message_id)
                event = {"type": "message", "message": store.message_json(msg)}
                with_person = conv.status in ("waiting_for_agent", "with_agent")
                if with_person:
                    await store.employer_wrote(session, conv)
            await self.hub.publish(inbound.conversation_id, event)
            if with_person:
                # a person is on it; the message waits for them (and their queue shows it)
                await self.hub.publish(QUEUE_TOPIC, {"type": "queue", "conversation_id": conv.id})
                return conv.status, []

            result = await self._answer_parts(inbound, parts, on_replies)
            self.metrics.turn_latency.observe(time.perf_counter() - started)
            return result

    async def answer_stored(self, inbound: Inbound, parts: list[str] | None = None,
                            on_replies: Callable[[AsyncSession, Conversation, list[dict]], Awaitable[None]]
                            | None = None) -> tuple[str, list[dict]]:
        """Answer an employer message that is already stored (recovery after an interruption)."""
        logs.conversation_id.set(inbound.conversation_id)
        async with self.lock(inbound.conversation_id):
            return await self._answer_parts(inbound, parts, on_replies)

    async def _answer_parts(self, inbound: Inbound, parts, on_replies) -> tuple[str, list[dict]]:
        replies, events = [], []
        async with self.sessions.begin() as session:
            conv = await store.get_conversation(session, inbound.conversation_id)
            for part in parts or [inbound.text]:
                reply, part_events = await self._answer(session, conv, inbound, part)
                replies.append(reply)
                events += part_events
                if conv.status != "bot":
                    break                   # handed to a person: they answer the rest
            if on_replies is not None:
                await on_replies(session, conv, replies)
            status = conv.status
        for topic, ev in events:
            await self.hub.publish(topic, ev)
        for reply in replies:
            self.metrics.turns.labels(intent=reply["intent"], channel=inbound.channel).inc()
        return status, replies

    async def _answer(self, session: AsyncSession, conv: Conversation, inbound: Inbound, text: str):
        snapshot = await self.snapshots.get(session, conv.group_id)
        group = snapshot.group
        repo = GroupRepository(session, group, snapshot)
        products = [ProductRef(p.code, p.name, p.line) for p in await repo.products()]
        understanding = self.nlu.parse(text, today=today(), products=products)
        state = dict(conv.state or {})
        pending = state.get("pending")
        turn = Turn(text, understanding.intent, understanding.confidence, list(understanding.entities),
                    inbound.channel, list(understanding.secondary_intents))

        continues_pending = bool(pending) and (
            understanding.intent == pending["intent"] or understanding.low_confidence
            or understanding.intent == "out_of_scope" or len(text.split()) <= SHORT_ANSWER_TOKENS
            or text.count("\n") >= 2)        # pasted lines (a remittance) answer the question asked
        if continues_pending:
            turn.intent = pending["intent"]
            answer = await self._run_handler(repo, turn, pending)
            state["low_confidence_streak"] = 0
        elif understanding.low_confidence:
            streak = state.get("low_confidence_streak", 0) + 1
            state["low_confidence_streak"] = streak
            answer = self._ask_back(understanding, streak)
        else:
            state["low_confidence_streak"] = 0
            # a request beyond the caller's permission is not run; a person takes it
            answer = (policy.permission_answer(await policy.caller(session, conv, group, snapshot.contacts), turn)
                      or await self._run_handler(repo, turn, None))
        provision = await self._general_provision(repo, turn, answer, continues_pending)
        # strong negative wording: still answered, plus an escalation and a "person will follow up" notice
        answer, notices, feeling = policy.review(turn, answer)
        state["pending"] = answer.pending
        for secondary in turn.secondary_intents:
            if secondary in HANDLERS and secondary != turn.intent:
                answer.suggestions.append(HANDLERS[secondary].description.capitalize())
        conv.state = state
        if answer.service_request:        # the handler asked and the employer confirmed
            sr = await store.record_service_request(session, conv, answer.service_request["kind"],
                                                    _plain(answer.service_request["payload"]))
            answer.data = {**answer.data, "service_request_id": sr.id}

        escalation = None
        events: list[tuple[str, dict]] = []
        if answer.escalate:
            escalation = await self._escalate(session, conv, turn, answer.escalate, answer, group, feeling)
            events.append((QUEUE_TOPIC, {"type": "queue", "escalation_id": escalation["id"]}))
        text = self.renderer.render(inbound.channel, answer.template, {**answer.data, "escalation": escalation})
        if provision is not None:
            text = self.renderer.render(inbound.channel, "dialogue/provision_first",
                                        {"provision": provision.text, "url": provision.url}) + "\n\n" + text
        for notice in notices:
            text += "\n\n" + self.renderer.render(inbound.channel, notice, {"escalation": escalation})
        entities = [e.__dict__ if not hasattr(e, "to_json") else e.to_json() for e in turn.entities]
        entities = [{k: d.get(k) for k in ("label", "text", "start", "end", "value")} for d in entities]
        details = {"entities": entities, "records": answer.records, "citations": answer.citations,
                   "suggestions": answer.suggestions, "handled_as": turn.intent,
                   "ranking": [list(r) for r in understanding.ranking[:3]],
                   "data": _plain(answer.data)}
        msg = await store.add_message(session, conv, "bot", text, intent=understanding.intent,
                                      confidence=round(float(understanding.confidence), 4), details=details)
        events.insert(0, (conv.id, {"type": "message", "message": store.message_json(msg)}))
        reply = {"text": msg.text, "intent": understanding.intent,
                 "confidence": round(float(understanding.confidence), 4), "entities": entities,
                 "citations": answer.citations, "suggestions": answer.suggestions, "escalation": escalation}
        return reply, events

    async def _general_provision(self, repo: GroupRepository, turn: Turn, answer: Answer, continues_pending: bool):
        """A general question ("can she change her amount mid-year?") that a handler meets by asking
        who it is about gets the provision's answer first; the handler's question follows."""
        asks_who = bool(answer.pending) and answer.pending.get("slot") == "person"
        names_someone = any(e.label in ("PERSON", "POLICY_NUMBER") for e in turn.entities)
        if not asks_who or continues_pending or names_someone or turn.intent in DATA_LOOKUPS:
            return None
        ctx = HandlerContext(repo=repo, today=today(), knowledge=self.knowledge)
        provision = await find_provision(ctx, turn.text)
        if provision is not None and provision.citation not in answer.citations:
            answer.citations.append(provision.citation)
        return provision

    async def _run_handler(self, repo: GroupRepository, turn: Turn, pending: dict | None) -> Answer:
        ctx = HandlerContext(repo=repo, today=today(), knowledge=self.knowledge, pending=pending)
        try:
            return await handler_for(turn.intent).func(ctx, turn)
        except Exception:
            log.exception("handler %s failed", turn.intent)
            return Answer("dialogue/handler_failed", {}, escalate=EscalationRequest(
                "handler_error", "The assistant failed on this request; answer it from the policy data.", 2))

    def _ask_back(self, understanding, streak: int) -> Answer:
        options = [label for label, _ in understanding.ranking if label in HANDLERS and label != "out_of_scope"][:2]
        descriptions = [HANDLERS[o].description for o in options]
        if streak >= LOW_CONFIDENCE_LIMIT:
            return Answer("dialogue/low_confidence_escalated", {}, escalate=EscalationRequest(
                "low_confidence", "Two messages in a row were not understood; read them and answer.", 3))
        return Answer("dialogue/low_confidence", {"options": descriptions},
                      suggestions=[d[0].upper() + d[1:] for d in descriptions])

    async def _escalate(self, session: AsyncSession, conv: Conversation, turn: Turn, request: EscalationRequest,
                        answer: Answer, group: Group | None = None, feeling: policy.Sentiment | None = None) -> dict:
        context = {"intent": turn.intent, "confidence": turn.confidence,
                   "secondary_intents": turn.secondary_intents,
                   "entities": [{"label": e.label, "text": e.text, "value": e.value} for e in turn.entities],
                   "records": answer.records, "citations": answer.citations, "next_step": request.next_step,
                   "data": _plain(answer.data)}
        if feeling is not None and feeling.score:
            context["sentiment"] = {"score": feeling.score, "matched": list(feeling.matched)}
        esc = await store.open_escalation(session, conv, reason=request.reason, intent=turn.intent,
                                          priority=policy.priority(request, turn.intent, group, today()),
                                          context=context)
        self.metrics.escalations.labels(reason=request.reason).inc()
        return {"id": esc.id, "reason": esc.reason, "queue_position": await store.queue_position(session, esc)}
