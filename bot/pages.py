"""Pages a person looks at: the chat page the billing portal opens (token passed by the portal)."""
from __future__ import annotations

import aiohttp_jinja2
from aiohttp import web

from bot.auth import decode_token
from bot.errors import ApiError
from bot.keys import SETTINGS

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
