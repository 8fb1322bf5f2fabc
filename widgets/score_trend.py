"""A monthly score chart: a rep's line against the team's (dashed), 0–100%."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Sequence

import pyqtgraph as pg
from PySide6.QtCore import Qt

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
        super().__init__(parent, background="w")
        self.setMinimumHeight(220)
        self.plot_item = self.getPlotItem()
        self.plot_item.showGrid(x=False, y=True, alpha=0.25)
        self.plot_item.setLabel("left", "Score %")
        self.plot_item.setMouseEnabled(x=False, y=False)
        self.plot_item.hideButtons()
        self.legend = self.plot_item.addLegend(offset=(10, 2), labelTextColor="#333",
                                              brush=pg.mkBrush(255, 255, 255, 230))
        self.legend.setColumnCount(4)   # one row across the top, above the 100% line
        self.months: list[dt.date] = []

    def set_series(self, months: Sequence[dt.date], series: Sequence[Series],
                   title: str = "") -> None:
        self.plot_item.clear()
        self.legend.clear()
        self.months = list(months)
        self.plot_item.setTitle(f"<span style='color:#333'>{title}</span>" if title else None)
        for s in series:
            xs = [i for i, v in enumerate(s.values) if v is not None]
            ys = [float(s.values[i]) * 100 for i in xs]
            if not xs:
                continue
            pen = pg.mkPen(s.color, width=s.width,
                           style=Qt.PenStyle.DashLine if s.dashed else Qt.PenStyle.SolidLine)
            self.plot_item.plot(xs, ys, pen=pen, name=s.name,
                                symbol=None if s.dashed else "o", symbolSize=6,
                                symbolBrush=s.color, symbolPen=None)
        ticks = [(i, m.strftime("%b %y")) for i, m in enumerate(self.months)]
        self.plot_item.getAxis("bottom").setTicks([ticks])
        self.plot_item.setYRange(0, 118, padding=0)
        self.plot_item.getAxis("left").setTicks([[(v, str(v)) for v in range(0, 101, 20)]])
        self.plot_item.setXRange(-0.3, max(len(self.months) - 0.7, 0.7), padding=0)
