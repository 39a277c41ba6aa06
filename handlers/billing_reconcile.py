"""bill_reconciliation: compare a list bill with a remittance / payroll-deduction file.

`reconcile(bill_lines, remittance_rows, facts=...)` is pure: each policy comes out matched,
amount differs, billed not paid or paid not billed, with the reason from the policy data
(`PolicyFacts`) and the total variance (remitted − billed). Names without a policy number are
matched with rapidfuzz (typos tolerated). `parse_remittance(text)` reads a CSV or pasted lines;
`reconcile_group(repo, rows, bill=...)` does both for one group (the email channel calls it for
an attached CSV). The chat handler also explains a bill's differences from the data alone.
"""
from __future__ import annotations

import csv
import io
import re
from dataclasses import asdict, dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any, Iterable, Mapping, Sequence

from rapidfuzz import fuzz, process

from handlers.billing_common import cite, dates_in, load_account, yes_no
from handlers.billing_rules import ZERO, sum_money
from handlers.registry import Answer, HandlerContext, handles
from handlers.rules import RuleBook

INTENT = "bill_reconciliation"
STATUSES = ("matched", "amount_differs", "billed_not_paid", "paid_not_billed")
NAME_CUTOFF = 85.0


# ------------------------------------------------------------------ the pure comparison

@dataclass(frozen=True)
class BillItem:
    policy_number: str
    amount: Decimal
    name: str = ""
    product: str = ""


@dataclass(frozen=True)
class RemitRow:
    amount: Decimal
    policy_number: str = ""
    name: str = ""
    product: str = ""
    row: int = 0                      # line number in the file (1 = first data row)


@dataclass(frozen=True)
class PolicyFacts:
    """What the data says about a policy, for explaining a difference."""
    policy_number: str
    name: str = ""
    product: str = ""
    status: str = "active"
    issue_date: date | None = None
    termination_date: date | None = None            # the policy's
    employee_termination_date: date | None = None   # employment ended (coverage may not be terminated yet)
    previous_amount: Decimal | None = None          # on the bill before this one
    previous_period: date | None = None
    billed_before: bool = True                      # on any earlier bill
    tobacco_amount: Decimal | None = None           # the premium at the other tobacco class
    tobacco_now: bool | None = None
    per_pay: Decimal | None = None                  # one payroll deduction
    mode: str = ""


@dataclass
class ReconLine:
    status: str
    policy_number: str
    name: str
    product: str
    billed: Decimal | None
    remitted: Decimal | None
    reason: str = ""
    matched_by: str = ""              # policy_number | name | ""
    rows: tuple[int, ...] = ()

    @property
    def difference(self) -> Decimal:
        return (self.remitted or ZERO) - (self.billed or ZERO)

    def as_dict(self) -> dict:
        d = asdict(self)
        d["difference"] = self.difference
        d["rows"] = list(self.rows)
        return d


@dataclass
class Reconciliation:
    lines: list[ReconLine]
    total_billed: Decimal
    total_remitted: Decimal
    errors: list[str] = field(default_factory=list)

    @property
    def variance(self) -> Decimal:
        return self.total_remitted - self.total_billed

    def counts(self) -> dict[str, int]:
        out = {s: 0 for s in STATUSES}
        for line in self.lines:
            out[line.status] += 1
        return out

    def amounts(self) -> dict[str, Decimal]:
        out = {s: ZERO for s in STATUSES}
        for line in self.lines:
            out[line.status] += line.difference
        return out

    def differences(self) -> list[ReconLine]:
        return [x for x in self.lines if x.status != "matched"]

    def summary(self) -> dict:
        return {"counts": self.counts(), "variance_by_status": self.amounts(), "total_billed": self.total_billed,
                "total_remitted": self.total_remitted, "variance": self.variance, "lines": len(self.lines)}


def _norm_name(name: str) -> str:
    words = re.findall(r"[a-z]+", name.lower())
    return " ".join(sorted(words))


def _as_item(x: Any) -> BillItem:
    if isinstance(x, BillItem):
        return x
    return BillItem(str(x["policy_number"]).strip(), Decimal(str(x["amount"])), str(x.get("name") or ""),
                    str(x.get("product") or ""))


def _as_row(x: Any, i: int) -> RemitRow:
    if isinstance(x, RemitRow):
        return x
    return RemitRow(Decimal(str(x["amount"])), str(x.get("policy_number") or "").strip(), str(x.get("name") or ""),
                    str(x.get("product") or ""), int(x.get("row") or i + 1))


