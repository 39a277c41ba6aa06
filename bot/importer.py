"""Load a validated policy data feed into the database: all or nothing, idempotent.

Each record is keyed by its natural key (product code, group number, employee id within the
group, policy number, bill number, payment id). New keys are inserted, changed ones updated,
identical ones left alone, so importing the same file twice changes nothing the second time.
Bulk statements keep a 100,000-policy feed inside a minute; `import_feed_file` reads the file a
group at a time so it also stays within a few hundred MB (benchmarks/import.py).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator, Mapping

from sqlalchemy import delete, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import now
from bot.storage.snapshots import bump_version
from bot.feed import read_feed
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
    # Core insert on the table: the ORM's per-row bookkeeping costs seconds on a million bill lines
    for start in range(0, len(rows), CHUNK):
        await session.execute(insert(model.__table__), rows[start:start + CHUNK])


async def _bulk_update(session: AsyncSession, model, rows: list[dict]) -> None:
    for start in range(0, len(rows), CHUNK):
        await session.execute(update(model), rows[start:start + CHUNK])


class _Upserter:
    """Insert-or-update for one table by natural key, comparing only the fed columns."""

    def __init__(self, session: AsyncSession, model, key: Callable[[Any], Any], columns: Iterable[str],
                 summary: ImportSummary, name: str, key_columns: tuple[str, ...]):
        self.session, self.model, self.key, self.columns = session, model, key, tuple(columns)
        self.summary, self.name = summary, name
        # plain rows of just these columns: far lighter than ORM objects for 100k policies
        self.selected = [getattr(model, c) for c in dict.fromkeys(("id",) + key_columns + self.columns)]

    async def load_existing(self, where=None) -> dict:
        stmt = select(*self.selected)
        if where is not None:
            stmt = stmt.where(where)
        rows = (await self.session.execute(stmt)).all()
        return {self.key(r): r for r in rows}

    async def load_by(self, column, keys: list) -> dict:
        """Existing rows whose unique `column` is one of `keys`, wherever they belong: a policy,
        bill or payment that moved to another group is updated, not inserted twice."""
        found = {}
        for start in range(0, len(keys), CHUNK):
            found.update(await self.load_existing(column.in_(keys[start:start + CHUNK])))
        return found

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
    """Child lists (rates, dependents, riders, bill lines) are replaced whole when they differ.
    Compared and written a few thousand rows at a time: one group can have 100,000+ bill lines."""
    parent = getattr(model, parent_col)
    for ids in _by_rows(parent_ids, wanted):
        current: dict[int, list[tuple]] = {}
        stmt = select(parent, *(getattr(model, c) for c in columns)).where(parent.in_(ids)).order_by(model.id)
        for parent_id, *values in await session.execute(stmt):
            current.setdefault(parent_id, []).append(tuple(values))
        stale, rows = [], []
        for parent_id in ids:
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
        del current
        if stale:
            await session.execute(delete(model).where(parent.in_(stale)))
        await _bulk_insert(session, model, rows)


def _by_rows(parent_ids: list[int], wanted: dict[int, list]) -> Iterator[list[int]]:
    """Runs of parents with about CHUNK wanted children between them (at most CHUNK parents)."""
    run, size = [], 0
    for parent_id in parent_ids:
        run.append(parent_id)
        size += len(wanted.get(parent_id, ())) + 1
        if size >= CHUNK or len(run) >= CHUNK:
            yield run
            run, size = [], 0
    if run:
        yield run


async def import_feed(session: AsyncSession, feed: Mapping, *, source: str = "feed") -> ImportSummary:
    """Import a feed already checked by bot.feed.validate_feed. The caller owns the transaction."""
    summary = ImportSummary()
    product_ids = await _import_products(session, feed["products"], summary)
    await _import_groups(session, feed["groups"], feed.get("as_of"), product_ids, summary)
    await _record(session, summary, source)
    return summary


# Groups are imported in batches of about this many records (policies and bill lines): few
# statements for a feed of many small groups, bounded memory for a feed of large ones.
BATCH_RECORDS = 50_000


async def import_feed_file(session: AsyncSession, path: Any, *, source: str | None = None) -> ImportSummary:
    """Import the feed in file `path` (a path, an open file or an importlib.resources file)
    reading it one group at a time, so a large feed never sits in memory whole.

    Same outcome as load_feed + import_feed: a bad feed raises the same FeedError, after
    everything before the bad field has been written, so the caller's transaction must roll
    back (leaving its `async with sessions.begin()` by the exception does).
    """
    summary = ImportSummary()
    product_ids: dict[str, int] = {}
    as_of = None
    batch: list[dict] = []
    size = 0
    for kind, item in read_feed(path):
        if kind == "header":
            as_of = item["as_of"]
            product_ids = await _import_products(session, item["products"], summary)
        else:
            batch.append(item)
            size += _records(item)
            if size >= BATCH_RECORDS or len(batch) >= CHUNK:
                await _import_groups(session, batch, as_of, product_ids, summary)
                batch, size = [], 0
        del item   # else the loop variable holds this group while the next one is read
    if batch:
        await _import_groups(session, batch, as_of, product_ids, summary)
    await _record(session, summary, str(path) if source is None else source)
    return summary


def _records(group: Mapping) -> int:
    return (sum(len(e.get("policies") or []) for e in group.get("employees") or [])
            + sum(len(b.get("lines") or []) for b in group.get("bills") or []))


async def _record(session: AsyncSession, summary: ImportSummary, source: str) -> None:
    """An audit event, and a new data version so every instance's caches reload."""
    if summary.changed:
        session.add(AuditEvent(at=now(), actor="import", action="feed_imported", detail={
            "source": source, "inserted": dict(summary.inserted), "updated": dict(summary.updated)}))
        await bump_version(session)


