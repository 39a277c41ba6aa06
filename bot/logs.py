"""Structured logs: one JSON object per line, with the conversation id of the turn being handled."""
from __future__ import annotations

import contextvars
import json
import logging
import time

from bot.masking import mask

conversation_id: contextvars.ContextVar[str | None] = contextvars.ContextVar("conversation_id", default=None)


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created)) + f".{int(record.msecs):03d}Z",
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": mask(record.getMessage()),     # identifiers never reach the log
        }
        cid = getattr(record, "conversation_id", None) or conversation_id.get()
        if cid:
            entry["conversation_id"] = cid
        if record.exc_info:
            entry["error"] = mask(self.formatException(record.exc_info))
        return json.dumps(entry, ensure_ascii=False)


def setup(level: int = logging.INFO, *, json_lines: bool = True) -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(JsonFormatter() if json_lines else logging.Formatter("%(levelname)s %(name)s %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    logging.getLogger("alembic").setLevel(logging.WARNING)
    logging.getLogger("aiohttp.access").setLevel(logging.WARNING)
    spacy_log = logging.getLogger("spacy")         # spaCy adds its own handler; one line per event is enough
    spacy_log.setLevel(logging.WARNING)
    spacy_log.handlers[:] = []