def reconcile(bill_lines: Iterable[BillItem | Mapping], remittance_rows: Iterable[RemitRow | Mapping], *,
              facts: Mapping[str, PolicyFacts] | None = None, name_cutoff: float = NAME_CUTOFF) -> Reconciliation:
    """Compare a bill with a remittance, per policy.

    bill_lines: BillItem or mappings {policy_number, amount, name?, product?}.
    remittance_rows: RemitRow or mappings {amount, policy_number?, name?, product?, row?}; rows of
    one policy are added up (several pay dates in one month). A row without a policy number is
    matched by name (rapidfuzz ≥ name_cutoff) to a billed policy of that person, preferring the
    same product and then the same amount. Variance = remitted − billed = Σ line differences.
    """
    facts = facts or {}
    billed: dict[str, BillItem] = {}
    for item in map(_as_item, bill_lines):
        prev = billed.get(item.policy_number)
        billed[item.policy_number] = item if prev is None else BillItem(
            item.policy_number, prev.amount + item.amount, prev.name or item.name, prev.product or item.product)
    remitted: dict[str, list[RemitRow]] = {}
    by_name: list[RemitRow] = []
    for i, row in enumerate(remittance_rows):
        row = _as_row(row, i)
        if row.policy_number:
            remitted.setdefault(row.policy_number, []).append(row)
        else:
            by_name.append(row)
    matched_by = {pn: "policy_number" for pn in remitted}

    if by_name:
        # unclaimed billed policies by person: exact (normalised) names first, then rapidfuzz
        free: dict[str, list[str]] = {}
        for pn, item in billed.items():
            if pn not in remitted:
                free.setdefault(_norm_name(item.name or facts.get(pn, PolicyFacts(pn)).name), []).append(pn)
        choices = list(free)
        for row in by_name:
            key = _norm_name(row.name)
            candidates = free.get(key)
            if not candidates and choices and key:
                best = process.extractOne(key, choices, scorer=fuzz.token_sort_ratio, score_cutoff=name_cutoff)
                candidates = free.get(best[0]) if best else None
            pn = None
            if candidates:
                def rank(p: str) -> tuple:
                    item = billed[p]
                    same_product = bool(row.product) and row.product.lower() in (item.product.lower(),
                                                                                 facts.get(p, PolicyFacts(p)).product.lower())
                    return (not same_product, item.amount != row.amount)
                pn = sorted(candidates, key=rank)[0]
                candidates.remove(pn)
            if pn is None:
                remitted.setdefault(f"?{row.row}", []).append(row)
                matched_by[f"?{row.row}"] = ""
            else:
                remitted.setdefault(pn, []).append(row)
                matched_by[pn] = "name"

    lines: list[ReconLine] = []
    for pn, item in billed.items():
        f = facts.get(pn)
        name, product = item.name or (f.name if f else ""), item.product or (f.product if f else "")
        rows = remitted.get(pn)
        if rows is None:
            lines.append(ReconLine("billed_not_paid", pn, name, product, item.amount, None,
                                   explain_billed_not_paid(f)))
            continue
        paid = sum_money(r.amount for r in rows)
        status = "matched" if paid == item.amount else "amount_differs"
        reason = "" if status == "matched" else explain_amount(f, item.amount, paid, len(rows))
        lines.append(ReconLine(status, pn, name, product, item.amount, paid, reason, matched_by.get(pn, ""),
                               tuple(r.row for r in rows)))
    for pn, rows in remitted.items():
        if pn in billed:
            continue
        paid = sum_money(r.amount for r in rows)
        real = "" if pn.startswith("?") else pn
        f = facts.get(real) if real else None
        name = rows[0].name or (f.name if f else "")
        lines.append(ReconLine("paid_not_billed", real, name, rows[0].product or (f.product if f else ""), None, paid,
                               explain_paid_not_billed(f, real, name), matched_by.get(pn, ""),
                               tuple(r.row for r in rows)))
    order = {s: i for i, s in enumerate(STATUSES)}
    lines.sort(key=lambda x: (order[x.status] == 0, order[x.status], x.name, x.policy_number))
    total_billed = sum_money(i.amount for i in billed.values())
    total_remitted = sum_money(r.amount for rows in remitted.values() for r in rows)
    return Reconciliation(lines, total_billed, total_remitted)


def _d(d: date) -> str:
    return f"{d:%B} {d.day}, {d.year}"


