"""Replay demo traffic through the real service so the console and reports have real figures.

    python -m bot.admin.replay [--db URL] [--days 10] [--seed 7]

Employers of the bundled demo groups ask questions drawn from bot/data/demo_scenarios.json
(their people, policies and bills), over the last N business days, through the chat API of the
real app; administrators then work the queue through the admin API — some escalations the same
day, some the next business day, a few left open. Days are moved with EA_TODAY (the one clock);
times of day are real, so same-day answers take seconds and next-day answers about a day.
Nothing is written to the database except through the service's own endpoints.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
from datetime import date, timedelta
from importlib import resources

from aiohttp.test_utils import TestClient, TestServer

from bot.app import create_app
from bot.auth import issue_token
from bot.clock import today
from bot.config import Settings

ADMINS = ["alex", "sam", "jordan"]


def _people(feed: dict) -> dict[tuple[str, str], str]:
    return {(g["group_number"], e["employee_id"]): f'{e["first_name"]} {e["last_name"]}'
            for g in feed["groups"] for e in g["employees"]}


def conversations_for(scenario: dict, people: dict, rng: random.Random) -> list[list[str]]:
    """Realistic opening lines for a scenario; each inner list is one conversation."""
    g, emp, pol = scenario["group_number"], scenario.get("employee_id"), scenario.get("policy_number")
    name = people.get((g, emp)) if emp else None
    d = scenario.get("details") or {}
    kind = scenario["scenario"]
    if kind == "near_duplicate_names":
        first, second = d["names"]
        return [[f"What coverage does {first} have?", first], [f"what is {second.split()[0]} {second.split()[1][:-1]}'s premium"]]
    if name is None:
        bill = d.get("bill_number", "")
        return [[f"Did our payment for {bill} post? When is it due?"],
                [f"We're past due on {bill}?? This is ridiculous, we paid on time!!"],
                ["I want to talk to a person about our bill"]]
    lines = {
        "tobacco_change": [f"{name} quit smoking, what is the new rate on policy {pol}?"],
        "whole_life_loan": [f"How much can {name} borrow against policy {pol}?"],
        "whole_life_cash_value": [f"What is the cash value on {name}'s whole life policy?"],
        "dependent_aging_out": [f"When does {d.get('dependent', 'the child')} come off {name}'s coverage?"],
        "new_hire_not_billed": [f"Why isn't {name} on our November bill?"],
        "terminated_still_billed": [f"{name} left the company, why are we still billed for policy {pol}? We want a refund"],
        "suspense": ["What is the money in suspense on our account?"],
        "lapsed_recent": [f"Can we reinstate {name}'s lapsed policy {pol}?"],
        "lapsed_past_window": [f"{name}'s coverage lapsed last year, can it come back?"],
        "lapsed_life": [f"Reinstate the life policy {pol} for {name} please"],
        "duplicate_payment": ["We paid the same bill twice, please refund the duplicate payment"],
    }.get(kind, [f"What coverage does {name} have?"])
    convs = [lines, [f"What coverage does {name} have?", "thanks, that's all"]]
    if rng.random() < 0.3:
        convs.append([f"This is the third time I'm asking about {name}. Absolutely unacceptable."])
    return convs


GENERAL = [["hi"], ["How do I reset my portal password?"], ["Can you send me a copy of the group contract?"],
           ["We are thinking about cancelling our whole group plan and switching carriers"],
           ["I want to talk to a person"], ["what's the weather like in Omaha"], ["blorf zzkt", "purple monkey"],
           ["How many employees are enrolled in coverage?"], ["thanks, bye"]]


def business_days(end: date, n: int) -> list[date]:
    days, d = [], end
    while len(days) < n:
        if d.weekday() < 5:
            days.append(d)
        d -= timedelta(days=1)
    return sorted(days)


async def replay(settings: Settings, days: int, seed: int, per_day: int) -> dict:
    rng = random.Random(seed)
    feed = json.loads(resources.files("bot").joinpath("data/demo_feed.json").read_text())
    scenarios = json.loads(resources.files("bot").joinpath("data/demo_scenarios.json").read_text())["scenarios"]
    people = _people(feed)
    contacts = {g["group_number"]: [c["email"] for c in g["contacts"]] for g in feed["groups"]}
    plan = [(s["group_number"], conv) for s in scenarios for conv in conversations_for(s, people, rng)]
    plan += [(g["group_number"], conv) for g in feed["groups"] for conv in GENERAL]
    end = today()
    admin = {a: {"Authorization": f"Bearer {issue_token(settings.secret, role='admin', sub=a)}"} for a in ADMINS}
    stats = {"conversations": 0, "messages": 0, "escalations_worked": 0}
    client = TestClient(TestServer(create_app(settings)))
    await client.start_server()
    try:
        backlog: list[dict] = []
        for day in business_days(end, days):
            os.environ["EA_TODAY"] = day.isoformat()
            for esc in backlog:                                   # yesterday's leftovers first
                await _work(client, admin[rng.choice(ADMINS)], esc, rng, stats)
            backlog = []
            for group, lines in rng.sample(plan, min(per_day, len(plan))):
                user = rng.choice(contacts.get(group) or ["clerk@example.com"])
                headers = {"Authorization": f"Bearer {issue_token(settings.secret, role='employer', sub=user, group=group)}"}
                resp = await client.post("/api/chat/conversations", headers=headers)
                cid = (await resp.json())["conversation_id"]
                stats["conversations"] += 1
                for text in lines:
                    r = await client.post(f"/api/chat/conversations/{cid}/messages", headers=headers, json={"text": text})
                    stats["messages"] += 1
                    if (await r.json()).get("status") != "bot":
                        break
            queue = (await (await client.get("/api/admin/queue", headers=admin[ADMINS[0]])).json())["escalations"]
            for esc in queue:
                if esc["status"] != "open":
                    continue
                roll = rng.random()
                if roll < 0.45:                                     # answered the same day
                    await _work(client, admin[rng.choice(ADMINS)], esc, rng, stats)
                elif roll < 0.9:                                    # next business day
                    backlog.append(esc)
                # else: still open when the replay ends
    finally:
        os.environ.pop("EA_TODAY", None)
        await client.close()
    return stats


async def _work(client, headers: dict, esc: dict, rng: random.Random, stats: dict) -> None:
    base = f"/api/admin/escalations/{esc['id']}"
    if (await client.post(base + "/claim", headers=headers)).status != 200:
        return
    await client.get(f"/api/admin/conversations/{esc['conversation_id']}", headers=headers)
    await client.post(base + "/messages", headers=headers,
                      json={"text": "Thanks for waiting. I've checked your group's records and answered below."})
    if rng.random() < 0.3:
        await client.post(base + "/notes", headers=headers, json={"text": "Checked against the list bill."})
    if rng.random() < 0.5:
        await client.post(base + "/handback", headers=headers, json={"note": "Answered; back to the assistant."})
    else:
        await client.post(base + "/resolve", headers=headers, json={"note": "Answered the employer."})
    stats["escalations_worked"] += 1


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bot.admin.replay", description=__doc__.split("\n\n")[0])
    p.add_argument("--db", help="database URL (default: EA_DATABASE_URL or the embedded SQLite file)")
    p.add_argument("--days", type=int, default=10, help="business days to replay, ending today")
    p.add_argument("--per-day", type=int, default=12, help="conversations per day")
    p.add_argument("--seed", type=int, default=7)
    args = p.parse_args(argv)
    settings = Settings.from_env(database_url=args.db)
    stats = asyncio.run(replay(settings, args.days, args.seed, args.per_day))
    print(json.dumps(stats))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
