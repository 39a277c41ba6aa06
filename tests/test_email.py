"""Email channel end to end: real SMTP in (the service's listener) and out (an aiosmtpd sink)."""
from __future__ import annotations

import asyncio
import email
import email.policy
import os
import socket
from datetime import timedelta
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

import aiosmtplib
import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import select, update

from bot.channels import email as email_channel
from bot.clock import now
from bot.keys import OUTBOX, SESSIONS, SMTP_LISTENER
from bot.storage.models import Conversation, Escalation, InboundEmail, Message, OutboundEmail
from tests.conftest import admin_headers, read_feed
from tests.test_isolation import two_group_feed

DANA = "dana@prairiemill.example"
GATEWAY = {"Content-Type": "message/rfc822", "X-EA-Gateway-Key": "test-gateway-key"}


# ---------------------------------------------------------------- an SMTP relay that keeps what it gets
class Sink:
    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []
        self.envelopes = []

    async def handle_DATA(self, server, session, envelope):
        self.envelopes.append(envelope)
        self.messages.append(email.message_from_bytes(envelope.original_content or envelope.content,
                                                      policy=email.policy.default))
        return "250 2.0.0 OK"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_sink(port: int) -> tuple[Sink, Controller]:
    sink = Sink()
    controller = Controller(sink, hostname="127.0.0.1", port=port)
    controller.start()
    return sink, controller


@pytest.fixture
def sink():
    sink, controller = start_sink(free_port())
    sink.port = controller.port
    yield sink
    controller.stop()


async def wait_for(predicate, timeout: float = 15.0):
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while loop.time() < deadline:
        result = predicate()
        if result:
            return result
        await asyncio.sleep(0.02)
    raise AssertionError("timed out waiting")


@pytest.fixture
def mail_client(make_client, sink):
    async def make(feed=None, **overrides):
        settings = {"smtp_host": "127.0.0.1", "smtp_port": sink.port, "smtp_listen_port": 0, **overrides}
        return await make_client(feed if feed is not None else read_feed(), **settings)
    return make


def mail(body: str | None = "", *, sender: str = DANA, name: str = "Dana Ortiz", subject: str = "Question",
         message_id: str | None = None, in_reply_to: str | None = None, headers: dict | None = None,
         html: str | None = None) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = f"{name} <{sender}>"
    msg["To"] = "assist@employer-assist.example"
    msg["Subject"] = subject
    msg["Date"] = formatdate()
    msg["Message-ID"] = message_id or make_msgid(domain="prairiemill.example")
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    for k, v in (headers or {}).items():
        msg[k] = v
    if body is not None:
        msg.set_content(body)
    if html is not None:
        if body is None:
            msg.set_content(html, subtype="html")
        else:
            msg.add_alternative(html, subtype="html")
    return msg


async def post_mail(client, msg: EmailMessage | bytes) -> dict:
    raw = msg if isinstance(msg, bytes) else bytes(msg)
    resp = await client.post("/api/email/inbound", data=raw, headers=GATEWAY)
    assert resp.status == 202, await resp.text()
    return await resp.json()


async def smtp_mail(client, msg: EmailMessage, envelope_from: str = DANA) -> None:
    port = client.app[SMTP_LISTENER].port
    await aiosmtplib.send(msg, sender=envelope_from, recipients=["assist@employer-assist.example"],
                          hostname="127.0.0.1", port=port)


def plain(msg: EmailMessage) -> str:
    return msg.get_body(preferencelist=("plain",)).get_content().replace("\r\n", "\n")


def html(msg: EmailMessage) -> str:
    return msg.get_body(preferencelist=("html",)).get_content()


async def rows(client, model, *where):
    async with client.app[SESSIONS]() as session:
        return list((await session.scalars(select(model).where(*where).order_by(model.id))).all())


