"""Understanding one message: intent, second request, entities, and whether to ask back.

    nlu = NLU.load()                      # the shipped model in intents/model/
    u = nlu.parse("Can we switch to biweekly?", today=date(2026, 11, 16))
    u.intent, u.confidence, u.low_confidence, u.entities
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Sequence

import numpy as np
import spacy
from spacy.language import Language

from . import pipeline  # noqa: F401  (registers the pipeline's factories)
from .entities import Entity, ProductRef
from .labels import CONVERSATIONAL_INTENTS, OUT_OF_SCOPE
from .textcat import MAX_CHARS

__all__ = ["NLU", "Understanding", "Entity", "ProductRef"]

MODEL_DIR = Path(__file__).resolve().parent / "model"
RANKING_SIZE = 5

# Where a message turns to another request: sentence ends, paragraph breaks, and the words that
# introduce a second request ("also", "separately"...), which stay at the start of their segment.
_SECOND_REQUEST = r"(?:also|and also|plus|separately|one more thing|and while i have you|second question)\b"
_SEGMENT_RE = re.compile(rf"(?<=[.?!])\s+|\n+|;\s*|,?\s+(?={_SECOND_REQUEST})", re.I)
_MARKED_SECOND = re.compile(rf"^\W*{_SECOND_REQUEST}", re.I)

# Code rather than words to an insurer (an SQL injection, a script tag): a part of a message that
# holds some is not read, so "'; DROP TABLE policies; --" is out of scope rather than a request to
# drop a dependent, and "What coverage does Laura King have? <script>…" is still that question.
# Narrow on purpose: "please drop Sarah from the policy; she left" is a request (tests/test_nlu.py).
_CODE_RE = re.compile(r"""(?ix)
    '\s*;?\s*--\s*$                      # a quote closing a string, then an SQL comment
  | '\s*or\s+'?\w+'?\s*=\s*'?\w+        # ' or 1=1
  | \b(?:drop|truncate|alter)\s+table\b
  | \bunion\s+(?:all\s+)?select\b
  | \bselect\s+\*\s+from\b
  | \binsert\s+into\s+\w+\s*(?:\(|values\b)
  | \bdelete\s+from\s+\w+\s*(?:;|where\b)
  | <\s*/?\s*(?:script|iframe|img|svg|object)\b
  | javascript\s*:
  | \bon(?:load|error|click|mouseover)\s*=
""")


@dataclass(frozen=True)
class Understanding:
    intent: str
    confidence: float
    ranking: list[tuple[str, float]]  # top labels with their probability, best first
    secondary_intents: list[str]
    entities: list[Entity]
    low_confidence: bool  # the dialogue should ask back rather than act on `intent`

    def to_json(self) -> dict:
        return {
            "intent": self.intent,
            "confidence": round(self.confidence, 4),
            "secondary_intents": list(self.secondary_intents),
            "entities": [
                {"label": e.label, "text": e.text, "start": e.start, "end": e.end, "value": e.value}
                for e in self.entities
            ],
        }


@dataclass(frozen=True)
class Thresholds:
    """Chosen on the valid split by train.py and stored in the model's meta.json."""

    out_of_scope: float  # best in-scope probability below this -> out_of_scope
    ask: float  # best probability minus the runner-up's below this -> low_confidence
    secondary: float  # a segment's own intent counts as a second request above this

    @classmethod
    def from_meta(cls, meta: dict) -> "Thresholds":
        t = meta.get("ea", {}).get("thresholds", {})
        return cls(t.get("out_of_scope", 0.0), t.get("ask", 0.0), t.get("secondary", 1.01))


def segments(text: str) -> list[str]:
    """The parts of a message that may each carry a request (three words or more)."""
    parts = (p.strip() for p in _SEGMENT_RE.split(text[:MAX_CHARS]) if p)
    return [p for p in parts if len(p.split()) >= 3]


def without_code(text: str) -> str:
    """The message without its parts (sentences, lines, clauses) that hold code."""
    parts = (p.strip() for p in _SEGMENT_RE.split(text[:MAX_CHARS]) if p)
    return " ".join(p for p in parts if p and not _CODE_RE.search(p))


def split_requests(whole: str, parts: Sequence[str], part_labels: Sequence[tuple[str, float]],
                   threshold: float) -> tuple[str, list[str]]:
    """(main intent, secondary intents) of a message from its own intent and its segments'.

    A segment counts as a request when its intent is clear (probability >= threshold). When the
    message's intent is one of them, the main request is the first one not introduced by "also"
    and the like (INTENTS.md: the main request is what the sender wants done; the rest is
    secondary). Otherwise the message's own intent stays the main one.
    """
    requests: list[tuple[str, bool]] = []  # (label, introduced as a second request)
    for part, (label, prob) in zip(parts, part_labels):
        if prob >= threshold and label not in CONVERSATIONAL_INTENTS and label not in (r[0] for r in requests):
            requests.append((label, bool(_MARKED_SECOND.match(part))))
    main = whole
    if whole in (r[0] for r in requests):
        unmarked = [label for label, marked in requests if not marked]
        main = unmarked[0] if unmarked else requests[0][0]
    return main, [label for label, _ in requests if label != main][:2]


def margin(probs: np.ndarray) -> float:
    """The best probability minus the runner-up's: how clearly the message picks one intent."""
    top_two = np.partition(np.asarray(probs, dtype=float), -2)[-2:] if len(probs) > 1 else np.array([0.0, 1.0])
    return float(top_two[1] - top_two[0])


def decide(probs: np.ndarray, labels: Sequence[str], thresholds: Thresholds) -> tuple[str, float, bool]:
    """(intent, confidence, low_confidence) from one probability vector.

    low_confidence looks at the margin between the two best intents rather than at the best
    probability alone: the ask-back offers those two, and a message whose probability is spread
    over many unrelated intents is less often wrong than one torn between two (on valid and on
    cross-validation the margin asks back 1-5 points less often at the same precision)."""
    best = int(np.argmax(probs))
    intent, confidence = labels[best], float(probs[best])
    if intent != OUT_OF_SCOPE and confidence < thresholds.out_of_scope:
        # too unsure of every in-scope intent: treat as something we don't serve
        oos = list(labels).index(OUT_OF_SCOPE)
        return OUT_OF_SCOPE, float(max(probs[oos], 1.0 - confidence)), False
    return intent, confidence, margin(probs) < thresholds.ask


class NLU:
    def __init__(self, nlp: Language):
        self.nlp = nlp
        self.classifier = nlp.get_pipe("ea_intents").model
        self.labels = self.classifier.labels
        self.thresholds = Thresholds.from_meta(nlp.meta)

    @classmethod
    def load(cls, path: str | Path | None = None) -> "NLU":
        nlu = cls(spacy.load(Path(path) if path else MODEL_DIR))
        # dateparser loads its language data on first use (~0.2 s): pay that here, not on a message
        nlu.parse("Paid $10 on 3/1, due next Friday, end of this month", today=date(2000, 1, 3))
        return nlu

    @property
    def meta(self) -> dict:
        return self.nlp.meta

    def parse(self, text: str, *, today: date, products: Sequence[ProductRef] = ()) -> Understanding:
        return self.parse_batch([text], today=today, products=products)[0]

    def parse_batch(self, texts: Sequence[str], *, today: date,
                    products: Sequence[ProductRef] = ()) -> list[Understanding]:
        return [self._understand(text if isinstance(text, str) else "", today, products) for text in texts]

    def _understand(self, text: str, today: date, products: Sequence[ProductRef]) -> Understanding:
        doc = self.nlp.make_doc(text)
        doc._.today = today
        doc._.products = tuple(products)
        for _, component in self.nlp.pipeline:
            doc = component(doc)
        probs = np.array([doc.cats[label] for label in self.labels])
        if _CODE_RE.search(text[:MAX_CHARS]):
            text = without_code(text)
            if not re.search(r"[^\W\d_]{2}", text):  # nothing but code: no request to read
                ranking = [(self.labels[i], float(probs[i])) for i in np.argsort(-probs)[:RANKING_SIZE]]
                return Understanding(OUT_OF_SCOPE, 1.0, ranking, [], list(doc._.entities), False)
            probs = self.classifier.predict_proba_one(text)
        intent, confidence, low = decide(probs, self.labels, self.thresholds)
        # not one word the model knows ("blorf zzkt", another language): whatever the probabilities
        # say comes from character fragments and the prior, so ask back rather than act
        low = low or self.classifier.known_words(text) == 0
        order = np.argsort(-probs)[:RANKING_SIZE]
        ranking = [(self.labels[i], float(probs[i])) for i in order]
        secondary: list[str] = []
        if intent not in CONVERSATIONAL_INTENTS:
            intent, secondary = self._requests(text, intent)
        return Understanding(intent, confidence, ranking, secondary, list(doc._.entities), low)

    def _requests(self, text: str, whole: str) -> tuple[str, list[str]]:
        parts = segments(text)
        if len(parts) < 2:
            return whole, []
        probs = self.classifier.predict_proba(parts)
        part_labels = [(self.labels[i], float(p[i])) for p, i in zip(probs, probs.argmax(axis=1))]
        return split_requests(whole, parts, part_labels, self.thresholds.secondary)
