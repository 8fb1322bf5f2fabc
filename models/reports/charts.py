"""Small vector charts for the PDFs, drawn with a handful of reportlab.graphics shapes (no chart
widgets: they cost most of a page's build time), and cached by their data."""
from __future__ import annotations

from functools import lru_cache

from reportlab.graphics.shapes import Drawing, Line, PolyLine, Rect
from reportlab.lib import colors

from models import formatting
from models.i18n import _
from models.reports.fonts import register_fonts, runs, string_width, text_shape

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


def ratio_chart(title: str, series: tuple[tuple[str, float], ...],
                target: tuple[tuple[str, float], ...], kind: str = "line",
                width: float = 160, height: float = 110, note: str = "") -> Drawing:
    """Values as percentages by label (months), with the target as a dashed red line.
    With no series the chart says why ('note') instead of drawing an empty frame."""
    # The percentages are written in the current locale, so the locale is part of the cache key.
    return _ratio_chart(title, series, target, kind, width, height, note,
                        formatting.current_locale())


@lru_cache(maxsize=512)
def _ratio_chart(title, series, target, kind, width, height, note, _locale) -> Drawing:
    register_fonts()
    d = Drawing(width, height)
    left, bottom, top_pad = 28, 14, 18
    if _fitting_size(title, 8, width, bold=True) >= 7:
        d.add(text_shape(0, height - 10, title, _fitting_size(title, 8, width, bold=True),
                         bold=True, color=TEXT))
    else:   # a long translated title takes two lines rather than shrinking out of sight
        lines = _wrap(title, width, 7)[:2]
        for i, line in enumerate(lines):
            d.add(text_shape(0, height - 8 - 8 * i, line, _fitting_size(line, 7, width),
                             bold=True, color=TEXT))
        top_pad += 8 * (len(lines) - 1)
    plot_w, plot_h = width - left - 4, height - bottom - top_pad
    if not series:
        d.add(Rect(left, bottom, plot_w, plot_h, strokeColor=GRID, fillColor=None,
                   strokeWidth=0.5))
        for i, line in enumerate(_wrap(note or _("Not available yet"), plot_w - 8, 7)[:4]):
            d.add(text_shape(left + plot_w / 2, bottom + plot_h / 2 + 6 - i * 10, line, 7,
                             anchor="middle", color=MUTED))
        return d
    values = [v for _l, v in series if v is not None] + [v for _l, v in target]
    top = _nice_top(max(values + [0.01]))
    for frac in (0, 0.5, 1):
        y = bottom + plot_h * frac
        d.add(Line(left, y, left + plot_w, y, strokeColor=GRID, strokeWidth=0.4))
        d.add(text_shape(left - 3, y - 2.5, formatting.percent(top * frac, 0), 6, anchor="end",
                         color=MUTED))
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
        d.add(text_shape(x_at(i), 3, label, 6.5, anchor="middle", color=MUTED))
        if v is not None:
            d.add(text_shape(x_at(i), y_at(v) + 3, formatting.percent(v, 0), 6, anchor="middle",
                             color=TEXT))
    return d


def distribution_chart(counts: tuple[tuple[str, int], ...], width: float = 300,
                       height: float = 120) -> Drawing:
    """Horizontal bars: how many reps got each rating step."""
    return _distribution_chart(counts, width, height, formatting.current_locale())


@lru_cache(maxsize=64)
def _distribution_chart(counts, width, height, _locale) -> Drawing:
    register_fonts()
    d = Drawing(width, height)
    most = max([c for _l, c in counts] + [1])
    row_h = (height - 6) / max(len(counts), 1)
    label_w = 110
    for i, (label, count) in enumerate(counts):
        y = height - (i + 1) * row_h
        d.add(text_shape(label_w - 4, y + row_h * 0.3, label,
                         _fitting_size(label, 7.5, label_w - 4), anchor="end", color=TEXT))
        w = (width - label_w - 30) * count / most
        d.add(Rect(label_w, y + row_h * 0.15, max(w, 0.5), row_h * 0.7, fillColor=BAR,
                   strokeColor=None))
        d.add(text_shape(label_w + w + 4, y + row_h * 0.3, formatting.number(count), 7.5,
                         color=TEXT))
    return d


def _fitting_size(text: str, size: float, room: float, *, bold: bool = False) -> float:
    """The font size at which `text` fits in `room` points: a longer translation (Tagalog runs
    long) is drawn a little smaller instead of running into the next chart."""
    width = string_width(text, size, bold)
    return size if width <= room else max(5.0, size * room / width)


def _wrap(text: str, room: float, size: float) -> list[str]:
    """Lines no wider than `room` points: broken between words, and anywhere inside Chinese
    (which has no spaces between words)."""
    pieces: list[str] = []
    for piece, cjk in runs(text):
        pieces.extend(piece if cjk else piece.split(" "))
    lines, line = [], ""
    for piece in pieces:
        if not piece:
            continue
        joiner = "" if not line or (runs(piece)[0][1] and runs(line[-1])[0][1]) else " "
        candidate = f"{line}{joiner}{piece}"
        if line and string_width(candidate, size) > room:
            lines.append(line)
            line = piece
        else:
            line = candidate
    if line:
        lines.append(line)
    return lines
