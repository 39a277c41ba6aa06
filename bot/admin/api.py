"""Administrator API (CONTRACT.md "Administrators"): queue, claim, reply, resolve, transcript;
plus what the console needs: claim next, status, release, notes, hand back, canned responses and
live pushes (WebSockets on the queue and on a conversation)."""
from __future__ import annotations

from contextlib import asynccontextmanager
from functools import lru_cache
from importlib import resources

import yaml
from aiohttp import web
from sqlalchemy import case, select

from bot import conversations as store
from bot.admin import queue as transitions
from bot.admin.session import principal
from bot.auth import Principal
from bot.channels.web import _origin_allowed, websocket_stream
from bot.clock import now
from bot.errors import ApiError
from bot.hub import QUEUE_TOPIC
from bot.keys import AGENT_REPLY_HOOKS, ENGINE, HUB, RENDERER, SESSIONS, SETTINGS
from bot.storage.models import Conversation, Escalation, Group
from bot.validation import json_body, text_field

routes = web.RouteTableDef()


def admin(request: web.Request) -> Principal:
    return principal(request)


def _escalation_id(request: web.Request) -> int:
    try:
        return int(request.match_info["id"])
    except ValueError:
        raise ApiError(404, "escalation_not_found", "No such escalation.")


def escalation_json(esc: Escalation, group_number: str | None) -> dict:
    return {"id": esc.id, "conversation_id": esc.conversation_id, "channel": esc.channel,
            "group_number": group_number, "reason": esc.reason, "intent": esc.intent,
            "priority": esc.priority, "status": esc.status, "assignee": esc.assignee,
            "created_at": esc.created_at.isoformat(), "due_at": esc.due_at.isoformat()}


async def open_queue(session) -> list[dict]:
    stmt = (select(Escalation, Group.group_number).outerjoin(Group, Group.id == Escalation.group_id)
            .where(Escalation.status.in_(store.OPEN_STATUSES))
            .order_by(case((Escalation.status == "open", 0), else_=1), Escalation.priority, Escalation.due_at,
                      Escalation.id))
    return [escalation_json(e, g) for e, g in (await session.execute(stmt)).all()]


@routes.get("/api/admin/queue")
async def queue(request: web.Request) -> web.Response:
    admin(request)
    async with request.app[SESSIONS]() as session:
        return web.json_response({"escalations": await open_queue(session)})


async def _load(session, request) -> Escalation:
    esc = await session.get(Escalation, _escalation_id(request))
    if esc is None:
        raise ApiError(404, "escalation_not_found", "No such escalation.")
    return esc


@routes.post("/api/admin/escalations/{id}/claim")
async def claim(request: web.Request) -> web.Response:
    who = admin(request)
    async with request.app[SESSIONS].begin() as session:
        esc = await _load(session, request)
        if esc.status == "claimed" and esc.assignee == who.sub:
            won = True                   # claiming twice is harmless
        else:
            won = await store.claim(session, esc.id, who.sub)
        if not won:
            await session.refresh(esc)
            raise ApiError(409, "already_claimed",
                           f"Escalation {esc.id} is {esc.status}" + (f" by {esc.assignee}." if esc.assignee else "."))
        await session.refresh(esc)
        await store.audit(session, who.sub, "escalation_claimed", group_id=esc.group_id,
                          conversation_id=esc.conversation_id, escalation_id=esc.id)
        group_number = await session.scalar(select(Group.group_number).where(Group.id == esc.group_id))
        body = escalation_json(esc, group_number)
    await request.app[HUB].publish(QUEUE_TOPIC, {"type": "queue", "escalation_id": esc.id})
    return web.json_response(body)


@asynccontextmanager
async def _locked_escalation(request: web.Request):
    """The escalation in a unit of work, holding its conversation's turn lock, so an administrator's
    reply never interleaves with a turn the assistant is answering."""
    async with request.app[SESSIONS]() as session:
        conversation_id = (await _load(session, request)).conversation_id
    async with request.app[ENGINE].lock(conversation_id):
        async with request.app[SESSIONS].begin() as session:
            yield session, await _load(session, request)


