"""bank_draft: move an insured between payroll deduction and bank draft, change the account or
draft day, stop a draft, explain returned drafts. Account numbers are taken but only their last
four digits are kept, shown or stored."""
from __future__ import annotations

import re
from decimal import Decimal

from handlers.effects import aba_valid, first_draft, first_of_next_month, rule
from handlers.flow import Flow
from handlers.premiums import policy_premium
from handlers.registry import HandlerContext, handles
from handlers.rules import RuleBook

ACTIONS = (("returned", ("returned", "bounced", "nsf", "r01", "r02", "r03", "r07", "r10", "came back")),
           ("to_payroll", ("back to payroll", "to payroll deduction", "stop the draft and deduct", "payroll instead")),
           ("stop", ("stop the draft", "stop drafting", "cancel the draft", "stop bank draft", "end the draft")),
           ("change_account", ("new account", "change the account", "new bank", "different account", "change bank")),
           ("change_day", ("draft day", "draft date", "different day", "change the day")),
           ("to_draft", ("bank draft", "eft", "draft", "direct bill", "pay directly", "from payroll")))
_ROUTING = re.compile(r"(?i)\b(?:routing|aba|rtn)\b\D{0,12}(\d{9})\b")
_ACCOUNT = re.compile(r"(?i)\b(?:account|acct|a/c)\b\D{0,12}(\d{4,17})\b")
_DAY = re.compile(r"(?i)\b(\d{1,2})(?:st|nd|rd|th)?\b")


def last4(digits: str) -> str:
    return "••••" + digits[-4:]


@handles("bank_draft", description="set up, change or stop a bank draft")
async def bank_draft(ctx: HandlerContext, turn):
    flow = Flow.resume(ctx, turn, "bank_draft")
    if flow.declined:
        return flow.cancelled()
    if flow.asked in (None, "action", "person"):
        for action, words in ACTIONS:
            if flow.mentions(words):
                flow.data["action"] = action
                break
    book, group = RuleBook(), ctx.repo.group
    if flow.data.get("action") == "returned":
        view = {"ach_return_days": rule(book, "ach_return_days", group=group),
                "late_days": rule(book, "ach_unauthorized_return_days", group=group),
                "grace_days": rule(book, "grace_days", group=group)}
        citations = await flow.cite("bank-drafts", "returned-drafts", "returned draft")
        return flow.done("bank_draft/returned", {**view, "citations": citations}, citations=citations)
    ask = await flow.need_person("bank_draft")
    if ask:
        return ask
    employee = await flow.employee()
    base = {"family": "bank_draft", "employee": employee.full_name, "error": None,
            "max_draft_day": rule(book, "max_draft_day", group=group)}
    if "action" not in flow.data:
        return flow.ask("action", "changes/ask", base, suggestions=["Move to bank draft", "Back to payroll deduction",
                                                                     "New bank account", "Returned draft"])
    action = flow.data["action"]
    records = [r for r in await ctx.repo.policies_of(employee.id) if r.policy.status == "active"]
    flow.data["policy_numbers"] = [r.policy.policy_number for r in records]
    if not records:
        return flow.done("changes/no_policy", {"family": "bank_draft", "employee": employee.full_name,
                                               "policies": [], "named": False})
    if action in ("to_draft", "change_day", "change_account"):
        if action != "change_account":
            if flow.asked == "draft_day" or (flow.asked is None and re.search(r"(?i)\bday\b|\bthe \d", flow.text)):
                m = _DAY.search(flow.text)
                day = int(m.group(1)) if m else None
                if day is None or not 1 <= day <= int(base["max_draft_day"]):
                    return flow.ask("draft_day", "changes/ask", {**base, "error": "bad_day"})
                flow.data["draft_day"] = day
            if "draft_day" not in flow.data:
                return flow.ask("draft_day", "changes/ask", base)
        if action != "change_day":
            routing, account = _ROUTING.search(flow.text), _ACCOUNT.search(flow.text)
            if routing and account and aba_valid(routing.group(1)):
                flow.data["routing"], flow.data["account"] = last4(routing.group(1)), last4(account.group(1))
            elif flow.asked == "account" and not flow.confirming:
                return flow.ask("account", "changes/ask", {**base, "error": "bad_account"})
            if "account" not in flow.data:
                return flow.ask("account", "changes/ask", base)
    cache: dict = {}
    monthly = sum([await policy_premium(ctx.repo, r, cache) or Decimal(0) for r in records], Decimal(0))
    day = int(flow.data.get("draft_day") or 1)
    view = {**base, "action": action, "policies": [{"product": r.product.name, "policy_number": r.policy.policy_number}
                                                   for r in records],
            "monthly": monthly, "draft_day": flow.data.get("draft_day"), "routing": flow.data.get("routing"),
            "account": flow.data.get("account"), "first_draft": first_draft(ctx.today, day),
            "from_month": first_of_next_month(ctx.today), "mode": group.billing_mode}
    section = {"to_draft": "moving-from-payroll-deduction-to-bank-draft", "to_payroll": "setting-up-a-bank-draft"}.get(
        action, "changing-the-bank-account-or-stopping-a-draft")
    citations = await flow.cite("bank-drafts", section, "bank draft")
    view["citations"] = citations
    if not flow.confirming:
        return flow.confirm("bank_draft/preview", view, citations=citations)
    payload = {"employee_id": employee.employee_id, "action": action, "monthly": monthly,
               "draft_day": flow.data.get("draft_day"), "routing_last4": flow.data.get("routing"),
               "account_last4": flow.data.get("account"), "first_draft": view["first_draft"],
               "policies": [p["policy_number"] for p in view["policies"]], "authorization_signature_required":
               action in ("to_draft", "change_account")}
    return flow.submit("bank_draft/submitted", view, payload, citations=citations)
