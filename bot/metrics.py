"""Prometheus metrics, one registry per app (tests build many apps in one process)."""
from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter("ea_http_requests_total", "HTTP requests", ["method", "route", "status"],
                                registry=self.registry)
        self.request_latency = Histogram("ea_http_request_seconds", "HTTP request latency", ["route"],
                                         registry=self.registry,
                                         buckets=(.002, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5))
        self.turns = Counter("ea_turns_total", "Conversation turns answered", ["intent", "channel"],
                             registry=self.registry)
        self.turn_latency = Histogram("ea_turn_seconds", "Time to answer a turn", registry=self.registry,
                                      buckets=(.002, .005, .01, .025, .05, .1, .25, .5, 1, 2.5))
        self.escalations = Counter("ea_escalations_total", "Escalations raised", ["reason"],
                                   registry=self.registry)
        self.websockets = Gauge("ea_websockets_open", "Open WebSockets", registry=self.registry)
