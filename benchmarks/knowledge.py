"""Knowledge-base figures: the evaluation report, then an ablation of the ranking choices.

    python benchmarks/knowledge.py            # evaluation report + ablation
    python benchmarks/knowledge.py --no-ablation

The ablation scores each ranking variant on the *validation* split (hit@1, hit@3, and the
no-answer balanced accuracy and precision at the threshold chosen for that variant) and on the
dev questions (knowledge/data/eval_dev.jsonl: hit@1, hit@3, and the no-answer balanced accuracy
at the validation threshold). The round-1 defaults in knowledge.retrieval.RankingConfig were
picked on the whole evaluation set; the round-2 ones (b, rapidfuzz phrasing weights, confidence)
and round-3 ones (typo correction against the documents' words as written, document meta-words
neutral in the confidence) on this validation split alone; the round-4 ones (section centroids
fused with BM25, the state-document prior, the fused confidence) on the validation split and the
dev questions, which were written for that round from the documents' topics; the round-5 one (k1
0.9: a word repeated in a section, such as "bill" or "employee", saturates sooner) on those and on
the diagnosis half of the independent set; the round-6 ones (training questions, the section model
as softmax regression with a class for unanswerable questions) on the same three. The test split,
the two holdout lines and the independent set's verification half are the honest figures.
"""
from __future__ import annotations

import sys as _sys
from pathlib import Path as _Path

# run from the repository root, not benchmarks/ (benchmarks/email.py would shadow the stdlib)
_sys.path[0] = str(_Path(__file__).resolve().parents[1])

import sys
from dataclasses import replace


from knowledge import evaluate  # noqa: E402
from knowledge.documents import load_documents  # noqa: E402
from knowledge.retrieval import KnowledgeBase, RankingConfig, read_training_questions  # noqa: E402

BASE = RankingConfig()
VARIANTS: dict[str, RankingConfig] = {
    "chosen": BASE,
    "no typo correction": replace(BASE, typo_cutoff=None),
    "typo cutoff 75": replace(BASE, typo_cutoff=75.0),
    "heading weight 1": replace(BASE, heading_weight=1),
    "heading weight 3": replace(BASE, heading_weight=3),
    "no document score": replace(BASE, doc_weight=0.0),
    "document score 0.5": replace(BASE, doc_weight=0.5),
    "document score 2": replace(BASE, doc_weight=2.0),
    "no stemming": replace(BASE, stemming=False),
    "stemming": replace(BASE, stemming=True),
    "no heading field": replace(BASE, heading_field=0.0),
    "heading field 0.3": replace(BASE, heading_field=0.3),
    "heading field 0.6": replace(BASE, heading_field=0.6),
    "bigrams": replace(BASE, bigrams=True),
    "no asked phrasings": replace(BASE, asked_weight=0),
    "asked phrasings x2": replace(BASE, asked_weight=2),
    "k1 0.9 b 0.4": replace(BASE, k1=0.9, b=0.4),
    "k1 1.5 b 0.9": replace(BASE, k1=1.5, b=0.9),
    "b 0.75 (round 1)": replace(BASE, b=0.75),
    "no phrasing fuzz": replace(BASE, fuzz_set_weight=0.0, fuzz_sort_weight=0.0),
    "fuzz token_set only": replace(BASE, fuzz_sort_weight=0.0),
    "fuzz token_sort only": replace(BASE, fuzz_set_weight=0.0),
    "fuzz weights 1.0": replace(BASE, fuzz_set_weight=1.0, fuzz_sort_weight=1.0),
    "round 1 ranking": replace(BASE, b=0.75, fuzz_set_weight=0.0, fuzz_sort_weight=0.0),
    "conf: top score only": replace(BASE, known_power=0.0),
    "conf: known share ^2": replace(BASE, known_power=2.0),
    "round 1 (rank + conf)": replace(BASE, b=0.75, fuzz_set_weight=0.0, fuzz_sort_weight=0.0,
                                     known_power=0.0),
    # round 3, measured on the validation split only
    "typo: lemmas only (r2)": replace(BASE, typo_surface=False),
    "typo: edit distance": replace(BASE, typo_max_edits=2),
    "typo: fix real words": replace(BASE, typo_known_edits=1),
    "meta-words counted (r2)": replace(BASE, meta_words="off"),
    "meta-words dropped": replace(BASE, meta_words="drop"),
    "conf: IDF known share": replace(BASE, known_idf=True),
    "fusion: RRF k=10": replace(BASE, fusion="rrf", rrf_k=10.0),
    "fusion: RRF k=60": replace(BASE, fusion="rrf", rrf_k=60.0),
    "asked field 0.2": replace(BASE, asked_field=0.2),
    "round 2": replace(BASE, typo_surface=False, meta_words="off"),
    # round 4, measured on the validation split and the dev questions
    "no section model": replace(BASE, classifier_weight=0.0),
    "section model 0.5": replace(BASE, classifier_weight=0.5),
    "section model 1.5": replace(BASE, classifier_weight=1.5),
    "section model: no sentences": replace(BASE, classifier_sentences=False),
    "section model: no pairs": replace(BASE, classifier_bigrams=False),
    "section model: rank fusion": replace(BASE, classifier_fusion="rank", classifier_weight=0.3),
    "section model: centroids": replace(BASE, classifier_method="centroid", classifier_weight=1.0,
                                        no_answer_class=False),
    "conf: without the model": replace(BASE, classifier_in_confidence=False),
    "no state prior": replace(BASE, state_bonus=0.0, state_penalty=0.0),
    "state penalty 0.3": replace(BASE, state_penalty=0.3),
    "round 3": replace(BASE, classifier_weight=0.0, state_bonus=0.0, state_penalty=0.0),
    # round 5, measured on the validation split, the dev questions and the diagnosis half of the
    # independent set (knowledge.evaluate.independent_halves; its verification half never)
    "k1 1.2 (round 4)": replace(BASE, k1=1.2),
    "k1 0.7": replace(BASE, k1=0.7),
    # round 6 (2,853 training questions and 812 that no section answers, knowledge/data/
    # train_questions.jsonl), measured on the validation split, the dev questions and the
    # diagnosis half
    "round 5 section model": replace(BASE, classifier_method="centroid", classifier_weight=1.0,
                                     training_questions="off", no_answer_class=False),
    "no training questions": replace(BASE, training_questions="off"),
    "no unanswerable class": replace(BASE, no_answer_class=False),
    "unanswerable class ^2": replace(BASE, no_answer_power=2.0),
    "training q. as phrasings": replace(BASE, training_questions="phrases"),
    "section model 2": replace(BASE, classifier_weight=2.0),
    "section model 4": replace(BASE, classifier_weight=4.0),
    "section model: term pairs": replace(BASE, classifier_bigrams=True),
    "section model l2 1e-4": replace(BASE, classifier_l2=1e-4),
    "section model l2 1e-5": replace(BASE, classifier_l2=1e-5),
    "conf: known share ^1": replace(BASE, known_power=1.0),
}


