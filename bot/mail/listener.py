"""Inbound SMTP (`serve --smtp-port N`): an aiosmtpd server on the app's own event loop.

aiosmtpd's Controller runs its server in a thread with another loop; the database engine and
the conversation engine belong to the app's loop, so the SMTP protocol is served here directly.
The message is accepted (250) only once it is stored; a failure before that answers 451 so the
sending server keeps it and tries again.
"""
from __future__ import annotations

import asyncio
import logging
from typing import Awaitable, Callable

from aiosmtpd.smtp import SMTP, Envelope, Session

log = logging.getLogger("employer_assist.smtp")

MAX_MESSAGE_BYTES = 60 * 1024 ** 2       # same as the HTTP endpoint's body limit

Deliver = Callable[[bytes, str | None], Awaitable[object]]


class _Handler:
    def __init__(self, deliver: Deliver):
        self.deliver = deliver

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        raw = envelope.original_content or (envelope.content if isinstance(envelope.content, bytes) else b"")
        try:
            await self.deliver(raw, envelope.mail_from)
        except Exception:
            log.exception("inbound mail from %s could not be stored", envelope.mail_from)
            return "451 4.3.0 Temporary failure; please try again later"
        return "250 2.0.0 Message accepted"


class SMTPListener:
    def __init__(self, deliver: Deliver, host: str, port: int):
        self.deliver, self.host, self.port = deliver, host, port
        self._server: asyncio.base_events.Server | None = None

    async def start(self) -> None:
        handler = _Handler(self.deliver)
        loop = asyncio.get_running_loop()
        self._server = await loop.create_server(
            lambda: SMTP(handler, data_size_limit=MAX_MESSAGE_BYTES, enable_SMTPUTF8=True,
                         hostname="employer-assist", ident="Employer Assist"),
            host=self.host, port=self.port)
        self.port = self._server.sockets[0].getsockname()[1]     # the real one when asked for port 0
        log.info("accepting mail over SMTP on %s:%s", self.host, self.port)

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
