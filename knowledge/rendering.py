"""Filling a section's placeholders with a group's facts, and turning Markdown into HTML.

Section bodies are Jinja2 templates written by the project, but the facts come from policy
data, so they are rendered in a sandbox. Facts that are None are dropped so that a
placeholder's `default(...)` applies, as if the group had no value of its own.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from jinja2 import StrictUndefined, Template, Undefined
from jinja2.sandbox import SandboxedEnvironment
from markdown_it import MarkdownIt

from .documents import Section

# Undefined (not StrictUndefined) so `{{ x | default(…) }}` and `{% if x is defined %}` work;
# a placeholder without a default must still fail loudly, which tests check document by document.
_env = SandboxedEnvironment(undefined=Undefined, autoescape=False, keep_trailing_newline=False)
_strict_env = SandboxedEnvironment(undefined=StrictUndefined, autoescape=False)

# CommonMark without raw HTML: any HTML in a document or a fact is escaped, links are limited to
# safe schemes by markdown-it's own link validation.
_markdown = MarkdownIt("commonmark", {"html": False}).enable("table")

BILLING_MODE_LABELS = {
    "monthly": "monthly",
    "semimonthly": "semi-monthly",
    "biweekly": "bi-weekly",
    "weekly": "weekly",
    "quarterly": "quarterly",
    "semiannual": "semi-annual",
    "annual": "annual",
}


@lru_cache(maxsize=1024)
def _template(source: str) -> Template:
    return _env.from_string(source)


def check_defaults(source: str) -> None:
    """Render with no facts under StrictUndefined: raises if a placeholder lacks a default."""
    _strict_env.from_string(source).render()


def _clean_facts(facts: Mapping[str, object]) -> dict[str, object]:
    clean = {key: value for key, value in facts.items() if value is not None}
    mode = clean.get("billing_mode")
    if isinstance(mode, str):
        clean["billing_mode"] = BILLING_MODE_LABELS.get(mode, mode)
    return clean


def render_markdown(section: Section, facts: Mapping[str, object]) -> str:
    return _template(section.text).render(**_clean_facts(facts)).strip()


def markdown_to_html(text: str) -> str:
    return _markdown.render(text)


def render_html(section: Section, facts: Mapping[str, object]) -> str:
    """The section with the group's facts filled in, as safe HTML (heading included)."""
    heading = f"## {section.title}\n\n"
    return markdown_to_html(heading + render_markdown(section, facts))


_LIST_MARKER = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+", re.MULTILINE)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(])")


def plain_sentences(markdown: str) -> list[str]:
    """Sentences of a Markdown body as plain text; each list item counts as a sentence."""
    sentences: list[str] = []
    for block in re.split(r"\n\s*\n|\n(?=\s*(?:[-*+]|\d+[.)])\s)", markdown):
        block = _LIST_MARKER.sub("", block)
        block = re.sub(r"[*_`]{1,2}([^*_`]+)[*_`]{1,2}", r"\1", block)  # emphasis, code
        block = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", block)  # links keep their text
        block = " ".join(block.split())
        if not block or block.startswith("|"):
            continue
        sentences.extend(s.strip() for s in _SENTENCE_END.split(block) if s.strip())
    return sentences
