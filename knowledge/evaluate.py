"""Measure the knowledge base: retrieval quality, knowing when it doesn't know, latency.

    python -m knowledge.evaluate              # figures; exit 1 if a goal is missed
    python -m knowledge.evaluate --calibrate  # choose the no-answer threshold and store it

The evaluation set (data/eval_questions.jsonl) has one question per line with the section that
answers it, or `"document": null` when the documents hold no answer. A question may carry the
group's `state` and product `lines`, which restrict the search as the service does.

The no-answer threshold is chosen on a fixed validation split (a hash of the question decides,
so adding questions does not reshuffle the others) and the no-answer figures are reported on
the rest (the test split), plus 5-fold cross-validation as a check that the split was not lucky.
The first ranking knobs and the documents' wording were tuned while looking at the whole set, so
its retrieval figures are optimistic; data/eval_holdout.jsonl, written afterwards, is reported
apart. The second round (rapidfuzz phrasing match, k1/b, the confidence used for no-answer) was
tuned on the validation split only, after data/eval_holdout_new.jsonl had been written; neither
holdout file has ever been used to choose anything. The fourth round (more `asked` phrasings in
the documents, abbreviations and everyday words in knowledge.text, the section centroids fused
with BM25, the state-document prior) was tuned on the validation split and on data/eval_dev.jsonl,
questions written for that round from the documents' topics (not from the other files); the dev
line of the report is therefore optimistic, like the validation split. The fifth round (ways of
saying a topic in knowledge.text: "quit smoking", "doesn't work here anymore", "on hold", "get the
premium back", "why" and "when" kept; real words and names left uncorrected; k1 0.9; phrasings
where a section lacked a whole way of asking) was found on the diagnosis half of the independent
set and checked on the validation split and the dev questions (25 of which were added in that
round); the verification half was only ever reported, once, at the end. The sixth round (a
section model learnt from data/train_questions.jsonl, a class for questions no section answers,
the known-word share squared) was chosen on the validation split, the dev questions and the
diagnosis half; the verification half was reported after each of its three steps, never used
to choose.

The independent writer picked one section per question, yet a fifth of the questions are answered
about equally well by two or three sections (a late-reported termination's credit in the list-bill
document and in the refunds document). A second person, who read the sections' text but never the
ranking, its phrasings or its results, judged every section that answers each question on its own
(data/eval_independent_judgments.jsonl, TREC-style relevance judgments); both halves are reported
twice: against the writer's section, and against any judged section.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import math
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from .retrieval import THRESHOLD_FILE, KnowledgeBase

QUESTIONS_FILE = Path(__file__).parent / "data" / "eval_questions.jsonl"
# Written after the ranking and the documents were tuned on QUESTIONS_FILE, and never used to
# tune anything: the figures on it are the ones to expect on new questions.
HOLDOUT_FILE = Path(__file__).parent / "data" / "eval_holdout.jsonl"
# Written before the second tuning round (rapidfuzz phrasings, confidence), never tuned on.
NEW_HOLDOUT_FILE = Path(__file__).parent / "data" / "eval_holdout_new.jsonl"
# Tuning questions of round 4 (retrieval figures only; the threshold is never chosen on them).
DEV_FILE = Path(__file__).parent / "data" / "eval_dev.jsonl"
# Written by someone who had not seen the evaluation files, the retrieval code or the documents'
# `asked` phrasings; split in two fixed halves (independent_halves).
INDEPENDENT_FILE = Path(__file__).parent / "data" / "eval_independent.jsonl"
# Relevance judgments for INDEPENDENT_FILE by a second person, blind to the ranking: the writer
# picked one section per question; the assessor listed every section that answers it alone.
JUDGMENTS_FILE = Path(__file__).parent / "data" / "eval_independent_judgments.jsonl"
VALIDATION_SHARE = 0.4
FOLDS = 5
LATENCY_REPEATS = 5

GOALS = {"hit@1": 0.85, "hit@3": 0.95, "no_answer_recall": 0.80, "p99_ms": 10.0}


@dataclass(frozen=True)
class Question:
    text: str
    expected: tuple[str, str] | None  # (document, section), None when nothing answers it
    lines: tuple[str, ...] | None
    state: str | None
    # other sections that answer it as well (relevance judgments); a hit on any of them counts
    also: tuple[tuple[str, str], ...] = ()

    @property
    def relevant(self) -> frozenset[tuple[str, str]]:
        return frozenset((self.expected, *self.also)) if self.expected else frozenset()

    @property
    def validation(self) -> bool:
        digest = hashlib.sha256(self.text.encode()).digest()
        return digest[0] < 256 * VALIDATION_SHARE

    @property
    def fold(self) -> int:
        return hashlib.sha256(self.text.encode()).digest()[1] % FOLDS


@dataclass(frozen=True)
class Result:
    question: Question
    rank: int | None  # 1-based rank of the expected section among the top 3, None if absent
    confidence: float  # what answer() compares with the threshold, 0 when nothing matched


def load_questions(path: Path = QUESTIONS_FILE) -> list[Question]:
    questions = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        row = json.loads(line)
        expected = (row["document"], row["section"]) if row.get("document") else None
        lines = tuple(row["lines"]) if row.get("lines") else None
        questions.append(Question(row["question"], expected, lines, row.get("state")))
    return questions


def load_judged(questions: list[Question], path: Path = JUDGMENTS_FILE) -> list[Question]:
    """The same questions with their judged relevant sections: every section an assessor found
    to answer the question on its own (the first is the most direct; empty: nothing answers it).
    The assessor read the documents' sections, never the ranking or its phrasings."""
    judged = []
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if [r["question"] for r in rows] != [q.text for q in questions]:
        raise ValueError(f"{path.name} does not judge the same questions in the same order")
    for q, row in zip(questions, rows):
        relevant = [tuple(key) for key in row["relevant"]]
        judged.append(Question(q.text, relevant[0] if relevant else None, q.lines, q.state,
                               tuple(relevant[1:])))
    return judged


