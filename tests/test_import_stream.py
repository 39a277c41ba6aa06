"""The streaming import (bot.importer.import_feed_file, bot.feed.read_feed): the same database,
the same refusals and the same all-or-nothing as load_feed + import_feed, one group at a time."""
from __future__ import annotations

import copy
import io
import json
import random
import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import delete, select

import bot.feed
import bot.importer
from bot.app import load_demo_if_empty
from bot.feed import FeedError, load_feed, read_feed
from bot.feedgen import feed_text, generate_feed
from bot.importer import import_feed, import_feed_file
from bot.storage.db import make_engine, make_sessionmaker, migrate
from bot.storage.models import (AuditEvent, Bill, BillLine, Contact, Dependent, Employee, Group, Payment,
                                Policy, Product, ProductRate, Rider)
from tests.conftest import EXAMPLE_FEED

# children before parents, for wiping
POLICY_TABLES = (BillLine, Bill, Payment, Dependent, Rider, Policy, Employee, Contact, Group, ProductRate,
                 Product, AuditEvent)


@pytest.fixture(scope="module")
def generated_doc() -> dict:
    """A small generated feed: 4 groups, realistic content (riders, dependents, bills, payments)."""
    return generate_feed(seed=5, groups=4, employees=60, as_of=date(2026, 11, 1))


@pytest.fixture(scope="module")
def generated(generated_doc) -> str:
    return feed_text(generated_doc)


@pytest.fixture
async def sessions(db_url):
    engine = make_engine(db_url)
    await migrate(engine)
    yield make_sessionmaker(engine)
    await engine.dispose()


@pytest.fixture
def one_group_per_batch(monkeypatch):
    """Import each group on its own (the 100k-policy case), counting the group batches written."""
    monkeypatch.setattr(bot.importer, "BATCH_RECORDS", 1)
    written: list[list[str]] = []
    real = bot.importer._import_groups

    async def counting(session, fed_groups, *args):
        written.append([g["group_number"] for g in fed_groups])
        await real(session, fed_groups, *args)
    monkeypatch.setattr(bot.importer, "_import_groups", counting)
    return written


def write(tmp_path: Path, doc_or_text, name: str = "feed.json") -> Path:
    path = tmp_path / name
    path.write_text(doc_or_text if isinstance(doc_or_text, str) else feed_text(doc_or_text))
    return path


async def dump(sessions) -> dict[str, list]:
    """Every policy-data row, in insertion order, with surrogate ids replaced by natural keys."""
    async with sessions() as session:
        async def rows(model):
            return [r._asdict() for r in (await session.execute(
                select(*model.__table__.columns).order_by(model.id))).all()]
        groups = {r["id"]: r["group_number"] for r in await rows(Group)}
        products = {r["id"]: r["code"] for r in await rows(Product)}
        employees = {r["id"]: (groups[r["group_id"]], r["employee_id"]) for r in await rows(Employee)}
        policies = {r["id"]: r["policy_number"] for r in await rows(Policy)}
        bills = {r["id"]: r["bill_number"] for r in await rows(Bill)}
        keys = {"group_id": groups, "product_id": products, "employee_pk": employees, "policy_id": policies,
                "bill_id": bills}
        out = {}
        for model in POLICY_TABLES[:-1]:
            out[model.__tablename__] = [{k: keys[k][v] if k in keys else v for k, v in r.items() if k != "id"}
                                        for r in await rows(model)]
        out["audit"] = [r["detail"]["inserted"] for r in await rows(AuditEvent)]
        return out


async def wipe(sessions) -> None:
    async with sessions.begin() as session:
        for model in POLICY_TABLES:
            await session.execute(delete(model))


def streamed(source) -> dict:
    """read_feed's output put back together as one feed."""
    feed = {"groups": []}
    for kind, item in read_feed(source):
        if kind == "header":
            feed.update(item)
        else:
            feed["groups"].append(item)
    return feed


def refusal(read) -> tuple:
    try:
        return "loaded", read()
    except FeedError as exc:
        return [(e.path, e.message) for e in exc.errors], exc.truncated


# --------------------------------------------------------------------------- the database

