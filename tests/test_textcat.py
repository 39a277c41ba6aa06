"""intents/textcat.py: the perceptron's word dropout drops whole words (their fragments and
bigrams with them), training with it is still the same on every run, and the fast featurizer
gives the bits of the simple one."""

from itertools import combinations

import numpy as np

from intents import dataset
from intents.textcat import Featurizer, LinearIntentModel, WordDropout

TEXTS = ["please change our billing mode to monthly", "refund for the overpaid premium",
         "add my new baby to dependent coverage", "reinstate the lapsed policy", "hello"]


def fitted() -> Featurizer:
    return Featurizer().fit(TEXTS * 2 + ["billing premium policy coverage"], min_df=1)


def row(matrix, i) -> dict[int, float]:
    r = matrix.getrow(i)
    return dict(zip(r.indices.tolist(), r.data.tolist()))


def close(a: dict[int, float], b: dict[int, float]) -> bool:
    return a.keys() == b.keys() and all(abs(a[k] - b[k]) < 1e-6 for k in a)


def test_keeping_every_word_gives_the_plain_features():
    featurizer = fitted()
    plain = featurizer.matrix(TEXTS)
    kept = WordDropout(featurizer, TEXTS, 0.0).matrix(np.random.default_rng(0))
    assert all(close(row(plain, i), row(kept, i)) for i in range(len(TEXTS)))


def test_a_dropped_word_takes_its_fragments_and_bigrams_with_it():
    featurizer = fitted()
    dropout = WordDropout(featurizer, TEXTS, 0.5)
    rng = np.random.default_rng(7)
    for _ in range(5):
        dropped = dropout.matrix(rng)
        for i, text in enumerate(TEXTS):
            words = text.split()
            # the row is exactly the features of some non-empty subsequence of the words
            candidates = [" ".join(kept) for n in range(1, len(words) + 1) for kept in combinations(words, n)]
            assert any(close(row(dropped, i), row(featurizer.matrix([c]), 0)) for c in candidates), text
        assert dropped.getrow(4).nnz > 0  # a one-word message always keeps its word


def test_training_with_word_dropout_is_the_same_on_every_run():
    rows = dataset.load_split("valid")[:400]
    texts, labels = [r.text for r in rows], [r.intent for r in rows]
    names = sorted(set(labels))
    settings = {"hidden": 16, "mlp_epochs": 2, "max_iter": 20, "min_df": 1, "seed": 3}
    runs = [LinearIntentModel(names, mlp_word_dropout=p, **settings).fit(texts, labels) for p in (0.3, 0.3, 0.0)]
    assert all(np.array_equal(a, b) for a, b in zip(runs[0].mlp, runs[1].mlp))
    assert not np.array_equal(runs[0].mlp[0], runs[2].mlp[0])  # the setting is not ignored


def scalar_vector(featurizer: Featurizer, text: str) -> tuple[np.ndarray, np.ndarray]:
    """The featurizer as first written, one feature at a time: what the shipped model was trained
    on. Featurizer.vector is a faster rewrite and must give the same bits."""
    import math

    cols, vals = [], []
    for block in featurizer.blocks(text):
        start = len(cols)
        for feat, count in block.items():
            i = featurizer.index.get(feat)
            if i is not None:
                cols.append(i)
                vals.append((1 + math.log(count)) * featurizer.idf[i])
        norm = math.sqrt(sum(v * v for v in vals[start:])) or 1.0
        vals[start:] = [v / norm / math.sqrt(2) for v in vals[start:]]
    return np.array(cols, dtype=np.int64), np.array(vals, dtype=np.float32)


def test_the_fast_featurizer_gives_the_bits_of_the_one_feature_at_a_time_version():
    from intents.nlu import NLU

    featurizer = NLU.load().classifier.featurizer
    texts = [r.text for r in dataset.load_split("valid_fresh")[:300]]
    texts += ["", "!!!", "emp #2291 bi wkly CI/DI", "<b>x</b>' OR 1=1 --", "zzkt blorf " * 300]
    for text in texts * 2:  # the second pass reads the memoised n-gram columns
        fast, slow = featurizer.vector(text), scalar_vector(featurizer, text)
        assert np.array_equal(fast[0], slow[0]) and fast[1].tobytes() == slow[1].tobytes(), text[:60]