def _m(x: Decimal) -> str:
    return f"${x:,.2f}"


def explain_billed_not_paid(f: PolicyFacts | None) -> str:
    if f is None:
        return "on the bill but nothing was remitted for it"
    if f.termination_date:
        return f"coverage terminated on {_d(f.termination_date)} after the bill was prepared (change code Cancel Coverage)"
    if f.employee_termination_date:
        return (f"employment ended on {_d(f.employee_termination_date)} but the termination was never reported, "
                "so the policy is still billed (change code No Longer Employed Here)")
    if f.status == "lapsed":
        return "the policy has lapsed"
    return "no deduction came through for it (a missed deduction? change code Missed Deduction)"


def explain_paid_not_billed(f: PolicyFacts | None, policy_number: str, name: str) -> str:
    if f is None:
        return (f"policy {policy_number} is not one of your group's policies (change code Unknown Insured)"
                if policy_number else f"no billed policy matches the name {name!r} (change code Unknown Insured)")
    if f.status == "terminated" or f.termination_date:
        return f"coverage ended {_d(f.termination_date) if f.termination_date else ''}; the deduction should stop".replace(" ;", ";")
    if not f.billed_before and f.issue_date:
        return f"enrolled after the bill was prepared (coverage issued {_d(f.issue_date)}); it appears on the next bill"
    if f.status == "lapsed":
        return "the policy lapsed and is no longer billed (a reinstatement question)"
    return "not on this bill"


def explain_amount(f: PolicyFacts | None, billed: Decimal, paid: Decimal, rows: int) -> str:
    if f is None:
        return f"deducted {_m(paid)} against {_m(billed)} billed"
    if f.previous_amount is not None and f.previous_amount != billed and paid == f.previous_amount:
        cause = "a rate change"
        if f.tobacco_amount is not None and f.tobacco_amount == f.previous_amount:
            cause = f"a tobacco status change (now {'tobacco' if f.tobacco_now else 'non-tobacco'} rates)"
        elif f.previous_amount < billed:
            cause = "an increase (benefit or tier change)"
        else:
            cause = "a decrease (benefit or tier change)"
        since = f" on the {_d(f.previous_period)} bill" if f.previous_period else ""
        return (f"payroll still deducts the previous amount {_m(f.previous_amount)}{since}; "
                f"the premium changed to {_m(billed)} after {cause}")
    if f.tobacco_amount is not None and paid == f.tobacco_amount:
        return (f"deduction is at the {'non-tobacco' if f.tobacco_now else 'tobacco'} rate {_m(paid)}; "
                f"the policy is billed at {'tobacco' if f.tobacco_now else 'non-tobacco'} rates")
    if f.per_pay is not None and f.per_pay > 0 and paid % f.per_pay == 0 and paid != billed:
        n = int(paid / f.per_pay)
        return (f"{n} {f.mode} deduction{'s' if n != 1 else ''} of {_m(f.per_pay)} were taken this month against the "
                f"monthly premium {_m(billed)}")
    if f.previous_amount is not None and f.previous_amount != billed:
        return f"the premium changed from {_m(f.previous_amount)} to {_m(billed)}; deducted {_m(paid)}"
    return "the deduction differs from the billed premium; check the payroll setup for this policy"


# ------------------------------------------------------------------ reading a remittance

COLUMN_ALIASES = {
    "policy_number": ("policy_number", "policy", "policy no", "policy #", "policy_no", "policyno", "certificate",
                      "certificate number", "cert", "cert no", "contract", "policy number"),
    "name": ("name", "insured", "insured name", "employee", "employee name", "full name", "member", "member name"),
    "first_name": ("first_name", "first name", "first", "given name"),
    "last_name": ("last_name", "last name", "last", "surname", "family name"),
    "amount": ("amount", "deduction", "deducted", "remitted", "remit", "premium", "paid", "amount deducted",
               "deduction amount", "amount remitted", "total"),
    "product": ("product", "coverage", "coverage code", "plan", "product code", "line"),
}
REQUIRED_HELP = ("a column for the amount (amount / deduction / premium) and one for the policy number "
                 "(policy_number / certificate) or the insured's name (name, or first_name + last_name)")


class RemittanceError(ValueError):
    """A remittance that cannot be read; the message says what to fix."""


