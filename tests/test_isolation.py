"""A token for one group never reveals another group's data, on any endpoint."""
from __future__ import annotations

import copy

import pytest

from tests.conftest import employer_headers, read_feed, say, start_chat


def two_group_feed() -> dict:
    feed = read_feed()
    other = copy.deepcopy(feed["groups"][0])
    other.update(group_number="G55501", name="Harbor Freight Lines")
    other["contacts"] = [{"name": "Pat Lee", "email": "pat@harbor.example", "role": "billing_admin"}]
    emp = other["employees"][0]
    emp.update(employee_id="E9001", first_name="Marcus", last_name="Oduya")
    emp["policies"][0].update(policy_number="5510000001", dependents=[])
    emp["policies"][0]["tier"] = "employee"
    emp["policies"][1]["policy_number"] = "5510000002"
    other["bills"] = [{"bill_number": "B-G55501-2026-10", "period": "2026-10-01", "due_date": "2026-10-01",
                       "lines": [{"policy_number": "5510000001", "amount": 14.20}], "total": 14.20}]
    other["payments"] = [{"payment_id": "P-99001", "received": "2026-10-02", "amount": 14.20, "method": "ach",
                          "reference": "A1", "applied": 14.20, "suspense": 0}]
    feed["groups"].append(other)
    return feed


@pytest.fixture
async def client(make_client):
    return await make_client(two_group_feed())


async def test_other_groups_conversations_are_invisible(client):
    mine = await start_chat(client, "G20417")
    await say(client, "G20417", mine, "What does Laura King have?")
    intruder = employer_headers("G55501")
    assert (await client.get(f"/api/chat/conversations/{mine}", headers=intruder)).status == 404
    resp = await client.post(f"/api/chat/conversations/{mine}/messages", headers=intruder, json={"text": "hi"})
    assert resp.status == 404
    resp = await client.get(f"/api/chat/conversations/{mine}/ws", headers=intruder)
    assert resp.status == 404
    # and the refused attempts added nothing to the conversation
    msgs = (await (await client.get(f"/api/chat/conversations/{mine}", headers=employer_headers("G20417"))).json())
    assert len(msgs["messages"]) == 3


async def test_names_and_policy_numbers_of_another_group_are_not_found(client):
    cid = await start_chat(client, "G55501")
    reply = (await say(client, "G55501", cid, "What coverage does Laura King have?"))["replies"][0]
    assert "4410021137" not in reply["text"] and "Evan" not in reply["text"]
    assert "can't find" in reply["text"] or "Marcus" in reply["text"]
    reply = (await say(client, "G55501", cid, "status of policy 4410021137?"))["replies"][0]
    assert "can't find policy 4410021137" in reply["text"]
    reply = (await say(client, "G55501", cid, "How many employees do we have enrolled?"))["replies"][0]
    assert "Harbor Freight Lines" in reply["text"] and "Prairie" not in reply["text"]


async def test_unknown_group_in_token(client):
    resp = await client.post("/api/chat/conversations", headers=employer_headers("G00000"))
    assert resp.status == 403
