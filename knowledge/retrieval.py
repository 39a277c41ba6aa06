"""Ranking provision sections for a question: BM25 over normalised tokens, with typo correction.

The index is built once (`KnowledgeBase.load` at service start-up). A section's BM25 score is
divided by the score the question would get from a section containing each of its words once
(the sum of the words' IDF), which makes it comparable across questions. To that are added a
heading-only BM25, a bonus for a document's opening section, and the closest rapidfuzz match
(token-set and token-sort ratios) between the question's terms and the section's heading and
front-matter `asked` phrasings, which rewards a question phrased like one employers ask. Then
the section model's probability (knowledge/classifier.py: softmax regression over TF-IDF of the
same terms, learnt from each section's heading, phrasings, sentences and some 2,850 questions
written for training, data/train_questions.jsonl) is added: it reads a question worded like an
employer's situation ("Maria had her baby on the 3rd") where BM25 over the section's own words
does not, and tells neighbouring sections apart (the three reinstatement documents, refunds and
surrender; measured in benchmarks/knowledge.py). Finally a prior for the
state-specific documents: a bonus when the group's state is known (only its own state's
documents are then in scope), a penalty when it is not and the question does not name the state.

Whether to answer at all is a separate number, the *confidence*: the best hit's score times the
square of the share of the question's terms that occur anywhere in the index, times the section
model's probability that *some* section answers (it learns one more class from 812 questions that
no section answers, many near the documents' topics: a turnaround time, a fee, another carrier's
plan). A question about car insurance shares "insurance" and "claim" with the documents, but
"car" and "collision" are unknown, which pulls the confidence down even when the known words
match a section well. Words employers use
about documents rather than topics (data/meta_words.txt: "provision", "clause", "explain"…) never
count against a question: when the index lacks them they are left out of the share. `answer()` returns
None below the threshold chosen by `knowledge.evaluate --calibrate` on the validation split of
the evaluation set (stored in data/threshold.json).
"""
from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from rank_bm25 import BM25Okapi
from rapidfuzz import fuzz, process

from .classifier import SectionClassifier
from .documents import ALL, Document, Section, applies, load_documents
from .rendering import check_defaults, plain_sentences, render_markdown
from .rendering import render_html as _render_html
from .text import TypoCorrector, normalise, normalise_document_text, stem

THRESHOLD_FILE = Path(__file__).parent / "data" / "threshold.json"
META_WORDS_FILE = Path(__file__).parent / "data" / "meta_words.txt"
# Questions employers would send, each with the section that answers it, written for training
# from the sections' text (never from the evaluation files): the section model learns from them.
TRAINING_FILE = Path(__file__).parent / "data" / "train_questions.jsonl"
SHORT_ANSWER_MIN_CHARS = 80
# a capitalised word that does not open a sentence
_NAME = re.compile(r"(?<=[a-z,;:]\s)[A-Z][a-z]+\b")



