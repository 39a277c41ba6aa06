"""The spaCy pipeline: intent classifier + entity normaliser, both registered factories.

`today` and the group's `products` change per message, so they ride on the Doc
(`doc._.today`, `doc._.products`) and the entity component reads them there.
"""

from __future__ import annotations

from datetime import date

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from thinc.api import Config

from . import textcat  # noqa: F401  (registers "ea_intent_classifier")
from .entities import extract_entities
from .labels import INTENT_LABELS

for _name, _default in (("today", None), ("products", ()), ("entities", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


class EntityNormalizer:
    """Sets `doc._.entities` to the normalised entities (intents.entities.Entity)."""

    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        today = doc._.today or date.today()
        doc._.entities = extract_entities(doc.text, today=today, products=doc._.products)
        return doc


@Language.factory("ea_entity_normalizer", assigns=["doc._.entities"], requires=["doc._.today"])
def make_entity_normalizer(nlp: Language, name: str) -> EntityNormalizer:
    return EntityNormalizer(nlp, name)


def build(config: Config) -> Language:
    """An untrained pipeline from config.cfg; the classifier gets the INTENTS.md labels."""
    nlp = spacy.blank(config["nlp"]["lang"])
    for name in config["nlp"]["pipeline"]:
        settings = dict(config["components"][name])
        factory = settings.pop("factory")
        if factory == "ea_intent_classifier":
            settings["labels"] = list(INTENT_LABELS)
        nlp.add_pipe(factory, name=name, config=settings)
    return nlp
