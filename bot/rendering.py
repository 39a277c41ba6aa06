"""Jinja2 environment shared by chat replies, email replies and pages (templates/)."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import jinja2

MODE_PERIOD = {"monthly": "month", "semimonthly": "semimonthly paycheck", "biweekly": "biweekly paycheck",
               "weekly": "weekly paycheck", "quarterly": "quarter", "semiannual": "half-year", "annual": "year"}


def money(value) -> str:
    if value is None:
        return "—"
    value = Decimal(value)
    sign = "-" if value < 0 else ""
    return f"{sign}${abs(value):,.2f}"


def money0(value) -> str:
    """Benefit amounts: whole dollars when they are whole."""
    if value is None:
        return "—"
    value = Decimal(value)
    return f"${value:,.0f}" if value == value.to_integral_value() else money(value)


def day(value) -> str:
    if value is None:
        return "—"
    if isinstance(value, str):
        value = date.fromisoformat(value[:10])
    if isinstance(value, datetime):
        value = value.date()
    return f"{value:%B} {value.day}, {value.year}"


def build_environment(autoescape_html: bool = True) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("templates", ""),
        autoescape=jinja2.select_autoescape(["html"]) if autoescape_html else False,
        trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=False,
        undefined=jinja2.StrictUndefined,
    )
    env.filters.update(money=money, money0=money0, day=day, mode_period=lambda m: MODE_PERIOD.get(m, m))
    return env


class ReplyRenderer:
    """Renders a handler's Answer for a channel: templates/<channel>/<name>.j2, else the chat one."""

    def __init__(self, env: jinja2.Environment | None = None):
        self.env = env or build_environment()

    def render(self, channel: str, template: str, data: dict) -> str:
        names = [f"{channel}/{template}.j2", f"chat/{template}.j2"]
        text = self.env.select_template(names).render(**data)
        # collapse the blank lines conditional blocks leave behind
        lines = [ln.rstrip() for ln in text.strip().splitlines()]
        out: list[str] = []
        for ln in lines:
            if ln or (out and out[-1]):
                out.append(ln)
        return "\n".join(out).strip()
