"""Billing files over HTTP: remittance uploads, bill pages, CSV downloads, the delinquent-group report.

Register with `files.setup(app)`: it adds the routes and the `signed_url` template filter that
turns a `/billing/<group>/…` path in a chat or email reply into a link that works without a
token for `LINK_DAYS` days (HMAC over the path and expiry with EA_SECRET). The same pages also
accept the employer's bearer token (header or `?token=`) for that group.

- POST /api/billing/reconciliations  (employer) CSV body or multipart field `file`; `?bill=` bill
  number or YYYY-MM → 201 report JSON with links; recorded as a `bill_reconciliation` service request
- GET  /billing/{group}/bills/{bill_number}                       bill page (HTML)
- GET  /billing/{group}/breakdown/{bill_number|all}.csv            premium by line (CSV)
- GET  /billing/{group}/reconciliations/{id}[.csv]                 reconciliation report (HTML / CSV)
- GET  /billing/{group}/mode-change/{mode}.csv                     per-policy effect of a mode change
- GET  /api/admin/billing/delinquent  (admin)                      past-due groups (JSON)
- GET  /admin/billing/delinquent?token=…  (admin)                  the same as a page
"""
from __future__ import annotations

import csv
import hashlib
import hmac
import io
import time
from datetime import date
from decimal import Decimal
from typing import Any
from urllib.parse import urlencode

import aiohttp_jinja2
from aiohttp import web
from sqlalchemy import select

from bot.auth import bearer, decode_token, require
from bot.clock import today as clock_today
from bot.errors import ApiError
from bot.keys import RENDERER, SESSIONS, SETTINGS
from bot.storage.models import Group, ServiceRequest
from bot.storage.repository import GroupNotFound, GroupRepository

routes = web.RouteTableDef()
LINK_DAYS = 14
MAX_UPLOAD_BYTES = 20 * 1024 * 1024
_LETTERS = "abcdefghijklmnop"      # hex digits as letters: long digit runs would be masked as card numbers


def _sign(secret: str, path: str, exp: int) -> str:
    digest = hmac.new(secret.encode(), f"{path}|{exp}".encode(), hashlib.sha256).digest()[:16]
    return "".join(_LETTERS[b >> 4] + _LETTERS[b & 15] for b in digest)


def signed_url(secret: str, path: str, *, days: int = LINK_DAYS) -> str:
    exp = int(time.time()) + days * 86400
    return f"{path}?{urlencode({'exp': exp, 'sig': _sign(secret, path, exp)})}"


def setup(app: web.Application) -> None:
    secret = app[SETTINGS].secret
    app[RENDERER].env.filters["signed_url"] = lambda path: signed_url(secret, str(path))
    app.add_routes(routes)


async def _open_group(request: web.Request, session) -> GroupRepository:
    """The group in the path, if the caller may see it: a valid signature, or its employer token."""
    group = request.match_info["group"]
    secret = request.app[SETTINGS].secret
    sig, exp = request.query.get("sig"), request.query.get("exp", "")
    if sig:
        if not exp.isdigit() or int(exp) < time.time():
            raise ApiError(401, "link_expired", "This link has expired; ask the assistant for a new one.")
        if not hmac.compare_digest(sig, _sign(secret, request.path, int(exp))):
            raise ApiError(401, "invalid_link", "This link is not valid.")
    else:
        token = bearer(request)
        if not token:
            raise ApiError(401, "missing_token", "Open this page from the link the assistant gave you.")
        principal = decode_token(secret, token)
        if principal.role != "employer" or principal.group_number != group:
            raise ApiError(404, "not_found", "No such page for your group.")
    try:
        return await GroupRepository.open(session, group)
    except GroupNotFound:
        raise ApiError(404, "not_found", "No such group.")


def _csv_response(rows: list[dict], columns: tuple[str, ...] | list[str], filename: str) -> web.Response:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(columns), extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: (v.isoformat() if isinstance(v, date) else ("" if v is None else v))
                         for k, v in row.items()})
    return web.Response(text=buf.getvalue(), content_type="text/csv", headers={
        "Content-Disposition": f'attachment; filename="{filename}"', "Cache-Control": "no-store"})


def _page(request: web.Request, template: str, context: dict) -> web.Response:
    response = aiohttp_jinja2.render_template(template, request, context)
    response.headers["Cache-Control"] = "no-store"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


# ------------------------------------------------------------------ bills

@routes.get("/billing/{group}/bills/{bill_number}")
async def bill_page(request: web.Request) -> web.Response:
    from handlers.billing_accounting import breakdown_rows
    async with request.app[SESSIONS]() as session:
        repo = await _open_group(request, session)
        bill = await repo.bill(request.match_info["bill_number"])
        if bill is None:
            raise ApiError(404, "bill_not_found", "No such bill for this group.")
        rows = await breakdown_rows(repo, [bill])
        contacts = await repo.contacts()
        group = repo.group
    return _page(request, "pages/billing/bill.html", {
        "group": group, "bill": bill, "rows": rows, "count": len(rows),
        "contact": next((c for c in contacts if c.role == "billing_admin"), contacts[0] if contacts else None)})


