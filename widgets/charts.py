"""pyqtgraph chart wrappers fed plain lists: a trend chart (lines over dates, a dashed goal line,
several series overlaid, hover read-out, PNG export). Attainment bars are painted without
pyqtgraph (widgets/attainment.py).

Charts live in scrolling pages: the mouse wheel scrolls the page, never zooms a chart (a wheel
zoom once sent the axes to −10,000 with no way back); dragging pans along the dates and
"Reset view" brings the whole series back. A line breaks where a period has no data instead of
drawing a straight line across it, counts and percentages start at zero, and the legend sits
below the plot where it cannot cover a line.

pyqtgraph 0.14: clip-to-view and peak downsampling are set on the PlotItem (passing them to
`plot()` raises); with them a million points draw in tens of milliseconds.
"""
from __future__ import annotations

import datetime as dt
from typing import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from models import formatting
from widgets.category_bars import PALETTE
from widgets.i18n import tr
from widgets.legend import legend_html
from widgets.turns import later

GOAL_COLOUR = "#555555"
BIG_SERIES = 20_000


def to_epoch(day: dt.date) -> float:
    return dt.datetime(day.year, day.month, day.day, 12, tzinfo=dt.timezone.utc).timestamp()


def from_epoch(x: float) -> dt.date:
    return dt.datetime.fromtimestamp(x, dt.timezone.utc).date()


def configure_fast(plot_item: pg.PlotItem) -> None:
    plot_item.setClipToView(True)
    plot_item.setDownsampling(auto=True, mode="peak")


class LazyChart(QWidget):
    """The place of a chart that is made once it is first shown, in a turn of the event loop of
    its own, and drawn in the next (widgets.turns: a pyqtgraph plot takes 20–60 ms to make and
    as long to draw; the page around it is painted and answers first). `call("set_bars", …)`
    draws at once when the chart exists, else once it is made."""

    def __init__(self, make, parent=None):
        super().__init__(parent)
        self._make = make
        self.chart = None
        self._calls: dict[str, tuple] = {}   # the last call of each name, replayed when made
        self._queued = False
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def call(self, name: str, *args, **kwargs) -> None:
        if self.chart is not None and not self._calls:
            getattr(self.chart, name)(*args, **kwargs)
        else:
            self._calls[name] = (args, kwargs)

    def build(self):
        """The chart, made and drawn now if it is not yet."""
        self._make_chart()
        self._replay()
        return self.chart

    def _make_chart(self) -> None:
        if self.chart is None:
            self.chart = self._make()
            self._layout.addWidget(self.chart)

    def _replay(self) -> None:
        calls, self._calls = self._calls, {}
        for name, (args, kwargs) in calls.items():
            getattr(self.chart, name)(*args, **kwargs)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self.chart is None and not self._queued:
            self._queued = True
            later(self, self._make_chart)
            later(self, self._replay)


class PagePlotWidget(pg.PlotWidget):
    """A PlotWidget that leaves the mouse wheel to the page around it (pyqtgraph's view box
    would take every wheel turn as a zoom, and the page under the chart would stop scrolling).
    Without pyqtgraph's right-click menus unless asked: the view box's menu alone is a quarter
    of the time a plot takes to make, and no chart of Repdesk offers it."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("enableMenu", False)
        super().__init__(*args, **kwargs)

    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt override
        event.ignore()


def break_gaps(xs: np.ndarray, ys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The points with a NaN put in wherever a period has no data, so a line drawn with
    connect="finite" stops there: a gap is a step more than 1.5 times the usual (median) step.
    Missing values (NaN already) break the line too."""
    xs = np.asarray(xs, float)
    ys = np.asarray(ys, float)
    if len(xs) < 3:
        return xs, ys
    steps = np.diff(xs)
    usual = float(np.median(steps))
    gaps = np.nonzero(steps > usual * 1.5)[0] if usual > 0 else np.array([], int)
    if not len(gaps):
        return xs, ys
    return (np.insert(xs, gaps + 1, xs[gaps] + usual),
            np.insert(ys, gaps + 1, np.nan))


def zero_based_range(values: Sequence[np.ndarray], *, headroom: float = 0.08
                     ) -> tuple[float, float] | None:
    """(0, top) for data that is never negative (counts, percentages): an axis starting at
    the lowest value turns 41 against 44 into a cliff. None when there is no data or a
    negative value (then the automatic range is right)."""
    finite = [v[np.isfinite(v)] for v in values if len(v)]
    finite = [v for v in finite if len(v)]
    if not finite:
        return None
    low = min(float(v.min()) for v in finite)
    high = max(float(v.max()) for v in finite)
    if low < 0:
        return None
    return 0.0, (high * (1 + headroom)) if high > 0 else 1.0