@routes.post("/api/admin/escalations/{id}/messages")
async def reply(request: web.Request) -> web.Response:
    who = admin(request)
    body = await json_body(request)
    text = text_field(body, "text", request.app[SETTINGS].max_text_length)
    async with _locked_escalation(request) as (session, esc):
        if esc.status == "resolved":
            raise ApiError(409, "escalation_resolved", "This escalation is resolved; it takes no replies.")
        if esc.status == "open" and not await store.claim(session, esc.id, who.sub):
            raise ApiError(409, "already_claimed", "Another administrator claimed this escalation.")
        await session.refresh(esc)
        if esc.assignee != who.sub:
            raise ApiError(409, "already_claimed", f"Escalation {esc.id} is held by {esc.assignee}.")
        conv = await session.get(Conversation, esc.conversation_id)
        msg = await store.add_message(session, conv, "agent", text, author=who.sub)
        for hook in request.app[AGENT_REPLY_HOOKS]:
            await hook(session, conv, msg)
        conv.status = "with_agent"
        esc.first_reply_at = esc.first_reply_at or now()
        event = {"type": "message", "message": store.message_json(msg)}
        result = {"conversation_id": conv.id, "status": conv.status, "message": store.message_json(msg)}
    await request.app[HUB].publish(esc.conversation_id, event)
    # no separate status event here: across instances a big message travels by reference and
    # would arrive after it; the chat page reads "with_agent" from the agent's message itself
    await request.app[HUB].publish(QUEUE_TOPIC, {"type": "queue", "escalation_id": esc.id})
    return web.json_response(result)


@routes.post("/api/admin/escalations/{id}/resolve")
async def resolve(request: web.Request) -> web.Response:
    who = admin(request)
    body = await json_body(request)
    note = text_field(body, "note", 4000, required=False)
    close = bool(body.get("close", False))
    async with request.app[SESSIONS].begin() as session:
        esc = await _load(session, request)
        if esc.status == "resolved":
            raise ApiError(409, "escalation_resolved", "This escalation is already resolved.")
        if esc.status != "open" and esc.assignee != who.sub:
            raise ApiError(409, "already_claimed", f"Escalation {esc.id} is held by {esc.assignee}.")
        esc.status, esc.note, esc.resolved_at = "resolved", note, now()
        esc.assignee = esc.assignee or who.sub
        conv = await session.get(Conversation, esc.conversation_id)
        conv.status = "closed" if close else "bot"
        conv.state = {**(conv.state or {}), "pending": None, "low_confidence_streak": 0}
        await store.audit(session, who.sub, "escalation_resolved", group_id=esc.group_id,
                          conversation_id=conv.id, escalation_id=esc.id, note=note)
        result = {"id": esc.id, "status": esc.status, "conversation_id": conv.id, "conversation_status": conv.status}
    await request.app[HUB].publish(QUEUE_TOPIC, {"type": "queue", "escalation_id": esc.id})
    await request.app[HUB].publish(conv.id, {"type": "status", "status": result["conversation_status"]})
    return web.json_response(result)


async def transcript(session, conversation_id: str) -> dict | None:
    conv = await session.get(Conversation, conversation_id)
    if conv is None:
        return None
    group = await session.get(Group, conv.group_id) if conv.group_id else None
    msgs = await store.messages(session, conv.id)
    escalations = (await session.scalars(select(Escalation).where(Escalation.conversation_id == conv.id)
                                         .order_by(Escalation.id))).all()
    notes = await transitions.notes(session, [e.id for e in escalations])
    turns = []
    for m in msgs:
        d = m.details or {}
        turns.append({**store.message_json(m), "author": m.author, "intent": m.intent, "confidence": m.confidence,
                      "entities": d.get("entities", []), "records": d.get("records", []),
                      "citations": d.get("citations", []), "handled_as": d.get("handled_as"),
                      "ranking": d.get("ranking", [])})
    return {
        "conversation_id": conv.id, "status": conv.status, "channel": conv.channel, "user": conv.user,
        "group_number": group.group_number if group else None, "group_name": group.name if group else None,
        "messages": turns,
        "records_consulted": sorted({r for t in turns for r in t["records"]}),
        "citations": [c for t in turns for c in t["citations"]],
        "escalations": [{**escalation_json(e, group.group_number if group else None), "note": e.note,
                         "context": e.context, "notes": notes.get(e.id, []),
                         "claimed_at": e.claimed_at.isoformat() if e.claimed_at else None,
                         "first_reply_at": e.first_reply_at.isoformat() if e.first_reply_at else None,
                         "resolved_at": e.resolved_at.isoformat() if e.resolved_at else None}
                        for e in escalations],
    }


