"""Entity extraction and normalisation (INTENTS.md "Entities").

Patterns find the candidate spans; values come from real parsers: dates from dateparser
(relative to the caller's `today`), amounts from `decimal`. Each finder returns spans; overlaps
are resolved by `extract_entities` (longest span wins, earlier finder wins ties).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Iterable, Sequence

import dateparser
from dateutil import parser as dateutil_parser
from dateutil.relativedelta import relativedelta

from .names import FIRST_NAMES, NOT_A_NAME, ORGANISATION_WORDS


@dataclass(frozen=True)
class Entity:
    label: str
    text: str
    start: int
    end: int
    value: str | None


@dataclass(frozen=True)
class ProductRef:
    """One product of the caller's group (from the policy data feed)."""

    code: str
    name: str
    line: str


# --------------------------------------------------------------------------- numbers
POLICY_RE = re.compile(r"(?<![\d-])\d{10}(?![\d-])")
GROUP_RE = re.compile(r"\b[Gg]-?(\d{4,6})\b")


def find_policy_numbers(text: str) -> Iterable[Entity]:
    for m in POLICY_RE.finditer(text):
        yield Entity("POLICY_NUMBER", m.group(), m.start(), m.end(), m.group())


def find_group_numbers(text: str) -> Iterable[Entity]:
    for m in GROUP_RE.finditer(text):
        yield Entity("GROUP_NUMBER", m.group(), m.start(), m.end(), "G" + m.group(1))


# --------------------------------------------------------------------------- money
_AMOUNT = r"\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?"
MONEY_RES = (
    # $4,210.55   $10k   $ 300   USD 25
    re.compile(rf"(?:\$|\bUSD\s?)\s?(?P<amount>{_AMOUNT})(?:\s?(?P<k>[kK])\b)?"),
    # 300 dollars, 45.20 bucks
    re.compile(rf"\b(?P<amount>{_AMOUNT})\s?(?P<k>[kK])?\s?(?:dollars|bucks|usd)\b", re.I),
    # 10k of coverage -- but never 401k / 403b plans
    re.compile(r"\b(?!40[13]k)(?P<amount>\d{1,4}(?:\.\d)?)(?P<k>[kK])\b"),
)


def money_value(amount: str, thousands: bool) -> str | None:
    try:
        value = Decimal(amount.replace(",", ""))
    except InvalidOperation:
        return None
    if thousands:
        value *= 1000
        value = value.quantize(Decimal(1)) if value == value.to_integral_value() else value
    return format(value, "f")


def find_money(text: str) -> Iterable[Entity]:
    for pattern in MONEY_RES:
        for m in pattern.finditer(text):
            value = money_value(m.group("amount"), bool(m.group("k")))
            if value is not None:
                yield Entity("MONEY", m.group(), m.start(), m.end(), value)


# --------------------------------------------------------------------------- word lists
def _alternation(words: Iterable[str]) -> str:
    # Longest first, so "semi-monthly" wins over "monthly".
    return "|".join(sorted((w.replace(" ", r"[\s-]?") for w in words), key=len, reverse=True))


BILLING_MODES: dict[str, tuple[str, ...]] = {
    "semimonthly": ("semi monthly", "semimonthly", "semi-monthly", "twice a month", "twice monthly",
                    "24 pay periods", "24 pays", "1st and 15th", "15th and last", "semi mthly"),
    "biweekly": ("bi weekly", "biweekly", "bi wkly", "biwkly", "bi-wkly", "every two weeks",
                 "every 2 weeks", "every other week", "26 pay periods", "26 pays", "fortnightly"),
    "monthly": ("monthly", "once a month", "every month", "12 pay periods", "12 pays", "mthly"),
    "weekly": ("weekly", "every week", "wkly", "52 pay periods", "52 pays"),
    "quarterly": ("quarterly", "every three months", "every 3 months", "qtrly"),
    "semiannual": ("semi annual", "semiannual", "semi annually", "semiannually", "twice a year",
                   "every six months", "every 6 months"),
    "annual": ("annual", "annually", "yearly", "once a year"),
}
# "monthly premium" or "annual enrollment" use the word without naming a billing mode.
_MODE_NOT_BEFORE = r"(?!\s+(?:premiums?|rates?|costs?|amounts?|totals?|statements?|enrollment|open enrollment|review|reports?|renewal|benefit|salary|income|maximum|limit|increase))"
MODE_RE = re.compile(
    r"(?<![\w-])(?:" + "|".join(
        f"(?P<{mode}>{_alternation(words)})" for mode, words in BILLING_MODES.items()
    ) + r")(?![\w-])" + _MODE_NOT_BEFORE,
    re.I,
)

