"""HS256 tokens (CONTRACT.md "Tokens") and the checks the HTTP routes use."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import jwt
from aiohttp import web

from bot.errors import ApiError

ALGORITHM = "HS256"


@dataclass(frozen=True)
class Principal:
    sub: str
    role: str                    # employer | admin
    group_number: str | None = None


def issue_token(secret: str, *, role: str, sub: str, group: str | None = None, hours: int = 12) -> str:
    claims = {"sub": sub, "role": role, "exp": datetime.now(timezone.utc) + timedelta(hours=hours)}
    if role == "employer":
        claims["grp"] = group
    return jwt.encode(claims, secret, algorithm=ALGORITHM)


def decode_token(secret: str, token: str) -> Principal:
    try:
        claims = jwt.decode(token, secret, algorithms=[ALGORITHM], options={"require": ["exp", "sub", "role"]})
    except jwt.ExpiredSignatureError:
        raise ApiError(401, "token_expired", "The token has expired; sign in again from the portal.")
    except jwt.InvalidTokenError:
        raise ApiError(401, "invalid_token", "The token is not valid.")
    role = claims.get("role")
    if role == "employer" and isinstance(claims.get("grp"), str):
        return Principal(sub=str(claims["sub"]), role=role, group_number=claims["grp"])
    if role == "admin":
        return Principal(sub=str(claims["sub"]), role=role)
    raise ApiError(401, "invalid_token", "The token does not name a known role.")


def bearer(request: web.Request) -> str | None:
    header = request.headers.get("Authorization", "")
    if header.lower().startswith("bearer "):
        return header[7:].strip()
    # browsers cannot set headers on a WebSocket: the page passes the token as a query parameter
    return request.query.get("token")


def require(request: web.Request, role: str, secret: str) -> Principal:
    token = bearer(request)
    if not token:
        raise ApiError(401, "missing_token", "Send 'Authorization: Bearer <token>'.")
    principal = decode_token(secret, token)
    if principal.role != role:
        raise ApiError(403, "wrong_role", f"This endpoint needs a {role} token.")
    return principal
