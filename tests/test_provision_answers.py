"""General questions get the provision's answer, in the group's terms, with a citation."""
from __future__ import annotations

import pytest

from tests.conftest import read_feed, say, start_chat

GROUP = "G20417"


@pytest.fixture
async def client(make_client):
    feed = read_feed()
    feed["groups"][0]["grace_days"] = 45            # the group's own grace period, not the default
    return await make_client(feed)


async def test_grace_period_question_answers_with_the_groups_days(client):
    cid = await start_chat(client, GROUP)
    reply = (await say(client, GROUP, cid, "How long is the grace period?"))["replies"][0]
    assert reply["intent"] == "payment"
    assert "45 days" in reply["text"]
    assert any(c["document"] == "grace-period" for c in reply["citations"])


async def test_general_question_gets_the_provision_before_the_who_question(client):
    cid = await start_chat(client, GROUP)
    reply = (await say(client, GROUP, cid, "Can we add a newborn to a policy?"))["replies"][0]
    assert reply["intent"] == "dependent_change"
    assert "31 days" in reply["text"] and "/provisions/newborns-and-adoptions" in reply["text"]
    assert {"document": "newborns-and-adoptions"}.items() <= reply["citations"][0].items()
    assert "A name or policy number" in reply["text"]          # the handler still asks who it is for
    page = await client.get("/provisions/newborns-and-adoptions")
    assert page.status == 200 and "31 days" in await page.text()


async def test_a_named_person_gets_the_data_not_a_lecture(client):
    cid = await start_chat(client, GROUP)
    reply = (await say(client, GROUP, cid, "Can we add Laura King's newborn son to her accident policy?"))["replies"][0]
    assert reply["intent"] == "dependent_change"
    assert "/provisions/" not in reply["text"]                 # straight on with Laura King's change
    assert "name" in reply["text"]
