"""The administrator console: Jinja2 pages over the admin API.

`/admin?token=…` (the address `serve` prints) signs in and drops the token from the address;
pages then use an HttpOnly cookie (bot/admin/session.py). Pages are rendered on the server;
console.js only calls the API and swaps in fresh server-rendered fragments when a WebSocket
says the queue or the conversation changed. Every view of a conversation is an audit event.
"""
from __future__ import annotations

from datetime import datetime, timezone

import aiohttp_jinja2
from aiohttp import web
from sqlalchemy import select

from bot import conversations as store
from bot.admin import api
from bot.admin.session import clear_session, console_principal, set_session
from bot.auth import decode_token
from bot.clock import now
from bot.errors import ApiError
from bot.keys import SESSIONS, SETTINGS
from bot.storage.models import Escalation, Group

routes = web.RouteTableDef()
DUE_SOON_MINUTES = 30          # amber from here to the due time; red after it


def _no_store(response: web.StreamResponse) -> web.StreamResponse:
    response.headers["Cache-Control"] = "no-store"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["X-Frame-Options"] = "DENY"
    return response


def _signed_in(request: web.Request):
    found = console_principal(request)
    if found is None:
        raise web.HTTPSeeOther("/admin")
    return found


def _duration(seconds: float) -> str:
    minutes = int(abs(seconds) // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return f"{days}d {hours}h"
    return f"{hours}h {mins:02d}m" if hours else f"{mins}m"


def due_view(due_at: str | datetime, at: datetime) -> dict:
    """Colour and words for a due time: overdue (red), due soon (amber), on time (green)."""
    due = datetime.fromisoformat(due_at) if isinstance(due_at, str) else due_at
    if due.tzinfo is None:
        due = due.replace(tzinfo=timezone.utc)
    left = (due - at).total_seconds()
    if left < 0:
        return {"due_class": "overdue", "due_text": f"overdue by {_duration(left)}"}
    if left <= DUE_SOON_MINUTES * 60:
        return {"due_class": "due-soon", "due_text": f"due in {_duration(left)}"}
    return {"due_class": "on-time", "due_text": f"due in {_duration(left)}"}


async def queue_view(session, who: str) -> dict:
    at = now()
    rows = [{**e, **due_view(e["due_at"], at), "mine": e["assignee"] == who} for e in await api.open_queue(session)]
    resolved = (await session.execute(
        select(Escalation, Group.group_number).outerjoin(Group, Group.id == Escalation.group_id)
        .where(Escalation.status == "resolved").order_by(Escalation.resolved_at.desc()).limit(10))).all()
    return {"rows": rows, "resolved": [{**api.escalation_json(e, g), "note": e.note,
                                        "resolved_at": e.resolved_at.isoformat() if e.resolved_at else None}
                                       for e, g in resolved],
            "counts": {"open": sum(r["status"] == "open" for r in rows),
                       "overdue": sum(r["due_class"] == "overdue" for r in rows),
                       "mine": sum(r["mine"] for r in rows)}}


# ---------------------------------------------------------------- sign-in
@routes.get("/admin")
async def queue_page(request: web.Request) -> web.StreamResponse:
    token = request.query.get("token")
    if token:
        return _sign_in(request, token)
    found = console_principal(request)
    if found is None:
        return _no_store(aiohttp_jinja2.render_template("admin/login.html", request, {"error": None}))
    who, csrf = found
    async with request.app[SESSIONS]() as session:
        view = await queue_view(session, who.sub)
    return _no_store(aiohttp_jinja2.render_template("admin/queue.html", request,
                                                    {**view, "admin": who.sub, "csrf": csrf, "page": "queue"}))


@routes.post("/admin/login")
async def login_form(request: web.Request) -> web.StreamResponse:
    form = await request.post()
    return _sign_in(request, str(form.get("token", "")).strip())


def _sign_in(request: web.Request, token: str) -> web.StreamResponse:
    try:
        who = decode_token(request.app[SETTINGS].secret, token)
        if who.role != "admin":
            raise ApiError(403, "wrong_role", "That is not an administrator token.")
    except ApiError as exc:
        return _no_store(aiohttp_jinja2.render_template("admin/login.html", request, {"error": exc.message},
                                                        status=401))
    response = web.HTTPSeeOther("/admin")          # the token leaves the address bar and history
    set_session(response, request, token, request.app[SETTINGS].token_hours)
    return _no_store(response)


@routes.get("/admin/logout")
async def logout(request: web.Request) -> web.StreamResponse:
    response = web.HTTPSeeOther("/admin")
    clear_session(response)
    return response


@routes.get("/admin/fragments/queue")
async def queue_fragment(request: web.Request) -> web.StreamResponse:
    who, _ = _signed_in(request)
    async with request.app[SESSIONS]() as session:
        view = await queue_view(session, who.sub)
    return _no_store(aiohttp_jinja2.render_template("admin/_queue.html", request, {**view, "admin": who.sub}))


# ---------------------------------------------------------------- a conversation
def _percent(x) -> str:
    return "—" if x is None else f"{float(x) * 100:.0f}%"


async def conversation_view(session, conversation_id: str, who: str) -> dict | None:
    data = await api.transcript(session, conversation_id)
    if data is None:
        return None
    at = now()
    msgs, turns = data["messages"], []
    for i, m in enumerate(msgs):
        # what the assistant understood belongs to the employer's message; it is stored on the reply
        reply = msgs[i + 1] if m["sender"] == "employer" and i + 1 < len(msgs) else None
        understood = None
        if reply is not None and reply["sender"] == "bot" and reply["intent"]:
            understood = {"intent": reply["intent"], "confidence": _percent(reply["confidence"]),
                          "low": reply["confidence"] is not None and reply["confidence"] < 0.5,
                          "ranking": [(label, _percent(p)) for label, p in reply.get("ranking") or []],
                          "entities": reply["entities"]}
        turns.append({**m, "understood": understood})
    escalations = data["escalations"]
    current = next((e for e in reversed(escalations) if e["status"] in store.OPEN_STATUSES),
                   escalations[-1] if escalations else None)
    if current is not None:
        current = {**current, **due_view(current["due_at"], at),
                   "held": current["assignee"] == who and current["status"] in ("claimed", "waiting_on_employer")}
    return {**data, "turns": turns, "current": current, "admin": who}


async def _view_and_audit(request: web.Request, who: str, via: str) -> dict:
    async with request.app[SESSIONS].begin() as session:
        view = await conversation_view(session, request.match_info["id"], who)
        if view is None:
            raise web.HTTPNotFound(text="No such conversation.")
        group_id = await session.scalar(select(Group.id).where(Group.group_number == view["group_number"]))
        await store.audit(session, who, "conversation_viewed", group_id=group_id,
                          conversation_id=view["conversation_id"], via=via)
    return view


@routes.get("/admin/conversations/{id}")
async def conversation_page(request: web.Request) -> web.StreamResponse:
    who, csrf = _signed_in(request)
    view = await _view_and_audit(request, who.sub, "console")
    context = {**view, "csrf": csrf, "page": "conversation", "canned": api.canned_responses()}
    return _no_store(aiohttp_jinja2.render_template("admin/conversation.html", request, context))


@routes.get("/admin/fragments/conversations/{id}")
async def conversation_fragment(request: web.Request) -> web.StreamResponse:
    who, _ = _signed_in(request)
    view = await _view_and_audit(request, who.sub, "console_refresh")
    return _no_store(aiohttp_jinja2.render_template("admin/_conversation.html", request, view))
