"""Text normalisation shared by the index and the queries.

Both sides go through the same steps so that a question's words meet the documents' words:
lower-case, expand phrases and abbreviations that employers use (CI, EOI, bi-weekly…) and
everyday ways of saying a topic ("quit smoking" is non-tobacco, "doesn't work here anymore" is a
termination, "put on hold" is suspense, "get the premium back" is a refund),
tokenise with spaCy's English tokenizer, lemmatise with the lookup tables of
spacy-lookups-data, drop stop words (the index then stems the lemmas with Snowball). Query words that the index has never seen are then
corrected to the closest index word with rapidfuzz (typos; the candidates include the documents'
words as written, so "recieved" meets "received" and then its lemma), unless they are real English words
(an unknown real word such as "auto" says the question is off-topic, which the no-answer
threshold needs to see; the dictionary is spaCy's lemma tables plus its WordNet lemma index, so
"right away" does not become "right way").
"""
from __future__ import annotations

import re
from functools import lru_cache

import snowballstemmer
import spacy
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.lookups import load_lookups

# Words spaCy lists as stop words that carry meaning in this domain ("whole life", "due date",
# "back premium", "name change", "benefit amount", "call back").
_KEEP = {"due", "back", "whole", "name", "amount", "full", "first", "call", "move", "off",
         "often", "long", "after", "within", "when"}
STOP = frozenset(STOP_WORDS - _KEEP) | {"s", "hi", "hello", "thanks", "pls", "please", "mean"}