@routes.get("/api/admin/conversations/{id}")
async def conversation(request: web.Request) -> web.Response:
    who = admin(request)
    async with request.app[SESSIONS].begin() as session:
        data = await transcript(session, request.match_info["id"])
        if data is None:
            raise ApiError(404, "conversation_not_found", "No such conversation.")
        await store.audit(session, who.sub, "conversation_viewed", conversation_id=data["conversation_id"])
    return web.json_response(data)


# ---------------------------------------------------------------- console transitions
async def _group_number(session, esc: Escalation) -> str | None:
    return await session.scalar(select(Group.group_number).where(Group.id == esc.group_id))


async def _publish_queue(request: web.Request, esc_id: int) -> None:
    await request.app[HUB].publish(QUEUE_TOPIC, {"type": "queue", "escalation_id": esc_id})


def _held_by(esc: Escalation, who: Principal) -> None:
    if esc.status == "resolved":
        raise ApiError(409, "escalation_resolved", "This escalation is resolved.")
    if esc.assignee != who.sub:
        held = f" by {esc.assignee}" if esc.assignee else ""
        raise ApiError(409, "not_held", f"Escalation {esc.id} is {esc.status}{held}; claim it first.")


@routes.post("/api/admin/queue/claim-next")
async def claim_next(request: web.Request) -> web.Response:
    """Claim the most urgent open escalation (200), or 404 when nothing is open."""
    who = admin(request)
    async with request.app[SESSIONS].begin() as session:
        esc_id = await transitions.claim_next(session, who.sub)
        if esc_id is None:
            raise ApiError(404, "queue_empty", "No open escalations.")
        esc = await session.get(Escalation, esc_id)
        await session.refresh(esc)
        await store.audit(session, who.sub, "escalation_claimed", group_id=esc.group_id,
                          conversation_id=esc.conversation_id, escalation_id=esc.id, via="claim_next")
        body = escalation_json(esc, await _group_number(session, esc))
    await _publish_queue(request, esc_id)
    return web.json_response(body)


@routes.post("/api/admin/escalations/{id}/status")
async def set_status(request: web.Request) -> web.Response:
    """The holder marks it `waiting_on_employer` or back to `claimed`."""
    who = admin(request)
    body = await json_body(request)
    status = body.get("status")
    if status not in transitions.HELD_TRANSITIONS:
        raise ApiError(400, "bad_status", f"status must be one of {sorted(transitions.HELD_TRANSITIONS)}.")
    async with request.app[SESSIONS].begin() as session:
        esc = await _load(session, request)
        try:
            await transitions.set_status(session, esc.id, who.sub, status)
        except transitions.Conflict:
            await session.refresh(esc)
            if esc.status == status and esc.assignee == who.sub:
                pass                     # already there: harmless
            else:
                _held_by(esc, who)
                raise ApiError(409, "bad_transition", f"Escalation {esc.id} is {esc.status}; it cannot become {status}.")
        result = await _transitioned(session, esc, who, "escalation_status", status=status)
    await _publish_queue(request, esc.id)
    return web.json_response(result)


async def _transitioned(session, esc: Escalation, who: Principal, action: str, **detail) -> dict:
    """After a transition: the fresh row, an audit event, and the escalation as the API shows it."""
    await session.refresh(esc)
    await store.audit(session, who.sub, action, group_id=esc.group_id, conversation_id=esc.conversation_id,
                      escalation_id=esc.id, **detail)
    return escalation_json(esc, await _group_number(session, esc))


@routes.post("/api/admin/escalations/{id}/release")
async def release(request: web.Request) -> web.Response:
    """The holder puts the escalation back in the queue, unassigned."""
    who = admin(request)
    async with request.app[SESSIONS].begin() as session:
        esc = await _load(session, request)
        try:
            await transitions.release(session, esc.id, who.sub)
        except transitions.Conflict:
            await session.refresh(esc)
            _held_by(esc, who)
            raise ApiError(409, "bad_transition", f"Escalation {esc.id} is {esc.status}.")
        result = await _transitioned(session, esc, who, "escalation_released")
    await _publish_queue(request, esc.id)
    return web.json_response(result)


