"""Request body checks that answer in the contract's error shape."""
from __future__ import annotations

import json

from aiohttp import web

from bot.errors import ApiError


async def json_body(request: web.Request) -> dict:
    if request.content_type != "application/json":
        raise ApiError(415, "unsupported_media_type", "Send the body as application/json.")
    raw = await request.text()
    try:
        body = json.loads(raw) if raw.strip() else None
    except json.JSONDecodeError as exc:
        raise ApiError(400, "malformed_json", f"The body is not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno}).")
    if not isinstance(body, dict):
        raise ApiError(400, "malformed_json", "The body must be a JSON object.")
    return body


def text_field(body: dict, name: str, max_length: int, *, required: bool = True) -> str:
    value = body.get(name)
    if value is None and not required:
        return ""
    if not isinstance(value, str):
        raise ApiError(400, "missing_text" if value is None else "invalid_text",
                       f"'{name}' is required and must be a string.")
    if required and not value.strip():
        raise ApiError(400, "empty_text", f"'{name}' must not be empty.")
    if len(value) > max_length:
        raise ApiError(400, "text_too_long", f"'{name}' is {len(value)} characters; the limit is {max_length}.")
    return value