RELATIONS: dict[str, tuple[str, ...]] = {
    "domestic_partner": ("domestic partner", "civil union partner", "same sex partner"),
    "spouse": ("spouse", "spouses", "wife", "husband", "hubby", "wifey", "spousal"),
    "child": ("child", "children", "kid", "kids", "son", "sons", "daughter", "daughters",
              "stepson", "stepdaughter", "step son", "step daughter", "stepchild", "step child",
              "stepchildren", "newborn", "new born", "baby", "infant", "adopted child",
              "foster child", "grandchild", "dependent child", "twins"),
}
RELATION_RE = re.compile(
    r"(?<![\w-])(?:" + "|".join(
        f"(?P<{rel}>{_alternation(words)})" for rel, words in RELATIONS.items()
    ) + r")(?![\w-])",
    re.I,
)

PRODUCT_LINES: dict[str, tuple[str, ...]] = {
    "critical_illness": ("critical illness", "crit illness", "crit ill", "critical ill", "cancer"),
    "disability_income": ("disability income", "short term disability", "short-term disability",
                          "disability", "STD"),
    "hospital_indemnity": ("hospital indemnity", "hosp indemnity", "hospital plan",
                           "hospital confinement", "hospital"),
    "term_life": ("term life", "term insurance", "term policy", "term"),
    "whole_life": ("whole life", "permanent life", "universal life"),
    "accident": ("accident", "accidental injury", "accident expense"),
}
# Short codes are matched case-sensitively: "CI" is a product, "ci" is noise.
PRODUCT_CODES: dict[str, tuple[str, ...]] = {
    "critical_illness": ("CI",),
    "disability_income": ("DI",),
    "hospital_indemnity": ("HI", "HIP"),
    "whole_life": ("WL",),
    "accident": ("ACC", "AC"),
    "term_life": ("TL",),
}
PRODUCT_RE = re.compile(
    r"(?<![\w-])(?:" + "|".join(
        f"(?P<{line}>{_alternation(words)})" for line, words in PRODUCT_LINES.items()
    ) + r")(?![\w-])",
    re.I,
)
PRODUCT_CODE_RE = re.compile(
    r"(?<![\w-])(?:" + "|".join(
        f"(?P<{line}>{'|'.join(codes)})" for line, codes in PRODUCT_CODES.items()
    ) + r")(?![\w-])"
)
# "term" alone is only a product before policy / coverage words ("the term policy"), never in
# "long term", "terms", "term date".
_TERM_ALONE_OK = re.compile(r"\s+(?:policy|policies|coverage|plan|insurance|life)", re.I)


def _named_group(m: re.Match[str]) -> str:
    return next(name for name, value in m.groupdict().items() if value)


def find_billing_modes(text: str) -> Iterable[Entity]:
    for m in MODE_RE.finditer(text):
        yield Entity("BILLING_MODE", m.group(), m.start(), m.end(), _named_group(m))


def find_relations(text: str) -> Iterable[Entity]:
    for m in RELATION_RE.finditer(text):
        yield Entity("RELATION", m.group(), m.start(), m.end(), _named_group(m))


def product_value(line: str, surface: str, products: Sequence[ProductRef]) -> str:
    """The group's product code for a mention, or the canonical line word without products."""
    if not products:
        return line
    for product in products:
        if surface.lower() in (product.code.lower(), product.name.lower()):
            return product.code
    for product in products:
        if product.line == line:
            return product.code
    return line


