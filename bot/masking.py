"""Mask identifiers before anything is stored, logged or shown: SSNs, bank and card numbers.

Only the last four digits stay readable. What employers and administrators need to read —
policy numbers (10 digits), amounts, dates, phone numbers, ZIP codes, bill numbers — is left
alone. tests/test_masking.py drives this with Hypothesis-generated identifiers.
"""
from __future__ import annotations

import re

BULLET = "•"
_SEP = r"[-–—.]"              # dash, en dash, em dash, dot
# 123-45-6789, 123 45 6789, 123.45.6789, 123 - 45 - 6789 (the same separator twice)
_SSN = re.compile(rf"(?<![\d{BULLET}])(\d{{3}})(\s*{_SEP}\s*|\s)(\d{{2}})\2(\d{{4}})(?!\d)")
# nine digits are an SSN only when the words say so ("SSN is 123456789", "social security # 123-45-6789")
_SSN_WORDED = re.compile(
    rf"(?i)\b(ssn|s\.s\.n\.?|social\s+security(?:\s+(?:number|no\.?|num|#))?|soc\.?\s*sec\.?|social"
    rf"|ss\s*(?:#|no\.?|number|num)|ss(?=#))"
    rf"([^\d\n]{{0,24}}?)(\d{{3}})({_SEP}?|\s?)(\d{{2}})\4(\d{{4}})(?!\d)")
# bank accounts and routing numbers, named as such; the words between are a closed list so that
# "account for Laura King 4410021137" keeps its policy number
_ACCOUNT = re.compile(
    r"(?i)\b(account|acct|a/c|routing|rtn|aba|iban)"
    r"((?:\s|[:#=.]|\bnumber\b|\bnum\b|\bnbr\b|\bno\b|\bis\b|\bending\b|\bin\b|\bof\b)*)"
    r"(\d[\d -]{2,32}\d)(?!\d)")
# runs of digit groups joined by single spaces or dashes: card candidates are found inside them
_DIGIT_RUN = re.compile(rf"(?<![\d{BULLET}])\d+(?:[ -]\d+)*")
_CARD_GROUPINGS = ((4, 6, 4), (4, 6, 5))        # Amex and Diners layouts; otherwise groups of four


def _keep_last4(digits: str) -> str:
    only = re.sub(r"\D", "", digits)
    return BULLET * max(len(only) - 4, 4) + only[-4:]


def _luhn(number: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def _is_card(groups: list[str]) -> bool:
    number = "".join(groups)
    if not 13 <= len(number) <= 19:
        return False
    lengths = tuple(len(g) for g in groups)
    if len(groups) == 1 or lengths in _CARD_GROUPINGS:
        return True
    if all(n == 4 for n in lengths[:-1]) and 1 <= lengths[-1] <= 4:
        return True
    # an odd layout still counts when the check digit says card; a 10-digit policy number
    # followed by a year never does
    return max(lengths) <= 8 and _luhn(number)


def _mask_cards(run: re.Match) -> str:
    text = run.group(0)
    spans = [(m.start(), m.end()) for m in re.finditer(r"\d+", text)]
    groups = [text[a:b] for a, b in spans]
    out, pos, i = [], 0, 0
    while i < len(groups):
        j = next((j for j in range(len(groups), i, -1) if _is_card(groups[i:j])), None)  # longest window
        if j is None:
            i += 1
            continue
        out.append(text[pos:spans[i][0]])
        out.append(_keep_last4("".join(groups[i:j])))
        pos, i = spans[j - 1][1], j
    out.append(text[pos:])
    return "".join(out)


def _mask_once(text: str) -> str:
    text = _ACCOUNT.sub(lambda m: f"{m.group(1)}{m.group(2)}{_keep_last4(m.group(3))}"
                        if len(re.sub(r"\D", "", m.group(3))) > 4 else m.group(0), text)
    text = _SSN_WORDED.sub(lambda m: f"{m.group(1)}{m.group(2)}{BULLET * 3}-{BULLET * 2}-{m.group(6)}", text)
    text = _SSN.sub(lambda m: f"{BULLET * 3}-{BULLET * 2}-{m.group(4)}", text)
    return _DIGIT_RUN.sub(_mask_cards, text)


def mask(text: str) -> str:
    if not text:
        return text
    # repeat until nothing changes: each pass only hides digits, so this ends, and masking
    # stored text again (a transcript re-saved, a quoted reply) changes nothing
    for _ in range(5):
        masked = _mask_once(text)
        if masked == text:
            break
        text = masked
    return text
