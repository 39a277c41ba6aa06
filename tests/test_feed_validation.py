"""bot.feed: the contract's example loads; every kind of bad field is refused by path."""
from __future__ import annotations

import copy
import io
import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.feed import MAX_ERRORS, FeedError, FieldError, load_feed, parse_feed_text, validate_feed

DATA = Path(__file__).resolve().parents[1] / "bot" / "data"
EXAMPLE_PATH = DATA / "example_feed.json"


@pytest.fixture
def example() -> dict:
    """A fresh raw (parsed, not validated) copy of the CONTRACT.md example."""
    return parse_feed_text(EXAMPLE_PATH.read_text())


def refused(doc) -> list[FieldError]:
    with pytest.raises(FeedError) as info:
        validate_feed(doc)
    return info.value.errors


def paths(doc) -> list[str]:
    return [e.path for e in refused(doc)]


def policy(doc, i=1):
    return doc["groups"][0]["employees"][0]["policies"][i]


# --------------------------------------------------------------------------- the example

def test_contract_example_validates_with_dates_and_decimals():
    feed = load_feed(EXAMPLE_PATH)
    assert feed["as_of"] == date(2026, 11, 1)
    group = feed["groups"][0]
    assert group["billing_mode"] == "biweekly" and group["paid_to_date"] == date(2026, 11, 1)
    assert group["bills"][0]["lines"][0]["amount"] == Decimal("24.10")
    assert isinstance(feed["products"][1]["rates"][0]["monthly"], Decimal)
    di = group["employees"][0]["policies"][1]
    assert di["benefit"] == Decimal("1500")
    # optional fields are present with empty defaults
    assert di["dependents"] == [] and di["riders"] == [] and di["termination_date"] is None
    assert group["employees"][0]["payroll_id"] is None
    assert feed["products"][0]["unit"] is None


def test_load_feed_accepts_open_files_text_and_binary():
    with open(EXAMPLE_PATH) as text_file:
        assert load_feed(text_file)["groups"][0]["group_number"] == "G20417"
    with open(EXAMPLE_PATH, "rb") as binary_file:
        assert load_feed(binary_file)["groups"][0]["group_number"] == "G20417"


def test_amounts_never_pass_through_float(example):
    example["groups"][0]["payments"][0].update(amount=Decimal("0.30"), applied=Decimal("0.10"),
                                               suspense=Decimal("0.20"))
    validate_feed(example)   # 0.1 + 0.2 == 0.3 only in decimal arithmetic


def test_validation_is_idempotent_and_ignores_unknown_keys(example):
    example["new_top_level_thing"] = {"x": 1}
    policy(example)["future_field"] = "whatever"
    once = validate_feed(example)
    assert "future_field" not in once["groups"][0]["employees"][0]["policies"][1]
    assert validate_feed(copy.deepcopy(once)) == once


def test_floats_from_a_plain_json_load_are_read_as_their_decimal_literal():
    feed = validate_feed(json.loads(EXAMPLE_PATH.read_text()))
    assert feed["groups"][0]["bills"][0]["total"] == Decimal("24.1")


# --------------------------------------------------------------------------- bad fields

def test_unknown_product_code_names_the_known_codes(example):
    policy(example)["product"] = "XYZ"
    [error] = refused(example)
    assert error.path == "groups[0].employees[0].policies[1].product"
    assert error.message == "unknown product code 'XYZ' (known: ACC, DI, WL)"


def test_duplicate_policy_number_across_the_feed(example):
    policy(example)["policy_number"] = "4410021137"
    [error] = refused(example)
    assert error.path == "groups[0].employees[0].policies[1].policy_number"
    assert "duplicate policy number '4410021137'" in error.message
    assert "groups[0].employees[0].policies[0].policy_number" in error.message


def test_duplicate_policy_number_in_another_group(example):
    second = copy.deepcopy(example["groups"][0])
    second["group_number"] = "G20418"
    for bill in second["bills"]:
        bill["bill_number"] += "-2"
    second["payments"][0]["payment_id"] = "P-2"
    example["groups"].append(second)
    assert paths(example) == ["groups[1].employees[0].policies[0].policy_number",
                              "groups[1].employees[0].policies[1].policy_number"]