def run(kb: KnowledgeBase, questions: list[Question]) -> list[Result]:
    results = []
    for q in questions:
        hits, confidence = kb.assess(q.text, lines=q.lines, state=q.state, k=3)
        keys = [(h.section.document, h.section.section) for h in hits]
        rank = next((i for i, key in enumerate(keys, start=1) if key in q.relevant), None)
        results.append(Result(q, rank, confidence))
    return results


def retrieval_figures(results: list[Result]) -> dict[str, float]:
    answerable = [r for r in results if r.question.expected]
    n = len(answerable) or 1
    return {
        "hit@1": sum(r.rank == 1 for r in answerable) / n,
        "hit@3": sum(r.rank is not None for r in answerable) / n,
        "mrr": sum(1 / r.rank for r in answerable if r.rank) / n,
        "n": len(answerable),
    }


def no_answer_figures(results: list[Result], threshold: float) -> dict[str, float]:
    """'Positive' = the knowledge base declines (answer() would return None)."""
    declined = [r for r in results if r.confidence < threshold]
    unanswerable = [r for r in results if r.question.expected is None]
    answerable = [r for r in results if r.question.expected]
    true_declines = sum(r.question.expected is None for r in declined)
    answered_right = sum(r.rank == 1 and r.confidence >= threshold for r in answerable)
    return {
        "no_answer_precision": true_declines / len(declined) if declined else 1.0,
        "no_answer_recall": true_declines / len(unanswerable) if unanswerable else 1.0,
        "answered_correctly": answered_right / len(answerable) if answerable else 1.0,
        "n": len(results),
    }


# Share of unanswerable questions the threshold must decline on the data it is chosen on: the
# goal (80%) plus a margin, since a small validation split is noisy.
TARGET_NO_ANSWER_RECALL = 0.85


def choose_threshold(results: list[Result]) -> float:
    """The lowest threshold (so the most answerable questions still get an answer) that
    declines at least TARGET_NO_ANSWER_RECALL of the unanswerable questions; it sits halfway
    between the unanswerable score it must decline and the next score above it."""
    unanswerable = sorted(r.confidence for r in results if r.question.expected is None)
    if not unanswerable:
        return 0.0
    must_decline = math.ceil(TARGET_NO_ANSWER_RECALL * len(unanswerable))
    highest_declined = unanswerable[must_decline - 1]
    above = [r.confidence for r in results if r.confidence > highest_declined]
    upper = min(above) if above else highest_declined + 0.1
    return round((highest_declined + upper) / 2, 4)


def cross_validated(results: list[Result]) -> dict[str, float]:
    declined_right = declined = unanswerable = 0
    for fold in range(FOLDS):
        train = [r for r in results if r.question.fold != fold]
        test = [r for r in results if r.question.fold == fold]
        threshold = choose_threshold(train)
        declined += sum(r.confidence < threshold for r in test)
        declined_right += sum(r.confidence < threshold and r.question.expected is None for r in test)
        unanswerable += sum(r.question.expected is None for r in test)
    return {
        "no_answer_precision": declined_right / declined if declined else 1.0,
        "no_answer_recall": declined_right / unanswerable if unanswerable else 1.0,
    }