def _header_map(header: Sequence[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for i, raw in enumerate(header):
        h = re.sub(r"[\s_]+", " ", raw.strip().lower().lstrip("\ufeff"))
        for canon, aliases in COLUMN_ALIASES.items():
            if canon not in out and h in {re.sub(r"[\s_]+", " ", a) for a in aliases}:
                out[canon] = i
    return out


def _amount(text: str) -> Decimal:
    t = text.strip().replace("$", "").replace(",", "")
    negative = t.startswith("(") and t.endswith(")")
    t = t.strip("()")
    value = Decimal(t)
    if not value.is_finite():
        raise InvalidOperation
    return -value if negative else value


def parse_csv(text: str, *, max_rows: int = 200_000) -> tuple[list[RemitRow], list[str]]:
    """Rows of a CSV with a header row; (rows, per-row problems). Raises RemittanceError when the
    columns are wrong."""
    sample = text[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    header = next(reader, None)
    if not header or not any(h.strip() for h in header):
        raise RemittanceError("The file is empty. Send a CSV with a header row and one line per deduction: "
                              + REQUIRED_HELP + ".")
    cols = _header_map(header)
    has_name = "name" in cols or ("last_name" in cols)
    if "amount" not in cols or not ("policy_number" in cols or has_name):
        raise RemittanceError(f"I can't read the columns {', '.join(repr(h.strip()) for h in header[:8])}. "
                              f"The file needs {REQUIRED_HELP}.")
    rows, problems = [], []
    for n, rec in enumerate(reader, start=1):
        if not any(c.strip() for c in rec):
            continue
        if len(rows) >= max_rows:
            raise RemittanceError(f"The file has more than {max_rows:,} lines; split it by bill.")

        def cell(key: str) -> str:
            i = cols.get(key)
            return rec[i].strip() if i is not None and i < len(rec) else ""
        try:
            amount = _amount(cell("amount"))
        except (InvalidOperation, ValueError):
            problems.append(f"line {n}: the amount {cell('amount')!r} is not a number")
            continue
        if amount < 0:
            problems.append(f"line {n}: the amount {cell('amount')!r} is negative — enter reversals as a change "
                            "code, not a negative deduction")
            continue
        name = cell("name") or " ".join(x for x in (cell("first_name"), cell("last_name")) if x)
        policy = re.sub(r"\s+", "", cell("policy_number"))
        if not policy and not name:
            problems.append(f"line {n}: no policy number and no name")
            continue
        rows.append(RemitRow(amount, policy, name, cell("product"), n))
    return rows, problems


_PASTED = re.compile(r"(?P<policy>\b[A-Z]{0,3}\d{6,12}\b)?[\s,;:|-]*(?P<rest>.*?)[\s,;:|]*"
                     r"(?P<amount>\(?-?\$?\s*-?\d[\d,]*\.\d{2}\)?)\s*$")


def parse_pasted(text: str) -> tuple[list[RemitRow], list[str]]:
    """Lines pasted in chat: 'policy number, name, amount' with the amount last (a block with a CSV
    header row is read as CSV). A single line counts only when it carries a policy number, so a
    sentence that ends with an amount is not taken for a remittance."""
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
    for start, ln in enumerate(lines[:3]):
        cols = _header_map(re.split(r"[,;\t|]", ln))
        if "amount" in cols and len(lines) > start + 1 and len(cols) >= 2:
            try:
                return parse_csv("\n".join(lines[start:]))
            except RemittanceError:
                break
    rows, problems = [], []
    n = 0
    for ln in lines:
        m = _PASTED.search(ln)
        if not m:
            continue
        n += 1
        try:
            amount = _amount(m.group("amount").replace(" ", ""))
        except (InvalidOperation, ValueError):
            continue
        if amount < 0:
            problems.append(f"line {n}: {amount} is negative — enter reversals as a change code, not a negative "
                            "deduction")
            continue
        rest = re.sub(r"[^A-Za-z' .-]", " ", m.group("rest") or "").strip(" .-")
        rows.append(RemitRow(amount, (m.group("policy") or "").strip(), re.sub(r"\s+", " ", rest), "", n))
    if len(rows) + len(problems) < 2 and not any(r.policy_number for r in rows):
        return [], []
    return rows, problems


# ------------------------------------------------------------------ the group's data

async def policy_facts(repo, bill) -> dict[str, PolicyFacts]:
    """PolicyFacts for every policy of the group, relative to `bill` (its previous bill, what was billed
    before it)."""
    from handlers.premiums import per_pay_amount, policy_premium
    book, cache = RuleBook(), {}
    bills = list(await repo.bills())
    previous = next((b for b in reversed(bills) if b.period < bill.period), None)
    prev_lines = {}
    if previous is not None:
        prev_lines = {ln.policy_number: Decimal(ln.amount) for ln in (await repo.bill_lines_of([previous.id]))[previous.id]}
    billed_before = await repo.billed_policy_numbers(before=bill.period)
    mode = repo.group.billing_mode
    out = {}
    for r in await repo.all_policies():
        p = r.policy
        monthly = await policy_premium(repo, r, cache)
        other = await policy_premium(repo, r, cache, tobacco=not p.tobacco)
        out[p.policy_number] = PolicyFacts(
            p.policy_number, r.employee.full_name, r.product.name, p.status, p.issue_date, p.termination_date,
            r.employee.termination_date, prev_lines.get(p.policy_number), previous.period if previous else None,
            p.policy_number in billed_before, other if other != monthly else None, p.tobacco,
            per_pay_amount(monthly, mode, book) if book.deductions_per_year(mode) else None, mode)
    return out


async def bill_items(repo, bill) -> list[BillItem]:
    names = {r.policy.policy_number: (r.employee.full_name, r.product.name) for r in await repo.all_policies()}
    return [BillItem(ln.policy_number, Decimal(ln.amount), *names.get(ln.policy_number, ("", "")))
            for ln in (await repo.bill_lines_of([bill.id]))[bill.id]]


async def reconcile_group(repo, rows: Sequence[RemitRow], *, bill=None) -> tuple[Any, Reconciliation]:
    """(bill, reconciliation) of a remittance against `bill` (default: the latest bill)."""
    if bill is None:
        bills = list(await repo.bills())
        if not bills:
            raise RemittanceError("Your group has no bills yet, so there is nothing to reconcile against.")
        bill = bills[-1]
    return bill, reconcile(await bill_items(repo, bill), rows, facts=await policy_facts(repo, bill))


def report_payload(bill, rec: Reconciliation, *, source: str, problems: Sequence[str] = ()) -> dict:
    """What is stored with the reconciliation (a service request) and shown on its page."""
    return {"bill_number": bill.bill_number, "period": bill.period, "due_date": bill.due_date, "source": source,
            **rec.summary(), "problems": list(problems)[:50],
            "lines": [x.as_dict() for x in rec.lines]}


# ------------------------------------------------------------------ what changed on a bill (no remittance)

async def bill_changes(ctx: HandlerContext, bill) -> dict:
    """Differences a payroll clerk sees between this bill and the last one, explained from the data."""
    repo = ctx.repo
    facts = await policy_facts(repo, bill)
    items = {i.policy_number: i for i in await bill_items(repo, bill)}
    bills = list(await repo.bills())
    previous = next((b for b in reversed(bills) if b.period < bill.period), None)
    prev_items = {i.policy_number: i for i in await bill_items(repo, previous)} if previous else {}
    added, removed, changed, stale, unbilled = [], [], [], [], []
    for pn, item in items.items():
        f = facts.get(pn)
        if previous and pn not in prev_items:
            added.append({"policy_number": pn, "name": item.name, "product": item.product, "amount": item.amount,
                          "issue_date": f.issue_date if f else None})
        elif pn in prev_items and prev_items[pn].amount != item.amount:
            changed.append({"policy_number": pn, "name": item.name, "product": item.product,
                            "before": prev_items[pn].amount, "after": item.amount,
                            "reason": explain_amount(f, item.amount, prev_items[pn].amount, 1)})
        if f and (f.employee_termination_date or f.termination_date) and \
                (f.termination_date or f.employee_termination_date) < bill.period:
            stale.append({"policy_number": pn, "name": item.name, "product": item.product, "amount": item.amount,
                          "reason": explain_billed_not_paid(f)})
    for pn, item in prev_items.items():
        if pn not in items:
            f = facts.get(pn)
            removed.append({"policy_number": pn, "name": item.name, "product": item.product, "amount": item.amount,
                            "reason": (f"terminated {_d(f.termination_date)}" if f and f.termination_date else
                                       (f"{f.status}" if f else "no longer in force"))})
    for pn, f in facts.items():
        if pn not in items and f.status == "active" and not f.billed_before and f.issue_date and \
                f.issue_date <= ctx.today:
            unbilled.append({"policy_number": pn, "name": f.name, "product": f.product, "issue_date": f.issue_date})
    return {"bill_number": bill.bill_number, "period": bill.period, "total": Decimal(bill.total),
            "previous": previous.bill_number if previous else None,
            "previous_total": Decimal(previous.total) if previous else None,
            "added": added, "removed": removed, "changed": changed, "stale": stale, "unbilled": unbilled}


# ------------------------------------------------------------------ the chat handler

def _bill_for(acct, turn):
    low = turn.text.lower()
    named = next((b for b in acct.bills if b.bill_number.lower() in low), None)
    if named is not None:
        return named
    for d in dates_in(turn):
        found = acct.bill_for_period(d)
        if found is not None:
            return found
    return acct.bills[-1] if acct.bills else None


@handles(INTENT, description="reconcile a list bill against payroll deductions")
async def bill_reconciliation(ctx: HandlerContext, turn) -> Answer:
    repo, group = ctx.repo, ctx.repo.group
    acct = await load_account(ctx)
    pending = ctx.pending if ctx.pending and ctx.pending.get("intent") == INTENT else None
    citations = cite(ctx, "list-bill-reconciliation", "reconciling-a-bill-with-your-deductions",
                     "reconcile list bill with payroll deductions")
    if not acct.bills:
        return Answer("billing_accounting/no_bills", {"group_name": group.name})
    bill = _bill_for(acct, turn)
    if pending and pending.get("bill_number") and not dates_in(turn) and bill is acct.bills[-1]:
        bill = acct.bill_row(pending["bill_number"]) or bill
    rows, problems = parse_pasted(turn.text)
    upload_path = "/api/billing/reconciliations"
    if rows or problems:
        if not rows:
            return Answer("billing_reconcile/unreadable", {"problems": problems[:10], "upload_path": upload_path},
                          citations=citations, pending={"intent": INTENT, "slot": "remittance",
                                                        "bill_number": bill.bill_number})
        _, rec = await reconcile_group(repo, rows, bill=bill)
        return Answer("billing_reconcile/report", {
            "bill": {"bill_number": bill.bill_number, "period": bill.period, "due_date": bill.due_date},
            **rec.summary(), "rows_sent": len(rows), "differences": [x.as_dict() for x in rec.differences()[:15]],
            "more": max(len(rec.differences()) - 15, 0), "problems": problems[:10], "group_name": group.name,
        }, citations=citations + cite(ctx, "list-bill-reconciliation", "adjusting-the-list-bill"),
            pending={"intent": INTENT, "slot": "confirm", "bill_number": bill.bill_number, "rows": [
                {"policy_number": r.policy_number, "name": r.name, "amount": str(r.amount), "row": r.row}
                for r in rows[:400]]},
            suggestions=["Yes, send the adjustments", "No"],
            records=[bill.bill_number] + [x.policy_number for x in rec.differences()[:20]])

    if pending and pending.get("slot") == "confirm":
        decision = yes_no(turn.text)
        if decision == "no":
            return Answer("billing/cancelled", {"what": "the list-bill adjustments"})
        if decision == "yes":
            stored = [RemitRow(Decimal(r["amount"]), r["policy_number"], r["name"], "", r["row"])
                      for r in pending["rows"]]
            bill = acct.bill_row(pending["bill_number"]) or bill
            _, rec = await reconcile_group(repo, stored, bill=bill)
            payload = report_payload(bill, rec, source="pasted in chat")
            return Answer("billing_reconcile/recorded", {**rec.summary(), "bill_number": bill.bill_number,
                                                         "group_number": group.group_number},
                          citations=citations, service_request={"kind": INTENT, "payload": payload},
                          records=[bill.bill_number])

    changes = await bill_changes(ctx, bill)
    uploads = [r for r in await repo.service_requests(kinds=[INTENT])][:1]
    last_upload = None
    if uploads:
        u = uploads[0]
        last_upload = {"id": u.id, "created": u.created_at.date(), "bill_number": u.payload.get("bill_number"),
                       "variance": Decimal(str(u.payload.get("variance", "0"))), "counts": u.payload.get("counts", {}),
                       "source": u.payload.get("source", "")}
    return Answer("billing_reconcile/explain", {**changes, "group_name": group.name, "upload_path": upload_path,
                                                "last_upload": last_upload, "group_number": group.group_number},
                  citations=cite(ctx, "list-bill-reconciliation", "why-the-list-bill-and-payroll-deductions-differ")
                  + citations,
                  pending={"intent": INTENT, "slot": "remittance", "bill_number": bill.bill_number},
                  records=[bill.bill_number])