@dataclass(frozen=True)
class RankingConfig:
    """Ranking knobs; the defaults are the measured choice (see benchmarks/knowledge.py)."""

    k1: float = 0.9  # low: a word repeated in a section (bill, employee) saturates sooner
    b: float = 0.5
    heading_weight: int = 2  # a section's heading words count this many times in its tokens
    doc_weight: float = 0.0  # share of the whole document's BM25 score added to a section's
    stemming: bool = True  # Snowball stems of the lemmas
    bigrams: bool = False  # index adjacent word pairs as well ("grace_period")
    heading_field: float = 0.3  # weight of a separate BM25 over section headings alone
    first_section_bonus: float = 0.05  # added to a document's first (overview) section
    asked_weight: int = 1  # times a section's `asked` phrasings count in its tokens (0: unused)
    typo_cutoff: float | None = 84.0  # rapidfuzz ratio to correct an unknown query word; None: off
    # weights of the best rapidfuzz ratio (0..1) between the query's terms and a section's
    # heading / `asked` phrasings: token_set_ratio (query words contained in a phrasing) and
    # token_sort_ratio (the whole phrasing is close to the whole question)
    fuzz_set_weight: float = 0.5
    fuzz_sort_weight: float = 0.5
    # confidence = best score × (share of query terms known to the index) ** this power;
    # 1 → 2 with the softmax section model, which reads only the words it knows ("tell me a
    # joke" is "tell" to it, a privacy word): dev no-answer recall 77.8% → 81.5% at equal
    # precision, cross-validated 84% → 85%; "tell me a joke" declined again
    known_power: float = 2.0
    # typo correction: also compare with the documents' words as written (mapped to lemmas);
    # edit-distance candidates instead of the ratio cutoff; real words corrected when this close
    typo_surface: bool = True
    typo_max_edits: int | None = None
    typo_known_edits: int = 0
    # words employers use about documents ("provision", "say", "explain"), data/meta_words.txt:
    # "neutral" leaves them out of the known-word share, "drop" out of the query altogether
    meta_words: str = "neutral"
    # known-word share weighted by each term's IDF (unknown terms weigh as a term no section has)
    known_idf: bool = False
    # "sum": BM25 + heading + phrasing scores added; "rrf": reciprocal-rank fusion of the
    # BM25 (with heading field) ranking and the phrasing-match ranking
    fusion: str = "sum"
    # weight of a separate BM25 over each section's heading and `asked` phrasings together
    asked_field: float = 0.0
    rrf_k: float = 60.0
    # supervised question -> section model (knowledge/classifier.py) trained on each section's
    # heading, `asked` phrasings, sentences and training questions (TRAINING_FILE); its
    # probability × this weight is added to the score (0: unused). Round 6, chosen on the
    # validation split, the dev questions and the independent set's diagnosis half: with the
    # 2,359 training questions written from the sections, centroids → softmax regression and
    # weight 1 → 3 (dev hit@1 86.9% → 89.3%, diagnosis half judged 77.1% → 81.4%; weight 2 / 4:
    # 87.7% / 88.9% on dev)
    classifier_weight: float = 3.0
    # "logreg" only. With the question-first training questions, term pairs off and l2 1e-4 →
    # 3e-5: dev hit@1 88.9% → 91.1% → 91.3%, diagnosis half (judged) 81.4% → 82.9% → 87.1%,
    # validation 98.6% → 95.9% (2 questions); l2 1e-5 and 3e-4: dev 91.1% / 87.1%
    classifier_l2: float = 3e-5
    classifier_sentences: bool = True  # train on the body's sentences too
    classifier_bigrams: bool = False  # adjacent term pairs as features too
    # "centroid": cosine with the mean of each section's unit vectors (no training, fast to
    # build); "logreg": softmax regression (L-BFGS; about 0.6 s to fit at start-up)
    classifier_method: str = "logreg"
    classifier_max_iter: int = 50  # 100: the same rankings and no-answer figures
    # "prob": weight × probability; "rank": weight / (1 + rank of the section by probability)
    classifier_fusion: str = "prob"
    # the confidence uses the fused score (False: the score without the classifier's share)
    classifier_in_confidence: bool = True
    # state-specific documents (front matter `states` other than all): added when the group's
    # state is given (the search keeps only those for that state), subtracted when it is not and
    # the question does not name the state
    state_bonus: float = 0.3
    state_penalty: float = 0.6
    # where the training questions (TRAINING_FILE) go: "classifier" (the section model only),
    # "phrases" (the section model and the rapidfuzz phrasing match), "off"
    training_questions: str = "classifier"
    # the section model learns the training file's unanswerable questions (417, near the
    # documents' topics and just outside them) as one more class; the confidence is multiplied by
    # (1 - that class's probability) ** no_answer_power. Dev no-answer precision 27% → 69% at
    # recall 85% → 81%, answered correctly 80% → 87% (power 2: precision 58%). Then 889 more
    # questions written *before* reading the documents and labelled afterwards (395 of them no
    # section answers), closer to how the independent set was written: dev and the diagnosis
    # half unchanged (88.9% / 81.4% hit@1), kept for the wordings they add
    no_answer_class: bool = True
    no_answer_power: float = 1.0

def _doc_norm(text: str) -> list[str]:
    """The documents' text normalised (remembered; see text.normalise_document_text)."""
    return list(normalise_document_text(text))


__all__ = ["Section", "Hit", "KnowledgeBase", "RankingConfig", "render_html"]


@dataclass(frozen=True)
class Hit:
    section: Section
    score: float  # ranking score: relative BM25 plus heading and phrasing match (module docstring)

    def citation(self) -> dict[str, str]:
        return {
            "document": self.section.document,
            "section": self.section.section,
            "title": f"{self.section.doc_title} — {self.section.title}",
        }