def latency_ms(kb: KnowledgeBase, questions: list[Question]) -> dict[str, float]:
    timings = []
    for _ in range(LATENCY_REPEATS):
        for q in questions:
            start = time.perf_counter()
            kb.search(q.text, lines=q.lines, state=q.state, k=3)
            timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    return {
        "p50_ms": statistics.median(timings),
        "p99_ms": timings[min(len(timings) - 1, int(len(timings) * 0.99))],
        "n": len(timings),
    }


@dataclass(frozen=True)
class QuestionSet:
    """A question file reported on its own line, apart from the evaluation set."""

    key: str
    label: str
    questions: list[Question]
    show_misses: bool = True  # False: a verification set nobody may read the misses of


def independent_halves(questions: list[Question]) -> tuple[list[Question], list[Question]]:
    """The independently written set in two fixed halves (a hash of the question decides): the
    diagnosis half may be read to find what retrieval gets wrong; the verification half is only
    ever reported as figures, so it stays a fair test of whatever the diagnosis led to."""
    diagnosis = [q for q in questions if hashlib.sha256(q.text.encode()).digest()[2] % 2 == 0]
    verification = [q for q in questions if hashlib.sha256(q.text.encode()).digest()[2] % 2 == 1]
    return diagnosis, verification


def evaluate(kb: KnowledgeBase, questions: list[Question],
             others: list[QuestionSet] = ()) -> dict[str, object]:
    results = run(kb, questions)
    validation = [r for r in results if r.question.validation]
    test = [r for r in results if not r.question.validation]
    other_results = [(qs, run(kb, qs.questions)) for qs in others]
    return {
        "documents": len(kb.documents()),
        "sections": len(kb.sections()),
        "questions": len(questions),
        "unanswerable": sum(q.expected is None for q in questions),
        "threshold": kb.threshold,
        "retrieval_all": retrieval_figures(results),
        "retrieval_test": retrieval_figures(test),
        "no_answer_test": no_answer_figures(test, kb.threshold),
        "no_answer_validation": no_answer_figures(validation, kb.threshold),
        "no_answer_cv": cross_validated(results),
        "latency": latency_ms(kb, questions),
        "others": [{"key": qs.key, "label": qs.label, "n": len(rs),
                    "retrieval": retrieval_figures(rs), "no_answer": no_answer_figures(rs, kb.threshold)}
                   for qs, rs in other_results if rs],
        "misses": [
            {"question": r.question.text, "expected": r.question.expected, "rank": r.rank,
             "confidence": round(r.confidence, 3)}
            for r in results + [r for qs, rs in other_results if qs.show_misses for r in rs]
            if (r.question.expected and r.rank != 1)
            or (r.question.expected is None and r.confidence >= kb.threshold)
        ],
    }


def goals_met(figures: dict) -> dict[str, bool]:
    return {
        "hit@1": figures["retrieval_all"]["hit@1"] >= GOALS["hit@1"],
        "hit@3": figures["retrieval_all"]["hit@3"] >= GOALS["hit@3"],
        "no_answer_recall": figures["no_answer_test"]["no_answer_recall"] >= GOALS["no_answer_recall"],
        "p99_ms": figures["latency"]["p99_ms"] < GOALS["p99_ms"],
    }


def calibrate(questions: list[Question], path: Path = THRESHOLD_FILE) -> float:
    kb = KnowledgeBase.load(threshold=0.0)
    validation = [r for r in run(kb, questions) if r.question.validation]
    threshold = choose_threshold(validation)
    path.write_text(json.dumps({
        "threshold": threshold,
        "chosen_on": f"validation split ({len(validation)} questions, "
                     f"{sum(r.question.expected is None for r in validation)} without an answer) "
                     "of knowledge/data/eval_questions.jsonl",
        "objective": f"lowest threshold declining >= {TARGET_NO_ANSWER_RECALL:.0%} of unanswerable questions",
    }, indent=2) + "\n", encoding="utf-8")
    return threshold


