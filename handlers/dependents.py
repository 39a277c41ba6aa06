"""dependent_change: add or remove a spouse, domestic partner or child — eligibility by age and
relation from the product data, the new tier and premium, the newborn/adoption window, and
removal effective dates with the premium credit for months already paid."""
from __future__ import annotations

import re
from datetime import timedelta
from decimal import Decimal

from handlers.effects import (age_on, dependent_eligible, first_of_next_month, month_end, rule, tier_for,
                              whole_months)
from handlers.flow import Flow, to_date
from handlers.premiums import per_pay_amount, policy_premium
from handlers.registry import EscalationRequest, HandlerContext, handles
from handlers.rules import RuleBook, money

FAMILY = "dependents"
ADD = ("add", "newborn", "new baby", "had a baby", "born", "adopt", "got married", "enroll", "new spouse")
REMOVE = ("remove", "drop", "divorce", "take off", "no longer", "delete", "aged out", "ages out", "passed away")
NEWBORN = ("newborn", "born", "baby", "adopt", "placement")


@handles("dependent_change", description="add or remove a dependent")
async def dependent_change(ctx: HandlerContext, turn):
    flow = Flow.resume(ctx, turn, "dependent_change")
    if flow.declined:
        return flow.cancelled()
    if flow.asked in (None, "action", "person"):
        if flow.mentions(REMOVE):
            flow.data["action"] = "remove"
        elif flow.mentions(ADD):
            flow.data["action"] = "add"
        if flow.mentions(NEWBORN):
            flow.data["newborn"] = True
    ask = await flow.need_person(FAMILY)
    if ask:
        return ask
    employee = await flow.employee()
    if "action" not in flow.data:
        return flow.ask("action", "changes/ask", {"family": FAMILY, "employee": employee.full_name},
                        suggestions=["Add a dependent", "Remove a dependent"])
    records, stop = await flow.need_policies(
        FAMILY, lambda r: r.policy.status == "active" and r.product.rate_basis == "tier", several=True)
    if stop:
        return stop
    if flow.data["action"] == "remove":
        return await _remove(flow, employee, records)
    return await _add(flow, employee, records)


def _relation(flow: Flow) -> str | None:
    values = flow.values("RELATION")
    if values:
        return values[0]
    if flow.asked == "relation":
        low = flow.text.lower()
        for word, relation in (("partner", "domestic_partner"), ("spouse", "spouse"), ("wife", "spouse"),
                               ("husband", "spouse"), ("child", "child"), ("son", "child"), ("daughter", "child"),
                               ("baby", "child")):
            if word in low:
                return relation
    return None


async def _add(flow: Flow, employee, records):
    ctx, book, group = flow.ctx, RuleBook(), flow.ctx.repo.group
    base = {"family": FAMILY, "employee": employee.full_name, "action": "add", "error": None, "today": ctx.today}
    relation = _relation(flow)
    if relation:
        flow.data["relation"] = relation
    if flow.data.get("newborn") and "relation" not in flow.data:
        flow.data["relation"] = "child"
    if "relation" not in flow.data:
        return flow.ask("relation", "changes/ask", base, suggestions=["Spouse", "Child", "Domestic partner"])
    relation = flow.data["relation"]
    base["relation"] = relation
    if flow.asked == "dependent_name" and flow.text.strip():
        flow.data["name"] = re.sub(r"(?i)^(her|his|the)?\s*(name is|it's|it is)\s*", "", flow.text.strip()).strip(" .")
    if "name" not in flow.data:
        return flow.ask("dependent_name", "changes/ask", base)
    base["dependent_name"] = flow.data["name"]
    dates = flow.dates()
    if flow.asked in ("dob", "date") and not dates and not flow.confirming:
        return flow.ask(flow.asked, "changes/ask", {**base, "error": "bad_date"})
    if dates and flow.asked in ("dob", None, "dependent_name", "relation", "action", "person"):
        if dates[0] > ctx.today:
            return flow.ask("dob", "changes/ask", {**base, "error": "future_date", "error_date": dates[0]})
        flow.data["dob"] = dates[0].isoformat()
    elif dates and flow.asked == "date":
        if dates[0] > ctx.today:
            return flow.ask("date", "changes/ask", {**base, "error": "future_date", "error_date": dates[0]})
        flow.data["event_date"] = dates[0].isoformat()
    if "dob" not in flow.data:
        return flow.ask("dob", "changes/ask", base)
    dob = to_date(flow.data["dob"])
    newborn = bool(flow.data.get("newborn")) and relation == "child"
    for r in records:                                   # eligibility by age today, before asking more
        limit = rule(book, "child_max_age" if relation == "child" else "spouse_max_age", r.product, group)
        if not dependent_eligible(relation, age_on(dob, ctx.today), child_max_age=limit, spouse_max_age=limit):
            return flow.done("dependents/not_eligible", {**base, "error": "not_eligible", "limit": limit,
                                                          "age": age_on(dob, ctx.today), "effective": ctx.today,
                                                          "product": r.product.name})
    if newborn:
        flow.data.setdefault("event_date", dob.isoformat())
    if "event_date" not in flow.data:
        return flow.ask("date", "changes/ask", base)
    event = to_date(flow.data["event_date"])
    window = int(rule(book, "newborn_window_days" if newborn else "qualifying_event_window_days", group=group))
    in_time = 0 <= (ctx.today - event).days <= window
    effective = event if newborn and in_time else first_of_next_month(ctx.today)

    cache: dict = {}
    mode, lines = group.billing_mode, []
    for r in records:
        limit = rule(book, "child_max_age" if relation == "child" else "spouse_max_age", r.product, group)
        age = age_on(dob, effective)
        if not dependent_eligible(relation, age, child_max_age=limit, spouse_max_age=limit):
            return flow.done("dependents/not_eligible", {**base, "error": "not_eligible", "limit": limit, "age": age,
                                                          "effective": effective, "product": r.product.name})
        tier = tier_for([d.relation for d in r.dependents] + [relation])
        old = await policy_premium(flow.ctx.repo, r, cache)
        new = await policy_premium(flow.ctx.repo, r, cache, tier=tier)
        months = whole_months(effective, r.policy.paid_to_date)
        lines.append({"product": r.product.name, "policy_number": r.policy.policy_number, "old_tier": r.policy.tier,
                      "new_tier": tier, "old_monthly": old, "new_monthly": new,
                      "old_per_pay": per_pay_amount(old, mode, book), "new_per_pay": per_pay_amount(new, mode, book),
                      "months": months, "difference": new - old,
                      "adjustment": money((new - old) * months)})
    view = {**base, "newborn": newborn, "dob": dob, "event": event, "window": window, "in_time": in_time,
            "evidence": not in_time, "effective": effective, "policies": lines, "mode": mode,
            "total": sum((x["adjustment"] for x in lines), Decimal(0))}
    citations = await flow.cite("newborns-and-adoptions", "adding-a-newborn" if in_time else "after-31-days",
                                "add newborn") if newborn else await flow.cite(
        "dependent-eligibility", "how-adding-or-removing-a-dependent-changes-the-premium", "add dependent")
    view["citations"] = citations
    if not flow.confirming:
        return flow.confirm("dependents/preview", view, citations=citations)
    escalate = None if in_time else EscalationRequest(
        "rule_requires_human", f"Dependent {flow.data['name']} reported more than {window} days after the event: "
        "evidence of insurability needed; route to underwriting.", 3)
    payload = {"action": "add", "employee_id": employee.employee_id, "dependent": flow.data["name"],
               "relation": relation, "dob": dob, "event_date": event, "effective": effective, "policies": lines,
               "evidence_required": not in_time}
    return flow.submit("dependents/submitted", view, payload, citations=citations, escalate=escalate)


