"""Intent classifier: TF-IDF word + character n-grams into an ensemble of a softmax
(multinomial logistic) regression and a one-hidden-layer perceptron, as a spaCy pipeline
component ("ea_intent_classifier").

Why not spaCy's own textcat: on our valid split (wordings training never saw) the linear model
alone was right on 87.2% of messages against 72.8% for spacy.TextCatBOW.v3 (unigrams+bigrams,
10 epochs; see benchmarks/nlu_public.py --arch spacy_bow), trains in seconds with a deterministic
optimiser (L-BFGS, so `train` rebuilds the model bit for bit) and answers in about a millisecond.
Character n-grams make it robust to the typos and abbreviations employers write ("bi wkly",
"reinstatment").

The perceptron (ReLU hidden layer on the same sparse features, Adam with a seeded example order,
so still bit for bit) learns feature conjunctions the linear model cannot; the two disagree on
enough messages that averaging their log-probabilities beats either: 5-fold CV in-scope accuracy
0.870 -> 0.880, BANKING77 test 92.0 -> 92.8 (numbers in config.cfg). `hidden = 0` in config.cfg
gives the linear model alone. In training the perceptron sees every message with some words
dropped (WordDropout) and some features dropped, so it cannot lean on one word of a template.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from functools import lru_cache
from itertools import chain
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np
from scipy import optimize, sparse
from spacy.language import Language
from spacy.tokens import Doc
from threadpoolctl import threadpool_limits

MAX_CHARS = 3000  # long emails: the request is near the top; the rest only costs time

# Numbers say little about the intent, their kind says a lot: a 10-digit policy number, a
# group number and an amount become placeholder words.
_PLACEHOLDERS = (
    (re.compile(r"(?<!\d)\d{10}(?!\d)"), " policynum "),
    (re.compile(r"\b[gG]-?\d{4,6}\b"), " groupnum "),
    (re.compile(r"\$\s?[\d,]+(?:\.\d+)?k?"), " moneyamt "),
    (re.compile(r"\d"), "0"),
)
_SQRT2 = np.float32(math.sqrt(2))  # each of the two blocks is scaled to norm 1/sqrt(2)
_WORD_RE = re.compile(r"[a-z0]+(?:'[a-z]+)?|[^\sa-z0]")


def words_of(text: str) -> list[str]:
    text = text[:MAX_CHARS].lower()
    for pattern, replacement in _PLACEHOLDERS:
        text = pattern.sub(replacement, text)
    return _WORD_RE.findall(text)


@lru_cache(maxsize=65536)
def _char_gram_seq(word: str, lo: int, hi: int) -> tuple[str, ...]:
    """The character n-grams of one word, repeats included, shortest first (memoised: building
    them was most of the time a message took, and employers reuse the same few thousand words)."""
    padded = f"<{word}>"
    return tuple("c " + padded[i:i + n] for n in range(lo, hi + 1) for i in range(len(padded) - n + 1))


class Featurizer:
    """Text -> sparse TF-IDF vector: word uni/bigrams and character n-grams inside words,
    each block L2-normalised so short and long messages weigh the same."""

    def __init__(self, char_ngrams: tuple[int, int] = (2, 5), word_ngrams: int = 2):
        self.char_ngrams = char_ngrams
        self.word_ngrams = word_ngrams
        self.index: dict[str, int] = {}
        self.idf = np.zeros(0, dtype=np.float32)
        self._cache_index: dict[str, int] | None = None  # the index _char_columns was built for
        self._char_columns: dict[str, tuple[int, ...]] = {}

    def blocks(self, text: str) -> tuple[Counter[str], Counter[str]]:
        words = words_of(text)
        alnum = [w for w in words if w[0].isalnum()]
        lo, hi = self.char_ngrams
        # one Counter over all words' n-grams: counted in C, same keys in the same order as
        # adding the words one by one
        char_feats = Counter(chain.from_iterable(_char_gram_seq(w, lo, hi) for w in alnum))
        return self._word_block(words, alnum), char_feats

    def _word_block(self, words: list[str], alnum: list[str]) -> Counter[str]:
        word_feats: Counter[str] = Counter("w " + w for w in alnum)
        for n in range(2, self.word_ngrams + 1):
            word_feats.update("w " + " ".join(words[i:i + n]) for i in range(len(words) - n + 1))
        return word_feats

    def _known_char_grams(self, word: str) -> tuple[int, ...]:
        """Columns of the word's character n-grams that have one, repeats included, in
        _char_gram_seq's order (memoised per index: looking up every n-gram of every word was
        the larger part of featurising a long e-mail)."""
        if self._cache_index is not self.index or len(self._char_columns) >= 65536:
            self._cache_index, self._char_columns = self.index, {}
        columns = self._char_columns.get(word)
        if columns is None:
            get = self.index.get
            columns = tuple(i for i in map(get, _char_gram_seq(word, *self.char_ngrams)) if i is not None)
            self._char_columns[word] = columns
        return columns

    def fit(self, texts: Sequence[str], min_df: int = 2) -> "Featurizer":
        df: Counter[str] = Counter()
        for text in texts:
            words, chars = self.blocks(text)
            df.update(words.keys())
            df.update(chars.keys())
        kept = sorted(f for f, count in df.items() if count >= min_df)
        self.index = {f: i for i, f in enumerate(kept)}
        n = len(texts)
        self.idf = np.array([math.log((1 + n) / (1 + df[f])) + 1 for f in kept], dtype=np.float32)
        return self

    def vector(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """Column indices and values of one text's feature vector.

        Vectorised, and bit for bit what the scalar loop it replaced gave: float32 products, the
        norm summed in order (cumsum, not numpy's pairwise sum), the columns in the blocks' order.
        """
        words = words_of(text)
        alnum = [w for w in words if w[0].isalnum()]
        get = self.index.get
        word_block = Counter({i: n for f, n in self._word_block(words, alnum).items()
                              if (i := get(f)) is not None})
        # the known n-grams' columns in the order of their first appearance, as in blocks()
        char_block = Counter(chain.from_iterable(self._known_char_grams(w) for w in alnum))
        cols: list[np.ndarray] = []
        vals: list[np.ndarray] = []
        for block in (word_block, char_block):
            index = np.fromiter(block.keys(), dtype=np.int64, count=len(block))
            counts = np.fromiter(block.values(), dtype=np.float64, count=len(block))
            weights = (1 + np.log(counts)).astype(np.float32) * self.idf[index]
            norm = math.sqrt(float(np.cumsum(weights * weights, dtype=np.float32)[-1])) if len(weights) else 0.0
            cols.append(index)
            vals.append(weights / np.float32(norm or 1.0) / _SQRT2)
        return np.concatenate(cols), np.concatenate(vals).astype(np.float32)

    def matrix(self, texts: Iterable[str]) -> sparse.csr_matrix:
        indptr, indices, data = [0], [], []
        for text in texts:
            cols, vals = self.vector(text)
            indices.append(cols)
            data.append(vals)
            indptr.append(indptr[-1] + len(cols))
        return sparse.csr_matrix(
            (np.concatenate(data) if data else np.zeros(0), np.concatenate(indices) if indices else np.zeros(0, int), indptr),
            shape=(len(indptr) - 1, len(self.index)),
            dtype=np.float64,
        )


class WordDropout:
    """Training inputs with whole words dropped (DAN-style word dropout, Iyyer et al. 2015): each
    call drops every word of every training text with probability `p` (at least one word is kept)
    and returns the feature matrix Featurizer.vector would give the kept words, i.e. word uni- and
    bigrams over the kept sequence and the kept words' character n-grams, each block L2-normalised.
    Dropping a feature alone leaves its word's other features (its fragments, its bigrams) for the
    model to lean on; dropping the word removes them together. Built once per training run from
    per-word fragment counts, so a whole epoch's matrix is a few sparse products."""

    def __init__(self, featurizer: Featurizer, texts: Sequence[str], p: float):
        self.featurizer = featurizer
        self.p = p
        tokens = [words_of(t) for t in texts]
        self.lengths = np.array([len(t) for t in tokens], np.int64)
        self.starts = np.concatenate([[0], np.cumsum(self.lengths)[:-1]]).astype(np.int64)
        self.text_of_token = np.repeat(np.arange(len(tokens)), self.lengths)
        vocab: dict[str, int] = {}
        self.word_of_token = np.array([vocab.setdefault(w, len(vocab)) for t in tokens for w in t], np.int64)
        self.words = sorted(vocab, key=vocab.get)
        index, d = featurizer.index, len(featurizer.index)
        self.alnum = np.array([w[0].isalnum() for w in self.words], bool)
        self.unigram = np.array([index.get("w " + w, -1) if w[0].isalnum() else -1 for w in self.words], np.int64)
        rows, cols, counts = [], [], []
        for u, w in enumerate(self.words):
            if w[0].isalnum():
                for i, count in Counter(featurizer._known_char_grams(w)).items():
                    rows.append(u)
                    cols.append(i)
                    counts.append(count)
        self.fragments = sparse.csr_matrix((np.array(counts, np.float64), (np.array(rows, np.int64), np.array(cols, np.int64))),
                                           shape=(len(self.words), d))
        self.bigrams: dict[tuple[int, int], int] = {}
        self.idf = featurizer.idf.astype(np.float64)

    def _bigram(self, a: int, b: int) -> int:
        i = self.bigrams.get((a, b))
        if i is None:
            i = self.bigrams[(a, b)] = self.featurizer.index.get(f"w {self.words[a]} {self.words[b]}", -1)
        return i

    def _tfidf(self, counts: sparse.csr_matrix) -> sparse.csr_matrix:
        """Raw counts -> the block's values in Featurizer.vector."""
        m = counts.tocsr()
        m.sum_duplicates()
        m.data = (1 + np.log(m.data)) * self.idf[m.indices]
        norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
        norms[norms == 0] = 1.0
        m.data = m.data / np.repeat(norms, np.diff(m.indptr)) / np.sqrt(2)
        return m

    def matrix(self, rng: np.random.Generator) -> sparse.csr_matrix:
        n, d = len(self.lengths), len(self.featurizer.index)
        keep = rng.random(len(self.word_of_token)) >= self.p
        kept = np.bincount(self.text_of_token, weights=keep, minlength=n)
        emptied = np.flatnonzero((kept == 0) & (self.lengths > 0))
        if len(emptied):  # keep one word, drawn at random
            keep[self.starts[emptied] + (rng.random(len(emptied)) * self.lengths[emptied]).astype(np.int64)] = True
        kept_tokens = np.flatnonzero(keep)
        text, word = self.text_of_token[kept_tokens], self.word_of_token[kept_tokens]
        alnum = self.alnum[word]
        words = sparse.csr_matrix((np.ones(alnum.sum()), (text[alnum], word[alnum])), shape=(n, len(self.words)))
        chars = words @ self.fragments
        uni = self.unigram[word]
        # bigrams over the kept sequence: consecutive kept tokens of the same text
        pairs = np.flatnonzero(text[:-1] == text[1:])
        big = np.array([self._bigram(a, b) for a, b in zip(word[pairs].tolist(), word[pairs + 1].tolist())], np.int64)
        rows = np.concatenate([text[uni >= 0], text[pairs][big >= 0]])
        cols = np.concatenate([uni[uni >= 0], big[big >= 0]])
        word_block = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, d))
        return (self._tfidf(word_block) + self._tfidf(chars)).astype(np.float32).tocsr()


def softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=-1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)


def log_softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=-1, keepdims=True)
    return z - np.log(np.exp(z).sum(axis=-1, keepdims=True))


def fit_mlp(x: sparse.csr_matrix, y: np.ndarray, sample_weight: np.ndarray, k: int, hidden: int,
            epochs: int, lr: float, batch: int, seed: int, input_dropout: float = 0.0,
            word_dropout: WordDropout | None = None) -> list[np.ndarray]:
    """One ReLU hidden layer and a softmax output, trained with Adam on minibatches in an order
    drawn from `seed` (so the result is the same on every run). The first layer is as wide as the
    vocabulary but each batch touches only the rows of its own features, so only those rows get an
    Adam step ("lazy" Adam, as for sparse embeddings); the learning rate decays linearly to 0.
    `input_dropout`: in training, each example loses that share of its non-zero features (drawn
    from a second stream of `seed`, so the example order is unchanged and the result still bit
    for bit), the rest scaled up to keep the expected input; prediction sees every feature.
    `word_dropout`: every epoch trains on a fresh matrix with its share of each text's words
    dropped (drawn from a third stream of `seed`), before `input_dropout`."""
    rng = np.random.default_rng(seed)
    n, d = x.shape
    w1 = (rng.standard_normal((d, hidden)) * math.sqrt(2.0 / (d + hidden))).astype(np.float32)
    b1 = np.zeros(hidden, np.float32)
    w2 = (rng.standard_normal((hidden, k)) * math.sqrt(2.0 / (hidden + k))).astype(np.float32)
    b2 = np.zeros(k, np.float32)
    m1, v1 = np.zeros_like(w1), np.zeros_like(w1)
    dense = [b1, w2, b2]
    m = [np.zeros_like(p) for p in dense]
    v = [np.zeros_like(p) for p in dense]
    x = x.astype(np.float32).tocsr()
    weight = (sample_weight / sample_weight.mean()).astype(np.float32)
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    steps, t = epochs * math.ceil(n / batch), 0
    drop_rng = np.random.default_rng([seed, 1])
    word_rng = np.random.default_rng([seed, 2])
    for _ in range(epochs):
        xe = word_dropout.matrix(word_rng) if word_dropout else x
        order = rng.permutation(n)
        for s in range(0, n, batch):
            idx = order[s:s + batch]
            xb = xe[idx]
            if input_dropout:
                keep = drop_rng.random(len(xb.data)) >= input_dropout
                xb.data = xb.data * keep.astype(np.float32) / np.float32(1 - input_dropout)
                xb.eliminate_zeros()  # a dropped feature's row gets no Adam step
            rows = np.unique(xb.indices)
            xc = xb[:, rows]
            w1r = w1[rows]
            h = np.asarray(xc @ w1r) + b1
            mask = (h > 0).astype(np.float32)
            a = h * mask
            g = softmax(a @ w2 + b2)
            g[np.arange(len(idx)), y[idx]] -= 1
            g *= weight[idx, None] / len(idx)
            ga = (g @ w2.T) * mask
            grads = [ga.sum(axis=0), a.T @ g, g.sum(axis=0)]
            gw1 = np.asarray(xc.T @ ga)
            t += 1
            step = lr * (1 - (t - 1) / steps)
            c1, c2 = 1 - beta1 ** t, 1 - beta2 ** t
            mr = m1[rows] * beta1 + (1 - beta1) * gw1
            vr = v1[rows] * beta2 + (1 - beta2) * gw1 * gw1
            m1[rows], v1[rows] = mr, vr
            w1[rows] = w1r - (step * (mr / c1) / (np.sqrt(vr / c2) + eps)).astype(np.float32)
            for i, (param, grad) in enumerate(zip(dense, grads)):
                m[i] = beta1 * m[i] + (1 - beta1) * grad
                v[i] = beta2 * v[i] + (1 - beta2) * grad * grad
                param -= (step * (m[i] / c1) / (np.sqrt(v[i] / c2) + eps)).astype(np.float32)
    return [w1, b1, w2, b2]


