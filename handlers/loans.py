"""policy_loan: available amount, interest rate, balance and repayment, on products that lend."""
from __future__ import annotations

from decimal import Decimal

from handlers.effects import loan_available, optional_rule, rule
from handlers.flow import Flow
from handlers.registry import HandlerContext, handles
from handlers.rules import RuleBook, money

BORROW_WORDS = ("borrow", "take a loan", "take out a loan", "request a loan", "loan of", "wants a loan")


def _lends(record) -> bool:
    book = RuleBook()
    return (record.policy.cash_value is not None and optional_rule(book, "max_loan_ratio", record.product) is not None
            and optional_rule(book, "loan_interest_rate", record.product) is not None)


@handles("policy_loan", description="borrow against a policy's cash value or check a loan")
async def policy_loan(ctx: HandlerContext, turn):
    flow = Flow.resume(ctx, turn, "policy_loan")
    if flow.declined:
        return flow.cancelled()
    ask = await flow.need_person("loans")
    if ask:
        return ask
    records, stop = await flow.need_policies("loans", lambda r: r.policy.status == "active" and _lends(r),
                                             several=False)
    if stop:
        return stop
    r, book, group = records[0], RuleBook(), ctx.repo.group
    employee = await flow.employee()
    ratio = Decimal(str(rule(book, "max_loan_ratio", r.product, group)))
    rate = Decimal(str(rule(book, "loan_interest_rate", r.product, group)))
    available = loan_available(r.policy.cash_value, r.policy.loan_balance, ratio)
    balance = r.policy.loan_balance or Decimal(0)
    view = {"employee": employee.full_name, "product": r.product.name, "policy_number": r.policy.policy_number,
            "cash_value": r.policy.cash_value, "balance": balance, "ratio_pct": money(ratio * 100).normalize(),
            "rate_pct": money(rate * 100).normalize(), "available": available,
            "yearly_interest": money(balance * rate), "deferral_months": rule(book, "loan_deferral_months", r.product, group),
            "requested": None, "error": None}
    citations = await flow.cite("policy-loans", "how-much-can-be-borrowed", "policy loan available")
    view["citations"] = citations
    amount, negative = flow.amount() if (flow.entities("MONEY") or flow.asked == "amount") else (None, False)
    if amount is not None:
        if negative or amount <= 0:
            return flow.ask("amount", "changes/ask", {**view, "family": "loans", "error": "not_positive", "amount": -amount if negative else amount})
        if amount > available:
            return flow.ask("amount", "changes/ask", {**view, "family": "loans", "error": "above_available", "amount": amount})
        flow.data["amount"] = str(money(amount))
    elif flow.asked == "amount" and not flow.confirming:
        return flow.ask("amount", "changes/ask", {**view, "family": "loans", "error": "bad_amount"})
    if "amount" not in flow.data:
        if flow.mentions(BORROW_WORDS) and available > 0:
            return flow.ask("amount", "loans/info", {**view, "ask_amount": True}, citations=citations)
        return flow.done("loans/info", {**view, "ask_amount": False}, citations=citations)
    view["requested"] = Decimal(flow.data["amount"])
    view["new_balance"] = balance + view["requested"]
    if not flow.confirming:
        return flow.confirm("loans/preview", view, citations=citations)
    payload = {"employee_id": employee.employee_id, "policy_number": r.policy.policy_number,
               "amount": view["requested"], "available": available, "interest_rate": rate,
               "new_balance": view["new_balance"], "owner_signature_required": True}
    return flow.submit("loans/submitted", view, payload, citations=citations)
