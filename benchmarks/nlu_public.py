"""The intent classifier on public benchmarks, beside the published figures.

    python benchmarks/nlu_public.py                    # our architecture on all three
    python benchmarks/nlu_public.py --arch spacy_bow   # spaCy's TextCatBOW, for comparison
    python benchmarks/nlu_public.py --arch ea_linear   # the linear model alone (no perceptron)
    python benchmarks/nlu_public.py --datasets banking77
    python benchmarks/nlu_public.py --valid            # validation figures, for choosing settings

Trains on each dataset's train split with the settings of intents/config.cfg and evaluates on
its test split. With --valid it never reads a test split: BANKING77 and HWU64 train on a fixed,
stratified 90% of train and are scored on the other 10%; CLINC150 is scored on its val split.
CLINC150 (full): a 151st "oos" class is trained (Larson et al.'s oos-train, weighted by the
shipped `oos_weight` like out_of_scope) and an out-of-scope probability threshold, and
separately a shift of the oos log-probability (the calibrated per-class bias intents/train.py
applies to out_of_scope), are chosen on the validation split, never on test.
Datasets are read from ../shared/datasets beside the repository.
"""

from __future__ import annotations

import sys as _sys
from pathlib import Path as _Path

# run from the repository root, not benchmarks/ (benchmarks/email.py would shadow the stdlib)
_sys.path[0] = str(_Path(__file__).resolve().parents[1])

import argparse
import csv
import json
import random
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]

from intents import config as ea_config  # noqa: E402
from intents.textcat import LinearIntentModel  # noqa: E402

DATASETS = REPO.parent / "shared" / "datasets"

# From shared/datasets/PUBLISHED.md (full training data, test split).
PUBLISHED = {
    "banking77": [("BERT-tuned, Casanueva 2020 [secondary]", "93.66"),
                  ("USE+ConveRT, Casanueva 2020 [secondary]", "93.36")],
    "clinc150": [("BERT oos-train, Larson 2019", "96.9 / 40.3"),
                 ("BERT oos-threshold, Larson 2019", "96.2 / 52.3"),
                 ("MLP (USE) oos-train, Larson 2019", "93.5 / 47.4"),
                 ("SVM bag-of-words oos-train, Larson 2019", "91.0 / 14.5"),
                 ("Rasa spacy-sklearn oos-train, Larson 2019", "91.5 / 45.3"),
                 ("FastText oos-train, Larson 2019", "89.0 / 9.7")],
    "hwu64": [("full-data figures", "not found in stored sources (PUBLISHED.md §2)")],
}


# --------------------------------------------------------------------------- data
def read_csv(path: Path) -> list[tuple[str, str]]:
    with path.open(newline="", encoding="utf-8") as f:
        return [(row["text"], row["category"]) for row in csv.DictReader(f)]


def holdout(rows: list[tuple[str, str]], share: float = 0.1, seed: int = 0):
    """(the rest, a fixed stratified `share` of every label) of a training split."""
    rng = np.random.default_rng(seed)
    by_label: dict[str, list[int]] = {}
    for i, (_, label) in enumerate(rows):
        by_label.setdefault(label, []).append(i)
    held = set()
    for label in sorted(by_label):
        idx = by_label[label]
        held.update(rng.permutation(idx)[:max(1, round(len(idx) * share))].tolist())
    return [r for i, r in enumerate(rows) if i not in held], [r for i, r in enumerate(rows) if i in held]


