"""A "question → section" model, fused with BM25 in `retrieval`.

Each section is a class. Its training texts are its heading (alone and with the document's
title), its front-matter `asked` phrasings and each sentence of its body. A text is featurised
as the index terms the ranking uses (lemmas, stemmed; the caller passes them in, typo-corrected
for a question) plus adjacent term pairs, TF-IDF weighted (sublinear term frequency) and
L2-normalised.

Two models, both deterministic:

* "centroid": a section's vector is the normalised sum of its texts' unit vectors, a
  question's score is its cosine with it. No fitting, so it is built in a fraction of a second.
* "logreg" (the default in `RankingConfig`): multinomial logistic regression (softmax, L2
  penalty) fitted with L-BFGS from zero weights. With the training questions it reads unseen
  wordings better than the centroids (dev hit@1 +2.4 points), and a class of its own learns the
  questions no section answers; about 0.6 s to fit at start-up.
"""
from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

import numpy as np
from scipy import optimize, sparse


def features(terms: Sequence[str], bigrams: bool = True) -> list[str]:
    """Unigrams and (optionally) adjacent pairs of a text's index terms."""
    feats = list(terms)
    if bigrams:
        feats += [f"{a} {b}" for a, b in zip(terms, terms[1:])]
    return feats


class SectionClassifier:
    """Section centroids or softmax regression over TF-IDF features of index terms; classes
    are section indices."""

    def __init__(self, n_classes: int, l2: float = 1e-3, bigrams: bool = True,
                 max_iter: int = 200, method: str = "centroid") -> None:
        self.method = method
        self.n_classes = n_classes
        self.l2 = l2
        self.bigrams = bigrams
        self.max_iter = max_iter
        self._index: dict[str, int] = {}
        self._idf = np.zeros(0)
        self._weights = np.zeros((0, n_classes))
        self._bias = np.zeros(n_classes)

    def _vector(self, terms: Sequence[str]) -> tuple[list[int], np.ndarray]:
        """Feature indices and the unit TF-IDF vector (sublinear term frequency) of one text."""
        counts = Counter(f for f in features(terms, self.bigrams) if f in self._index)
        idx = [self._index[f] for f in counts]
        v = np.array([(1 + math.log(c)) for c in counts.values()]) * self._idf[idx]
        return idx, v / (np.linalg.norm(v) or 1.0)

    def _matrix(self, docs: Sequence[Sequence[str]]) -> sparse.csr_matrix:
        rows, cols, vals = [], [], []
        for r, terms in enumerate(docs):
            idx, v = self._vector(terms)
            rows += [r] * len(idx)
            cols += idx
            vals += v.tolist()
        return sparse.csr_matrix((vals, (rows, cols)), shape=(len(docs), len(self._index)))

    def fit(self, docs: Sequence[Sequence[str]], labels: Sequence[int]) -> "SectionClassifier":
        df: Counter[str] = Counter()
        for terms in docs:
            df.update(set(features(terms, self.bigrams)))
        vocab = sorted(df)
        self._index = {f: i for i, f in enumerate(vocab)}
        n = len(docs)
        self._idf = np.array([math.log((1 + n) / (1 + df[f])) + 1 for f in vocab])
        x = self._matrix(docs)
        y = np.asarray(labels)
        onehot = np.zeros((n, self.n_classes))
        onehot[np.arange(n), y] = 1.0
        d, k = x.shape[1], self.n_classes
        if self.method == "centroid":
            centroids = np.asarray((x.T @ onehot))  # d × k: sum of each class's unit vectors
            centroids /= np.linalg.norm(centroids, axis=0, keepdims=True) + 1e-12
            self._weights = centroids
            self._bias = np.zeros(k)
            return self

        def loss_and_grad(theta: np.ndarray) -> tuple[float, np.ndarray]:
            w = theta[: d * k].reshape(d, k)
            b = theta[d * k:]
            z = x @ w + b
            z -= z.max(axis=1, keepdims=True)
            p = np.exp(z)
            p /= p.sum(axis=1, keepdims=True)
            loss = -np.sum(onehot * np.log(p + 1e-12)) / n + 0.5 * self.l2 * np.sum(w * w)
            g = (p - onehot) / n
            gw = x.T @ g + self.l2 * w
            return loss, np.concatenate([np.asarray(gw).ravel(), g.sum(axis=0)])

        result = optimize.minimize(loss_and_grad, np.zeros(d * k + k), jac=True,
                                   method="L-BFGS-B", options={"maxiter": self.max_iter})
        self._weights = result.x[: d * k].reshape(d, k)
        self._bias = result.x[d * k:]
        return self

    def predict_proba_one(self, terms: Sequence[str]) -> np.ndarray:
        """Per class: the cosine with its centroid ("centroid"), or the class probability
        ("logreg"; uniform when no feature is known)."""
        z = self._bias.copy()
        idx, v = self._vector(terms)
        if idx:
            z += v @ self._weights[idx]
        if self.method == "centroid":
            return z  # cosine similarity with each class's centroid
        z -= z.max()
        p = np.exp(z)
        return p / p.sum()