class LinearIntentModel:
    """Features -> softmax regression, and (hidden > 0) a one-hidden-layer perceptron on the same
    features; the prediction is the softmax of their log-probabilities averaged with weight
    `mlp_weight` on the perceptron, plus `label_bias` (the per-label shift calibration adds).
    Knows nothing of spaCy. (The name predates the perceptron; nlu.py, train.py and the
    benchmarks use it.)"""

    def __init__(self, labels: Sequence[str], char_ngrams=(2, 5), word_ngrams=2, min_df=2,
                 l2=1e-4, max_iter=300, oos_weight=1.0, hidden=0, mlp_epochs=10, mlp_lr=2e-3,
                 mlp_batch=32, mlp_weight=0.7, seed=0, oos_label="out_of_scope", mlp_input_dropout=0.0,
                 mlp_word_dropout=0.0):
        self.labels = list(labels)
        self.oos_weight = oos_weight
        self.oos_label = oos_label  # the class `oos_weight` applies to (CLINC150 calls it "oos")
        self.featurizer = Featurizer(tuple(char_ngrams), word_ngrams)
        self.min_df = min_df
        self.l2 = l2
        self.max_iter = max_iter
        self.hidden = hidden
        self.mlp_epochs, self.mlp_lr, self.mlp_batch = mlp_epochs, mlp_lr, mlp_batch
        self.mlp_weight = mlp_weight
        self.mlp_input_dropout = mlp_input_dropout
        self.mlp_word_dropout = mlp_word_dropout
        self.seed = seed
        self.weights = np.zeros((0, len(self.labels)), dtype=np.float32)
        self.bias = np.zeros(len(self.labels), dtype=np.float32)
        self.mlp: list[np.ndarray] = []  # w1 (features x hidden), b1, w2 (hidden x labels), b2
        self.label_bias = np.zeros(len(self.labels), dtype=np.float32)

    def fit(self, texts: Sequence[str], labels: Sequence[str]) -> "LinearIntentModel":
        # one BLAS thread: L-BFGS's dot products over ~800k weights are summed in an order that
        # depends on the thread count, so a 2-core and a 4-core machine trained different models
        # (linear weights apart by up to 0.04); pinned, the thread count no longer matters (a CPU
        # with other BLAS kernels may still round differently)
        with threadpool_limits(limits=1):
            return self._fit(texts, labels)

    def _fit(self, texts: Sequence[str], labels: Sequence[str]) -> "LinearIntentModel":
        unknown = sorted(set(labels) - set(self.labels))
        if unknown:
            raise ValueError(f"training labels not in the label set: {unknown}")
        missing = sorted(set(self.labels) - set(labels))
        if missing:
            raise ValueError(f"labels without a training example: {missing}")
        self.featurizer.fit(texts, self.min_df)
        x = self.featurizer.matrix(texts)
        target = np.array([self.labels.index(l) for l in labels])
        y = np.zeros((len(texts), len(self.labels)))
        y[np.arange(len(texts)), target] = 1.0
        n, d, k = len(texts), x.shape[1], len(self.labels)
        # every intent weighs the same in the loss, however many examples it has
        counts = y.sum(axis=0)
        sample_weight = (n / (k * counts[target]))[:, None] / n
        # out_of_scope may weigh more: answering a message we don't serve costs more than asking
        if self.oos_label in self.labels and self.oos_weight != 1.0:
            sample_weight[target == self.labels.index(self.oos_label)] *= self.oos_weight

        def loss_and_grad(theta: np.ndarray) -> tuple[float, np.ndarray]:
            w = theta[: d * k].reshape(d, k)
            b = theta[d * k:]
            p = softmax(x @ w + b)
            loss = -np.sum(sample_weight * y * np.log(p + 1e-12)) + 0.5 * self.l2 * np.sum(w * w)
            diff = (p - y) * sample_weight
            grad_w = x.T @ diff + self.l2 * w
            return loss, np.concatenate([grad_w.ravel(), diff.sum(axis=0)])

        result = optimize.minimize(loss_and_grad, np.zeros(d * k + k), jac=True, method="L-BFGS-B",
                                   options={"maxiter": self.max_iter, "maxcor": 8})
        self.weights = result.x[: d * k].reshape(d, k).astype(np.float32)
        self.bias = result.x[d * k:].astype(np.float32)
        words = (WordDropout(self.featurizer, texts, self.mlp_word_dropout)
                 if self.hidden and self.mlp_word_dropout else None)
        self.mlp = (fit_mlp(x, target, sample_weight.ravel(), k, self.hidden, self.mlp_epochs,
                            self.mlp_lr, self.mlp_batch, self.seed, self.mlp_input_dropout, words)
                    if self.hidden else [])
        self.label_bias = np.zeros(k, dtype=np.float32)
        return self

    def known_words(self, text: str) -> int:
        """How many of the text's words the model has a word feature for (seen in at least
        `min_df` training messages); 0 means the prediction rests on character fragments and the
        bias alone."""
        return sum(1 for w in words_of(text) if w[0].isalnum() and "w " + w in self.featurizer.index)

    def _combine(self, linear: np.ndarray, hidden: np.ndarray | None) -> np.ndarray:
        if hidden is None:
            return log_softmax(linear) + self.label_bias
        h = np.maximum(hidden + self.mlp[1], 0)
        mlp = h @ self.mlp[2] + self.mlp[3]
        a = self.mlp_weight
        return (1 - a) * log_softmax(linear) + a * log_softmax(mlp) + self.label_bias

    def logits(self, texts: Sequence[str]) -> np.ndarray:
        """Unnormalised log-probabilities (softmax gives predict_proba)."""
        x = self.featurizer.matrix(texts)
        linear = np.asarray(x @ self._weights64()) + self.bias
        # float32 x float32: a float64 matrix would make scipy copy the whole first layer to float64
        return self._combine(linear, np.asarray(x.astype(np.float32) @ self.mlp[0]) if self.mlp else None)

    def _weights64(self) -> np.ndarray:
        """The linear weights in float64, kept: scipy would otherwise convert the float32 matrix
        to the very same values for every float64 batch, and the copy evicts the first layer from
        the cache (without it, CPU p99 per message on the test split was 4.05 ms, with it 2.36)."""
        if getattr(self, "_weights64_of", None) is not self.weights:
            self._weights64_of, self._weights64_copy = self.weights, self.weights.astype(np.float64)
        return self._weights64_copy

    def predict_proba_one(self, text: str) -> np.ndarray:
        cols, vals = self.featurizer.vector(text)
        linear = vals @ self.weights[cols] + self.bias
        return softmax(self._combine(linear, vals @ self.mlp[0][cols] if self.mlp else None))

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, len(self.labels)))
        return softmax(self.logits(texts))

    # -- persistence: plain JSON + .npy, small and diff-friendly
    def to_disk(self, path: Path) -> None:
        path.mkdir(parents=True, exist_ok=True)
        features = sorted(self.featurizer.index, key=self.featurizer.index.get)
        (path / "features.json").write_text(json.dumps(features, ensure_ascii=False))
        # float16 halves the size on disk; the rounding changes no probability by more than 1e-3
        np.save(path / "weights.npy", self.weights.astype(np.float16))
        np.save(path / "bias.npy", self.bias)
        np.save(path / "idf.npy", self.featurizer.idf)
        np.save(path / "label_bias.npy", self.label_bias)
        for name in ("mlp_w1", "mlp_b1", "mlp_w2", "mlp_b2"):
            (path / f"{name}.npy").unlink(missing_ok=True)
        if self.mlp:
            np.save(path / "mlp_w1.npy", self.mlp[0].astype(np.float16))
            np.save(path / "mlp_b1.npy", self.mlp[1])
            np.save(path / "mlp_w2.npy", self.mlp[2])
            np.save(path / "mlp_b2.npy", self.mlp[3])

    def from_disk(self, path: Path) -> "LinearIntentModel":
        features = json.loads((path / "features.json").read_text())
        self.featurizer.index = {f: i for i, f in enumerate(features)}
        self.featurizer.idf = np.load(path / "idf.npy")
        self.weights = np.load(path / "weights.npy").astype(np.float32)
        self.bias = np.load(path / "bias.npy")
        self.label_bias = (np.load(path / "label_bias.npy") if (path / "label_bias.npy").exists()
                           else np.zeros(len(self.labels), dtype=np.float32))
        self.mlp = ([np.load(path / f"{name}.npy").astype(np.float32)
                     for name in ("mlp_w1", "mlp_b1", "mlp_w2", "mlp_b2")]
                    if (path / "mlp_w1.npy").exists() else [])
        return self


