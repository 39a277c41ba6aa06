"""Pages a person looks at: the chat page the billing portal opens (token passed by the portal)."""
from __future__ import annotations

import aiohttp_jinja2
from aiohttp import web

from bot.auth import decode_token
from bot.errors import ApiError
from bot.keys import KNOWLEDGE, SETTINGS

routes = web.RouteTableDef()


@routes.get("/")
async def index(request: web.Request) -> web.Response:
    return aiohttp_jinja2.render_template("pages/index.html", request, {})


@routes.get("/chat")
async def chat_page(request: web.Request) -> web.Response:
    token = request.query.get("token", "")
    error = None
    try:
        principal = decode_token(request.app[SETTINGS].secret, token) if token else None
        if principal is None:
            error = "This page needs a token from the billing portal (…/chat?token=…)."
        elif principal.role != "employer":
            error = "This token is not an employer token."
    except ApiError as exc:
        error = exc.message
    context = {"token": token if not error else "", "error": error,
               "group_number": None if error else principal.group_number}
    response = aiohttp_jinja2.render_template("pages/chat.html", request, context,
                                              status=401 if error else 200)
    response.headers["Cache-Control"] = "no-store"
    response.headers["Referrer-Policy"] = "no-referrer"   # the token is in the URL
    return response


@routes.get("/provisions")
async def provision_index(request: web.Request) -> web.Response:
    kb = request.app[KNOWLEDGE]
    return aiohttp_jinja2.render_template("pages/provisions.html", request, {"documents": kb.documents()})


@routes.get("/provisions/{document}")
async def provision_page(request: web.Request) -> web.Response:
    """A provision document a person can read; figures shown with their defaults (no group here)."""
    kb = request.app[KNOWLEDGE]
    doc = next((d for d in kb.documents() if d.id == request.match_info["document"]), None)
    if doc is None:
        raise web.HTTPNotFound(text="No such provision document.")
    sections = [{"id": s.section, "title": s.title, "html": kb.render_html(s, {})} for s in doc.sections]
    return aiohttp_jinja2.render_template("pages/provision.html", request, {"doc": doc, "sections": sections})