# ---------------------------------------------------------------- the main path
async def test_email_over_smtp_gets_a_threaded_answer_to_each_question(mail_client, sink):
    client = await mail_client()
    question = mail("Hi,\n\nWhat coverage does Laura King have?\n\n"
                    "Also, how many employees do we have enrolled?\n\nThanks,\nDana Ortiz\nPayroll\n",
                    subject="Laura King")
    await smtp_mail(client, question)
    await wait_for(lambda: sink.messages)
    reply = sink.messages[0]

    assert sink.envelopes[0].rcpt_tos == [DANA]
    assert reply["To"] == DANA and reply["Subject"] == "Re: Laura King"
    assert reply["In-Reply-To"] == question["Message-ID"]
    assert question["Message-ID"] in reply["References"]
    assert reply["Auto-Submitted"] == "auto-replied"
    assert reply["Message-ID"] and reply["Message-ID"] != question["Message-ID"]
    assert reply.get_content_type() == "multipart/alternative"
    text = plain(reply)
    # both questions answered, each with its figures from the example feed
    assert "Hello Dana," in text and "You asked 2 things" in text
    assert "4410021137" in text and "4410021138" in text and "$" in text and "Evan King" in text
    assert "Prairie Mill Supply (G20417)" in text
    assert "active employee" in text
    assert "Laura King" in html(reply) and "4410021137" in html(reply) and "<li>" in html(reply)
    assert "\n-- \n" in text                           # a proper signature delimiter

    # the employer's reply in the same thread continues the same conversation
    [inbound] = await rows(client, InboundEmail)
    follow = mail("And what does she pay per paycheck for the disability policy?", subject="Re: Laura King",
                  in_reply_to=reply["Message-ID"])
    await smtp_mail(client, follow)
    await wait_for(lambda: len(sink.messages) == 2)
    second = sink.messages[1]
    assert second["In-Reply-To"] == follow["Message-ID"]
    assert question["Message-ID"] in second["References"] and reply["Message-ID"] in second["References"]
    inbound_rows = await rows(client, InboundEmail)
    assert {r.conversation_id for r in inbound_rows} == {inbound.conversation_id}
    assert all(r.status == "answered" for r in inbound_rows)


async def test_http_endpoint_needs_the_gateway_key(mail_client, sink):
    client = await mail_client()
    raw = bytes(mail("What coverage does Laura King have?"))
    for headers in ({"Content-Type": "message/rfc822"},
                    {"Content-Type": "message/rfc822", "X-EA-Gateway-Key": "wrong"}):
        resp = await client.post("/api/email/inbound", data=raw, headers=headers)
        assert resp.status == 401
        assert (await resp.json())["error"]["code"] == "bad_gateway_key"
    assert await rows(client, InboundEmail) == []
    resp = await client.post("/api/email/inbound", data=raw, headers={**GATEWAY, "Content-Type": "text/plain"})
    assert resp.status == 415


async def test_same_message_delivered_twice_is_handled_once(mail_client, sink):
    client = await mail_client()
    msg = mail("What coverage does Laura King have?")
    first = await post_mail(client, msg)
    second = await post_mail(client, msg)
    # and once more over SMTP at the same time as over HTTP
    await asyncio.gather(post_mail(client, msg), smtp_mail(client, msg))
    assert first["conversation_id"] and second["conversation_id"] == first["conversation_id"]
    await client.app[OUTBOX].drain()
    await wait_for(lambda: sink.messages)
    assert len(await rows(client, InboundEmail)) == 1
    assert len(await rows(client, OutboundEmail)) == 1
    assert len(await rows(client, Message, Message.sender == "employer")) == 1
    assert len(sink.messages) == 1


# ---------------------------------------------------------------- who is writing
async def test_unknown_sender_gets_no_policy_data_and_an_escalation(mail_client, sink):
    client = await mail_client()
    body = await post_mail(client, mail("What coverage does Laura King have? Policy 4410021137.",
                                        sender="stranger@elsewhere.example", name="Someone"))
    assert body["status"] == "waiting_for_agent"
    await wait_for(lambda: sink.messages)
    text = plain(sink.messages[0])
    assert "isn't registered as a contact" in text and "administrator" in text
    assert "Laura" not in text.split("You asked")[0] and "Evan" not in text and "$" not in text
    assert "Prairie" not in text
    [esc] = await rows(client, Escalation)
    assert esc.reason == "unknown_sender" and esc.conversation_id == body["conversation_id"]
    queue = await (await client.get("/api/admin/queue", headers=admin_headers())).json()
    assert queue["escalations"][0]["channel"] == "email"


