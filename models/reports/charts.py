"""Small vector charts for the PDFs, drawn with a handful of reportlab.graphics shapes (no chart
widgets: they cost most of a page's build time), and cached by their data."""
from __future__ import annotations

from functools import lru_cache

from reportlab.graphics.shapes import Drawing, Line, PolyLine, Rect, String
from reportlab.lib import colors

from models.reports.fonts import SANS, SANS_BOLD, register_fonts

BAR = colors.HexColor("#1f6feb")
TARGET = colors.HexColor("#d1242f")
GRID = colors.HexColor("#d0d7de")
TEXT = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#6b7785")


def _nice_top(value: float) -> float:
    for top in (0.5, 1.0, 1.25, 1.5, 2.0, 3.0, 5.0, 10.0):
        if value <= top:
            return top
    return float(int(value) + 1)


@lru_cache(maxsize=512)
def ratio_chart(title: str, series: tuple[tuple[str, float], ...],
                target: tuple[tuple[str, float], ...], kind: str = "line",
                width: float = 160, height: float = 110, note: str = "") -> Drawing:
    """Values as percentages by label (months), with the target as a dashed red line.
    With no series the chart says why ('note') instead of drawing an empty frame."""
    register_fonts()
    d = Drawing(width, height)
    d.add(String(0, height - 10, title, fontName=SANS_BOLD, fontSize=8, fillColor=TEXT))
    left, bottom, top_pad = 28, 14, 18
    plot_w, plot_h = width - left - 4, height - bottom - top_pad
    if not series:
        d.add(Rect(left, bottom, plot_w, plot_h, strokeColor=GRID, fillColor=None,
                   strokeWidth=0.5))
        for i, line in enumerate(_wrap(note or "Not available yet", 34)[:4]):
            d.add(String(left + plot_w / 2, bottom + plot_h / 2 + 6 - i * 10, line,
                         fontName=SANS, fontSize=7, fillColor=MUTED, textAnchor="middle"))
        return d
    values = [v for _l, v in series if v is not None] + [v for _l, v in target]
    top = _nice_top(max(values + [0.01]))
    for frac in (0, 0.5, 1):
        y = bottom + plot_h * frac
        d.add(Line(left, y, left + plot_w, y, strokeColor=GRID, strokeWidth=0.4))
        d.add(String(left - 3, y - 2.5, f"{top * frac * 100:.0f}%", fontName=SANS, fontSize=6,
                     fillColor=MUTED, textAnchor="end"))
    n = len(series)
    step = plot_w / n

    def x_at(i):
        return left + step * (i + 0.5)

    def y_at(v):
        return bottom + plot_h * max(0.0, min(v, top)) / top

    if kind == "bar":
        bar_w = step * 0.55
        for i, (_label, v) in enumerate(series):
            if v is not None:
                d.add(Rect(x_at(i) - bar_w / 2, bottom, bar_w, y_at(v) - bottom, fillColor=BAR,
                           strokeColor=None))
    else:
        points = []
        for i, (_label, v) in enumerate(series):
            if v is None:   # a month without data breaks the line
                if len(points) >= 4:
                    d.add(PolyLine(points, strokeColor=BAR, strokeWidth=1.4))
                points = []
                continue
            points += [x_at(i), y_at(v)]
        if len(points) >= 4:
            d.add(PolyLine(points, strokeColor=BAR, strokeWidth=1.4))
        for i, (_label, v) in enumerate(series):
            if v is not None:
                d.add(Rect(x_at(i) - 1.5, y_at(v) - 1.5, 3, 3, fillColor=BAR, strokeColor=None))
    if target:
        tpoints = []
        for i, (_label, v) in enumerate(target[:n]):
            tpoints += [x_at(i), y_at(v)]
        if len(tpoints) == 2:
            tpoints = [left, tpoints[1], left + plot_w, tpoints[1]]
        d.add(PolyLine(tpoints, strokeColor=TARGET, strokeWidth=0.8, strokeDashArray=[2, 2]))
    for i, (label, v) in enumerate(series):
        d.add(String(x_at(i), 3, label, fontName=SANS, fontSize=6.5, fillColor=MUTED,
                     textAnchor="middle"))
        if v is not None:
            d.add(String(x_at(i), y_at(v) + 3, f"{v * 100:.0f}%", fontName=SANS, fontSize=6,
                         fillColor=TEXT, textAnchor="middle"))
    return d


@lru_cache(maxsize=64)
def distribution_chart(counts: tuple[tuple[str, int], ...], width: float = 300,
                       height: float = 120) -> Drawing:
    """Horizontal bars: how many reps got each rating step."""
    register_fonts()
    d = Drawing(width, height)
    most = max([c for _l, c in counts] + [1])
    row_h = (height - 6) / max(len(counts), 1)
    label_w = 110
    for i, (label, count) in enumerate(counts):
        y = height - (i + 1) * row_h
        d.add(String(label_w - 4, y + row_h * 0.3, label, fontName=SANS, fontSize=7.5,
                     fillColor=TEXT, textAnchor="end"))
        w = (width - label_w - 30) * count / most
        d.add(Rect(label_w, y + row_h * 0.15, max(w, 0.5), row_h * 0.7, fillColor=BAR,
                   strokeColor=None))
        d.add(String(label_w + w + 4, y + row_h * 0.3, str(count), fontName=SANS, fontSize=7.5,
                     fillColor=TEXT))
    return d


def _wrap(text: str, width: int) -> list[str]:
    words, lines, line = text.split(), [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    if line:
        lines.append(line)
    return lines
