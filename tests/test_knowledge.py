"""Knowledge base: documents, scope restriction, rendering with group facts, retrieval quality."""
from __future__ import annotations

import json
import re
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from knowledge import KnowledgeBase, render_html
from knowledge import evaluate
from knowledge.documents import ALL, PRODUCT_LINES, DocumentError, load_documents, parse_document

# Topics issue 6 requires, each with the document that covers it.
REQUIRED_TOPICS = {
    "grace period": "grace-period",
    "reinstatement": "reinstatement",
    "premium refunds": "premium-refunds",
    "billing modes and per-pay amounts": "billing-modes",
    "list-bill reconciliation": "list-bill-reconciliation",
    "suspense": "suspense",
    "dependent eligibility": "dependent-eligibility",
    "newborns and adoptions": "newborns-and-adoptions",
    "tobacco status": "tobacco-status",
    "Section 125 and qualifying events": "section-125",
    "guaranteed issue and evidence of insurability": "evidence-of-insurability",
    "policy loans": "policy-loans",
    "surrender": "surrender",
    "conversion and portability": "conversion-and-portability",
    "bank drafts and returned drafts": "bank-drafts",
    "claims filing and time limits": "claims-filing",
    "privacy": "privacy",
    "billing portal": "billing-portal",
    "new group setup": "new-group-setup",
    "group contracts": "group-contract",
}

FACTS = {
    "group_name": "Acme Tools",
    "group_number": "G12345",
    "state": "TX",
    "grace_days": 45,
    "billing_mode": "biweekly",
    "section_125": True,
    "products": ["Accident Plus"],
    "lines": ["accident", "whole_life"],
}


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()


def test_documents_parse_with_front_matter():
    documents = load_documents()
    assert len(documents) >= 20
    for doc in documents:
        assert re.fullmatch(r"[a-z0-9-]+", doc.id)
        assert doc.title and doc.sections
        assert doc.products == (ALL,) or set(doc.products) <= PRODUCT_LINES
        assert doc.states == (ALL,) or all(re.fullmatch(r"[A-Z]{2}", s) for s in doc.states)
        ids = [s.section for s in doc.sections]
        assert len(ids) == len(set(ids))


def test_every_required_topic_has_a_document(kb):
    ids = {doc.id for doc in kb.documents()}
    missing = {topic for topic, doc_id in REQUIRED_TOPICS.items() if doc_id not in ids}
    assert not missing


def test_state_variations_are_restricted_documents(kb):
    restricted = {doc.id: doc.states for doc in kb.documents() if doc.states != (ALL,)}
    assert restricted["state-sc-payroll-lapse-notice"] == ("SC",)
    assert restricted["state-hi-failure-to-remit"] == ("HI",)
    assert restricted["state-nv-failure-to-remit"] == ("NV",)


def test_bad_front_matter_is_rejected(tmp_path):
    path = tmp_path / "broken.md"
    path.write_text("---\nid: broken\ntitle: Broken\nproducts: [cars]\nstates: all\n---\n## A\n\ntext\n")
    with pytest.raises(DocumentError):
        parse_document(path)


def test_nebraska_section_never_returned_for_a_texas_group(kb):
    nebraska = [s for s in kb.sections() if s.states == ("NE",)]
    assert nebraska
    for section in nebraska:
        question = f"{section.title} {section.text}"
        texas = kb.search(question, lines={"whole_life"}, state="TX", k=10)
        assert all(h.section.states != ("NE",) for h in texas)
        assert any(h.section == section for h in kb.search(question, lines={"whole_life"}, state="NE", k=10))


def test_product_restriction(kb):
    question = "how much can an employee borrow against the policy cash value"
    assert kb.search(question, state="TX")[0].section.document == "policy-loans"
    accident_only = kb.search(question, lines={"accident"}, k=10)
    assert all(h.section.document != "policy-loans" for h in accident_only)


def test_grace_period_answer_uses_the_groups_grace_days(kb):
    hit = kb.answer("How long is our grace period?", lines=FACTS["lines"], state="TX")
    assert hit is not None
    assert hit.citation() == {
        "document": "grace-period",
        "section": "how-long-the-grace-period-is",
        "title": "Grace period — How long the grace period is",
    }
    rendered = kb.render(hit.section, FACTS)
    assert "45 days" in rendered and "Acme Tools" in rendered and "{{" not in rendered
    short = kb.short_answer(hit, FACTS, "How long is our grace period?")
    assert "45" in short
    assert 1 <= len(re.findall(r"[.!?](?:\s|$)", short)) <= 3


