"""Understanding: the shipped model, entity values, name matching, bad input."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import numpy as np
import pytest

from intents import dataset
from intents.entities import ProductRef, extract_entities
from intents.labels import ENTITY_LABELS, INTENT_LABELS
from intents.nlu import NLU, MODEL_DIR, Thresholds, decide, margin
from intents.persons import PersonRef, find_people, match_person

TODAY = date(2026, 11, 16)
INTENTS_MD = Path(__file__).resolve().parents[2] / "shared" / "INTENTS.md"


@pytest.fixture(scope="module")
def nlu() -> NLU:
    return NLU.load()


def values(text: str, label: str, products=()) -> list[str | None]:
    return [e.value for e in extract_entities(text, today=TODAY, products=products) if e.label == label]


# --------------------------------------------------------------------------- the contract
def test_intent_labels_are_the_intents_md_table_in_order():
    table = re.findall(r"^\| `(\w+)` \|", INTENTS_MD.read_text(), flags=re.M)
    intents = [label for label in table if label.islower()]
    entities = [label for label in table if label.isupper()]
    assert INTENT_LABELS == tuple(intents)
    assert ENTITY_LABELS == tuple(entities)


def test_shipped_model_was_trained_on_the_data_in_the_repo():
    meta = json.loads((MODEL_DIR / "meta.json").read_text())
    assert meta["ea"]["data_sha256"] == dataset.training_data_sha256(), (
        "intents/data changed since the model was trained: run `employer-assist train`")


def test_test_split_holds_only_wordings_training_never_saw():
    """The test split is fresh_test.py's templates and e-mails: none of its sources and none of its
    messages may turn up in train or valid, or its figure would measure memory."""
    seen = dataset.load_split("train") + dataset.load_split("valid")
    test = dataset.load_split("test")
    assert test and all(r.source.startswith("fresh") for r in test)
    assert not {r.source for r in test} & {r.source for r in seen}
    assert not {r.text.lower().strip() for r in test} & {r.text.lower().strip() for r in seen}
    # every label is measured, out_of_scope included
    assert {r.intent for r in test} == set(INTENT_LABELS)


def test_every_intent_has_enough_examples():
    rows = dataset.load_split("train") + dataset.load_split("valid") + dataset.load_split("test")
    counts = {label: sum(r.intent == label for r in rows) for label in INTENT_LABELS}
    assert min(counts.values()) >= 60, counts
    assert counts["out_of_scope"] >= 300


# --------------------------------------------------------------------------- the independent set
DATA = Path(__file__).resolve().parents[1] / "intents" / "data"
INDEPENDENT_SETS = [DATA / "independent.jsonl", DATA / "independent_v2.jsonl"]


@pytest.mark.parametrize("path", INDEPENDENT_SETS, ids=lambda p: p.stem)
def test_independent_set_is_no_copy_of_the_generated_splits(path):
    """The independent sets are evaluation only: no text of it (exact or rapidfuzz ratio >= 95, case
    and spacing ignored) may be in the generated splits, so it still measures unseen wording."""
    from rapidfuzz import fuzz, process

    def norm(text: str) -> str:
        return " ".join(text.lower().split())

    # short lines ("good morning!", "perfect, thank you so much") are everybody's wording, not a copy
    independent = [t for r in dataset.read_jsonl(path) if len((t := norm(r.text)).split()) >= 6]
    generated = sorted({norm(r.text) for split in ("train", "valid", "test")
                        for r in dataset.load_split(split)})
    scores = process.cdist(independent, generated, scorer=fuzz.ratio, workers=-1)
    copies = [(text, generated[int(row.argmax())]) for text, row in zip(independent, scores)
              if row.max() >= 95]
    assert not copies, copies[:5]


@pytest.mark.parametrize("path", INDEPENDENT_SETS, ids=lambda p: p.stem)
def test_independent_set_covers_every_intent(path):
    rows = dataset.read_jsonl(path)
    counts = {label: sum(r.intent == label for r in rows) for label in INTENT_LABELS}
    assert min(counts.values()) >= 10, counts
    assert counts["out_of_scope"] >= 40
    assert all(r.intent in INTENT_LABELS and set(r.secondary_intents) <= set(INTENT_LABELS)
               for r in rows)


# --------------------------------------------------------------------------- intents
@pytest.mark.parametrize("text, intent", [
    ("Can we switch our billing to biweekly?", "billing_mode"),
    ("We never got our invoice for October, can you resend it?", "billing_schedule"),
    ("Laura King quit last Friday, please terminate her coverage", "termination"),
    ("How do I add a newborn to an employee's accident policy?", "dependent_change"),
    ("I can't log into the billing portal, my account is locked", "portal_help"),
    ("Can I talk to a person please?", "human_agent"),
    ("What's the weather in Omaha tomorrow?", "out_of_scope"),
    ("How do I file a claim for my car accident?", "out_of_scope"),
    ("Hello", "greeting"),
    ("thanks, that's all", "goodbye"),
])
def test_clear_messages_get_their_intent(nlu, text, intent):
    assert nlu.parse(text, today=TODAY).intent == intent


@pytest.mark.parametrize("text, intent", [
    # coverage_inquiry looks coverage up; the same words asking for something else are not it
    ("What's Laura King's monthly premium for her accident policy?", "coverage_inquiry"),
    ("How many employees are enrolled in critical illness?", "coverage_inquiry"),
    ("Is policy 4410021137 still in force?", "coverage_inquiry"),
    ("Laura King is listed as a smoker but she has never smoked, please fix it", "tobacco_change"),
    ("Was Laura King covered when she broke her arm on 3/1?", "claims_eligibility"),
    ("change the premium mode on policy 4410021137 to quarterly", "billing_mode"),
    ("term John Petersen eff 12/1", "termination"),
])
def test_coverage_inquiry_boundaries(nlu, text, intent):
    assert nlu.parse(text, today=TODAY).intent == intent


def test_ask_back_when_the_two_best_intents_are_close():
    labels = ["a", "b", "c", "out_of_scope"]
    th = Thresholds(out_of_scope=0.0, ask=0.2, secondary=1.01)
    assert decide(np.array([0.45, 0.40, 0.10, 0.05]), labels, th) == ("a", 0.45, True)
    # spread over many intents but one clearly ahead: no ask-back
    assert decide(np.array([0.46, 0.18, 0.18, 0.18]), labels, th)[2] is False
    assert margin(np.array([0.7, 0.2, 0.1])) == pytest.approx(0.5)


def test_a_message_without_a_known_word_is_low_confidence(nlu):
    u = nlu.parse("blorf zzkt quantum", today=TODAY)
    assert u.low_confidence


def test_a_second_request_is_reported(nlu):
    u = nlu.parse("Please terminate John Petersen, he left on 11/3. Also, how do I reset my "
                  "portal password?", today=TODAY)
    assert u.intent == "termination"
    assert u.secondary_intents == ["portal_help"]


def test_understanding_shape(nlu):
    u = nlu.parse("Switch policy 4410021137 to bi wkly starting 3/1", today=TODAY)
    assert 0.0 <= u.confidence <= 1.0
    assert len(u.ranking) == 5 and u.ranking[0][0] == u.intent
    assert [s for _, s in u.ranking] == sorted((s for _, s in u.ranking), reverse=True)
    out = u.to_json()
    assert set(out) == {"intent", "confidence", "secondary_intents", "entities"}
    assert {"label": "POLICY_NUMBER", "text": "4410021137", "start": 14, "end": 24,
            "value": "4410021137"} in out["entities"]


def test_reload_and_batch_give_the_same_answers(nlu):
    texts = ["Can we switch to weekly deductions?", "why is there money in suspense", "hi"]
    again = NLU.load()
    batch = nlu.parse_batch(texts, today=TODAY)
    assert [u.to_json() for u in batch] == [again.parse(t, today=TODAY).to_json() for t in texts]


@pytest.mark.parametrize("text", [
    "", "   ", "\n\n", "x" * 4000, "🙂🙂🙂 👍", "¿Dónde está mi factura?", "这是什么",
    "<script>alert(1)</script><b>bill</b>", "'; DROP TABLE policies; --", "4410021137",
    "$$$ 10k 1/1/1 G1 ", "\x00\x01\x02", "a" * 50 + " " + "é" * 3000,
])
def test_bad_input_never_raises(nlu, text):
    u = nlu.parse(text, today=TODAY)
    assert u.intent in INTENT_LABELS
    assert all(text[e.start:e.end] == e.text for e in u.entities)


def test_noise_and_empty_messages_are_not_requests(nlu):
    for text in ["", "x" * 4000, "asdf qwerty zxcv"]:
        u = nlu.parse(text, today=TODAY)
        assert u.intent == "out_of_scope" or u.low_confidence, (text[:20], u.intent)


@pytest.mark.parametrize("text", [
    "'; DROP TABLE policies; --", "1' OR '1'='1", "admin'--", "SELECT * FROM users",
    "x UNION SELECT password FROM employees", "<script>alert(1)</script><b>bill</b>",
    "<img src=x onerror=alert(document.cookie)>", "DELETE FROM policies WHERE 1=1;",
])
def test_code_fragments_are_out_of_scope_whatever_their_words(nlu, text):
    # "drop", "policies", "bill" would otherwise read as a request to act on
    u = nlu.parse(text, today=TODAY)
    assert (u.intent, u.secondary_intents) == ("out_of_scope", [])


@pytest.mark.parametrize("text", [
    "please drop Sarah from the policy; she left", "select the monthly mode for us",
    "delete the old bank account from her draft", "John's policy; -- sorry, typo",
    "can you drop the table of rates you sent and resend it?",
])
def test_employer_sentences_with_the_same_words_stay_requests(nlu, text):
    assert nlu.parse(text, today=TODAY).intent != "out_of_scope"


def test_a_question_with_code_pasted_after_it_is_still_that_question(nlu):
    u = nlu.parse("What coverage does Laura King have? <script>alert(1)</script><b>x</b>", today=TODAY)
    assert u.intent == "coverage_inquiry"
    assert [e.text for e in u.entities if e.label == "PERSON"] == ["Laura King"]


# --------------------------------------------------------------------------- entities
@pytest.mark.parametrize("text, expected", [
    ("effective 3/1", "2026-03-01"),
    ("starting March 1st", "2026-03-01"),
    ("on 2026-03-01", "2026-03-01"),
    ("by the end of this month", "2026-11-30"),
    ("the first of next month", "2026-12-01"),
    ("the March bill", "2026-03-01"),
    ("she left yesterday", "2026-11-15"),
    ("since December 2025", "2025-12-01"),
])
def test_dates_are_iso_relative_to_today(text, expected):
    assert values(text, "DATE") == [expected]


@pytest.mark.parametrize("text, expected", [
    ("a refund of $4,210.55", "4210.55"), ("we paid 300 dollars", "300"),
    ("raise it to 10k", "10000"), ("$85", "85"),
])
def test_money_is_a_decimal_string(text, expected):
    assert values(text, "MONEY") == [expected]


def test_401k_is_not_money():
    assert values("how much should we match in the 401k", "MONEY") == []


@pytest.mark.parametrize("text, expected", [
    ("switch to bi wkly", "biweekly"), ("paid every two weeks", "biweekly"),
    ("we have 26 pay periods", "biweekly"), ("semi-monthly payroll", "semimonthly"),
    ("go to quarterly direct bill", "quarterly"), ("pay annually", "annual"),
])
def test_billing_modes(text, expected):
    assert values(text, "BILLING_MODE") == [expected]


def test_words_that_only_look_like_modes_are_not():
    assert values("what is her monthly premium during annual enrollment", "BILLING_MODE") == []


@pytest.mark.parametrize("text, expected", [
    ("add her husband", "spouse"), ("their newborn", "child"), ("my stepson", "child"),
    ("his domestic partner", "domestic_partner"),
])
def test_relations(text, expected):
    assert values(text, "RELATION") == [expected]


def test_products_become_the_groups_codes():
    products = [ProductRef("ACC", "Accident Expense", "accident"),
                ProductRef("CI20", "Critical Illness 20", "critical_illness"),
                ProductRef("DI", "Disability Income", "disability_income")]
    text = "She has CI and accident, and wants DI"
    assert values(text, "PRODUCT", products) == ["CI20", "ACC", "DI"]
    assert values(text, "PRODUCT") == ["critical_illness", "accident", "disability_income"]


def test_policy_and_group_numbers():
    found = extract_entities("policy #4410021137 in group g20417, emp #2291", today=TODAY)
    assert [(e.label, e.value) for e in found] == [("POLICY_NUMBER", "4410021137"),
                                                   ("GROUP_NUMBER", "G20417")]


def test_person_spans():
    text = "Please add Laura King's husband. Thanks, Dana"
    assert values(text, "PERSON") == ["Laura King", "Dana"]


# --------------------------------------------------------------------------- people
PEOPLE = [PersonRef("E1", "John Petersen"), PersonRef("E2", "Laura King"),
          PersonRef("E3", "Laura Kingsley"), PersonRef("E4", "William Owens")]


def test_a_typo_still_finds_the_person():
    assert match_person("Jon Peterson", PEOPLE).matches == [PEOPLE[0]]


def test_first_name_only_when_unique():
    assert match_person("William", PEOPLE).status == "unique"
    assert match_person("Bill Owens", PEOPLE).matches == [PEOPLE[3]]


def test_two_people_with_the_name_are_ambiguous():
    result = match_person("Laura", PEOPLE)
    assert result.status == "ambiguous"
    assert set(result.matches) == {PEOPLE[1], PEOPLE[2]}


def test_an_exact_full_name_is_not_ambiguous():
    assert match_person("Laura King", PEOPLE).matches == [PEOPLE[1]]


def test_a_stranger_matches_nobody():
    assert match_person("Zed Smith", PEOPLE).status == "none"


def test_people_are_found_in_free_text():
    text = "Hi, Jon Peterson left and Laura asked about her policy"
    found = {text[s:e]: m.status for s, e, m in find_people(text, PEOPLE)}
    assert found == {"Jon Peterson": "unique", "Laura": "ambiguous"}
