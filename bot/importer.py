"""Load a validated policy data feed into the database: all or nothing, idempotent.

Each record is keyed by its natural key (product code, group number, employee id within the
group, policy number, bill number, payment id). New keys are inserted, changed ones updated,
identical ones left alone, so importing the same file twice changes nothing the second time.
Bulk statements keep a 100,000-policy feed inside a minute.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Mapping

from sqlalchemy import delete, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import now
from bot.storage.models import (AuditEvent, Bill, BillLine, Contact, Dependent, Employee, Group,
                                Payment, Policy, Product, ProductRate, Rider)

CHUNK = 5000


@dataclass
class ImportSummary:
    inserted: Counter = field(default_factory=Counter)
    updated: Counter = field(default_factory=Counter)
    unchanged: Counter = field(default_factory=Counter)

    @property
    def changed(self) -> bool:
        return bool(sum(self.inserted.values()) or sum(self.updated.values()))

    def lines(self) -> list[str]:
        tables = sorted(set(self.inserted) | set(self.updated) | set(self.unchanged))
        return [f"{t:<14} {self.inserted[t]:>8} new {self.updated[t]:>8} changed {self.unchanged[t]:>8} unchanged"
                for t in tables]


async def _bulk_insert(session: AsyncSession, model, rows: list[dict]) -> None:
    for start in range(0, len(rows), CHUNK):
        await session.execute(insert(model), rows[start:start + CHUNK])


async def _bulk_update(session: AsyncSession, model, rows: list[dict]) -> None:
    for start in range(0, len(rows), CHUNK):
        await session.execute(update(model), rows[start:start + CHUNK])


class _Upserter:
    """Insert-or-update for one table by natural key, comparing only the fed columns."""

    def __init__(self, session: AsyncSession, model, key: Callable[[Any], Any], columns: Iterable[str],
                 summary: ImportSummary, name: str):
        self.session, self.model, self.key, self.columns = session, model, key, tuple(columns)
        self.summary, self.name = summary, name

    async def load_existing(self, where=None) -> dict:
        stmt = select(self.model)
        if where is not None:
            stmt = stmt.where(where)
        rows = (await self.session.scalars(stmt)).all()
        return {self.key(r): r for r in rows}

    async def apply(self, wanted: list[dict], existing: dict) -> None:
        new, changed = [], []
        for row in wanted:
            current = existing.get(self.key(_Row(row)))
            if current is None:
                new.append(row)
            elif any(getattr(current, c) != row.get(c) for c in self.columns):
                changed.append({"id": current.id, **{c: row.get(c) for c in self.columns}})
            else:
                self.summary.unchanged[self.name] += 1
        await _bulk_insert(self.session, self.model, new)
        await _bulk_update(self.session, self.model, changed)
        self.summary.inserted[self.name] += len(new)
        self.summary.updated[self.name] += len(changed)


class _Row:
    """Attribute access over a dict, so one key function serves model rows and fed rows."""
    __slots__ = ("_d",)

    def __init__(self, d: Mapping):
        self._d = d

    def __getattr__(self, name):
        return self._d.get(name)


PRODUCT_COLUMNS = ("name", "line", "rate_basis", "unit", "refund_method", "max_retro_days",
                   "child_max_age", "spouse_max_age", "guaranteed_issue", "max_benefit",
                   "loan_interest_rate", "max_loan_ratio", "states")
GROUP_COLUMNS = ("name", "state", "billing_mode", "section_125", "status", "effective_date",
                 "bill_day", "grace_days", "paid_to_date", "as_of")
EMPLOYEE_COLUMNS = ("first_name", "last_name", "dob", "state", "hire_date", "status",
                    "termination_date", "payroll_id")
POLICY_COLUMNS = ("employee_pk", "product_id", "tier", "benefit", "tobacco", "issue_date", "status",
                  "paid_to_date", "termination_date", "cash_value", "loan_balance")


def _pick(d: Mapping, columns: Iterable[str]) -> dict:
    return {c: d.get(c) for c in columns}


async def _replace_children(session: AsyncSession, model, parent_col: str, wanted: dict[int, list[tuple]],
                            columns: tuple[str, ...], extra: dict[int, dict], summary: ImportSummary,
                            name: str, parent_ids: list[int]) -> None:
    """Child lists (rates, dependents, riders, bill lines) are replaced whole when they differ."""
    current: dict[int, list[tuple]] = {}
    for start in range(0, len(parent_ids), CHUNK):
        ids = parent_ids[start:start + CHUNK]
        stmt = select(getattr(model, parent_col), *(getattr(model, c) for c in columns)) \
            .where(getattr(model, parent_col).in_(ids)).order_by(model.id)
        for parent, *values in (await session.execute(stmt)).all():
            current.setdefault(parent, []).append(tuple(values))
    stale, rows = [], []
    for parent_id in parent_ids:
        want = wanted.get(parent_id, [])
        if current.get(parent_id, []) == want:
            summary.unchanged[name] += len(want)
            continue
        if parent_id in current:
            stale.append(parent_id)
            summary.updated[name] += len(want)
        else:
            summary.inserted[name] += len(want)
        rows += [{parent_col: parent_id, **extra.get(parent_id, {}), **dict(zip(columns, values))}
                 for values in want]
    for start in range(0, len(stale), CHUNK):
        await session.execute(delete(model).where(getattr(model, parent_col).in_(stale[start:start + CHUNK])))
    await _bulk_insert(session, model, rows)


async def import_feed(session: AsyncSession, feed: Mapping, *, source: str = "feed") -> ImportSummary:
    """Import a feed already checked by bot.feed.validate_feed. The caller owns the transaction."""
    summary = ImportSummary()

    # products and their rates
    products = _Upserter(session, Product, lambda r: r.code, PRODUCT_COLUMNS, summary, "products")
    existing = await products.load_existing()
    await products.apply([{"code": p["code"], **_pick(p, PRODUCT_COLUMNS), "states": list(p.get("states") or [])}
                          for p in feed["products"]], existing)
    product_ids = dict((await session.execute(select(Product.code, Product.id))).all())
    rate_cols = ("tier", "age_min", "age_max", "tobacco", "monthly")
    await _replace_children(
        session, ProductRate, "product_id",
        {product_ids[p["code"]]: [tuple(r.get(c) if c != "tobacco" else bool(r.get(c)) for c in rate_cols)
                                  for r in p.get("rates") or []] for p in feed["products"]},
        rate_cols, {}, summary, "rates", [product_ids[p["code"]] for p in feed["products"]])

    # groups and contacts
    as_of = feed.get("as_of")
    groups = _Upserter(session, Group, lambda r: r.group_number, GROUP_COLUMNS, summary, "groups")
    existing = await groups.load_existing()
    await groups.apply([{"group_number": g["group_number"], **_pick(g, GROUP_COLUMNS), "as_of": as_of}
                        for g in feed["groups"]], existing)
    group_ids = dict((await session.execute(select(Group.group_number, Group.id))).all())
    fed_group_ids = [group_ids[g["group_number"]] for g in feed["groups"]]

    contacts = _Upserter(session, Contact, lambda r: (r.group_id, r.email.lower()), ("name", "role"),
                         summary, "contacts")
    existing = await contacts.load_existing(Contact.group_id.in_(fed_group_ids))
    await contacts.apply([{"group_id": group_ids[g["group_number"]], "email": c["email"].lower(),
                           "name": c["name"], "role": c.get("role") or "contact"}
                          for g in feed["groups"] for c in g.get("contacts") or []], existing)

    # employees
    employees = _Upserter(session, Employee, lambda r: (r.group_id, r.employee_id), EMPLOYEE_COLUMNS,
                          summary, "employees")
    existing = await employees.load_existing(Employee.group_id.in_(fed_group_ids))
    await employees.apply([{"group_id": group_ids[g["group_number"]], "employee_id": e["employee_id"],
                            **_pick(e, EMPLOYEE_COLUMNS)}
                           for g in feed["groups"] for e in g.get("employees") or []], existing)
    employee_pks = {(gid, eid): pk for pk, gid, eid in (await session.execute(
        select(Employee.id, Employee.group_id, Employee.employee_id)
        .where(Employee.group_id.in_(fed_group_ids)))).all()}

    # policies
    wanted_policies = []
    for g in feed["groups"]:
        gid = group_ids[g["group_number"]]
        for e in g.get("employees") or []:
            for p in e.get("policies") or []:
                wanted_policies.append({
                    "group_id": gid, "policy_number": p["policy_number"],
                    **_pick(p, POLICY_COLUMNS),
                    "employee_pk": employee_pks[(gid, e["employee_id"])],
                    "product_id": product_ids[p["product"]], "tobacco": bool(p.get("tobacco")),
                })
    policies = _Upserter(session, Policy, lambda r: r.policy_number, POLICY_COLUMNS + ("group_id",),
                         summary, "policies")
    existing = await policies.load_existing(Policy.group_id.in_(fed_group_ids))
    await policies.apply(wanted_policies, existing)
    policy_ids = dict((await session.execute(
        select(Policy.policy_number, Policy.id).where(Policy.group_id.in_(fed_group_ids)))).all())
    policy_group = {row["policy_number"]: row["group_id"] for row in wanted_policies}

    dep_cols, rider_cols = ("name", "relation", "dob"), ("code", "monthly")
    deps, riders = {}, {}
    for g in feed["groups"]:
        for e in g.get("employees") or []:
            for p in e.get("policies") or []:
                pid = policy_ids[p["policy_number"]]
                deps[pid] = [tuple(d.get(c) for c in dep_cols) for d in p.get("dependents") or []]
                riders[pid] = [tuple(r.get(c) for c in rider_cols) for r in p.get("riders") or []]
    extra = {pid: {"group_id": policy_group[num]} for num, pid in policy_ids.items() if num in policy_group}
    fed_policy_ids = list(deps)
    await _replace_children(session, Dependent, "policy_id", deps, dep_cols, extra, summary, "dependents",
                            fed_policy_ids)
    await _replace_children(session, Rider, "policy_id", riders, rider_cols, extra, summary, "riders",
                            fed_policy_ids)

    # bills, their lines, payments
    bills = _Upserter(session, Bill, lambda r: r.bill_number, ("group_id", "period", "due_date", "total"),
                      summary, "bills")
    existing = await bills.load_existing(Bill.group_id.in_(fed_group_ids))
    await bills.apply([{"group_id": group_ids[g["group_number"]], "bill_number": b["bill_number"],
                        **_pick(b, ("period", "due_date", "total"))}
                       for g in feed["groups"] for b in g.get("bills") or []], existing)
    bill_ids = dict((await session.execute(
        select(Bill.bill_number, Bill.id).where(Bill.group_id.in_(fed_group_ids)))).all())
    line_cols = ("policy_number", "amount")
    lines, line_extra = {}, {}
    for g in feed["groups"]:
        gid = group_ids[g["group_number"]]
        for b in g.get("bills") or []:
            bid = bill_ids[b["bill_number"]]
            lines[bid] = [(ln["policy_number"], ln["amount"]) for ln in b.get("lines") or []]
            line_extra[bid] = {"group_id": gid}
    await _replace_children(session, BillLine, "bill_id", lines, line_cols, line_extra, summary,
                            "bill_lines", list(lines))

    payments = _Upserter(session, Payment, lambda r: r.payment_id,
                         ("group_id", "received", "amount", "method", "reference", "applied", "suspense"),
                         summary, "payments")
    existing = await payments.load_existing(Payment.group_id.in_(fed_group_ids))
    await payments.apply([{"group_id": group_ids[g["group_number"]], "payment_id": p["payment_id"],
                           **_pick(p, ("received", "amount", "method", "reference", "applied", "suspense"))}
                          for g in feed["groups"] for p in g.get("payments") or []], existing)

    if summary.changed:
        session.add(AuditEvent(at=now(), actor="import", action="feed_imported", detail={
            "source": source, "inserted": dict(summary.inserted), "updated": dict(summary.updated)}))
    return summary