def test_defaults_apply_when_a_fact_is_missing_or_none(kb):
    section = kb.get("grace-period", "how-long-the-grace-period-is")
    assert "31 days" in kb.render(section, {})
    assert "31 days" in kb.render(section, {"grace_days": None})


def test_billing_mode_and_section_125_facts(kb):
    mode = kb.render(kb.get("billing-modes", "your-groups-billing-mode"), FACTS)
    assert "bi-weekly" in mode
    after_tax = kb.render(kb.get("section-125", "your-groups-section-125-plan"), {"section_125": False})
    assert "after tax" in after_tax


def test_render_html_escapes_markup_from_facts(kb):
    section = kb.get("grace-period", "how-long-the-grace-period-is")
    html = render_html(section, {"group_name": "<script>alert(1)</script>", "grace_days": 45})
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<h2>How long the grace period is</h2>" in html and "<strong>45 days</strong>" in html


def test_facts_cannot_reach_python_internals(kb):
    from jinja2.exceptions import SecurityError
    from knowledge.documents import Section

    hostile = Section("x", "y", "T", "D", "{{ grace_days.__class__.__mro__ }}", (ALL,), (ALL,))
    with pytest.raises(SecurityError):
        kb.render(hostile, {"grace_days": 45})


@pytest.mark.parametrize(
    ("question", "document"),
    [
        ("how long is the grase period", "grace-period"),
        ("reinstatment of a lapsed polciy", "reinstatement"),
        ("premium refnd after an employe quit", "premium-refunds"),
        ("add a newbron to coverage", "newborns-and-adoptions"),
        ("benificiary of the policy, can you tell me", "privacy"),
        ("we never recieved our bill this month", "bills-and-due-dates"),  # inflected typo
    ],
)
def test_typos_still_hit(kb, question, document):
    assert document in [h.section.document for h in kb.search(question)]


@pytest.mark.parametrize(
    "question",
    ["What's the weather tomorrow?", "how do I reset my laptop", "tell me a joke",
     "what is the capital of france"],
)
def test_question_without_an_answer_returns_none(kb, question):
    assert kb.answer(question, lines=FACTS["lines"], state="TX") is None


def test_get_and_documents(kb):
    assert kb.get("bank-drafts", "returned-drafts").doc_title == "Bank drafts (EFT)"
    assert kb.get("bank-drafts", "nope") is None
    assert len(kb.sections()) == sum(len(d.sections) for d in kb.documents())


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200))
def test_search_never_fails(kb, text):
    hits = kb.search(text, lines={"accident"}, state="SC", k=3)
    assert len(hits) <= 3
    assert all(h.score > 0 for h in hits)
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def test_evaluation_figures_stay_above_regression_guards(kb):
    figures = evaluate.evaluate(kb, evaluate.load_questions())
    assert figures["questions"] >= 100 and figures["unanswerable"] >= 20
    assert figures["retrieval_all"]["hit@3"] >= 0.90
    assert figures["retrieval_all"]["hit@1"] >= 0.75
    assert figures["no_answer_test"]["no_answer_recall"] >= 0.80
    assert figures["no_answer_test"]["no_answer_precision"] >= 0.75
    # speed is a goal measured by benchmarks/knowledge.py, never a timed assertion here


def test_evaluate_main_prints_the_figures(capsys):
    status = evaluate.main([])
    out = capsys.readouterr().out
    for label in ("hit@1", "hit@3", "MRR", "precision", "recall", "p50", "p99"):
        assert label in out
    assert status in (0, 1)


def test_answer_uses_the_confidence_that_assess_reports(kb):
    for question in ("How long is our grace period?", "how do I file an auto insurance claim",
                     "tell me a joke", ""):
        hits, confidence = kb.assess(question, lines=FACTS["lines"], state="TX", k=3)
        assert [h.section for h in hits] == [h.section for h in kb.search(
            question, lines=FACTS["lines"], state="TX", k=3)]
        answer = kb.answer(question, lines=FACTS["lines"], state="TX")
        assert (answer is not None) == (bool(hits) and confidence >= kb.threshold)
        assert confidence <= (hits[0].score if hits else 0.0)


def test_unknown_words_lower_the_confidence(kb):
    _, on_topic = kb.assess("how do I file a claim")
    _, off_topic = kb.assess("how do I file a claim for my car windshield")
    assert off_topic < on_topic