# Multi-word forms written several ways; applied to lower-cased text before tokenising.
_PHRASES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(p), r)
    for p, r in [
        (r"\bbi[\s-]?weekly\b", "biweekly"),
        (r"\bevery (two|2) weeks\b", "biweekly"),
        (r"\bsemi[\s-]?monthly\b", "semimonthly"),
        (r"\btwice a month\b", "semimonthly"),
        (r"\bsemi[\s-]?annual(ly)?\b", "semiannual"),
        (r"\bpre[\s-]?tax\b", "pretax"),
        (r"\bpost[\s-]?tax\b", "aftertax"),
        (r"\bafter[\s-]tax\b", "aftertax"),
        (r"\bsec(tion|\.)?\s*125\b", "section125"),
        (r"\bcafeteria plan\b", "section125"),
        (r"\bs125\b", "section125"),
        (r"\blist[\s-]bill(s|ed|ing)?\b", "listbill"),
        (r"\bnon[\s-]?tobacco\b", "nontobacco"),
        (r"\bnon[\s-]?smok\w*\b", "nontobacco"),
        (r"\bpass(ed)? away\b", "death"),
        (r"\blog[\s-]?in\b", "login"),
        (r"\bsign[\s-]?in\b", "login"),
        (r"\bpay[\s-]?check(s)?\b", "paycheck"),
        (r"\bcheck[\s-]?up\b", "checkup"),
        (r"\bcash[\s-]?out\b", "surrender"),
        (r"\bnew[\s-]?born(s)?\b", "newborn"),
        (r"\bstep[\s-]?(son|daughter|child|children)\b", "stepchild"),
        (r"\bgroup (master )?contract\b", "group contract"),
        (r"\bdomestic partner(s)?\b", "domesticpartner"),
        # how employers say that someone left or that a policy was given up
        (r"\blet go\b", "terminate"),
        (r"\blaid off\b", "terminate"),
        (r"\blay[\s-]?offs?\b", "terminate"),
        (r"\b(?:was|were|got|get|been|being|is|be) fired\b", "terminate"),
        (r"\bcash(?:ed|ing)? in\b", "surrender"),
        (r"\bgive up (?:the|a|his|her|their|my) (?:policy|coverage)\b", "surrender policy"),
        (r"\blet (?:you|us) know\b", "notify"),
        (r"\bopen enrol+ment\b", "annual enrollment"),
        (r"\bsign(?:ed|ing)? up\b", "enroll"),
        (r"\bpre[\s-]?ex(?:isting)?\b", "pre existing"),
        (r"\bdate of birth\b", "birth date"),
        (r"\bbi[\s-]?(?:wkly|wk)\b", "biweekly"),
        (r"\bsemi[\s-]?(?:mo|mthly|monthy)\b", "semimonthly"),
        # someone stopping tobacco is about non-tobacco rates, not about leaving a job ("quit")
        (r"\b(?:quit|quits|quitting|stopped|stop|stops|stopping|gave up|give up|given up|kicked)"
         r" (?:smoking|smoke|tobacco|vaping|vape|nicotine|cigarettes|chewing)\b", "nontobacco"),
        (r"\b(?:tobacco|nicotine)[\s-]free\b", "nontobacco"),
        (r"\b(?:has ?n[o']?t|have ?n[o']?t|does ?n[o']?t|do ?n[o']?t|did ?n[o']?t|not|never|no longer)"
         r" (?:smoked|smokes?|smoking|vaped|vapes?|vaping|used tobacco|uses? tobacco)\b", "nontobacco"),
        # taking someone off a bill or a list is removing them
        (r"\btake (?:[\w']+ ){0,2}?(?:off|away)\b", "remove"),
        # the employer (or its staff) seeing or passing on information is a question of what
        # may be shared ("can we see…", "can I tell him…")
        (r"\b(?:can|could|may|are) (?:we|i|hr|managers?|supervisors?)(?: be allowed to)?"
         r" (?:see|view|access|look up|tell|be told)\b", "share"),
        # raising or lowering an amount
        (r"\b(?:up|bump|bumps|bumped|upping) (?:his |her |their |the |my |our )?"
         r"(?:coverage|amount|benefit|life|insurance)\b", "increase coverage"),
        # ways of saying someone no longer works for the employer
        # (a bare "doesn't work" is more often the portal than a person)
        (r"\b(?:does ?n[o']?t|do ?n[o']?t|did ?n[o']?t|is ?n[o']?t|not|no longer) (?:work|working|works)"
         r" (?:here|there|for (?:us|you|the company|the employer))(?: any ?more)?\b", "terminate"),
        (r"\b(?:no longer (?:works?|working|employed)|not employed)\b", "terminate"),
        # the reconciliation flags, so that "not" (a stop word) does not vanish from them
        (r"\bnot on (?:the |our )?(?:list[\s-]?)?bill\b", "notonbill"),
        (r"\bno payment received\b", "nopaymentreceived"),
        # money held rather than applied
        (r"\b(?:put |placed |being |is |was |kept )?on hold\b", "held suspense"),
        # asking for premium to come back is asking for a refund
        (r"\b(?:get|gets|getting|got|give|giving|pay|paid) (?:[\w']+ ){0,2}?(?:premium|premiums|money|"
         r"it|that|them|anything) back\b", "refund"),
        (r"\bmoney back\b", "refund"),
        (r"\b(?:get|gets|getting|got) back\b(?! to)", "refund"),
        # getting a lapsed policy back in force
        (r"\b(?:get|gets|getting|bring|put|have) (?:his |her |their |the |my |our |this |that )?"
         r"(?:coverage|policy|policies|insurance|plan) back\b", "reinstate"),
        (r"\b(?:restore|restores|restored|restoring|reactivate|reactivated|revive|revived)\b", "reinstate"),
        (r"\bfind out\b", "know"),
        # a payment that was not made is a late one
        (r"\b(?:miss|misses|missed|missing|skip|skips|skipped) (?:[\w']+ ){0,3}?payments?\b", "late payment"),
    ]
]

_TOBACCO = re.compile(r"\b(?:tobacco|nicotine|smok\w*|vap(?:e|ing)|cigarettes?)\b")
_QUIT = re.compile(r"\b(?:quit|quits|quitting|stopped)\b")

# Lookup-table lemmas that are wrong for this domain ("number" is not a comparative of "numb").
_LEMMA_EXCEPTIONS = {"number": "number", "numbers": "number", "maria": "maria"}

