"""Chat noise: the typos, abbreviations and missing capitals of messages typed in a hurry."""

from __future__ import annotations

import random
import re

ABBREVIATIONS = {
    "please": ["pls", "plz"], "thanks": ["thx", "tks"], "you": ["u"], "your": ["ur"],
    "employee": ["emp", "EE"], "employees": ["emps", "EEs"], "because": ["bc"],
    "information": ["info"], "number": ["#", "no."], "with": ["w/"], "about": ["abt"],
    "policy": ["pol"], "coverage": ["cov"], "premium": ["prem"], "account": ["acct"],
    "are": ["r"], "insurance": ["ins"],
    "department": ["dept"], "payment": ["pmt"], "month": ["mo"],
}
_WORD = re.compile(r"[A-Za-z]+")


def typo(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word) - 1)
    kind = rng.randrange(4)
    if kind == 0:  # swap two letters
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if kind == 1:  # drop one
        return word[:i] + word[i + 1:]
    if kind == 2:  # double one
        return word[:i] + word[i] + word[i:]
    return word[:i] + rng.choice("aeiourstn") + word[i + 1:]  # hit a neighbour


def chat_noise(text: str, rng: random.Random) -> str:
    """Noise on plain template text only; entity values are added untouched around it."""
    def replace(m: re.Match[str]) -> str:
        word = m.group()
        roll = rng.random()
        if word.lower() in ABBREVIATIONS and roll < 0.3:
            return rng.choice(ABBREVIATIONS[word.lower()])
        if len(word) >= 5 and roll > 0.93:
            return typo(word, rng)
        return word

    text = _WORD.sub(replace, text)
    if rng.random() < 0.4:
        text = text.lower()
    if rng.random() < 0.3:
        text = text.replace("'", "")
    if rng.random() < 0.3:
        text = text.rstrip("?.!")
    return text
