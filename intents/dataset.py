"""The labelled examples in intents/data/*.jsonl and the fingerprint the model records."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from . import config as ea_config


@dataclass(frozen=True)
class Example:
    text: str
    intent: str
    secondary_intents: list[str] = field(default_factory=list)
    entities: list[dict] = field(default_factory=list)
    source: str = ""  # the template or email it came from: cross-validation keeps them together

    def to_json(self) -> dict:
        return {"text": self.text, "intent": self.intent, "secondary_intents": self.secondary_intents,
                "entities": self.entities, "source": self.source}


def read_jsonl(path: Path) -> list[Example]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            rows.append(Example(d["text"], d["intent"], d.get("secondary_intents", []),
                                d.get("entities", []), d.get("source", "")))
    return rows


def split_path(split: str, cfg=None) -> Path:
    cfg = cfg or ea_config.load()
    return ea_config.package_path(cfg["paths"][split])


def load_split(split: str, cfg=None) -> list[Example]:
    return read_jsonl(split_path(split, cfg))


def sha256_of(paths: Iterable[Path]) -> str:
    """One hash over the files' bytes, in the order given."""
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.read_bytes())
    return digest.hexdigest()


def training_data_sha256(cfg=None) -> str:
    """What the shipped model was built from: the train split, and the valid and valid_fresh splits
    (thresholds)."""
    return sha256_of([split_path(s, cfg) for s in ("train", "valid", "valid_fresh")])
