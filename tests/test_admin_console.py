"""Console pages over HTTP: sign-in by token → cookie, CSRF on cookie calls, escaped transcripts,
audited views, and reports whose figures are computed independently here."""
from __future__ import annotations

import csv
import io

import pytest
from sqlalchemy import select

from bot.admin.session import COOKIE, CSRF_HEADER, csrf_for
from bot.auth import issue_token
from bot.keys import SESSIONS
from bot.storage.models import AuditEvent
from tests.conftest import SECRET, admin_headers, employer_headers, read_feed, say, start_chat

GROUP = "G20417"


@pytest.fixture
async def client(make_client):
    return await make_client(read_feed())


async def sign_in(client, name="alex") -> str:
    token = issue_token(SECRET, role="admin", sub=name)
    resp = await client.get(f"/admin?token={token}", allow_redirects=False)
    assert resp.status == 303 and resp.headers["Location"] == "/admin"          # token leaves the address
    cookie = resp.cookies[COOKIE]
    assert cookie["httponly"] and cookie["samesite"] == "Strict"
    return token


async def test_sign_in_sets_cookie_and_shows_the_queue(client):
    assert "Administrator token" in await (await client.get("/admin")).text()   # not signed in
    await sign_in(client)
    cid = await start_chat(client, GROUP)
    await say(client, GROUP, cid, "I want to talk to a person")
    page = await (await client.get("/admin")).text()
    assert "customer request" in page and f"/admin/conversations/{cid}" in page and "due in" in page
    fragment = await (await client.get("/admin/fragments/queue")).text()
    assert "<html" not in fragment and cid in fragment


async def test_bad_or_employer_token_does_not_sign_in(client):
    assert (await client.get("/admin?token=forged", allow_redirects=False)).status == 401
    employer = issue_token(SECRET, role="employer", sub="x@example.com", group=GROUP)
    resp = await client.get(f"/admin?token={employer}", allow_redirects=False)
    assert resp.status == 401 and COOKIE not in resp.cookies
    assert (await client.get("/admin/conversations/nope", allow_redirects=False)).status == 303


async def test_cookie_calls_need_the_csrf_header(client):
    token = await sign_in(client)
    cid = await start_chat(client, GROUP)
    await say(client, GROUP, cid, "I want to talk to a person")
    esc = (await (await client.get("/api/admin/queue")).json())["escalations"][0]     # GET with the cookie
    url = f"/api/admin/escalations/{esc['id']}/claim"
    assert (await client.post(url)).status == 403                                     # forged cross-site post
    assert (await client.post(url, headers={CSRF_HEADER: "guess"})).status == 403
    assert (await client.post(url, headers={CSRF_HEADER: csrf_for(SECRET, token)})).status == 200


async def test_conversation_page_shows_injected_html_as_text_and_is_audited(client):
    await sign_in(client, "sam")
    cid = await start_chat(client, GROUP)
    await say(client, GROUP, cid, "What coverage does Laura King have? <script>alert(1)</script><b>x</b>")
    await say(client, GROUP, cid, "I want to talk to a person")
    page = await (await client.get(f"/admin/conversations/{cid}")).text()
    assert "<script>alert(1)</script>" not in page and "<b>x</b>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;&lt;b&gt;x&lt;/b&gt;" in page
    assert "coverage inquiry ·" in page and "4410021137" in page            # intent + confidence, records
    assert "human agent ·" in page and "customer request" in page
    await client.get(f"/admin/fragments/conversations/{cid}")
    async with client.app[SESSIONS]() as session:
        views = (await session.scalars(select(AuditEvent).where(AuditEvent.action == "conversation_viewed",
                                                                AuditEvent.conversation_id == cid))).all()
    assert [(v.actor, v.detail["via"]) for v in views] == [("sam", "console"), ("sam", "console_refresh")]


async def test_reports_show_the_figures_and_export_them(client):
    await sign_in(client)
    contained = await start_chat(client, GROUP)
    await say(client, GROUP, contained, "What coverage does Laura King have?")
    await say(client, GROUP, contained, "thanks, bye")
    escalated = await start_chat(client, GROUP)
    await say(client, GROUP, escalated, "I want to talk to a person")
    await start_chat(client, GROUP)                     # opened, never written in: not counted
    esc = (await (await client.get("/api/admin/queue", headers=admin_headers())).json())["escalations"][0]
    await client.post(f"/api/admin/escalations/{esc['id']}/messages", headers=admin_headers(), json={"text": "Hi"})
    await client.post(f"/api/admin/escalations/{esc['id']}/resolve", headers=admin_headers(), json={"note": "ok"})

    page = await (await client.get("/admin/reports")).text()
    assert "50%" in page and "1 of 2 conversations without a person" in page
    assert "<svg" in page and "How each measure is defined" in page
    rows = list(csv.DictReader(io.StringIO(await (await client.get("/admin/reports.csv")).text())))
    value = {(r["measure"], r["key"]): r["value"] for r in rows if not r["day"]}
    assert value[("containment", "conversations")] == "2" and value[("containment", "contained")] == "1"
    assert value[("escalations_by_reason", "customer_request")] == "1"
    assert value[("time_to_first_reply", "escalations")] == "1" and value[("time_to_resolution", "escalations")] == "1"
    assert value[("sla_misses", "chat_missed")] == "0" and value[("sla_misses", "chat_in_time")] == "1"
    by_intent = {r["key"]: int(r["value"]) for r in rows if r["measure"] == "intents_by_day"}
    assert by_intent == {"coverage_inquiry": 1, "goodbye": 1, "human_agent": 1}
    assert (await client.get("/admin/reports.csv?from=2026-13-01")).status == 400
    assert (await client.get("/admin/reports.csv", headers=employer_headers(GROUP))).status == 403
