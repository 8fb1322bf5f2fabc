"""What the Analysis tabs share: the choice a load is made for, a table model whose every figure
says what it means when hovered, a small bar chart, and the notes line under a table."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Sequence

import shiboken6
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (QHBoxLayout, QHeaderView, QLabel, QSplitter, QTableView,
                               QVBoxLayout, QWidget)

from desktop.i18n import tr
from models import formatting
from models.reports.analysis_pdf import Section  # noqa: F401 - the tabs' plain form
from models.services.sales_analysis import Slice
from widgets.category_bars import PALETTE, CategoryBars
from widgets.legend import legend_html
from widgets.record_table import ALIGN, DISPLAY, RIGHT, TOOLTIP, RecordTableModel


@dataclass(frozen=True)
class Choice:
    """What the user picked: the slice (and its name as shown), the period, and today."""
    part: Slice
    slice_label: str
    slice_kind: str           # 'company', 'team', 'territory', 'rep', 'agency', 'segment', …
    period: str               # as typed: 2026-Q3, 2026-07, 2026
    start: dt.date
    end: dt.date
    today: dt.date

    @property
    def as_of(self) -> dt.date:
        """The day a look-back is made from: the period's end, or today in a running period."""
        return min(self.today, self.end + dt.timedelta(days=1))


class FigureTableModel(RecordTableModel):
    """Rows of formatted text. Hovering a cell says what its figure means: the row's own tip
    when one is given (a figure per row), else the column's heading tip. Columns in `numeric`
    are right-aligned, as figures are read."""

    def __init__(self, headers, *, header_tips=(), numeric: Sequence[int] = (), parent=None):
        super().__init__(headers, header_tips=header_tips, parent=parent)
        self.numeric = set(numeric)
        self._row_tips: list[str | None] = []

    def set_rows(self, rows, row_tips: Sequence[str | None] = ()) -> None:
        self._row_tips = list(row_tips)
        super().set_rows(rows)

    def data(self, index: QModelIndex, role=DISPLAY):
        if role == TOOLTIP:
            if index.row() < len(self._row_tips) and self._row_tips[index.row()]:
                return self._row_tips[index.row()]
            return self._tips[index.column()]
        if role == ALIGN and index.column() in self.numeric:
            return RIGHT
        return super().data(index, role)

    def cell(self, row: int, column: int) -> str:
        return str(self.row(row)[column])

    def column(self, header: str) -> int:
        return self._headers.index(header)


FITTED_ROWS = 200   # the rows a column is made wide enough for


def fit_columns(view: QTableView, model: RecordTableModel) -> None:
    """Each column as wide as its widest text in the first rows, or its heading: what
    `resizeColumnsToContents` does, without asking the model and its delegate for every role of
    every cell (16,000 Python calls and 100 ms for 200 goals). The texts are measured with the
    view's font; only the widest cell of a column goes through the delegate, for its margins."""
    metrics = view.fontMetrics()
    advance = metrics.horizontalAdvance
    header = view.horizontalHeader()
    rows = model.rows_shown()[:FITTED_ROWS]
    grid = 1 if view.showGrid() else 0
    for column in range(model.columnCount()):
        if header.isSectionHidden(column):
            continue
        first: dict[str, int] = {}     # each distinct text once, with the first row showing it
        for row, values in enumerate(rows):
            value = values[column]
            if value is not None and value != "":
                first.setdefault(value if isinstance(value, str) else str(value), row)
        widest, at = -1, -1
        for text, row in first.items():
            width = advance(text)
            if width > widest:
                widest, at = width, row
        content = view.sizeHintForIndex(model.index(at, column)).width() + grid if at >= 0 else 0
        header.resizeSection(column, max(content, header.sectionSizeHint(column)))


def figure_table(model: FigureTableModel, *, sideways: bool = False) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().setVisible(False)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    # Columns fitted once per new set of rows, on the first 200 rows: measuring every cell at
    # every repaint (ResizeToContents) held the GUI thread for seconds at 17,000 clients.
    header.setResizeContentsPrecision(FITTED_ROWS)
    # the model may outlive its view (a load delivered as the window closes)
    model.modelReset.connect(lambda: shiboken6.isValid(view) and fit_columns(view, model))
    if sideways:
        view.setProperty("scrolls_sideways", True)   # many columns: it scrolls sideways
    else:
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return view