def read_meta_words(path: Path = META_WORDS_FILE) -> list[str]:
    """Words about documents rather than a topic, one a line (# starts a comment)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [w for line in lines if (w := line.split("#", 1)[0].strip())]


def read_training_questions(path: Path = TRAINING_FILE) -> list[tuple[str, str | None, str | None]]:
    """(question, document, section) per line; document and section None: nothing answers it."""
    if not path.exists():
        return []
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [(r["question"], r.get("document"), r.get("section")) for r in rows]


def read_threshold(path: Path = THRESHOLD_FILE) -> float:
    return float(json.loads(path.read_text(encoding="utf-8"))["threshold"])


class KnowledgeBase:
    def __init__(self, documents: list[Document], threshold: float,
                 config: RankingConfig = RankingConfig(),
                 training: Collection[tuple[str, str | None, str | None]] = ()) -> None:
        """`training`: (question, document, section) triples the section model learns from
        (document None: a question no section answers)."""
        self._documents = documents
        self.threshold = threshold
        self.config = config
        self._sections: list[Section] = [s for d in documents for s in d.sections]
        self._by_key = {(s.document, s.section): s for s in self._sections}
        asked = {(d.id, key): phrasings for d in documents for key, phrasings in d.asked.items()}
        trained: dict[tuple[str, str], list[str]] = {}
        unanswerable: list[str] = []
        if config.training_questions != "off":
            for question, document, section in training:
                if document is None:
                    if config.no_answer_class:
                        unanswerable.append(question)
                    continue
                if (document, section) not in self._by_key:
                    raise ValueError(f"training question for an unknown section {document}#{section}")
                trained.setdefault((document, section), []).append(question)
        words = []
        for section in self._sections:
            check_defaults(section.text)  # every placeholder must have a default
            phrasings = " . ".join(asked.get((section.document, section.section), ()))
            words.append(
                _doc_norm(section.title) * config.heading_weight
                + _doc_norm(section.doc_title)
                + _doc_norm(render_markdown(section, {}))
                + _doc_norm(phrasings) * config.asked_weight
            )
        corpus = [self._terms(w) for w in words]
        self._bm25 = BM25Okapi(corpus, k1=config.k1, b=config.b)
        self._n = len(corpus)
        # The same words pooled per document, so a section also scores for its document's topic.
        doc_index = {d.id: i for i, d in enumerate(documents)}
        doc_corpus: list[list[str]] = [[] for _ in documents]
        for section, terms in zip(self._sections, corpus):
            doc_corpus[doc_index[section.document]].extend(terms)
        self._doc_bm25 = BM25Okapi(doc_corpus, k1=config.k1, b=config.b)
        self._doc_of_section = np.array([doc_index[s.document] for s in self._sections])
        self._is_first = np.array([s is documents[doc_index[s.document]].sections[0]
                                   for s in self._sections], dtype=float)
        self._heading_bm25 = BM25Okapi(
            [self._terms(_doc_norm(s.title)) for s in self._sections], k1=config.k1, b=config.b)
        self._asked_bm25 = BM25Okapi(
            [self._terms(_doc_norm(" . ".join((s.title, *asked.get((s.document, s.section), ())))))
             for s in self._sections], k1=config.k1, b=config.b)
        # Headings and `asked` phrasings as strings of index terms, for the rapidfuzz match;
        # _phrase_owner[j] is the section that phrasing j belongs to.
        phrases: list[tuple[int, str]] = []
        for i, section in enumerate(self._sections):
            own = (section.title, *asked.get((section.document, section.section), ()))
            if config.training_questions == "phrases":
                own += tuple(trained.get((section.document, section.section), ()))
            phrases += [(i, " ".join(self._terms(_doc_norm(p)))) for p in own]
        self._phrase_owner = np.array([i for i, _ in phrases])
        self._phrases = [p for _, p in phrases]
        # The same phrasings prepared for a faster, identical computation of the two ratios
        # (see _phrase_similarity): tokens sorted, tokens sorted without repeats, and which
        # phrasings contain each term.
        self._phrases_sorted = [" ".join(sorted(p.split())) for p in self._phrases]
        self._phrases_unique = [" ".join(sorted(set(p.split()))) for p in self._phrases]
        holders: dict[str, list[int]] = {}
        for j, p in enumerate(self._phrases):
            for term in set(p.split()):
                holders.setdefault(term, []).append(j)
        self._phrase_holders = {t: np.array(js) for t, js in holders.items()}
        self._vocabulary = frozenset(t for terms in corpus for t in terms)
        surface: dict[str, str] = {}
        if config.typo_surface:
            for section in self._sections:
                for word in set(re.findall(r"[a-z]+", render_markdown(section, {}).lower())):
                    if word not in surface:
                        lemma = _doc_norm(word)
                        if len(lemma) == 1:
                            surface[word] = lemma[0]
        self._corrector = TypoCorrector({w for ws in words for w in ws}, cutoff=config.typo_cutoff,
                                        surface=surface, max_edits=config.typo_max_edits,
                                        known_max_edits=config.typo_known_edits,
                                        frequency=Counter(w for ws in words for w in ws))
        self._meta = frozenset(self._terms(_doc_norm(" ".join(read_meta_words()))))
        self._classifier = (self._train_classifier(asked, trained, unanswerable)
                            if config.classifier_weight else None)
        self._state_specific = np.array([ALL not in s.states for s in self._sections], dtype=float)
        # a state document's state as index terms: its codes and the name its title starts with
        # ("Hawaii — employer failure to remit premium")
        # kept as term -> the state sections it names, so a search looks up only its own terms
        naming: dict[str, list[int]] = {}
        for i, s in enumerate(self._sections):
            if ALL not in s.states:
                for term in set(self._terms(_doc_norm(" ".join((s.doc_title.split("—")[0], *s.states))))):
                    naming.setdefault(term, []).append(i)
        self._sections_naming = {t: np.array(js) for t, js in naming.items()}
        self._scope_mask = lru_cache(maxsize=256)(self._compute_scope_mask)

    def _train_classifier(self, asked: dict[tuple[str, str], tuple[str, ...]],
                          trained: dict[tuple[str, str], list[str]],
                          unanswerable: list[str]) -> SectionClassifier:
        """The section model, fitted here (deterministic: L-BFGS from zero weights)."""
        texts: list[list[str]] = []
        labels: list[int] = []

        def add(text: str, label: int) -> None:
            texts.append([stem(w) if self.config.stemming else w for w in _doc_norm(text)])
            labels.append(label)

        for i, section in enumerate(self._sections):
            own = [section.title, f"{section.doc_title} {section.title}",
                   *asked.get((section.document, section.section), ()),
                   *trained.get((section.document, section.section), ())]
            if self.config.classifier_sentences:
                own += plain_sentences(render_markdown(section, {}))
            for text in own:
                add(text, i)
        # one more class: questions near the documents' topics that no section answers
        classes = self._n + bool(unanswerable)
        for text in unanswerable:
            add(text, self._n)
        return SectionClassifier(classes, l2=self.config.classifier_l2,
                                 bigrams=self.config.classifier_bigrams,
                                 max_iter=self.config.classifier_max_iter,
                                 method=self.config.classifier_method).fit(texts, labels)

    @classmethod
    def load(cls, path: str | Path | None = None, *, threshold: float | None = None,
             config: RankingConfig = RankingConfig()) -> "KnowledgeBase":
        """Parse the documents and build the index (once, at start-up)."""
        threshold = read_threshold() if threshold is None else threshold
        return cls(load_documents(path), threshold, config, read_training_questions())

    def _terms(self, words: list[str]) -> list[str]:
        if self.config.stemming:
            words = [stem(w) for w in words]
        if not self.config.bigrams:
            return words
        return words + [f"{a}_{b}" for a, b in zip(words, words[1:])]

    # --- retrieval -------------------------------------------------------------------------

    def query_words(self, question: str) -> list[str]:
        """The question's normalised words, typos corrected. A word capitalised inside a
        sentence is a name ("Peterson", "Paylocity"): it is left as it is, not "corrected" to
        an index word ("person")."""
        names = {m.lower() for m in _NAME.findall(question)}
        return [t if t in names else self._corrector.correct(t) for t in normalise(question)]

    def query_tokens(self, question: str) -> list[str]:
        """The terms searched for (words, and word pairs if configured), each once."""
        return list(dict.fromkeys(self._terms(self.query_words(question))))

    def idf(self, token: str) -> float:
        # Unknown words get the IDF of a word that no section contains.
        return self._bm25.idf.get(token, math.log((self._n + 0.5) / 0.5))

    def doc_idf(self, token: str) -> float:
        n = len(self._documents)
        return self._doc_bm25.idf.get(token, math.log((n + 0.5) / 0.5))

    def _compute_scope_mask(self, lines: frozenset[str] | None, state: str | None) -> np.ndarray:
        return np.array([applies(s, lines, state) for s in self._sections], dtype=bool)

    def search(
        self,
        question: str,
        *,
        lines: Collection[str] | None = None,
        state: str | None = None,
        k: int = 3,
    ) -> list[Hit]:
        """Up to k sections in scope for the group's product lines and state, best first."""
        return self.assess(question, lines=lines, state=state, k=k)[0]

    def assess(
        self,
        question: str,
        *,
        lines: Collection[str] | None = None,
        state: str | None = None,
        k: int = 3,
    ) -> tuple[list[Hit], float]:
        """`search`'s hits and the confidence that the best one answers the question (the
        number `answer()` compares with the no-answer threshold; 0 when nothing matched)."""
        words = self.query_words(question)
        tokens = list(dict.fromkeys(self._terms(words)))
        no_answer = 0.0
        if self.config.meta_words == "drop":
            tokens = [t for t in tokens if t not in self._meta] or tokens
        if not tokens:
            return [], 0.0
        scores = self._bm25.get_scores(tokens) / sum(self.idf(t) for t in tokens)
        if self.config.doc_weight:
            doc_scores = self._doc_bm25.get_scores(tokens) / sum(self.doc_idf(t) for t in tokens)
            scores = (scores + self.config.doc_weight * doc_scores[self._doc_of_section]) / (
                1 + self.config.doc_weight)
        if self.config.heading_field:
            heading_weight = sum(self._heading_bm25.idf.get(t, 0.0) for t in tokens) or 1.0
            scores = scores + self.config.heading_field * (
                self._heading_bm25.get_scores(tokens) / heading_weight)
        if self.config.asked_field:
            asked_weight = sum(self._asked_bm25.idf.get(t, 0.0) for t in tokens) or 1.0
            scores = scores + self.config.asked_field * (
                self._asked_bm25.get_scores(tokens) / asked_weight)
        # A general question about a topic is best answered by its document's opening section.
        matched = scores > 0  # only sections sharing a term with the question are candidates
        scores = scores + self.config.first_section_bonus * self._is_first * matched
        mask = self._scope_mask(frozenset(lines) if lines is not None else None,
                                state.upper() if state else None)
        if self.config.fuzz_set_weight or self.config.fuzz_sort_weight:
            phrase = self._phrase_similarity(" ".join(tokens))
            if self.config.fusion == "rrf":
                scores = self._rrf(scores, phrase, mask & matched)
            else:
                scores = scores + phrase
        if self.config.state_bonus and state:
            scores = scores + self.config.state_bonus * self._state_specific
        elif self.config.state_penalty and not state:
            unnamed = self._state_specific.copy()  # state sections whose state the question doesn't name
            for t in set(tokens) & self._sections_naming.keys():
                unnamed[self._sections_naming[t]] = 0.0
            scores = scores - self.config.state_penalty * unnamed
        lexical = scores
        if self._classifier is not None:
            terms = [stem(w) for w in words] if self.config.stemming else words
            proba = self._classifier.predict_proba_one(terms)
            if len(proba) > self._n:  # the last class: no section answers it
                no_answer = float(proba[self._n])
                proba = proba[: self._n]
            if self.config.classifier_fusion == "rank":
                order = np.argsort(-np.where(mask, proba, -1.0), kind="stable")
                ranks = np.empty(self._n)
                ranks[order] = np.arange(self._n)
                proba = 1.0 / (1.0 + ranks)
            scores = scores + self.config.classifier_weight * proba
        scores = np.where(mask & matched, scores, 0.0)
        best = np.argsort(-scores, kind="stable")[:k]
        hits = [Hit(self._sections[i], float(scores[i])) for i in best if scores[i] > 0]
        if not hits:
            return [], 0.0
        top = hits[0].score if self.config.classifier_in_confidence else float(lexical[best[0]])
        return hits, (top * self._known_share(tokens) ** self.config.known_power
                      * (1.0 - no_answer) ** self.config.no_answer_power)

    def _rrf(self, lexical: np.ndarray, phrase: np.ndarray, candidates: np.ndarray) -> np.ndarray:
        """Reciprocal-rank fusion, rescaled so that the top section keeps the weighted-sum
        score (the confidence keeps its scale)."""
        k = self.config.rrf_k
        fused = np.zeros(self._n)
        for values in (lexical, phrase):
            order = np.argsort(-np.where(candidates, values, -np.inf), kind="stable")
            ranks = np.empty(self._n)
            ranks[order] = np.arange(1, self._n + 1)
            fused += 1.0 / (k + ranks)
        fused = np.where(candidates, fused, 0.0)
        top = int(np.argmax(fused))
        if fused[top] <= 0:
            return fused
        return fused * ((lexical[top] + phrase[top]) / fused[top])

    def _known_share(self, tokens: list[str]) -> float:
        """Share of the question's terms that the index knows (document meta-words aside)."""
        if self.config.meta_words != "off":
            # a meta-word never counts against the question; one the index knows still counts
            tokens = [t for t in tokens if t not in self._meta or t in self._vocabulary]
            if not tokens:
                return 1.0
        if self.config.known_idf:
            weights = [self.idf(t) for t in tokens]
            return sum(w for t, w in zip(tokens, weights) if t in self._vocabulary) / sum(weights)
        return sum(t in self._vocabulary for t in tokens) / len(tokens)

    def _phrase_similarity(self, query: str) -> np.ndarray:
        """Per section, the weighted best rapidfuzz ratios against its heading and phrasings.

        token_sort_ratio is the plain ratio of the token-sorted strings, so the phrasings are
        sorted once at start-up. token_set_ratio of two strings without a common token is the
        plain ratio of their sorted token sets, so the full scorer runs only on the phrasings
        that share a term with the question. Both give exactly rapidfuzz's values.
        """
        total = np.zeros(self._n)
        words = query.split()
        if self.config.fuzz_sort_weight:
            ratios = process.cdist([" ".join(sorted(words))], self._phrases_sorted,
                                   scorer=fuzz.ratio)[0] / 100.0
            total += self.config.fuzz_sort_weight * self._best_per_section(ratios)
        if self.config.fuzz_set_weight:
            ratios = process.cdist([" ".join(sorted(set(words)))], self._phrases_unique,
                                   scorer=fuzz.ratio)[0] / 100.0
            sharing = [self._phrase_holders[t] for t in set(words) if t in self._phrase_holders]
            if sharing:
                js = np.unique(np.concatenate(sharing))
                ratios[js] = process.cdist([query], [self._phrases[j] for j in js],
                                           scorer=fuzz.token_set_ratio)[0] / 100.0
            total += self.config.fuzz_set_weight * self._best_per_section(ratios)
        return total

    def _best_per_section(self, ratios: np.ndarray) -> np.ndarray:
        best = np.zeros(self._n)
        np.maximum.at(best, self._phrase_owner, ratios)
        return best

    def answer(self, question: str, *, lines: Collection[str] | None = None,
               state: str | None = None) -> Hit | None:
        """The best section, or None when the confidence is below the measured no-answer
        threshold (see `assess`)."""
        hits, confidence = self.assess(question, lines=lines, state=state, k=1)
        if hits and confidence >= self.threshold:
            return hits[0]
        return None

    # --- rendering -------------------------------------------------------------------------

    def render(self, section: Section, facts: Mapping[str, object]) -> str:
        """The section's Markdown with the group's facts filled in."""
        return render_markdown(section, facts)

    def render_html(self, section: Section, facts: Mapping[str, object]) -> str:
        return _render_html(section, facts)

    def short_answer(self, hit: Hit, facts: Mapping[str, object], question: str) -> str:
        """One to three sentences of the section that best match the question, with facts."""
        sentences = plain_sentences(self.render(hit.section, facts))
        wanted = set(self._terms(self.query_words(question)))
        scores = [sum(self.idf(t) for t in wanted.intersection(self._terms(_doc_norm(s))))
                  for s in sentences]
        best = max(scores, default=0.0)
        if best <= 0:
            chosen = list(range(min(2, len(sentences))))
        else:
            ranked = sorted(range(len(sentences)), key=lambda i: -scores[i])
            chosen = [i for i in ranked[:3] if scores[i] >= 0.5 * best]
        # A very short pick ("A draft can come back unpaid.") needs the sentence that follows it.
        while (len(chosen) < 3 and sum(len(sentences[i]) for i in chosen) < SHORT_ANSWER_MIN_CHARS
               and max(chosen) + 1 < len(sentences)):
            chosen.append(max(chosen) + 1)
        return " ".join(sentences[i] for i in sorted(set(chosen)))

    # --- lookup ----------------------------------------------------------------------------

    def get(self, document: str, section: str) -> Section | None:
        return self._by_key.get((document, section))

    def documents(self) -> list[Document]:
        return list(self._documents)

    def sections(self) -> list[Section]:
        return list(self._sections)


def render_html(section: Section, facts: Mapping[str, object]) -> str:
    """Module-level form for pages that have a Section but not the KnowledgeBase."""
    return _render_html(section, facts)
