"""Live pushes: each open WebSocket subscribes to a conversation (or the admin queue).

In one process this is a set of asyncio queues. With PostgreSQL and several instances,
bot/storage/notify.py relays every publish through LISTEN/NOTIFY so all instances see it.
"""
from __future__ import annotations

import asyncio
import json
import logging
from collections import defaultdict
from typing import Any, Awaitable, Callable

log = logging.getLogger("employer_assist.hub")

QUEUE_TOPIC = "queue"


class Hub:
    def __init__(self) -> None:
        self._subscribers: dict[str, set[asyncio.Queue]] = defaultdict(set)
        # set by the PostgreSQL relay: publish goes out through NOTIFY and comes back in deliver()
        self.relay: Callable[[str, dict], Awaitable[None]] | None = None

    def subscribe(self, topic: str) -> asyncio.Queue:
        queue: asyncio.Queue = asyncio.Queue(maxsize=1000)
        self._subscribers[topic].add(queue)
        return queue

    def unsubscribe(self, topic: str, queue: asyncio.Queue) -> None:
        self._subscribers[topic].discard(queue)
        if not self._subscribers[topic]:
            self._subscribers.pop(topic, None)

    async def publish(self, topic: str, event: dict[str, Any]) -> None:
        if self.relay is not None:
            try:
                await self.relay(topic, event)
                return
            except Exception:  # relay down: this instance's subscribers still get it
                log.exception("relay failed; delivering locally")
        self.deliver(topic, event)

    def deliver(self, topic: str, event: dict[str, Any]) -> None:
        for queue in list(self._subscribers.get(topic, ())):
            try:
                queue.put_nowait(event)
            except asyncio.QueueFull:
                log.warning("dropping push to a slow subscriber on %s", topic)


def encode(topic: str, event: dict) -> str:
    return json.dumps({"topic": topic, "event": event}, default=str)
