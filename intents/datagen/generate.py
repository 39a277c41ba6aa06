"""Build intents/data/{train,valid,test}.jsonl from the templates, deterministically.

    python -m intents.datagen            # rewrites the three files
    python -m intents.datagen --check    # fails if the files differ from what would be written

Every template, email and composite lands in exactly one split (chosen per template), so
valid and test measure wordings that training never saw.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..dataset import Example
from ..entities import extract_entities
from ..labels import CONVERSATIONAL_INTENTS, INTENT_LABELS, OUT_OF_SCOPE
from . import (batch6, batch7, batch8, fresh_test, writer1, writer2, writer3, writer4, writer5, writer6,
               writer_valid)
from .actions import ACTIONS, FRAMES
from .chat import CHAT_LINES
from .emails import EMAILS
from .extra import EXTRA_EMAILS, EXTRA_OUT_OF_SCOPE, EXTRA_TEMPLATES
from .more import MORE_OUT_OF_SCOPE, MORE_TEMPLATES
from .noise import chat_noise
from .slots import SlotFiller
from .templates import OUT_OF_SCOPE as OOS_TEMPLATES
from .templates import TEMPLATES

DATA_DIR = Path(__file__).resolve().parents[1] / "data"
SPLITS = ("train", "valid", "test")
SLOT_RE = re.compile(r"\{(\w+)\}")
# intents that are not requests: never framed as an e-mail about something
NOT_EMAILED = frozenset({"greeting", "goodbye", "human_agent"})
# entity labels annotated in template wording; names only ever come from slots
LITERAL_LABELS = {"DATE", "MONEY", "BILLING_MODE", "RELATION", "PRODUCT", "POLICY_NUMBER", "GROUP_NUMBER"}


class Builder:
    """Accumulates text piece by piece, keeping entity offsets right."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.entities: list[dict] = []
        self.length = 0

    def add(self, text: str, label: str | None = None, value: str | None = None) -> None:
        if label:
            self.entities.append({"start": self.length, "end": self.length + len(text),
                                  "label": label, "value": value})
        self.parts.append(text)
        self.length += len(text)

    def add_plain(self, text: str, today: date) -> None:
        """Template wording, with the entities its own words name ("this week", "whole life").

        These few fixed phrases are annotated by the extractor itself (their values were checked
        by hand once); slot values are annotated independently by SlotFiller.
        """
        for e in extract_entities(text, today=today):
            if e.label in LITERAL_LABELS:
                self.entities.append({"start": self.length + e.start, "end": self.length + e.end,
                                      "label": e.label, "value": e.value})
        self.add(text)

    def add_template(self, template: str, filler: SlotFiller, noisy: bool, rng: random.Random) -> None:
        position = 0
        for m in SLOT_RE.finditer(template):
            plain = template[position:m.start()]
            self.add_plain(chat_noise(plain, rng) if noisy else plain, filler.today)
            self.add(*filler.fill(m.group(1)))
            position = m.end()
        tail = template[position:]
        self.add_plain(chat_noise(tail, rng) if noisy else tail, filler.today)

    def example(self, intent: str, secondary: list[str] | None = None, source: str = "") -> Example:
        return Example("".join(self.parts), intent, secondary or [], self.entities, source)


def template_id(intent: str, template: str) -> str:
    return f"{intent}:{hashlib.sha1(template.encode()).hexdigest()[:8]}"


OPENERS = ["", "", "", "Hi, ", "hello - ", "Quick question: ", "Hi there. ", "Good morning, ",
           "Hey {contact} here. ", "This is {contact} from {company}. ", "Question for you. "]
CLOSERS = ["", "", "", " Thanks!", " thx", " Thank you.", " Please advise.", " ty",
           " Let me know.", " Appreciate the help."]
EMAIL_GREETINGS = ["Hi {contact},", "Hello,", "Good morning,", "Hi team,", "Dear Sir or Madam,",
                   "Hello {contact},", "Hi all,", "To whom it may concern,"]
EMAIL_CONTEXT = [
    "I hope you are doing well.", "I hope your week is going well.",
    "Our payroll closes on Thursday so a quick answer would help.",
    "I'm covering for our benefits person this week.",
    "Sorry if this was already asked by someone else here.",
    "We have been with you for a few years now and this is the first time this came up.",
    "Let me know if you need anything else from us.", "Thanks in advance for your help.",
    "I tried to find this on my own but could not.",
]
EMAIL_SIGNOFFS = ["Thanks,", "Thank you,", "Best regards,", "Regards,", "Sincerely,", "Best,",
                  "Thanks so much,"]