# Abbreviations and everyday words mapped to the documents' vocabulary (after lemmatising).
SYNONYMS: dict[str, tuple[str, ...]] = {
    "ci": ("critical", "illness"),
    "di": ("disability", "income"),
    "std": ("disability", "income"),
    "ltd": ("disability", "income"),
    "hi": ("hospital", "indemnity"),
    "eft": ("bank", "draft"),
    "nsf": ("insufficient", "fund"),
    "ach": ("bank", "draft"),
    "autopay": ("bank", "draft"),
    "eoi": ("evidence", "insurability"),
    "gi": ("guarantee", "issue"),
    "sob": ("certificate",),
    "qle": ("qualify", "event"),
    "ssn": ("social", "security"),
    "smoker": ("tobacco",),
    "smoke": ("tobacco",),
    "smoking": ("tobacco",),
    "cigarette": ("tobacco",),
    "vape": ("nicotine",),
    "vaping": ("nicotine",),
    # shorthand in employers' messages
    "max": ("maximum",),
    "ee": ("employee",),
    "ees": ("employee",),
    "emp": ("employee",),
    "dep": ("dependent",),
    "deps": ("dependent",),
    "eff": ("effective",),
    "prem": ("premium",),
    "pmt": ("payment",),
    "pymt": ("payment",),
    "acct": ("account",),
    "amt": ("amount",),
    "qtr": ("quarterly",),
    "qtrly": ("quarterly",),
    "yr": ("year",),
    "wk": ("week",),
    "retro": ("retroactive",),
    "recon": ("reconcile",),
    "dob": ("birth", "date"),
    "hurt": ("accident", "injury"),
    "injure": ("accident", "injury"),
    "layoff": ("terminate",),
    "delinquency": ("past", "due"),
    "unremitted": ("remit",),
    "subsidiary": ("division", "location"),
    "branch": ("location",),
    "lawyer": ("legal", "sue"),
    "attorney": ("legal", "sue"),
    "litigation": ("legal", "sue"),
    "kid": ("child",),
    "son": ("child",),
    "daughter": ("child",),
    "baby": ("newborn",),
    "wife": ("spouse",),
    "husband": ("spouse",),
    "invoice": ("bill",),
    "statement": ("bill",),
    "password": ("password", "login"),
    "quit": ("terminate",),
    "resign": ("terminate",),
    "termination": ("terminate",),
    "termed": ("terminate",),
    "term'd": ("terminate",),
    "borrow": ("loan",),
    "unapplied": ("suspense",),
    "unallocated": ("suspense",),
    "late": ("late", "past"),
    "overdue": ("past", "due"),
    "delinquent": ("past", "due"),
    "lapsed": ("lapse",),
    "die": ("death",),
    "deceased": ("death",),
    "reinstatement": ("reinstate",),
    "incontestable": ("contest",),
    "cancellation": ("cancel",),
    "conversion": ("convert",),
    "portability": ("port",),
    "portable": ("port",),
    "deduction": ("deduct",),
    "refund": ("refund",),
    "admin": ("administrator",),
    "reprint": ("copy",),
}

# Health-insurance words that no English word list holds but that are not typos: left unknown
# (they say the question is about something else) rather than "corrected" ("copay" -> "copy").
OUTSIDE_WORDS = frozenset({"copay", "copays", "coinsurance", "formulary", "telehealth",
                           "telemedicine", "preauthorization", "precertification", "hsa", "fsa",
                           "hra", "ppo", "hmo", "epo", "cobra"})

_nlp = None
_known_words: frozenset[str] | None = None


def _pipeline():
    """spaCy's English tokenizer with the lookup lemmatiser; built once per process."""
    global _nlp, _known_words
    if _nlp is None:
        nlp = spacy.blank("en")
        nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
        nlp.initialize()
        table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_lookup")
        # The table's keys are hashes; its values (the lemmas) are plain English words, which
        # is the dictionary the typo corrector needs to tell a typo from an unknown real word.
        # The lemma values lack words that never inflect ("away", "anymore", "texas"), which the
        # corrector would then "fix" into an index word ("right away" -> "right way"); the
        # dictionary of lemmas by part of speech in spacy-lookups-data adds them.
        index = load_lookups("en", ["lemma_index"]).get_table("lemma_index")
        _known_words = frozenset(str(lemma) for lemma in table.values()) | frozenset(
            w for words in index.values() for w in words if w.isalpha())
        _nlp = nlp
    return _nlp


def known_word(word: str) -> bool:
    _pipeline()
    assert _known_words is not None
    return word in _known_words or word in OUTSIDE_WORDS


def normalise(text: str) -> list[str]:
    """Tokens for the index or a query: lemmas, stop words dropped, synonyms expanded."""
    return list(_normalise(text))


@lru_cache(maxsize=16384)
def normalise_document_text(text: str) -> tuple[str, ...]:
    """`normalise` for the documents' own text, remembered: building the index normalises each
    `asked` phrasing for several fields, and short answers rank a section's sentences on every
    answer. (Questions are not remembered: each is new, and timing them must show the work.)"""
    return _normalise(text)


