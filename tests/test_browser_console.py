"""A real handoff in two browsers (headless Chromium, two contexts): the employer asks for a person
in the chat page, the administrator sees it arrive in the console queue, claims it, reads the
employer's next message live (injected HTML shown as text), replies with a canned response, and
the employer's page shows the reply without reloading; then the administrator hands back."""
from __future__ import annotations

import pytest

from bot.app import create_app
from bot.auth import issue_token
from tests.browser import browser
from tests.conftest import SECRET, load_feed_into, read_feed

pytestmark = pytest.mark.browser
GROUP = "G20417"
INJECTED = '<img src=x onerror="document.title=\'pwned\'"><b>bold?</b>'


async def test_handoff_end_to_end_in_two_browsers(aiohttp_server, settings, nlu, knowledge):
    await load_feed_into(settings.database_url, read_feed())
    server = await aiohttp_server(create_app(settings, nlu=nlu, knowledge=knowledge))
    employer_token = issue_token(SECRET, role="employer", sub="dana@prairiemill.example", group=GROUP)
    admin_token = issue_token(SECRET, role="admin", sub="alex")

    async with browser() as b:
        employer_ctx, admin_ctx = await b.new_context(), await b.new_context()
        chat, console = await employer_ctx.new_page(), await admin_ctx.new_page()

        await console.goto(str(server.make_url(f"/admin?token={admin_token}")))
        assert console.url.endswith("/admin")                       # token gone from the address bar
        await console.wait_for_selector("text=Nothing in the queue.")

        await chat.goto(str(server.make_url(f"/chat?token={employer_token}")))
        await chat.wait_for_selector(".msg.bot")
        await chat.fill("#text", "I want to talk to a person")
        await chat.click("#send")
        await chat.locator(".msg.bot", has_text="administrator").last.wait_for(timeout=10_000)

        # the queue page updates itself (WebSocket on the queue topic → fresh fragment)
        claim = console.locator("button[data-action=claim]")
        await claim.wait_for(timeout=10_000)
        assert "customer request" in await console.locator("table.queue tbody").inner_text()
        await claim.click()
        await console.wait_for_url("**/admin/conversations/**")
        await console.locator(".turn.employer", has_text="I want to talk to a person").wait_for()
        await console.locator("#reply-form").wait_for(state="visible")

        # the employer writes again: the console shows it live, as text
        await chat.fill("#text", INJECTED)
        await chat.click("#send")
        injected = console.locator(".turn.employer .text", has_text="bold?")
        await injected.wait_for(timeout=10_000)
        assert await injected.inner_text() == INJECTED
        assert await console.locator(".turn img, .turn .text b").count() == 0
        assert await console.title() != "pwned"

        # a canned response, edited, sent: the employer sees it without reloading
        await console.select_option("#canned", "looking")
        assert "looking at your group's records" in await console.input_value("#reply-text")
        await console.fill("#reply-text", "Hello Dana, Alex here. <i>Looking now.</i>")
        await console.click("#reply-form button[type=submit]")
        agent = chat.locator(".msg.agent")
        await agent.wait_for(timeout=10_000)
        assert "Alex here. <i>Looking now.</i>" in await agent.inner_text()
        await chat.locator("#status", has_text="An administrator is here").wait_for(timeout=10_000)

        # an internal note, then hand back to the assistant
        await console.fill("#note-text", "Called Dana about the DI rate.")
        await console.click("#note-form button[type=submit]")
        await console.locator(".notes", has_text="Called Dana about the DI rate.").wait_for(timeout=10_000)
        await console.fill("#resolve-note", "Answered; back to the assistant.")
        await console.click("button[data-action=handback]")
        await console.locator(".conv-status", has_text="bot").wait_for(timeout=10_000)
        await chat.locator(".msg.bot", has_text="handed this conversation back").wait_for(timeout=10_000)
        assert "Called Dana" not in await chat.locator("#log").inner_text()     # notes stay internal

        await employer_ctx.close()
        await admin_ctx.close()
