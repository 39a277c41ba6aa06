"""Email channel (CONTRACT.md "Email"): inbound mail through the same engine, threaded replies.

In:  `POST /api/email/inbound` (the mail gateway) and the SMTP listener (`serve --smtp-port N`)
     both call `receive()`: keep the raw mail, find who writes and which conversation it
     continues, then hand the questions to the engine.
Out: replies are rendered from templates/email/, written to the outbox in one transaction
     with the inbound mail's new status, and sent by the outbox's background sender.
The engine never learns that a turn came by email beyond `channel="email"`.
"""
from __future__ import annotations

import asyncio
import logging
import re
from dataclasses import dataclass
from datetime import timedelta

from aiohttp import web
from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError

from bot import conversations as store
from bot.clock import now
from bot.engine import Inbound
from bot.errors import ApiError
from bot.hub import QUEUE_TOPIC
from bot.keys import (AGENT_REPLY_HOOKS, EMAIL, ENGINE, HUB, METRICS, OUTBOX, RENDERER, SESSIONS, SETTINGS,
                      SMTP_LISTENER)
from bot.mail import parsing
from bot.mail.listener import SMTPListener
from bot.mail.outbox import Outbox
from bot.mail.state import EmailState
from bot.storage.models import Contact, Conversation, Group, InboundEmail, Message, OutboundEmail
from handlers.provisions import section_url

log = logging.getLogger("employer_assist.email")
routes = web.RouteTableDef()


GROUP_NUMBER = re.compile(r"\bG\d{4,6}\b")
RECOVER_AFTER = timedelta(minutes=2)     # a mail still "received" this long after arrival was interrupted


@dataclass
class Receipt:
    conversation_id: str | None
    status: str                          # the conversation's status, or "ignored" for mail never answered
    duplicate: bool = False


@dataclass
class Sender:
    address: str
    name: str
    groups: list[Group]                  # groups this address is a registered contact of


# ---------------------------------------------------------------- HTTP
@routes.post("/api/email/inbound")
async def inbound(request: web.Request) -> web.Response:
    key = request.app[SETTINGS].gateway_key
    if not key or request.headers.get("X-EA-Gateway-Key") != key:
        raise ApiError(401, "bad_gateway_key", "A valid X-EA-Gateway-Key header is required.")
    if request.content_type != "message/rfc822":
        raise ApiError(415, "unsupported_media_type", "Send the raw message as message/rfc822.")
    raw = await request.read()
    if not raw.strip():
        raise ApiError(400, "empty_message", "The body holds no message.")
    receipt = await receive(request.app, raw)
    return web.json_response({"conversation_id": receipt.conversation_id, "status": receipt.status}, status=202)


# ---------------------------------------------------------------- the one inbound path
async def receive(app: web.Application, raw: bytes, envelope_sender: str | None = None) -> Receipt:
    """Store the mail (once per Message-ID), then answer it. Returns once the answer is queued."""
    settings = app[SETTINGS]
    app[EMAIL].inbound.inc()
    try:
        parsed = parsing.parse(raw, own_address=settings.mail_from, envelope_sender=envelope_sender)
    except Exception as exc:             # unreadable beyond repair: keep it for a person, answer nothing
        log.exception("inbound mail could not be parsed")
        return await _store_unreadable(app, raw, exc)

    async with app[EMAIL].slots:
        return await _receive_parsed(app, raw, parsed)


async def _receive_parsed(app, raw: bytes, parsed: parsing.ParsedEmail) -> Receipt:
    stored = await _store(app, raw, parsed)
    if stored.duplicate or stored.status == "ignored":
        return stored
    try:
        return await _answer(app, stored.inbound_id, parsed)
    except Exception:
        # stored but not answered: mark it so a person sees it; the mail itself is safe
        log.exception("inbound mail %s stored but not answered", parsed.message_id)
        async with app[SESSIONS].begin() as session:
            await session.execute(update(InboundEmail).where(InboundEmail.id == stored.inbound_id)
                                  .values(status="failed", detail="answering failed; see the logs"))
        return Receipt(stored.conversation_id, "failed")


@dataclass
class _Stored(Receipt):
    inbound_id: int | None = None


