"""Policy data feed validation (CONTRACT.md, "Policy data feed").

Pure: no database, no I/O beyond reading the file (`load_feed` whole, `read_feed` one group
at a time for large feeds). A feed is checked completely before anything is kept: every bad
field is reported with its path (`groups[0].employees[3].policies[1].product`) in words a
payroll clerk understands.

The result has the contract's shape with dates as `datetime.date`, amounts as
`Decimal` (JSON numbers are parsed as Decimal, never float), optional fields filled
with None / [] defaults, and unknown extra keys dropped (forward compatibility: a newer
feed with more fields still loads).
"""
from __future__ import annotations

import codecs
import contextlib
import io
import json
import os
import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import IO, Any, Callable, Iterable, Iterator, Mapping, NamedTuple

from handlers.rules import RateNotFound, base_monthly, issue_age, rule_data

MAX_ERRORS = 50

PRODUCT_LINES = ("accident", "critical_illness", "disability_income", "hospital_indemnity",
                 "term_life", "whole_life")
RATE_BASES = ("tier", "per_unit")
REFUND_METHODS = ("whole_month", "pro_rata")
TIERS = ("employee", "employee_spouse", "employee_children", "family")
RELATIONS = ("spouse", "child", "domestic_partner")
GROUP_STATUSES = ("active", "terminated")
EMPLOYEE_STATUSES = ("active", "terminated", "leave")
POLICY_STATUSES = ("active", "lapsed", "terminated")
PAYMENT_METHODS = ("check", "ach", "wire", "card")


def billing_modes() -> tuple[str, ...]:
    """Payroll and direct-bill modes, from the rule data so both stay in step."""
    data = rule_data()
    return tuple(data["deductions_per_year"]) + tuple(data["direct_bill_months"])


# --------------------------------------------------------------------------- errors

@dataclass(frozen=True)
class FieldError:
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class FeedError(Exception):
    """The feed was refused; `.errors` lists every bad field (at most MAX_ERRORS)."""

    def __init__(self, errors: list[FieldError], truncated: bool = False):
        self.errors = list(errors)
        self.truncated = truncated
        super().__init__(str(self))

    def __str__(self) -> str:
        count = len(self.errors)
        head = f"policy data feed refused: {count} problem{'s' if count != 1 else ''}"
        if self.truncated:
            head += f" (stopped after the first {count})"
        return "\n  ".join([head + ":"] + [str(e) for e in self.errors])


class _Bad(Exception):
    """Raised by a field check with the message for that field; `where` narrows the path
    to an element inside the field (e.g. "[2]" of a list)."""

    def __init__(self, message: str, where: str = ""):
        super().__init__(message)
        self.where = where


class _TooMany(Exception):
    """Stops validation once MAX_ERRORS problems are collected."""


_INVALID = object()  # a field that was reported bad; later cross-checks skip it


# --------------------------------------------------------------------------- field checks

def _describe(value: Any) -> str:
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool):
        return f"true/false ({'true' if value else 'false'})"
    if isinstance(value, (int, float, Decimal)):
        return f"the number {value}"
    if isinstance(value, str):
        shown = value if len(value) <= 30 else value[:27] + "..."
        return f"the text '{shown}'"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def text(value: Any) -> str:
    if not isinstance(value, str):
        raise _Bad(f"must be text, got {_describe(value)}")
    if not value.strip():
        raise _Bad("must not be empty")
    return value


def whole(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, Decimal, float)):
        raise _Bad(f"must be a whole number, got {_describe(value)}")
    if isinstance(value, int):
        return value
    if not _finite(value) or value != int(value):
        raise _Bad(f"must be a whole number, got {_describe(value)}")
    return int(value)


def flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise _Bad(f"must be true or false, got {_describe(value)}")
    return value


_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")


