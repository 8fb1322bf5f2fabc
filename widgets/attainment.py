"""Attainment bars: one horizontal bar per name at its share of the goal, a dashed line at 100 %,
red below the warning level, the percentage written after each bar.

Painted with QPainter rather than made as a pyqtgraph plot: there is nothing to zoom or pan in a
handful of bars, and a plot took 30–100 ms of the GUI thread to make and lay out each time a page
showed one (Numbers, Reviews, Analysis, a rep's page); this paints in about a millisecond.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from models import formatting
from widgets.i18n import tr

BAR_BLUE = QColor("#2e86c1")
BAR_RED = QColor("#c0392b")
GOAL_COLOUR = QColor("#555555")
GRID = QColor("#e3e3e3")
INK = QColor("#222222")
ROW_PX = 26          # the height a bar's row asks for
MARGIN = 6


@dataclass(frozen=True)
class Row:
    name: str
    ratio: float | None
    bar: QRectF          # the bar (empty where there is no figure)
    label: QRectF        # its percentage, right after it
    name_rect: QRectF


class AttainmentBars(QWidget):
    """`set_bars([(name, ratio or None), …])`, drawn top to bottom in the given order."""

    def __init__(self, parent=None, *, title: str = "", warn: float = 1.0):
        super().__init__(parent)
        self.title = title
        self.warn = warn
        self.values: list[tuple[str, float | None]] = []
        self.name_width: int | None = None   # the names' column; None: fitted to the names
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(80)
        self.setMouseTracking(True)
        self.small = QFont(self.font())
        self.small.setPointSizeF(max(7.0, self.font().pointSizeF() - 1))

    def set_title(self, title: str) -> None:
        self.title = title
        self.updateGeometry()
        self.update()

    def set_bars(self, bars: Sequence[tuple[str, float | None]]) -> None:
        self.values = [(name, None if ratio is None else float(ratio)) for name, ratio in bars]
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(420, ROW_PX * max(len(self.values), 2) + self._top() + self._bottom())

    # -- geometry (what is painted, and what a test can measure) ---------------------------------
    def _top(self) -> int:
        return MARGIN + (QFontMetricsF(self.font()).height() + 4 if self.title else 0)

    def _bottom(self) -> int:
        return MARGIN + 2 * QFontMetricsF(self.small).height() + 6

    def plot_rect(self) -> QRectF:
        names = QFontMetricsF(self.font())
        wanted = max((names.horizontalAdvance(n) for n, _ in self.values), default=0) + 10
        left = self.name_width if self.name_width is not None else \
            min(wanted, self.width() * 0.4)
        return QRectF(MARGIN + left, self._top(),
                      max(20.0, self.width() - 2 * MARGIN - left),
                      max(10.0, self.height() - self._top() - self._bottom()))

    def x_max(self, plot: QRectF) -> float:
        """The percentage at the right edge: room for the 100 % line and for every bar with its
        label beside it (a label of p pixels after a bar ending at w needs w / (1 − p / width))."""
        metrics = QFontMetricsF(self.small)
        right = 130.0
        for _, ratio in self.values:
            end = (ratio or 0) * 100
            label_px = metrics.horizontalAdvance(formatting.percent(ratio, 0)) + 12
            right = max(right, end / max(0.2, 1 - label_px / plot.width()))
        return right

    def rows(self) -> list[Row]:
        plot = self.plot_rect()
        if not self.values:
            return []
        right = self.x_max(plot)
        metrics = QFontMetricsF(self.small)
        step = plot.height() / len(self.values)
        out = []
        for i, (name, ratio) in enumerate(self.values):
            top = plot.top() + i * step
            length = plot.width() * max(0.0, (ratio or 0) * 100) / right
            bar = QRectF(plot.left(), top + step * 0.15, length, step * 0.7)
            text = formatting.percent(ratio, 0)
            label = QRectF(plot.left() + length + 4, top, metrics.horizontalAdvance(text) + 2,
                           step)
            out.append(Row(name, ratio, bar, label,
                           QRectF(MARGIN, top, plot.left() - MARGIN - 6, step)))
        return out

    # -- painting --------------------------------------------------------------------------------
    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        plot = self.plot_rect()
        right = self.x_max(plot)
        names = QFontMetricsF(self.font())
        if self.title:
            painter.setPen(INK)
            painter.drawText(QRectF(MARGIN, MARGIN, self.width() - 2 * MARGIN, names.height()),
                             Qt.AlignmentFlag.AlignHCenter, self.title)
        self._paint_axis(painter, plot, right)
        rows = self.rows()
        painter.setFont(self.small)
        for row in rows:
            painter.fillRect(row.bar, BAR_RED if row.ratio is not None and row.ratio < self.warn
                             else BAR_BLUE)
            painter.setPen(INK)
            painter.drawText(row.label, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             formatting.percent(row.ratio, 0))
        painter.setFont(self.font())
        for row in rows:
            name = names.elidedText(row.name, Qt.TextElideMode.ElideRight, row.name_rect.width())
            painter.drawText(row.name_rect, Qt.AlignmentFlag.AlignVCenter
                             | Qt.AlignmentFlag.AlignRight, name)
        goal_x = plot.left() + plot.width() * 100 / right
        painter.setPen(QPen(GOAL_COLOUR, 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(goal_x, plot.top()), QPointF(goal_x, plot.bottom()))
        painter.end()

    def _paint_axis(self, painter: QPainter, plot: QRectF, right: float) -> None:
        """Faint lines at round percentages, their figures under the bars, "% of goal" below."""
        step = _tick_step(right)
        metrics = QFontMetricsF(self.small)
        painter.setFont(self.small)
        for value in range(0, int(right) + 1, step):
            x = plot.left() + plot.width() * value / right
            painter.setPen(GRID)
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            painter.setPen(INK)
            text = formatting.number(value)
            width = metrics.horizontalAdvance(text)
            painter.drawText(QRectF(x - width / 2 - 1, plot.bottom() + 2, width + 2,
                                    metrics.height()), Qt.AlignmentFlag.AlignCenter, text)
        painter.setPen(INK)
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        painter.drawText(QRectF(plot.left(), plot.bottom() + 2 + metrics.height(), plot.width(),
                                metrics.height() + 4), Qt.AlignmentFlag.AlignHCenter,
                         tr("% of goal"))

    # -- reading ---------------------------------------------------------------------------------
    def event(self, event) -> bool:
        if event.type() == event.Type.ToolTip:   # the row under the mouse, its name whole
            y = event.position().y() if hasattr(event, "position") else event.pos().y()
            for row in self.rows():
                if row.name_rect.top() <= y < row.name_rect.bottom():
                    text = tr("{name}: {share} of goal").format(
                        name=row.name, share=formatting.percent(row.ratio, 0))
                    QToolTip.showText(event.globalPos(), "\n".join(
                        t for t in (text, self.toolTip()) if t), self)
                    return True
        return super().event(event)

    def export_png(self, path: str) -> bool:
        return self.grab().save(str(path), "PNG")


def _tick_step(right: float) -> int:
    """A round step (10, 20, 25, 50, 100, …) that gives at most six lines up to `right` %."""
    for step in (10, 20, 25, 50):
        if right / step <= 6:
            return step
    return 100 * math.ceil(right / 600)
