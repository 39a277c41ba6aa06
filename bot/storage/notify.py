"""Cross-instance pushes on PostgreSQL: every Hub.publish goes out as NOTIFY and every instance
LISTENs, so an administrator's reply on instance B reaches a WebSocket open on instance A."""
from __future__ import annotations

import asyncio
import json
import logging

import asyncpg
from aiohttp import web

from bot.hub import Hub
from bot.keys import DB_ENGINE, HUB, SESSIONS

log = logging.getLogger("employer_assist.notify")
CHANNEL = "ea_events"
MAX_PAYLOAD = 7000          # NOTIFY payloads must stay under 8000 bytes


def asyncpg_dsn(engine_url) -> str:
    return engine_url.set(drivername="postgresql").render_as_string(hide_password=False)


async def notify_context(app: web.Application):
    engine = app[DB_ENGINE]
    if engine.dialect.name != "postgresql":
        yield
        return
    hub: Hub = app[HUB]
    dsn = asyncpg_dsn(engine.url)
    listener = await asyncpg.connect(dsn)
    publisher = await asyncpg.connect(dsn)
    publish_lock = asyncio.Lock()          # one asyncpg connection runs one statement at a time
    pending: set[asyncio.Task] = set()

    async def deliver_by_reference(topic: str, message_id: int) -> None:
        from bot import conversations as store
        from bot.storage.models import Message
        async with app[SESSIONS]() as session:
            msg = await session.get(Message, message_id)
            if msg is not None:
                hub.deliver(topic, {"type": "message", "message": store.message_json(msg)})

    def on_notify(_conn, _pid, _channel, payload: str) -> None:
        data = json.loads(payload)
        if "message_ref" in data:          # too big for NOTIFY: read it from the database
            task = asyncio.get_running_loop().create_task(deliver_by_reference(data["topic"], data["message_ref"]))
            pending.add(task)
            task.add_done_callback(pending.discard)
        else:
            hub.deliver(data["topic"], data["event"])

    async def relay(topic: str, event: dict) -> None:
        payload = json.dumps({"topic": topic, "event": event}, default=str)
        if len(payload.encode()) > MAX_PAYLOAD and event.get("type") == "message":
            payload = json.dumps({"topic": topic, "message_ref": event["message"]["id"]})
        async with publish_lock:
            await publisher.execute("SELECT pg_notify($1, $2)", CHANNEL, payload)

    await listener.add_listener(CHANNEL, on_notify)
    hub.relay = relay
    log.info("cross-instance pushes on, through PostgreSQL LISTEN/NOTIFY")
    try:
        yield
    finally:
        hub.relay = None
        for task in list(pending):
            task.cancel()
        await listener.close()
        await publisher.close()