async def _store_unreadable(app, raw: bytes, exc: Exception) -> Receipt:
    message_id = parsing.synthetic_message_id(raw)
    async with app[SESSIONS]() as session:
        async with session.begin():
            if await session.scalar(select(InboundEmail.id).where(InboundEmail.message_id == message_id)):
                return Receipt(None, "ignored", duplicate=True)
            session.add(InboundEmail(message_id=message_id, received_at=now(), sender="", raw=raw, status="failed",
                                     detail=f"unparseable: {type(exc).__name__}: {exc}"[:2000]))
    return Receipt(None, "ignored")


async def _store(app, raw: bytes, parsed: parsing.ParsedEmail) -> _Stored:
    """Keep the raw mail and attach it to its conversation, in one transaction."""
    sessions = app[SESSIONS]
    detail = {"notes": parsed.notes, "attachments": [a.describe() for a in parsed.attachments]}
    try:
        async with sessions.begin() as session:
            existing = await session.scalar(select(InboundEmail).where(InboundEmail.message_id == parsed.message_id))
            if existing is not None:
                return await _duplicate(session, existing)
            row = InboundEmail(message_id=parsed.message_id, received_at=now(), sender=parsed.sender[:254],
                               subject=parsed.subject or None, raw=raw, status="received")
            if parsed.loop_reason:
                # never answered; linked to its thread when there is one, for the transcript's sake
                row.status, row.conversation_id = "ignored", await _thread_conversation_id(session, parsed)
                row.detail = _json({**detail, "ignored": parsed.loop_reason})
                session.add(row)
                app[EMAIL].ignored.inc()
                log.info("not answering %s from %s: %s", parsed.message_id, parsed.sender, parsed.loop_reason)
                return _Stored(row.conversation_id, "ignored")
            sender = await _identify(session, parsed)
            conv = await _conversation_for(session, parsed, sender)
            conv.email_thread = [*(conv.email_thread or []), parsed.message_id]
            if conv.status == "closed":
                conv.status = "bot"          # writing again reopens a closed conversation
            row.conversation_id, row.detail = conv.id, _json(detail)
            session.add(row)
            await session.flush()
            return _Stored(conv.id, conv.status, inbound_id=row.id)
    except IntegrityError:                   # the same mail delivered twice at the same moment
        async with sessions() as session:
            existing = await session.scalar(select(InboundEmail).where(InboundEmail.message_id == parsed.message_id))
            return await _duplicate(session, existing)


async def _duplicate(session, existing: InboundEmail) -> _Stored:
    if existing.conversation_id is None:
        return _Stored(None, "ignored", duplicate=True)
    conv = await session.get(Conversation, existing.conversation_id)
    return _Stored(conv.id, conv.status if existing.status != "ignored" else "ignored", duplicate=True)


async def _identify(session, parsed: parsing.ParsedEmail) -> Sender:
    groups = list((await session.scalars(
        select(Group).join(Contact, Contact.group_id == Group.id)
        .where(func.lower(Contact.email) == parsed.sender).order_by(Group.group_number))).all())
    name = await session.scalar(select(Contact.name).where(func.lower(Contact.email) == parsed.sender).limit(1))
    return Sender(parsed.sender, name or parsed.sender_name, groups)


async def _thread_conversation_id(session, parsed: parsing.ParsedEmail) -> str | None:
    """The conversation an In-Reply-To/References id belongs to (our replies or earlier mail)."""
    ids = parsed.thread_ids
    if not ids:
        return None
    for stmt in (select(OutboundEmail.conversation_id).where(OutboundEmail.message_id.in_(ids)),
                 select(Message.conversation_id).where(Message.email_message_id.in_(ids)),
                 select(InboundEmail.conversation_id).where(InboundEmail.message_id.in_(ids),
                                                            InboundEmail.conversation_id.is_not(None))):
        found = await session.scalar(stmt.limit(1))
        if found:
            return found
    return None


async def _conversation_for(session, parsed: parsing.ParsedEmail, sender: Sender) -> Conversation:
    conv_id = await _thread_conversation_id(session, parsed)
    if conv_id:
        conv = await session.get(Conversation, conv_id)
        # a thread is continued only by someone who may see it: a contact of its group, or the
        # same unknown sender; anyone else starts their own conversation
        allowed = (conv.group_id in {g.id for g in sender.groups} if conv.group_id is not None
                   else conv.user == sender.address and not sender.groups)
        if allowed:
            return conv
    group = _choose_group(sender, parsed)
    return await store.create_conversation(session, group=group, channel="email", user=sender.address,
                                           subject=parsed.subject or None)


