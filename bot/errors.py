"""Errors that reach clients in the contract's shape {"error": {"code", "message"}}."""
from __future__ import annotations

import logging

from aiohttp import web

log = logging.getLogger("employer_assist.http")


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str):
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def error_response(status: int, code: str, message: str) -> web.Response:
    return web.json_response({"error": {"code": code, "message": message}}, status=status)


# aiohttp's own HTTP exceptions (404 route, 405 method, 413 body) mapped to stable codes
_HTTP_CODES = {404: "not_found", 405: "method_not_allowed", 413: "payload_too_large",
               400: "bad_request", 401: "unauthorized", 403: "forbidden", 415: "unsupported_media_type"}


@web.middleware
async def error_middleware(request: web.Request, handler):
    try:
        return await handler(request)
    except ApiError as exc:
        log.info("client error %s %s: %s %s", request.method, request.path, exc.status, exc.code)
        return error_response(exc.status, exc.code, exc.message)
    except web.HTTPException as exc:
        if exc.status < 400 or not request.path.startswith("/api/"):
            raise
        log.info("client error %s %s: %s", request.method, request.path, exc.status)
        return error_response(exc.status, _HTTP_CODES.get(exc.status, "http_error"), exc.reason)
    except Exception:
        log.exception("unhandled error on %s %s", request.method, request.path)
        return error_response(500, "internal_error", "Something went wrong on our side; nothing you sent was lost.")
