"""Escalation policy (SPEC.md "Escalation"): negative wording, permission, priority, and what an
escalation carries — measured on labelled messages and driven through the real pipeline."""
from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from bot import escalation_policy as policy
from tests.conftest import admin_headers, employer_headers, read_feed, say, start_chat

GROUP = "G20417"
DATA = Path(__file__).parent / "data"
HR = "pat@prairiemill.example"


def measure(name: str) -> tuple[float, float, list[str]]:
    rows = [json.loads(line) for line in (DATA / name).read_text().splitlines() if line.strip()]
    tp = fp = fn = 0
    wrong = []
    for row in rows:
        flagged = policy.score_text(row["text"]).negative
        tp += flagged and row["negative"]
        fp += flagged and not row["negative"]
        fn += row["negative"] and not flagged
        if flagged != row["negative"]:
            wrong.append(row["text"])
    return tp / max(tp + fp, 1), tp / max(tp + fn, 1), wrong


def test_negative_wording_measured_on_the_tuning_set():
    precision, recall, wrong = measure("sentiment_examples.jsonl")
    assert precision >= 0.95 and recall >= 0.9, wrong


def test_negative_wording_measured_on_held_out_messages():
    # written after the lexicon was tuned; false alarms cost an administrator's time, so precision first
    precision, recall, wrong = measure("sentiment_heldout.jsonl")
    assert precision >= 0.9 and recall >= 0.6, wrong


@pytest.mark.parametrize("text,negative", [
    ("This is ridiculous", True),
    ("This is not ridiculous at all, thanks", False),           # negated
    ("That wasn't a joke, I really need the form", False),
    ("the bill is wrong and the payment was late", False),      # trade words alone never escalate
    ("THIS IS THE WRONG BILL AGAIN", True),                     # shouting adds up
    ("What does SSN mean on the HR upload?", False),            # one acronym is not shouting
    ("I am extremely upset", True),                             # intensifier
    ("I am upset", False),
])
def test_negative_wording_rules(text, negative):
    assert policy.score_text(text).negative is negative, policy.score_text(text)


@pytest.fixture
async def client(make_client):
    feed = copy.deepcopy(read_feed())
    feed["groups"][0]["contacts"].append({"name": "Pat Lee", "email": HR, "role": "hr"})
    return await make_client(feed)


async def queue(client) -> list[dict]:
    return (await (await client.get("/api/admin/queue", headers=admin_headers())).json())["escalations"]


async def transcript(client, cid: str) -> dict:
    return await (await client.get(f"/api/admin/conversations/{cid}", headers=admin_headers())).json()


async def test_angry_question_is_answered_and_escalated(client):
    cid = await start_chat(client, GROUP)
    body = await say(client, GROUP, cid, "This is ridiculous, third time I ask: what coverage does Laura King have?")
    reply = body["replies"][0]
    assert "4410021137" in reply["text"] and "$24.10" in reply["text"]          # still answered
    assert "follow up with you personally" in reply["text"]
    assert reply["escalation"]["reason"] == "negative_sentiment"
    assert body["status"] == "waiting_for_agent"
    esc = (await transcript(client, cid))["escalations"][0]
    ctx = esc["context"]
    assert esc["priority"] == 2 and ctx["intent"] == "coverage_inquiry"
    assert ctx["sentiment"]["matched"] == ["ridiculous", "third time"]
    assert {"label": "PERSON", "text": "Laura King", "value": "Laura King"} in ctx["entities"]
    assert "4410021137" in ctx["records"] and "upset" in ctx["next_step"]


async def test_calm_question_is_not_escalated(client):
    cid = await start_chat(client, GROUP)
    body = await say(client, GROUP, cid, "The bill looks wrong for Laura King, what coverage does she have?")
    assert body["replies"][0]["escalation"] is None and body["status"] == "bot"


async def test_request_beyond_the_role_goes_to_a_person(client):
    resp = await client.post("/api/chat/conversations", headers=employer_headers(GROUP, HR))
    cid = (await resp.json())["conversation_id"]
    r = await client.post(f"/api/chat/conversations/{cid}/messages", headers=employer_headers(GROUP, HR),
                          json={"text": "We overpaid in October and want that premium refunded"})
    reply = (await r.json())["replies"][0]
    assert reply["intent"] == "premium_refund"
    assert reply["escalation"]["reason"] == "permission"
    assert "Dana Ortiz" in reply["text"] and "hr" in reply["text"]
    esc = next(e for e in await queue(client) if e["conversation_id"] == cid)
    assert (esc["reason"], esc["intent"]) == ("permission", "premium_refund")


async def test_same_request_from_the_billing_admin_is_not_a_permission_case(client):
    user = "dana@prairiemill.example"
    resp = await client.post("/api/chat/conversations", headers=employer_headers(GROUP, user))
    cid = (await resp.json())["conversation_id"]
    r = await client.post(f"/api/chat/conversations/{cid}/messages", headers=employer_headers(GROUP, user),
                          json={"text": "We overpaid in October and want that premium refunded"})
    escalation = (await r.json())["replies"][0]["escalation"]
    assert escalation is None or escalation["reason"] != "permission"


async def test_another_groups_number_is_never_answered(client):
    cid = await start_chat(client, GROUP)
    reply = (await say(client, GROUP, cid, "What coverage does Laura King have in group G51544?"))["replies"][0]
    assert reply["escalation"]["reason"] == "permission"
    assert "G51544" in reply["text"] and "4410021137" not in reply["text"]


async def test_delinquent_group_goes_first(make_client, monkeypatch):
    monkeypatch.setenv("EA_TODAY", "2026-11-02")
    feed = copy.deepcopy(read_feed())
    late = copy.deepcopy(feed["groups"][0])
    late.update(group_number="G20999", name="Late Payers Inc", paid_to_date="2026-09-01", contacts=[])
    for emp in late["employees"]:
        emp["employee_id"] += "X"
        for pol in emp["policies"]:
            pol["policy_number"] = "9" + pol["policy_number"][1:]
    late["bills"], late["payments"] = [], []
    feed["groups"].append(late)
    client = await make_client(feed)
    on_time = await start_chat(client, GROUP)
    await say(client, GROUP, on_time, "I want to talk to a person")
    behind = await start_chat(client, "G20999")
    await say(client, "G20999", behind, "I want to talk to a person")
    escalations = await queue(client)
    assert [(e["group_number"], e["priority"]) for e in escalations] == [("G20999", 1), (GROUP, 2)]


async def test_two_low_confidence_turns_escalate(client):
    cid = await start_chat(client, GROUP)
    first = (await say(client, GROUP, cid, "blorf zzkt quantum"))["replies"][0]
    assert first["escalation"] is None
    second = (await say(client, GROUP, cid, "purple monkey dishwasher"))["replies"][0]
    assert second["escalation"]["reason"] == "low_confidence"
