"""SSNs, bank and card numbers are masked before anything is stored (bot/masking.py), tested with
Hypothesis-generated identifiers in generated sentences; what must stay readable stays readable."""
from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from bot.masking import mask

digits = lambda n: st.text("0123456789", min_size=n, max_size=n)   # noqa: E731
words = st.lists(st.sampled_from(["please", "check", "the", "for", "Laura", "King", "her", "our", "and",
                                  "thanks", "bill", "on", "file", "(", ")", ",", ".", "—", "\n", "“", "”"]),
                 max_size=6).map(" ".join)


def only_digits(s: str) -> str:
    return re.sub(r"\D", "", s)


def leaks(identifier: str, masked: str) -> bool:
    """More than the last four digits still readable (the filler words around it have no digits)."""
    return identifier in masked or len(only_digits(masked)) > 4


@st.composite
def ssns(draw):
    area, group, serial = draw(digits(3)), draw(digits(2)), draw(digits(4))
    sep = draw(st.sampled_from(["-", " ", "–", ".", "-", " - "]))
    return f"{area}{sep}{group}{sep}{serial}"


@st.composite
def worded_ssns(draw):
    word = draw(st.sampled_from(["SSN", "ssn", "SSN#", "S.S.N.", "social security number", "Social Security No.",
                                 "social security #", "SS#", "ss no", "soc sec", "social", "SSN (last known)"]))
    joiner = draw(st.sampled_from([" ", ": ", " is ", " # ", "=", ":", " of ", " - ", " number is "]))
    return f"{word}{joiner}{draw(digits(9))}"


@st.composite
def cards(draw):
    n = draw(st.integers(13, 19))
    number = draw(st.sampled_from("3456")) + draw(digits(n - 1))
    style = draw(st.sampled_from(["plain", "fours", "dashes", "amex"]))
    if style == "fours":
        return " ".join(number[i:i + 4] for i in range(0, n, 4))
    if style == "dashes":
        return "-".join(number[i:i + 4] for i in range(0, n, 4))
    if style == "amex" and n == 15:
        return f"{number[:4]} {number[4:10]} {number[10:]}"
    return number


@st.composite
def accounts(draw):
    word = draw(st.sampled_from(["account", "Account number", "acct", "acct #", "a/c", "routing", "routing number",
                                 "ABA", "bank account", "checking account", "savings acct no.", "IBAN",
                                 "account no", "routing #", "RTN"]))
    joiner = draw(st.sampled_from([" ", ": ", " is ", "#", " # ", " number is ", ":", " = ", " ending in "]))
    n = draw(st.integers(6, 17))
    number = draw(digits(n))
    if draw(st.booleans()) and n > 8:
        number = f"{number[:4]}-{number[4:]}"
    return f"{word}{joiner}{number}"


@settings(max_examples=300, deadline=None)
@given(words, ssns(), words)
@example("", "123-45-6789", "")
def test_ssn_with_separators_is_masked(before, ssn, after):
    out = mask(f"{before} {ssn} {after}")
    assert not leaks(ssn, out), out
    assert only_digits(ssn)[-4:] in out


@settings(max_examples=300, deadline=None)
@given(words, worded_ssns(), words)
@example("", "her social security number is 123456789", "")
def test_bare_ssn_named_as_such_is_masked(before, ssn, after):
    out = mask(f"{before} {ssn} {after}")
    assert not leaks(ssn, out), out


@settings(max_examples=300, deadline=None)
@given(words, cards(), words)
def test_card_numbers_are_masked(before, card, after):
    out = mask(f"{before} {card} {after}")
    assert not leaks(card, out), out
    assert only_digits(card)[-4:] in out


@settings(max_examples=300, deadline=None)
@given(words, accounts(), words)
def test_bank_accounts_and_routing_numbers_are_masked(before, account, after):
    number = account.split()[-1].lstrip(":#=")
    out = mask(f"{before} {account} {after}")
    if len(only_digits(number)) > 4:
        assert not leaks(number, out), out


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(words, ssns(), worded_ssns(), cards(), accounts()), max_size=5).map(" ".join))
def test_masking_is_idempotent(text):
    once = mask(text)
    assert mask(once) == once


@settings(max_examples=200, deadline=None)
@given(policy=digits(10), year=st.integers(2020, 2030), cents=st.integers(0, 999999))
def test_what_employers_need_stays_readable(policy, year, cents):
    amount = f"${cents // 100:,}.{cents % 100:02d}"
    text = (f"Policy {policy} billed {amount} on {year}-11-01; policies {policy} {year} and "
            f"{policy}, bill B-G20417-{year}-10, phone 402-555-0134, group G20417, ZIP 68508-1234")
    assert mask(text) == text


def test_masking_examples():
    assert mask("SSN 123-45-6789") == "SSN •••-••-6789"
    assert mask("card 4111 1111 1111 1111 please") == "card ••••••••••••1111 please"
    assert mask("routing 011000015, account 12345678") == "routing •••••0015, account ••••5678"
    assert mask("") == "" and mask(None) is None
