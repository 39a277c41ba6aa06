"""Who is the employer talking about? Policy numbers first, then names matched with rapidfuzz."""
from __future__ import annotations

from dataclasses import dataclass, field

from intents.persons import PersonRef, find_people, match_person
from handlers.registry import HandlerContext


@dataclass
class Subject:
    status: str                                   # found | ambiguous | unknown | none
    employee_pks: list[int] = field(default_factory=list)
    policy_number: str | None = None              # when the employer named a policy
    candidates: list[str] = field(default_factory=list)   # names to ask back about
    query: str | None = None                      # what the employer wrote


def _employee_pk(ref_key: str, dependents_owner: dict[int, int]) -> int | None:
    kind, pk = ref_key[0], int(ref_key[1:])
    return pk if kind == "E" else dependents_owner.get(pk)


async def find_subject(ctx: HandlerContext, turn, *, whole_text_is_name: bool = False) -> Subject:
    """Resolve the person or policy a turn is about, within the caller's group only."""
    for ent in turn.entities:
        if ent.label == "POLICY_NUMBER":
            record = await ctx.repo.policy(ent.value or ent.text)
            if record is None:
                return Subject("unknown", query=ent.text, policy_number=ent.value or ent.text)
            return Subject("found", [record.employee.id], policy_number=record.policy.policy_number)

    people = [PersonRef(key, name) for key, name in await ctx.repo.people()]
    names = [e.text for e in turn.entities if e.label == "PERSON"]
    matches = [match_person(name, people) for name in names]
    if not matches:
        matches = [m for _, _, m in find_people(turn.text, people)]
    if not matches and whole_text_is_name:
        names = [turn.text.strip()]
        matches = [match_person(names[0], people)]
    if not matches:
        return Subject("none")

    owners = await ctx.repo.dependent_owners()
    for match in matches:
        if match.status == "ambiguous":
            # a dependent on several policies is listed once per policy: one family is not ambiguous
            pks = {_employee_pk(m.key, owners) for m in match.matches}
            if len(pks) == 1:
                return Subject("found", [pks.pop()])
            candidates = list(dict.fromkeys(m.name for m in match.matches))
            return Subject("ambiguous", candidates=candidates, query=names[0] if names else None)
    found = [m for m in matches if m.status == "unique"]
    if not found:
        return Subject("unknown", query=names[0] if names else turn.text)
    pks: list[int] = []
    for match in found:
        pk = _employee_pk(match.matches[0].key, owners)
        if pk is not None and pk not in pks:
            pks.append(pk)
    return Subject("found", pks)