async def _remove(flow: Flow, employee, records):
    ctx, book, group = flow.ctx, RuleBook(), flow.ctx.repo.group
    covered = {d.id: d for r in records for d in r.dependents}
    base = {"family": FAMILY, "employee": employee.full_name, "action": "remove", "error": None, "today": ctx.today,
            "dependents": sorted({d.name for d in covered.values()})}
    if not covered:
        return flow.done("dependents/none_covered", base)
    named = [pk for pk in flow.data.get("named_dependents", []) if pk in covered]
    if not named and flow.asked == "which_dependent":
        from intents.persons import PersonRef, match_person
        m = match_person(flow.text, [PersonRef(str(pk), d.name) for pk, d in covered.items()])
        if m.status == "unique":
            named = [int(m.matches[0].key)]
    if named:
        flow.data["dependent_pk"] = named[0]
    if "dependent_pk" not in flow.data:
        return flow.ask("which_dependent", "changes/ask", base, suggestions=base["dependents"][:4])
    dependent = covered[int(flow.data["dependent_pk"])]
    base["dependent_name"] = dependent.name
    error = flow.take_date("event_date")
    if error:
        return flow.ask("date", "changes/ask", {**base, **error})
    if "event_date" not in flow.data:
        return flow.ask("date", "changes/ask", base)
    event = to_date(flow.data["event_date"])
    ends = month_end(event)
    cache: dict = {}
    mode, lines, beyond = group.billing_mode, [], False
    for r in records:
        if dependent.id not in {d.id for d in r.dependents}:
            continue
        retro = rule(book, "max_retro_days", r.product, group)
        counted = max(first_of_next_month(event), first_of_next_month(ctx.today - timedelta(days=int(retro))))
        beyond = beyond or event < ctx.today - timedelta(days=int(retro))
        tier = tier_for([d.relation for d in r.dependents if d.id != dependent.id])
        old = await policy_premium(ctx.repo, r, cache)
        new = await policy_premium(ctx.repo, r, cache, tier=tier)
        months = whole_months(counted, r.policy.paid_to_date)
        lines.append({"product": r.product.name, "policy_number": r.policy.policy_number, "old_tier": r.policy.tier,
                      "new_tier": tier, "old_monthly": old, "new_monthly": new,
                      "old_per_pay": per_pay_amount(old, mode, book), "new_per_pay": per_pay_amount(new, mode, book),
                      "months": months, "difference": old - new,
                      "credit": money((old - new) * months), "from": counted})
    view = {**base, "event": event, "ends": ends, "policies": lines, "mode": mode, "beyond_window": beyond,
            "total": sum((x["credit"] for x in lines), Decimal(0))}
    citations = await flow.cite("dependent-eligibility", "removing-a-dependent", "remove dependent")
    view["citations"] = citations
    if not flow.confirming:
        return flow.confirm("dependents/remove_preview", view, citations=citations)
    escalate = EscalationRequest("rule_requires_human", f"Dependent removal dated {event} is beyond the retro "
                                 "window; approve the credit.", 2) if beyond else None
    payload = {"action": "remove", "employee_id": employee.employee_id, "dependent": dependent.name,
               "event_date": event, "coverage_ends": ends, "policies": lines, "total_credit": view["total"]}
    return flow.submit("dependents/submitted", view, payload, citations=citations, escalate=escalate)
