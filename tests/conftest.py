"""Shared fixtures: the real app factory on SQLite (default) or PostgreSQL (EA_TEST_DATABASE_URL)."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from sqlalchemy import text

from bot.app import create_app
from bot.auth import issue_token
from bot.config import Settings
from bot.feed import validate_feed
from bot.importer import import_feed
from bot.storage.db import make_engine, make_sessionmaker, migrate

SECRET = "test-secret-not-for-production-0123456789"
REPO = Path(__file__).resolve().parents[1]
EXAMPLE_FEED = REPO / "bot" / "data" / "example_feed.json"


def pytest_report_header(config):
    return f"database: {os.environ.get('EA_TEST_DATABASE_URL') or 'SQLite (temporary files)'}"


@pytest.fixture(scope="session")
def nlu():
    from intents.nlu import NLU
    return NLU.load()


@pytest.fixture(scope="session")
def knowledge():
    from knowledge.retrieval import KnowledgeBase
    return KnowledgeBase.load()


async def _reset_postgres(url: str) -> None:
    engine = make_engine(url)
    async with engine.begin() as conn:
        await conn.execute(text("DROP SCHEMA public CASCADE"))
        await conn.execute(text("CREATE SCHEMA public"))
    await engine.dispose()


@pytest.fixture
async def db_url(tmp_path):
    url = os.environ.get("EA_TEST_DATABASE_URL")
    if url:
        await _reset_postgres(url)
        return url
    return f"sqlite:///{tmp_path / 'test.db'}"


def read_feed(path: Path = EXAMPLE_FEED) -> dict:
    return json.loads(path.read_text())


async def load_feed_into(url: str, feed: dict) -> None:
    engine = make_engine(url)
    await migrate(engine)
    async with make_sessionmaker(engine).begin() as session:
        await import_feed(session, validate_feed(feed))
    await engine.dispose()


@pytest.fixture
def settings(db_url) -> Settings:
    return Settings(database_url=db_url, secret=SECRET, gateway_key="test-gateway-key", load_demo=False)


@pytest.fixture
def make_client(aiohttp_client, settings, nlu, knowledge):
    """Build the real app on a database holding `feed` and return a test client."""
    async def make(feed: dict | None = None, **overrides):
        if feed is not None:
            await load_feed_into(settings.database_url, feed)
        app = create_app(Settings(**{**settings.__dict__, **overrides}), nlu=nlu, knowledge=knowledge)
        return await aiohttp_client(app)
    return make


def employer_headers(group: str, user: str = "clerk@example.com") -> dict:
    return {"Authorization": f"Bearer {issue_token(SECRET, role='employer', sub=user, group=group)}"}


def admin_headers(name: str = "alex") -> dict:
    return {"Authorization": f"Bearer {issue_token(SECRET, role='admin', sub=name)}"}


async def start_chat(client, group: str) -> str:
    resp = await client.post("/api/chat/conversations", headers=employer_headers(group))
    assert resp.status == 201, await resp.text()
    return (await resp.json())["conversation_id"]


async def say(client, group: str, conversation_id: str, text_: str) -> dict:
    resp = await client.post(f"/api/chat/conversations/{conversation_id}/messages",
                             headers=employer_headers(group), json={"text": text_})
    assert resp.status == 200, await resp.text()
    return await resp.json()
