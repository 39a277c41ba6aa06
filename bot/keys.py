"""Typed application keys: everything shared lives under one of these, no globals."""
from __future__ import annotations

import weakref

from aiohttp import web
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.config import Settings
from bot.engine import Engine
from bot.hub import Hub
from bot.mail.listener import SMTPListener
from bot.mail.outbox import Outbox
from bot.mail.state import EmailState
from bot.metrics import Metrics
from bot.rendering import ReplyRenderer

SETTINGS = web.AppKey("settings", Settings)
DB_ENGINE = web.AppKey("db_engine", AsyncEngine)
SESSIONS = web.AppKey("sessions", async_sessionmaker[AsyncSession])
NLU = web.AppKey("nlu", object)
KNOWLEDGE = web.AppKey("knowledge", object)
ENGINE = web.AppKey("engine", Engine)
HUB = web.AppKey("hub", Hub)
METRICS = web.AppKey("metrics", Metrics)
RENDERER = web.AppKey("renderer", ReplyRenderer)
WEBSOCKETS = web.AppKey("websockets", weakref.WeakSet)
# called as `await hook(session, conversation, message)` when an administrator replies; channels
# that deliver outside the WebSocket (email) register one
AGENT_REPLY_HOOKS = web.AppKey("agent_reply_hooks", list)
# email channel (bot/channels/email.py): the outbox and its sender, the SMTP listener when serving one
OUTBOX = web.AppKey("outbox", Outbox)
SMTP_LISTENER = web.AppKey("smtp_listener", SMTPListener)
EMAIL = web.AppKey("email", EmailState)
