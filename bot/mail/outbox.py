"""The outbox: every outgoing email is a row first, then a background sender delivers it.

A reply is written in the same transaction as whatever caused it, so it can't be lost; the
sender claims due rows with a conditional UPDATE (a lease, safe with several instances), sends
them with aiosmtplib and retries failures with exponential backoff. Delivery is at least once:
a crash mid-send resends after the lease runs out.

Retry timers use the real UTC clock: EA_TODAY moves business dates, not timers.
"""
from __future__ import annotations

import asyncio
import email.utils
import logging
import random
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage

import aiosmtplib
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import now as clock_now
from bot.storage.models import OutboundEmail

log = logging.getLogger("employer_assist.outbox")

LEASE = timedelta(minutes=2)             # a claimed row is someone's for this long
SENDER_NAME = "Employer Assist"


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def new_message_id(mail_from: str) -> str:
    domain = mail_from.rpartition("@")[2] or "employer-assist.example"
    return email.utils.make_msgid(domain=domain)


def references_header(ids: list[str], keep: int = 20) -> str:
    """RFC 5322 References, shortened as RFC 5537 suggests: the first id and the latest ones."""
    ids = list(dict.fromkeys(ids))
    if len(ids) > keep:
        ids = ids[:1] + ids[-(keep - 1):]
    return " ".join(ids)


