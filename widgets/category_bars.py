"""Bars by category: one colour per series side by side, each bar labelled with its figure when
there is room, a value axis from zero written like the labels, the categories under the bars.

Painted with QPainter, like the attainment bars and the month lines: a handful of bars has
nothing to zoom or pan, and a pyqtgraph plot took 15 ms to make and as long again to paint the
first time each Analysis tab showed one (the page's opening froze 30–50 ms); this paints in a
millisecond or two.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable, Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from models import formatting

PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b",
           "#e377c2"]
GRID = QColor("#e6e6e6")
INK = QColor("#222222")
MARGIN = 6
LABELLED_BARS = 12   # more bars than this and their labels would overlap


@dataclass(frozen=True)
class Bar:
    category: int
    series: int
    value: float
    rect: QRectF


class CategoryBars(QWidget):
    """`set_bars(categories, [(name, values)…], label=…, axis=…, y_label=…)`. `hovered` says
    which category the mouse is over (-1: none)."""

    hovered = Signal(int)

    def __init__(self, parent=None, *, title: str = ""):
        super().__init__(parent)
        self.title = title
        self.categories: list[str] = []
        self.series: list[tuple[str, list[float]]] = []
        self.label: Callable[[float], str] = formatting.number
        self.axis: Callable[[float], str] = formatting.number
        self.y_label = ""
        self._hover = -1
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(120)
        self.setMouseTracking(True)
        self.small = QFont(self.font())
        self.small.setPointSizeF(max(7.0, self.font().pointSizeF() - 1))

    def set_bars(self, categories: Sequence[str], series: Sequence[tuple[str, Sequence[float]]],
                 *, label: Callable[[float], str] = formatting.number,
                 axis: Callable[[float], str] = formatting.number, y_label: str = "") -> None:
        self.categories = list(categories)
        self.series = [(name, [float(v or 0) for v in values]) for name, values in series]
        self.label, self.axis, self.y_label = label, axis, y_label
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        # modest: the tabs cap their charts' height (230 px and less) and give the rest to the
        # table; a taller wish made the splitter leave an empty band under the chart
        return QSize(420, 180)

    # -- geometry (what is painted, and what a test can measure) ---------------------------------
    def top_value(self) -> float:
        """The axis's top: room above the highest bar for its label, at a round tick."""
        high = max([v for _, values in self.series for v in values] + [0.0])
        if high <= 0:
            return 1.0
        step = tick_step(high * 1.15)
        return step * math.ceil(high * 1.15 / step)

    def plot_rect(self) -> QRectF:
        small = QFontMetricsF(self.small)
        top = MARGIN + (QFontMetricsF(self.font()).height() + 4 if self.title else 0)
        ticks = [self.axis(v) for v in self.ticks()]
        left = MARGIN + (small.height() + 4 if self.y_label else 0) + \
            max((small.horizontalAdvance(t) for t in ticks), default=0) + 6
        bottom = MARGIN + small.height() + 4
        return QRectF(left, top, max(20.0, self.width() - left - MARGIN),
                      max(20.0, self.height() - top - bottom))

    def ticks(self) -> list[float]:
        top = self.top_value()
        step = tick_step(top)
        return [i * step for i in range(int(round(top / step)) + 1)]

    def bars(self) -> list[Bar]:
        plot = self.plot_rect()
        if not self.categories:
            return []
        slot = plot.width() / len(self.categories)
        n = max(len(self.series), 1)
        width = slot * 0.8 / n
        top = self.top_value()
        out = []
        for s, (_name, values) in enumerate(self.series):
            for c, value in enumerate(values[:len(self.categories)]):
                height = plot.height() * max(0.0, value) / top
                left = plot.left() + slot * c + slot * 0.1 + width * s + width * 0.05
                out.append(Bar(c, s, value, QRectF(left, plot.bottom() - height, width * 0.9,
                                                   height)))
        return out

    def category_at(self, x: float) -> int:
        plot = self.plot_rect()
        if not self.categories or not plot.left() <= x <= plot.right():
            return -1
        return min(len(self.categories) - 1,
                   int((x - plot.left()) / (plot.width() / len(self.categories))))

    # -- painting --------------------------------------------------------------------------------
    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        plot = self.plot_rect()
        paint_title(painter, self, self.title)
        self._paint_axes(painter, plot)
        bars = self.bars()
        for bar in bars:
            painter.fillRect(bar.rect, QColor(PALETTE[bar.series % len(PALETTE)]))
        if len(bars) <= LABELLED_BARS:
            painter.setFont(self.small)
            painter.setPen(INK)
            metrics = QFontMetricsF(self.small)
            for bar in bars:
                if not bar.value:
                    continue
                text = self.label(bar.value)
                width = metrics.horizontalAdvance(text) + 2
                painter.drawText(QRectF(bar.rect.center().x() - width / 2,
                                        bar.rect.top() - metrics.height() - 1, width,
                                        metrics.height()), Qt.AlignmentFlag.AlignCenter, text)
        painter.end()

    def _paint_axes(self, painter: QPainter, plot: QRectF) -> None:
        top = self.top_value()
        paint_axes(painter, plot, self.small,
                   ticks=[(plot.bottom() - plot.height() * value / top, self.axis(value))
                          for value in self.ticks()],
                   y_label=self.y_label, labels=self.categories)
        painter.setFont(self.font())

    # -- reading ---------------------------------------------------------------------------------
    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt override
        index = self.category_at(event.position().x())
        if index != self._hover:
            self._hover = index
            self.hovered.emit(index)
        super().mouseMoveEvent(event)

    def export_png(self, path: str) -> bool:
        return self.grab().save(str(path), "PNG")


