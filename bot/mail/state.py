"""Per-app state of the email channel (held under bot.keys.EMAIL)."""
from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

from prometheus_client import CollectorRegistry, Counter

# emails answered at once: more only queue on the database's write lock (SQLite) and raise latency
CONCURRENT_EMAILS = 4


@dataclass
class EmailState:
    inbound: Counter
    ignored: Counter
    sent: Counter
    slots: asyncio.Semaphore = field(default_factory=lambda: asyncio.Semaphore(CONCURRENT_EMAILS))

    @classmethod
    def create(cls, registry: CollectorRegistry) -> "EmailState":
        return cls(
            inbound=Counter("ea_email_inbound_total", "Inbound emails received", registry=registry),
            ignored=Counter("ea_email_ignored_total", "Inbound emails kept but never answered (loops)",
                            registry=registry),
            sent=Counter("ea_email_sent_total", "Outbound emails delivered to the SMTP relay", registry=registry))
