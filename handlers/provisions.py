"""Provision documents for handlers: find the section that answers a question, in the group's terms.

Every handler that relies on a provision cites it through here, so citations look the same
everywhere: {"document", "section", "title"} plus a link to read the section.
"""
from __future__ import annotations

from dataclasses import dataclass

from handlers.registry import HandlerContext


@dataclass(frozen=True)
class Provision:
    citation: dict
    text: str            # 1–3 sentences from the section, with the group's figures filled in
    url: str             # page that shows the whole section


async def group_facts(ctx: HandlerContext) -> dict:
    group = ctx.repo.group
    products = await ctx.repo.products()
    return {"group_name": group.name, "group_number": group.group_number, "state": group.state,
            "grace_days": group.grace_days, "billing_mode": group.billing_mode,
            "section_125": group.section_125, "products": [p.name for p in products],
            "lines": sorted({p.line for p in products})}


def section_url(document: str, section: str) -> str:
    return f"/provisions/{document}#{section}"


async def find_provision(ctx: HandlerContext, question: str) -> Provision | None:
    """The best section for the question among the group's products and state, or None."""
    if ctx.knowledge is None:
        return None
    facts = await group_facts(ctx)
    hit = ctx.knowledge.answer(question, lines=facts["lines"], state=facts["state"])
    if hit is None:
        return None
    citation = hit.citation()
    return Provision(citation, ctx.knowledge.short_answer(hit, facts, question),
                     section_url(citation["document"], citation["section"]))