async def test_bad_field_in_a_later_group_leaves_the_database_empty(sessions, generated_doc, tmp_path,
                                                                    one_group_per_batch):
    doc = copy.deepcopy(generated_doc)
    doc["groups"][3]["employees"][2]["policies"][0]["product"] = "NOPE"
    path = write(tmp_path, doc)
    with pytest.raises(FeedError) as info:
        async with sessions.begin() as session:
            await import_feed_file(session, path)
    [error] = info.value.errors
    assert error.path == "groups[3].employees[2].policies[0].product"
    assert error.message.startswith("unknown product code 'NOPE' (known: ")
    assert [(e.path, e.message) for e in info.value.errors] == refusal(lambda: load_feed(path))[0]
    # three groups had been written inside the transaction; the error rolled them back
    assert [len(batch) for batch in one_group_per_batch] == [1, 1, 1]
    assert all(rows == [] for rows in (await dump(sessions)).values())


async def test_syntax_error_at_the_end_of_the_file_leaves_the_database_empty(sessions, generated, tmp_path,
                                                                            one_group_per_batch):
    path = write(tmp_path, generated.rstrip()[:-1] + ",}")
    with pytest.raises(FeedError) as info:
        async with sessions.begin() as session:
            await import_feed_file(session, path)
    assert refusal(lambda: load_feed(path)) == ([(e.path, e.message) for e in info.value.errors], False)
    assert info.value.errors[0].message.startswith("not valid JSON: Expecting property name")
    assert len(one_group_per_batch) == 4
    assert all(rows == [] for rows in (await dump(sessions)).values())


@pytest.mark.parametrize("per_group", [False, True])
async def test_streaming_and_whole_feed_imports_give_the_same_database(sessions, generated, tmp_path,
                                                                       monkeypatch, per_group):
    if per_group:
        monkeypatch.setattr(bot.importer, "BATCH_RECORDS", 1)
    path = write(tmp_path, generated)
    async with sessions.begin() as session:
        whole = await import_feed(session, load_feed(path))
    expected = await dump(sessions)
    await wipe(sessions)
    async with sessions.begin() as session:
        stream = await import_feed_file(session, path)
    assert await dump(sessions) == expected
    assert (stream.inserted, stream.updated, stream.unchanged) == (whole.inserted, whole.updated, whole.unchanged)
    assert stream.inserted["groups"] == 4 and stream.inserted["bill_lines"] > 1000


async def test_second_import_changes_nothing(sessions, generated, tmp_path, one_group_per_batch):
    path = write(tmp_path, generated)
    async with sessions.begin() as session:
        first = await import_feed_file(session, path)
    before = await dump(sessions)
    async with sessions.begin() as session:
        again = await import_feed_file(session, path)
    assert first.changed and not again.changed
    assert not sum(again.inserted.values()) and not sum(again.updated.values())
    assert again.unchanged == first.inserted
    assert await dump(sessions) == before       # and no second audit event


async def test_a_policy_moved_to_a_later_group_is_updated_not_inserted(sessions, generated_doc, tmp_path,
                                                                      one_group_per_batch):
    async with sessions.begin() as session:
        await import_feed_file(session, write(tmp_path, generated_doc))
    doc = copy.deepcopy(generated_doc)
    src, dst = doc["groups"][0], doc["groups"][2]   # imported in different batches
    employee = src["employees"].pop(next(i for i, e in enumerate(src["employees"]) if e["policies"]))
    dst["employees"].append(employee | {"employee_id": "MOVED-1"})
    moved = {p["policy_number"] for p in employee["policies"]}
    for bill in src["bills"]:
        bill["lines"] = [ln for ln in bill["lines"] if ln["policy_number"] not in moved]
        bill["total"] = sum((ln["amount"] for ln in bill["lines"]), Decimal("0.00"))
    path = write(tmp_path, doc, "changed.json")
    async with sessions.begin() as session:
        summary = await import_feed_file(session, path)
    assert summary.updated["policies"] == len(moved) and summary.inserted["policies"] == 0
    async with sessions.begin() as session:
        assert not (await import_feed_file(session, path)).changed