class Outbox:
    def __init__(self, sessions: async_sessionmaker[AsyncSession], *, smtp_host: str, smtp_port: int,
                 mail_from: str, base_delay: float = 2.0, max_delay: float = 3600.0, poll_interval: float = 2.0,
                 concurrency: int = 4, batch: int = 50):
        self.sessions = sessions
        self.smtp_host, self.smtp_port, self.mail_from = smtp_host, smtp_port, mail_from
        self.base_delay, self.max_delay, self.poll_interval = base_delay, max_delay, poll_interval
        self.batch, self.concurrency = batch, concurrency
        self._wake = asyncio.Event()
        self.sent = 0
        self.failures = 0
        self.on_sent = None                  # optional callback(row) for metrics

    # ------------------------------------------------------------ writing
    async def enqueue(self, session: AsyncSession, *, conversation_id: str | None, to_addr: str, subject: str,
                      body_text: str, body_html: str | None, in_reply_to: str | None, references: list[str],
                      auto: bool, message_id: str | None = None) -> OutboundEmail:
        """Add a message to the outbox in the caller's transaction; call wake() after commit."""
        row = OutboundEmail(
            conversation_id=conversation_id, to_addr=to_addr, subject=subject[:300], body_text=body_text,
            body_html=body_html, message_id=message_id or new_message_id(self.mail_from),
            in_reply_to=in_reply_to, references=references_header(references) or None,
            auto_submitted="auto-replied" if auto else None, status="pending", attempts=0,
            next_attempt_at=utcnow(), created_at=clock_now())
        session.add(row)
        await session.flush()
        return row

    def wake(self) -> None:
        self._wake.set()

    # ------------------------------------------------------------ sending
    def build(self, row: OutboundEmail) -> EmailMessage:
        msg = EmailMessage()
        msg["From"] = email.utils.formataddr((SENDER_NAME, self.mail_from))
        msg["To"] = row.to_addr
        msg["Subject"] = row.subject
        created = row.created_at if row.created_at.tzinfo else row.created_at.replace(tzinfo=timezone.utc)
        msg["Date"] = email.utils.format_datetime(created)
        msg["Message-ID"] = row.message_id
        if row.in_reply_to:
            msg["In-Reply-To"] = row.in_reply_to
        if row.references:
            msg["References"] = row.references
        if row.auto_submitted:
            msg["Auto-Submitted"] = row.auto_submitted       # RFC 3834: autoresponders must not answer
            msg["X-Auto-Response-Suppress"] = "All"          # the same for Exchange out-of-office
        msg.set_content(row.body_text)
        if row.body_html:
            msg.add_alternative(row.body_html, subtype="html")
        return msg

    async def run(self) -> None:
        """The background sender: drain what is due, then sleep until woken or the next poll."""
        while True:
            self._wake.clear()
            try:
                await self.drain()
            except asyncio.CancelledError:
                raise
            except Exception:                # database hiccup: try again on the next round
                log.exception("outbox round failed")
            try:
                await asyncio.wait_for(self._wake.wait(), timeout=self.poll_interval)
            except asyncio.TimeoutError:
                pass

    async def drain(self) -> int:
        """Send every row that is due now; returns how many were sent."""
        total = 0
        while True:
            rows = await self._claim_due()
            if not rows:
                return total
            # one SMTP connection per slot, each sending its share of the batch in turn
            shares = [rows[i::self.concurrency] for i in range(min(self.concurrency, len(rows)))]
            sent = [r for share in await asyncio.gather(*(self._send_share(s) for s in shares)) for r in share]
            if sent:
                async with self.sessions.begin() as session:
                    await session.execute(update(OutboundEmail).where(OutboundEmail.id.in_(sent))
                                          .values(status="sent", sent_at=utcnow(), last_error=None)
                                          .execution_options(synchronize_session=False))
            total += len(sent)
            if len(rows) < self.batch:
                return total

    async def _claim_due(self) -> list[OutboundEmail]:
        """Take a lease on due rows with one conditional UPDATE; rows another instance took are skipped."""
        at = utcnow()
        async with self.sessions.begin() as session:
            ids = list((await session.scalars(
                select(OutboundEmail.id)
                .where(OutboundEmail.status == "pending", OutboundEmail.next_attempt_at <= at)
                .order_by(OutboundEmail.next_attempt_at, OutboundEmail.id).limit(self.batch))).all())
            if not ids:
                return []
            claimed = list((await session.scalars(
                update(OutboundEmail)
                .where(OutboundEmail.id.in_(ids), OutboundEmail.status == "pending",
                       OutboundEmail.next_attempt_at <= at)
                .values(next_attempt_at=at + LEASE, attempts=OutboundEmail.attempts + 1)
                .returning(OutboundEmail.id).execution_options(synchronize_session=False))).all())
            if not claimed:
                return []
            rows = (await session.scalars(select(OutboundEmail).where(OutboundEmail.id.in_(claimed))
                                          .order_by(OutboundEmail.id))).all()
            return list(rows)

    async def _send_share(self, rows: list[OutboundEmail]) -> list[int]:
        """Send rows over one connection; a failure is recorded per row and the rest still go."""
        sent: list[int] = []
        smtp = aiosmtplib.SMTP(hostname=self.smtp_host, port=self.smtp_port, timeout=30)
        try:
            await smtp.connect()
        except Exception as exc:             # noqa: BLE001  relay unreachable: every row retries later
            for row in rows:
                await self._failed(row, exc)
            return sent
        try:
            for row in rows:
                try:
                    await smtp.send_message(self.build(row), sender=self.mail_from, recipients=[row.to_addr])
                except (aiosmtplib.SMTPResponseException, aiosmtplib.SMTPRecipientsRefused) as exc:
                    await self._failed(row, exc)     # aiosmtplib has reset the envelope
                    continue
                except Exception as exc:     # noqa: BLE001  connection lost: this row and the rest retry
                    for rest in rows[rows.index(row):]:
                        await self._failed(rest, exc)
                    break
                sent.append(row.id)
                self.sent += 1
                if self.on_sent:
                    self.on_sent(row)
        finally:
            if smtp.is_connected:
                try:
                    await smtp.quit()
                except Exception:            # noqa: BLE001  the messages are already accepted
                    smtp.close()
        return sent

    def backoff(self, attempts: int) -> float:
        delay = min(self.max_delay, self.base_delay * 2 ** max(attempts - 1, 0))
        return delay * random.uniform(0.8, 1.2)          # jitter: instances don't retry in step

    async def _failed(self, row: OutboundEmail, exc: Exception) -> None:
        self.failures += 1
        code = getattr(exc, "code", None)
        refused = getattr(exc, "recipients", None)
        if refused:                          # SMTPRecipientsRefused: the codes are per recipient
            code = min(getattr(r, "code", 0) for r in refused)
        permanent = isinstance(code, int) and 500 <= code < 600
        values = {"last_error": f"{type(exc).__name__}: {exc}"[:2000]}
        if permanent:
            values["status"] = "failed"      # kept, with the reason; retrying cannot help
            log.error("outbox message %s refused permanently: %s", row.message_id, exc)
        else:
            values["next_attempt_at"] = utcnow() + timedelta(seconds=self.backoff(row.attempts))
            log.warning("outbox message %s not sent (attempt %s), will retry: %s", row.message_id,
                        row.attempts, exc)
        async with self.sessions.begin() as session:
            await session.execute(update(OutboundEmail).where(OutboundEmail.id == row.id).values(**values)
                                  .execution_options(synchronize_session=False))