CONNECTORS = [" Also, ", "\n\nSecond question: ", " And while I have you, ", " Separately, ",
              " One more thing: ", ". Also ", " Plus, ", "\n\nAlso - "]


def first_upper(template: str) -> str:
    return template[:1].upper() + template[1:]


def render(templates: list[tuple[str, str]], filler: SlotFiller, rng: random.Random,
           style: str, connector: str = "") -> Builder:
    """templates: (intent, template) pairs; more than one makes a two-request message."""
    b = Builder()
    noisy = style == "chat" and rng.random() < 0.5

    def body() -> None:
        for i, (_, template) in enumerate(templates):
            if i:
                b.add_plain(connector, filler.today)
                template = template[:1].lower() + template[1:] if connector.endswith(", ") else first_upper(template)
            b.add_template(template, filler, noisy, rng)

    if style == "chat":
        # a greeting or a thank-you stands alone: "Quick question: bye" is not a message
        alone = all(intent in ("greeting", "goodbye") for intent, _ in templates)
        b.add_template("" if alone else rng.choice(OPENERS), filler, False, rng)
        body()
        b.add_template("" if alone else rng.choice(CLOSERS), filler, False, rng)
    else:
        if rng.random() < 0.4:
            b.add_plain("Subject: " + rng.choice(["Question", "billing question", "Help please",
                                            "Re: our account", "employee change", "Inquiry"]) + "\n\n", filler.today)
        b.add_template(rng.choice(EMAIL_GREETINGS) + "\n\n", filler, False, rng)
        if rng.random() < 0.5:
            b.add_plain(rng.choice(EMAIL_CONTEXT) + " ", filler.today)
        body()
        if rng.random() < 0.5:
            b.add_plain(" " + rng.choice(EMAIL_CONTEXT), filler.today)
        b.add("\n\n" + rng.choice(EMAIL_SIGNOFFS) + "\n")
        b.add_template("{contact}", filler, False, rng)
        if rng.random() < 0.6:
            b.add_template("\n{title}\n{company}", filler, False, rng)
    return b


def split_of(index: int, count: int) -> str:
    """Per-template split: about 70/15/15, and every intent gets valid and test templates."""
    n_test = max(2, round(count * 0.15))
    n_valid = max(2, round(count * 0.15))
    if index < n_test:
        return "test"
    if index < n_test + n_valid:
        return "valid"
    return "train"


def _norm(template: str) -> str:
    return re.sub(r"[^a-z{} ]", "", template.lower()).strip()


def with_more_templates() -> dict[str, list[str]]:
    """templates.py plus more.py, without the second batch's near-copies.

    A template that differs from another only by case, punctuation or a word could land in another
    split than its twin and let test measure memory: a more.py template is dropped when it is this
    close (rapidfuzz ratio >= 85) to any earlier template, action or chat line of its intent, or
    (>= 95) of another intent.
    """
    from rapidfuzz import fuzz

    base = {intent: list(rows) for intent, rows in TEMPLATES.items()}
    base[OUT_OF_SCOPE] = list(OOS_TEMPLATES)
    seen: list[tuple[str, str]] = [(i, _norm(t)) for i, rows in base.items() for t in rows]
    seen += [(i, _norm(t)) for i, rows in ACTIONS.items() for t in rows]
    seen += [(i, _norm(t)) for i, rows in CHAT_LINES.items() for t in rows]
    more = [(i, t) for i, rows in MORE_TEMPLATES.items() for t in rows]
    more += [(OUT_OF_SCOPE, t) for t in MORE_OUT_OF_SCOPE]
    for intent, template in more:
        key = _norm(template)
        if any(fuzz.ratio(key, other) >= (85 if i == intent else 95) for i, other in seen):
            continue
        seen.append((intent, key))
        base[intent].append(template)
    return base


