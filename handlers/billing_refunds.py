"""premium_refund: refunds computed by SPEC's rules — termination (whole_month / pro_rata per
product, retro window), death (beyond the policy month of death), duplicate or over-payment
(from suspense), backdated tobacco change (what was billed and paid above the corrected rate) —
and the status of refund requests. Above rules.yaml refund_approval_limit, or reaching back beyond
the retro window, a refund goes to an administrator (reason `refund_approval`)."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from handlers.billing_common import cite, dates_in, load_account, mentions, money_in, yes_no
from handlers.billing_rules import death_refund, needs_approval, sum_money, termination_refund
from handlers.people import find_subject
from handlers.premiums import policy_premium
from handlers.registry import Answer, EscalationRequest, HandlerContext, handles
from handlers.rules import RuleBook

INTENT = "premium_refund"
STATUS_WORDS = ("status", "where is our refund", "where's our refund", "where is my refund", "when will we get",
                "when will i get", "did you send", "has the refund", "have you sent", "still waiting", "refund requests",
                "track")
DUPLICATE_WORDS = ("twice", "duplicate", "double", "paid two", "two payments", "overpa", "paid too much",
                   "paid more than", "extra payment", "paid it again")
DEATH_WORDS = ("died", "death", "deceased", "passed away", "passed on", "funeral")
TOBACCO_WORDS = ("tobacco", "smok", "nicotine", "vap", "cigar")


def _kind(text: str) -> str:
    if mentions(text, *DEATH_WORDS):
        return "death"
    if mentions(text, *TOBACCO_WORDS):
        return "tobacco"
    return "termination"


def _retro_days(book: RuleBook, product, group) -> int:
    return int(book.value("max_retro_days", product={"max_retro_days": product.max_retro_days},
                          state=group.state, group=group.group_number))


def _limit(book: RuleBook, group) -> Decimal:
    return Decimal(str(book.value("refund_approval_limit", state=group.state, group=group.group_number)))


async def _person_refund(ctx: HandlerContext, kind: str, employee_pk: int, event: date | None,
                         policy_number: str | None, products: set[str]) -> Answer:
    repo, book, cache, group = ctx.repo, RuleBook(), {}, ctx.repo.group
    employee = await repo.employee(employee_pk)
    records = await repo.policies_of(employee_pk)
    if policy_number:
        records = [r for r in records if r.policy.policy_number == policy_number]
    elif products:
        records = [r for r in records if r.product.code in products or r.product.line in products] or records
    if event is None and kind == "termination":
        event = employee.termination_date or next((r.policy.termination_date for r in records
                                                   if r.policy.termination_date), None)
    base = {"employee": employee.full_name, "employee_id": employee.employee_id, "kind": kind,
            "group_name": group.name}
    if event is None:
        return Answer("billing_refund/which_date", base,
                      pending={"intent": INTENT, "slot": "date", "kind": kind, "employee_pk": employee_pk,
                               "policy_number": policy_number})
    if event > ctx.today:
        return Answer("billing_refund/future_date", {**base, "date": event, "today": ctx.today},
                      pending={"intent": INTENT, "slot": "date", "kind": kind, "employee_pk": employee_pk,
                               "policy_number": policy_number})
    acct = await load_account(ctx, book) if kind == "tobacco" else None
    paid_bills = {s.bill.bill_number for s in acct.allocation.bills if s.open <= 0} if acct else set()
    rows = []
    for r in records:
        p = r.policy
        if p.status == "lapsed":
            continue
        monthly = await policy_premium(repo, r, cache)
        if monthly is None:
            continue
        retro = _retro_days(book, r.product, group)
        row = {"policy_number": p.policy_number, "product": r.product.name, "monthly": monthly,
               "paid_to": p.paid_to_date, "max_retro_days": retro}
        if kind == "death":
            calc = death_refund(monthly, event, p.paid_to_date)
        elif kind == "tobacco":
            calc = termination_refund(monthly, "whole_month", event, p.paid_to_date, today=ctx.today,
                                      max_retro_days=retro)   # only for the retro limit
            correct = await policy_premium(repo, r, cache, tobacco=False)
            months = book.direct_bill_months(group.billing_mode) or 1
            lines = await repo.lines_for_policy(p.policy_number)

            def overcharge(since: date) -> tuple[Decimal, int]:
                over, n = Decimal("0.00"), 0
                for bill, line in lines:
                    if bill.period >= since and bill.bill_number in paid_bills and line.amount > correct * months:
                        over += Decimal(line.amount) - correct * months
                        n += months
                return over, n
            over, billed_months = overcharge(calc.counted_from)
            full, _ = overcharge(event)
            if full <= 0:
                continue
            row.update(method="tobacco", months=billed_months, days=0, amount=over, counted_from=calc.counted_from,
                       retro_limited=calc.retro_limited, new_monthly=correct, uncapped=full)
            rows.append(row)
            continue
        else:
            calc = termination_refund(monthly, r.product.refund_method, event, p.paid_to_date, today=ctx.today,
                                      max_retro_days=retro)
        uncapped = calc.amount
        if calc.retro_limited:
            uncapped = (death_refund(monthly, event, p.paid_to_date) if kind == "death" else termination_refund(
                monthly, r.product.refund_method, event, p.paid_to_date, today=event, max_retro_days=0)).amount
        if uncapped <= 0:
            continue
        row.update(method=calc.method, months=calc.months, days=calc.days, amount=calc.amount,
                   counted_from=calc.counted_from, retro_limited=calc.retro_limited, uncapped=uncapped)
        rows.append(row)
    total = sum_money(r["amount"] for r in rows)
    uncapped_total = sum_money(r["uncapped"] for r in rows)
    limit = _limit(book, group)
    retro_limited = any(r["retro_limited"] for r in rows)
    approval = needs_approval(total, limit, retro_limited)
    data = {**base, "date": event, "policies": rows, "total": total, "limit": limit, "uncapped_total": uncapped_total,
            "retro_limited": retro_limited, "needs_approval": approval, "today": ctx.today}
    if kind == "tobacco":
        citations = cite(ctx, "tobacco-status", "refund-after-a-change-to-non-tobacco", "tobacco refund")
    else:
        section = "refund-after-a-death" if kind == "death" else "how-a-termination-refund-is-calculated"
        citations = cite(ctx, "premium-refunds", section, "how is a refund calculated")
    if retro_limited:
        citations += cite(ctx, "premium-refunds", "retroactive-terminations")
    if approval:
        citations += cite(ctx, "premium-refunds", "refunds-that-need-approval")
    pending = None
    if total > 0 or uncapped_total > 0:
        pending = {"intent": INTENT, "slot": "confirm", "kind": kind, "employee_pk": employee_pk,
                   "date": event.isoformat(), "policy_number": policy_number, "total": str(total)}
    return Answer("billing_refund/computed", data, citations=citations, pending=pending,
                  suggestions=["Yes, submit it", "No"] if pending else [],
                  records=[r["policy_number"] for r in rows])


async def _duplicate(ctx: HandlerContext, turn, confirm_id: str | None = None) -> Answer:
    book, group = RuleBook(), ctx.repo.group
    acct = await load_account(ctx, book)
    amounts, _ = money_in(turn)
    items = []
    for p in acct.payments:
        if Decimal(p.suspense) <= 0:
            continue
        dup_of = next((q.payment_id for q in acct.payments if q.payment_id != p.payment_id and q.amount == p.amount
                       and q.reference == p.reference and q.received <= p.received), None)
        items.append({"payment_id": p.payment_id, "received": p.received, "amount": Decimal(p.amount),
                      "suspense": Decimal(p.suspense), "duplicate_of": dup_of, "method": p.method,
                      "reference": p.reference,
                      "applied_to": [b for b, _ in acct.allocation.by_payment.get(p.payment_id, [])]})
    if confirm_id:
        items = [i for i in items if i["payment_id"] == confirm_id]
    elif amounts:
        items = [i for i in items if i["amount"] in amounts or i["suspense"] in amounts] or items
    items.sort(key=lambda i: (i["duplicate_of"] is None, i["received"]))
    citations = cite(ctx, "premium-refunds", "refund-of-a-duplicate-or-overpayment", "refund duplicate payment")
    if not items:
        return Answer("billing_refund/no_overpayment", {"group_name": group.name,
                                                        "payments": len(acct.payments)}, citations=citations)
    chosen = items[0]
    limit = _limit(book, group)
    approval = needs_approval(chosen["suspense"], limit, False)
    return Answer("billing_refund/overpayment", {"item": chosen, "others": items[1:], "limit": limit,
                                                 "needs_approval": approval, "group_name": group.name},
                  citations=citations + (cite(ctx, "premium-refunds", "refunds-that-need-approval") if approval else []),
                  pending={"intent": INTENT, "slot": "confirm", "kind": "overpayment",
                           "payment_id": chosen["payment_id"], "total": str(chosen["suspense"])},
                  suggestions=["Yes, submit it", "No"], records=[chosen["payment_id"]])


async def _status(ctx: HandlerContext) -> Answer:
    requests = await ctx.repo.service_requests(kinds=[INTENT])
    rows = [{"id": r.id, "created": r.created_at.date(), "status": r.status,
             "amount": Decimal(str(r.payload.get("total", "0"))), "reason": r.payload.get("reason", ""),
             "who": r.payload.get("employee") or r.payload.get("payment_id") or "",
             "needs_approval": bool(r.payload.get("needs_approval"))} for r in requests[:10]]
    return Answer("billing_refund/status", {"requests": rows, "group_name": ctx.repo.group.name},
                  citations=cite(ctx, "premium-refunds", "refunds-that-need-approval"),
                  records=[f"SR-{r['id']}" for r in rows])


async def _confirmed(ctx: HandlerContext, turn, pending: dict) -> Answer:
    kind = pending["kind"]
    if kind == "overpayment":
        preview = await _duplicate(ctx, turn, confirm_id=pending["payment_id"])
        if preview.template != "billing_refund/overpayment":
            return preview
        item = preview.data["item"]
        payload = {"reason": "duplicate_payment" if item["duplicate_of"] else "overpayment",
                   "payment_id": item["payment_id"], "duplicate_of": item["duplicate_of"],
                   "total": item["suspense"], "needs_approval": preview.data["needs_approval"]}
        data = {**preview.data, "total": item["suspense"], "kind": kind}
    else:
        preview = await _person_refund(ctx, kind, pending["employee_pk"], date.fromisoformat(pending["date"]),
                                       pending.get("policy_number"), set())
        if preview.template != "billing_refund/computed":
            return preview
        data = {**preview.data}
        payload = {"reason": kind, "employee": data["employee"], "employee_id": data["employee_id"],
                   "event_date": data["date"], "total": data["total"], "needs_approval": data["needs_approval"],
                   "retro_limited": data["retro_limited"], "uncapped_total": data["uncapped_total"],
                   "policies": [{k: r[k] for k in ("policy_number", "monthly", "method", "months", "days", "amount",
                                                   "counted_from")} for r in data["policies"]]}
    if str(data["total"]) != pending.get("total"):
        return preview          # the figures changed since the question: show them again
    escalate = None
    if data["needs_approval"]:
        escalate = EscalationRequest(
            "refund_approval",
            f"Approve or adjust a {kind} refund of {data['total']} (limit {data.get('limit')}"
            + (", reaches back beyond the retro window" if data.get("retro_limited") else "") + ").", 2)
    return Answer("billing_refund/recorded", data, citations=preview.citations, escalate=escalate,
                  service_request={"kind": INTENT, "payload": payload}, records=preview.records)


@handles(INTENT, description="get money back (overpayment, duplicate payment, premium after a termination)")
async def premium_refund(ctx: HandlerContext, turn) -> Answer:
    pending = ctx.pending if ctx.pending and ctx.pending.get("intent") == INTENT else None
    text = turn.text
    if pending and pending.get("slot") == "confirm":
        decision = yes_no(text)
        if decision == "yes":
            return await _confirmed(ctx, turn, pending)
        if decision == "no":
            return Answer("billing/cancelled", {"what": "the refund request"})
    if mentions(text, *STATUS_WORDS):
        return await _status(ctx)
    if mentions(text, *DUPLICATE_WORDS) or (pending and pending.get("kind") == "overpayment"):
        return await _duplicate(ctx, turn)

    _, negative = money_in(turn)
    if negative:
        return Answer("billing_refund/bad_amount", {})
    kind = pending.get("kind") if pending and pending.get("slot") in ("person", "date") and \
        not mentions(text, *DEATH_WORDS, *TOBACCO_WORDS) else _kind(text)
    dates = dates_in(turn)
    event = dates[0] if dates else (date.fromisoformat(pending["date"]) if pending and pending.get("date")
                                    and pending.get("slot") == "person" else None)
    products = {e.value for e in turn.entities if e.label == "PRODUCT" and e.value}

    if pending and pending.get("slot") == "date" and pending.get("employee_pk") and not \
            any(e.label in ("PERSON", "POLICY_NUMBER") for e in turn.entities):
        if event is None:
            return Answer("billing_refund/which_date", {"employee": "", "kind": kind, "group_name": ""},
                          pending=pending)
        return await _person_refund(ctx, kind, pending["employee_pk"], event, pending.get("policy_number"), products)

    asked_name = bool(pending and pending.get("slot") == "person")
    subject = await find_subject(ctx, turn, whole_text_is_name=asked_name)
    keep = {"intent": INTENT, "slot": "person", "kind": kind, "date": event.isoformat() if event else None}
    if subject.status == "found":
        return await _person_refund(ctx, kind, subject.employee_pks[0], event, subject.policy_number, products)
    if subject.status == "ambiguous":
        return Answer("coverage/which_person", {"candidates": subject.candidates},
                      suggestions=subject.candidates[:4], pending=keep)
    if subject.status == "unknown":
        return Answer("coverage/unknown_person", {"query": subject.query, "policy_number": subject.policy_number,
                                                  "group_name": ctx.repo.group.name}, pending=keep)
    return Answer("billing_refund/which_person", {"kind": kind, "date": event},
                  citations=cite(ctx, "premium-refunds", "how-a-termination-refund-is-calculated"),
                  pending=keep, suggestions=["Check the status of our refund", "We paid a bill twice"])