def _normalise(text: str) -> tuple[str, ...]:
    text = text.lower().replace("’", "'")
    for pattern, replacement in _PHRASES:
        text = pattern.sub(replacement, text)
    if _TOBACCO.search(text):
        # in a question about tobacco, someone who "quit" or "stopped" gave up tobacco
        text = _QUIT.sub("nontobacco", text)
    tokens: list[str] = []
    for token in _pipeline()(text):
        # "I-9", "W-2": keep as one unknown word ("i9") rather than dropping it, so that
        # questions about such things do not look like questions about their other words.
        raw = token.text.replace("-", "")
        if not raw.isalnum():
            continue
        if raw != token.text:
            tokens.append(raw)
            continue
        word = _LEMMA_EXCEPTIONS.get(token.text) or token.lemma_ or token.text
        if word == "why":  # a stop word, but "why…?" asks for the reasons
            tokens.append("reason")
            continue
        if word in STOP or token.text in STOP:
            continue
        tokens.extend(SYNONYMS.get(word, (word,)))
    return tuple(tokens)


_stemmer = snowballstemmer.stemmer("english")


@lru_cache(maxsize=16384)
def stem(word: str) -> str:
    """Snowball stem of a lemma, so that "contestable" meets "contest" and "eligibility"
    meets "eligible" (the lookup lemmatiser only undoes inflection)."""
    return _stemmer.stemWord(word)


class TypoCorrector:
    """Maps a query token that the index has never seen to the closest index word.

    `vocabulary` holds the index's words (lemmas); `surface` maps the documents' words as
    written ("received") to their lemmas ("receive"), so that an inflected typo ("recieved")
    is compared with an inflected word rather than with the shorter lemma. With
    `max_edits` set, a candidate must be within that many edits (optimal string alignment:
    a swap of two adjacent letters is one edit; two edits for words of 8 letters or more)
    instead of the rapidfuzz ratio cutoff. `known_max_edits` lets a real English word that
    the index lacks be corrected when an index word is that close (0: never).
    """

    def __init__(self, vocabulary: set[str], cutoff: float | None = 84.0, min_length: int = 4,
                 surface: dict[str, str] | None = None, max_edits: int | None = None,
                 known_max_edits: int = 0, known_min_length: int = 6,
                 frequency: dict[str, int] | None = None) -> None:
        self._frequency = frequency or {}
        self._lemma_of = {w: w for w in vocabulary}
        for word, lemma in (surface or {}).items():
            self._lemma_of.setdefault(word, lemma)
        self._vocabulary = sorted(self._lemma_of)
        self._known = frozenset(vocabulary)
        self._cutoff = cutoff
        self._min_length = min_length
        self._max_edits = max_edits
        self._known_max_edits = known_max_edits
        self._known_min_length = known_min_length
        self.correct = lru_cache(maxsize=4096)(self._correct)

    def _closest(self, token: str, edits: int | None) -> str | None:
        if edits is None:
            matches = process.extract(token, self._vocabulary, scorer=fuzz.ratio,
                                      score_cutoff=self._cutoff, limit=8)
            best = lambda m: (m[1], m[0] in self._known, self._frequency.get(m[0], 0))  # noqa: E731
        else:
            matches = process.extract(token, self._vocabulary, scorer=OSA.distance,
                                      score_cutoff=edits, limit=8)
            best = lambda m: (-m[1], m[0] in self._known, self._frequency.get(m[0], 0))  # noqa: E731
        # equally close: an index word before a word as written, then the more frequent one
        return max(matches, key=best)[0] if matches else None

    def _correct(self, token: str) -> str:
        if self._cutoff is None:
            return token  # correction switched off (ablation)
        if token in self._known or len(token) < self._min_length or not token.isalpha():
            return token
        if self._max_edits is None:
            edits = None
        else:
            edits = self._max_edits if len(token) >= 8 else min(1, self._max_edits)
        if known_word(token):
            # a real word outside the documents: leave it unknown, unless an index word is
            # a near-miss of it
            if not self._known_max_edits or len(token) < self._known_min_length:
                return token
            edits = self._known_max_edits
            match = self._closest(token, edits)
            return self._lemma_of[match] if match else token
        match = self._closest(token, edits)
        return self._lemma_of[match] if match else token