@pytest.mark.parametrize("where, field, value", [
    (("groups", 0, "employees", 0), "dob", "1986-02-30"),
    (("groups", 0), "effective_date", "2024/01/01"),
    (("groups", 0, "bills", 0), "period", "October 2026"),
    (("groups", 0, "payments", 0), "received", "20261003"),
    ((), "as_of", "2026-11-1"),
])
def test_malformed_dates(example, where, field, value):
    target = example
    for key in where:
        target = target[key]
    target[field] = value
    [error] = refused(example)
    expected = ".".join(f"[{k}]" if isinstance(k, int) else k for k in where).replace(".[", "[")
    assert error.path == (f"{expected}.{field}" if expected else field)
    assert "is not a valid date" in error.message and "YYYY-MM-DD" in error.message


def test_missing_required_field(example):
    del example["groups"][0]["employees"][0]["last_name"]
    [error] = refused(example)
    assert error.path == "groups[0].employees[0].last_name"
    assert error.message == "missing required field 'last_name'"


@pytest.mark.parametrize("path, value, message", [
    ("groups[0].section_125", "yes", "must be true or false"),
    ("groups[0].bill_day", "first", "must be a whole number"),
    ("groups[0].employees[0].policies[0].tobacco", 0, "must be true or false"),
    ("groups[0].bills[0].total", "24.10", "must be a number"),
    ("groups[0].name", 17, "must be text"),
    ("groups[0].employees", {"E1001": {}}, "must be a list"),
    ("groups[0].contacts[0]", "Dana Ortiz", "must be an object"),
])
def test_wrong_types(example, path, value, message):
    set_path(example, path, value)
    errors = refused(example)
    assert errors[0].path == path
    assert errors[0].message.startswith(message)


@pytest.mark.parametrize("path", [
    "groups[0].payments[0].amount",
    "groups[0].bills[0].lines[0].amount",
    "groups[0].employees[0].policies[1].benefit",
    "products[0].rates[0].monthly",
])
def test_negative_amounts(example, path):
    set_path(example, path, Decimal("-24.10"))
    errors = refused(example)
    assert path in [e.path for e in errors]
    assert "must not be negative" in next(e.message for e in errors if e.path == path)


def test_bad_billing_mode_lists_the_modes(example):
    example["groups"][0]["billing_mode"] = "fortnightly"
    [error] = refused(example)
    assert error.path == "groups[0].billing_mode"
    assert "'fortnightly' is not a billing mode" in error.message
    for mode in ("monthly", "semimonthly", "biweekly", "weekly", "quarterly", "semiannual", "annual"):
        assert mode in error.message


def test_bill_line_for_a_policy_not_in_the_group(example):
    example["groups"][0]["bills"][0]["lines"][0]["policy_number"] = "9999999999"
    [error] = refused(example)
    assert error.path == "groups[0].bills[0].lines[0].policy_number"
    assert error.message == "policy number '9999999999' is not a policy of this group"


@pytest.mark.parametrize("path, value, message", [
    ("groups[0].group_number", "20417", "is not a group number"),
    ("groups[0].group_number", "G123", "is not a group number"),
    ("groups[0].group_number", "G1234567", "is not a group number"),
    ("groups[0].state", "Neb", "is not a two-letter state code"),
    ("groups[0].employees[0].state", "ne", "is not a two-letter state code"),
    ("products[0].states[1]", "Iowa", "is not a two-letter state code"),
    ("products[0].refund_method", "short_rate", "is not a refund method"),
    ("groups[0].employees[0].policies[0].dependents[0].relation", "cousin", "is not a dependent relation"),
    ("groups[0].employees[0].policies[0].tier", "employee_plus_one", "is not a coverage tier"),
    ("groups[0].payments[0].method", "cash", "is not a payment method"),
    ("groups[0].contacts[0].email", "dana at prairiemill", "is not an email address"),
])
def test_formats_and_choices(example, path, value, message):
    set_path(example, path, value)
    errors = refused(example)
    assert errors[0].path == path
    assert message in errors[0].message