def generate(seed: int, today: date, per_intent: int = 200, out_of_scope: int = 600,
             composites: int = 400) -> dict[str, list[Example]]:
    rng = random.Random(seed)
    filler = SlotFiller(rng, today)
    out: dict[str, list[Example]] = {s: [] for s in SPLITS}
    by_split: dict[str, list[tuple[str, str, str]]] = {s: [] for s in SPLITS}  # for composites

    all_templates = with_more_templates()
    missing = set(INTENT_LABELS) - set(all_templates)
    if missing:
        raise SystemExit(f"no templates for {sorted(missing)}")

    def resolve(kind: str, template: str) -> str:
        # an action ("change our billing mode…") goes into a random shared frame
        return rng.choice(FRAMES).replace("{a}", template) if kind == "action" else template

    for intent in INTENT_LABELS:
        templates = ([("question", t) for t in all_templates[intent]]
                     + [("action", a) for a in ACTIONS.get(intent, [])]
                     + [("chat", c) for c in CHAT_LINES.get(intent, [])])
        rng.shuffle(templates)
        target = out_of_scope if intent == OUT_OF_SCOPE else per_intent
        variants = -(-target // len(templates))
        for index, (kind, template) in enumerate(templates):
            split = split_of(index, len(templates))
            if intent not in CONVERSATIONAL_INTENTS and kind != "chat":
                by_split[split].append((intent, kind, template))
            for _ in range(variants):
                email_ok = kind != "chat" and intent not in NOT_EMAILED
                style = "email" if email_ok and rng.random() < 0.3 else "chat"
                built = render([(intent, resolve(kind, template))], filler, rng, style)
                out[split].append(built.example(intent, source=template_id(intent, template)))

    # Two requests in one message: the first is the main request, the second is secondary.
    for split, share in (("train", 0.7), ("valid", 0.15), ("test", 0.15)):
        pool = by_split[split]
        for _ in range(round(composites * share)):
            (main, k1, t1), (second, k2, t2) = rng.sample(pool, 2)
            if main == second:
                continue
            style = "email" if rng.random() < 0.5 else "chat"
            built = render([(main, resolve(k1, t1)), (second, resolve(k2, t2))], filler, rng, style,
                           rng.choice(CONNECTORS))
            out[split].append(built.example(main, [second], template_id(main, t1)))

    # Hand-written emails, each used once: 5 of every 7 train, 1 valid, 1 test.
    for index, (intent, secondary, text) in enumerate(EMAILS):
        split = ("train", "train", "valid", "train", "train", "test", "train")[index % 7]
        b = Builder()
        b.add_template(text, filler, False, rng)
        out[split].append(b.example(intent, list(secondary), f"email:{index}"))

    # A message seen in training is no test of anything: drop repeats ("hi" from two templates).
    seen: set[str] = set()
    for split in SPLITS:
        unique = []
        for example in out[split]:
            key = example.text.lower().strip()
            if key not in seen:
                seen.add(key)
                unique.append(example)
        out[split] = unique
        rng.shuffle(out[split])
    add_extra(out, seed, filler.today, all_templates, seen)
    # The first test split was read after every round of changes for five sessions, so it no
    # longer measures unseen wording: it trains now, and fresh_test.py's split is the test split.
    out["train"].extend(out.pop("test"))
    add_writer_sets(out, seed, filler.today, all_templates, seen)
    return out


def extra_templates(all_templates: dict[str, list[str]]) -> list[tuple[str, str]]:
    """extra.py's (intent, template) pairs without near-copies of any earlier template, action
    or chat line of any split: ratio >= 80 within the intent, >= 90 across intents."""
    candidates = [(i, t) for i, rows in EXTRA_TEMPLATES.items() for t in rows]
    candidates += [(OUT_OF_SCOPE, t) for t in EXTRA_OUT_OF_SCOPE]
    return _without_near_copies(all_templates, [], candidates)


@dataclass(frozen=True)
class TrainOnlyBatch:
    """A batch of wordings written after an error analysis (batchN.py), for the train split only.
    `rng_seed` (a, b): its own random generator, random.Random(seed * a + b), so adding a batch
    leaves every earlier one as it was."""

    source: str
    rng_seed: tuple[int, int]
    templates: tuple[dict[str, list[str]], ...]
    out_of_scope: tuple[list[str], ...]
    emails: list


TRAIN_ONLY_BATCHES = (
    TrainOnlyBatch("extra6", (1013, 61),
                   (batch6.ROUND_6_TEMPLATES, batch6.ROUND_6B_TEMPLATES, batch6.ROUND_6C_TEMPLATES),
                   (batch6.ROUND_6_OUT_OF_SCOPE,), batch6.ROUND_6_EMAILS),
    TrainOnlyBatch("extra7", (1019, 73),
                   (batch7.BATCH_7_TEMPLATES, batch7.BATCH_7B_TEMPLATES, batch7.BATCH_7C_TEMPLATES,
                    batch7.BATCH_7D_TEMPLATES),
                   (batch7.BATCH_7_OUT_OF_SCOPE, batch7.BATCH_7B_OUT_OF_SCOPE,
                    batch7.BATCH_7C_OUT_OF_SCOPE, batch7.BATCH_7D_OUT_OF_SCOPE), batch7.BATCH_7_EMAILS),
    TrainOnlyBatch("extra8", (1021, 79),
                   (batch8.BATCH_8_TEMPLATES, batch8.BATCH_8B_TEMPLATES, batch8.BATCH_8C_TEMPLATES),
                   (batch8.BATCH_8_OUT_OF_SCOPE, batch8.BATCH_8B_OUT_OF_SCOPE), batch8.BATCH_8_EMAILS),
)


def train_only_templates(all_templates: dict[str, list[str]]) -> list[list[tuple[str, str]]]:
    """Each TRAIN_ONLY_BATCHES entry's (intent, template) pairs without near-copies (same ratios as
    extra_templates) of any template, action or chat line of any split, of any extra.py entry or
    of any kept entry of an earlier batch."""
    earlier = [(i, t) for i, rows in EXTRA_TEMPLATES.items() for t in rows]
    earlier += [(OUT_OF_SCOPE, t) for t in EXTRA_OUT_OF_SCOPE]
    kept_per_batch = []
    for batch in TRAIN_ONLY_BATCHES:
        candidates = [(i, t) for templates in batch.templates for i, rows in templates.items() for t in rows]
        candidates += [(OUT_OF_SCOPE, t) for rows in batch.out_of_scope for t in rows]
        kept = _without_near_copies(all_templates, earlier, candidates)
        kept_per_batch.append(kept)
        earlier += kept
    return kept_per_batch


def _without_near_copies(all_templates: dict[str, list[str]], earlier: list[tuple[str, str]],
                         candidates: list[tuple[str, str]]) -> list[tuple[str, str]]:
    from rapidfuzz import fuzz

    seen: list[tuple[str, str]] = [(i, _norm(t)) for i, rows in all_templates.items() for t in rows]
    seen += [(i, _norm(t)) for i, rows in ACTIONS.items() for t in rows]
    seen += [(i, _norm(t)) for i, rows in CHAT_LINES.items() for t in rows]
    seen += [(i, _norm(t)) for i, t in earlier]
    kept = []
    for intent, template in candidates:
        key = _norm(template)
        if any(fuzz.ratio(key, other) >= (80 if i == intent else 90) for i, other in seen):
            continue
        seen.append((intent, key))
        kept.append((intent, template))
    return kept


def unseen_keeper(seen: set[str], rows: list[Example]):
    """keep(example): appends to `rows` a message no split holds yet (case and outer spaces
    ignored) and records it in `seen`."""
    def keep(example: Example) -> None:
        key = example.text.lower().strip()
        if key not in seen:
            seen.add(key)
            rows.append(example)
    return keep


def add_extra(out: dict[str, list[Example]], seed: int, today: date,
              all_templates: dict[str, list[str]], seen: set[str], variants: int = 3) -> None:
    """extra.py's wordings and emails, then each of TRAIN_ONLY_BATCHES (batch6.py ...), into the
    train split only.

    Generated after valid and test are complete, from a random generator of their own, so valid
    and test are exactly what they were without them (figures stay comparable across models);
    a message already in any split is skipped.
    """
    rng = random.Random(seed * 1009 + 17)
    filler = SlotFiller(rng, today)
    added: list[Example] = []
    keep = unseen_keeper(seen, added)

    for intent, template in extra_templates(all_templates):
        for _ in range(variants):
            built = render_shared(intent, template, filler, rng)
            keep(built.example(intent, source="extra:" + template_id(intent, template)))
    add_emails(keep, EXTRA_EMAILS, filler, rng, "extra-email")
    for batch, templates in zip(TRAIN_ONLY_BATCHES, train_only_templates(all_templates)):
        a, b = batch.rng_seed
        add_train_only_batch(keep, random.Random(seed * a + b), today, templates, batch.emails,
                             batch.source, variants)
    out["train"].extend(added)
    rng.shuffle(out["train"])


@dataclass(frozen=True)
class WriterSet:
    """Templates and e-mails by a writer who read INTENTS.md and the slot names and nothing else of
    the project (fresh_test.py, writer*.py): TEMPLATES, OUT_OF_SCOPE and EMAILS of `module`."""

    source: str
    rng_seed: tuple[int, int]
    module: object

    def candidates(self) -> list[tuple[str, str]]:
        pairs = [(i, t) for i, rows in self.module.TEMPLATES.items() for t in rows]
        return pairs + [(OUT_OF_SCOPE, t) for t in self.module.OUT_OF_SCOPE]


# Generated in this order after the splits above, each from a random generator of its own, each
# without near-copies of everything before it: the test split, a validation split of the same
# kind (for choices, never trained on), then writers' sets for the train split only. Every writer
# worked from the same brief: INTENTS.md, SPEC.md, FACTS.md and the slot names (slots.py) and
# nothing else of the project (no data split, no other datagen file, no model output); 12
# templates for each label but out_of_scope, 50 out of scope, 30 e-mails (10 with two requests).
# The training writers (writer1..6) wrote after the test split had been read once, each leaning
# towards one kind of sender (their module docstrings), and saw no test or valid_fresh message.
FRESH_TEST = WriterSet("fresh", (1031, 97), fresh_test)
VALID_FRESH = WriterSet("fresh-valid", (1033, 101), writer_valid)
WRITER_BATCHES = (WriterSet("extra-w1", (1039, 103), writer1),
                  WriterSet("extra-w2", (1049, 107), writer2),
                  WriterSet("extra-w3", (1051, 109), writer3),
                  WriterSet("extra-w4", (1061, 113), writer4),
                  WriterSet("extra-w5", (1063, 127), writer5),
                  WriterSet("extra-w6", (1069, 131), writer6))


def add_writer_sets(out: dict[str, list[Example]], seed: int, today: date,
                    all_templates: dict[str, list[str]], seen: set[str]) -> None:
    """The test split (FRESH_TEST), valid_fresh (VALID_FRESH), then WRITER_BATCHES into train.

    A template that is a near-copy of any earlier template, action, chat line, train-only entry or
    earlier writer's template (the ratios of extra_templates) is dropped, an e-mail that is one of
    any earlier e-mail (ratio >= 80) too, and a message already in a split is skipped. So the test
    split is what it was when it was read, whatever is added to training after it.
    """
    earlier = extra_templates(all_templates)
    earlier += [pair for kept in train_only_templates(all_templates) for pair in kept]
    emails = [text for batch in (EMAILS, EXTRA_EMAILS, *(b.emails for b in TRAIN_ONLY_BATCHES))
              for _, _, text in batch]
    for writer, split in ((FRESH_TEST, "test"), (VALID_FRESH, "valid_fresh"),
                          *((w, "train") for w in WRITER_BATCHES)):
        a, b = writer.rng_seed
        kept = _without_near_copies(all_templates, earlier, writer.candidates())
        rows = writer_rows(writer, kept, emails, random.Random(seed * a + b), today, seen)
        earlier += kept
        emails += [text for _, _, text in writer.module.EMAILS]
        out[split] = out.get(split, []) + rows


def writer_rows(writer: WriterSet, kept: list[tuple[str, str]], earlier_emails: list[str],
                rng: random.Random, today: date, seen: set[str], variants: int = 3,
                oos_variants: int = 2, composites: int = 60) -> list[Example]:
    """A writer's kept templates in render()'s shared frames (three variants, two out of scope),
    two-request messages pairing its own templates, and its e-mails, shuffled."""
    from rapidfuzz import fuzz

    filler = SlotFiller(rng, today)
    rows: list[Example] = []
    keep = unseen_keeper(seen, rows)

    for intent, template in kept:
        source = f"{writer.source}:" + template_id(intent, template)
        for _ in range(oos_variants if intent == OUT_OF_SCOPE else variants):
            keep(render_shared(intent, template, filler, rng).example(intent, source=source))
    requests = [(i, t) for i, t in kept if i not in CONVERSATIONAL_INTENTS]
    for _ in range(composites if len(requests) > 1 else 0):
        (main, first), (second, other) = rng.sample(requests, 2)
        if main == second:
            continue
        style = "email" if rng.random() < 0.5 else "chat"
        built = render([(main, first), (second, other)], filler, rng, style, rng.choice(CONNECTORS))
        keep(built.example(main, [second], f"{writer.source}:" + template_id(main, first)))
    known = [_norm(text) for text in earlier_emails]
    emails = [e for e in writer.module.EMAILS if all(fuzz.ratio(_norm(e[2]), k) < 80 for k in known)]
    add_emails(keep, emails, filler, rng, f"{writer.source}-email")
    rng.shuffle(rows)
    return rows


def render_shared(intent: str, template: str, filler: SlotFiller, rng: random.Random) -> Builder:
    """One train-only template in render()'s shared frames: a chat line, or 30% of the time an
    e-mail when the intent is a request."""
    style = "email" if intent not in NOT_EMAILED and rng.random() < 0.3 else "chat"
    return render([(intent, template)], filler, rng, style)


def add_emails(keep, emails, filler: SlotFiller, rng: random.Random, source: str) -> None:
    """Hand-written e-mails of a train-only batch, each once, slots filled."""
    for index, (intent, secondary, text) in enumerate(emails):
        b = Builder()
        b.add_template(text, filler, False, rng)
        keep(b.example(intent, list(secondary), f"{source}:{index}"))


def render_batch6(intent: str, template: str, filler: SlotFiller, rng: random.Random) -> Builder:
    """One template of batch6.py in its own frames (chat openers and closers, e-mail subjects,
    greetings and signatures that the template splits never use)."""
    b = Builder()
    if intent in NOT_EMAILED or rng.random() < 0.65:
        noisy = rng.random() < 0.5
        alone = intent in ("greeting", "goodbye")
        if not alone:
            b.add_template(rng.choice(batch6.CHAT_OPENERS), filler, False, rng)
        b.add_template(template, filler, noisy, rng)
        if not alone:
            b.add_template(rng.choice(batch6.CHAT_CLOSERS), filler, False, rng)
        return b
    if rng.random() < 0.4:
        b.add_template("Subject: " + rng.choice(batch6.EMAIL_SUBJECTS) + "\n\n", filler, False, rng)
    b.add_template(rng.choice(batch6.EMAIL_GREETINGS) + "\n\n", filler, False, rng)
    if rng.random() < 0.4:
        b.add_plain(rng.choice(batch6.EMAIL_CONTEXT) + " ", filler.today)
    b.add_template(first_upper(template), filler, False, rng)
    if rng.random() < 0.3:
        b.add_plain(" " + rng.choice(batch6.EMAIL_CONTEXT), filler.today)
    b.add_template("\n\n" + rng.choice(batch6.EMAIL_SIGNATURES), filler, False, rng)
    return b


def add_train_only_batch(keep, rng: random.Random, today: date, templates: list[tuple[str, str]],
                         emails, source: str, variants: int) -> None:
    """A train-only batch from a random generator of its own, so the earlier batches come out as
    before: each template half the time in the shared frames of render(), half the time in
    batch6.py's own; then the batch's e-mails."""
    filler = SlotFiller(rng, today)
    for intent, template in templates:
        for _ in range(variants):
            if rng.random() < 0.5:
                built = render_shared(intent, template, filler, rng)
            else:
                built = render_batch6(intent, template, filler, rng)
            keep(built.example(intent, source=f"{source}:" + template_id(intent, template)))
    add_emails(keep, emails, filler, rng, f"{source}-email")


def to_jsonl(examples: dict[str, list[Example]]) -> dict[str, str]:
    return {split: "".join(json.dumps(e.to_json(), ensure_ascii=False) + "\n" for e in rows)
            for split, rows in examples.items()}


def main(argv: list[str] | None = None) -> int:
    from .. import config as ea_config

    parser = argparse.ArgumentParser(prog="python -m intents.datagen", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="only compare with the files on disk")
    args = parser.parse_args(argv)
    corpus = ea_config.load()["corpus"]
    examples = generate(corpus["seed"], date.fromisoformat(corpus["today"]))
    contents = to_jsonl(examples)
    stale = []
    for split, text in contents.items():
        path = DATA_DIR / f"{split}.jsonl"
        if args.check:
            if not path.exists() or path.read_text() != text:
                stale.append(path.name)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text)
            print(f"{path}: {text.count(chr(10))} examples")
    if stale:
        print(f"out of date: {', '.join(stale)}; run python -m intents.datagen", file=sys.stderr)
        return 1
    return 0