async def test_bundled_demo_loads_into_an_empty_database_once(sessions):
    assert await load_demo_if_empty(sessions)
    assert not await load_demo_if_empty(sessions)
    demo = load_feed(Path(bot.feed.__file__).with_name("data") / "demo_feed.json")
    async with sessions() as session:
        count = len((await session.execute(select(Policy.id))).all())
    assert count == sum(len(e["policies"]) for g in demo["groups"] for e in g["employees"])


# --------------------------------------------------------------------------- read_feed = load_feed

def test_read_feed_hands_over_each_group_before_reading_far_past_it(generated, monkeypatch):
    monkeypatch.setattr(bot.feed, "READ_SIZE", 1024)
    data = generated.encode()
    group_starts = [m.start() for m in re.finditer(rb'"group_number"', data)]
    source = io.BytesIO(data)
    read_when_handed = [source.tell() for kind, _ in read_feed(source) if kind == "group"]
    assert len(read_when_handed) == len(group_starts) == 4
    assert read_when_handed[0] < group_starts[3] and read_when_handed[1] < group_starts[3]


def test_read_feed_cleans_exactly_like_load_feed(generated, tmp_path):
    path = write(tmp_path, generated)
    assert streamed(path) == load_feed(path)
    with open(path) as text_file:
        assert streamed(text_file) == load_feed(path)


def test_products_after_groups_takes_a_second_pass(generated, tmp_path):
    doc = json.loads(generated)
    reordered = {"groups": doc["groups"], "extra": [1, 2], "products": doc["products"], "as_of": doc["as_of"]}
    path = write(tmp_path, json.dumps(reordered))
    assert streamed(path) == load_feed(path)
    reordered["groups"][1]["employees"][0]["policies"][0]["product"] = "NOPE"
    del reordered["as_of"]
    path = write(tmp_path, json.dumps(reordered))
    assert refusal(lambda: streamed(path)) == refusal(lambda: load_feed(path))


def test_a_key_twice_is_refused_not_guessed():
    with pytest.raises(FeedError) as info:
        streamed(io.BytesIO(b'{"as_of": "2026-11-01", "products": [], "groups": [], "groups": []}'))
    assert info.value.errors[0].path == "groups"


@pytest.mark.parametrize("data", [
    b"", b"   ", b"[]", b"{}", b"{", b'{"as_of"', b'{"a":1,}', b'{"a" 1}', b'{"a":}', b"\xef\xbb\xbf{}",
    b"\xef\xbb\xbf\xef\xbb\xbf{}", b'{"as_of": NaN}', b"\xff\xfe{}", b'{"groups": [1,]}', b'{"groups": [}',
    b'{"groups": [ ', b'{"groups": [] } x', b'{"groups": null}', b'{"groups": {}}',
    b'{"groups":[ {"a":1} ,\n {"b": 2}\n]}', b'{"groups": [{"a": Infinity}]} \xff',
])
def test_odd_documents_are_refused_alike(data, monkeypatch):
    monkeypatch.setattr(bot.feed, "READ_SIZE", 3)
    assert refusal(lambda: streamed(io.BytesIO(data))) == refusal(lambda: load_feed(io.BytesIO(data)))


NOISE = b' \n{}[],:"\\0123456789.-eEtfnNIx\xff\xc3'   # JSON's punctuation, bits of literals, bad UTF-8


@pytest.mark.parametrize("read_size", [1, 5, 64, 1 << 20])
def test_any_broken_byte_is_refused_alike(generated, read_size, monkeypatch):
    """Cuts and one-byte changes anywhere (syntax, numbers, encoding, fields): the same FeedError
    as load_feed, whichever read the error falls in."""
    monkeypatch.setattr(bot.feed, "READ_SIZE", read_size)
    rng = random.Random(read_size)
    texts = [EXAMPLE_FEED.read_bytes(), generated.encode()]
    for text in texts:
        for _ in range(60):
            cut = rng.randrange(len(text) + 1)
            candidates = [text[:cut],
                          text[:cut] + bytes([rng.choice(NOISE)]) + text[cut + 1:]]
            for data in candidates:
                assert refusal(lambda: streamed(io.BytesIO(data))) == refusal(lambda: load_feed(io.BytesIO(data)))
