"""tobacco_change through the chat API on a generated feed the project has never seen (style alt)."""
from __future__ import annotations

from datetime import timedelta

import pytest

from handlers.rules import rule_data
from tests.changes_support import (TODAY, chat, d, feed_and_scenarios, find, months_between, name, next_month,
                                   premium, service_requests, usd)
from tests.conftest import start_chat


@pytest.fixture
def today(monkeypatch):
    monkeypatch.setenv("EA_TODAY", TODAY.isoformat())
    return TODAY


def _rated(feed, emp):
    """The smoker's policies whose premium depends on tobacco status (others don't change)."""
    return [p for p in emp["policies"]
            if p["tobacco"] and premium(feed, emp, p) != premium(feed, emp, p, tobacco=False)]


def _smoker(feed):
    return find(feed, lambda g, e, p: p["tobacco"] and p["status"] == "active" and "benefit" in p
                and all(q["status"] == "active" for q in e["policies"]))


async def test_quit_smoking_full_path_with_refund_and_service_request(make_client, today):
    feed, _ = feed_and_scenarios()
    group, emp, _ = _smoker(feed)
    client = await make_client(feed)
    cid = await start_chat(client, group["group_number"])
    # 1. who: the turn names the person, the handler asks nothing about them
    first, = await chat(client, group["group_number"], cid,
                        f"{name(emp)} quit smoking, please change to non-tobacco effective 10/1/2026")
    assert first["intent"] == "tobacco_change"
    text = first["text"]
    effective = d("2026-10-01")       # 46 days before the request: inside the 60-day window
    total = 0
    for p in _rated(feed, emp):
        old, new = premium(feed, emp, p), premium(feed, emp, p, tobacco=False)
        months = months_between(effective, d(p["paid_to_date"]))
        refund = (old - new) * months
        total += refund
        assert p["policy_number"] in text and usd(old) in text and usd(new) in text, text
        if months:
            assert usd(refund) in text, (refund, text)
    assert total > 0 and usd(total) in text, text
    assert "statement" in text and "12 months" in text
    assert first["citations"] and first["citations"][0]["document"] == "tobacco-status"
    assert "Shall I submit" in text
    # 2. confirmation records the service request with the computed effect
    second, = await chat(client, group["group_number"], cid, "yes")
    assert "Submitted" in second["text"]
    srs = await service_requests(client, cid)
    assert len(srs) == 1 and srs[0]["kind"] == "tobacco_change"
    assert srs[0]["payload"]["total"] == str(total) and srs[0]["payload"]["signed_statement_required"]
    assert second["escalation"] is None or total > 500


async def test_default_effective_date_is_first_of_next_month(make_client, today):
    feed, _ = feed_and_scenarios()
    group, emp, pol = _smoker(feed)
    client = await make_client(feed)
    cid = await start_chat(client, group["group_number"])
    reply, = await chat(client, group["group_number"], cid, f"{name(emp)} quit smoking, please change her rates to non-tobacco")
    assert next_month(today).strftime("%B") in reply["text"]
    months = months_between(next_month(today), d(pol["paid_to_date"]))
    assert months == 0 and "No month already paid is affected" in reply["text"]


async def test_date_beyond_retro_window_escalates_with_limit(make_client, today):
    feed, _ = feed_and_scenarios()
    group, emp, _ = _smoker(feed)
    client = await make_client(feed)
    cid = await start_chat(client, group["group_number"])
    asked = (today - timedelta(days=120))
    first, second = await chat(client, group["group_number"], cid,
                               f"{name(emp)} quit smoking, change to non-tobacco from {asked:%m/%d/%Y}", "yes")
    earliest = today - timedelta(days=60)
    assert f"{earliest:%B} {earliest.day}, {earliest.year}" in first["text"]
    for p in _rated(feed, emp):
        months = months_between(earliest, d(p["paid_to_date"]))
        assert usd((premium(feed, emp, p) - premium(feed, emp, p, tobacco=False)) * months) in first["text"]
    assert second["escalation"] is not None and second["escalation"]["reason"] == "rule_requires_human"


async def test_group_override_of_retro_window_changes_the_answer(make_client, today, monkeypatch):
    feed, _ = feed_and_scenarios()
    group, emp, _ = _smoker(feed)
    monkeypatch.setitem(rule_data()["groups"], group["group_number"], {"max_retro_days": 150})
    client = await make_client(feed)
    cid = await start_chat(client, group["group_number"])
    asked = today - timedelta(days=120)
    first, second = await chat(client, group["group_number"], cid,
                               f"{name(emp)} quit smoking, change to non-tobacco from {asked:%m/%d/%Y}", "yes")
    assert "earliest date allowed" not in first["text"]
    for p in _rated(feed, emp):
        months = months_between(asked, d(p["paid_to_date"]))
        assert usd((premium(feed, emp, p) - premium(feed, emp, p, tobacco=False)) * months) in first["text"]
    total = sum((premium(feed, emp, p) - premium(feed, emp, p, tobacco=False)) * months_between(asked, d(p["paid_to_date"]))
                for p in _rated(feed, emp))
    assert (second["escalation"] is not None) == (total > 500)


async def test_to_tobacco_asks_for_the_date_and_bills_the_difference(make_client, today):
    feed, _ = feed_and_scenarios()
    group, emp, pol = find(feed, lambda g, e, p: not p["tobacco"] and p["status"] == "active" and "benefit" in p
                           and all(not q["tobacco"] and q["status"] == "active" for q in e["policies"]))
    client = await make_client(feed)
    cid = await start_chat(client, group["group_number"])
    first, second, third = await chat(client, group["group_number"], cid,
                                      f"{name(emp)} started smoking again, she needs tobacco rates",
                                      "13/45/2026", "9/1/2026")
    assert first["intent"] == "tobacco_change" and "what date" in first["text"].lower()
    assert "couldn't read that as a date" in second["text"]
    months = months_between(d("2026-09-01"), d(pol["paid_to_date"]))
    extra = (premium(feed, emp, pol, tobacco=True) - premium(feed, emp, pol)) * months
    assert usd(extra) in third["text"] and "to bill" in third["text"]


async def test_unknown_and_ambiguous_people(make_client, today):
    feed, scenarios = feed_and_scenarios()
    dup = next(s for s in scenarios if s["scenario"] == "near_duplicate_names")
    client = await make_client(feed)
    cid = await start_chat(client, dup["group_number"])
    reply, = await chat(client, dup["group_number"], cid, "Zebulon Quackenbush quit smoking, change him to non-tobacco")
    assert "can't find anyone named" in reply["text"]
    cid = await start_chat(client, dup["group_number"])
    first_name, last_name = dup["details"]["names"][0].split()
    reply, = await chat(client, dup["group_number"], cid, f"{first_name} {last_name[:-1]} quit smoking, non-tobacco rates please")
    assert reply["text"].startswith("Do you mean")


async def test_no_cancels(make_client, today):
    feed, _ = feed_and_scenarios()
    group, emp, _ = _smoker(feed)
    client = await make_client(feed)
    cid = await start_chat(client, group["group_number"])
    _, second = await chat(client, group["group_number"], cid, f"{name(emp)} quit smoking, change to non-tobacco", "no")
    assert "haven't submitted" in second["text"]
    assert await service_requests(client, cid) == []
