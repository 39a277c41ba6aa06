"""Administrator sign-in for the console: `/admin?token=…` trades the admin token for an HttpOnly
cookie, so the token leaves the address bar and page scripts never see it.

API calls from console pages carry the cookie plus an `X-EA-CSRF` header (an HMAC of the
cookie that only our pages are given): another site can make a browser send the cookie but
cannot read the page to learn the header. Bearer tokens (CONTRACT.md) keep working unchanged.
"""
from __future__ import annotations

import hashlib
import hmac

from aiohttp import web

from bot.auth import Principal, bearer, decode_token
from bot.errors import ApiError
from bot.keys import SETTINGS

COOKIE = "ea_admin"
CSRF_HEADER = "X-EA-CSRF"
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}


def csrf_for(secret: str, token: str) -> str:
    return hmac.new(secret.encode(), b"csrf:" + token.encode(), hashlib.sha256).hexdigest()[:40]


def principal(request: web.Request) -> Principal:
    """The administrator behind a request: Bearer token (API clients) or console cookie."""
    secret = request.app[SETTINGS].secret
    token = bearer(request)
    if token:
        who = decode_token(secret, token)
    else:
        token = request.cookies.get(COOKIE)
        if not token:
            raise ApiError(401, "missing_token", "Send 'Authorization: Bearer <token>' or sign in at /admin?token=….")
        who = decode_token(secret, token)
        if request.method not in SAFE_METHODS and not hmac.compare_digest(
                request.headers.get(CSRF_HEADER, ""), csrf_for(secret, token)):
            raise ApiError(403, "csrf", "This request did not come from the console.")
    if who.role != "admin":
        raise ApiError(403, "wrong_role", "This endpoint needs an admin token.")
    return who


def console_principal(request: web.Request) -> tuple[Principal, str] | None:
    """For pages: the signed-in administrator and their CSRF value, or None (→ sign-in page)."""
    token = request.cookies.get(COOKIE)
    if not token:
        return None
    try:
        who = decode_token(request.app[SETTINGS].secret, token)
    except ApiError:
        return None
    if who.role != "admin":
        return None
    return who, csrf_for(request.app[SETTINGS].secret, token)


def set_session(response: web.StreamResponse, request: web.Request, token: str, hours: int) -> None:
    response.set_cookie(COOKIE, token, httponly=True, samesite="Strict", path="/", max_age=hours * 3600,
                        secure=request.secure)


def clear_session(response: web.StreamResponse) -> None:
    response.del_cookie(COOKIE, path="/")