def table_above_chart(tab: QWidget, table: QWidget, chart: QWidget, notes: QLabel) -> None:
    """A tab's layout: its table over its chart (3 : 2, neither can be collapsed away), the
    notes below both."""
    split = QSplitter(Qt.Orientation.Vertical)
    split.addWidget(table)
    split.addWidget(chart)
    split.setStretchFactor(0, 3)
    split.setStretchFactor(1, 2)
    split.setChildrenCollapsible(False)
    layout = QVBoxLayout(tab)
    layout.setContentsMargins(0, 4, 0, 0)
    layout.addWidget(split, 1)
    layout.addWidget(notes)


def notes_label() -> QLabel:
    label = QLabel("")
    label.setWordWrap(True)
    label.setStyleSheet("color: #5f6368;")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def money(value, currency: str) -> str:
    return formatting.money(value, currency, cents=False) if value is not None else formatting.DASH


def short_number(value: float) -> str:
    """12.3k, 1.2M — for a bar's label or an axis; the exact figure is in the table."""
    if not value:
        return "0"
    for size, unit in ((1e6, "M"), (1e3, "k")):
        if abs(value) >= size:
            part = value / size
            return formatting.number(part, 0 if part == int(part) or abs(part) >= 100 else 1) \
                + unit
    return formatting.number(value)


class BarChart(QWidget):
    """Bars by category, one colour per series side by side, each bar labelled with its figure
    when there is room (widgets.category_bars, painted); hovering a category reads out its exact
    figures below the chart. No zoom and no pan (there is nothing to explore in a handful of
    bars); the wheel scrolls the page."""

    def __init__(self, title: str = "", parent=None):
        super().__init__(parent)
        self.title = title
        self.plot = CategoryBars(title=title)
        self.plot.hovered.connect(self._hovered)
        self.legend = QLabel("")
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.readout = QLabel(tr("Hover over a bar for its exact figures."))
        self.readout.setWordWrap(True)
        self.readout.setStyleSheet("color: #5f6368;")
        self.setMinimumHeight(150)
        self._exact = formatting.number
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)

    @property
    def categories(self) -> list[str]:
        return self.plot.categories

    @property
    def series(self) -> list[tuple[str, list[float]]]:
        return self.plot.series

    def setToolTip(self, text: str) -> None:  # noqa: N802 - the plot's, where the mouse is
        self.plot.setToolTip(text)

    def set_bars(self, categories: Sequence[str], series: Sequence[tuple[str, Sequence[float]]],
                 *, label=short_number, exact=formatting.number, y_label: str = "") -> None:
        """`series`: (name, one value per category); `label` writes a bar's figure and the
        axis, `exact` the read-out's."""
        self._exact = exact
        self.plot.set_bars(categories, series, label=label, axis=short_number, y_label=y_label)
        self.legend.setText(legend_html([(name, PALETTE[i % len(PALETTE)], False)
                                         for i, (name, _) in enumerate(self.series)])
                            if len(self.series) > 1 else "")
        # A rich-text label may be squeezed to nothing beside the wrapping read-out: the legend
        # keeps the width its names need (the read-out wraps instead). Above the read-out (a
        # narrow chart) it wraps itself: a width it kept could push it out of the window.
        if not self.legend.wordWrap():
            self.legend.setMinimumWidth(self.legend.sizeHint().width() if self.legend.text()
                                        else 0)
        self.readout.setText(tr("Hover over a bar for its exact figures."))

    def values_at(self, index: int) -> str:
        """The read-out of one category: 'Aug — 2026: $766,600 · 2025: $951,500'."""
        if not 0 <= index < len(self.categories):
            return ""
        return f"{self.categories[index]} — " + " · ".join(
            f"{name}: {self._exact(values[index])}" for name, values in self.series)

    def _hovered(self, index: int) -> None:
        text = self.values_at(index)
        if text:
            self.readout.setText(text)


def chart_box(chart: BarChart, *, stacked: bool = False) -> QWidget:
    """The chart with its legend and read-out under it (`stacked`: one under the other, for a
    narrow chart)."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(chart, 1)
    below = QVBoxLayout() if stacked else QHBoxLayout()
    below.setSpacing(2 if stacked else 16)
    chart.legend.setWordWrap(stacked)
    below.addWidget(chart.legend)
    below.addWidget(chart.readout, 1)
    layout.addLayout(below)
    return box
