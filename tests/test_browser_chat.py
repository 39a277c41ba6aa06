"""An employer opens the chat page in real headless Chromium, asks a coverage question, sees the answer,
then sees an administrator's reply arrive without reloading."""
from __future__ import annotations

import pytest

from bot.app import create_app
from bot.auth import issue_token
from tests.browser import browser
from tests.conftest import SECRET, admin_headers, load_feed_into, read_feed

pytestmark = pytest.mark.browser
GROUP = "G20417"


async def test_chat_page_answers_and_shows_agent_reply_live(aiohttp_server, aiohttp_client, settings, nlu, knowledge):
    await load_feed_into(settings.database_url, read_feed())
    app = create_app(settings, nlu=nlu, knowledge=knowledge)
    server = await aiohttp_server(app)
    api = await aiohttp_client(server)
    token = issue_token(SECRET, role="employer", sub="dana@prairiemill.example", group=GROUP)

    async with browser() as b:
        page = await b.new_page()
        await page.goto(str(server.make_url(f"/chat?token={token}")))
        await page.wait_for_selector(".msg.bot")                       # the welcome message
        await page.fill("#text", "What coverage does Laura King have?")
        await page.click("#send")
        answer = page.locator(".msg.bot", has_text="4410021137")
        await answer.wait_for(timeout=10_000)
        assert "$24.10" in await answer.inner_text()

        await page.fill("#text", "Can I speak to someone on your team?")
        await page.keyboard.press("Enter")
        await page.locator(".msg.bot", has_text="administrator").last.wait_for(timeout=10_000)

        queue = await (await api.get("/api/admin/queue", headers=admin_headers())).json()
        esc = queue["escalations"][0]
        await api.post(f"/api/admin/escalations/{esc['id']}/claim", headers=admin_headers())
        await api.post(f"/api/admin/escalations/{esc['id']}/messages", headers=admin_headers(),
                       json={"text": "Hello Dana, <b>Alex</b> here."})
        agent = page.locator(".msg.agent")
        await agent.wait_for(timeout=10_000)                             # arrives over the WebSocket
        assert "<b>Alex</b> here" in await agent.inner_text()           # shown as text, not HTML
