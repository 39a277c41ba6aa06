"""Claiming is atomic: many administrators on two service instances fire claims at once, and each
escalation gets exactly one winner. Runs on SQLite, and on PostgreSQL with EA_TEST_DATABASE_URL."""
from __future__ import annotations

import asyncio
from collections import Counter

import pytest
from sqlalchemy import select

from bot import conversations as store
from bot.app import create_app
from bot.keys import SESSIONS
from bot.storage.models import Escalation, Group
from tests.conftest import admin_headers, load_feed_into, read_feed

ADMINS = [f"admin{i}" for i in range(8)]


@pytest.fixture
async def two_instances(aiohttp_client, settings, nlu, knowledge):
    await load_feed_into(settings.database_url, read_feed())
    a = await aiohttp_client(create_app(settings, nlu=nlu, knowledge=knowledge))
    b = await aiohttp_client(create_app(settings, nlu=nlu, knowledge=knowledge))
    return a, b


async def open_escalations(client, n: int) -> list[int]:
    async with client.app[SESSIONS].begin() as session:
        group = await session.scalar(select(Group))
        ids = []
        for i in range(n):
            conv = await store.create_conversation(session, group=group, channel="chat", user=f"u{i}@example.com")
            esc = await store.open_escalation(session, conv, reason="customer_request", intent="human_agent",
                                              priority=1 + i % 3, context={})
            ids.append(esc.id)
    return ids


async def test_concurrent_claims_have_exactly_one_winner_each(two_instances):
    a, b = two_instances
    ids = await open_escalations(a, 5)

    async def claim(i: int, esc_id: int, admin: str):
        client = (a, b)[i % 2]                     # half the requests on each instance
        resp = await client.post(f"/api/admin/escalations/{esc_id}/claim", headers=admin_headers(admin))
        return esc_id, admin, resp.status

    attempts = [(esc_id, admin) for esc_id in ids for admin in ADMINS]
    results = await asyncio.gather(*(claim(i, e, adm) for i, (e, adm) in enumerate(attempts)))
    assert Counter(status for _, _, status in results) == {200: len(ids), 409: len(attempts) - len(ids)}
    winners = {e: adm for e, adm, status in results if status == 200}
    assert sorted(winners) == sorted(ids)                          # one winner per escalation
    async with a.app[SESSIONS]() as session:
        rows = (await session.scalars(select(Escalation).where(Escalation.id.in_(ids)))).all()
    assert {e.id: e.assignee for e in rows} == winners             # and the database agrees
    assert all(e.status == "claimed" and e.claimed_at for e in rows)


async def test_concurrent_claim_next_never_hands_one_escalation_to_two(two_instances):
    a, b = two_instances
    ids = await open_escalations(a, 5)

    async def claim_next(i: int, admin: str):
        resp = await (a, b)[i % 2].post("/api/admin/queue/claim-next", headers=admin_headers(admin))
        return admin, resp.status, (await resp.json()).get("id")

    results = await asyncio.gather(*(claim_next(i, admin) for i, admin in enumerate(ADMINS)))
    won = [(adm, esc_id) for adm, status, esc_id in results if status == 200]
    assert len(won) == len(ids) and sorted(e for _, e in won) == sorted(ids)
    assert Counter(status for _, status, _ in results)[404] == len(ADMINS) - len(ids)
    async with a.app[SESSIONS]() as session:
        rows = (await session.scalars(select(Escalation).where(Escalation.id.in_(ids)))).all()
    assert {e.id: e.assignee for e in rows} == {e: adm for adm, e in won}


async def test_claim_racing_release_and_resolve_stays_consistent(two_instances):
    """The holder releases while others claim: the escalation ends with at most one holder."""
    a, b = two_instances
    (esc_id,) = await open_escalations(a, 1)
    assert (await a.post(f"/api/admin/escalations/{esc_id}/claim", headers=admin_headers("admin0"))).status == 200
    calls = [a.post(f"/api/admin/escalations/{esc_id}/release", headers=admin_headers("admin0"))]
    calls += [(a, b)[i % 2].post(f"/api/admin/escalations/{esc_id}/claim", headers=admin_headers(adm))
              for i, adm in enumerate(ADMINS[1:])]
    statuses = [r.status for r in await asyncio.gather(*calls)]
    assert statuses[0] == 200
    assert statuses[1:].count(200) <= 1
    async with a.app[SESSIONS]() as session:
        esc = await session.get(Escalation, esc_id)
    if 200 in statuses[1:]:
        assert esc.status == "claimed" and esc.assignee == ADMINS[1:][statuses[1:].index(200)]
    else:
        assert esc.status == "open" and esc.assignee is None
