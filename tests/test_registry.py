"""Every intent label of INTENTS.md has exactly one handler, and nothing else is registered."""
from __future__ import annotations

from handlers.registry import HANDLERS, UnknownIntent, handler_for
from intents.labels import INTENT_LABELS


def test_every_label_has_a_handler_and_no_extras():
    assert set(HANDLERS) == set(INTENT_LABELS)
    assert all(spec.description for spec in HANDLERS.values())


def test_an_unknown_intent_names_how_to_register_it():
    try:
        handler_for("teleport_employee")
    except UnknownIntent as exc:
        assert "@handles('teleport_employee')" in str(exc)
    else:
        raise AssertionError("an unknown intent must raise")