def test_new_holdout_is_a_real_holdout_file():
    questions = evaluate.load_questions(evaluate.NEW_HOLDOUT_FILE)
    assert len(questions) >= 40
    assert sum(q.expected is None for q in questions) >= 10
    kb_keys = {(s.document, s.section) for s in KnowledgeBase.load().sections()}
    assert all(q.expected in kb_keys for q in questions if q.expected)
    old = {q.text for q in evaluate.load_questions()} | {
        q.text for q in evaluate.load_questions(evaluate.HOLDOUT_FILE)}
    assert not old & {q.text for q in questions}


def test_words_about_documents_do_not_count_against_a_question(kb):
    """"provision", "say", "clause"… are how employers refer to a document, not a topic the
    index should know; an off-topic question stays declined with them."""
    meta = kb.answer("What does the reinstatement provision say?", lines=FACTS["lines"], state="TX")
    assert meta is not None and meta.section.document.startswith("reinstatement")
    _, plain = kb.assess("reinstatement", lines=FACTS["lines"], state="TX")
    _, worded = kb.assess("explain the reinstatement clause", lines=FACTS["lines"], state="TX")
    assert worded >= kb.threshold and plain >= kb.threshold
    for question in ("what does the OSHA provision on ladders say",
                     "explain the flood insurance clause"):
        assert kb.answer(question, lines=FACTS["lines"], state="TX") is None


def test_typo_correction_prefers_index_words_when_equally_close():
    from knowledge.text import TypoCorrector

    corrector = TypoCorrector({"employee", "employ", "receive"},
                              surface={"employed": "employ", "received": "receive"},
                              frequency={"employee": 5, "employ": 1})
    assert corrector.correct("employe") == "employee"  # not "employed" (as close, not a lemma)
    assert corrector.correct("recieved") == "receive"


def test_dev_questions_are_valid_and_apart_from_the_other_files():
    """Round-4 tuning questions (knowledge/data/eval_dev.jsonl) answer real sections and repeat
    no question of the evaluation set or the holdouts."""
    dev = evaluate.load_questions(evaluate.DEV_FILE)
    assert len(dev) >= 100 and sum(q.expected is None for q in dev) >= 10
    kb_keys = {(s.document, s.section) for s in KnowledgeBase.load().sections()}
    assert all(q.expected in kb_keys for q in dev if q.expected)
    others = set()
    for path in (evaluate.QUESTIONS_FILE, evaluate.HOLDOUT_FILE, evaluate.NEW_HOLDOUT_FILE):
        others |= {q.text.lower() for q in evaluate.load_questions(path)}
    assert not others & {q.text.lower() for q in dev}


def test_section_model_is_deterministic_and_knows_its_own_phrasings(kb):
    from knowledge.classifier import SectionClassifier

    texts = [["grace", "period"], ["grace", "day", "late"], ["loan", "interest"], ["loan", "rate"]]
    labels = [0, 0, 1, 1]
    for method in ("centroid", "logreg"):
        one = SectionClassifier(2, method=method).fit(texts, labels)
        two = SectionClassifier(2, method=method).fit(texts, labels)
        scores = one.predict_proba_one(["loan", "rate"])
        assert list(scores) == list(two.predict_proba_one(["loan", "rate"]))
        assert scores[1] > scores[0]
    again = KnowledgeBase.load()
    for question in ("reinstate a lapsed life policy", "what is suspense"):
        assert [(h.section.section, h.score) for h in kb.search(question)] == [
            (h.section.section, h.score) for h in again.search(question)]


def test_state_documents_need_the_state(kb):
    """A state's rule answers a group in that state, or a question naming it, not everyone."""
    for question in ("loan value of a whole life policy", "when does coverage end after leaving"):
        hits = kb.search(question)
        assert hits and not hits[0].section.document.startswith("state-")
    named = kb.search("Nebraska loan value")
    assert named[0].section.document == "state-ne-loan-and-surrender-deferral"
    in_state = kb.search("can you delay paying a policy loan", lines=["whole_life"], state="NE")
    assert "state-ne-loan-and-surrender-deferral" in [h.section.document for h in in_state]


def test_everyday_words_and_shorthand_meet_the_documents_words():
    from knowledge.text import normalise

    assert normalise("he was let go") == ["terminate"]
    assert normalise("pre-ex condition") == normalise("pre-existing condition")
    assert normalise("max benefit for ee deps") == ["maximum", "benefit", "employee", "dependent"]


