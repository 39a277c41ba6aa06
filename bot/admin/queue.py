"""Escalation queue transitions beyond the contract's claim/reply/resolve.

open ──claim──▶ claimed ──▶ waiting_on_employer ──(employer writes / administrator)──▶ claimed
  ▲               │  └──resolve / handback──▶ resolved
  └───release─────┘
Every change is a conditional UPDATE on the status it expects, so two administrators (or two
service instances) racing on one escalation cannot both win; the loser gets a 409. Functions
take the caller's session and never commit.
"""
from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot import conversations as store
from bot.clock import now
from bot.masking import mask
from bot.storage.models import Escalation, EscalationNote

# which status an administrator may move a held escalation to, from which
HELD_TRANSITIONS = {"waiting_on_employer": ("claimed",), "claimed": ("waiting_on_employer",)}


class Conflict(Exception):
    """The escalation is not in a state this change applies to (→ 409)."""


async def set_status(session: AsyncSession, escalation_id: int, admin: str, status: str) -> None:
    if status not in HELD_TRANSITIONS:
        raise ValueError(status)
    result = await session.execute(
        update(Escalation)
        .where(Escalation.id == escalation_id, Escalation.assignee == admin,
               Escalation.status.in_(HELD_TRANSITIONS[status]))
        .values(status=status)
        .execution_options(synchronize_session=False))
    if result.rowcount != 1:
        raise Conflict(status)


async def release(session: AsyncSession, escalation_id: int, admin: str) -> None:
    """The holder puts it back in the queue for someone else."""
    result = await session.execute(
        update(Escalation)
        .where(Escalation.id == escalation_id, Escalation.assignee == admin,
               Escalation.status.in_(("claimed", "waiting_on_employer")))
        .values(status="open", assignee=None, claimed_at=None)
        .execution_options(synchronize_session=False))
    if result.rowcount != 1:
        raise Conflict("release")


async def claim_next(session: AsyncSession, admin: str) -> int | None:
    """Claim the most urgent open escalation; None when the queue is empty.

    PostgreSQL: `FOR UPDATE SKIP LOCKED` lets concurrent callers pick different rows without
    waiting on each other. SQLite has one writer at a time; the conditional UPDATE in
    `store.claim` decides, and a lost row just moves us on to the next candidate.
    """
    order = (Escalation.priority, Escalation.due_at, Escalation.id)
    if session.bind.dialect.name == "postgresql":
        escalation_id = await session.scalar(
            select(Escalation.id).where(Escalation.status == "open").order_by(*order).limit(1)
            .with_for_update(skip_locked=True))
        if escalation_id is None:
            return None
        return escalation_id if await store.claim(session, escalation_id, admin) else None
    candidates = (await session.scalars(select(Escalation.id).where(Escalation.status == "open")
                                        .order_by(*order).limit(20))).all()
    for escalation_id in candidates:
        if await store.claim(session, escalation_id, admin):
            return escalation_id
    return None


async def add_note(session: AsyncSession, escalation_id: int, author: str, text: str) -> EscalationNote:
    note = EscalationNote(escalation_id=escalation_id, author=author, text=mask(text), created_at=now())
    session.add(note)
    await session.flush()
    return note


async def notes(session: AsyncSession, escalation_ids: list[int]) -> dict[int, list[dict]]:
    if not escalation_ids:
        return {}
    rows = (await session.scalars(select(EscalationNote).where(EscalationNote.escalation_id.in_(escalation_ids))
                                  .order_by(EscalationNote.id))).all()
    out: dict[int, list[dict]] = {}
    for n in rows:
        out.setdefault(n.escalation_id, []).append(note_json(n))
    return out


def note_json(n: EscalationNote) -> dict:
    return {"id": n.id, "escalation_id": n.escalation_id, "author": n.author, "text": n.text,
            "created_at": n.created_at.isoformat()}