class TrendChart(QWidget):
    """Lines over dates. `set_series([(label, [(date, value)…])…], goal=[(date, value)…])`."""

    hovered = Signal(str)

    def __init__(self, parent=None, *, title: str = ""):
        super().__init__(parent)
        pg.setConfigOptions(background="w", foreground="k")
        self.plot_widget = PagePlotWidget(axisItems={"bottom": pg.DateAxisItem(utcOffset=0)})
        self.plot = self.plot_widget.getPlotItem()
        configure_fast(self.plot)
        # horizontal major grid lines only: the date axis's grid with minor levels cost ~40 ms a
        # frame (measured in bench/activity.py), more than drawing a million points
        self.plot.showGrid(x=False, y=True, alpha=0.25)
        self.plot.getAxis("left").setStyle(maxTickLevel=0)
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=True, y=False)   # drag pans along the dates
        self.plot.hideButtons()                      # "Reset view" is the one way back
        self.legend = QLabel("")
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        self.readout = QLabel(" ")
        self.readout.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.readout.setWordWrap(True)
        self.reset_button = QPushButton(tr("Reset view"))
        self.reset_button.setToolTip(tr("Show the whole period again after dragging the chart"))
        self.reset_button.clicked.connect(self.reset_view)
        below = QHBoxLayout()
        below.addWidget(self.legend, 1)
        below.addWidget(self.reset_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot_widget, 1)
        layout.addLayout(below)
        layout.addWidget(self.readout)
        if title:
            self.plot.setTitle(title)
        self._series: list[tuple[str, np.ndarray, np.ndarray]] = []
        self._goal: tuple[np.ndarray, np.ndarray] | None = None
        self._vline = pg.InfiniteLine(angle=90, movable=False,
                                      pen=pg.mkPen("#999999", style=Qt.PenStyle.DotLine))
        self._proxy = pg.SignalProxy(self.plot.scene().sigMouseMoved, rateLimit=30,
                                     slot=self._mouse_moved)
        self._legend_entries: list[tuple[str, str, bool]] = []

    # -- data ------------------------------------------------------------------------------------
    def set_series(self, series: Sequence[tuple[str, Sequence[tuple[dt.date, float | None]]]], *,
                   goal: Sequence[tuple[dt.date, float]] = (), y_label: str = "") -> None:
        """Points with a None value, and periods missing between points, break the line."""
        self.plot.clear()
        self._series = []
        self._legend_entries = []
        for i, (label, points) in enumerate(series):
            xs = np.fromiter((to_epoch(d) for d, _ in points), float, len(points))
            ys = np.fromiter((np.nan if v is None else v for _, v in points), float, len(points))
            self.add_arrays(label, xs, ys, colour=PALETTE[i % len(PALETTE)],
                            symbols=len(points) <= 60)
        self._goal = None
        if goal:
            gx = np.array([to_epoch(d) for d, _ in goal], float)
            gy = np.array([v for _, v in goal], float)
            self._goal = (gx, gy)
            self.plot.plot(gx, gy, pen=pg.mkPen(GOAL_COLOUR, width=2, style=Qt.PenStyle.DashLine),
                           antialias=True)
            self._legend_entries.append((tr("Goal"), GOAL_COLOUR, True))
        self.legend.setText(legend_html(self._legend_entries))
        self.plot.addItem(self._vline, ignoreBounds=True)
        self.plot.setLabel("left", y_label)
        self.reset_view()
        self.readout.setText(tr("Hover over the chart for exact values."))

    def add_arrays(self, label: str, xs: np.ndarray, ys: np.ndarray, *, colour: str = PALETTE[0],
                   symbols: bool = False) -> None:
        """Add a series from arrays (epoch seconds, values): the fast path for big series."""
        self._series.append((label, xs, ys))
        if not any(entry[0] == label for entry in self._legend_entries):
            self._legend_entries.append((label, colour, False))
            self.legend.setText(legend_html(self._legend_entries))
        big = len(xs) > BIG_SERIES
        # a wide antialiased pen costs 3x per frame on a big series: thin and plain there
        kwargs = dict(pen=pg.mkPen(colour, width=1 if big else 2), antialias=not big)
        if symbols:
            kwargs.update(symbol="o", symbolSize=5, symbolBrush=colour, symbolPen=None)
        if not big:
            xs, ys = break_gaps(xs, ys)
            kwargs["connect"] = "finite"
        self.plot.plot(xs, ys, **kwargs)

    def reset_view(self) -> None:
        """The whole period, the value axis from zero for counts and percentages."""
        self.plot.enableAutoRange(x=True, y=True)
        values = [ys for _, _, ys in self._series]
        if self._goal is not None:
            values.append(self._goal[1])
        span = zero_based_range(values)
        if span is not None:
            self.plot.setYRange(*span, padding=0)

    # -- hover -----------------------------------------------------------------------------------
    def values_at(self, x: float) -> str:
        """The exact values of every series at the point nearest to x (epoch seconds)."""
        parts = []
        when = None
        for label, xs, ys in self._series:
            if not len(xs):
                continue
            i = int(np.clip(np.searchsorted(xs, x), 0, len(xs) - 1))
            if i > 0 and abs(xs[i - 1] - x) < abs(xs[i] - x):
                i -= 1
            when = when or from_epoch(xs[i])
            parts.append(tr("{series}: {value}").format(
                series=label, value=tr("no data") if np.isnan(ys[i])
                else formatting.number(float(ys[i]))))
        if self._goal is not None and len(self._goal[0]):
            gx, gy = self._goal
            i = int(np.clip(np.searchsorted(gx, x), 0, len(gx) - 1))
            if i > 0 and abs(gx[i - 1] - x) < abs(gx[i] - x):
                i -= 1
            parts.append(tr("goal: {value}").format(value=formatting.number(float(gy[i]))))
        if when is None:
            return ""
        return f"{formatting.date(when)} — " + "   ".join(parts)

    def _mouse_moved(self, event) -> None:
        pos = event[0]
        if not self.plot.sceneBoundingRect().contains(pos):
            return
        x = self.plot.vb.mapSceneToView(pos).x()
        self._vline.setPos(x)
        text = self.values_at(x)
        if text:
            self.readout.setText(text)
            self.hovered.emit(text)

    # -- export ----------------------------------------------------------------------------------
    def export_png(self, path: str) -> bool:
        return self.plot_widget.grab().save(str(path), "PNG")
