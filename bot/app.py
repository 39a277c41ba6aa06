"""App factory: `create_app(settings)` serves `employer-assist serve` and every test."""
from __future__ import annotations

import logging
import weakref
from importlib import resources

import aiohttp_jinja2
from aiohttp import web
from sqlalchemy import func, select

from bot.admin import api as admin_api
from bot.admin import console as admin_console
from bot.admin import reports as admin_reports
from bot.channels import email as email_channel
from bot.channels import files as billing_files
from bot.channels import documents
from bot.channels import web as chat
from bot.config import Settings
from bot.engine import Engine
from bot.errors import error_middleware
from bot.hub import Hub
from bot.keys import (AGENT_REPLY_HOOKS, DB_ENGINE, ENGINE, HUB, KNOWLEDGE, METRICS, NLU, RENDERER, SESSIONS, SETTINGS,
                      WEBSOCKETS)
from bot.metrics import Metrics
from bot import pages
from bot.ops import metrics_middleware
from bot.ops import routes as ops_routes
from bot.rendering import ReplyRenderer, build_environment
from bot.storage.db import make_engine, make_sessionmaker, migrate
from bot.storage.models import Group
from bot.storage.notify import notify_context

log = logging.getLogger("employer_assist")


async def load_demo_if_empty(sessions) -> bool:
    """A new user sees a working service at once: an empty database gets the bundled demo feed."""
    from bot.importer import import_feed_file
    async with sessions.begin() as session:
        if await session.scalar(select(func.count()).select_from(Group)):
            return False
        await import_feed_file(session, resources.files("bot").joinpath("data/demo_feed.json"),
                               source="bundled demo feed")
    log.info("loaded the bundled demo policy data")
    return True


def database_context(settings: Settings):
    async def context(app: web.Application):
        engine = make_engine(settings.database_url)
        await migrate(engine)
        app[DB_ENGINE] = engine
        app[SESSIONS] = make_sessionmaker(engine)
        if settings.load_demo:
            await load_demo_if_empty(app[SESSIONS])
        yield
        await engine.dispose()
    return context


async def engine_context(app: web.Application):
    if NLU not in app:
        from intents.nlu import NLU as Understanding
        app[NLU] = Understanding.load()
    if KNOWLEDGE not in app:
        from knowledge.retrieval import KnowledgeBase
        app[KNOWLEDGE] = KnowledgeBase.load()       # index built once, at start-up
    app[ENGINE] = Engine(app[SESSIONS], app[NLU], app[HUB], app[METRICS], app[RENDERER], app[KNOWLEDGE])
    yield


def create_app(settings: Settings | None = None, *, nlu=None, knowledge=None) -> web.Application:
    settings = settings or Settings.from_env()
    app = web.Application(middlewares=[metrics_middleware, error_middleware], client_max_size=60 * 1024 ** 2)
    app[SETTINGS] = settings
    app[HUB] = Hub()
    app[METRICS] = Metrics()
    app[RENDERER] = ReplyRenderer(build_environment())
    app[WEBSOCKETS] = weakref.WeakSet()
    app[AGENT_REPLY_HOOKS] = []
    if nlu is not None:
        app[NLU] = nlu
    if knowledge is not None:
        app[KNOWLEDGE] = knowledge
    app[aiohttp_jinja2.APP_KEY] = app[RENDERER].env      # pages and replies share one environment
    app.cleanup_ctx.append(database_context(settings))
    app.cleanup_ctx.append(notify_context)
    app.cleanup_ctx.append(engine_context)
    email_channel.setup(app)            # inbound route, SMTP listener, outbox sender, agent-reply hook
    app.on_shutdown.append(chat.close_websockets)
    app.add_routes(ops_routes)
    app.add_routes(chat.routes)
    app.add_routes(admin_api.routes)
    app.add_routes(admin_console.routes)
    app.add_routes(admin_reports.routes)
    app.add_routes(pages.routes)
    app.add_routes(documents.routes)          # group contract documents (issue 5)
    billing_files.setup(app)              # billing uploads, bill pages, CSVs, delinquent report
    app.router.add_static("/static", str(resources.files("templates") / "static"))
    return app
