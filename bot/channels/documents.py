"""Documents a person prints: the group contract drafts the assistant generates (issue 5).

`GET /documents/contracts/{id}` shows the draft (or, once approved, the final document) to the
employer of that group or to an administrator (token as Bearer header or `?token=`);
`POST /api/documents/contracts/{id}/approve` (administrator) approves it.
"""
from __future__ import annotations

import aiohttp_jinja2
from aiohttp import web
from sqlalchemy import select

from bot import conversations as store
from bot.auth import bearer, decode_token, require
from bot.clock import now
from bot.errors import ApiError
from bot.keys import SESSIONS, SETTINGS
from bot.storage.models import Group, ServiceRequest

routes = web.RouteTableDef()


async def _contract(session, request: web.Request, group_number: str | None) -> ServiceRequest:
    """The contract service request; an employer sees only their own group's (404 otherwise)."""
    try:
        sr_id = int(request.match_info["id"])
    except ValueError:
        raise ApiError(404, "document_not_found", "No such document.")
    stmt = select(ServiceRequest).where(ServiceRequest.id == sr_id, ServiceRequest.kind == "group_contract")
    if group_number is not None:
        stmt = stmt.join(Group, Group.id == ServiceRequest.group_id).where(Group.group_number == group_number)
    sr = await session.scalar(stmt)
    if sr is None:
        raise ApiError(404, "document_not_found", "No such document for your group.")
    return sr


@routes.get("/documents/contracts/{id}")
async def contract_page(request: web.Request) -> web.Response:
    token = bearer(request)
    if not token:
        raise ApiError(401, "missing_token", "Send 'Authorization: Bearer <token>' or ?token=.")
    principal = decode_token(request.app[SETTINGS].secret, token)
    async with request.app[SESSIONS].begin() as session:
        sr = await _contract(session, request, None if principal.role == "admin" else principal.group_number)
        payload = dict(sr.payload or {})
    context = {"plan": payload["plan"], "approved": sr.status == "approved",
               "approved_by": payload.get("approved_by"), "approved_on": payload.get("approved_on")}
    response = aiohttp_jinja2.render_template("contracts/group_contract.html", request, context)
    response.headers["Cache-Control"] = "no-store"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


@routes.post("/api/documents/contracts/{id}/approve")
async def approve_contract(request: web.Request) -> web.Response:
    admin = require(request, "admin", request.app[SETTINGS].secret)
    async with request.app[SESSIONS].begin() as session:
        sr = await _contract(session, request, None)
        at = now()
        sr.status = "approved"
        sr.payload = {**(sr.payload or {}), "approved": True, "approved_by": admin.sub,
                      "approved_on": at.date().isoformat()}
        await store.audit(session, admin.sub, "contract_approved", group_id=sr.group_id,
                          conversation_id=sr.conversation_id, service_request=sr.id)
    return web.json_response({"id": sr.id, "status": "approved"})
