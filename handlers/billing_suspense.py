"""policy_suspense: money received but not applied — how much, from which payment, why it is
unapplied (a duplicate of another payment, more than the bill, no open bill), what would apply it;
applying it to a bill is a service request after "yes"."""
from __future__ import annotations

from decimal import Decimal

from handlers.billing_common import (Account, bill_summary, cite, dates_in, load_account, mentions, money_in,
                                     next_bill_view, yes_no)
from handlers.registry import Answer, HandlerContext, handles
from handlers.rules import RuleBook

INTENT = "policy_suspense"
APPLY_WORDS = ("apply", "use it", "use the", "move it", "move the", "put it", "put the", "credit it", "credit the",
               "transfer")


def suspense_items(acct: Account) -> list[dict]:
    items = []
    for p in acct.payments:
        held = Decimal(p.suspense)
        if held <= 0:
            continue
        duplicate_of = next((q for q in acct.payments if q.payment_id != p.payment_id and q.amount == p.amount
                             and q.reference == p.reference and q.received <= p.received), None)
        applied_to = acct.allocation.by_payment.get(p.payment_id, [])
        if duplicate_of is not None and Decimal(p.applied) == 0:
            why, detail = "duplicate", duplicate_of.payment_id
        elif Decimal(p.applied) > 0:
            why, detail = "more_than_bill", ", ".join(b for b, _ in applied_to)
        else:
            why, detail = "unmatched", ""
        items.append({"payment_id": p.payment_id, "received": p.received, "amount": Decimal(p.amount),
                      "applied": Decimal(p.applied), "suspense": held, "method": p.method, "reference": p.reference,
                      "why": why, "detail": detail,
                      "applied_to": [{"bill_number": b, "amount": a} for b, a in applied_to]})
    return items


def _target_bill(acct: Account, turn):
    low = turn.text.lower()
    named = next((b for b in acct.bills if b.bill_number.lower() in low), None)
    if named is not None:
        return next(s for s in acct.allocation.bills if s.bill.bill_number == named.bill_number)
    for d in dates_in(turn):
        bill = acct.bill_for_period(d)
        if bill is not None:
            return next(s for s in acct.allocation.bills if s.bill.bill_number == bill.bill_number)
    open_bills = acct.allocation.open_bills()
    return open_bills[0] if open_bills else None


@handles(INTENT, description="understand or apply money held in suspense")
async def policy_suspense(ctx: HandlerContext, turn) -> Answer:
    acct = await load_account(ctx, RuleBook())
    group = ctx.repo.group
    pending = ctx.pending if ctx.pending and ctx.pending.get("intent") == INTENT else None
    items = suspense_items(acct)
    total = sum((i["suspense"] for i in items), Decimal("0.00"))
    open_bills = [bill_summary(acct, s) for s in acct.allocation.open_bills()]
    base = {"group_name": group.name, "items": items, "total": total, "open_bills": open_bills,
            "next": next_bill_view(acct)}
    citations = cite(ctx, "suspense", "getting-money-in-suspense-applied", "apply money in suspense")

    if pending and pending.get("slot") == "confirm":
        decision = yes_no(turn.text)
        if decision == "no":
            return Answer("billing/cancelled", {"what": "applying the suspense money"})
        if decision == "yes":
            item = next((i for i in items if i["payment_id"] == pending["payment_id"]), None)
            if item is None or str(item["suspense"]) != pending["amount"]:
                return Answer("billing_suspense/changed", base, citations=citations)
            payload = {"payment_id": item["payment_id"], "amount": item["suspense"], "to": pending["to"],
                       "bill_number": pending.get("bill_number"), "why_unapplied": item["why"]}
            return Answer("billing_suspense/recorded", {**base, "item": item, "to": pending["to"],
                                                        "bill_number": pending.get("bill_number")},
                          citations=citations, service_request={"kind": "apply_suspense", "payload": payload},
                          records=[item["payment_id"]])

    if not items:
        return Answer("billing_suspense/none", base, citations=cite(ctx, "suspense", "what-suspense-means"))

    amounts, _ = money_in(turn)
    low = turn.text.lower()
    chosen = next((i for i in items if i["payment_id"].lower() in low), None) or \
        next((i for i in items if i["suspense"] in amounts or i["amount"] in amounts), None) or items[0]
    if mentions(turn.text, *APPLY_WORDS):
        target = _target_bill(acct, turn)
        if target is None:
            to, bill = "next_bill", None
        else:
            to, bill = "bill", bill_summary(acct, target)
        left_open = max(bill["open"] - chosen["suspense"], Decimal("0.00")) if bill else Decimal("0.00")
        credit = chosen["suspense"] - (bill["open"] - left_open) if bill else chosen["suspense"]
        return Answer("billing_suspense/apply_preview", {**base, "item": chosen, "to": to, "bill": bill,
                                                          "left_open": left_open, "credit": credit},
                      citations=citations,
                      pending={"intent": INTENT, "slot": "confirm", "payment_id": chosen["payment_id"],
                               "amount": str(chosen["suspense"]), "to": to,
                               "bill_number": bill["bill_number"] if bill else None},
                      suggestions=["Yes, apply it", "No"], records=[chosen["payment_id"]])
    return Answer("billing_suspense/explain", base,
                  citations=cite(ctx, "suspense", "common-reasons-for-money-in-suspense") + citations,
                  records=[i["payment_id"] for i in items],
                  suggestions=["Apply it to the oldest open bill" if open_bills else "Apply it to the next bill",
                               "Refund the duplicate payment" if any(i["why"] == "duplicate" for i in items)
                               else "Refund it"])
