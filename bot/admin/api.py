"""Administrator API (CONTRACT.md "Administrators"): queue, claim, reply, resolve, transcript."""
from __future__ import annotations

from aiohttp import web
from sqlalchemy import case, select

from bot import conversations as store
from bot.auth import Principal, require
from bot.clock import now
from bot.errors import ApiError
from bot.hub import QUEUE_TOPIC
from bot.keys import AGENT_REPLY_HOOKS, ENGINE, HUB, SESSIONS, SETTINGS
from bot.storage.models import Conversation, Escalation, Group
from bot.validation import json_body, text_field

routes = web.RouteTableDef()


def admin(request: web.Request) -> Principal:
    return require(request, "admin", request.app[SETTINGS].secret)


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


@routes.post("/api/admin/escalations/{id}/messages")
async def reply(request: web.Request) -> web.Response:
    who = admin(request)
    body = await json_body(request)
    text = text_field(body, "text", request.app[SETTINGS].max_text_length)
    engine = request.app[ENGINE]
    async with request.app[SESSIONS]() as session:
        conversation_id = (await _load(session, request)).conversation_id
    async with engine.lock(conversation_id):
        async with request.app[SESSIONS].begin() as session:
            esc = await _load(session, request)
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
    await request.app[HUB].publish(conversation_id, event)
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
    turns = []
    for m in msgs:
        d = m.details or {}
        turns.append({**store.message_json(m), "author": m.author, "intent": m.intent, "confidence": m.confidence,
                      "entities": d.get("entities", []), "records": d.get("records", []),
                      "citations": d.get("citations", []), "handled_as": d.get("handled_as")})
    return {
        "conversation_id": conv.id, "status": conv.status, "channel": conv.channel, "user": conv.user,
        "group_number": group.group_number if group else None, "group_name": group.name if group else None,
        "messages": turns,
        "records_consulted": sorted({r for t in turns for r in t["records"]}),
        "citations": [c for t in turns for c in t["citations"]],
        "escalations": [{**escalation_json(e, group.group_number if group else None), "note": e.note,
                         "context": e.context, "resolved_at": e.resolved_at.isoformat() if e.resolved_at else None}
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
