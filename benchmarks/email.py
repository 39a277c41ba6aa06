"""Email throughput: N inbound emails through the service's SMTP listener, replies caught by a
local SMTP sink. Prints messages/s (inbound accepted, and replies sent) and time from the start
of the inbound SMTP transaction to the reply reaching the sink (p50/p99).

    python benchmarks/email.py [--emails 2000] [--clients 20] [--db sqlite:///... | postgresql://...]
"""
from __future__ import annotations

import sys as _sys
from pathlib import Path as _Path

# run from the repository root, not benchmarks/ (benchmarks/email.py would shadow the stdlib)
_sys.path[0] = str(_Path(__file__).resolve().parents[1])


import argparse
import asyncio
import socket
import tempfile
import threading
import time
from email.message import EmailMessage
from email.utils import make_msgid

import aiosmtplib
from aiohttp import web
from aiosmtpd.controller import Controller
from sqlalchemy import func, select

from bot.app import create_app
from bot.config import Settings
from bot.keys import SESSIONS, SMTP_LISTENER
from bot.storage.models import Contact, Employee, OutboundEmail

QUESTIONS = [
    "What coverage does {name} have?",
    "Hi,\n\nWhat coverage does {name} have?\n\nAlso, how many employees do we have enrolled?\n\nThanks",
    "What is {name}'s monthly premium?",
    "How many employees are enrolled?",
]


class Sink:
    """Records when each reply arrives, keyed by the inbound Message-ID it answers."""

    def __init__(self) -> None:
        self.arrived: dict[str, float] = {}
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        at = time.perf_counter()
        for line in envelope.original_content.split(b"\r\n"):
            if line.lower().startswith(b"in-reply-to:"):
                with self.lock:
                    self.arrived[line.split(b":", 1)[1].strip().decode()] = at
                break
            if not line:
                break
        return "250 OK"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(p * len(values)))] * 1000


async def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--emails", type=int, default=2000)
    ap.add_argument("--clients", type=int, default=20, help="concurrent inbound SMTP connections")
    ap.add_argument("--db", help="database URL (default: a temporary SQLite file)")
    args = ap.parse_args()

    sink = Sink()
    sink_port = free_port()
    controller = Controller(sink, hostname="127.0.0.1", port=sink_port)
    controller.start()
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(database_url=args.db or f"sqlite:///{tmp}/bench.db", secret="bench", load_demo=True,
                            smtp_host="127.0.0.1", smtp_port=sink_port, smtp_listen_port=0)
        app = create_app(settings)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()                 # runs the cleanup contexts: database, engine, listener, outbox
        try:
            async with app[SESSIONS]() as session:
                contacts = (await session.execute(select(Contact.email, Contact.group_id))).all()
                names = {}
                for email_, group_id in contacts:
                    names.setdefault(group_id, [f"{e.first_name} {e.last_name}" for e in (await session.scalars(
                        select(Employee).where(Employee.group_id == group_id).limit(20))).all()])
            port = app[SMTP_LISTENER].port
            sent_at: dict[str, float] = {}
            accepted: list[float] = []

            def message(i: int) -> EmailMessage:
                address, group_id = contacts[i % len(contacts)]
                people = names[group_id] or ["Laura King"]
                msg = EmailMessage()
                msg["From"] = address
                msg["To"] = settings.mail_from
                msg["Subject"] = f"Question {i}"
                msg["Message-ID"] = make_msgid(domain="bench.example")
                msg.set_content(QUESTIONS[i % len(QUESTIONS)].format(name=people[i % len(people)]))
                return msg

            queue: asyncio.Queue[int] = asyncio.Queue()
            for i in range(args.emails):
                queue.put_nowait(i)

            async def client() -> None:
                smtp = aiosmtplib.SMTP(hostname="127.0.0.1", port=port, timeout=120)
                await smtp.connect()
                try:
                    while not queue.empty():
                        msg = message(queue.get_nowait())
                        t = time.perf_counter()
                        sent_at[msg["Message-ID"]] = t
                        await smtp.send_message(msg)
                        accepted.append(time.perf_counter() - t)
                finally:
                    await smtp.quit()

            started = time.perf_counter()
            await asyncio.gather(*(client() for _ in range(args.clients)))
            inbound_done = time.perf_counter() - started
            deadline = time.perf_counter() + 300
            while len(sink.arrived) < len(sent_at) and time.perf_counter() < deadline:
                await asyncio.sleep(0.05)
            total = time.perf_counter() - started
            async with app[SESSIONS]() as session:
                outbox = dict((await session.execute(select(OutboundEmail.status, func.count())
                                                     .group_by(OutboundEmail.status))).all())
        finally:
            await runner.cleanup()
            controller.stop()

    latencies = [sink.arrived[m] - sent_at[m] for m in sent_at if m in sink.arrived]
    db = "PostgreSQL" if args.db and args.db.startswith("postgres") else "SQLite"
    print(f"inbound accepted : {args.emails / inbound_done:8.1f} messages/s   "
          f"SMTP transaction p50 {pct(accepted, .5):7.1f} ms   p99 {pct(accepted, .99):7.1f} ms")
    print(f"replies sent     : {len(latencies) / total:8.1f} messages/s   "
          f"time to reply sent p50 {pct(latencies, .5):7.1f} ms   p99 {pct(latencies, .99):7.1f} ms")
    print(f"({len(latencies)}/{args.emails} replies received in {total:.1f} s; outbox {outbox}; "
          f"{args.clients} SMTP clients; {db})")


if __name__ == "__main__":
    asyncio.run(main())
