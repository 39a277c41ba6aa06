"""Conversation store: conversations, messages, escalations, service requests, audit events.

Functions take the caller's session (the caller owns the transaction) and never commit.
"""
from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import now
from bot.masking import mask
from bot.sla import due_at
from bot.storage.models import AuditEvent, Conversation, Escalation, Group, Message, ServiceRequest

OPEN_STATUSES = ("open", "claimed", "waiting_on_employer")


async def create_conversation(session: AsyncSession, *, group: Group | None, channel: str, user: str,
                              subject: str | None = None) -> Conversation:
    at = now()
    conv = Conversation(id=str(uuid.uuid4()), group_id=group.id if group else None, channel=channel,
                        user=user, status="bot", created_at=at, updated_at=at, state={}, subject=subject)
    session.add(conv)
    await session.flush()
    return conv


async def get_conversation(session: AsyncSession, conversation_id: str) -> Conversation | None:
    return await session.get(Conversation, conversation_id)


async def add_message(session: AsyncSession, conv: Conversation, sender: str, text: str, *,
                      intent: str | None = None, confidence: float | None = None,
                      details: dict[str, Any] | None = None, author: str | None = None,
                      email_message_id: str | None = None) -> Message:
    at = now()
    msg = Message(conversation_id=conv.id, sender=sender, text=mask(text), created_at=at, intent=intent,
                  confidence=confidence, details=details or {}, author=author, email_message_id=email_message_id)
    session.add(msg)
    conv.updated_at = at
    await session.flush()
    return msg


async def messages(session: AsyncSession, conversation_id: str) -> list[Message]:
    stmt = select(Message).where(Message.conversation_id == conversation_id).order_by(Message.id)
    return list((await session.scalars(stmt)).all())


def message_json(msg: Message) -> dict:
    return {"id": msg.id, "sender": msg.sender, "text": msg.text, "created_at": msg.created_at.isoformat()}


async def open_escalation(session: AsyncSession, conv: Conversation, *, reason: str, intent: str | None,
                          priority: int, context: dict[str, Any]) -> Escalation:
    """One open escalation per conversation: a second request updates the first."""
    existing = await session.scalar(select(Escalation).where(
        Escalation.conversation_id == conv.id, Escalation.status.in_(OPEN_STATUSES)))
    if existing is not None:
        existing.priority = min(existing.priority, priority)
        existing.context = {**existing.context, "history": [*existing.context.get("history", []),
                                                            {"reason": reason, "intent": intent}]}
        await session.flush()
        return existing
    at = now()
    esc = Escalation(conversation_id=conv.id, group_id=conv.group_id, channel=conv.channel, reason=reason,
                     intent=intent, priority=priority, status="open", created_at=at,
                     due_at=due_at(at, conv.channel), context=context)
    session.add(esc)
    if conv.status == "bot":
        conv.status = "waiting_for_agent"
    await session.flush()
    return esc


async def queue_position(session: AsyncSession, esc: Escalation) -> int:
    ahead = await session.scalar(select(func.count()).select_from(Escalation).where(
        Escalation.status == "open", Escalation.id != esc.id,
        (Escalation.priority < esc.priority) |
        ((Escalation.priority == esc.priority) & (Escalation.created_at <= esc.created_at))))
    return int(ahead or 0) + 1


async def claim(session: AsyncSession, escalation_id: int, admin: str) -> bool:
    """Atomic claim: a conditional UPDATE; exactly one administrator wins."""
    result = await session.execute(
        update(Escalation)
        .where(Escalation.id == escalation_id, Escalation.status == "open")
        .values(status="claimed", assignee=admin, claimed_at=now())
        .execution_options(synchronize_session=False))
    return result.rowcount == 1


async def employer_wrote(session: AsyncSession, conv: Conversation) -> None:
    """The employer answered while a person holds the conversation: it is no longer waiting on them."""
    await session.execute(
        update(Escalation)
        .where(Escalation.conversation_id == conv.id, Escalation.status == "waiting_on_employer")
        .values(status="claimed")
        .execution_options(synchronize_session=False))


async def record_service_request(session: AsyncSession, conv: Conversation, kind: str,
                                 payload: dict[str, Any]) -> ServiceRequest:
    sr = ServiceRequest(group_id=conv.group_id, conversation_id=conv.id, kind=kind, status="submitted",
                        created_at=now(), payload=payload)
    session.add(sr)
    await session.flush()
    return sr


async def audit(session: AsyncSession, actor: str, action: str, *, group_id: int | None = None,
                conversation_id: str | None = None, **detail) -> None:
    session.add(AuditEvent(at=now(), actor=actor, action=action, group_id=group_id,
                           conversation_id=conversation_id, detail=detail))