@routes.get("/billing/{group}/breakdown/{which}.csv")
async def breakdown_csv(request: web.Request) -> web.Response:
    from handlers.billing_accounting import CSV_COLUMNS, breakdown_rows
    which = request.match_info["which"]
    async with request.app[SESSIONS]() as session:
        repo = await _open_group(request, session)
        if which == "all":
            bills = list(await repo.bills())[-12:]
        else:
            bill = await repo.bill(which)
            if bill is None:
                raise ApiError(404, "bill_not_found", "No such bill for this group.")
            bills = [bill]
        rows = await breakdown_rows(repo, bills)
    return _csv_response(rows, CSV_COLUMNS, f"premium-{repo.group.group_number}-{which}.csv")


@routes.get("/billing/{group}/mode-change/{mode}.csv")
async def mode_change_csv(request: web.Request) -> web.Response:
    from handlers.billing_mode import mode_effect
    from handlers.billing_rules import ALL_MODES
    from handlers.registry import HandlerContext
    mode = request.match_info["mode"]
    if mode not in ALL_MODES:
        raise ApiError(404, "unknown_mode", f"Unknown billing mode {mode!r}.")
    async with request.app[SESSIONS]() as session:
        repo = await _open_group(request, session)
        effect = await mode_effect(HandlerContext(repo=repo, today=clock_today()), mode)
    rows = [{**r, "current_mode": effect["current_mode"], "new_mode": mode, "effective_date": effect["effective_date"]}
            for r in effect["policies"]]
    return _csv_response(rows, ("policy_number", "employee_id", "employee", "product", "monthly", "current_mode",
                                "current", "new_mode", "new", "effective_date"),
                         f"mode-change-{repo.group.group_number}-{mode}.csv")


# ------------------------------------------------------------------ reconciliation uploads

async def _read_upload(request: web.Request) -> tuple[str, dict[str, str]]:
    """The CSV text and the form fields, refusing anything over MAX_UPLOAD_BYTES as it streams."""
    fields: dict[str, str] = {}
    too_big = ApiError(413, "file_too_large",
                       f"The file is larger than {MAX_UPLOAD_BYTES // (1024 * 1024)} MB. Send one bill's deductions "
                       "at a time (a CSV of policy number, name and amount per line is far smaller).")
    if request.content_length and request.content_length > MAX_UPLOAD_BYTES + 64 * 1024:
        raise too_big
    data = bytearray()
    if request.content_type.startswith("multipart/"):
        reader = await request.multipart()
        async for part in reader:
            if part.name == "file":
                while chunk := await part.read_chunk(256 * 1024):
                    data += chunk
                    if len(data) > MAX_UPLOAD_BYTES:
                        raise too_big
            elif part.name:
                fields[part.name] = (await part.text())[:100]
    else:
        async for chunk in request.content.iter_chunked(256 * 1024):
            data += chunk
            if len(data) > MAX_UPLOAD_BYTES:
                raise too_big
    if not data.strip():
        raise ApiError(400, "empty_file", "The upload is empty. Send the deductions as a CSV file.")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return bytes(data).decode(encoding), fields
        except UnicodeDecodeError:
            continue
    raise ApiError(400, "not_text", "The file is not a CSV text file.")


async def _pick_bill(repo: GroupRepository, wanted: str | None):
    bills = list(await repo.bills())
    if not bills:
        raise ApiError(409, "no_bills", "Your group has no bills yet, so there is nothing to reconcile against.")
    if not wanted:
        return bills[-1]
    bill = await repo.bill(wanted)
    if bill is None and len(wanted) == 7 and wanted[4] == "-":
        try:
            period = date(int(wanted[:4]), int(wanted[5:]), 1)
        except ValueError:
            period = None
        bill = next((b for b in reversed(bills) if period and b.period <= period), None)
    if bill is None:
        raise ApiError(404, "bill_not_found", f"No bill {wanted!r} for your group; give a bill number or YYYY-MM.")
    return bill


@routes.post("/api/billing/reconciliations")
async def upload_reconciliation(request: web.Request) -> web.Response:
    from handlers.billing_reconcile import RemittanceError, parse_csv, reconcile_group, report_payload
    from bot.clock import now
    principal = require(request, "employer", request.app[SETTINGS].secret)
    text, fields = await _read_upload(request)
    try:
        rows, problems = parse_csv(text)
    except RemittanceError as exc:
        raise ApiError(400, "bad_remittance", str(exc))
    if not rows:
        raise ApiError(400, "bad_remittance", "No usable lines: " + "; ".join(problems[:10]))
    async with request.app[SESSIONS].begin() as session:
        try:
            repo = await GroupRepository.open(session, principal.group_number)
        except GroupNotFound:
            raise ApiError(403, "unknown_group", "Your token names a group this service does not know.")
        bill = await _pick_bill(repo, request.query.get("bill") or fields.get("bill"))
        _, rec = await reconcile_group(repo, rows, bill=bill)
        payload = _plain(report_payload(bill, rec, source="upload", problems=problems))
        payload["uploaded_by"] = principal.sub
        sr = ServiceRequest(group_id=repo.group.id, conversation_id=fields.get("conversation_id") or None,
                            kind="bill_reconciliation", status="submitted", created_at=now(), payload=payload)
        if sr.conversation_id:
            sr.conversation_id = None if not await _own_conversation(session, repo, sr.conversation_id) \
                else sr.conversation_id
        session.add(sr)
        await session.flush()
        base = f"/billing/{repo.group.group_number}/reconciliations/{sr.id}"
    secret = request.app[SETTINGS].secret
    body = {"reconciliation_id": sr.id, "bill_number": bill.bill_number, "summary": _plain(rec.summary()),
            "problems": problems[:50], "lines": _plain([x.as_dict() for x in rec.differences()]),
            "report_url": signed_url(secret, base), "csv_url": signed_url(secret, base + ".csv")}
    return web.json_response(body, status=201)


