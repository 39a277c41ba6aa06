"""claims_eligibility: was a person insured on a date (issue date, status, paid-to date, grace,
waiting period), and how to file. Never health details of a claim."""
from __future__ import annotations

from datetime import timedelta

from handlers.effects import rule
from handlers.flow import Flow
from handlers.registry import HandlerContext, handles
from handlers.rules import RuleBook

HOW_TO = ("how do i file", "how to file", "file a claim", "claim form", "submit a claim", "where do i send")
HEALTH = ("diagnos", "medical", "condition", "surgery", "treatment", "illness was", "why was it denied")


def coverage_on(record, day, book: RuleBook, group) -> dict:
    p = record.policy
    grace = int(rule(book, "grace_days", record.product, group))
    waiting = int(rule(book, "waiting_period_days", record.product, group))
    out = {"product": record.product.name, "policy_number": p.policy_number, "issue_date": p.issue_date,
           "paid_to": p.paid_to_date, "termination_date": p.termination_date, "status": p.status,
           "waiting_days": waiting, "waiting_ends": p.issue_date + timedelta(days=waiting), "grace_days": grace}
    if day < p.issue_date:
        out["outcome"] = "not_yet"
    elif p.termination_date and day > p.termination_date:
        out["outcome"] = "ended"
    elif waiting and day < out["waiting_ends"]:
        out["outcome"] = "waiting"
    elif p.paid_to_date and day >= p.paid_to_date:
        out["outcome"] = "grace" if day < p.paid_to_date + timedelta(days=grace) else "unpaid"
    else:
        out["outcome"] = "covered"
    return out


@handles("claims_eligibility", description="check whether someone was covered on a date for a claim")
async def claims_eligibility(ctx: HandlerContext, turn):
    flow = Flow.resume(ctx, turn, "claims_eligibility")
    book, group = RuleBook(), ctx.repo.group
    filing = {"notice_days": rule(book, "notice_of_claim_days", group=group),
              "proof_days": rule(book, "proof_of_loss_days", group=group), "health": flow.mentions(HEALTH)}
    person = await flow.person() if flow.asked is None else None
    if flow.asked is None and person.status == "none" and not flow.dates():
        citations = await flow.cite("claims-filing", "notice-of-claim", "how to file a claim")
        return flow.ask("person", "claims/how_to_file", {**filing, "citations": citations}, citations=citations)
    ask = await flow.need_person("claims")
    if ask:
        return ask
    dates = flow.dates()
    if dates:
        if dates[0] > ctx.today:
            return flow.ask("date", "changes/ask", {"family": "claims", "error": "future_date",
                                                    "error_date": dates[0], "today": ctx.today})
        flow.data["date"] = dates[0].isoformat()
    elif flow.asked == "date":
        return flow.ask("date", "changes/ask", {"family": "claims", "error": "bad_date"})
    if "date" not in flow.data:
        return flow.ask("date", "changes/ask", {"family": "claims", "error": None})
    from datetime import date
    day = date.fromisoformat(flow.data["date"])
    employee = await flow.employee()
    records = await ctx.repo.policies_of(employee.id)
    dependents = set(flow.data.get("named_dependents") or [])
    who = employee.full_name
    if dependents:
        records = [r for r in records if dependents & {d.id for d in r.dependents}]
        who = next(d.name for r in records for d in r.dependents if d.id in dependents) if records else who
    flow.data["policy_numbers"] = [r.policy.policy_number for r in records]
    results = [coverage_on(r, day, book, group) for r in records]
    citations = await flow.cite("claims-filing", "whether-someone-was-covered-on-a-date", "covered on a date claim")
    view = {**filing, "who": who, "employee": employee.full_name, "day": day, "results": results,
            "citations": citations}
    return flow.done("claims/eligibility", view, citations=citations)
