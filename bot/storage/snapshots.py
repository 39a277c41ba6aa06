"""Per-group snapshots of policy data that changes only on import (group, products, rates,
contacts, the names to match). A turn reads one version number instead of a dozen tables;
every import bumps the version, so every instance reloads after it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.models import Contact, DataVersion, Group, Product, ProductRate

POLICY_DATA = "policy"


async def current_version(session: AsyncSession) -> int:
    return await session.scalar(select(DataVersion.version).where(DataVersion.name == POLICY_DATA)) or 0


async def bump_version(session: AsyncSession) -> None:
    """Called by the importer inside its transaction when anything changed."""
    result = await session.execute(update(DataVersion).where(DataVersion.name == POLICY_DATA)
                                   .values(version=DataVersion.version + 1))
    if result.rowcount == 0:
        session.add(DataVersion(name=POLICY_DATA, version=1))
        await session.flush()


@dataclass
class GroupSnapshot:
    group: Group
    products: Sequence[Product]
    contacts: Sequence[Contact]
    people: list[tuple[str, str]]
    dependent_owners: dict[int, int]
    rates: dict[int, Sequence[ProductRate]] = field(default_factory=dict)


class SnapshotCache:
    def __init__(self) -> None:
        self._version: int | None = None
        self._groups: dict[int, GroupSnapshot] = {}

    async def get(self, session: AsyncSession, group_id: int) -> GroupSnapshot:
        from bot.storage.repository import GroupRepository   # the repository builds what it caches
        version = await current_version(session)
        if version != self._version:
            self._groups.clear()
            self._version = version
        snap = self._groups.get(group_id)
        if snap is None:
            group = await session.get(Group, group_id)
            repo = GroupRepository(session, group)
            products = await repo.products()
            rate_rows = (await session.scalars(select(ProductRate).where(
                ProductRate.product_id.in_([p.id for p in products])).order_by(ProductRate.id))).all()
            rates: dict[int, list[ProductRate]] = {p.id: [] for p in products}
            for r in rate_rows:
                rates[r.product_id].append(r)
            snap = GroupSnapshot(group, products, await repo.contacts(), await repo.people(),
                                 await repo.dependent_owners(), rates)
            self._groups[group_id] = snap
        return snap