async def _own_conversation(session, repo: GroupRepository, conversation_id: str) -> bool:
    from bot.storage.models import Conversation
    conv = await session.get(Conversation, conversation_id)
    return conv is not None and conv.group_id == repo.group.id


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


async def _reconciliation(request: web.Request, session) -> tuple[GroupRepository, ServiceRequest]:
    repo = await _open_group(request, session)
    try:
        rid = int(request.match_info["id"])
    except ValueError:
        raise ApiError(404, "not_found", "No such reconciliation.")
    sr = await repo.service_request(rid)
    if sr is None or sr.kind != "bill_reconciliation":
        raise ApiError(404, "not_found", "No such reconciliation for this group.")
    return repo, sr


RECON_COLUMNS = ("status", "policy_number", "name", "product", "billed", "remitted", "difference", "reason",
                 "matched_by")


@routes.get(r"/billing/{group}/reconciliations/{id:\d+}.csv")
async def reconciliation_csv(request: web.Request) -> web.Response:
    async with request.app[SESSIONS]() as session:
        repo, sr = await _reconciliation(request, session)
    return _csv_response(sr.payload.get("lines", []), RECON_COLUMNS,
                         f"reconciliation-{sr.payload.get('bill_number', sr.id)}.csv")


@routes.get(r"/billing/{group}/reconciliations/{id:\d+}")
async def reconciliation_page(request: web.Request) -> web.Response:
    async with request.app[SESSIONS]() as session:
        repo, sr = await _reconciliation(request, session)
    return _page(request, "pages/billing/reconciliation.html", {
        "group": repo.group, "r": sr.payload, "id": sr.id, "created": sr.created_at,
        "csv_url": signed_url(request.app[SETTINGS].secret, request.path + ".csv")})


# ------------------------------------------------------------------ delinquent groups (administrators)

async def delinquent_groups(session, today: date, *, include_grace: bool = False) -> list[dict]:
    from handlers.billing_common import bill_summary, load_account
    from handlers.registry import HandlerContext
    out = []
    for group in (await session.scalars(select(Group).order_by(Group.group_number))).all():
        repo = GroupRepository(session, group)
        acct = await load_account(HandlerContext(repo=repo, today=today))
        st = acct.status
        if not (st.past_due or (include_grace and st.amount_due_now > 0)):
            continue
        oldest = bill_summary(acct, st.oldest_unpaid)
        policies = [r for r in await repo.all_policies() if r.policy.status == "active"]
        out.append({"group_number": group.group_number, "name": group.name, "state": group.state,
                    "status": "past_due" if st.past_due else "in_grace",
                    "oldest_unpaid_bill": oldest["bill_number"], "due_date": oldest["due_date"],
                    "grace_days": acct.grace_days, "lapse_date": st.grace_end, "days_past_due": st.days_past_due,
                    "amount_past_due": st.amount_past_due, "amount_due_now": st.amount_due_now,
                    "total_open": st.total_open, "paid_to_date": group.paid_to_date,
                    "policies_at_risk": len(policies),
                    "open_bills": [b.bill.bill_number for b in acct.allocation.open_bills()]})
    out.sort(key=lambda g: (g["status"] != "past_due", -g["days_past_due"], g["group_number"]))
    return out


async def _delinquent(request: web.Request) -> tuple[date, list[dict], bool]:
    """An administrator's view of the delinquent groups as of today: (today, groups, whether
    groups still in their grace period are included)."""
    require(request, "admin", request.app[SETTINGS].secret)
    today = clock_today()
    include_grace = request.query.get("include") == "grace"
    async with request.app[SESSIONS]() as session:
        groups = await delinquent_groups(session, today, include_grace=include_grace)
    return today, groups, include_grace


@routes.get("/api/admin/billing/delinquent")
async def delinquent_api(request: web.Request) -> web.Response:
    today, groups, _ = await _delinquent(request)
    return web.json_response({"as_of": today.isoformat(), "groups": _plain(groups),
                              "total_past_due": str(sum((g["amount_past_due"] for g in groups), Decimal("0.00")))})


@routes.get("/admin/billing/delinquent")
async def delinquent_page(request: web.Request) -> web.Response:
    today, groups, include_grace = await _delinquent(request)
    return _page(request, "pages/billing/delinquent.html", {"groups": groups, "today": today,
                                                            "grace_included": include_grace})