async def test_a_contact_of_one_group_gets_nothing_of_another(mail_client, sink):
    client = await mail_client(two_group_feed())
    dana = mail("What coverage does Laura King have?")
    await post_mail(client, dana)
    await wait_for(lambda: sink.messages)
    # Pat (Harbor Freight Lines) asks about Prairie Mill's Laura King, replying into Dana's thread
    pat = mail("What coverage does Laura King have? And policy 4410021137?", sender="pat@harbor.example",
               name="Pat Lee", in_reply_to=sink.messages[0]["Message-ID"])
    body = await post_mail(client, pat)
    await wait_for(lambda: len(sink.messages) == 2)
    text = plain(sink.messages[1])
    assert sink.messages[1]["To"] == "pat@harbor.example"
    assert "4410021138" not in text and "Evan King" not in text and "Prairie" not in text
    assert "Harbor Freight Lines" in text
    dana_conv = (await rows(client, InboundEmail, InboundEmail.sender == DANA))[0].conversation_id
    assert body["conversation_id"] != dana_conv


# ---------------------------------------------------------------- administrators answer by email
async def test_escalated_email_is_answered_from_the_console_by_email(mail_client, sink):
    client = await mail_client()
    question = mail("I need to talk to a real person please, about our October bill.", subject="October bill")
    await smtp_mail(client, question)
    await wait_for(lambda: sink.messages)
    assert "administrator" in plain(sink.messages[0])
    queue = await (await client.get("/api/admin/queue", headers=admin_headers())).json()
    [esc] = [e for e in queue["escalations"] if e["channel"] == "email"]

    resp = await client.post(f"/api/admin/escalations/{esc['id']}/messages", headers=admin_headers("alex"),
                             json={"text": "Hi Dana, the October bill of $24.10 was paid on October 3 by check."})
    assert resp.status == 200, await resp.text()
    await wait_for(lambda: len(sink.messages) == 2)
    answer = sink.messages[1]
    assert answer["To"] == DANA and answer["Subject"] == "Re: October bill"
    assert answer["In-Reply-To"] == question["Message-ID"]
    assert question["Message-ID"] in answer["References"]
    assert sink.messages[0]["Message-ID"] in answer["References"]
    assert answer["Auto-Submitted"] is None                 # a person wrote it
    assert "$24.10 was paid on October 3" in plain(answer) and "alex" in plain(answer)

    # Dana's reply to the administrator lands in the same conversation and waits for them
    thanks = mail("Thank you! Can you also send me a copy?", in_reply_to=answer["Message-ID"],
                  subject="Re: October bill")
    body = await post_mail(client, thanks)
    assert body == {"conversation_id": esc["conversation_id"], "status": "with_agent"}
    assert len(await rows(client, OutboundEmail)) == 2     # no automatic answer while a person has it


# ---------------------------------------------------------------- mail that must never be answered
@pytest.mark.parametrize("sender,headers", [
    (DANA, {"Auto-Submitted": "auto-replied"}),
    (DANA, {"Auto-Submitted": "auto-generated"}),
    (DANA, {"Precedence": "bulk"}),
    (DANA, {"Precedence": "list"}),
    (DANA, {"X-Autoreply": "yes"}),
    ("MAILER-DAEMON@mx.prairiemill.example", {}),
    ("assist@employer-assist.example", {}),
])
async def test_mail_loops_are_kept_and_never_answered(mail_client, sink, sender, headers):
    client = await mail_client()
    msg = mail("I am out of the office. What coverage does Laura King have?", sender=sender, headers=headers)
    body = await post_mail(client, msg)
    assert body["status"] == "ignored"
    [kept] = await rows(client, InboundEmail)
    assert kept.status == "ignored" and kept.raw == bytes(msg)
    await client.app[OUTBOX].drain()
    assert await rows(client, OutboundEmail) == [] and sink.messages == []


async def test_auto_submitted_no_and_a_bounce_envelope(mail_client, sink):
    client = await mail_client()
    await post_mail(client, mail("What coverage does Laura King have?", headers={"Auto-Submitted": "no"}))
    await wait_for(lambda: sink.messages)
    # a bounce comes with the null reverse-path over SMTP
    await smtp_mail(client, mail("Delivery failed for your message."), envelope_from="")
    await client.app[OUTBOX].drain()
    assert len(sink.messages) == 1
    statuses = [r.status for r in await rows(client, InboundEmail)]
    assert statuses == ["answered", "ignored"]