def paint_title(painter: QPainter, chart: QWidget, title: str) -> None:
    """A painted chart's title, centred along its top (nothing when it has none)."""
    if title:
        painter.setPen(INK)
        painter.drawText(QRectF(MARGIN, MARGIN, chart.width() - 2 * MARGIN,
                                QFontMetricsF(chart.font()).height()),
                         Qt.AlignmentFlag.AlignHCenter, title)


def paint_axes(painter: QPainter, plot: QRectF, font: QFont, *,
               ticks: Sequence[tuple[float, str]], y_label: str, labels: Sequence[str]) -> None:
    """A painted chart's axes, in `font`: faint lines across the plot at the ticks ((height in
    pixels, text) each) with their text on the left, the base line, `y_label` written upwards
    along the left edge, and one label under the middle of each of the equal slots the labels
    share out the width in, every second or third one where they would touch."""
    metrics = QFontMetricsF(font)
    painter.setFont(font)
    for y, text in ticks:
        painter.setPen(GRID)
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(INK)
        width = metrics.horizontalAdvance(text) + 2
        painter.drawText(QRectF(plot.left() - 6 - width, y - metrics.height() / 2, width,
                                metrics.height()),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
    painter.setPen(INK)
    painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
    if y_label:
        painter.save()
        painter.translate(MARGIN, plot.center().y())
        painter.rotate(-90)
        painter.drawText(QRectF(-plot.height() / 2, 0, plot.height(), metrics.height()),
                         Qt.AlignmentFlag.AlignCenter, y_label)
        painter.restore()
    if not labels:
        return
    slot = plot.width() / len(labels)
    widest = max(metrics.horizontalAdvance(label) for label in labels)
    every = max(1, math.ceil((widest + 8) / max(slot, 1)))
    room = slot * every - 4
    for i, label in enumerate(labels):
        if i % every:
            continue
        text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, room)
        painter.drawText(QRectF(plot.left() + slot * (i + 0.5) - room / 2, plot.bottom() + 3,
                                room, metrics.height()), Qt.AlignmentFlag.AlignCenter, text)


def tick_step(top: float) -> float:
    """A round step (1, 2 or 5 × 10ⁿ) that gives at most six lines up to `top`. Not 2.5: its
    ticks (1.25M) would be written rounded on a short axis ("1.3M")."""
    magnitude = 10 ** math.floor(math.log10(max(top, 1e-9) / 6))
    for factor in (1, 2, 5, 10):
        if top / (factor * magnitude) <= 6:
            return factor * magnitude
    return 10 * magnitude
