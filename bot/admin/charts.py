"""Small server-side SVG charts for the reports page: readable at a glance, no JavaScript.

Every label passes through html.escape; the result is Markup so Jinja does not escape it twice.
"""
from __future__ import annotations

from html import escape

from markupsafe import Markup

PALETTE = ["#1f5fa8", "#2e8b57", "#d99a00", "#b3261e", "#7b4fa0", "#00838f", "#8d6e63", "#9aa5b1"]
FONT = 'font-family="system-ui, sans-serif" font-size="12"'


def _fmt(v: float) -> str:
    return f"{v:,.0f}" if float(v).is_integer() else f"{v:,.1f}"


def hbar(items: list[tuple[str, float]], *, title: str, unit: str = "", color: str = PALETTE[0]) -> Markup:
    """Horizontal bars, largest first, each with its value written at the end."""
    if not items:
        return _empty(title)
    label_w, bar_w, row_h = 190, 330, 26
    top = max(v for _, v in items) or 1
    h = 30 + row_h * len(items)
    out = [f'<svg viewBox="0 0 {label_w + bar_w + 70} {h}" role="img" aria-label="{escape(title)}" {FONT}>',
           f'<title>{escape(title)}</title>']
    for i, (label, v) in enumerate(items):
        y = 10 + i * row_h
        w = max(bar_w * v / top, 1 if v else 0)
        out.append(f'<text x="{label_w - 8}" y="{y + 15}" text-anchor="end">{escape(label)}</text>')
        out.append(f'<rect x="{label_w}" y="{y + 3}" width="{w:.1f}" height="{row_h - 8}" fill="{color}" rx="2"/>')
        out.append(f'<text x="{label_w + w + 6:.1f}" y="{y + 15}">{_fmt(v)}{escape(unit)}</text>')
    out.append("</svg>")
    return Markup("".join(out))


def stacked_columns(days: list[str], series: dict[str, list[float]], *, title: str) -> Markup:
    """One column per day, stacked by series, with the day's total on top and a legend below."""
    if not days or not series:
        return _empty(title)
    left, plot_w, plot_h, top_pad = 36, 600, 200, 18
    n = len(days)
    col_w = plot_w / n
    totals = [sum(s[i] for s in series.values()) for i in range(n)]
    peak = max(totals) or 1
    legend_rows = (len(series) + 2) // 3
    h = top_pad + plot_h + 34 + 18 * legend_rows
    out = [f'<svg viewBox="0 0 {left + plot_w + 10} {h}" role="img" aria-label="{escape(title)}" {FONT}>',
           f'<title>{escape(title)}</title>',
           f'<line x1="{left}" y1="{top_pad + plot_h}" x2="{left + plot_w}" y2="{top_pad + plot_h}" stroke="#9aa5b1"/>',
           f'<text x="{left - 6}" y="{top_pad + 4}" text-anchor="end">{_fmt(peak)}</text>',
           f'<text x="{left - 6}" y="{top_pad + plot_h}" text-anchor="end">0</text>']
    for i, day in enumerate(days):
        x = left + i * col_w + col_w * 0.15
        y = top_pad + plot_h
        for k, (name, values) in enumerate(series.items()):
            hgt = plot_h * values[i] / peak
            if hgt:
                y -= hgt
                out.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{col_w * 0.7:.1f}" height="{hgt:.1f}" '
                           f'fill="{PALETTE[k % len(PALETTE)]}"><title>{escape(day)} {escape(name)}: '
                           f'{_fmt(values[i])}</title></rect>')
        if totals[i]:
            out.append(f'<text x="{x + col_w * 0.35:.1f}" y="{y - 3:.1f}" text-anchor="middle">{_fmt(totals[i])}</text>')
        if i % -(-n // 8) == 0:          # at most eight day labels, so they never overlap
            out.append(f'<text x="{x + col_w * 0.35:.1f}" y="{top_pad + plot_h + 14}" text-anchor="middle">'
                       f'{escape(day[5:])}</text>')
    for k, name in enumerate(series):
        lx, ly = left + (k % 3) * 200, top_pad + plot_h + 32 + (k // 3) * 18
        out.append(f'<rect x="{lx}" y="{ly - 9}" width="10" height="10" fill="{PALETTE[k % len(PALETTE)]}"/>'
                   f'<text x="{lx + 14}" y="{ly}">{escape(name)}</text>')
    out.append("</svg>")
    return Markup("".join(out))


def split_bar(parts: list[tuple[str, float]], *, title: str) -> Markup:
    """One bar split into parts (e.g. contained vs handed to a person), with shares written in."""
    total = sum(v for _, v in parts)
    if not total:
        return _empty(title)
    w, h = 620, 64
    out = [f'<svg viewBox="0 0 {w} {h}" role="img" aria-label="{escape(title)}" {FONT}>', f'<title>{escape(title)}</title>']
    x = 0.0
    for k, (name, v) in enumerate(parts):
        bw = w * v / total
        out.append(f'<rect x="{x:.1f}" y="4" width="{bw:.1f}" height="30" fill="{PALETTE[k % len(PALETTE)]}"/>')
        if bw > 60:
            out.append(f'<text x="{x + 6:.1f}" y="24" fill="#fff">{v / total:.0%}</text>')
        out.append(f'<rect x="{k * 220}" y="44" width="10" height="10" fill="{PALETTE[k % len(PALETTE)]}"/>'
                   f'<text x="{k * 220 + 14}" y="54">{escape(name)}: {_fmt(v)}</text>')
        x += bw
    out.append("</svg>")
    return Markup("".join(out))


def _empty(title: str) -> Markup:
    return Markup(f'<svg viewBox="0 0 620 40" role="img" aria-label="{escape(title)}" {FONT}>'
                  f'<text x="0" y="24" fill="#5f6b7a">No data in this period.</text></svg>')
