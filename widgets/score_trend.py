"""A monthly score chart: a rep's line against the team's (dashed), 0–100 %, painted
(widgets/month_lines.py). A month without evaluations breaks the line, and the legend is above
the plot, where it cannot cover a line."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Sequence

from models import formatting
from widgets.i18n import tr
from widgets.month_lines import MonthLines
from widgets.month_lines import Series as Line

PALETTE = ["#2f6fdf", "#d9822b", "#2e9e5b", "#b03a8a", "#7a5cc2", "#c23b3b", "#3a9fb0"]


@dataclass(frozen=True)
class Series:
    name: str
    values: Sequence[float | None]   # fractions 0–1, one per month; None = no data
    color: str
    dashed: bool = False
    width: float = 2.0


class ScoreTrendChart(MonthLines):
    def __init__(self, parent=None):
        super().__init__(parent, y_label=tr("Score %"), y_top=100.0)
        self.setMinimumHeight(220)
        self.months: list[dt.date] = []

    def set_scores(self, months: Sequence[dt.date], series: Sequence[Series],
                   title: str = "") -> None:
        self.months = list(months)
        self.set_series([formatting.month_short(m) for m in self.months],
                        [Line(s.name, [None if v is None else float(v) * 100 for v in s.values],
                              s.color, s.dashed, s.width) for s in series],
                        title=title)