def _choose_group(sender: Sender, parsed: parsing.ParsedEmail) -> Group | None:
    if len(sender.groups) <= 1:
        return sender.groups[0] if sender.groups else None
    named = set(GROUP_NUMBER.findall(f"{parsed.subject}\n{parsed.body}"))
    chosen = [g for g in sender.groups if g.group_number in named]
    return (chosen or sender.groups)[0]


def _json(value) -> str:
    import json
    return json.dumps(value, default=str)


# ---------------------------------------------------------------- answering
async def _answer(app, inbound_id: int, parsed: parsing.ParsedEmail) -> Receipt:
    sessions, engine = app[SESSIONS], app[ENGINE]
    async with sessions() as session:
        row = await session.get(InboundEmail, inbound_id)
        conv = await session.get(Conversation, row.conversation_id)
        group = await session.get(Group, conv.group_id) if conv.group_id else None
        contact = await _contact_name(session, conv, parsed.sender)

    text, parts = compose_turn(parsed)
    notices = notices_for(app, parsed)
    if group is None:
        return await _direct_reply(app, inbound_id, conv, parsed, text, "conversation/unknown_sender",
                                   {"sender": parsed.sender}, escalate=("unknown_sender", 4,
                                   "The sender is not a registered contact of any group: confirm who they are "
                                   "before sharing anything, then answer or close."), contact=contact)
    if not parts:
        return await _direct_reply(app, inbound_id, conv, parsed, text, "conversation/empty_email",
                                   {"attachments": [a.filename for a in parsed.attachments],
                                    "notices": notices}, contact=contact, group=group)

    async def write_reply(session, conv_, replies_) -> None:   # in the engine's answering transaction
        await _write_reply(app, session, inbound_id, conv_, parsed, parts, replies_, notices, contact, group)

    status, replies = await engine.handle(
        Inbound(conversation_id=conv.id, text=text, channel="email", author=parsed.sender,
                email_message_id=parsed.message_id), parts=parts, on_replies=write_reply)
    if not replies:                      # an administrator has the conversation; they will write
        async with sessions.begin() as session:
            await session.execute(update(InboundEmail).where(InboundEmail.id == inbound_id)
                                  .values(status="waiting"))
        return Receipt(conv.id, status)
    app[OUTBOX].wake()
    return Receipt(conv.id, status)


def compose_turn(parsed: parsing.ParsedEmail) -> tuple[str, list[str]]:
    """The text stored for the employer's turn and the questions to answer.

    A remittance CSV goes to list-bill reconciliation (handlers/billing_reconcile.py reads the
    rows from the turn's text) as a block opened by `[attachment NAME]`, appended to the question
    that mentions it, or as a question of its own.
    """
    subject = re.sub(r"^\s*((re|fwd?|aw|sv)\s*:\s*)+", "", parsed.subject, flags=re.I).strip()
    body = parsed.body or subject            # a mail with its question in the subject line only
    parts = parsing.split_questions(body) if body else []
    blocks = []
    for att in parsed.attachments:
        if att.is_csv and att.text is not None:
            # no closing marker: the CSV runs to the end of its part, so the handler reads only rows
            block = f"[attachment {att.filename}]\n{att.text.strip()}"
            blocks.append(block)
            mentions = [i for i, p in enumerate(parts)
                        if re.search(r"remittance|reconcil|list bill|attach|csv", p, re.I)]
            if mentions:
                parts[mentions[0]] += "\n" + block
            else:
                parts.append(f"Please reconcile our list bill against the attached remittance.\n{block}")
    text = "\n\n".join([body, *blocks]).strip()
    return text, parts