def test_rates_need_what_their_basis_looks_up(example):
    del example["products"][0]["rates"][1]["tier"]
    del example["products"][1]["unit"]
    del example["products"][2]["rates"][0]["age_max"]
    assert paths(example) == ["products[0].rates[1].tier", "products[1].unit",
                              "products[2].rates[0].age_max"]


def test_overlapping_rates_are_ambiguous(example):
    example["products"][1]["rates"].append({"age_min": 30, "age_max": 49, "tobacco": False, "monthly": 3})
    [error] = refused(example)
    assert error.path == "products[1].rates[2]"
    assert "overlaps an earlier rate (ages 18-39, non-tobacco)" in error.message


def test_policy_needs_tier_or_benefit_and_a_rate(example):
    del policy(example, 0)["tier"]
    del policy(example, 1)["benefit"]
    assert paths(example) == ["groups[0].employees[0].policies[0].tier",
                              "groups[0].employees[0].policies[1].benefit"]


def test_policy_without_a_rate_for_its_class(example):
    policy(example)["tobacco"] = True
    example["products"][1]["rates"].pop()   # DI keeps only the non-tobacco rate
    [error] = refused(example)
    assert error.path == "groups[0].employees[0].policies[1].product"
    assert error.message == "product DI has no tobacco rate for issue age 37"


@pytest.mark.parametrize("path, value, fragment", [
    ("groups[0].employees[0].employee_id", "E1001", "duplicate employee id in this group 'E1001'"),
])
def test_duplicate_employee_id_within_a_group(example, path, value, fragment):
    employee = copy.deepcopy(example["groups"][0]["employees"][0])
    for i, pol in enumerate(employee["policies"]):
        pol["policy_number"] = f"55{i}"
    example["groups"][0]["employees"].append(employee)
    [error] = refused(example)
    assert error.path == "groups[0].employees[1].employee_id"
    assert fragment in error.message


def test_same_employee_id_in_two_groups_is_fine(example):
    second = copy.deepcopy(example["groups"][0])
    second.update(group_number="G20418", bills=[], payments=[])
    for i, pol in enumerate(second["employees"][0]["policies"]):
        pol["policy_number"] = f"55{i}"
    example["groups"].append(second)
    validate_feed(example)


def test_duplicate_group_bill_payment_and_product(example):
    second = copy.deepcopy(example["groups"][0])
    second["employees"] = []
    second["bills"][0]["lines"] = []
    second["bills"][0]["total"] = 0
    example["groups"].append(second)
    example["products"].append(copy.deepcopy(example["products"][0]))
    assert paths(example) == ["products[3].code", "groups[1].group_number",
                              "groups[1].bills[0].bill_number", "groups[1].payments[0].payment_id"]


def test_bill_total_must_add_up_and_payment_must_balance(example):
    example["groups"][0]["bills"][0]["total"] = Decimal("25.00")
    example["groups"][0]["payments"][0]["suspense"] = Decimal("1.00")
    errors = refused(example)
    assert [e.path for e in errors] == ["groups[0].bills[0].total", "groups[0].payments[0].applied"]
    assert "does not equal the sum of its lines 24.10" in errors[0].message


def test_every_bad_field_is_listed_and_the_list_is_capped(example):
    policy(example, 0)["product"] = "NOPE"
    example["groups"][0]["state"] = "Nebraska"
    assert paths(example) == ["groups[0].state", "groups[0].employees[0].policies[0].product"]
    many = [copy.deepcopy(example["groups"][0]["contacts"][0]) | {"email": "x"} for _ in range(80)]
    example["groups"][0]["contacts"] = many
    with pytest.raises(FeedError) as info:
        validate_feed(example)
    assert len(info.value.errors) == MAX_ERRORS and info.value.truncated
    assert "stopped after the first 50" in str(info.value)