def load(name: str, valid: bool = False) -> dict[str, list[tuple[str, str]]]:
    """train and test splits (with valid=True: train and validation splits, under the same names,
    so nothing downstream can reach the test split)."""
    if name in ("banking77", "hwu64"):
        train = read_csv(DATASETS / name / "train.csv")
        if valid:
            rest, held = holdout(train)
            return {"train": rest, "test": held}
        return {"train": train, "test": read_csv(DATASETS / name / "test.csv")}
    if name == "clinc150":
        data = json.loads((DATASETS / "clinc150" / "data_full.json").read_text())
        pairs = lambda key: [(t, l) for t, l in data[key]]  # noqa: E731
        train, val = pairs("train") + pairs("oos_train"), pairs("val") + pairs("oos_val")
        if valid:  # the shift / threshold are then chosen on the scored split itself
            return {"train": train, "valid": val, "test": val}
        return {"train": train, "valid": val, "test": pairs("test") + pairs("oos_test")}
    raise SystemExit(f"unknown dataset {name}")


# --------------------------------------------------------------------------- architectures
class EaTfidf:
    """The shipped architecture (intents/textcat.py) with the shipped settings. CLINC150's "oos"
    class gets the shipped out_of_scope weight (`oos_weight`)."""

    overrides: dict = {}

    def __init__(self, labels: list[str]):
        settings = ea_config.classifier_settings()
        settings.update(self.overrides)
        # CLINC150's out-of-scope class is "oos"; it gets the weight the product gives out_of_scope
        self.model = LinearIntentModel(labels, **settings, **({"oos_label": "oos"} if "oos" in labels else {}))

    def fit(self, texts, labels):
        self.model.fit(texts, labels)
        return self

    def predict_proba(self, texts) -> np.ndarray:
        return self.model.predict_proba(texts)


class SpacyBow:
    """spaCy's own bag-of-words textcat (spacy.TextCatBOW.v3, unigrams+bigrams), for comparison."""

    def __init__(self, labels: list[str], epochs: int = 10, seed: int = 0):
        import spacy
        from spacy.util import fix_random_seed

        fix_random_seed(seed)
        self.labels, self.epochs, self.seed = labels, epochs, seed
        self.nlp = spacy.blank("en")
        self.textcat = self.nlp.add_pipe("textcat", config={"model": {
            "@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": True, "ngram_size": 2,
            "no_output_layer": False, "length": 262144}})

    def fit(self, texts, labels):
        from spacy.training import Example
        from spacy.util import minibatch

        def example(text, label):
            return Example.from_dict(self.nlp.make_doc(text), {"cats": {l: float(l == label) for l in self.labels}})

        examples = [example(t, l) for t, l in zip(texts, labels)]
        optimizer = self.nlp.initialize(lambda: examples)
        rng = random.Random(self.seed)
        for _ in range(self.epochs):
            rng.shuffle(examples)
            for batch in minibatch(examples, size=32):
                self.nlp.update(batch, sgd=optimizer)
        return self

    def predict_proba(self, texts) -> np.ndarray:
        return np.array([[doc.cats[l] for l in self.labels] for doc in self.nlp.pipe(texts)])


class EaLinear(EaTfidf):
    """The shipped settings without the perceptron: the linear model alone."""

    overrides = {"hidden": 0}


ARCHITECTURES = {"ea_tfidf": EaTfidf, "ea_linear": EaLinear, "spacy_bow": SpacyBow}


# --------------------------------------------------------------------------- runs
def accuracy(probs: np.ndarray, labels: list[str], gold: list[str]) -> float:
    return float(np.mean([labels[i] == g for i, g in zip(probs.argmax(axis=1), gold)]))


def in_scope_and_oos(pred: list[str], gold: list[str]) -> tuple[float, float]:
    """(in-scope accuracy, oos recall)."""
    in_scope = [p == g for p, g in zip(pred, gold) if g != "oos"]
    oos = [p == g for p, g in zip(pred, gold) if g == "oos"]
    return float(np.mean(in_scope)), float(np.mean(oos))


def clinc_scores(probs: np.ndarray, labels: list[str], gold: list[str], threshold: float) -> tuple[float, float]:
    """(in-scope accuracy, oos recall) with predictions below `threshold` turned into oos."""
    pred = [labels[i] if p[i] >= threshold else "oos" for p, i in zip(probs, probs.argmax(axis=1))]
    return in_scope_and_oos(pred, gold)