def test_ways_of_saying_a_topic_meet_the_documents_words():
    from knowledge.text import normalise

    # "quit" is leaving a job, except in a question about tobacco
    assert normalise("employee quit smoking") == ["employee", "nontobacco"]
    assert "nontobacco" in normalise("a refund of the tobacco premium she paid after she quit")
    assert normalise("he hasn't smoked in a year")[0] == "nontobacco"
    assert "terminate" in normalise("employee quit last week")
    assert normalise("someone who doesn't work here anymore") == ["terminate"]
    assert normalise('what does "Not on Bill" mean') == ["notonbill"]
    assert normalise("does he get his premium back") == ["refund"]
    assert normalise("why was it put on hold")[0] == "reason"
    assert normalise("bi wkly deduction") == normalise("biweekly deduction")


def test_real_words_and_names_are_not_typo_corrected(kb):
    # "away" and "copay" are words, "Peterson" a name: none becomes an index word
    assert kb.query_words("do they lose coverage right away") == ["lose", "coverage", "right", "away"]
    assert "copay" in kb.query_words("what is the copay")
    assert "peterson" in kb.query_words("John Peterson passed away")
    assert kb.query_words("premum refnd") == ["premium", "refund"]  # typos still are


def test_newborn_and_special_enrollment_windows_point_to_each_other(kb):
    newborn = kb.get("newborns-and-adoptions", "adding-a-newborn").text
    special = kb.get("dependent-eligibility", "special-enrollment-periods").text
    assert "31 days" in newborn and "30-day HIPAA" in newborn and "Dependent eligibility" in newborn
    assert "HIPAA" in special and "30 days" in special and "31 days" in special
    assert "Newborns and adopted children" in special


def test_bills_say_to_strike_a_terminated_persons_line():
    from knowledge.documents import load_documents

    text = " ".join(s.text for d in load_documents() for s in d.sections)
    assert "Pay the bill as it is" not in text
    assert "strike through the line with a change code" in text


def test_judged_relevance_counts_a_hit_on_any_section_that_answers(kb, tmp_path):
    """The independent set's relevance judgments name real sections for the same questions, and
    a question two sections answer counts as hit whichever of the two comes first."""
    independent = evaluate.load_questions(evaluate.INDEPENDENT_FILE)
    judged = evaluate.load_judged(independent)
    kb_keys = {(s.document, s.section) for s in kb.sections()}
    assert [q.text for q in judged] == [q.text for q in independent]
    assert all(q.relevant <= kb_keys for q in judged)
    assert sum(len(q.relevant) > 1 for q in judged) >= 20

    question = "How long is the grace period?"
    top = kb.search(question, k=2)
    first, second = [(h.section.document, h.section.section) for h in top]
    only_second = evaluate.Question(question, second, None, None)
    either = evaluate.Question(question, second, None, None, also=(first,))
    ranks = [r.rank for r in evaluate.run(kb, [only_second, either])]
    assert ranks == [2, 1]

    wrong_order = tmp_path / "judgments.jsonl"
    wrong_order.write_text("\n".join(json.dumps({"question": q.text, "relevant": []})
                                     for q in reversed(independent)), encoding="utf-8")
    with pytest.raises(ValueError, match="same questions"):
        evaluate.load_judged(independent, wrong_order)


# --------------------------------------------------------------------------- the section model
def test_training_questions_name_real_sections_and_copy_no_evaluation_question(kb):
    from rapidfuzz import fuzz, process

    from knowledge.retrieval import read_training_questions

    training = read_training_questions()
    keys = {(s.document, s.section) for s in kb.sections()}
    answerable = [(q, d, s) for q, d, s in training if d is not None]
    assert len(answerable) >= 2000 and len(training) - len(answerable) >= 300
    assert all((d, s) in keys for _, d, s in answerable)
    per_section = Counter((d, s) for _, d, s in answerable)
    assert min(per_section[k] for k in keys) >= 10  # every section learnt from several questions
    evaluation = set()
    for path in (evaluate.QUESTIONS_FILE, evaluate.HOLDOUT_FILE, evaluate.NEW_HOLDOUT_FILE,
                 evaluate.DEV_FILE, evaluate.INDEPENDENT_FILE):
        evaluation |= {q.text.lower().strip() for q in evaluate.load_questions(path)}
    scores = process.cdist([q.lower().strip() for q, _, _ in training], sorted(evaluation),
                           scorer=fuzz.ratio, workers=-1)
    assert scores.max() < 85  # no evaluation question, or a near copy of one, is trained on


def test_a_question_learnt_as_unanswerable_is_declined_though_it_shares_a_sections_words(kb):
    question = ("After a draft comes back R01 do you re-present it automatically or just send "
                "the letter?")
    hits, _ = kb.assess(question)
    assert hits and hits[0].section.section == "returned-drafts"  # lexically it is that topic
    assert kb.answer(question) is None
