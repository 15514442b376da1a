"""Server-side SVG for the progress page: no chart script runs in the browser, and the CSP
stays strict. Colours come from classes in app.css; no inline style."""

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

WIDTH, HEIGHT = 640, 260
LEFT, RIGHT, TOP, BOTTOM = 36, 12, 12, 34


@dataclass(frozen=True)
class Series:
    name: str
    css: str
    points: Sequence[tuple[dt.date, float]]


def _x(day: dt.date, first: dt.date, span: int) -> float:
    return LEFT + (WIDTH - LEFT - RIGHT) * ((day - first).days / max(span, 1))


def _y(pain: float) -> float:
    return TOP + (HEIGHT - TOP - BOTTOM) * (1 - pain / 10)


def _axes(first: dt.date, last: dt.date) -> list[str]:
    parts = []
    for pain in (0, 5, 10):
        y = _y(pain)
        parts.append(
            f'<line class="grid" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y:.1f}" y2="{y:.1f}"/>'
        )
        parts.append(
            f'<text class="label" x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end">{pain}</text>'
        )
    for day, anchor in ((first, "start"), (last, "end")):
        x = _x(day, first, (last - first).days)
        label = day.strftime("%d %b").lstrip("0")
        y = HEIGHT - 10
        parts.append(
            f'<text class="label" x="{x:.1f}" y="{y}" text-anchor="{anchor}">{label}</text>'
        )
    return parts


def _line(series: Series, first: dt.date, span: int) -> str:
    coords = [(_x(d, first, span), _y(v)) for d, v in series.points]
    path = " ".join(f"{x:.1f},{y:.1f}" for x, y in coords)
    dots = "".join(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3"/>' for x, y in coords)
    return f'<g class="series {series.css}"><polyline points="{path}"/>{dots}</g>'


def pain_chart(series: Sequence[Series], *, title: str, summary: str) -> str:
    days = [d for s in series for d, _ in s.points]
    if not days:
        return ""
    first, last = min(days), max(days)
    span = (last - first).days
    body = [*_axes(first, last), *(_line(s, first, span) for s in series if s.points)]
    return (
        f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-labelledby="chart-title chart-desc" xmlns="http://www.w3.org/2000/svg">'
        f'<title id="chart-title">{escape(title)}</title>'
        f'<desc id="chart-desc">{escape(summary)}</desc>{"".join(body)}</svg>'
    )