class IntentClassifier:
    """spaCy component: sets `doc.cats` to a probability for every intent label."""

    def __init__(self, name: str, model: LinearIntentModel):
        self.name = name
        self.model = model

    @property
    def labels(self) -> list[str]:
        return self.model.labels

    def __call__(self, doc: Doc) -> Doc:
        probs = self.model.predict_proba_one(doc.text)
        doc.cats = {label: float(p) for label, p in zip(self.model.labels, probs)}
        return doc

    def to_disk(self, path, *, exclude=tuple()) -> None:
        self.model.to_disk(Path(path))

    def from_disk(self, path, *, exclude=tuple()) -> "IntentClassifier":
        self.model.from_disk(Path(path))
        return self


@Language.factory(
    "ea_intent_classifier",
    assigns=["doc.cats"],
    default_config={"labels": [], "char_ngrams": [2, 5], "word_ngrams": 2, "min_df": 2,
                    "l2": 1e-4, "max_iter": 300, "oos_weight": 1.0, "hidden": 0, "mlp_epochs": 10,
                    "mlp_lr": 2e-3, "mlp_batch": 32, "mlp_weight": 0.7, "seed": 0,
                    "mlp_input_dropout": 0.0, "mlp_word_dropout": 0.0},
)
def make_intent_classifier(nlp: Language, name: str, labels: list[str], char_ngrams: list[int],
                           word_ngrams: int, min_df: int, l2: float, max_iter: int,
                           oos_weight: float = 1.0, hidden: int = 0, mlp_epochs: int = 10,
                           mlp_lr: float = 2e-3, mlp_batch: int = 32, mlp_weight: float = 0.7,
                           seed: int = 0, mlp_input_dropout: float = 0.0,
                           mlp_word_dropout: float = 0.0) -> IntentClassifier:
    return IntentClassifier(name, LinearIntentModel(
        labels, tuple(char_ngrams), word_ngrams, min_df, l2, max_iter, oos_weight, hidden, mlp_epochs,
        mlp_lr, mlp_batch, mlp_weight, seed, mlp_input_dropout=mlp_input_dropout,
        mlp_word_dropout=mlp_word_dropout))