def balanced_accuracy(results: list[evaluate.Result], threshold: float) -> float:
    answerable = [r for r in results if r.question.expected]
    unanswerable = [r for r in results if r.question.expected is None]
    declined = sum(r.confidence < threshold for r in unanswerable) / len(unanswerable)
    answered = sum(r.confidence >= threshold for r in answerable) / len(answerable)
    return (declined + answered) / 2


def ablation(questions: list[evaluate.Question], dev: list[evaluate.Question]) -> str:
    validation = [q for q in questions if q.validation]
    documents = load_documents()
    training = read_training_questions()
    rows = [f"Ablation on the validation split ({len(validation)} questions) and the dev "
            f"questions ({len(dev)}):",
            f"  {'variant':<28} {'hit@1':>6} {'hit@3':>6} {'no-ans bal.acc':>15} {'no-ans prec':>12}"
            f" {'dev hit@1':>10} {'dev hit@3':>10} {'dev bal.acc':>12}"]
    seen: set[RankingConfig] = set()
    for name, config in VARIANTS.items():
        if config in seen and name != "chosen":
            continue  # a variant equal to the chosen defaults adds nothing
        seen.add(config)
        kb = KnowledgeBase(documents, threshold=0.0, config=config, training=training)
        results = evaluate.run(kb, validation)
        figures = evaluate.retrieval_figures(results)
        threshold = evaluate.choose_threshold(results)
        accuracy = balanced_accuracy(results, threshold)
        precision = evaluate.no_answer_figures(results, threshold)["no_answer_precision"]
        dev_results = evaluate.run(kb, dev)
        dev_figures = evaluate.retrieval_figures(dev_results)
        rows.append(f"  {name:<28} {figures['hit@1']:>6.1%} {figures['hit@3']:>6.1%} "
                    f"{accuracy:>15.1%} {precision:>12.1%} {dev_figures['hit@1']:>10.1%} "
                    f"{dev_figures['hit@3']:>10.1%} {balanced_accuracy(dev_results, threshold):>12.1%}")
    return "\n".join(rows)


def main(argv: list[str]) -> int:
    status = evaluate.main([a for a in argv if a != "--no-ablation"])
    if "--no-ablation" not in argv:
        print()
        print(ablation(evaluate.load_questions(), evaluate.load_questions(evaluate.DEV_FILE)))
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