@routes.post("/api/admin/escalations/{id}/notes")
async def add_note(request: web.Request) -> web.Response:
    """An internal note (never shown to the employer); any administrator may add one."""
    who = admin(request)
    body = await json_body(request)
    text = text_field(body, "text", 4000)
    async with request.app[SESSIONS].begin() as session:
        esc = await _load(session, request)
        note = await transitions.add_note(session, esc.id, who.sub, text)
        await store.audit(session, who.sub, "escalation_note", group_id=esc.group_id,
                          conversation_id=esc.conversation_id, escalation_id=esc.id, note_id=note.id)
        result = transitions.note_json(note)
    await request.app[HUB].publish(esc.conversation_id, {"type": "note", "escalation_id": esc.id})
    return web.json_response(result, status=201)


@routes.post("/api/admin/escalations/{id}/handback")
async def handback(request: web.Request) -> web.Response:
    """Hand the conversation back to the assistant: the escalation is resolved (with a note), the
    employer is told, and their next message is answered by the assistant again."""
    who = admin(request)
    body = await json_body(request)
    note = text_field(body, "note", 4000, required=False)
    async with _locked_escalation(request) as (session, esc):
        if esc.status == "open" and not await store.claim(session, esc.id, who.sub):
            raise ApiError(409, "already_claimed", "Another administrator claimed this escalation.")
        await session.refresh(esc)
        _held_by(esc, who)
        esc.status, esc.resolved_at = "resolved", now()
        esc.note = note
        esc.context = {**(esc.context or {}), "resolution": "handed_back"}
        conv = await session.get(Conversation, esc.conversation_id)
        conv.status = "bot"
        conv.state = {**(conv.state or {}), "pending": None, "low_confidence_streak": 0}
        text = request.app[RENDERER].render(conv.channel, "dialogue/handed_back", {})
        msg = await store.add_message(session, conv, "bot", text, author=who.sub)
        await store.audit(session, who.sub, "escalation_handed_back", group_id=esc.group_id,
                          conversation_id=conv.id, escalation_id=esc.id, note=note)
        event = {"type": "message", "message": store.message_json(msg)}
        result = {"id": esc.id, "status": esc.status, "conversation_id": conv.id, "conversation_status": "bot"}
    await request.app[HUB].publish(esc.conversation_id, event)
    await request.app[HUB].publish(esc.conversation_id, {"type": "status", "status": "bot"})
    await _publish_queue(request, result["id"])
    return web.json_response(result)


@lru_cache(maxsize=1)
def canned_responses() -> list[dict]:
    return yaml.safe_load(resources.files("bot.admin").joinpath("canned_responses.yaml").read_text())["responses"]


@routes.get("/api/admin/canned")
async def canned(request: web.Request) -> web.Response:
    admin(request)
    return web.json_response({"responses": canned_responses()})


# ---------------------------------------------------------------- live pushes
@routes.get("/api/admin/ws")
async def queue_ws(request: web.Request) -> web.StreamResponse:
    """Every queue change ({"type": "queue", ...}) as it happens."""
    admin(request)
    if not _origin_allowed(request):
        raise ApiError(403, "bad_origin", "WebSocket connections are only accepted from this site.")
    return await websocket_stream(request, QUEUE_TOPIC)


@routes.get("/api/admin/conversations/{id}/ws")
async def conversation_ws(request: web.Request) -> web.StreamResponse:
    """Every event of one conversation: messages (employer, assistant, agents), status, notes."""
    who = admin(request)
    if not _origin_allowed(request):
        raise ApiError(403, "bad_origin", "WebSocket connections are only accepted from this site.")
    async with request.app[SESSIONS].begin() as session:
        conv = await session.get(Conversation, request.match_info["id"])
        if conv is None:
            raise ApiError(404, "conversation_not_found", "No such conversation.")
        await store.audit(session, who.sub, "conversation_watched", group_id=conv.group_id, conversation_id=conv.id)
    return await websocket_stream(request, conv.id)
