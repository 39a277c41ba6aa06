"""Reads intents/config.cfg (spaCy's config format, so `${...}` interpolation works)."""

from __future__ import annotations

from pathlib import Path

from thinc.api import Config

PACKAGE_DIR = Path(__file__).resolve().parent
CONFIG_PATH = PACKAGE_DIR / "config.cfg"


def load(path: Path | None = None) -> Config:
    return Config().from_disk(path or CONFIG_PATH)


def package_path(relative: str) -> Path:
    """A path from config.cfg [paths], relative to the intents/ package."""
    return PACKAGE_DIR / relative


def classifier_settings(cfg: Config | None = None) -> dict:
    """The intent classifier's settings ([components.ea_intents] without the factory name), as
    LinearIntentModel takes them."""
    settings = dict((cfg or load())["components"]["ea_intents"])
    settings.pop("factory")
    return settings
