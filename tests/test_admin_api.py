"""Administrator API: every queue transition, through the real app (CONTRACT.md + the console's own)."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from bot.keys import SESSIONS
from bot.storage.models import AuditEvent, EscalationNote
from tests.conftest import admin_headers, employer_headers, read_feed, say, start_chat

GROUP = "G20417"
ALEX, SAM = admin_headers("alex"), admin_headers("sam")


@pytest.fixture
async def client(make_client):
    return await make_client(read_feed())


async def escalate(client) -> tuple[str, dict]:
    cid = await start_chat(client, GROUP)
    body = await say(client, GROUP, cid, "I want to talk to a person")
    assert body["status"] == "waiting_for_agent", body
    assert body["replies"][0]["escalation"]["reason"] == "customer_request"
    queue = (await (await client.get("/api/admin/queue", headers=ALEX)).json())["escalations"]
    return cid, next(e for e in queue if e["conversation_id"] == cid)


async def post(client, path, headers=ALEX, **body):
    return await client.post(path, headers=headers, json=body)


async def test_queue_lists_open_escalation_with_contract_fields(client):
    cid, esc = await escalate(client)
    assert set(esc) == {"id", "conversation_id", "channel", "group_number", "reason", "intent", "priority",
                        "status", "assignee", "created_at", "due_at"}
    assert (esc["status"], esc["assignee"], esc["group_number"], esc["channel"]) == ("open", None, GROUP, "chat")
    assert esc["due_at"] > esc["created_at"]


async def test_claim_then_other_admin_gets_409_and_same_admin_is_harmless(client):
    _, esc = await escalate(client)
    url = f"/api/admin/escalations/{esc['id']}/claim"
    first = await post(client, url)
    assert first.status == 200 and (await first.json())["assignee"] == "alex"
    assert (await post(client, url)).status == 200                # claiming twice is harmless
    lost = await post(client, url, SAM)
    assert lost.status == 409 and (await lost.json())["error"]["code"] == "already_claimed"


async def test_reply_reaches_employer_and_sets_with_agent(client):
    cid, esc = await escalate(client)
    await post(client, f"/api/admin/escalations/{esc['id']}/claim")
    ws = await client.ws_connect(f"/api/chat/conversations/{cid}/ws", headers=employer_headers(GROUP))
    resp = await post(client, f"/api/admin/escalations/{esc['id']}/messages", text="Hi, Alex here.")
    assert resp.status == 200 and (await resp.json())["status"] == "with_agent"
    event = await ws.receive_json(timeout=5)
    assert event["message"]["sender"] == "agent" and event["message"]["text"] == "Hi, Alex here."
    await ws.close()
    # another administrator cannot reply on a held escalation
    assert (await post(client, f"/api/admin/escalations/{esc['id']}/messages", SAM, text="me too")).status == 409


async def test_waiting_on_employer_and_back_when_employer_writes(client):
    cid, esc = await escalate(client)
    url = f"/api/admin/escalations/{esc['id']}"
    # only the holder may change the status
    assert (await post(client, url + "/status", status="waiting_on_employer")).status == 409
    await post(client, url + "/claim")
    assert (await post(client, url + "/status", SAM, status="waiting_on_employer")).status == 409
    resp = await post(client, url + "/status", status="waiting_on_employer")
    assert resp.status == 200 and (await resp.json())["status"] == "waiting_on_employer"
    assert (await post(client, url + "/status", status="resolved")).status == 400   # resolve has its own route
    # the employer answers: the escalation is the administrator's to act on again
    body = await say(client, GROUP, cid, "Here is the policy number: 4410021137")
    assert body["replies"] == []
    queue = (await (await client.get("/api/admin/queue", headers=ALEX)).json())["escalations"]
    assert next(e for e in queue if e["id"] == esc["id"])["status"] == "claimed"
    # and the administrator can also move it back by hand
    await post(client, url + "/status", status="waiting_on_employer")
    back = await post(client, url + "/status", status="claimed")
    assert (await back.json())["status"] == "claimed"


async def test_release_puts_it_back_for_someone_else(client):
    _, esc = await escalate(client)
    url = f"/api/admin/escalations/{esc['id']}"
    assert (await post(client, url + "/release")).status == 409          # not held by anyone
    await post(client, url + "/claim")
    assert (await post(client, url + "/release", SAM)).status == 409     # held by alex
    body = await (await post(client, url + "/release")).json()
    assert (body["status"], body["assignee"]) == ("open", None)
    assert (await post(client, url + "/claim", SAM)).status == 200


async def test_claim_next_takes_the_most_urgent(client):
    _, normal = await escalate(client)
    cid = await start_chat(client, GROUP)
    urgent = (await say(client, GROUP, cid, "We are closing the business and want to cancel our whole group plan"))
    assert urgent["replies"][0]["escalation"], urgent
    queue = (await (await client.get("/api/admin/queue", headers=ALEX)).json())["escalations"]
    assert queue[0]["conversation_id"] == cid and queue[0]["priority"] == 1     # most urgent first
    first = await (await post(client, "/api/admin/queue/claim-next")).json()
    assert first["conversation_id"] == cid and first["assignee"] == "alex"
    second = await (await post(client, "/api/admin/queue/claim-next", SAM)).json()
    assert second["id"] == normal["id"] and second["assignee"] == "sam"
    empty = await post(client, "/api/admin/queue/claim-next")
    assert empty.status == 404 and (await empty.json())["error"]["code"] == "queue_empty"


async def test_notes_are_internal_masked_and_in_the_transcript(client):
    cid, esc = await escalate(client)
    resp = await post(client, f"/api/admin/escalations/{esc['id']}/notes", SAM,
                      text="Called Dana; her SSN 123-45-6789 is on file, <b>check</b> the DI rate")
    assert resp.status == 201
    note = await resp.json()
    assert "123-45-6789" not in note["text"] and "6789" in note["text"] and note["author"] == "sam"
    transcript = await (await client.get(f"/api/admin/conversations/{cid}", headers=ALEX)).json()
    assert transcript["escalations"][0]["notes"][0]["text"] == note["text"]
    employer_view = await (await client.get(f"/api/chat/conversations/{cid}", headers=employer_headers(GROUP))).json()
    assert all("Called Dana" not in m["text"] for m in employer_view["messages"])
    assert (await post(client, f"/api/admin/escalations/{esc['id']}/notes", text="  ")).status == 400


async def test_resolve_with_note_returns_conversation_to_bot_or_closed(client):
    cid, esc = await escalate(client)
    await post(client, f"/api/admin/escalations/{esc['id']}/claim")
    assert (await post(client, f"/api/admin/escalations/{esc['id']}/resolve", SAM, note="x")).status == 409
    body = await (await post(client, f"/api/admin/escalations/{esc['id']}/resolve", note="Answered by phone")).json()
    assert body["conversation_status"] == "bot"
    queue = (await (await client.get("/api/admin/queue", headers=ALEX)).json())["escalations"]
    assert all(e["id"] != esc["id"] for e in queue)
    transcript = await (await client.get(f"/api/admin/conversations/{cid}", headers=ALEX)).json()
    assert transcript["escalations"][0]["note"] == "Answered by phone"
    assert (await post(client, f"/api/admin/escalations/{esc['id']}/resolve", note="again")).status == 409
    cid2, esc2 = await escalate(client)
    closed = await (await post(client, f"/api/admin/escalations/{esc2['id']}/resolve", note="done", close=True)).json()
    assert closed["conversation_status"] == "closed"


async def test_handback_tells_the_employer_and_the_assistant_answers_again(client):
    cid, esc = await escalate(client)
    url = f"/api/admin/escalations/{esc['id']}"
    await post(client, url + "/claim")
    await post(client, url + "/messages", text="Your question is answered; the assistant can help with the rest.")
    assert (await post(client, url + "/handback", SAM, note="no")).status == 409
    body = await (await post(client, url + "/handback", note="Answered the DI question")).json()
    assert (body["status"], body["conversation_status"]) == ("resolved", "bot")
    msgs = (await (await client.get(f"/api/chat/conversations/{cid}", headers=employer_headers(GROUP))).json())
    assert msgs["status"] == "bot" and "handed this conversation back" in msgs["messages"][-1]["text"]
    reply = await say(client, GROUP, cid, "What coverage does Laura King have?")
    assert reply["status"] == "bot" and "4410021137" in reply["replies"][0]["text"]
    assert (await post(client, url + "/handback")).status == 409


async def test_every_console_view_is_audited(client):
    cid, esc = await escalate(client)
    await client.get(f"/api/admin/conversations/{cid}", headers=SAM)
    await post(client, f"/api/admin/escalations/{esc['id']}/claim")
    async with client.app[SESSIONS]() as session:
        events = (await session.scalars(select(AuditEvent).where(AuditEvent.conversation_id == cid)
                                        .order_by(AuditEvent.id))).all()
    assert [(e.actor, e.action) for e in events] == [("sam", "conversation_viewed"), ("alex", "escalation_claimed")]


async def test_transitions_need_an_admin(client):
    _, esc = await escalate(client)
    for path in ("claim", "status", "release", "notes", "handback", "resolve", "messages"):
        url = f"/api/admin/escalations/{esc['id']}/{path}"
        assert (await client.post(url, json={})).status == 401
        assert (await client.post(url, json={}, headers=employer_headers(GROUP))).status == 403
    assert (await post(client, "/api/admin/escalations/999999/claim")).status == 404
    assert (await post(client, "/api/admin/escalations/abc/notes", text="x")).status == 404
    async with client.app[SESSIONS]() as session:
        assert not (await session.scalars(select(EscalationNote))).all()


async def test_canned_responses_are_data(client):
    body = await (await client.get("/api/admin/canned", headers=ALEX)).json()
    assert len(body["responses"]) >= 5 and all({"id", "title", "text"} <= set(r) for r in body["responses"])
