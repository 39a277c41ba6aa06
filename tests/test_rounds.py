"""intents/rounds.py: a data round's writer never sees, and its model never trains on, the judge
templates; train-only batch rows always train."""

import json

from intents import dataset, rounds
from intents.labels import INTENT_LABELS

# a small, fast model: the split is under test here, not accuracy
FAST = {"char_ngrams": [2, 4], "word_ngrams": 1, "min_df": 1, "l2": 1e-4, "max_iter": 30, "hidden": 0}


def sample_rows() -> list[dataset.Example]:
    """Every intent, judge and analysis templates and train-only rows, a few hundred messages."""
    rows = dataset.load_split("train") + dataset.load_split("valid")
    picked, per_kind = [], {}
    for r in rows:
        kind = (r.intent, rounds.is_judge(r), rounds.is_train_only(r))
        if per_kind.get(kind, 0) < 4:
            per_kind[kind] = per_kind.get(kind, 0) + 1
            picked.append(r)
    return picked


def test_judge_templates_are_a_stable_fifth_and_never_train_only_rows():
    rows = dataset.load_split("train") + dataset.load_split("valid")
    templates = {r.source for r in rows if not rounds.is_train_only(r)}
    judged = {r.source for r in rows if rounds.is_judge(r)}
    assert 0.15 < len(judged) / len(templates) < 0.25
    assert not any(rounds.is_judge(r) for r in rows if r.source.startswith("extra"))
    # a template's messages are all judge or all analysis, so no wording straddles the two
    for source in judged:
        assert all(rounds.is_judge(r) for r in rows if r.source == source)


def test_errors_file_holds_every_analysis_message_and_no_judge_message():
    rows = sample_rows()
    predictions = rounds.out_of_fold(rows, FAST, folds=3, seed=1)
    written = [(d["text"], d["source"]) for d in predictions]
    analysis = [(r.text, r.source) for r in rows if not rounds.is_judge(r) and not rounds.is_train_only(r)]
    assert sorted(written) == sorted(analysis)
    assert not {r.text for r in rows if rounds.is_judge(r)} & {t for t, _ in written}
    # errors come first, so a writer reading from the top reads the errors
    right = [d["gold"] == d["pred"] for d in predictions]
    assert right == sorted(right)
    assert all(d["pred"] in INTENT_LABELS and d["second"] in INTENT_LABELS for d in predictions)


def test_judge_scores_exactly_the_judge_messages_and_compares(tmp_path):
    rows = sample_rows()
    figures = rounds.judge(rows, FAST)
    assert figures["messages"] == sum(rounds.is_judge(r) for r in rows) > 0
    assert 0.0 <= figures["summary"]["in_scope_accuracy"] <= 1.0
    saved = tmp_path / "before.json"
    saved.write_text(json.dumps(figures))
    worse = json.loads(saved.read_text())
    worse["summary"] = {k: v - 0.1 for k, v in worse["summary"].items()}
    lines = rounds.compare_lines(worse, figures)
    assert any(line.split()[0] == "in_scope_accuracy" and "->" in line for line in lines)
