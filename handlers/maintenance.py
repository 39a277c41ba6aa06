"""policy_maintenance: an insured's name, address, date of birth, payroll ID or beneficiary,
each recorded as a service request. Beneficiary changes need the insured's signature: the form
goes to the insured; a corrected date of birth shows its premium effect (issue age)."""
from __future__ import annotations

import re
from datetime import date

from handlers.effects import age_on
from handlers.rules import issue_age, monthly_premium, RateNotFound
from handlers.premiums import product_terms
from handlers.flow import Flow
from handlers.premiums import policy_premium
from handlers.registry import HandlerContext, handles
from handlers.rules import RuleBook

FIELDS = (("beneficiary", ("beneficiary", "beneficiaries")),
          ("dob", ("date of birth", "birth date", "birthdate", "dob", "birthday")),
          ("payroll_id", ("payroll id", "payroll number", "employee number", "payroll #")),
          ("address", ("address", "moved", "street", "zip")),
          ("name", ("name", "married name", "maiden", "spelling")))


@handles("policy_maintenance", description="change an insured's name, address, date of birth, payroll ID or beneficiary")
async def policy_maintenance(ctx: HandlerContext, turn):
    flow = Flow.resume(ctx, turn, "policy_maintenance")
    if flow.declined:
        return flow.cancelled()
    if flow.asked in (None, "field", "person"):
        for name, words in FIELDS:
            if flow.mentions(words):
                flow.data["field"] = name
                break
    ask = await flow.need_person("maintenance")
    if ask:
        return ask
    employee = await flow.employee()
    base = {"family": "maintenance", "employee": employee.full_name, "error": None, "today": ctx.today}
    if "field" not in flow.data:
        return flow.ask("field", "changes/ask", base, suggestions=["Name", "Address", "Date of birth", "Payroll ID",
                                                                    "Beneficiary"])
    field = flow.data["field"]
    base["field"] = field
    records = [r for r in await ctx.repo.policies_of(employee.id) if r.policy.status == "active"]
    flow.data["policy_numbers"] = [r.policy.policy_number for r in records]
    view = {**base, "current": {"name": employee.full_name, "dob": employee.dob, "payroll_id": employee.payroll_id,
                                "address": None, "beneficiary": None}[field]}
    if field != "beneficiary" and "value" not in flow.data:
        value = _value(flow, field)
        if isinstance(value, dict):                            # an error to ask back about
            return flow.ask("value", "changes/ask", {**base, **value})
        if value is None:
            return flow.ask("value", "changes/ask", base)
        flow.data["value"] = value
    view["value"] = flow.data.get("value")
    premium_changes = []
    if field == "dob":
        new_dob = date.fromisoformat(flow.data["value"])
        view["value"] = new_dob
        cache: dict = {}
        for r in records:
            if r.product.rate_basis != "per_unit":
                continue
            old = await policy_premium(ctx.repo, r, cache)
            terms = await product_terms(ctx.repo, r, cache)
            try:
                new = monthly_premium(terms, tier=r.policy.tier, tobacco=r.policy.tobacco,
                                      age=issue_age(new_dob, r.policy.issue_date), benefit=r.policy.benefit,
                                      riders=[{"monthly": x.monthly} for x in r.riders])
            except RateNotFound:
                continue
            if old != new:
                premium_changes.append({"product": r.product.name, "policy_number": r.policy.policy_number,
                                        "old_monthly": old, "new_monthly": new})
    view["premium_changes"] = premium_changes
    if field == "beneficiary":
        view["life_policies"] = [{"product": r.product.name, "policy_number": r.policy.policy_number}
                                 for r in records if r.product.line in ("term_life", "whole_life")]
    citations = await flow.cite("group-contract", "getting-a-copy-of-the-contract-or-certificates",
                                "change beneficiary form") if field == "beneficiary" else []
    view["citations"] = citations
    if not flow.confirming:
        return flow.confirm("maintenance/preview", view, citations=citations)
    payload = {"employee_id": employee.employee_id, "field": field, "old": view["current"], "new": view["value"],
               "insured_signature_required": field == "beneficiary", "premium_changes": premium_changes}
    return flow.submit("maintenance/submitted", view, payload, citations=citations)


def _value(flow: Flow, field: str):
    text = flow.text.strip()
    if field == "dob":
        dates = flow.dates()
        if not dates:
            return {"error": "bad_date"} if flow.asked == "value" else None
        book = RuleBook()
        age = age_on(dates[0], flow.ctx.today)
        low, high = int(book.value("min_insured_age")), int(book.value("max_insured_age"))
        if not low <= age <= high or dates[0] > flow.ctx.today:
            return {"error": "bad_dob", "error_date": dates[0], "age": age}
        return dates[0].isoformat()
    if flow.asked != "value":
        m = re.search(r"(?i)\b(?:to|is now|is)\s+(.+)$", text)
        if not m or field == "name" and not re.search(r"[A-Z]", m.group(1)):
            return None
        text = m.group(1)
    text = re.sub(r"(?i)^(her|his|the|their)?\s*(new )?(name|address|payroll id)?\s*(is|will be|:)\s*", "", text)
    text = text.strip(" .")
    if field == "payroll_id" and not re.fullmatch(r"[A-Za-z0-9-]{2,20}", text):
        return None
    return text or None
