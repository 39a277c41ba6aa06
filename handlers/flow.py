"""Multi-step dialogues for the policy-change and service handlers (Home Assistant's flow shape).

A handler resumes its `Flow` from `ctx.pending` (what it asked last turn and the slots gathered
so far), takes what the new turn adds, asks for the next missing thing — one question at a
time — and, once everything is known, computes the effect, shows it and asks for confirmation.
"yes" records the service request (the engine stores `Answer.service_request`); "no" drops it.
Every step returns an `Answer`; the state lives in the conversation store, never in memory.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any, Callable, Iterable

from bot.storage.repository import PolicyRecord
from handlers.provisions import find_provision
from handlers.registry import Answer, EscalationRequest, HandlerContext
from handlers.rules import RuleBook
from intents.names import NOT_A_NAME, ORGANISATION_WORDS
from intents.persons import PersonRef, find_people, match_person

_YES = re.compile(r"^\s*(y|yes|yep|yeah|yup|sure|ok|okay|correct|confirm(ed)?|please do|go ahead|do it|"
                  r"that'?s right|right|submit( it)?|sounds good)\b", re.I)
_NO = re.compile(r"^\s*(n|no|nope|cancel|stop|don'?t|do not|never ?mind|not now|hold off|wait)\b", re.I)
_NUMBER = re.compile(r"(?<![\w.])(-|−|minus\s+)?\$?\s*(\d[\d,]*(?:\.\d+)?)\s*(k|thousand|m|mm|million)?\b", re.I)
_CAPITALISED_PAIR = re.compile(r"\b([A-Z][a-z]+(?:['-][A-Za-z]+)?)\s+([A-Z][a-z]+(?:['-][A-Za-z]+)?)\b")
_SCALE = {"k": 1000, "thousand": 1000, "m": 1_000_000, "mm": 1_000_000, "million": 1_000_000}


def plain(value: Any) -> Any:
    """JSON-safe copy (pending state and service-request payloads)."""
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def to_date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def to_decimal(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value))


@dataclass
class Person:
    status: str                                      # found | ambiguous | unknown | none
    employee_pk: int | None = None
    dependent_pks: list[int] = field(default_factory=list)   # dependents named in the turn
    candidates: list[str] = field(default_factory=list)
    query: str | None = None
    policy_number: str | None = None


@dataclass
class Flow:
    intent: str
    ctx: HandlerContext
    turn: Any
    data: dict[str, Any]
    asked: str | None

    # ---------------------------------------------------------------- state
    @classmethod
    def resume(cls, ctx: HandlerContext, turn, intent: str) -> "Flow":
        pending = ctx.pending if ctx.pending and ctx.pending.get("intent") == intent else None
        data = dict((pending or {}).get("data") or {})
        flow = cls(intent, ctx, turn, data, (pending or {}).get("slot"))
        if flow.asked == "confirm" and flow.names_someone_new():
            flow.data, flow.asked = {}, None          # a new request about someone else: start over
        return flow

    def names_someone_new(self) -> bool:
        return any(e.label in ("PERSON", "POLICY_NUMBER") for e in self.turn.entities) and not self.is_yes()

    @property
    def text(self) -> str:
        return self.turn.text or ""

    def is_yes(self) -> bool:
        return bool(_YES.match(self.text))

    def is_no(self) -> bool:
        return bool(_NO.match(self.text))

    @property
    def confirming(self) -> bool:
        return self.asked == "confirm" and self.is_yes()

    @property
    def declined(self) -> bool:
        return self.asked == "confirm" and self.is_no()

    # ---------------------------------------------------------------- entities of the turn
    def entities(self, label: str) -> list:
        return [e for e in self.turn.entities if e.label == label]

    def values(self, label: str) -> list[str]:
        return [e.value or e.text for e in self.entities(label)]

    def dates(self) -> list[date]:
        out = []
        for v in self.values("DATE"):
            try:
                out.append(to_date(v))
            except ValueError:
                continue
        return out

    def take_date(self, slot: str = "date", *, earliest: date | None = None, question: str = "date") -> dict | None:
        """Take the date the employer gave into `data[slot]`; an error view when it can't be used.

        A date before `earliest` (e.g. the issue date) or more than `max_future_days` ahead is refused.
        """
        dates = self.dates()
        if dates:
            latest = self.ctx.today + timedelta(days=int(RuleBook().value("max_future_days", group=self.ctx.repo.group.group_number)))
            if earliest is not None and dates[0] < earliest:
                return {"error": "before_issue", "error_date": dates[0], "issue_date": earliest}
            if dates[0] > latest:
                return {"error": "too_far_future", "error_date": dates[0], "latest": latest}
            self.data[slot] = dates[0].isoformat()
        elif self.asked == question and not self.confirming:
            return {"error": "bad_date"}
        return None

    def amount(self) -> tuple[Decimal | None, bool]:
        """(amount, written as negative) from a MONEY entity, or from a bare number in the text."""
        for e in self.entities("MONEY"):
            before = self.text[max(0, e.start - 7):e.start].lower()
            negative = before.rstrip().endswith(("-", "−", "minus"))
            try:
                return Decimal(str(e.value or "").replace(",", "")), negative
            except InvalidOperation:
                continue
        for m in _NUMBER.finditer(self.text):
            if re.fullmatch(r"\d{9,}", m.group(2)) and not m.group(3):
                continue                                  # a policy or account number, not money
            try:
                value = Decimal(m.group(2).replace(",", ""))
            except InvalidOperation:
                continue
            if m.group(3):
                value *= _SCALE[m.group(3).lower()]
            return value, bool(m.group(1))
        return None, False

    def mentions(self, words: Iterable[str]) -> bool:
        low = self.text.lower()
        return any(re.search(rf"\b{re.escape(w)}", low) for w in words)

    # ---------------------------------------------------------------- answers
    def _pending(self, slot: str) -> dict:
        return {"intent": self.intent, "slot": slot, "data": plain(self.data)}

    def ask(self, slot: str, template: str, view: dict | None = None, *, suggestions: Iterable[str] = (),
            citations: Iterable[dict] = ()) -> Answer:
        return Answer(template, {"slot": slot, **(view or {})}, citations=list(citations),
                      suggestions=list(suggestions), pending=self._pending(slot),
                      records=self.records())

    def confirm(self, template: str, view: dict, *, citations: Iterable[dict] = ()) -> Answer:
        return Answer(template, view, citations=list(citations), suggestions=["Yes, submit it", "No, cancel"],
                      pending=self._pending("confirm"), records=self.records())

    def done(self, template: str, view: dict, *, citations: Iterable[dict] = (),
             escalate: EscalationRequest | None = None, suggestions: Iterable[str] = ()) -> Answer:
        return Answer(template, view, citations=list(citations), escalate=escalate,
                      suggestions=list(suggestions), records=self.records())

    def submit(self, template: str, view: dict, payload: dict, *, citations: Iterable[dict] = (),
               escalate: EscalationRequest | None = None) -> Answer:
        """The employer confirmed: record the service request with its computed effect."""
        return Answer(template, view, citations=list(citations), escalate=escalate, records=self.records(),
                      service_request={"kind": self.intent, "payload": plain(payload)})

    def cancelled(self) -> Answer:
        return Answer("changes/cancelled", {"intent": self.intent}, records=self.records())

    def records(self) -> list[str]:
        return [str(n) for n in self.data.get("policy_numbers", [])]

    # ---------------------------------------------------------------- people
    async def person(self) -> Person:
        """The insured the turn is about (policy number first, then names), in the caller's group."""
        repo = self.ctx.repo
        for number in self.values("POLICY_NUMBER"):
            record = await repo.policy(number)
            if record is None:
                return Person("unknown", query=number, policy_number=number)
            return Person("found", record.employee.id, policy_number=record.policy.policy_number)
        people = [PersonRef(key, name) for key, name in await repo.people()]
        names = [e.text for e in self.entities("PERSON")]
        matches = [(n, match_person(n, people)) for n in names]
        if not any(m.status != "none" for _, m in matches):
            found = [(self.text[s:e], m) for s, e, m in find_people(self.text, people)]
            matches = found or matches
        if not matches and self.asked in ("person", "dependent") and len(self.text.split()) <= 5:
            matches = [(self.text.strip(), match_person(self.text.strip(), people))]
        if not matches:
            stranger = await self._unmatched_name()
            return Person("unknown", query=stranger) if stranger else Person("none")
        owners = await repo.dependent_owners()

        def who(ref: PersonRef) -> tuple[int | None, str]:
            return (int(ref.key[1:]) if ref.key[0] == "E" else owners.get(int(ref.key[1:])), ref.name)
        unique = []
        for query, m in matches:
            if m.status == "ambiguous":
                if len({who(p) for p in m.matches}) > 1:
                    names = list(dict.fromkeys(p.name for p in m.matches))
                    return Person("ambiguous", candidates=names if len(names) > 1 else [p.name for p in m.matches],
                                  query=query)
                unique.extend(m.matches)      # one dependent listed on several of the same employee's policies
            elif m.status == "unique":
                unique.append(m.matches[0])
        if not unique:
            return Person("unknown", query=matches[0][0])
        employees = [int(p.key[1:]) for p in unique if p.key[0] == "E"]
        dependents = [int(p.key[1:]) for p in unique if p.key[0] == "D"]
        owner = employees[0] if employees else owners.get(dependents[0])
        return Person("found", owner, dependent_pks=dependents)

    async def _unmatched_name(self) -> str | None:
        """A capitalised two-word name in the text that is none of the group's people."""
        known = {w.lower() for p in await self.ctx.repo.products() for w in re.findall(r"[A-Za-z]+", p.name)}
        known |= {w.lower() for w in re.findall(r"[A-Za-z]+", self.ctx.repo.group.name)}
        for m in _CAPITALISED_PAIR.finditer(self.text):
            words = m.group(1), m.group(2)
            if not any(w in NOT_A_NAME or w in ORGANISATION_WORDS or w.lower() in known for w in words):
                return f"{words[0]} {words[1]}"
        return None

    async def need_person(self, family: str) -> Answer | None:
        """Fill `employee_pk` (asking back when needed); None once it is known."""
        known = self.data.get("employee_pk")
        if known and self.asked not in (None, "person"):
            return None                               # the turn answers another question
        found = await self.person()
        if found.status == "found":
            if known and found.employee_pk != known:
                self.data.clear()                     # someone else: start the request over
            self.data["employee_pk"] = found.employee_pk
            if found.policy_number:
                self.data["policy_hint"] = found.policy_number
            if found.dependent_pks:
                self.data["named_dependents"] = found.dependent_pks
            return None
        if known and found.status == "none":
            return None
        if found.status == "ambiguous":
            return self.ask("person", "changes/which_person", {"candidates": found.candidates, "family": family},
                            suggestions=found.candidates[:4])
        if found.status == "unknown":
            return self.ask("person", "changes/unknown_person",
                            {"query": found.query, "policy_number": found.policy_number,
                             "group_name": self.ctx.repo.group.name, "family": family})
        return self.ask("person", "changes/ask", {"family": family})

    # ---------------------------------------------------------------- policies
    async def need_policies(self, family: str, want: Callable[[PolicyRecord], bool], *, several: bool,
                            none_template: str = "changes/no_policy") -> tuple[list[PolicyRecord] | None, Answer | None]:
        """The employee's policies this change applies to: those named, else those that fit.

        `several`: the change may apply to all fitting policies at once (termination, tobacco).
        """
        repo = self.ctx.repo
        records = await repo.policies_of(int(self.data["employee_pk"]))
        chosen_numbers = self.data.get("policy_numbers")
        named = set(self.values("POLICY_NUMBER")) | ({self.data["policy_hint"]} if self.data.get("policy_hint") else set())
        products = set(self.values("PRODUCT"))
        if self.asked == "policy" and not named and not products:
            products = self._products_in_text(records)
        if named or products:
            picked = [r for r in records if r.policy.policy_number in named
                      or r.product.code in products or r.product.line in products]
            if picked:
                chosen_numbers = [r.policy.policy_number for r in picked]
        if chosen_numbers:
            picked = [r for r in records if r.policy.policy_number in chosen_numbers]
            fit = [r for r in picked if want(r)]
            if fit:
                self.data["policy_numbers"] = [r.policy.policy_number for r in fit]
                return fit, None
            return None, self.done(none_template, {"family": family, "policies": _describe(picked),
                                                   "employee": await self._employee_name(), "named": True})
        fit = [r for r in records if want(r)]
        if not fit:
            return None, self.done(none_template, {"family": family, "policies": _describe(records),
                                                   "employee": await self._employee_name(), "named": False})
        if len(fit) == 1 or several:
            self.data["policy_numbers"] = [r.policy.policy_number for r in fit]
            return fit, None
        return None, self.ask("policy", "changes/which_policy",
                              {"family": family, "employee": await self._employee_name(), "policies": _describe(fit)},
                              suggestions=[f"{r.product.name} ({r.policy.policy_number})" for r in fit][:4])

    def _products_in_text(self, records: list[PolicyRecord]) -> set[str]:
        low = self.text.lower()
        return {r.product.code for r in records
                if r.product.code.lower() in re.findall(r"[\w-]+", low) or r.product.name.lower() in low
                or r.product.line.replace("_", " ") in low}

    async def _employee_name(self) -> str:
        employee = await self.ctx.repo.employee(int(self.data["employee_pk"]))
        return employee.full_name if employee else ""

    async def employee(self):
        return await self.ctx.repo.employee(int(self.data["employee_pk"]))

    # ---------------------------------------------------------------- provisions
    async def cite(self, document: str, section: str, question: str) -> list[dict]:
        """The provision section relied on (by its stable id), or the best match for the question."""
        kb = self.ctx.knowledge
        if kb is not None:
            found = kb.get(document, section)
            if found is not None:
                return [{"document": found.document, "section": found.section,
                         "title": f"{found.doc_title} — {found.title}"}]
        provision = await find_provision(self.ctx, question)
        return [provision.citation] if provision else []


def _describe(records: Iterable[PolicyRecord]) -> list[dict]:
    return [{"product": r.product.name, "code": r.product.code, "policy_number": r.policy.policy_number,
             "status": r.policy.status} for r in records]