def clinc_bias_scores(probs: np.ndarray, labels: list[str], gold: list[str], shift: float) -> tuple[float, float]:
    """(in-scope accuracy, oos recall) with the oos log-probability raised by `shift` before the
    argmax (a calibrated per-class bias, as intents/train.py does for out_of_scope)."""
    z = np.log(probs + 1e-12)
    z[:, labels.index("oos")] += shift
    return in_scope_and_oos([labels[i] for i in z.argmax(axis=1)], gold)


def run(name: str, arch: str, valid: bool = False) -> list[str]:
    data = load(name, valid)
    labels = sorted({l for _, l in data["train"]})
    started = time.perf_counter()
    model = ARCHITECTURES[arch](labels).fit([t for t, _ in data["train"]], [l for _, l in data["train"]])
    fit_s = time.perf_counter() - started
    test_probs = model.predict_proba([t for t, _ in data["test"]])
    gold = [l for _, l in data["test"]]
    lines = [f"{name} ({len(data['train'])} train / {len(data['test'])} {'VALIDATION' if valid else 'test'}, "
             f"{len(labels)} labels), {arch}, trained in {fit_s:.0f}s"]
    if name != "clinc150":
        lines.append(f"  ours: accuracy {100 * accuracy(test_probs, labels, gold):.2f}")
    else:
        plain = clinc_scores(test_probs, labels, gold, 0.0)
        # threshold with the best overall accuracy on validation (oos counted as a class)
        valid_probs = model.predict_proba([t for t, _ in data["valid"]])
        valid_gold = [l for _, l in data["valid"]]
        best = max(np.round(np.arange(0.0, 0.91, 0.02), 2), key=lambda t: (
            lambda s, n_in, n_oos: (s[0] * n_in + s[1] * n_oos) / (n_in + n_oos))(
                clinc_scores(valid_probs, labels, valid_gold, float(t)),
                sum(g != "oos" for g in valid_gold), sum(g == "oos" for g in valid_gold)))
        tuned = clinc_scores(test_probs, labels, gold, float(best))
        # oos logit shift with the best overall accuracy on validation (oos counted as a class)
        n_in, n_oos = sum(g != "oos" for g in valid_gold), sum(g == "oos" for g in valid_gold)
        shift = max(np.round(np.arange(-1.0, 6.01, 0.1), 2), key=lambda b: (
            round((lambda s: (s[0] * n_in + s[1] * n_oos) / (n_in + n_oos))(
                clinc_bias_scores(valid_probs, labels, valid_gold, float(b))), 9), -abs(b)))
        shifted = clinc_bias_scores(test_probs, labels, gold, float(shift))
        lines.append(f"  ours, oos-train: in-scope accuracy {100 * plain[0]:.2f} / oos recall {100 * plain[1]:.1f}")
        lines.append(f"  ours, oos-train + threshold {best:.2f} (from validation): "
                     f"in-scope accuracy {100 * tuned[0]:.2f} / oos recall {100 * tuned[1]:.1f}")
        lines.append(f"  ours, oos-train + oos bias {shift:+.1f} (from validation): "
                     f"in-scope accuracy {100 * shifted[0]:.2f} / oos recall {100 * shifted[1]:.1f}")
    for who, figure in [] if valid else PUBLISHED[name]:
        lines.append(f"  published: {who}: {figure}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--arch", choices=sorted(ARCHITECTURES), default="ea_tfidf")
    parser.add_argument("--datasets", nargs="+", default=["banking77", "clinc150", "hwu64"])
    parser.add_argument("--valid", action="store_true",
                        help="score on validation data (held-out 10%% of train, CLINC150's val), never test")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    for name in args.datasets:
        for line in run(name, args.arch, args.valid):
            print(line, flush=True)
    print(f"total {time.perf_counter() - started:.0f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
