"""The contract holds for a policy data feed the project has never seen: other groups, names,
product codes and states, imported through the CLI and asked about through the chat API."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from bot.app import create_app
from tests.changes_support import cents, feed_and_scenarios, name, premium, usd
from tests.conftest import SECRET, say, start_chat

PER_YEAR = {"monthly": 12, "semimonthly": 24, "biweekly": 26, "weekly": 52}


@pytest.fixture
def unseen(tmp_path):
    feed, _ = feed_and_scenarios(style="alt", seed=23)
    path = tmp_path / "unseen.json"
    path.write_text(json.dumps(feed))
    return feed, path


async def test_unseen_feed_imports_through_the_cli_and_answers_with_its_figures(unseen, db_url, settings, nlu,
                                                                              knowledge, aiohttp_client):
    feed, path = unseen
    out = subprocess.run([sys.executable, "-m", "bot", "import", str(path), "--db", db_url],
                         capture_output=True, text=True, timeout=180, env={**os.environ, "EA_SECRET": SECRET})
    assert out.returncode == 0, out.stderr
    client = await aiohttp_client(create_app(settings, nlu=nlu, knowledge=knowledge))

    group = next(g for g in feed["groups"] if g["billing_mode"] in PER_YEAR)
    names = [name(e) for e in group["employees"]]
    employee = next(e for e in group["employees"]
                    if e["status"] == "active" and names.count(name(e)) == 1
                    and any(p["status"] == "active" for p in e["policies"]))
    cid = await start_chat(client, group["group_number"])
    reply = (await say(client, group["group_number"], cid, f"What coverage does {name(employee)} have?"))["replies"][0]
    assert reply["intent"] == "coverage_inquiry"
    for policy in employee["policies"]:
        monthly = premium(feed, employee, policy)
        assert policy["policy_number"] in reply["text"]
        assert usd(monthly) in reply["text"]
        if group["billing_mode"] != "monthly":
            assert usd(cents(monthly * 12 / PER_YEAR[group["billing_mode"]])) in reply["text"]

    # and another group's token sees none of it
    other = next(g for g in feed["groups"] if g["group_number"] != group["group_number"])
    cid = await start_chat(client, other["group_number"])
    reply = (await say(client, other["group_number"], cid, f"What coverage does {name(employee)} have?"))["replies"][0]
    assert not any(p["policy_number"] in reply["text"] for p in employee["policies"])