def iso_date(value: Any) -> date:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value  # already validated (validate_feed is idempotent)
    if not isinstance(value, str):
        raise _Bad(f"must be a date written YYYY-MM-DD, got {_describe(value)}")
    if _DATE_RE.fullmatch(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise _Bad(f"'{value}' is not a valid date (write it as YYYY-MM-DD, e.g. 2026-11-01)")


def _finite(value: Any) -> bool:
    return Decimal(repr(value) if isinstance(value, float) else value).is_finite()


def number(value: Any) -> Decimal:
    """A non-negative decimal number. Floats (from a caller's own json.loads) are taken
    by their shortest decimal form, which is the literal that was written."""
    if isinstance(value, bool) or not isinstance(value, (int, Decimal, float)):
        raise _Bad(f"must be a number, got {_describe(value)}")
    try:
        if isinstance(value, Decimal):
            amount = value  # immutable: share it rather than copy (large feeds)
        else:
            amount = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    except InvalidOperation:
        raise _Bad(f"must be a number, got {_describe(value)}") from None
    if not amount.is_finite():
        raise _Bad(f"must be a number, got {value}")
    if amount < 0:
        raise _Bad(f"must not be negative, got {value}")
    return amount


def positive_number(value: Any) -> Decimal:
    amount = number(value)
    if amount == 0:
        raise _Bad("must be more than zero")
    return amount


def one_of(choices: Iterable[str], what: str) -> Callable[[Any], str]:
    choices = tuple(choices)

    def check(value: Any) -> str:
        text(value)
        if value not in choices:
            raise _Bad(f"'{value}' is not a {what} (use one of: {', '.join(choices)})")
        return value
    return check


def matching(pattern: str, hint: str) -> Callable[[Any], str]:
    regex = re.compile(pattern)

    def check(value: Any) -> str:
        text(value)
        if not regex.fullmatch(value):
            raise _Bad(f"'{value}' is not {hint}")
        return value
    return check


def day_of_month(value: Any) -> int:
    day = whole(value)
    if not 1 <= day <= 31:
        raise _Bad(f"must be a day of the month (1-31), got {day}")
    return day


def non_negative_whole(value: Any) -> int:
    count = whole(value)
    if count < 0:
        raise _Bad(f"must not be negative, got {count}")
    return count


state_code = matching(r"[A-Z]{2}", "a two-letter state code such as NE")
group_number = matching(r"G\d{4,6}", "a group number (G followed by 4 to 6 digits, e.g. G20417)")
email = matching(r"[^@\s]+@[^@\s]+\.[^@\s]+", "an email address")


def state_list(value: Any) -> list[str]:
    if not isinstance(value, list):
        raise _Bad(f"must be a list of state codes, got {_describe(value)}")
    for i, code in enumerate(value):
        try:
            state_code(code)
        except _Bad as bad:
            raise _Bad(str(bad), where=f"[{i}]") from None
    return list(value)


class Field(NamedTuple):
    name: str
    check: Callable[[Any], Any]
    required: bool = True
    default: Any = None


# Scalar fields of each object of the contract; lists of sub-objects are read separately.
PRODUCT_FIELDS = (
    Field("code", text), Field("name", text),
    Field("line", one_of(PRODUCT_LINES, "product line")),
    Field("rate_basis", one_of(RATE_BASES, "rate basis")),
    Field("refund_method", one_of(REFUND_METHODS, "refund method")),
    Field("states", state_list),
    Field("unit", positive_number, False), Field("max_retro_days", non_negative_whole, False),
    Field("child_max_age", non_negative_whole, False), Field("spouse_max_age", non_negative_whole, False),
    Field("guaranteed_issue", number, False), Field("max_benefit", number, False),
    Field("loan_interest_rate", number, False), Field("max_loan_ratio", number, False),
)
RATE_FIELDS = (
    Field("monthly", number), Field("tobacco", flag, False, False),
    Field("tier", one_of(TIERS, "coverage tier"), False),
    Field("age_min", non_negative_whole, False), Field("age_max", non_negative_whole, False),
)
GROUP_FIELDS = (
    Field("group_number", group_number), Field("name", text), Field("state", state_code),
    Field("billing_mode", None), Field("section_125", flag),  # billing_mode check set below
    Field("status", one_of(GROUP_STATUSES, "group status")), Field("effective_date", iso_date),
    Field("bill_day", day_of_month, False), Field("grace_days", non_negative_whole, False),
    Field("paid_to_date", iso_date, False),
)
CONTACT_FIELDS = (Field("name", text), Field("email", email), Field("role", text))
EMPLOYEE_FIELDS = (
    Field("employee_id", text), Field("first_name", text), Field("last_name", text),
    Field("dob", iso_date), Field("state", state_code, False), Field("hire_date", iso_date),
    Field("status", one_of(EMPLOYEE_STATUSES, "employee status")),
    Field("termination_date", iso_date, False), Field("payroll_id", text, False),
)
POLICY_FIELDS = (
    Field("policy_number", text), Field("product", text),
    Field("tier", one_of(TIERS, "coverage tier"), False), Field("benefit", positive_number, False),
    Field("tobacco", flag), Field("issue_date", iso_date),
    Field("status", one_of(POLICY_STATUSES, "policy status")), Field("paid_to_date", iso_date),
    Field("termination_date", iso_date, False),
    Field("cash_value", number, False), Field("loan_balance", number, False),
)
DEPENDENT_FIELDS = (
    Field("name", text), Field("relation", one_of(RELATIONS, "dependent relation")),
    Field("dob", iso_date),
)
RIDER_FIELDS = (Field("code", text), Field("monthly", number))
BILL_FIELDS = (
    Field("bill_number", text), Field("period", iso_date), Field("due_date", iso_date),
    Field("total", number),
)
LINE_FIELDS = (Field("policy_number", text), Field("amount", number))
PAYMENT_FIELDS = (
    Field("payment_id", text), Field("received", iso_date), Field("amount", number),
    Field("method", one_of(PAYMENT_METHODS, "payment method")),
    Field("reference", text, False), Field("applied", number), Field("suspense", number),
)


def _group_fields() -> tuple[Field, ...]:
    mode = one_of(billing_modes(), "billing mode")
    return tuple(f._replace(check=mode) if f.name == "billing_mode" else f for f in GROUP_FIELDS)


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def _valid(*values: Any) -> bool:
    return all(v is not _INVALID and v is not None for v in values)


# --------------------------------------------------------------------------- validator

class _Validator:
    """Walks one feed, collecting FieldErrors; returns the cleaned document."""

    def __init__(self, consume: bool = False) -> None:
        self.consume = consume   # drop raw items once read (load_feed owns its parsed document)
        self.errors: list[FieldError] = []
        self.products: dict[str, dict] = {}      # code -> cleaned product (all codes seen)
        self.product_paths: dict[str, str] = {}
        self.priceable: set[str] = set()         # codes whose product had no error
        self.policy_paths: dict[str, str] = {}   # policy_number -> path, whole feed
        self.group_paths: dict[str, str] = {}
        self.bill_paths: dict[str, str] = {}
        self.payment_paths: dict[str, str] = {}
        self.group_field_specs = _group_fields()

    def error(self, path: str, message: str) -> None:
        self.errors.append(FieldError(path, message))
        if len(self.errors) >= MAX_ERRORS:
            raise _TooMany

    # -- generic readers

    def fields(self, obj: Any, path: str, specs: Iterable[Field]) -> dict | None:
        if not isinstance(obj, dict):
            self.error(path or "$", f"must be an object, got {_describe(obj)}")
            return None
        out: dict[str, Any] = {}
        for name, check, required, default in specs:
            value = obj.get(name)
            if value is None:
                if required:
                    self.error(_join(path, name), f"missing required field '{name}'")
                    out[name] = _INVALID
                else:
                    out[name] = default
                continue
            try:
                out[name] = check(value)
            except _Bad as bad:
                self.error(_join(path, name) + bad.where, str(bad))
                out[name] = _INVALID
        return out

    def items(self, obj: Mapping, path: str, name: str, read: Callable[[Any, str], dict | None],
              required: bool = False) -> list[dict]:
        """Reads the list `obj[name]` with `read(item, item_path)` for each item."""
        value = obj.get(name)
        list_path = _join(path, name)
        if value is None:
            if required:
                self.error(list_path, f"missing required field '{name}'")
            return []
        if not isinstance(value, list):
            self.error(list_path, f"must be a list, got {_describe(value)}")
            return []
        cleaned = []
        for i, item in enumerate(value):
            result = read(item, f"{list_path}[{i}]")
            if result is not None:
                cleaned.append(result)
            if self.consume:
                value[i] = None
        return cleaned

    def unique(self, seen: dict[str, str], key: Any, path: str, what: str) -> None:
        if not isinstance(key, str):
            return
        if key in seen:
            self.error(path, f"duplicate {what} '{key}' (already used at {seen[key]})")
        else:
            seen[key] = path

    # -- the document

    def document(self, doc: Any) -> dict:
        if not isinstance(doc, dict):
            self.error("$", f"the feed must be a JSON object, got {_describe(doc)}")
            return {}
        out = self.header(doc)
        out["groups"] = self.items(doc, "", "groups", self.group, required=True)
        return out

    def header(self, doc: Mapping) -> dict:
        """`as_of` and the products: what every group is checked against."""
        out = self.fields(doc, "", (Field("as_of", iso_date),)) or {}
        out["products"] = self.items(doc, "", "products", self.product, required=True)
        return out

    # -- products

    def product(self, obj: Any, path: str) -> dict | None:
        errors_before = len(self.errors)
        product = self.fields(obj, path, PRODUCT_FIELDS)
        if product is None:
            return None
        product["rates"] = self.items(obj, path, "rates", self.rate, required=True)
        self.check_rate_basis(product, path)
        code = product["code"]
        if isinstance(code, str):
            self.unique(self.product_paths, code, _join(path, "code"), "product code")
            self.products.setdefault(code, product)
            if len(self.errors) == errors_before:
                self.priceable.add(code)
        return product

    def rate(self, obj: Any, path: str) -> dict | None:
        rate = self.fields(obj, path, RATE_FIELDS)
        if rate is not None:
            rate["_path"] = path
        return rate

    def check_rate_basis(self, product: dict, path: str) -> None:
        """Each rate needs what its product's rate basis looks up; no two rows may match
        the same policy (the premium would be ambiguous)."""
        basis = product["rate_basis"]
        if basis == "per_unit" and product["unit"] is None:
            self.error(_join(path, "unit"), "missing required field 'unit' (needed for a per-unit product)")
        seen: list[dict] = []
        for rate in product["rates"]:
            rate_path = rate.pop("_path")
            if basis == "tier":
                if rate["tier"] is None:
                    self.error(_join(rate_path, "tier"),
                               "missing required field 'tier' (needed for a tier-rated product)")
                    continue
                same = lambda r: (r["tier"], r["tobacco"]) == (rate["tier"], rate["tobacco"])
            elif basis == "per_unit":
                if self.age_band_missing(rate, rate_path):
                    continue
                same = lambda r: (r["tobacco"] == rate["tobacco"] and r["age_min"] <= rate["age_max"]
                                  and rate["age_min"] <= r["age_max"])
            else:
                continue
            if not _valid(rate["tier"] if basis == "tier" else rate["age_min"], rate["tobacco"]):
                continue
            clash = next((r for r in seen if same(r)), None)
            if clash is not None:
                self.error(rate_path, f"overlaps an earlier rate ({_rate_label(clash)})")
            seen.append(rate)

    def age_band_missing(self, rate: dict, path: str) -> bool:
        missing = False
        for name in ("age_min", "age_max"):
            if rate[name] is None:
                self.error(_join(path, name), f"missing required field '{name}' (needed for a per-unit product)")
                missing = True
            elif rate[name] is _INVALID:
                missing = True
        if not missing and rate["age_min"] > rate["age_max"]:
            self.error(_join(path, "age_max"), f"age_max {rate['age_max']} is below age_min {rate['age_min']}")
            missing = True
        return missing

    # -- groups

    def group(self, obj: Any, path: str) -> dict | None:
        group = self.fields(obj, path, self.group_field_specs)
        if group is None:
            return None
        self.unique(self.group_paths, group["group_number"], _join(path, "group_number"), "group number")
        group["contacts"] = self.items(obj, path, "contacts", self.contact)
        employee_ids: dict[str, str] = {}
        group["employees"] = self.items(obj, path, "employees",
                                        lambda o, p: self.employee(o, p, employee_ids))
        group_policies = {pol["policy_number"] for emp in group["employees"] for pol in emp["policies"]}
        group["bills"] = self.items(obj, path, "bills", lambda o, p: self.bill(o, p, group_policies))
        group["payments"] = self.items(obj, path, "payments", self.payment)
        return group

    def contact(self, obj: Any, path: str) -> dict | None:
        return self.fields(obj, path, CONTACT_FIELDS)

    def employee(self, obj: Any, path: str, employee_ids: dict[str, str]) -> dict | None:
        employee = self.fields(obj, path, EMPLOYEE_FIELDS)
        if employee is None:
            return None
        self.unique(employee_ids, employee["employee_id"], _join(path, "employee_id"),
                    "employee id in this group")
        employee["policies"] = self.items(obj, path, "policies",
                                          lambda o, p: self.policy(o, p, employee))
        return employee

    def policy(self, obj: Any, path: str, employee: dict) -> dict | None:
        policy = self.fields(obj, path, POLICY_FIELDS)
        if policy is None:
            return None
        self.unique(self.policy_paths, policy["policy_number"], _join(path, "policy_number"), "policy number")
        policy["dependents"] = self.items(obj, path, "dependents", self.dependent)
        policy["riders"] = self.items(obj, path, "riders", self.rider)
        self.check_product(policy, path, employee)
        return policy

    def check_product(self, policy: dict, path: str, employee: dict) -> None:
        """The policy names a known product, has what its rate basis needs, and a rate
        exists for it (so every later premium computation succeeds)."""
        code = policy["product"]
        if not isinstance(code, str):
            return
        product = self.products.get(code)
        if product is None:
            known = ", ".join(sorted(self.products)) or "none"
            self.error(_join(path, "product"), f"unknown product code '{code}' (known: {known})")
            return
        if product["rate_basis"] == "tier" and policy["tier"] is None:
            self.error(_join(path, "tier"), f"missing required field 'tier' (product {code} is priced by tier)")
            return
        if product["rate_basis"] == "per_unit" and policy["benefit"] is None:
            self.error(_join(path, "benefit"), f"missing required field 'benefit' (product {code} is priced per unit of benefit)")
            return
        if code in self.priceable and _valid(policy["tier"] if product["rate_basis"] == "tier" else policy["benefit"],
                                             policy["tobacco"], policy["issue_date"], employee["dob"]):
            self.check_rate_exists(product, policy, path, employee["dob"])

    def check_rate_exists(self, product: dict, policy: dict, path: str, dob: date) -> None:
        age = issue_age(dob, policy["issue_date"])
        try:
            base_monthly(product, tier=policy["tier"], tobacco=policy["tobacco"], age=age,
                         benefit=policy["benefit"])
        except RateNotFound:
            smoker = "tobacco" if policy["tobacco"] else "non-tobacco"
            looked_for = (f"tier {policy['tier']}" if product["rate_basis"] == "tier"
                          else f"issue age {age}")
            self.error(_join(path, "product"),
                       f"product {product['code']} has no {smoker} rate for {looked_for}")

    def dependent(self, obj: Any, path: str) -> dict | None:
        return self.fields(obj, path, DEPENDENT_FIELDS)

    def rider(self, obj: Any, path: str) -> dict | None:
        return self.fields(obj, path, RIDER_FIELDS)

    # -- billing

    def bill(self, obj: Any, path: str, group_policies: set) -> dict | None:
        bill = self.fields(obj, path, BILL_FIELDS)
        if bill is None:
            return None
        self.unique(self.bill_paths, bill["bill_number"], _join(path, "bill_number"), "bill number")
        bill["lines"] = self.items(obj, path, "lines", lambda o, p: self.line(o, p, group_policies),
                                   required=True)
        amounts = [line["amount"] for line in bill["lines"]]
        if _valid(bill["total"], *amounts) and "lines" in obj and isinstance(obj["lines"], list) \
                and len(amounts) == len(obj["lines"]):
            line_sum = sum(amounts, Decimal(0))
            if line_sum != bill["total"]:
                self.error(_join(path, "total"), f"total {bill['total']} does not equal the sum of its lines {line_sum}")
        return bill

    def line(self, obj: Any, path: str, group_policies: set) -> dict | None:
        line = self.fields(obj, path, LINE_FIELDS)
        if line is not None and isinstance(line["policy_number"], str) \
                and line["policy_number"] not in group_policies:
            self.error(_join(path, "policy_number"),
                       f"policy number '{line['policy_number']}' is not a policy of this group")
        return line

    def payment(self, obj: Any, path: str) -> dict | None:
        payment = self.fields(obj, path, PAYMENT_FIELDS)
        if payment is None:
            return None
        self.unique(self.payment_paths, payment["payment_id"], _join(path, "payment_id"), "payment id")
        if _valid(payment["amount"], payment["applied"], payment["suspense"]) \
                and payment["applied"] + payment["suspense"] != payment["amount"]:
            self.error(_join(path, "applied"),
                       f"applied {payment['applied']} plus suspense {payment['suspense']} "
                       f"does not equal the amount received {payment['amount']}")
        return payment


def _rate_label(rate: dict) -> str:
    smoker = "tobacco" if rate["tobacco"] else "non-tobacco"
    if rate.get("tier"):
        return f"tier {rate['tier']}, {smoker}"
    return f"ages {rate['age_min']}-{rate['age_max']}, {smoker}"


# --------------------------------------------------------------------------- public API

def validate_feed(doc: Any, *, consume: bool = False) -> dict:
    """Checks a parsed feed; returns it cleaned or raises FeedError listing every problem.
    `consume=True` empties the input's lists as it goes (less memory for a large feed)."""
    validator = _Validator(consume)
    try:
        cleaned = validator.document(doc)
    except _TooMany:
        raise FeedError(validator.errors, truncated=True) from None
    if validator.errors:
        raise FeedError(validator.errors)
    return cleaned


class _NotANumber(ValueError):
    pass


def _refuse_constant(name: str) -> Any:
    raise _NotANumber(name)


def _json_error(message: str, line: int, column: int) -> FeedError:
    return FeedError([FieldError("$", f"not valid JSON: {message} at line {line}, column {column}")])


def _not_a_number_error(name: Any) -> FeedError:
    return FeedError([FieldError("$", f"'{name}' is not a number JSON allows in a feed")])


def _encoding_error(reason: str, start: int) -> FeedError:
    return FeedError([FieldError("$", f"the file is not UTF-8 text ({reason} at byte {start})")])


def _parse_json(text: str) -> Any:
    try:
        return json.loads(text, parse_float=Decimal, parse_constant=_refuse_constant)
    except _NotANumber as bad:
        raise _not_a_number_error(bad) from None
    except json.JSONDecodeError as bad:
        raise _json_error(bad.msg, bad.lineno, bad.colno) from None


def parse_feed_text(data: str | bytes) -> Any:
    """JSON with every non-integer number as Decimal; a syntax error becomes FeedError at '$'."""
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")   # JSON is UTF-8; tolerate a byte-order mark
        except UnicodeDecodeError as bad:
            raise _encoding_error(bad.reason, bad.start) from None
    return _parse_json(data)


def load_feed(path_or_file: str | os.PathLike | IO) -> dict:
    """Reads a feed from a path or an open file (text or binary) and validates it.
    A file that cannot be opened raises the usual OSError."""
    if hasattr(path_or_file, "read"):
        data = path_or_file.read()
    elif hasattr(path_or_file, "read_bytes") and not isinstance(path_or_file, os.PathLike):
        data = path_or_file.read_bytes()   # an importlib.resources Traversable inside a zip
    else:
        with open(path_or_file, "rb") as fh:
            data = fh.read()
    doc = parse_feed_text(data)
    del data
    return validate_feed(doc, consume=True)


# --------------------------------------------------------------------------- streaming
#
# A large feed (100,000 policies is ~90 MB of JSON) parsed whole takes well over a gigabyte as
# Python objects. read_feed walks the file instead, holding one group at a time, and still refuses
# exactly what load_feed refuses, with the same messages: the top-level object and the `groups`
# list are walked by a port of json.decoder's JSONObject/JSONArray, every value inside them is
# parsed by json's own scanner, and error positions are kept as offsets in the whole file.

READ_SIZE = 1 << 22                 # bytes per read: few reads, a window of a few MB
_WS = re.compile(r"[ \t\n\r]*")    # json.decoder.WHITESPACE
_WS_CHARS = " \t\n\r"
_BOM = b"\xef\xbb\xbf"
_HEADER_KEYS = ("as_of", "products")


class _Refused(Exception):
    """Reading stopped; `.error` is the FeedError load_feed raises for the same file."""

    def __init__(self, error: FeedError):
        super().__init__(str(error))
        self.error = error


class _Text:
    """The feed's characters, decoded as they are read. `buf` is a window onto them that
    starts at offset `base` of the whole text; the parser uses offsets into `buf` and calls
    `release` once the front of the window is no longer needed."""

    def __init__(self, fh: IO) -> None:
        self.fh = fh
        self.decoder: codecs.IncrementalDecoder | None = None
        self.fed = 0             # bytes decoded so far (after a byte-order mark)
        self.buf = ""
        self.base = 0
        self.lines = 0           # line breaks before the window
        self.last_break = -1     # offset of the last of them
        self.eof = False

    def more(self, size: int = 0) -> None:
        """Appends at least `size` (and READ_SIZE) more characters, or what is left; at the end
        sets `eof`."""
        data = self.fh.read(max(size, READ_SIZE))
        text = self._decode(data) if isinstance(data, bytes) else data
        if not data:
            self.eof = True
        self.buf += text

    def fill(self, end: int) -> None:
        while len(self.buf) < end and not self.eof:
            self.more(end - len(self.buf))

    def _decode(self, data: bytes) -> str:
        if self.decoder is None:
            self.decoder = codecs.getincrementaldecoder("utf-8")()
            while len(data) < len(_BOM) and (extra := self.fh.read(len(_BOM) - len(data))):
                data += extra
            if data.startswith(_BOM):
                data = data[len(_BOM):]   # as "utf-8-sig" does: its byte offsets start after the mark
        pending = len(self.decoder.getstate()[0])   # bytes of a character split across reads
        try:
            text = self.decoder.decode(data, final=not data)
        except UnicodeDecodeError as bad:
            raise _Refused(_encoding_error(bad.reason, self.fed - pending + bad.start)) from None
        self.fed += len(data)
        return text

    def drain(self) -> None:
        """Decodes the rest of the file without keeping it: load_feed decodes the whole file
        before parsing it, so a byte that is not UTF-8 anywhere outranks a syntax error."""
        while not self.eof:
            data = self.fh.read(READ_SIZE)
            if isinstance(data, bytes):
                self._decode(data)
            self.eof = not data

    def read_all(self) -> str:
        while not self.eof:
            self.more(len(self.buf))
        return self.buf

    def release(self, pos: int) -> int:
        """Forgets buf[:pos]; returns where pos now is (0)."""
        buf = self.buf
        self.lines += buf.count("\n", 0, pos)
        last = buf.rfind("\n", 0, pos)
        if last >= 0:
            self.last_break = self.base + last
        self.base += pos
        self.buf = buf[pos:]
        return 0

    def line_and_column(self, pos: int) -> tuple[int, int]:
        """As json.JSONDecodeError counts them, for offset `pos` of the window."""
        line = self.lines + self.buf.count("\n", 0, pos) + 1
        last = self.buf.rfind("\n", 0, pos)
        return line, (pos - last if last >= 0 else self.base + pos - self.last_break)


class _Walker:
    """Iterates over the top-level object as json.loads parses it: yields ("member", key, value)
    for each member except a `groups` list, ("groups", None, None) where that list starts, and
    ("group", index, value) for each of its elements. With `skip_groups` set the elements are
    parsed (for syntax errors) but not yielded."""

    def __init__(self, text: _Text) -> None:
        self.text = text
        self.scan_once = json.JSONDecoder(parse_float=Decimal, parse_constant=_refuse_constant).scan_once
        self.skip_groups = False
        self.start = 0

    # -- reading, with more of the file fetched whenever the window ends too soon

    def refuse(self, message: str, pos: int) -> _Refused:
        line, column = self.text.line_and_column(pos)
        self.text.drain()
        return _Refused(_json_error(message, line, column))

    def char(self, pos: int) -> str:
        self.text.fill(pos + 1)
        return self.text.buf[pos:pos + 1]

    def skip_ws(self, pos: int) -> int:
        while True:
            end = _WS.match(self.text.buf, pos).end()
            if end < len(self.text.buf) or self.text.eof:
                return end
            self.text.more()

    def value(self, pos: int) -> tuple[Any, int]:
        """One JSON value, parsed by json's scanner. A value cut off by the end of the window
        fails or (a number) ends at the window's end, so either way: read more and parse again,
        doubling the text on hand each time so the work stays linear. Only at the end of the
        file is a failure the file's own."""
        text = self.text
        while True:
            try:
                value, end = self.scan_once(text.buf, pos)
                if end < len(text.buf) or text.eof:
                    return value, end
            except StopIteration as stop:
                if text.eof:
                    raise self.refuse("Expecting value", stop.value) from None
            except json.JSONDecodeError as bad:
                if text.eof:
                    raise self.refuse(bad.msg, bad.pos) from None
            except _NotANumber as bad:
                text.drain()
                raise _Refused(_not_a_number_error(bad)) from None
            text.more(len(text.buf) - pos)

    def key(self, pos: int) -> tuple[str, int]:
        while True:
            try:
                return json.decoder.scanstring(self.text.buf, pos, True)
            except json.JSONDecodeError as bad:
                if self.text.eof:
                    raise self.refuse(bad.msg, bad.pos) from None
            self.text.more(len(self.text.buf) - pos)

    # -- the document (json.decoder.JSONDecoder.decode / JSONObject / JSONArray, step by step)

    def opens_object(self) -> bool:
        self.start = self.skip_ws(0)
        return self.char(self.start) == "{"

    def __iter__(self) -> Iterator[tuple[str, Any, Any]]:
        pos = yield from self._object(self.start + 1)
        end = self.skip_ws(pos)
        if self.char(end):
            raise self.refuse("Extra data", end)

    def _object(self, pos: int):
        nextchar = self.char(pos)
        if nextchar != '"':
            if nextchar in _WS_CHARS:
                pos = self.skip_ws(pos)
                nextchar = self.char(pos)
            if nextchar == "}":
                return pos + 1
            if nextchar != '"':
                raise self.refuse("Expecting property name enclosed in double quotes", pos)
        pos += 1
        while True:
            key, pos = self.key(pos)
            if self.char(pos) != ":":
                pos = self.skip_ws(pos)
                if self.char(pos) != ":":
                    raise self.refuse("Expecting ':' delimiter", pos)
            pos = self.skip_ws(pos + 1)
            if key == "groups" and self.char(pos) == "[":
                yield "groups", None, None
                pos = yield from self._groups(pos + 1)
            else:
                value, pos = self.value(pos)
                yield "member", key, value
                del value
            pos = self.skip_ws(pos)
            nextchar = self.char(pos)
            pos += 1
            if nextchar == "}":
                return pos
            if nextchar != ",":
                raise self.refuse("Expecting ',' delimiter", pos - 1)
            pos = self.skip_ws(pos)
            nextchar = self.char(pos)
            pos += 1
            if nextchar != '"':
                raise self.refuse("Expecting property name enclosed in double quotes", pos - 1)

    def _groups(self, pos: int):
        nextchar = self.char(pos)
        if nextchar in _WS_CHARS:
            pos = self.skip_ws(pos + 1)
            nextchar = self.char(pos)
        if nextchar == "]":
            return pos + 1
        index, last_size = 0, 0
        while True:
            self.text.fill(pos + last_size + last_size // 4)   # groups tend to be alike in size
            value, end = self.value(pos)
            last_size = end - pos
            if not self.skip_groups:
                yield "group", index, value
            del value   # hold one group at a time
            index += 1
            pos = end
            nextchar = self.char(pos)
            if nextchar in _WS_CHARS:
                pos = self.skip_ws(pos + 1)
                nextchar = self.char(pos)
            pos += 1
            if nextchar == "]":
                return pos
            if nextchar != ",":
                raise self.refuse("Expecting ',' delimiter", pos - 1)
            pos = self.text.release(self.skip_ws(pos))


def _open_feed(source: str | os.PathLike | IO | Any):
    if hasattr(source, "read"):
        return contextlib.nullcontext(source)       # the caller's open file stays open
    if isinstance(source, (str, os.PathLike)):
        return open(source, "rb")
    return source.open("rb")                        # an importlib.resources Traversable


class _FeedReader:
    """read_feed's state: the validator (with its feed-wide sets of numbers already used) and
    the top-level members read so far."""

    def __init__(self, source: Any) -> None:
        self.source = source
        self.start = source.tell() if hasattr(source, "read") and source.seekable() else None
        self.passes = 0
        self.validator = _Validator(consume=True)
        self.stopped = False          # MAX_ERRORS reached: read on only for syntax errors
        self.members: dict[str, Any] = {}
        self.header: dict | None = None
        self.groups_seen = False

    def check(self, read: Callable, *args: Any) -> Any:
        if self.stopped:
            return None
        try:
            return read(*args)
        except _TooMany:
            self.stopped = True
            return None

    def __iter__(self) -> Iterator[tuple[str, dict]]:
        try:
            yield from self._read()
        except _Refused as refused:
            raise refused.error from None
        if self.validator.errors:
            raise FeedError(self.validator.errors, truncated=self.stopped)

    def _rewound(self) -> Any:
        self.passes += 1
        if self.passes > 1 and hasattr(self.source, "read"):
            if self.start is None:
                raise io.UnsupportedOperation("a feed with `products` after `groups` is read twice: "
                                              "give a path or a seekable file")
            self.source.seek(self.start)
        return self.source

    def _read(self) -> Iterator[tuple[str, dict]]:
        # One pass when as_of and products come before groups (as written by feedgen and the
        # contract); otherwise a first pass only collects them and a second one reads the groups.
        for complete in (False, True):
            with _open_feed(self._rewound()) as fh:
                text = _Text(fh)
                walker = _Walker(text)
                if not walker.opens_object():
                    # not a feed at all: load_feed's whole-document path says what is wrong
                    validate_feed(_parse_json(text.read_all()))
                    return   # not reached: anything but an object is refused
                for kind, key, value in walker:
                    if kind == "member":
                        self._member(key, value, complete)
                    elif kind == "groups":
                        self._groups_start(complete)
                        if not complete and not all(k in self.members for k in _HEADER_KEYS):
                            walker.skip_groups = True
                        else:
                            yield from self._header()
                    else:
                        group = self.check(self.validator.group, value, f"groups[{key}]")
                        value = None
                        if group is not None and not self.validator.errors:
                            yield "group", group
                        group = None
                if not walker.skip_groups:
                    break
                self.groups_seen = False
        if self.header is None:   # `groups` missing or not a list: checked as validate_feed does
            yield from self._header()
            self.check(self.validator.items, self.members, "", "groups", self.validator.group, True)

    def _member(self, key: str, value: Any, complete: bool) -> None:
        if key == "groups":
            self._groups_start(complete)
        elif key not in _HEADER_KEYS or complete:
            return   # unknown keys are dropped, as validate_feed drops them
        elif self.header is not None:
            self._twice(key)
        self.members[key] = value   # a repeated key: the last one counts, as in json.loads

    def _groups_start(self, complete: bool) -> None:
        if self.groups_seen:
            self._twice("groups")
        self.groups_seen = True

    @staticmethod
    def _twice(key: str) -> None:
        # json.loads would keep the last; a reader that has already used the first cannot
        raise FeedError([FieldError(key, f"'{key}' appears more than once in the feed")])

    def _header(self) -> Iterator[tuple[str, dict]]:
        self.header = self.check(self.validator.header, self.members) or {}
        if not self.validator.errors:
            yield "header", self.header


def read_feed(source: str | os.PathLike | IO | Any) -> Iterator[tuple[str, dict]]:
    """Reads and checks a feed one group at a time, for feeds too large to hold whole.

    Yields ("header", {"as_of", "products"}) and then ("group", group) for each group, cleaned
    as validate_feed cleans them, but only while the feed is faultless so far. After the first
    bad field it yields nothing more, reads on to collect every problem, and at the end raises
    the FeedError load_feed raises for the same file (a syntax error or a byte that is not UTF-8
    also comes at the end of the file, or where it is). So a consumer that loads what it is given
    inside one transaction, and lets the FeedError roll that back, loads all or nothing.
    One difference: a feed naming `groups` twice (or `as_of`/`products` again after the groups)
    is refused, where json.loads would silently keep the last.
    """
    return iter(_FeedReader(source))
