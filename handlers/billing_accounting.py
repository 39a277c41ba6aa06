"""accounting_breakdown: premium totals of a bill (or of the last twelve bills) by employee,
product, tier, period and tax treatment (Section 125), in chat and as a downloadable CSV."""
from __future__ import annotations

from decimal import Decimal
from typing import Sequence

from handlers.billing_common import cite, dates_in, mentions
from handlers.billing_rules import group_totals, sum_money, tax_treatment
from handlers.registry import Answer, HandlerContext, handles
from handlers.rules import RuleBook

INTENT = "accounting_breakdown"
TOP = 10
DIMENSIONS = {
    "employee": ("employee", "per person", "by person", "by name", "each person", "individual", "by insured"),
    "product": ("product", "coverage type", "by coverage", "by plan", "by line", "line of coverage", "benefit type"),
    "tier": ("tier", "coverage level", "family", "spouse"),
    "period": ("period", "by month", "monthly total", "each month", "per month", "year", "ytd", "history",
               "over time", "quarter", "last 12", "twelve months"),
    "tax": ("tax", "125", "cafeteria", "pretax"),
}
CSV_COLUMNS = ("bill_number", "period", "employee_id", "employee", "policy_number", "product_code", "product",
               "tier", "tax_treatment", "amount")


async def breakdown_rows(repo, bills: Sequence) -> list[dict]:
    """One row per bill line, with who, what, tier and tax treatment (Section 125)."""
    book = RuleBook()
    records = {r.policy.policy_number: r for r in await repo.all_policies()}
    lines = await repo.bill_lines_of([b.id for b in bills])
    group = repo.group
    rows = []
    for bill in bills:
        for line in lines[bill.id]:
            r = records.get(line.policy_number)
            rows.append({
                "bill_number": bill.bill_number, "period": bill.period,
                "employee_id": r.employee.employee_id if r else "", "employee": r.employee.full_name if r else "unknown",
                "policy_number": line.policy_number, "product_code": r.product.code if r else "",
                "product": r.product.name if r else "unknown product",
                "tier": (r.policy.tier or "per unit") if r else "",
                "tax_treatment": tax_treatment(r.product.line, section_125=group.section_125, book=book) if r
                else "post-tax",
                "amount": Decimal(line.amount)})
    return rows


def _wanted(text: str) -> list[str]:
    dims = [d for d, words in DIMENSIONS.items() if mentions(text, *words)]
    return dims or ["product", "tax"]


@handles(INTENT, description="get premium totals split by employee, product, tier or period")
async def accounting_breakdown(ctx: HandlerContext, turn) -> Answer:
    repo, group = ctx.repo, ctx.repo.group
    bills = list(await repo.bills())
    dims = _wanted(turn.text)
    citations = cite(ctx, "section-125", "which-coverage-can-be-paid-before-tax", "pre-tax premium section 125") \
        if "tax" in dims else []
    if not bills:
        return Answer("billing_accounting/no_bills", {"group_name": group.name})
    dates = dates_in(turn)
    future = [d for d in dates if d > ctx.today]
    if "period" in dims:
        if dates and mentions(turn.text, "year", "ytd", "20"):
            year = dates[0].year
            chosen = [b for b in bills if b.period.year == year] or bills[-12:]
        else:
            chosen = bills[-12:]
        scope = "periods"
        csv_path = f"/billing/{group.group_number}/breakdown/all.csv"
    else:
        bill = None
        for d in dates:
            bill = next((b for b in reversed(bills) if b.period <= d), None)
            break
        if future and (bill is None or bill is bills[-1]):
            return Answer("billing_accounting/future", {"date": future[0], "latest": bills[-1].bill_number,
                                                        "latest_period": bills[-1].period})
        bill = bill or bills[-1]
        chosen = [bill]
        scope = "bill"
        csv_path = f"/billing/{group.group_number}/breakdown/{bill.bill_number}.csv"
    rows = await breakdown_rows(repo, chosen)
    total = sum_money(r["amount"] for r in rows)
    billed_total = sum_money(Decimal(b.total) for b in chosen)
    sections = []
    for dim in dims:
        key = {"employee": "employee", "product": "product", "tier": "tier", "period": "period",
               "tax": "tax_treatment"}[dim]
        totals = group_totals(rows, key)
        limit = TOP if dim == "employee" else len(totals)
        sections.append({"dimension": dim, "rows": [{"key": k, "total": t, "count": n} for k, t, n in totals[:limit]],
                         "more": max(len(totals) - limit, 0), "distinct": len(totals)})
    return Answer("billing_accounting/breakdown", {
        "group_name": group.name, "scope": scope, "bills": [{"bill_number": b.bill_number, "period": b.period}
                                                            for b in chosen],
        "first_period": chosen[0].period, "last_period": chosen[-1].period,
        "sections": sections, "total": total, "billed_total": billed_total, "lines": len(rows),
        "section_125": group.section_125, "csv_path": csv_path,
        "department_asked": mentions(turn.text, "department", "division", "location", "cost center"),
        "mode": group.billing_mode,
    }, citations=citations, records=[b.bill_number for b in chosen])

