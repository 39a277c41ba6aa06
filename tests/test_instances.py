"""Several service instances on one PostgreSQL database see each other's messages live."""
from __future__ import annotations

import os

import pytest

from bot.app import create_app
from tests.conftest import admin_headers, employer_headers, load_feed_into, read_feed, say, start_chat

pytestmark = pytest.mark.skipif(not os.environ.get("EA_TEST_DATABASE_URL"),
                                reason="LISTEN/NOTIFY needs PostgreSQL (EA_TEST_DATABASE_URL)")


async def test_agent_reply_on_one_instance_reaches_websocket_on_another(aiohttp_client, settings, nlu, knowledge):
    await load_feed_into(settings.database_url, read_feed())
    a = await aiohttp_client(create_app(settings, nlu=nlu, knowledge=knowledge))
    b = await aiohttp_client(create_app(settings, nlu=nlu, knowledge=knowledge))
    cid = await start_chat(a, "G20417")
    await say(a, "G20417", cid, "please get me a human")
    ws = await a.ws_connect(f"/api/chat/conversations/{cid}/ws", headers=employer_headers("G20417"))
    queue = (await (await b.get("/api/admin/queue", headers=admin_headers())).json())["escalations"]
    esc = [e for e in queue if e["conversation_id"] == cid][0]
    assert (await b.post(f"/api/admin/escalations/{esc['id']}/claim", headers=admin_headers())).status == 200
    resp = await b.post(f"/api/admin/escalations/{esc['id']}/messages", headers=admin_headers(),
                        json={"text": "From instance B: " + "Ünïcödé ✓ " * 380})  # > NOTIFY payload limit
    assert resp.status == 200
    event = await ws.receive_json(timeout=5)
    assert event["message"]["sender"] == "agent" and event["message"]["text"].startswith("From instance B")
    await ws.close()