def notices_for(app, parsed: parsing.ParsedEmail) -> list[str]:
    renderer = app[RENDERER]
    out = []
    for att in parsed.attachments:
        if att.too_large:
            out.append(renderer.render("email", "notices/attachment_too_large", {
                "filename": att.filename, "size_mb": round(att.size / 1024 ** 2, 1),
                "limit_mb": parsing.MAX_ATTACHMENT_BYTES // 1024 ** 2}))
        elif not (att.is_csv and att.text is not None):
            out.append(renderer.render("email", "notices/attachment_not_read", {"filename": att.filename}))
    if any(n.startswith("body cut") for n in parsed.notes):
        out.append(renderer.render("email", "notices/body_cut", {"limit": parsing.MAX_BODY_CHARS}))
    return out


async def _contact_name(session, conv: Conversation, address: str) -> str | None:
    if conv.group_id is None:
        return None
    return await session.scalar(select(Contact.name).where(Contact.group_id == conv.group_id,
                                                           func.lower(Contact.email) == address))


async def _direct_reply(app, inbound_id: int, conv: Conversation, parsed: parsing.ParsedEmail, text: str,
                        template: str, data: dict, *, escalate: tuple | None = None, contact: str | None,
                        group: Group | None = None) -> Receipt:
    """Turns the engine can't take (no group to scope to, nothing to read): stored and answered here."""
    renderer, hub = app[RENDERER], app[HUB]
    async with app[ENGINE].lock(conv.id):
        async with app[SESSIONS].begin() as session:
            conv = await session.get(Conversation, conv.id)
            msg = await store.add_message(session, conv, "employer", text or "(empty email)", author=parsed.sender,
                                          email_message_id=parsed.message_id)
            events = [(conv.id, {"type": "message", "message": store.message_json(msg)})]
            if conv.status in ("waiting_for_agent", "with_agent"):
                await session.execute(update(InboundEmail).where(InboundEmail.id == inbound_id)
                                      .values(status="waiting"))
                reply = None             # a person has it already
            else:
                escalation = None
                if escalate:
                    reason, priority, next_step = escalate
                    esc = await store.open_escalation(session, conv, reason=reason, intent=None, priority=priority,
                                                      context={"next_step": next_step, "sender": parsed.sender,
                                                               "subject": parsed.subject})
                    app[METRICS].escalations.labels(reason=reason).inc()
                    escalation = {"id": esc.id, "reason": reason}
                    events.append((QUEUE_TOPIC, {"type": "queue", "escalation_id": esc.id}))
                reply_text = renderer.render("email", template, {**data, "escalation": escalation})
                bot = await store.add_message(session, conv, "bot", reply_text, intent=None)
                events.append((conv.id, {"type": "message", "message": store.message_json(bot)}))
                reply = {"text": reply_text, "citations": [], "suggestions": []}
                await _write_reply(app, session, inbound_id, conv, parsed, [], [reply], [], contact, group)
            status = conv.status
    for topic, event in events:
        await hub.publish(topic, event)
    if reply is not None:
        app[OUTBOX].wake()
    return Receipt(conv.id, status)


async def _queue_answer(app, inbound_id, conversation_id, parsed, parts, replies, notices, contact, group) -> None:
    async with app[SESSIONS].begin() as session:
        conv = await session.get(Conversation, conversation_id)
        await _write_reply(app, session, inbound_id, conv, parsed, parts, replies, notices, contact, group)
    app[OUTBOX].wake()


async def _write_reply(app, session, inbound_id, conv, parsed, parts, replies, notices, contact, group) -> None:
    """The reply goes to the outbox in the caller's transaction, with the inbound mail marked answered."""
    body_text, body_html = render_reply(app, contact=contact, group=group, parts=parts, replies=replies,
                                        notices=notices)
    out = await app[OUTBOX].enqueue(
        session, conversation_id=conv.id, to_addr=parsed.sender, subject=reply_subject(parsed.subject),
        body_text=body_text, body_html=body_html, in_reply_to=parsed.message_id,
        references=[*parsed.references, *(conv.email_thread or []), parsed.message_id], auto=True)
    conv.email_thread = [*(conv.email_thread or []), out.message_id]
    await session.execute(update(InboundEmail).where(InboundEmail.id == inbound_id).values(status="answered"))


def reply_subject(subject: str) -> str:
    subject = subject.strip() or "Your question"
    return subject if re.match(r"^\s*re\s*:", subject, re.I) else f"Re: {subject}"


# ---------------------------------------------------------------- rendering
def render_reply(app, *, contact: str | None, group: Group | None, parts: list[str], replies: list[dict],
                 notices: list[str], agent: str | None = None) -> tuple[str, str]:
    """Plain text and HTML bodies: each answer (with its question when there are several),
    citations as numbered footnotes, notices, and the signature."""
    several = len(replies) > 1
    footnotes: list[dict] = []
    answers = []
    for i, reply in enumerate(replies):
        marks = []
        for c in reply.get("citations") or []:
            key = (c.get("document"), c.get("section"))
            match = next((f for f in footnotes if (f["document"], f["section"]) == key), None)
            if match is None:
                match = {"n": len(footnotes) + 1, "document": c.get("document"), "section": c.get("section"),
                         "title": c.get("title") or c.get("document"), "url": _section_link(app, c)}
                footnotes.append(match)
            marks.append(match["n"])
        text = _absolute_links(app, reply["text"])
        answers.append({"question": parts[i] if several and i < len(parts) else None, "text": text,
                        "blocks": _blocks(text), "footnotes": marks,
                        "marks": "".join(f" [{n}]" for n in marks),
                        "suggestions": reply.get("suggestions") or []})
    data = {"contact_name": contact.split()[0] if contact else None, "group_name": group.name if group else None,
            "group_number": group.group_number if group else None, "answers": answers, "several": several,
            "footnotes": footnotes, "notices": notices, "agent": agent}
    env = app[RENDERER].env
    text = env.get_template("email/layout/reply.txt.j2").render(**data)
    html = env.get_template("email/layout/reply.html").render(**data)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n", html


def _absolute_links(app, text: str) -> str:
    """Chat answers link provision pages by path; a mail reader needs the whole address."""
    base = app[SETTINGS].public_url
    return re.sub(r"(?<![\w/.:])/provisions/", base + "/provisions/", text) if base else text


def _section_link(app, citation: dict) -> str | None:
    """Where the reader can read the cited section; None when the service does not know its own
    address (no EA_PUBLIC_URL and not started by `serve`): a relative link is no use in a mail."""
    base = app[SETTINGS].public_url
    if not base or not citation.get("document") or not citation.get("section"):
        return None
    return base + section_url(citation["document"], citation["section"])


def _blocks(text: str) -> list[dict]:
    """Answer text as paragraphs and bullet lists for the HTML part (indented lines continue an item)."""
    blocks: list[dict] = []
    for line in text.splitlines():
        if line.startswith("• "):
            if not blocks or blocks[-1]["kind"] != "ul":
                blocks.append({"kind": "ul", "items": []})
            blocks[-1]["items"].append([line[2:]])
        elif line.startswith("  ") and blocks and blocks[-1]["kind"] == "ul":
            blocks[-1]["items"][-1].append(line.strip())
        elif line.strip():
            blocks.append({"kind": "p", "lines": [line]})
    return blocks


# ---------------------------------------------------------------- administrators' replies
def agent_reply_hook(app: web.Application):
    async def hook(session, conv: Conversation, message: Message) -> None:
        """An administrator's console reply to an email conversation goes out by email, threaded."""
        if conv.channel != "email":
            return
        group = await session.get(Group, conv.group_id) if conv.group_id else None
        contact = await _contact_name(session, conv, conv.user)
        last_in = await session.scalar(
            select(Message.email_message_id).where(Message.conversation_id == conv.id,
                                                   Message.email_message_id.is_not(None))
            .order_by(Message.id.desc()).limit(1))
        thread = list(conv.email_thread or [])
        body_text, body_html = render_reply(app, contact=contact, group=group, parts=[],
                                            replies=[{"text": message.text}], notices=[], agent=message.author)
        out = await app[OUTBOX].enqueue(
            session, conversation_id=conv.id, to_addr=conv.user, subject=reply_subject(conv.subject or ""),
            body_text=body_text, body_html=body_html, in_reply_to=last_in or (thread[-1] if thread else None),
            references=thread, auto=False)
        conv.email_thread = [*thread, out.message_id]
        # the sender runs after this transaction commits; waking it early only costs a poll
        asyncio.get_running_loop().call_later(0.05, app[OUTBOX].wake)
    return hook


# ---------------------------------------------------------------- recovery
async def recover(app: web.Application) -> int:
    """Answer mail whose processing was interrupted (a crash between storing and queueing)."""
    cutoff = now() - RECOVER_AFTER
    async with app[SESSIONS]() as session:
        ids = list((await session.scalars(select(InboundEmail.id).where(
            InboundEmail.status == "received", InboundEmail.received_at < cutoff))).all())
    done = 0
    for inbound_id in ids:
        async with app[SESSIONS].begin() as session:
            claimed = await session.execute(update(InboundEmail).where(
                InboundEmail.id == inbound_id, InboundEmail.status == "received").values(status="recovering"))
            if claimed.rowcount != 1:
                continue
            row = await session.get(InboundEmail, inbound_id)
            raw = row.raw
        try:
            await _recover_one(app, inbound_id, raw)
            done += 1
        except Exception:
            log.exception("recovering inbound mail %s failed", inbound_id)
            async with app[SESSIONS].begin() as session:
                await session.execute(update(InboundEmail).where(InboundEmail.id == inbound_id)
                                      .values(status="failed", detail="recovery failed; see the logs"))
    return done


async def _recover_one(app, inbound_id: int, raw: bytes) -> None:
    parsed = parsing.parse(raw, own_address=app[SETTINGS].mail_from)
    async with app[SESSIONS]() as session:
        stored = await session.scalar(select(Message).where(Message.email_message_id == parsed.message_id))
    if stored is None:
        await _answer(app, inbound_id, parsed)          # it never reached the engine: run it now
        return
    async with app[SESSIONS]() as session:
        later = list((await session.scalars(select(Message).where(
            Message.conversation_id == stored.conversation_id, Message.id > stored.id)
            .order_by(Message.id))).all())
        conv = await session.get(Conversation, stored.conversation_id)
        group = await session.get(Group, conv.group_id) if conv.group_id else None
        contact = await _contact_name(session, conv, parsed.sender)
    replies = []
    for m in later:                      # the answers the engine stored before the interruption
        if m.sender != "bot":
            break
        replies.append({"text": m.text, "citations": (m.details or {}).get("citations", []),
                        "suggestions": (m.details or {}).get("suggestions", [])})
    text, parts = compose_turn(parsed)
    notices = notices_for(app, parsed)
    if replies:                          # answered before the interruption (older data): send those
        await _queue_answer(app, inbound_id, conv.id, parsed, parts, replies, notices, contact, group)
        return
    if conv.status != "bot" or not parts:
        async with app[SESSIONS].begin() as session:
            await session.execute(update(InboundEmail).where(InboundEmail.id == inbound_id).values(status="waiting"))
        return

    async def write_reply(session, conv_, replies_) -> None:
        await _write_reply(app, session, inbound_id, conv_, parsed, parts, replies_, notices, contact, group)
    # stored but never answered: answer it now, without storing the message a second time
    await app[ENGINE].answer_stored(Inbound(conversation_id=conv.id, text=text, channel="email",
                                            author=parsed.sender, email_message_id=parsed.message_id),
                                    parts=parts, on_replies=write_reply)
    app[OUTBOX].wake()


# ---------------------------------------------------------------- wiring
def email_context(app: web.Application):
    """Outbox sender, recovery and (with smtp_listen_port) the SMTP listener, for the app's life."""
    async def context(app_: web.Application):
        settings = app_[SETTINGS]
        outbox = Outbox(app_[SESSIONS], smtp_host=settings.smtp_host, smtp_port=settings.smtp_port,
                        mail_from=settings.mail_from)
        outbox.on_sent = lambda row: app_[EMAIL].sent.inc()
        app_[OUTBOX] = outbox
        listener = None
        if settings.smtp_listen_port is not None:
            listener = SMTPListener(lambda raw, mail_from: receive(app_, raw, mail_from),
                                    settings.smtp_listen_host, settings.smtp_listen_port)
            await listener.start()
            app_[SMTP_LISTENER] = listener
        sender = asyncio.create_task(outbox.run(), name="email-outbox")
        recovery = asyncio.create_task(_recover_later(app_), name="email-recovery")
        yield
        for task in (recovery, sender):
            task.cancel()
        await asyncio.gather(recovery, sender, return_exceptions=True)
        if listener is not None:
            await listener.stop()
    return context


async def _recover_later(app: web.Application) -> None:
    while True:
        try:
            await recover(app)
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("email recovery round failed")
        await asyncio.sleep(RECOVER_AFTER.total_seconds())


def setup(app: web.Application) -> None:
    """Called by create_app after the database and engine contexts are registered."""
    app[EMAIL] = EmailState.create(app[METRICS].registry)
    app.add_routes(routes)
    app[AGENT_REPLY_HOOKS].append(agent_reply_hook(app))
    app.cleanup_ctx.append(email_context(app))
