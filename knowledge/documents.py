"""Provision documents: Markdown files with YAML front matter, split into `## ` sections.

A document's front matter says which product lines and states it applies to; every section of
the document inherits that scope. Section ids are slugs of their headings so that a citation
(`document`, `section`) stays stable while the wording of the body changes.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

DOCS_DIR = Path(__file__).parent / "docs"
# libyaml's safe loader when PyYAML was built with it (several times faster at start-up)
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

PRODUCT_LINES = frozenset(
    {"accident", "critical_illness", "disability_income", "hospital_indemnity", "term_life", "whole_life"}
)
ALL = "all"

_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.DOTALL)
_HEADING = re.compile(r"^## +(.+?)\s*$", re.MULTILINE)


class DocumentError(ValueError):
    """A provision document that cannot be indexed (bad front matter, duplicate section…)."""


@dataclass(frozen=True)
class Section:
    document: str
    section: str
    title: str
    doc_title: str
    text: str  # Markdown with Jinja2 placeholders, e.g. {{ grace_days | default(31) }}
    products: tuple[str, ...]
    states: tuple[str, ...]


@dataclass(frozen=True)
class Document:
    id: str
    title: str
    products: tuple[str, ...]
    states: tuple[str, ...]
    sections: tuple[Section, ...]
    # Ways employers phrase the question a section answers (front matter `asked`), indexed
    # with the section so that everyday wording meets the provision's wording. Not displayed.
    asked: dict[str, tuple[str, ...]] = field(default_factory=dict)


def slugify(text: str) -> str:
    text = re.sub(r"['’]", "", text.lower())  # "group's" -> "groups", not "group-s"
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def _scope(value: object, field: str, path: Path) -> tuple[str, ...]:
    """Normalise `all` / a list of values to a tuple (("all",) means unrestricted)."""
    if value == ALL:
        return (ALL,)
    if not isinstance(value, list) or not value:
        raise DocumentError(f"{path.name}: `{field}` must be 'all' or a non-empty list")
    if field == "products":
        unknown = set(value) - PRODUCT_LINES
        if unknown:
            raise DocumentError(f"{path.name}: unknown product lines {sorted(unknown)}")
        return tuple(value)
    codes = tuple(str(code).upper() for code in value)
    if any(not re.fullmatch(r"[A-Z]{2}", code) for code in codes):
        raise DocumentError(f"{path.name}: states must be 2-letter codes, got {value}")
    return codes


def parse_document(path: Path) -> Document:
    raw = path.read_text(encoding="utf-8")
    match = _FRONT_MATTER.match(raw)
    if not match:
        raise DocumentError(f"{path.name}: missing YAML front matter")
    try:
        meta = yaml.load(match.group(1), Loader=_YAML_LOADER) or {}
    except yaml.YAMLError as error:
        raise DocumentError(f"{path.name}: front matter is not valid YAML: {error}") from error
    for field in ("id", "title", "products", "states"):
        if field not in meta:
            raise DocumentError(f"{path.name}: front matter lacks `{field}`")
    doc_id = str(meta["id"])
    if doc_id != slugify(doc_id) or doc_id != path.stem:
        raise DocumentError(f"{path.name}: id {doc_id!r} must be a slug equal to the file name")
    products = _scope(meta["products"], "products", path)
    states = _scope(meta["states"], "states", path)

    body = raw[match.end():]
    headings = list(_HEADING.finditer(body))
    if not headings:
        raise DocumentError(f"{path.name}: no `## ` sections")
    sections: list[Section] = []
    seen: set[str] = set()
    for i, heading in enumerate(headings):
        end = headings[i + 1].start() if i + 1 < len(headings) else len(body)
        title = heading.group(1)
        section_id = slugify(title)
        if section_id in seen:
            raise DocumentError(f"{path.name}: duplicate section {section_id!r}")
        seen.add(section_id)
        text = body[heading.end():end].strip()
        if not text:
            raise DocumentError(f"{path.name}: section {section_id!r} is empty")
        sections.append(
            Section(doc_id, section_id, title, str(meta["title"]), text, products, states)
        )
    asked = meta.get("asked") or {}
    if not isinstance(asked, dict) or not set(asked) <= seen:
        raise DocumentError(f"{path.name}: `asked` must map section ids {sorted(seen)} to phrasings")
    asked_phrasings = {key: tuple(str(q) for q in value) for key, value in asked.items()}
    return Document(doc_id, str(meta["title"]), products, states, tuple(sections), asked_phrasings)


def load_documents(path: Path | str | None = None) -> list[Document]:
    folder = Path(path) if path is not None else DOCS_DIR
    documents = [parse_document(p) for p in sorted(folder.glob("*.md"))]
    if not documents:
        raise DocumentError(f"no documents in {folder}")
    return documents


def applies(section: Section, lines: frozenset[str] | None, state: str | None) -> bool:
    """Whether a section is in scope for a group with these product lines and state."""
    if lines is not None and ALL not in section.products and not lines.intersection(section.products):
        return False
    if state is not None and ALL not in section.states and state.upper() not in section.states:
        return False
    return True