def find_products(text: str, products: Sequence[ProductRef] = ()) -> Iterable[Entity]:
    for pattern in (PRODUCT_RE, PRODUCT_CODE_RE):
        for m in pattern.finditer(text):
            line = _named_group(m)
            if m.group().lower() == "term" and not _TERM_ALONE_OK.match(text, m.end()):
                continue
            if m.group().lower() == "hospital" and not re.match(r"\s+(?:plan|policy|coverage|indemnity|insurance)", text[m.end():], re.I):
                continue
            yield Entity("PRODUCT", m.group(), m.start(), m.end(), product_value(line, m.group(), products))
    # A group's own product names and codes ("Accident Expense", "ACC") count too.
    for product in products:
        for surface in {product.name, product.code}:
            if len(surface) < 2:
                continue
            flags = re.I if len(surface) > 3 else 0
            for m in re.finditer(rf"(?<![\w-]){re.escape(surface)}(?![\w-])", text, flags):
                yield Entity("PRODUCT", m.group(), m.start(), m.end(), product.code)


# --------------------------------------------------------------------------- dates
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_PERIOD = r"(?:week|month|year|quarter)"
_RELATIVE_MONTH = rf"(?:this|next|last|the)\s+month|{_MONTH}(?:\s+{_YEAR})?"
DATE_RES = (
    # 2026-03-01
    re.compile(rf"\b{_YEAR}-[01]\d-[0-3]\d\b"),
    # 3/1, 03/01/2026, 3-1-26
    re.compile(r"(?<![\d/])(?:1[0-2]|0?[1-9])[/](?:[12]\d|3[01]|0?[1-9])(?:[/-](?:\d\d){1,2})?(?![\d/])"),
    re.compile(r"(?<![\d-])(?:1[0-2]|0?[1-9])-(?:[12]\d|3[01]|0?[1-9])-(?:\d\d){1,2}(?![\d-])"),
    # end of this month, beginning of next month, first of March
    re.compile(rf"\b(?:the\s+)?(?:end|beginning|start|first|1st|last day|middle)\s+of\s+(?:{_RELATIVE_MONTH})\b", re.I),
    # March 1st, 2026 / Mar 1 / March 2026 / March
    re.compile(rf"\b{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?\b", re.I),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?\b", re.I),
    re.compile(rf"\b{_MONTH}\s+{_YEAR}\b", re.I),
    # today, next Friday, last month, 2 weeks ago, in 30 days
    re.compile(rf"\b(?:today|tomorrow|yesterday|(?:next|last|this)\s+(?:{_PERIOD}|{_WEEKDAY})|"
               rf"{_WEEKDAY}|(?:\d+|a|one|two|three|six)\s+(?:day|week|month|year)s?\s+ago|"
               rf"in\s+(?:\d+|a|one|two|three|six)\s+(?:day|week|month)s?)\b", re.I),
)
# A month name alone ("the March bill", "in June"): capitalised, and "May"/"March" only where a
# month reads naturally, so "may I" and "march on" are left alone.
MONTH_ALONE_RE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b(?!\s+(?:I|we|you|be|have)\b)"
)
_DATEPARSER_SETTINGS = {"DATE_ORDER": "MDY", "RETURN_AS_TIMEZONE_AWARE": False}
# a month without a day ("March", "March 2026") means its first day
_MONTH_ONLY = re.compile(rf"^{_MONTH}(?:,?\s+{_YEAR})?$", re.I)
_ABSOLUTE = re.compile(rf"^(?:\d|{_MONTH}(?:\s|,|$))", re.I)
_EDGE_OF_MONTH = re.compile(r"^(?:the\s+)?(end|beginning|start|first|1st|last day|middle)\s+of\s+(.*)$", re.I)


@lru_cache(maxsize=4096)
def parse_date(phrase: str, today: date) -> date | None:
    """One date phrase to a date, relative to `today`; a month alone means its first day."""
    edge = _EDGE_OF_MONTH.match(phrase.strip())
    if edge:
        month = parse_date(edge.group(2), today)
        if month is None:
            return None
        where = edge.group(1).lower()
        if where in ("end", "last day"):
            return month + relativedelta(day=31)
        if where == "middle":
            return month.replace(day=15)
        return month.replace(day=1)
    lowered = phrase.lower().strip()
    settings = dict(_DATEPARSER_SETTINGS, RELATIVE_BASE=datetime(today.year, today.month, today.day))
    if re.fullmatch(r"(?:this|the)\s+month", lowered):
        return today.replace(day=1)
    if re.fullmatch(r"(?:this|next|last)\s+(?:month|quarter|year)", lowered):
        # a period means its first day, as for a month name
        parsed = dateparser.parse(lowered, languages=["en"], settings=settings)
        if parsed is None:
            return None
        start = parsed.date().replace(day=1)
        return start.replace(month=1) if lowered.endswith("year") else start
    if _ABSOLUTE.match(phrase.strip()):
        # a calendar date: dateutil is 30 times faster than dateparser; a missing year is this
        # year's and a missing day (a month alone) is the 1st
        try:
            return dateutil_parser.parse(phrase, default=datetime(today.year, 1, 1)).date()
        except (ValueError, OverflowError):
            pass
    if _MONTH_ONLY.match(phrase.strip()):
        settings["PREFER_DAY_OF_MONTH"] = "first"
    parsed = dateparser.parse(phrase, languages=["en"], settings=settings)
    return parsed.date() if parsed else None


