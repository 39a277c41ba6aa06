"""Mask identifiers before anything is stored, logged or shown: SSNs, bank and card numbers."""
from __future__ import annotations

import re

# 123-45-6789, 123 45 6789; 9 bare digits only when the words say it is an SSN
_SSN = re.compile(r"(?<!\d)(\d{3})[- ](\d{2})[- ](\d{4})(?!\d)")
_SSN_WORDED = re.compile(r"(?i)\b(ssn|social security(?: number| no\.?| #)?|ss#)\s*[:#]?\s*(\d{9})(?!\d)")
# card numbers: 13-19 digits, optionally grouped by spaces or dashes
_CARD = re.compile(r"(?<!\d)(?:\d[ -]?){12,18}\d(?!\d)")
# bank accounts and routing numbers named as such
_ACCOUNT = re.compile(
    r"(?i)\b(account|acct|a/c|routing|aba|iban)(\s*(?:number|no\.?|num|#)?\s*[:#]?\s*)([0-9][0-9 -]{3,30}[0-9])")


def _last4(digits: str) -> str:
    only = re.sub(r"\D", "", digits)
    return "•" * max(len(only) - 4, 4) + only[-4:]


def mask(text: str) -> str:
    if not text:
        return text
    text = _ACCOUNT.sub(lambda m: f"{m.group(1)}{m.group(2)}{_last4(m.group(3))}", text)
    text = _SSN_WORDED.sub(lambda m: f"{m.group(1)} •••-••-{m.group(2)[-4:]}", text)
    text = _SSN.sub(lambda m: f"•••-••-{m.group(3)}", text)
    text = _CARD.sub(lambda m: _last4(m.group(0)) if len(re.sub(r"\D", "", m.group(0))) >= 13 else m.group(0), text)
    return text