# ---------------------------------------------------------------- awkward mail, never lost
async def test_malformed_mime_is_kept_and_answered(mail_client, sink):
    client = await mail_client()
    raw = (b"From: Dana Ortiz <dana@prairiemill.example>\r\nTo: assist@employer-assist.example\r\n"
           b"Subject: broken\r\nMessage-ID: <broken-1@prairiemill.example>\r\n"
           b"Content-Type: multipart/mixed; boundary=\"never-closed\"\r\n\r\n"
           b"--never-closed\r\nContent-Type: text/plain\r\n\r\nWhat coverage does Laura King have?\r\n"
           b"--never-closed\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n"
           b"%%%not base64%%%\r\n")
    body = await post_mail(client, raw)
    assert body["conversation_id"]
    await wait_for(lambda: sink.messages)
    assert "4410021137" in plain(sink.messages[0])
    [kept] = await rows(client, InboundEmail)
    assert kept.raw == raw and "defects" in kept.detail


async def test_unknown_charset_is_read_anyway(mail_client, sink):
    client = await mail_client()
    raw = (b"From: dana@prairiemill.example\r\nSubject: charset\r\nMessage-ID: <cs-1@prairiemill.example>\r\n"
           b"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=x-unknown-9\r\n"
           b"Content-Transfer-Encoding: 8bit\r\n\r\nWhat coverage does Laura King have? Caf\xc3\xa9 bill.\r\n")
    await post_mail(client, raw)
    await wait_for(lambda: sink.messages)
    assert "4410021137" in plain(sink.messages[0])
    [kept] = await rows(client, InboundEmail)
    assert "x-unknown-9" in kept.detail and kept.status == "answered"
    [stored] = await rows(client, Message, Message.sender == "employer")
    assert "Café" in stored.text


async def test_html_only_email_is_read_as_text(mail_client, sink):
    client = await mail_client()
    msg = mail(None, html="<html><body><p>What coverage does <b>Laura&nbsp;King</b> have?</p>"
                          "<div class='gmail_quote'>On Monday you wrote:<blockquote>old text</blockquote></div>"
                          "</body></html>")
    await post_mail(client, msg)
    await wait_for(lambda: sink.messages)
    assert "4410021137" in plain(sink.messages[0])
    [stored] = await rows(client, Message, Message.sender == "employer")
    assert stored.text == "What coverage does Laura King have?"


async def test_empty_email_is_kept_and_asked_back(mail_client, sink):
    client = await mail_client()
    body = await post_mail(client, mail("", subject=""))
    await wait_for(lambda: sink.messages)
    assert "without a question I could read" in plain(sink.messages[0])
    assert body["status"] == "bot"
    [kept] = await rows(client, InboundEmail)
    assert kept.status == "answered"


async def test_question_in_the_subject_only(mail_client, sink):
    client = await mail_client()
    await post_mail(client, mail("", subject="What coverage does Laura King have?"))
    await wait_for(lambda: sink.messages)
    assert "4410021137" in plain(sink.messages[0])


async def test_a_30_mb_attachment_is_kept_and_explained(mail_client, sink):
    client = await mail_client()
    msg = mail("What coverage does Laura King have? Our payroll export is attached.")
    msg.add_attachment(os.urandom(30 * 1024 ** 2), maintype="application", subtype="octet-stream",
                       filename="payroll-export.bin")
    raw = bytes(msg)
    assert len(raw) > 40 * 1024 ** 2
    await post_mail(client, raw)
    await wait_for(lambda: sink.messages)
    text = plain(sink.messages[0])
    assert "4410021137" in text
    assert "payroll-export.bin (30.0 MB) is larger than the 10 MB I can read" in text
    [kept] = await rows(client, InboundEmail)
    assert len(kept.raw) == len(raw)


async def test_remittance_csv_is_reconciled_against_the_list_bill(mail_client, sink):
    client = await mail_client()
    msg = mail("Please reconcile the October list bill with the attached remittance.")
    msg.add_attachment("policy_number,amount\n4410021137,24.10\n4410021138,20.00\n".encode(),
                       maintype="text", subtype="csv", filename="remittance.csv")
    await post_mail(client, msg)
    await wait_for(lambda: sink.messages)
    [stored] = await rows(client, Message, Message.sender == "employer")
    assert "[attachment remittance.csv]\npolicy_number,amount\n4410021137,24.10" in stored.text
    [answer] = await rows(client, Message, Message.sender == "bot")
    assert answer.intent == "bill_reconciliation"
    text = plain(sink.messages[0])
    assert "Reconciliation of B-G20417-2026-10" in text and "against the 2 lines you sent" in text
    assert "1 matched" in text and "variance $20.00" in text and "4410021138" in text
    assert "skipped" not in text and "I don't read attachments" not in text