def report(figures: dict, verbose: bool = False) -> str:
    r_all, r_test = figures["retrieval_all"], figures["retrieval_test"]
    na_test, na_cv, lat = figures["no_answer_test"], figures["no_answer_cv"], figures["latency"]
    met = goals_met(figures)
    mark = lambda ok: "ok" if ok else "MISSED"  # noqa: E731
    lines = [
        f"Knowledge base: {figures['documents']} documents, {figures['sections']} sections",
        f"Evaluation set: {figures['questions']} questions, {figures['unanswerable']} without an answer",
        f"Retrieval, all {r_all['n']} answerable: hit@1 {r_all['hit@1']:.1%} [{mark(met['hit@1'])}]  "
        f"hit@3 {r_all['hit@3']:.1%} [{mark(met['hit@3'])}]  MRR {r_all['mrr']:.3f}",
        f"Retrieval, test split ({r_test['n']}): hit@1 {r_test['hit@1']:.1%}  "
        f"hit@3 {r_test['hit@3']:.1%}  MRR {r_test['mrr']:.3f}",
        f"No-answer threshold {figures['threshold']} (chosen on the validation split)",
        f"No-answer, test split ({na_test['n']}): precision {na_test['no_answer_precision']:.1%}  "
        f"recall {na_test['no_answer_recall']:.1%} [{mark(met['no_answer_recall'])}]  "
        f"answered correctly {na_test['answered_correctly']:.1%}",
        f"No-answer, {FOLDS}-fold cross-validated: precision {na_cv['no_answer_precision']:.1%}  "
        f"recall {na_cv['no_answer_recall']:.1%}",
        f"Search latency over {lat['n']} calls: p50 {lat['p50_ms']:.2f} ms  "
        f"p99 {lat['p99_ms']:.2f} ms [{mark(met['p99_ms'])}]",
    ]
    for other in figures["others"]:
        r, na = other["retrieval"], other["no_answer"]
        lines.append(
            f"{other['label']} ({other['n']} questions): hit@1 {r['hit@1']:.1%}  "
            f"hit@3 {r['hit@3']:.1%}  MRR {r['mrr']:.3f}  no-answer precision "
            f"{na['no_answer_precision']:.1%}  recall {na['no_answer_recall']:.1%}  "
            f"answered correctly {na['answered_correctly']:.1%}")
    if verbose:
        lines.append("Misses:")
        lines += [f"  {m}" for m in figures["misses"]]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="knowledge.evaluate", description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=Path, default=QUESTIONS_FILE)
    parser.add_argument("--holdout", type=Path, default=HOLDOUT_FILE)
    parser.add_argument("--new-holdout", type=Path, default=NEW_HOLDOUT_FILE)
    parser.add_argument("--dev", type=Path, default=DEV_FILE)
    parser.add_argument("--independent", type=Path, default=INDEPENDENT_FILE)
    parser.add_argument("--judgments", type=Path, default=JUDGMENTS_FILE)
    parser.add_argument("--calibrate", action="store_true",
                        help="choose the no-answer threshold on the validation split and store it")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--verbose", "-v", action="store_true", help="list the misses")
    args = parser.parse_args(argv)

    questions = load_questions(args.questions)
    if args.calibrate:
        print(f"no-answer threshold: {calibrate(questions)} (stored in {THRESHOLD_FILE})")
    others = []
    if args.holdout.exists():
        others.append(QuestionSet("holdout", "Holdout, written after tuning", load_questions(args.holdout)))
    if args.new_holdout.exists():
        others.append(QuestionSet("new_holdout", "New holdout, written before round 2",
                                  load_questions(args.new_holdout)))
    if args.dev.exists():
        others.append(QuestionSet("dev", "Dev, round-4 tuning questions", load_questions(args.dev)))
    if args.independent.exists():
        independent = load_questions(args.independent)
        diagnosis, verification = independent_halves(independent)
        others += [QuestionSet("independent_diagnosis", "Independent set, diagnosis half", diagnosis),
                   QuestionSet("independent_verification", "Independent set, verification half, "
                               "figures only, never read", verification, show_misses=False)]
        if args.judgments.exists():
            diagnosis, verification = independent_halves(load_judged(independent, args.judgments))
            others += [QuestionSet("independent_diagnosis_judged",
                                   "  the same, any section judged to answer it", diagnosis),
                       QuestionSet("independent_verification_judged",
                                   "  the same, any section judged to answer it", verification,
                                   show_misses=False)]
    figures = evaluate(KnowledgeBase.load(), questions, others)
    print(json.dumps(figures, indent=2) if args.json else report(figures, args.verbose))
    return 0 if all(goals_met(figures).values()) else 1


if __name__ == "__main__":
    sys.exit(main())
