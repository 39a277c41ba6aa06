"""Employer chat over HTTP and WebSocket (CONTRACT.md "Employer chat").

The channel only turns requests into `Inbound` turns for the engine and replies into JSON;
it knows nothing about intents or handlers.
"""
from __future__ import annotations

import asyncio
import logging
from urllib.parse import urlsplit

from aiohttp import WSCloseCode, web
from sqlalchemy import select

from bot import conversations as store
from bot.auth import Principal, require
from bot.engine import Inbound
from bot.errors import ApiError
from bot.keys import ENGINE, HUB, METRICS, RENDERER, SESSIONS, SETTINGS, WEBSOCKETS
from bot.storage.models import Conversation, Group
from bot.validation import json_body, text_field

log = logging.getLogger("employer_assist.chat")
routes = web.RouteTableDef()


def employer(request: web.Request) -> Principal:
    return require(request, "employer", request.app[SETTINGS].secret)


async def _own_conversation(session, request: web.Request, principal: Principal) -> Conversation:
    """The conversation if it belongs to the caller's group; 404 otherwise (never another group's)."""
    stmt = (select(Conversation).join(Group, Group.id == Conversation.group_id)
            .where(Conversation.id == request.match_info["id"], Group.group_number == principal.group_number))
    conv = await session.scalar(stmt)
    if conv is None:
        raise ApiError(404, "conversation_not_found", "No such conversation for your group.")
    return conv


@routes.post("/api/chat/conversations")
async def start_conversation(request: web.Request) -> web.Response:
    principal = employer(request)
    async with request.app[SESSIONS].begin() as session:
        group = await session.scalar(select(Group).where(Group.group_number == principal.group_number))
        if group is None:
            raise ApiError(403, "unknown_group", "Your token names a group this service does not know.")
        conv = await store.create_conversation(session, group=group, channel="chat", user=principal.sub)
        text = request.app[RENDERER].render("chat", "conversation/welcome", {"group_name": group.name})
        await store.add_message(session, conv, "bot", text, intent="greeting")
        msgs = await store.messages(session, conv.id)
    return web.json_response({"conversation_id": conv.id, "status": conv.status,
                              "messages": [store.message_json(m) for m in msgs]}, status=201)


@routes.post("/api/chat/conversations/{id}/messages")
async def post_message(request: web.Request) -> web.Response:
    principal = employer(request)
    body = await json_body(request)
    text = text_field(body, "text", request.app[SETTINGS].max_text_length)
    async with request.app[SESSIONS].begin() as session:
        conv = await _own_conversation(session, request, principal)
        if conv.status == "closed":
            conv.status = "bot"          # writing again reopens a closed conversation
    status, replies = await request.app[ENGINE].handle(
        Inbound(conversation_id=conv.id, text=text, channel="chat", author=principal.sub))
    return web.json_response({"conversation_id": conv.id, "status": status, "replies": replies})


@routes.get("/api/chat/conversations/{id}")
async def get_conversation(request: web.Request) -> web.Response:
    principal = employer(request)
    async with request.app[SESSIONS]() as session:
        conv = await _own_conversation(session, request, principal)
        msgs = await store.messages(session, conv.id)
    return web.json_response({"conversation_id": conv.id, "status": conv.status,
                              "messages": [store.message_json(m) for m in msgs]})


def _origin_allowed(request: web.Request) -> bool:
    origin = request.headers.get("Origin")
    if not origin:
        return True                      # not a browser (portal back end, tests)
    allowed = request.app[SETTINGS].allowed_origins
    return urlsplit(origin).netloc == request.host or origin in allowed


async def websocket_stream(request: web.Request, topic: str) -> web.WebSocketResponse:
    """Push every event of a topic to this socket until either side closes."""
    ws = web.WebSocketResponse(heartbeat=30)
    await ws.prepare(request)
    hub, sockets, metrics = request.app[HUB], request.app[WEBSOCKETS], request.app[METRICS]
    queue = hub.subscribe(topic)
    sockets.add(ws)
    metrics.websockets.inc()

    async def pump() -> None:
        while True:
            await ws.send_json(await queue.get())

    sender = asyncio.create_task(pump())
    try:
        async for _ in ws:               # only this task reads; the client sends nothing we need
            pass
    finally:
        sender.cancel()
        hub.unsubscribe(topic, queue)
        sockets.discard(ws)
        metrics.websockets.dec()
    return ws


@routes.get("/api/chat/conversations/{id}/ws")
async def conversation_ws(request: web.Request) -> web.StreamResponse:
    principal = employer(request)
    if not _origin_allowed(request):
        raise ApiError(403, "bad_origin", "WebSocket connections are only accepted from this site.")
    async with request.app[SESSIONS]() as session:
        conv = await _own_conversation(session, request, principal)
    return await websocket_stream(request, conv.id)


async def close_websockets(app: web.Application) -> None:
    for ws in set(app[WEBSOCKETS]):
        await ws.close(code=WSCloseCode.GOING_AWAY, message=b"server shutdown")
