"""billing_mode: the group's mode, and what a change does (per policy and group total, effective
date by SPEC's rule, Section 125 and payroll-calendar notes); after "yes" a service request."""
from __future__ import annotations

from handlers.billing_common import cite, entity_values, load_account, mentions, yes_no
from handlers.billing_rules import ALL_MODES, DIRECT_MODES, PAYROLL_MODES, mode_change_effective, sum_money
from handlers.people import find_subject
from handlers.premiums import per_pay_amount, policy_premium
from handlers.registry import Answer, HandlerContext, handles
from handlers.rules import RuleBook

LIST_IN_CHAT = 12
CHANGE_WORDS = ("change", "switch", "move", "moving", "go to", "convert", "update", "want to be", "set up as")


def mode_label(mode: str) -> str:
    return {"semimonthly": "semi-monthly", "biweekly": "bi-weekly", "semiannual": "semi-annual"}.get(mode, mode)


async def mode_effect(ctx: HandlerContext, target: str, employee_pks: list[int] | None = None) -> dict:
    """Each active policy's per-pay amount now and in `target`, the group totals and the dates."""
    repo, book, cache = ctx.repo, RuleBook(), {}
    group = repo.group
    acct = await load_account(ctx, book)
    records = await repo.all_policies()
    if employee_pks:
        records = [r for r in records if r.employee.id in employee_pks]
    rows, unpriced = [], []
    for r in records:
        if r.policy.status != "active":
            continue
        monthly = await policy_premium(repo, r, cache)
        if monthly is None:
            unpriced.append(r.policy.policy_number)
            continue
        rows.append({"policy_number": r.policy.policy_number, "employee": r.employee.full_name,
                     "employee_id": r.employee.employee_id, "product": r.product.name, "monthly": monthly,
                     "current": per_pay_amount(monthly, group.billing_mode, book),
                     "new": per_pay_amount(monthly, target, book)})
    effective = mode_change_effective(acct.next.bill_date)
    n_new = book.deductions_per_year(target) or (12 // (book.direct_bill_months(target) or 12))
    n_old = book.deductions_per_year(group.billing_mode) or (12 // (book.direct_bill_months(group.billing_mode) or 12))
    total_monthly = sum_money(r["monthly"] for r in rows)
    return {
        "group_name": group.name, "current_mode": group.billing_mode, "target_mode": target,
        "current_label": mode_label(group.billing_mode), "target_label": mode_label(target),
        "policies": rows, "policy_count": len(rows), "unpriced": unpriced,
        "total_monthly": total_monthly,
        "total_current": sum_money(r["current"] for r in rows),
        "total_new": sum_money(r["new"] for r in rows),
        "payments_per_year_new": n_new, "payments_per_year_old": n_old,
        "yearly_new": sum_money(r["new"] for r in rows) * n_new,
        "next_bill_date": acct.next.bill_date, "next_due_date": acct.next.due_date, "effective_date": effective,
        "section_125": group.section_125,
        "target_direct": target in DIRECT_MODES, "current_direct": group.billing_mode in DIRECT_MODES,
        "calendar_note": calendar_note(group.billing_mode, target),
    }


def calendar_note(old: str, new: str) -> str:
    notes = {
        "weekly": "Weekly payroll has 52 pay dates; four months a year have five.",
        "biweekly": "Bi-weekly payroll has 26 pay dates; two months a year have three, so a month's deductions "
                    "do not always equal the monthly bill.",
        "semimonthly": "Semi-monthly payroll has 24 pay dates, two every month, so deductions line up with the monthly bill.",
        "monthly": "Monthly payroll has 12 pay dates; each deduction equals the monthly premium.",
        "quarterly": "Quarterly direct bill: each installment is the monthly premium × 3, billed to the insured.",
        "semiannual": "Semi-annual direct bill: each installment is the monthly premium × 6, billed to the insured.",
        "annual": "Annual direct bill: one installment of the monthly premium × 12, billed to the insured.",
    }
    text = notes.get(new, "")
    if {old, new} == {"biweekly", "semimonthly"}:
        text += " Mixing up 24 and 26 pay periods makes every deduction wrong by about 7.7%."
    return text


def _sliced(effect: dict) -> dict:
    shown = effect["policies"][:LIST_IN_CHAT]
    return {**effect, "policies": shown, "more": max(effect["policy_count"] - len(shown), 0),
            "csv_path": f"/billing/{effect['group_number']}/mode-change/{effect['target_mode']}.csv"}


def service_payload(effect: dict) -> dict:
    return {"from_mode": effect["current_mode"], "to_mode": effect["target_mode"],
            "effective_date": effect["effective_date"], "next_bill_date": effect["next_bill_date"],
            "total_monthly": effect["total_monthly"], "total_per_pay_before": effect["total_current"],
            "total_per_pay_after": effect["total_new"], "policy_count": effect["policy_count"],
            "policies": [{k: r[k] for k in ("policy_number", "employee_id", "monthly", "current", "new")}
                         for r in effect["policies"]]}


@handles("billing_mode", description="change or learn about your billing mode and what it does to per-pay amounts")
async def billing_mode(ctx: HandlerContext, turn) -> Answer:
    group = ctx.repo.group
    pending = ctx.pending if ctx.pending and ctx.pending.get("intent") == "billing_mode" else None
    citations = cite(ctx, "billing-modes", "changing-the-billing-mode", "change billing mode effective date")
    modes = [m for m in entity_values(turn, "BILLING_MODE") if m in ALL_MODES]

    if pending and pending.get("slot") == "confirm":
        decision = yes_no(turn.text)
        target = pending["target"]
        if decision == "no" and not modes:
            return Answer("billing/cancelled", {"what": f"the change to {mode_label(target)}"})
        if decision == "yes":
            effect = await mode_effect(ctx, target)
            if effect["effective_date"].isoformat() != pending["effective_date"]:
                # the clock moved past a bill date between the turns: show the new effect again
                return _preview(ctx, effect, citations)
            effect["group_number"] = group.group_number
            return Answer("billing_mode/recorded", _sliced(effect), citations=citations,
                          service_request={"kind": "billing_mode_change", "payload": service_payload(effect)},
                          records=[p["policy_number"] for p in effect["policies"]][:50])
    if not modes and pending and pending.get("slot") == "mode":
        modes = [m for m in ALL_MODES if mentions(turn.text, m, mode_label(m))]

    if modes:
        target = modes[-1]
        if target == group.billing_mode:
            return Answer("billing_mode/same_mode", {"mode": mode_label(target), "group_name": group.name},
                          citations=citations)
        subject = await find_subject(ctx, turn)
        effect = await mode_effect(ctx, target, subject.employee_pks if subject.status == "found" else None)
        if subject.status == "found":
            effect["only_people"] = True
            return _preview(ctx, effect, citations, confirm=False)
        return _preview(ctx, effect, citations)

    if mentions(turn.text, *CHANGE_WORDS):
        return Answer("billing_mode/which_mode", {"current": mode_label(group.billing_mode),
                                                  "modes": [mode_label(m) for m in PAYROLL_MODES + DIRECT_MODES
                                                            if m != group.billing_mode]},
                      citations=citations, suggestions=[f"Switch to {mode_label(m)}" for m in PAYROLL_MODES
                                                        if m != group.billing_mode][:3],
                      pending={"intent": "billing_mode", "slot": "mode"})
    # what mode are we on
    effect = await mode_effect(ctx, group.billing_mode)
    book = RuleBook()
    return Answer("billing_mode/current", {
        "group_name": group.name, "mode": mode_label(group.billing_mode),
        "raw_mode": group.billing_mode, "per_year": effect["payments_per_year_old"],
        "direct": effect["current_direct"], "policy_count": effect["policy_count"],
        "total_monthly": effect["total_monthly"], "total_per_pay": effect["total_current"],
        "next_bill_date": effect["next_bill_date"], "next_due_date": effect["next_due_date"],
        "section_125": group.section_125,
        "effective_if_changed": effect["effective_date"],
        "payroll_modes": book.data["deductions_per_year"],
    }, citations=cite(ctx, "billing-modes", "your-groups-billing-mode", "what billing mode is our group on"),
        suggestions=[f"What if we switch to {mode_label(m)}?" for m in PAYROLL_MODES if m != group.billing_mode][:2])


def _preview(ctx: HandlerContext, effect: dict, citations: list[dict], confirm: bool = True) -> Answer:
    effect["group_number"] = ctx.repo.group.group_number
    if effect["section_125"]:
        citations = citations + cite(ctx, "section-125", "elections-are-fixed-for-the-plan-year")
    pending = None
    if confirm and effect["policy_count"]:
        pending = {"intent": "billing_mode", "slot": "confirm", "target": effect["target_mode"],
                   "effective_date": effect["effective_date"].isoformat()}
    return Answer("billing_mode/preview", {**_sliced(effect), "confirm": pending is not None,
                                           "only_people": effect.get("only_people", False)},
                  citations=citations, pending=pending,
                  suggestions=["Yes, make the change", "No"] if pending else [],
                  records=[p["policy_number"] for p in effect["policies"]][:50])

