"""Judging a new batch of training wordings on templates its writer never reads.

    python -m intents.rounds errors [--out FILE]          # what a writer reads
    python -m intents.rounds judge [--save F] [--compare F]   # how a batch is judged

Train-only batches (datagen/batch6.py ...) are written after reading cross-validation errors, and
scoring a batch on the messages whose errors were read flatters it: the ninth batch gained 0.007
in-scope accuracy there and lost 0.004 on the test split (intents/README.md). So the templates of
train+valid are split once, by a hash of their source, into analysis templates (four in five) and
judge templates (one in five):

* `errors` cross-validates on the analysis templates only (folds by template, train-only batch
  rows always training) and writes every out-of-fold prediction there, errors first: that file is
  what a writer reads. Judge messages are neither trained on nor written.
* `judge` trains on everything but the judge templates and scores the judge messages, printing
  figures only (never a message). Run it before a batch (--save) and after (--compare).

Neither reads the test or independent splits. Plain argmax, no thresholds, shipped settings.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

from . import config as ea_config
from . import dataset
from .evaluate import intent_summary, per_label_prf
from .labels import INTENT_LABELS
from .textcat import LinearIntentModel

JUDGE_EVERY = 5  # one template in five is a judge template


def is_train_only(example: dataset.Example) -> bool:
    """Rows of extra.py and the train-only batches (sources "extra:", "extra6:" ...)."""
    return example.source.startswith("extra")


def is_judge(example: dataset.Example) -> bool:
    """Stable across regenerations: a template's source id comes from its wording."""
    if is_train_only(example):
        return False
    return int(hashlib.sha256(example.source.encode()).hexdigest()[:8], 16) % JUDGE_EVERY == 0


def out_of_fold(rows: list[dataset.Example], settings: dict, folds: int, seed: int) -> list[dict]:
    """Out-of-fold predictions for the analysis rows of `rows` (judge rows dropped first)."""
    rows = [r for r in rows if not is_judge(r)]
    sources = sorted({r.source for r in rows if not is_train_only(r)})
    fold_of = dict(zip(sources, np.random.default_rng(seed).permutation(len(sources)) % folds))
    predictions = []
    for k in range(folds):
        train = [r for r in rows if is_train_only(r) or fold_of[r.source] != k]
        held = [r for r in rows if not is_train_only(r) and fold_of[r.source] == k]
        model = LinearIntentModel(INTENT_LABELS, **settings).fit([r.text for r in train],
                                                                [r.intent for r in train])
        for r, p in zip(held, model.predict_proba([r.text for r in held])):
            best, second = np.argsort(-p)[:2]
            predictions.append({"gold": r.intent, "pred": model.labels[best], "p": round(float(p[best]), 3),
                                "second": model.labels[second], "source": r.source, "text": r.text})
    predictions.sort(key=lambda d: (d["gold"] == d["pred"], d["gold"], d["pred"]))
    return predictions


def judge(rows: list[dataset.Example], settings: dict) -> dict:
    """Figures of a model trained on all but the judge templates, on the judge messages."""
    train = [r for r in rows if not is_judge(r)]
    held = [r for r in rows if is_judge(r)]
    model = LinearIntentModel(INTENT_LABELS, **settings).fit([r.text for r in train], [r.intent for r in train])
    gold = [r.intent for r in held]
    pred = [model.labels[i] for i in model.predict_proba([r.text for r in held]).argmax(axis=1)]
    return {"messages": len(held), "summary": intent_summary(gold, pred),
            "f1": {label: f for label, (_, _, f, _) in per_label_prf(gold, pred, INTENT_LABELS).items()}}


def compare_lines(before: dict, after: dict, moved: float = 0.005) -> list[str]:
    lines = [f"  {key:<20} {before['summary'][key]:.3f} -> {after['summary'][key]:.3f}"
             for key in after["summary"]]
    lines += [f"  F1 {label:<17} {before['f1'][label]:.3f} -> {f:.3f}"
              for label, f in after["f1"].items() if abs(f - before["f1"].get(label, 0.0)) > moved]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m intents.rounds", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("errors", help="out-of-fold predictions on the analysis templates, errors first")
    p.add_argument("--out", type=Path, default=Path("reports/round_errors.jsonl"))
    p = sub.add_parser("judge", help="figures on the judge templates (no message is printed)")
    p.add_argument("--save", type=Path, help="write the figures to this JSON file")
    p.add_argument("--compare", type=Path, help="a file written by --save before the batch")
    args = parser.parse_args(argv)

    cfg = ea_config.load()
    rows = dataset.load_split("train", cfg) + dataset.load_split("valid", cfg)
    if args.command == "errors":
        predictions = out_of_fold(rows, ea_config.classifier_settings(cfg), cfg["calibration"]["cv_folds"],
                                  cfg["corpus"]["seed"])
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in predictions),
                            encoding="utf-8")
        wrong = Counter((d["gold"], d["pred"]) for d in predictions if d["gold"] != d["pred"])
        print(f"{len(predictions)} analysis messages, {sum(wrong.values())} wrong; most confused:")
        for (gold, pred), n in wrong.most_common(10):
            print(f"  {n:4d}  {gold} -> {pred}")
        print(f"every prediction, errors first: {args.out.resolve()}")
        return 0
    figures = judge(rows, ea_config.classifier_settings(cfg))
    print(f"judge templates: {figures['messages']} messages")
    if args.compare:
        before = json.loads(args.compare.read_text())
        print("\n".join(compare_lines(before, figures)))
    else:
        for key, value in figures["summary"].items():
            print(f"  {key:<20} {value:.3f}")
    if args.save:
        args.save.parent.mkdir(parents=True, exist_ok=True)
        args.save.write_text(json.dumps(figures, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