def test_feed_error_text_lists_each_problem(example):
    policy(example)["product"] = "XYZ"
    with pytest.raises(FeedError) as info:
        validate_feed(example)
    assert str(info.value).splitlines() == [
        "policy data feed refused: 1 problem:",
        "  groups[0].employees[0].policies[1].product: unknown product code 'XYZ' (known: ACC, DI, WL)"]


@pytest.mark.parametrize("doc, message", [([], "the feed must be a JSON object"),
                                          ({}, "missing required field 'as_of'")])
def test_top_level_shape(doc, message):
    assert message in refused(doc)[0].message


# --------------------------------------------------------------------------- invalid JSON

def test_invalid_json_reports_line_and_column(tmp_path):
    broken = tmp_path / "feed.json"
    broken.write_text('{\n  "as_of": "2026-11-01",\n  "products": [,]\n}')
    with pytest.raises(FeedError) as info:
        load_feed(broken)
    [error] = info.value.errors
    assert error.path == "$"
    assert error.message == "not valid JSON: Expecting value at line 3, column 16"


@pytest.mark.parametrize("text, fragment", [('{"as_of": NaN}', "'NaN' is not a number"),
                                            (b"\xff\xfe{}", "not UTF-8"),
                                            ("", "not valid JSON")])
def test_other_unreadable_input(text, fragment):
    source = io.BytesIO(text) if isinstance(text, bytes) else io.StringIO(text)
    with pytest.raises(FeedError) as info:
        load_feed(source)
    assert info.value.errors[0].path == "$" and fragment in info.value.errors[0].message


# --------------------------------------------------------------------------- property: garbage anywhere

# Keys whose values are free text: any string is valid there, so only non-strings are garbage.
FREE_TEXT = {"name", "first_name", "last_name", "role", "reference", "payroll_id", "code",
             "policy_number", "employee_id", "bill_number", "payment_id"}


def set_path(doc, path: str, value) -> None:
    keys = parse_path(path)
    target = doc
    for key in keys[:-1]:
        target = target[key]
    target[keys[-1]] = value


def parse_path(path: str) -> list:
    keys: list = []
    for part in path.replace("[", ".[").split("."):
        if part:
            keys.append(int(part[1:-1]) if part.startswith("[") else part)
    return keys


def leaves(value, path=""):
    """Every field and list item of the document, with its path as the validator writes it."""
    if isinstance(value, dict):
        for key, item in value.items():
            sub = f"{path}.{key}" if path else key
            yield sub, key, item
            yield from leaves(item, sub)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            sub = f"{path}[{i}]"
            yield sub, None, item
            yield from leaves(item, sub)


EXAMPLE_LEAVES = list(leaves(parse_feed_text(EXAMPLE_PATH.read_text())))
NON_STRING = st.one_of(st.lists(st.integers(), max_size=2),
                       st.dictionaries(st.text(max_size=3), st.integers(), max_size=2))
NOT_TEXT_LIKE = st.text(alphabet="xyz!? ", min_size=1)   # no digits, '@', capitals: never a valid value


def garbage_for(key, value):
    if isinstance(value, bool):
        return st.one_of(NON_STRING, NOT_TEXT_LIKE, st.integers())
    if isinstance(value, (int, Decimal)):
        return st.one_of(NON_STRING, NOT_TEXT_LIKE, st.booleans(), st.integers(max_value=-1))
    if isinstance(value, str):
        return NON_STRING if key in FREE_TEXT else st.one_of(NON_STRING, NOT_TEXT_LIKE, st.booleans())
    return st.one_of(NOT_TEXT_LIKE, st.booleans(), st.integers())   # an object or a list


@st.composite
def mutations(draw):
    path, key, value = draw(st.sampled_from(EXAMPLE_LEAVES))
    return path, draw(garbage_for(key, value))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(mutations())
def test_garbage_in_any_one_field_is_reported_at_that_field(example, mutation):
    path, garbage = mutation
    doc = copy.deepcopy(example)
    set_path(doc, path, garbage)
    with pytest.raises(FeedError) as info:
        validate_feed(doc)
    assert path in [e.path for e in info.value.errors], (path, garbage, info.value.errors)