def find_dates(text: str, today: date) -> Iterable[Entity]:
    for pattern in (*DATE_RES, MONTH_ALONE_RE):
        for m in pattern.finditer(text):
            value = parse_date(m.group(), today)
            if value is not None:
                yield Entity("DATE", m.group(), m.start(), m.end(), value.isoformat())


# --------------------------------------------------------------------------- people
_CAP = r"[A-Z][a-z]+(?:[-'][A-Z][a-z]+)?"
_SURNAME = rf"(?:(?:Mc|Mac|O'|De|Van |Von )?{_CAP})"
PERSON_RES = (
    # a title and a surname: Mrs. Alvarez
    re.compile(rf"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?[ ]+{_CAP}(?:[ ]+{_SURNAME})?"),
    # a first name we know, an optional initial and an optional surname
    re.compile(rf"\b(?:{'|'.join(sorted(FIRST_NAMES, key=len, reverse=True))})\b(?:[ ]+[A-Z]\.)?(?:[ ]+{_SURNAME})?"),
    # after a cue word, any two capitalised words: "employee Tavita Faleolo"
    re.compile(rf"\b(?:employee|insured|member|named|for|of|EE|spouse|wife|husband|son|daughter|dependent)[ ](?P<name>{_CAP}[ ]+{_SURNAME})"),
)


def _trim_person(text: str, start: int, end: int) -> tuple[int, int] | None:
    words = text[start:end].split()
    following = re.match(r"[ ]+([A-Z]\w*)", text[end:])
    if (words and words[-1] in ORGANISATION_WORDS) or (following and following.group(1) in ORGANISATION_WORDS):
        return None  # "Prairie Mill Supply" is a company, not a person
    # drop trailing words that are not names ("Laura King Monday")
    while words and words[-1].rstrip(".") in NOT_A_NAME:
        words.pop()
    while words and words[0].rstrip(".") in NOT_A_NAME:
        start += len(words[0]) + 1
        words.pop(0)
    if not words:
        return None
    return start, start + len(" ".join(words))


def find_persons(text: str) -> Iterable[Entity]:
    for index, pattern in enumerate(PERSON_RES):
        for m in pattern.finditer(text):
            group = "name" if "name" in pattern.groupindex else 0
            span = _trim_person(text, m.start(group), m.end(group))
            if span is None:
                continue
            start, end = span
            surface = text[start:end]
            yield Entity("PERSON", surface, start, end, surface)


# --------------------------------------------------------------------------- all together
def _resolve_overlaps(found: Iterable[Entity]) -> list[Entity]:
    kept: list[Entity] = []
    # longest first; among equal lengths the earlier finder (stable sort) wins
    for entity in sorted(found, key=lambda e: -(e.end - e.start)):
        if all(entity.end <= k.start or entity.start >= k.end for k in kept):
            kept.append(entity)
    return sorted(kept, key=lambda e: e.start)


def extract_entities(text: str, *, today: date, products: Sequence[ProductRef] = ()) -> list[Entity]:
    """All entities of INTENTS.md in `text`, normalised, without overlaps, in text order."""
    found: list[Entity] = [
        *find_policy_numbers(text),
        *find_group_numbers(text),
        *find_money(text),
        *find_dates(text, today),
        *find_billing_modes(text),
        *find_relations(text),
        *find_products(text, products),
        *find_persons(text),
    ]
    return _resolve_overlaps(found)
