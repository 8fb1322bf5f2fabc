"""Lines over a few months: one point per month and series, a dashed goal line, the legend above
the plot, the exact values of a month in a tooltip.

Painted with QPainter rather than made as a pyqtgraph plot, like the attainment bars: a review's
quarter has three points and a scorecard trend at most two dozen, nothing to zoom or pan, and
making and first drawing a pyqtgraph plot froze the window 30–70 ms each time the review form or
the Quality page showed one; this paints in a millisecond or two. A month without data breaks the
line (no straight line drawn across it); the value axis starts at zero (percentages).
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from models import formatting
# PALETTE: the lines' colours, for the pages that draw them
from widgets.category_bars import (INK, MARGIN, PALETTE, paint_axes,  # noqa: F401
                                   paint_title, tick_step)
from widgets.i18n import tr

GOAL_COLOUR = QColor("#555555")
SWATCH = 22          # the width of a legend entry's line sample


@dataclass(frozen=True)
class Series:
    name: str
    values: Sequence[float | None]   # one per month, in the chart's units; None = no data
    color: str
    dashed: bool = False
    width: float = 2.0


@dataclass(frozen=True)
class LegendEntry:
    name: str
    color: str
    dashed: bool
    rect: QRectF        # where its sample and name are painted


class MonthLines(QWidget):
    """`set_series(labels, [Series…], title=…, goal=…)`: one label per month under the plot."""

    def __init__(self, parent=None, *, y_label: str = "", unit: str = "%", y_top: float | None = None):
        super().__init__(parent)
        self.y_label = y_label
        self.unit = unit              # written after a value in the tooltip
        self.fixed_top = y_top        # the axis's top; None: fitted to the values
        self.title = ""
        self.labels: list[str] = []
        self.series: list[Series] = []
        self.goal: float | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(160)
        self.setMouseTracking(True)
        self.small = QFont(self.font())
        self.small.setPointSizeF(max(7.0, self.font().pointSizeF() - 1))

    def set_series(self, labels: Sequence[str], series: Sequence[Series], *, title: str = "",
                   goal: float | None = None) -> None:
        self.labels = list(labels)
        # a series with no value at all has nothing to draw and no place in the legend
        self.series = [s for s in series if any(v is not None for v in s.values)]
        self.title = title
        self.goal = goal
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(480, 260)

    # -- geometry (what is painted, and what a test can measure) ---------------------------------
    def legend(self) -> list[LegendEntry]:
        """The legend's entries, wrapped between entries to the widget's width, under the title."""
        metrics = QFontMetricsF(self.small)
        entries = [(s.name, s.color, s.dashed) for s in self.series]
        if self.goal is not None:
            entries.append((tr("Goal"), GOAL_COLOUR.name(), True))
        out = []
        x, y = MARGIN, self._title_height()
        line = metrics.height() + 2
        for name, color, dashed in entries:
            width = SWATCH + 4 + metrics.horizontalAdvance(name)
            if x > MARGIN and x + width > self.width() - MARGIN:
                x, y = MARGIN, y + line
            out.append(LegendEntry(name, color, dashed, QRectF(x, y, width, line)))
            x += width + 14
        return out

    def _title_height(self) -> float:
        return MARGIN + (QFontMetricsF(self.font()).height() + 2 if self.title else 0)

    def plot_rect(self) -> QRectF:
        legend = self.legend()
        top = (legend[-1].rect.bottom() if legend else self._title_height()) + 8
        small = QFontMetricsF(self.small)
        left = MARGIN + small.height() + 4 + small.horizontalAdvance(
            formatting.number(self.y_top())) + 6
        bottom = MARGIN + small.height() + 4
        return QRectF(left, top, max(20.0, self.width() - left - MARGIN - 4),
                      max(20.0, self.height() - top - bottom))

    def y_top(self) -> float:
        if self.fixed_top is not None:
            return self.fixed_top
        values = [v for s in self.series for v in s.values if v is not None]
        if self.goal is not None:
            values.append(self.goal)
        high = max(values, default=0.0)
        step = tick_step(high * 1.08 or 1.0)
        return step * math.ceil(high * 1.08 / step) if high > 0 else 1.0

    def x_at(self, plot: QRectF, index: int) -> float:
        """Months sit in the middle of equal slots, so the first and last are not on the edge."""
        slot = plot.width() / max(len(self.labels), 1)
        return plot.left() + slot * (index + 0.5)

    def y_at(self, plot: QRectF, value: float) -> float:
        return plot.bottom() - plot.height() * max(0.0, value) / self.y_top()

    def segments(self, series: Series) -> list[list[QPointF]]:
        """The series's runs of consecutive months with data: a line within a run, a gap between
        runs."""
        plot = self.plot_rect()
        runs: list[list[QPointF]] = []
        current: list[QPointF] = []
        for i, value in enumerate(series.values[:len(self.labels)]):
            if value is None:
                if current:
                    runs.append(current)
                current = []
                continue
            current.append(QPointF(self.x_at(plot, i), self.y_at(plot, float(value))))
        if current:
            runs.append(current)
        return runs

    # -- painting --------------------------------------------------------------------------------
    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        plot = self.plot_rect()
        paint_title(painter, self, self.title)
        self._paint_legend(painter)
        self._paint_axes(painter, plot)
        if self.goal is not None:
            painter.setPen(QPen(GOAL_COLOUR, 1.5, Qt.PenStyle.DashLine))
            y = self.y_at(plot, self.goal)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        for series in self.series:
            colour = QColor(series.color)
            pen = QPen(colour, series.width,
                       Qt.PenStyle.DashLine if series.dashed else Qt.PenStyle.SolidLine)
            for run in self.segments(series):
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                if len(run) > 1:
                    path = QPainterPath(run[0])
                    for point in run[1:]:
                        path.lineTo(point)
                    painter.drawPath(path)
                if not series.dashed:        # the solid lines are the rep's: each month marked
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.setBrush(colour)
                    for point in run:
                        painter.drawEllipse(point, 3.0, 3.0)
        painter.end()

    def _paint_legend(self, painter: QPainter) -> None:
        painter.setFont(self.small)
        for entry in self.legend():
            mid = entry.rect.center().y()
            painter.setPen(QPen(QColor(entry.color), 2,
                                Qt.PenStyle.DashLine if entry.dashed else Qt.PenStyle.SolidLine))
            painter.drawLine(QPointF(entry.rect.left(), mid),
                             QPointF(entry.rect.left() + SWATCH, mid))
            painter.setPen(INK)
            painter.drawText(entry.rect.adjusted(SWATCH + 4, 0, 0, 0),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, entry.name)
        painter.setFont(self.font())

    def _paint_axes(self, painter: QPainter, plot: QRectF) -> None:
        """Faint lines at round values with their figures on the left, the months below."""
        top = self.y_top()
        step = tick_step(top)
        places = 0 if float(step).is_integer() else 1
        ticks = [(self.y_at(plot, i * step), formatting.number(i * step, places))
                 for i in range(int(round(top / step)) + 1)]
        paint_axes(painter, plot, self.small, ticks=ticks, y_label=self.y_label,
                   labels=self.labels)
        painter.setFont(self.font())

    # -- reading ---------------------------------------------------------------------------------
    def month_at(self, x: float) -> int | None:
        plot = self.plot_rect()
        if not self.labels or not plot.left() <= x <= plot.right():
            return None
        return min(len(self.labels) - 1,
                   int((x - plot.left()) / (plot.width() / len(self.labels))))

    def values_at(self, index: int) -> str:
        """A month's label and every series's exact value that month ('no data' where none)."""
        lines = [self.labels[index]]
        for s in self.series:
            value = s.values[index] if index < len(s.values) else None
            lines.append(tr("{series}: {value}").format(
                series=s.name, value=tr("no data") if value is None
                else formatting.number(float(value), 1) + self.unit))
        if self.goal is not None:
            lines.append(tr("goal: {value}").format(
                value=formatting.number(self.goal) + self.unit))
        return "\n".join(lines)

    def event(self, event) -> bool:
        if event.type() == event.Type.ToolTip:
            x = event.position().x() if hasattr(event, "position") else event.pos().x()
            index = self.month_at(x)
            if index is not None:
                QToolTip.showText(event.globalPos(), self.values_at(index), self)
                return True
            QToolTip.hideText()
            event.ignore()
            return True
        return super().event(event)

    def export_png(self, path: str) -> bool:
        return self.grab().save(str(path), "PNG")

