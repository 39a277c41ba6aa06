"""The employer chat API as the billing portal uses it (CONTRACT.md), on the example feed."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from decimal import ROUND_HALF_UP, Decimal

import jwt
import pytest

from tests.conftest import (SECRET, admin_headers, employer_headers, read_feed, say, start_chat)

GROUP = "G20417"


def cents(x: Decimal) -> Decimal:
    return x.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


@pytest.fixture
async def client(make_client):
    return await make_client(read_feed())


async def test_new_conversation_greets(client):
    resp = await client.post("/api/chat/conversations", headers=employer_headers(GROUP))
    assert resp.status == 201
    body = await resp.json()
    assert body["status"] == "bot"
    assert body["messages"][0]["sender"] == "bot"
    assert "Prairie Mill Supply" in body["messages"][0]["text"]


async def test_coverage_answer_has_the_numbers(client):
    cid = await start_chat(client, GROUP)
    body = await say(client, GROUP, cid, "What coverage does Laura King have?")
    reply = body["replies"][0]
    assert reply["intent"] == "coverage_inquiry"
    text = reply["text"]
    # independent computation from the feed: ACC employee_spouse non-tobacco 24.10; DI 2.35 per 100 × 1500
    acc, di = Decimal("24.10"), cents(Decimal("2.35") * 1500 / 100)
    for amount in (acc, di, cents(acc * 12 / 26), cents(di * 12 / 26), acc + di, cents((acc + di) * 12 / 26)):
        assert f"${amount:,.2f}" in text, (amount, text)
    assert "4410021137" in text and "4410021138" in text
    assert "Evan King" in text


async def test_name_with_a_typo_still_found(client):
    cid = await start_chat(client, GROUP)
    reply = (await say(client, GROUP, cid, "what coverage does Lara Kingg have"))["replies"][0]
    assert "4410021137" in reply["text"]


async def test_asks_for_the_name_then_answers(client):
    cid = await start_chat(client, GROUP)
    first = (await say(client, GROUP, cid, "How many employees are enrolled in coverage?"))["replies"][0]
    assert first["intent"] == "coverage_inquiry"
    assert "1 active employee" in first["text"] and "Which employee" in first["text"]
    second = (await say(client, GROUP, cid, "Laura King"))["replies"][0]
    assert "4410021137" in second["text"]


async def test_message_stored_before_reply_and_transcript_ordered(client):
    cid = await start_chat(client, GROUP)
    await say(client, GROUP, cid, "hi there")
    resp = await client.get(f"/api/chat/conversations/{cid}", headers=employer_headers(GROUP))
    msgs = (await resp.json())["messages"]
    assert [m["sender"] for m in msgs] == ["bot", "employer", "bot"]
    assert msgs[1]["text"] == "hi there"


async def test_ssn_is_masked_in_the_stored_transcript(client):
    cid = await start_chat(client, GROUP)
    await say(client, GROUP, cid, "Laura King SSN 123-45-6789, what does she have?")
    resp = await client.get(f"/api/chat/conversations/{cid}", headers=employer_headers(GROUP))
    texts = " ".join(m["text"] for m in (await resp.json())["messages"])
    assert "123-45-6789" not in texts and "6789" in texts


async def test_engine_failure_loses_nothing(client, nlu, monkeypatch):
    cid = await start_chat(client, GROUP)

    def broken(*a, **k):
        raise RuntimeError("model exploded")
    monkeypatch.setattr(nlu, "parse", broken)
    resp = await client.post(f"/api/chat/conversations/{cid}/messages", headers=employer_headers(GROUP),
                             json={"text": "does Laura King have accident coverage?"})
    assert resp.status == 500
    body = await resp.json()
    assert body["error"]["code"] == "internal_error" and "Traceback" not in await resp.text()
    monkeypatch.undo()
    resp = await client.get(f"/api/chat/conversations/{cid}", headers=employer_headers(GROUP))
    assert "does Laura King have accident coverage?" in [m["text"] for m in (await resp.json())["messages"]]


@pytest.mark.parametrize("kwargs, status, code", [
    ({"data": "{not json", "headers": {"Content-Type": "application/json"}}, 400, "malformed_json"),
    ({"json": {}}, 400, "missing_text"),
    ({"json": {"text": "   "}}, 400, "empty_text"),
    ({"json": {"text": 42}}, 400, "invalid_text"),
    ({"json": {"text": "x" * 4001}}, 400, "text_too_long"),
    ({"json": ["text"]}, 400, "malformed_json"),
    ({"data": "text=hello", "headers": {"Content-Type": "application/x-www-form-urlencoded"}}, 415,
     "unsupported_media_type"),
])
async def test_bad_message_bodies_get_clear_errors(client, kwargs, status, code):
    cid = await start_chat(client, GROUP)
    headers = {**employer_headers(GROUP), **kwargs.pop("headers", {})}
    resp = await client.post(f"/api/chat/conversations/{cid}/messages", headers=headers, **kwargs)
    assert resp.status == status
    assert (await resp.json())["error"]["code"] == code
    # nothing was stored for a refused message
    msgs = (await (await client.get(f"/api/chat/conversations/{cid}", headers=employer_headers(GROUP))).json())
    assert [m["sender"] for m in msgs["messages"]] == ["bot"]


async def test_4000_characters_is_accepted(client):
    cid = await start_chat(client, GROUP)
    body = await say(client, GROUP, cid, ("billing question " * 300)[:4000])
    assert body["replies"]


async def test_unknown_conversation_is_404(client):
    resp = await client.get("/api/chat/conversations/nope", headers=employer_headers(GROUP))
    assert resp.status == 404 and (await resp.json())["error"]["code"] == "conversation_not_found"
    resp = await client.post("/api/chat/conversations/nope/messages", headers=employer_headers(GROUP),
                             json={"text": "hello"})
    assert resp.status == 404


def _token(claims: dict, secret: str = SECRET) -> dict:
    return {"Authorization": "Bearer " + jwt.encode(claims, secret, algorithm="HS256")}


@pytest.mark.parametrize("headers, status", [
    ({}, 401),
    ({"Authorization": "Bearer not-a-token"}, 401),
    (_token({"sub": "a@b.c", "grp": GROUP, "role": "employer",
             "exp": datetime.now(timezone.utc) + timedelta(hours=1)}, secret="forged-by-someone-without-the-service-key"), 401),
    (_token({"sub": "a@b.c", "grp": GROUP, "role": "employer",
             "exp": datetime.now(timezone.utc) - timedelta(minutes=1)}), 401),
    (_token({"sub": "a@b.c", "grp": GROUP, "role": "employer"}), 401),        # no expiry
    (admin_headers(), 403),
])
async def test_tokens_are_checked(client, headers, status):
    resp = await client.post("/api/chat/conversations", headers=headers)
    assert resp.status == status
    assert "error" in await resp.json()


async def test_admin_endpoints_refuse_employer_tokens(client):
    resp = await client.get("/api/admin/queue", headers=employer_headers(GROUP))
    assert resp.status == 403
    resp = await client.get("/api/admin/queue")
    assert resp.status == 401


async def test_asking_for_a_person_escalates_and_agent_reply_arrives_live(client):
    cid = await start_chat(client, GROUP)
    body = await say(client, GROUP, cid, "I need to talk to a real person please")
    reply = body["replies"][0]
    assert reply["intent"] == "human_agent"
    assert reply["escalation"]["reason"] == "customer_request" and reply["escalation"]["queue_position"] == 1
    assert body["status"] == "waiting_for_agent"

    queue = (await (await client.get("/api/admin/queue", headers=admin_headers())).json())["escalations"]
    assert [e["conversation_id"] for e in queue] == [cid]
    esc = queue[0]
    assert esc["group_number"] == GROUP and esc["status"] == "open"

    ws = await client.ws_connect(f"/api/chat/conversations/{cid}/ws", headers=employer_headers(GROUP))
    assert (await client.post(f"/api/admin/escalations/{esc['id']}/claim", headers=admin_headers("alex"))).status == 200
    assert (await client.post(f"/api/admin/escalations/{esc['id']}/claim", headers=admin_headers("sam"))).status == 409
    resp = await client.post(f"/api/admin/escalations/{esc['id']}/messages", headers=admin_headers("alex"),
                             json={"text": "Hi, this is Alex from administration."})
    assert resp.status == 200
    event = await ws.receive_json(timeout=5)
    assert event["type"] == "message"
    assert event["message"]["sender"] == "agent" and "Alex" in event["message"]["text"]
    await ws.close()

    transcript = await (await client.get(f"/api/admin/conversations/{cid}", headers=admin_headers())).json()
    assert [m["sender"] for m in transcript["messages"]] == ["bot", "employer", "bot", "agent"]
    assert transcript["messages"][1]["intent"] is None and transcript["messages"][2]["intent"] == "human_agent"
    assert transcript["escalations"][0]["reason"] == "customer_request"

    resp = await client.post(f"/api/admin/escalations/{esc['id']}/resolve", headers=admin_headers("alex"),
                             json={"note": "answered"})
    assert resp.status == 200
    status = (await (await client.get(f"/api/chat/conversations/{cid}", headers=employer_headers(GROUP))).json())
    assert status["status"] == "bot"


async def test_other_intents_are_handed_over_honestly(client):
    cid = await start_chat(client, GROUP)
    reply = (await say(client, GROUP, cid, "We want to cancel our whole group plan and switch carriers"))["replies"][0]
    assert reply["intent"] == "group_cancellation"
    assert reply["escalation"] is not None
    assert "administrator" in reply["text"]


async def test_health_and_metrics(client, monkeypatch):
    resp = await client.get("/healthz")
    assert resp.status == 200
    cid = await start_chat(client, GROUP)
    await say(client, GROUP, cid, "hello")
    text = await (await client.get("/metrics")).text()
    assert 'ea_turns_total{channel="chat",intent="greeting"} 1.0' in text
    assert "ea_turn_seconds_bucket" in text and "ea_http_requests_total" in text

    import bot.ops

    async def down(engine):
        raise ConnectionRefusedError("database down")
    monkeypatch.setattr(bot.ops, "ping", down)
    resp = await client.get("/healthz")
    assert resp.status == 503


async def test_chat_page_needs_a_token(client):
    resp = await client.get("/chat")
    assert resp.status == 401 and "needs a token" in await resp.text()
    token = employer_headers(GROUP)["Authorization"].split()[1]
    resp = await client.get(f"/chat?token={token}")
    assert resp.status == 200
    html = await resp.text()
    assert "/static/chat.js" in html and GROUP in html


async def test_a_new_import_shows_up_in_the_next_answer(client, settings):
    """Rates and names are cached per group between imports; an import makes every instance reload."""
    from tests.conftest import load_feed_into
    cid = await start_chat(client, GROUP)
    assert "$24.10" in (await say(client, GROUP, cid, "What coverage does Laura King have?"))["replies"][0]["text"]
    feed = read_feed()
    feed["products"][0]["rates"][1]["monthly"] = 26.40
    feed["groups"][0]["bills"][0]["lines"][0]["amount"] = 26.40
    feed["groups"][0]["bills"][0]["total"] = 26.40
    feed["groups"][0]["payments"][0].update(amount=26.40, applied=26.40)
    feed["groups"][0]["employees"][0]["first_name"] = "Lauren"
    await load_feed_into(settings.database_url, feed)
    text = (await say(client, GROUP, cid, "What coverage does Lauren King have?"))["replies"][0]["text"]
    assert "$26.40" in text and "Lauren King" in text
