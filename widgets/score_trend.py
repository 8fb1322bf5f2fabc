"""A monthly score chart: a rep's line against the team's (dashed), 0–100%. The wheel scrolls
the page (the chart does not zoom), a month without evaluations breaks the line, and the legend
is in the title row, above the plot, where it cannot cover a line."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt

from models import formatting
from widgets.i18n import tr
from widgets.charts import legend_html

PALETTE = ["#2f6fdf", "#d9822b", "#2e9e5b", "#b03a8a", "#7a5cc2", "#c23b3b", "#3a9fb0"]


@dataclass(frozen=True)
class Series:
    name: str
    values: Sequence[float | None]   # fractions 0–1, one per month; None = no data
    color: str
    dashed: bool = False
    width: float = 2.0


class ScoreTrendChart(pg.PlotWidget):
    def __init__(self, parent=None):
        super().__init__(parent, background="w", enableMenu=False)   # no menu: quicker to make
        self.setMinimumHeight(220)
        self.plot_item = self.getPlotItem()
        self.plot_item.showGrid(x=False, y=True, alpha=0.25)
        self.plot_item.setLabel("left", tr("Score %"))
        self.plot_item.setMouseEnabled(x=False, y=False)
        self.plot_item.hideButtons()
        self.plot_item.setMenuEnabled(False)
        self.legend_text = ""
        self.months: list[dt.date] = []

    def set_series(self, months: Sequence[dt.date], series: Sequence[Series],
                   title: str = "") -> None:
        self.plot_item.clear()
        self.months = list(months)
        entries = []
        for s in series:
            if all(v is None for v in s.values):
                continue
            xs = np.arange(len(s.values), dtype=float)
            ys = np.array([np.nan if v is None else float(v) * 100 for v in s.values], float)
            pen = pg.mkPen(s.color, width=s.width,
                           style=Qt.PenStyle.DashLine if s.dashed else Qt.PenStyle.SolidLine)
            # connect="finite": a month without data is a gap, not a straight line across it
            self.plot_item.plot(xs, ys, pen=pen, connect="finite",
                                symbol=None if s.dashed else "o", symbolSize=6,
                                symbolBrush=s.color, symbolPen=None)
            entries.append((s.name, s.color, s.dashed))
        self.legend_text = legend_html(entries)
        heading = f"<span style='color:#333'>{title}</span><br>" if title else ""
        self.plot_item.setTitle(f"{heading}<span style='font-size:9pt'>{self.legend_text}</span>"
                                if entries or title else None)
        ticks = [(i, formatting.month_short(m)) for i, m in enumerate(self.months)]
        self.plot_item.getAxis("bottom").setTicks([ticks])
        self.plot_item.setYRange(0, 106, padding=0)
        self.plot_item.getAxis("left").setTicks([[(v, str(v)) for v in range(0, 101, 20)]])
        self.plot_item.setXRange(-0.3, max(len(self.months) - 0.7, 0.7), padding=0)

    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt override: the page scrolls instead
        event.ignore()
