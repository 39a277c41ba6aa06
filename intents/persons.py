"""Match names employers write to the group's insureds and dependents (rapidfuzz).

Typos ("Jon Peterson" -> "John Petersen"), nicknames ("Bill" -> "William"), a first or last name
alone when it is unique; several close matches come back as "ambiguous" so the dialogue can ask
"Do you mean Laura King or Laura Kingsley?".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal, Sequence

from rapidfuzz import fuzz

from .names import NOT_A_NAME


@dataclass(frozen=True)
class PersonRef:
    key: str  # the caller's id: an employee id, a dependent id
    name: str


@dataclass(frozen=True)
class PersonMatch:
    status: Literal["unique", "ambiguous", "none"]
    matches: list[PersonRef] = field(default_factory=list)


# Nicknames map to the formal name; both sides of a comparison are expanded.
NICKNAMES: dict[str, tuple[str, ...]] = {
    "william": ("bill", "billy", "will", "liam"), "robert": ("bob", "bobby", "rob"),
    "richard": ("rick", "rich", "dick"), "elizabeth": ("liz", "beth", "betsy", "eliza"),
    "michael": ("mike", "mikey"), "katherine": ("kate", "kathy", "katie"),
    "catherine": ("cathy", "cat"), "jonathan": ("jon",), "john": ("jon", "johnny", "jack"),
    "james": ("jim", "jimmy", "jamie"), "joseph": ("joe", "joey"), "thomas": ("tom", "tommy"),
    "christopher": ("chris",), "christine": ("chris", "chrissy"), "daniel": ("dan", "danny"),
    "matthew": ("matt",), "anthony": ("tony",), "margaret": ("peggy", "maggie", "meg"),
    "jennifer": ("jen", "jenny"), "patricia": ("pat", "patty", "trish"), "deborah": ("deb", "debbie"),
    "steven": ("steve",), "stephen": ("steve",), "edward": ("ed", "eddie", "ted"),
    "alexander": ("alex",), "alexandra": ("alex",), "samuel": ("sam",), "samantha": ("sam",),
    "benjamin": ("ben",), "nicholas": ("nick",), "andrew": ("andy", "drew"), "susan": ("sue",),
    "gregory": ("greg",), "kenneth": ("ken",), "timothy": ("tim",), "jeffrey": ("jeff",),
    "rebecca": ("becky",), "victoria": ("vicky", "tori"), "zachary": ("zach",), "joshua": ("josh",),
}
_VARIANTS: dict[str, set[str]] = {}
for formal, nicks in NICKNAMES.items():
    for name in (formal, *nicks):
        _VARIANTS.setdefault(name, set()).update((formal, *nicks))

MIN_SCORE = 80.0  # below this a name is not the person (tuned on typos such as petersen/peterson)
TIE_MARGIN = 4.0  # candidates this close to the best are equally likely


def _words(name: str) -> list[str]:
    return re.findall(r"[a-z]+(?:'[a-z]+)?", name.lower())


def _first_name_score(query: str, candidate: str) -> float:
    if query in _VARIANTS.get(candidate, ()) or candidate in _VARIANTS.get(query, ()):
        return 100.0
    return fuzz.ratio(query, candidate)


def _score(query_words: list[str], person_words: list[str]) -> float:
    """How well a written name fits a person's name, 0-100."""
    if not query_words or not person_words:
        return 0.0
    first, last = person_words[0], person_words[-1]
    if len(query_words) == 1:
        word = query_words[0]
        # a lone word is a first name or a last name
        return max(_first_name_score(word, first), fuzz.ratio(word, last))
    q_first, q_last = query_words[0], query_words[-1]
    last_score = fuzz.ratio(q_last, last)
    if len(q_first) <= 2 and q_first[0] == first[0]:  # "L. King", "L King"
        first_score = 100.0
    else:
        first_score = _first_name_score(q_first, first)
    # the surname carries more weight: first names are shared more often
    return 0.4 * first_score + 0.6 * last_score if min(first_score, last_score) >= 60 else 0.0


def match_person(query: str, people: Sequence[PersonRef]) -> PersonMatch:
    query_words = _words(query)
    if not query_words:
        return PersonMatch("none", [])
    scored = [(_score(query_words, _words(p.name)), p) for p in people]
    scored = [(s, p) for s, p in scored if s >= MIN_SCORE]
    if not scored:
        return PersonMatch("none", [])
    exact = [p for s, p in scored if s == 100.0]
    if len(exact) == 1 and len(query_words) > 1:
        return PersonMatch("unique", exact)
    best = max(s for s, _ in scored)
    close = [p for s, p in sorted(scored, key=lambda sp: -sp[0]) if s >= best - TIE_MARGIN]
    return PersonMatch("unique" if len(close) == 1 else "ambiguous", close)


_WORD_RE = re.compile(r"[A-Za-z]+(?:'(?!s\b)[A-Za-z]+)?")  # possessive 's is not part of a name


def find_people(text: str, people: Sequence[PersonRef]) -> list[tuple[int, int, PersonMatch]]:
    """Mentions of the caller's people in free text: (start, end, match), in text order.

    Capitalised words (or any word that is exactly one of the people's names) are tried as
    windows of three, two, then one word; the longest window that matches wins.
    """
    if not people:
        return []
    known = {w for p in people for w in _words(p.name)}
    words = [m for m in _WORD_RE.finditer(text)]

    def usable(m: re.Match[str]) -> bool:
        word = m.group()
        if word in NOT_A_NAME:
            return False
        return word[0].isupper() or word.lower() in known

    found: list[tuple[int, int, PersonMatch]] = []
    taken: set[int] = set()
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            window = words[i:i + size]
            if any(i + k in taken for k in range(size)) or not all(usable(w) for w in window):
                continue
            # words of one name are separated by spaces only, not by commas or full stops
            if any(text[a.end():b.start()].strip() not in ("", ".") for a, b in zip(window, window[1:])):
                continue
            if size == 1 and len(window[0].group()) < 3:
                continue
            start, end = window[0].start(), window[-1].end()
            match = match_person(text[start:end], people)
            if match.status == "none":
                continue
            found.append((start, end, match))
            taken.update(range(i, i + size))
    return sorted(found, key=lambda f: f[0])
