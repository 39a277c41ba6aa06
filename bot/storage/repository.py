"""The one way handlers read policy data: a repository bound to the caller's group.

`GroupRepository` is built from a group number and every query it makes adds
`group_id == <that group>`; handlers never see a session, so they cannot forget the group.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Iterable, Sequence

from sqlalchemy import Select, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.models import (Bill, BillLine, Contact, Dependent, Employee, Group, Payment,
                                Policy, Product, ProductRate, Rider, ServiceRequest)


class GroupNotFound(LookupError):
    pass


@dataclass(frozen=True)
class PolicyRecord:
    """A policy with what a handler needs next to it (employee, product, dependents, riders)."""
    policy: Policy
    employee: Employee
    product: Product
    dependents: tuple[Dependent, ...]
    riders: tuple[Rider, ...]


class GroupRepository:
    def __init__(self, session: AsyncSession, group: Group, snapshot=None):
        self._session = session
        self.group = group
        # bot.storage.snapshots.GroupSnapshot: data that changes only on import, read from memory
        self._snapshot = snapshot

    @classmethod
    async def open(cls, session: AsyncSession, group_number: str) -> "GroupRepository":
        group = await session.scalar(select(Group).where(Group.group_number == group_number))
        if group is None:
            raise GroupNotFound(group_number)
        return cls(session, group)

    # -- the scoping primitive: every policy-data query starts here
    def _select(self, model, *columns) -> Select:
        stmt = select(*(columns or (model,))).select_from(model)
        return stmt.where(model.group_id == self.group.id)

    async def contacts(self) -> Sequence[Contact]:
        if self._snapshot is not None:
            return self._snapshot.contacts
        return (await self._session.scalars(self._select(Contact).order_by(Contact.id))).all()

    async def employees(self) -> Sequence[Employee]:
        stmt = self._select(Employee).order_by(Employee.last_name, Employee.first_name)
        return (await self._session.scalars(stmt)).all()

    async def employee(self, employee_pk: int) -> Employee | None:
        return await self._session.scalar(self._select(Employee).where(Employee.id == employee_pk))

    async def employee_by_number(self, employee_id: str) -> Employee | None:
        return await self._session.scalar(
            self._select(Employee).where(func.lower(Employee.employee_id) == employee_id.lower()))

    async def people(self) -> list[tuple[str, str]]:
        """(key, full name) of every insured and dependent, for name matching."""
        if self._snapshot is not None:
            return list(self._snapshot.people)
        rows = await self._session.execute(
            self._select(Employee, Employee.id, Employee.first_name, Employee.last_name))
        people = [(f"E{pk}", f"{first} {last}") for pk, first, last in rows]
        deps = await self._session.execute(self._select(Dependent, Dependent.id, Dependent.name))
        people += [(f"D{pk}", name) for pk, name in deps]
        return people

    async def products(self) -> Sequence[Product]:
        """Products the group has policies on (the catalogue is shared; what a group has is not)."""
        if self._snapshot is not None:
            return self._snapshot.products
        used = self._select(Policy, Policy.product_id).distinct()
        stmt = select(Product).where(Product.id.in_(used)).order_by(Product.code)
        return (await self._session.scalars(stmt)).all()

    async def rates(self, product_id: int) -> Sequence[ProductRate]:
        if self._snapshot is not None and product_id in self._snapshot.rates:
            return self._snapshot.rates[product_id]
        stmt = select(ProductRate).where(ProductRate.product_id == product_id).order_by(ProductRate.id)
        return (await self._session.scalars(stmt)).all()

    async def _records(self, where: Iterable) -> list[PolicyRecord]:
        stmt = (self._select(Policy, Policy, Employee, Product)
                .join(Employee, Employee.id == Policy.employee_pk)
                .join(Product, Product.id == Policy.product_id)
                .where(*where).order_by(Employee.last_name, Employee.first_name, Policy.policy_number))
        rows = (await self._session.execute(stmt)).all()
        if not rows:
            return []
        ids = [p.id for p, _, _ in rows]
        deps: dict[int, list[Dependent]] = {}
        for d in await self._session.scalars(self._select(Dependent).where(Dependent.policy_id.in_(ids))):
            deps.setdefault(d.policy_id, []).append(d)
        riders: dict[int, list[Rider]] = {}
        for r in await self._session.scalars(self._select(Rider).where(Rider.policy_id.in_(ids))):
            riders.setdefault(r.policy_id, []).append(r)
        return [PolicyRecord(p, e, pr, tuple(deps.get(p.id, ())), tuple(riders.get(p.id, ())))
                for p, e, pr in rows]

    async def policies_of(self, employee_pk: int) -> list[PolicyRecord]:
        return await self._records([Policy.employee_pk == employee_pk])

    async def policy(self, policy_number: str) -> PolicyRecord | None:
        found = await self._records([Policy.policy_number == policy_number])
        return found[0] if found else None

    async def all_policies(self) -> list[PolicyRecord]:
        return await self._records([])

    async def dependent_owners(self) -> dict[int, int]:
        """dependent id → the employee whose policy covers them."""
        if self._snapshot is not None:
            return dict(self._snapshot.dependent_owners)
        stmt = (self._select(Dependent, Dependent.id, Policy.employee_pk)
                .join(Policy, Policy.id == Dependent.policy_id))
        return dict((await self._session.execute(stmt)).all())

    async def dependent(self, dependent_pk: int) -> Dependent | None:
        return await self._session.scalar(self._select(Dependent).where(Dependent.id == dependent_pk))

    async def counts(self) -> dict[str, int]:
        emp = await self._session.execute(
            self._select(Employee, Employee.status, func.count()).group_by(Employee.status))
        pol = await self._session.execute(
            self._select(Policy, Policy.status, func.count()).group_by(Policy.status))
        by_product = await self._session.execute(
            self._select(Policy, Product.code, func.count()).join(Product, Product.id == Policy.product_id)
            .where(Policy.status == "active").group_by(Product.code))
        return {
            "employees": dict(emp.all()),
            "policies": dict(pol.all()),
            "active_by_product": dict(by_product.all()),
        }

    async def bills(self, *, since: date | None = None) -> Sequence[Bill]:
        stmt = self._select(Bill).order_by(Bill.period)
        if since:
            stmt = stmt.where(Bill.period >= since)
        return (await self._session.scalars(stmt)).all()

    async def bill_lines(self, bill_id: int) -> Sequence[BillLine]:
        stmt = self._select(BillLine).where(BillLine.bill_id == bill_id).order_by(BillLine.id)
        return (await self._session.scalars(stmt)).all()

    async def lines_for_policy(self, policy_number: str) -> list[tuple[Bill, BillLine]]:
        stmt = (self._select(BillLine, Bill, BillLine).join(Bill, Bill.id == BillLine.bill_id)
                .where(BillLine.policy_number == policy_number).order_by(Bill.period))
        return [tuple(r) for r in (await self._session.execute(stmt)).all()]

    async def payments(self) -> Sequence[Payment]:
        return (await self._session.scalars(self._select(Payment).order_by(Payment.received))).all()

    async def total_suspense(self) -> Decimal:
        value = await self._session.scalar(self._select(Payment, func.coalesce(func.sum(Payment.suspense), 0)))
        return Decimal(value or 0)

    # -- billing (handlers/billing*.py)
    async def bill(self, bill_number: str) -> Bill | None:
        return await self._session.scalar(
            self._select(Bill).where(func.lower(Bill.bill_number) == bill_number.strip().lower()))

    async def bill_lines_of(self, bill_ids: Sequence[int]) -> dict[int, list[BillLine]]:
        """bill id → its lines, for several bills at once."""
        out: dict[int, list[BillLine]] = {i: [] for i in bill_ids}
        if bill_ids:
            stmt = self._select(BillLine).where(BillLine.bill_id.in_(list(bill_ids))).order_by(BillLine.id)
            for line in await self._session.scalars(stmt):
                out[line.bill_id].append(line)
        return out

    async def billed_policy_numbers(self, *, before: date | None = None) -> set[str]:
        """Policy numbers that appear on any bill (on bills for periods before `before` when given)."""
        stmt = self._select(BillLine, BillLine.policy_number).join(Bill, Bill.id == BillLine.bill_id).distinct()
        if before is not None:
            stmt = stmt.where(Bill.period < before)
        return set((await self._session.scalars(stmt)).all())

    async def service_requests(self, *, kinds: Sequence[str] | None = None) -> Sequence[ServiceRequest]:
        stmt = self._select(ServiceRequest).order_by(ServiceRequest.created_at.desc(), ServiceRequest.id.desc())
        if kinds:
            stmt = stmt.where(ServiceRequest.kind.in_(list(kinds)))
        return (await self._session.scalars(stmt)).all()

    async def service_request(self, request_id: int) -> ServiceRequest | None:
        return await self._session.scalar(self._select(ServiceRequest).where(ServiceRequest.id == request_id))