async def _import_products(session: AsyncSession, fed: list[dict], summary: ImportSummary) -> dict[str, int]:
    """Products and their rates; returns product code -> id."""
    products = _Upserter(session, Product, lambda r: r.code, PRODUCT_COLUMNS, summary, "products", ("code",))
    existing = await products.load_existing()
    await products.apply([{"code": p["code"], **_pick(p, PRODUCT_COLUMNS), "states": list(p.get("states") or [])}
                          for p in fed], existing)
    product_ids = dict((await session.execute(select(Product.code, Product.id))).all())
    rate_cols = ("tier", "age_min", "age_max", "tobacco", "monthly")
    await _replace_children(
        session, ProductRate, "product_id",
        {product_ids[p["code"]]: [tuple(r.get(c) if c != "tobacco" else bool(r.get(c)) for c in rate_cols)
                                  for r in p.get("rates") or []] for p in fed},
        rate_cols, {}, summary, "rates", [product_ids[p["code"]] for p in fed])
    return product_ids


async def _import_groups(session: AsyncSession, fed_groups: list[dict], as_of, product_ids: dict[str, int],
                         summary: ImportSummary) -> None:
    """Groups and everything in them. Every query is limited to these groups, so importing a
    feed group by group costs no more than importing it whole."""
    # groups and contacts
    numbers = [g["group_number"] for g in fed_groups]
    groups = _Upserter(session, Group, lambda r: r.group_number, GROUP_COLUMNS, summary, "groups",
                       ("group_number",))
    existing = await groups.load_existing(Group.group_number.in_(numbers))
    await groups.apply([{"group_number": g["group_number"], **_pick(g, GROUP_COLUMNS), "as_of": as_of}
                        for g in fed_groups], existing)
    group_ids = dict((await session.execute(
        select(Group.group_number, Group.id).where(Group.group_number.in_(numbers)))).all())
    fed_group_ids = [group_ids[n] for n in numbers]

    contacts = _Upserter(session, Contact, lambda r: (r.group_id, r.email.lower()), ("name", "role"),
                         summary, "contacts", ("group_id", "email"))
    existing = await contacts.load_existing(Contact.group_id.in_(fed_group_ids))
    await contacts.apply([{"group_id": group_ids[g["group_number"]], "email": c["email"].lower(),
                           "name": c["name"], "role": c.get("role") or "contact"}
                          for g in fed_groups for c in g.get("contacts") or []], existing)

    # employees
    employees = _Upserter(session, Employee, lambda r: (r.group_id, r.employee_id), EMPLOYEE_COLUMNS,
                          summary, "employees", ("group_id", "employee_id"))
    existing = await employees.load_existing(Employee.group_id.in_(fed_group_ids))
    await employees.apply([{"group_id": group_ids[g["group_number"]], "employee_id": e["employee_id"],
                            **_pick(e, EMPLOYEE_COLUMNS)}
                           for g in fed_groups for e in g.get("employees") or []], existing)
    employee_pks = {(gid, eid): pk for pk, gid, eid in (await session.execute(
        select(Employee.id, Employee.group_id, Employee.employee_id)
        .where(Employee.group_id.in_(fed_group_ids)))).all()}

    # policies
    wanted_policies = []
    for g in fed_groups:
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
                         summary, "policies", ("policy_number",))
    existing = await policies.load_by(Policy.policy_number, [row["policy_number"] for row in wanted_policies])
    await policies.apply(wanted_policies, existing)
    policy_ids = dict((await session.execute(
        select(Policy.policy_number, Policy.id).where(Policy.group_id.in_(fed_group_ids)))).all())
    policy_group = {row["policy_number"]: row["group_id"] for row in wanted_policies}

    dep_cols, rider_cols = ("name", "relation", "dob"), ("code", "monthly")
    deps, riders = {}, {}
    for g in fed_groups:
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
                      summary, "bills", ("bill_number",))
    existing = await bills.load_by(Bill.bill_number,
                                   [b["bill_number"] for g in fed_groups for b in g.get("bills") or []])
    await bills.apply([{"group_id": group_ids[g["group_number"]], "bill_number": b["bill_number"],
                        **_pick(b, ("period", "due_date", "total"))}
                       for g in fed_groups for b in g.get("bills") or []], existing)
    bill_ids = dict((await session.execute(
        select(Bill.bill_number, Bill.id).where(Bill.group_id.in_(fed_group_ids)))).all())
    line_cols = ("policy_number", "amount")
    lines, line_extra = {}, {}
    for g in fed_groups:
        gid = group_ids[g["group_number"]]
        for b in g.get("bills") or []:
            bid = bill_ids[b["bill_number"]]
            lines[bid] = [(ln["policy_number"], ln["amount"]) for ln in b.get("lines") or []]
            line_extra[bid] = {"group_id": gid}
    await _replace_children(session, BillLine, "bill_id", lines, line_cols, line_extra, summary,
                            "bill_lines", list(lines))

    payments = _Upserter(session, Payment, lambda r: r.payment_id,
                         ("group_id", "received", "amount", "method", "reference", "applied", "suspense"),
                         summary, "payments", ("payment_id",))
    existing = await payments.load_by(Payment.payment_id,
                                      [p["payment_id"] for g in fed_groups for p in g.get("payments") or []])
    await payments.apply([{"group_id": group_ids[g["group_number"]], "payment_id": p["payment_id"],
                           **_pick(p, ("received", "amount", "method", "reference", "applied", "suspense"))}
                          for g in fed_groups for p in g.get("payments") or []], existing)