# ---------------------------------------------------------------- the outbox never loses a reply
async def test_outbox_retries_with_backoff_until_the_relay_is_back(make_client, sink):
    port = free_port()                       # nothing listens here yet
    client = await make_client(read_feed(), smtp_host="127.0.0.1", smtp_port=port)
    outbox = client.app[OUTBOX]
    outbox.base_delay, outbox.poll_interval = 0.05, 0.05
    await post_mail(client, mail("What coverage does Laura King have?"))

    async def attempts():
        return (await rows(client, OutboundEmail))[0]
    await wait_for(lambda: outbox.failures >= 3)
    row = await attempts()
    assert row.status == "pending" and row.attempts >= 3 and row.last_error
    late_sink, controller = start_sink(port)
    try:
        await wait_for(lambda: late_sink.messages)
        await asyncio.sleep(0.3)
        assert len(late_sink.messages) == 1 and "4410021137" in plain(late_sink.messages[0])
        row = await attempts()
        assert row.status == "sent" and row.sent_at is not None
    finally:
        controller.stop()


async def test_backoff_grows_exponentially_and_is_capped(mail_client, sink):
    client = await mail_client()
    outbox = client.app[OUTBOX]
    delays = [outbox.backoff(n) for n in range(1, 20)]
    assert 1.6 <= delays[0] <= 2.4 and 3.2 <= delays[1] <= 4.8 and 6.4 <= delays[2] <= 9.6
    assert max(delays) <= outbox.max_delay * 1.2


async def test_interrupted_mail_is_answered_by_recovery(mail_client, sink):
    client = await mail_client()
    msg = mail("What coverage does Laura King have?")
    # as if the process died right after storing the mail
    parsed = email_channel.parsing.parse(bytes(msg))
    stored = await email_channel._store(client.app, bytes(msg), parsed)
    async with client.app[SESSIONS].begin() as session:
        await session.execute(update(InboundEmail).values(received_at=now() - timedelta(minutes=10)))
    assert await email_channel.recover(client.app) == 1
    await wait_for(lambda: sink.messages)
    assert "4410021137" in plain(sink.messages[0])
    assert sink.messages[0]["In-Reply-To"] == msg["Message-ID"]
    [kept] = await rows(client, InboundEmail)
    assert kept.status == "answered" and kept.conversation_id == stored.conversation_id


async def test_mail_stored_but_not_yet_answered_is_answered_once_by_recovery(mail_client, sink):
    """The process died after the employer's message was stored and before the answer: recovery
    answers it without storing the message a second time."""
    from bot import conversations as store
    client = await mail_client()
    msg = mail("What coverage does Laura King have?")
    parsed = email_channel.parsing.parse(bytes(msg))
    stored = await email_channel._store(client.app, bytes(msg), parsed)
    async with client.app[SESSIONS].begin() as session:
        conv = await session.get(Conversation, stored.conversation_id)
        text, _ = email_channel.compose_turn(parsed)
        await store.add_message(session, conv, "employer", text, author=parsed.sender,
                                email_message_id=parsed.message_id)
        await session.execute(update(InboundEmail).values(received_at=now() - timedelta(minutes=10)))
    assert await email_channel.recover(client.app) == 1
    await wait_for(lambda: sink.messages)
    assert len(sink.messages) == 1 and "4410021137" in plain(sink.messages[0])
    senders = [m.sender for m in await rows(client, Message)]
    assert senders.count("employer") == 1 and "bot" in senders


# ---------------------------------------------------------------- provisions by email
async def test_provision_question_by_email_cites_the_section_with_a_link_to_read_it(mail_client, sink):
    client = await mail_client(public_url="https://assist.example")
    await smtp_mail(client, mail("Hello,\n\nHow long is the grace period on our premiums?\n\nThanks,\nDana"))
    await wait_for(lambda: sink.messages)
    text = plain(sink.messages[0])
    assert "31 days" in text
    assert "Sources" in text and "[1] Grace period" in text
    assert "\n    https://assist.example/provisions/grace-period#" in text
    html = sink.messages[0].get_body(("html",)).get_content()
    assert 'href="https://assist.example/provisions/grace-period#' in html
    page = await client.get("/provisions/grace-period")
    assert page.status == 200 and "31 days" in await page.text()
