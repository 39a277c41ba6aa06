"""When the assistant hands a conversation to a person, beyond what handlers decide themselves.

SPEC.md "Escalation": the employer asks for a person (handlers/conversation.py), two
low-confidence turns (bot/engine.py), a handler's rule needs a human (EscalationRequest), strong
negative wording and a request beyond the employer's permission (both here). Everything
tunable — the lexicon, roles, priorities — is data in bot/escalation_policy.yaml.

The engine calls three things:
  `permission_answer(...)` before the handler: an Answer that replaces it when not allowed;
  `review(...)` after the handler: adds a `negative_sentiment` escalation (the turn is still
  answered) and returns the notice templates to append to the reply;
  `priority(...)` when an escalation is opened.
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources

import yaml
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from handlers.registry import Answer, EscalationRequest

NOTICE_NEGATIVE = "dialogue/follow_up_person"      # "a person will follow up" sentence
DELINQUENT_STATUSES = {"delinquent", "past_due", "lapsed"}


@lru_cache(maxsize=1)
def policy_data() -> dict:
    return yaml.safe_load(resources.files("bot").joinpath("escalation_policy.yaml").read_text())


# ---------------------------------------------------------------- strong negative wording
_TOKEN = re.compile(r"[A-Za-z]+(?:['\u2019][a-z]+)?|!")


@dataclass(frozen=True)
class Sentiment:
    score: float
    matched: tuple[str, ...]          # the terms that counted, for the administrator
    negative: bool


@lru_cache(maxsize=1)
def _lexicon() -> tuple[dict, dict[tuple[str, ...], float], int]:
    cfg = policy_data()["sentiment"]
    terms = {tuple(_norm(t) for t in str(k).split()): float(v) for k, v in cfg["terms"].items()}
    longest = max(len(k) for k in terms)
    return cfg, terms, longest


def _norm(token: str) -> str:
    # "don't", "don’t" and "dont" are one token
    return token.lower().replace("\u2019", "").replace("'", "")


def score_text(text: str) -> Sentiment:
    cfg, terms, longest = _lexicon()
    raw = _TOKEN.findall(text or "")
    words = [t for t in raw if t != "!"]
    tokens = [_norm(t) for t in words]
    negators = {_norm(n) for n in cfg["negators"]}
    intensifiers = {k: float(v) for k, v in cfg["intensifiers"].items()}
    score, matched, i = 0.0, [], 0
    while i < len(tokens):
        for n in range(min(longest, len(tokens) - i), 0, -1):   # longest phrase first
            key = tuple(tokens[i:i + n])
            if key in terms:
                weight = terms[key]
                window = tokens[max(0, i - cfg["negation_window"]):i]
                if any(t in negators for t in window):
                    weight = 0.0          # "not ridiculous", "wasn't a problem"
                elif i > 0 and tokens[i - 1] in intensifiers:
                    weight *= intensifiers[tokens[i - 1]]
                if weight:
                    score += weight
                    matched.append(" ".join(key))
                i += n
                break
        else:
            i += 1
    shouted = [w for w in words if len(w) >= 3 and w.isupper() and w.isalpha()]
    if len(shouted) > 1:      # one capitalised acronym (SSN, HR) is not shouting
        score += min(cfg["shouting"] * (len(shouted) - 1), cfg["shouting_max"])
    bangs = raw.count("!")
    if bangs > 1:
        score += min(cfg["exclamations"] * (bangs - 1), cfg["exclamations_max"])
    score = round(score, 2)
    return Sentiment(score, tuple(matched), score >= float(cfg["threshold"]))


# ---------------------------------------------------------------- permission
@dataclass(frozen=True)
class Caller:
    role: str
    group_number: str
    contacts: tuple[tuple[str, str, str], ...]      # (name, email, role) of the group's contacts


async def caller(session: AsyncSession, conv, group, contact_rows=None) -> Caller:
    """The caller's role: their contact entry in the policy data, else the default role."""
    from bot.storage.models import Contact
    if group is None:
        return Caller(policy_data()["permission"]["default_role"], "", ())
    if contact_rows is None:
        contact_rows = (await session.scalars(select(Contact).where(Contact.group_id == group.id)
                                              .order_by(Contact.id))).all()
    contacts = tuple((c.name, c.email, c.role) for c in contact_rows)
    user = (conv.user or "").strip().lower()
    role = next((r for _, e, r in contacts if e.lower() == user), policy_data()["permission"]["default_role"])
    return Caller(role, group.group_number, contacts)


def permission_answer(who: Caller, turn) -> Answer | None:
    """An Answer that stands in for the handler when the request is beyond the caller's permission."""
    cfg = policy_data()["permission"]
    # a group number other than the caller's: never disclose, hand to a person
    others = sorted({(e.value or e.text).upper() for e in turn.entities if e.label == "GROUP_NUMBER"}
                    - {who.group_number.upper()})
    if others and who.group_number:
        return Answer("dialogue/permission_other_group", {"other_groups": others, "group_number": who.group_number},
                      escalate=EscalationRequest("permission", policy_data()["next_step"]["other_group"], 3))
    denied = cfg["roles"].get(who.role, cfg["roles"][cfg["default_role"]])["denied"]
    if turn.intent not in denied:
        return None
    authorised = [n for n, _, r in who.contacts if r == cfg["authorised_role"]]
    return Answer("dialogue/permission_denied",
                  {"what": cfg["describe"].get(turn.intent, turn.intent.replace("_", " ")),
                   "role": who.role.replace("_", " "), "authorised": authorised[0] if authorised else None},
                  escalate=EscalationRequest("permission", policy_data()["next_step"]["permission"], 3))


# ---------------------------------------------------------------- after the handler
def review(turn, answer: Answer) -> tuple[Answer, list[str], Sentiment]:
    """Strong negative wording: the turn keeps its answer; an escalation is added (or the one the
    handler asked for is made more urgent) and the reply says a person will follow up."""
    feeling = score_text(turn.text)
    if not feeling.negative:
        return answer, [], feeling
    if answer.escalate is None:
        answer.escalate = EscalationRequest("negative_sentiment", policy_data()["next_step"]["negative_sentiment"],
                                            policy_data()["priority"]["by_reason"]["negative_sentiment"])
        return answer, [NOTICE_NEGATIVE], feeling
    answer.escalate = dataclasses.replace(
        answer.escalate, priority=min(answer.escalate.priority,
                                      policy_data()["priority"]["by_reason"]["negative_sentiment"]))
    return answer, [], feeling


# ---------------------------------------------------------------- priority
def group_past_due(group, today: date) -> bool:
    """Past due: the group's paid-to date plus its grace days has passed (SPEC.md "delinquency":
    the oldest unpaid bill is the one for the period starting at the paid-to date)."""
    if (group.status or "").lower() in DELINQUENT_STATUSES:
        return True
    if group.paid_to_date is None:
        return False
    return today > group.paid_to_date + timedelta(days=group.grace_days or 0)


def priority(request: EscalationRequest, intent: str | None, group, today: date) -> int:
    cfg = policy_data()["priority"]
    candidates = [request.priority, cfg["by_reason"].get(request.reason, request.priority)]
    if intent in cfg["by_intent"]:
        candidates.append(cfg["by_intent"][intent])
    if group is not None and group_past_due(group, today):
        candidates.append(cfg["delinquent_group"])
    return min(candidates)
