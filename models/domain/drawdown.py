"""Drawdown alerts: a metric that falls well below the rep's own recent baseline. Pure functions.

The baseline is the median of the rep's weekly totals over the `baseline_weeks` whole weeks before
the week looked at (weeks with nothing entered count as 0 only when the rep entered something that
week for another metric; the caller decides). The alert fires when this week's total is below
`threshold` × baseline.
"""
from __future__ import annotations

import datetime as dt
import math
import statistics
from dataclasses import dataclass
from decimal import Decimal
from typing import Mapping, Sequence

from models import formatting
from models.i18n import _, ngettext

DEFAULT_THRESHOLD = Decimal("0.70")
DEFAULT_BASELINE_WEEKS = 8


@dataclass(frozen=True)
class DrawdownAlert:
    rep_id: int
    metric_key: str
    metric_name: str
    week_start: dt.date
    value: float
    baseline: float
    ratio: float
    threshold: float

    def describe(self) -> str:
        """'Calls: 55 in the week of 16 Nov, 69% of the usual 79 a week (alerts start under
        70%)'. The share is rounded down: 69.6% shown as "70%" beside "alert below 70%" read as
        an alert that should not have fired."""
        share = math.floor(self.ratio * 100 + 1e-9)
        return _("{metric}: {value} in the week of {week}, {share} of the usual {usual} a week "
                 "(alerts start under {threshold})").format(
            metric=self.metric_name, value=_plain(self.value),
            week=formatting.date(self.week_start), share=formatting.percent(share / 100, 0),
            usual=_plain(self.baseline), threshold=formatting.percent(self.threshold, 0))


def _plain(value: float) -> str:
    """A weekly count or its median: whole, or with the one decimal a median of two can have."""
    return formatting.number(value, 0 if float(value).is_integer() else 1)


def trailing_median(weekly: Mapping[dt.date, float], week: dt.date,
                    weeks: int = DEFAULT_BASELINE_WEEKS) -> float | None:
    """Median of the totals of the `weeks` weeks before `week` (missing weeks count as 0)."""
    values = [float(weekly.get(week - dt.timedelta(weeks=i), 0)) for i in range(1, weeks + 1)]
    if not any(values):
        return None
    return float(statistics.median(values))


def drawdown(rep_id: int, metric_key: str, metric_name: str, weekly: Mapping[dt.date, float],
             week: dt.date, *, threshold: Decimal | float = DEFAULT_THRESHOLD,
             weeks: int = DEFAULT_BASELINE_WEEKS, scale: float = 1.0) -> DrawdownAlert | None:
    """An alert when this week's total (scaled up by `scale` for a week still running, e.g. 5/3
    after Wednesday) is below threshold × trailing median; None otherwise."""
    baseline = trailing_median(weekly, week, weeks)
    if baseline is None or baseline <= 0:
        return None
    value = float(weekly.get(week, 0)) * scale
    ratio = value / baseline
    if ratio < float(threshold):
        return DrawdownAlert(rep_id, metric_key, metric_name, week, round(value, 1), baseline,
                             round(ratio, 4), float(threshold))
    return None


@dataclass(frozen=True)
class MissingNumbersAlert:
    rep_id: int
    last_entry: dt.date | None
    working_days: int

    def describe(self) -> str:
        days = formatting.number(self.working_days)
        if self.last_entry:
            return ngettext("no numbers entered for {n} working day (since {day})",
                            "no numbers entered for {n} working days (since {day})",
                            self.working_days).format(n=days,
                                                      day=formatting.date(self.last_entry))
        return ngettext("no numbers entered for {n} working day (ever)",
                        "no numbers entered for {n} working days (ever)",
                        self.working_days).format(n=days)


def missing_numbers(rep_id: int, last_entry: dt.date | None, working_days_without: int,
                    limit: int) -> MissingNumbersAlert | None:
    if working_days_without >= limit:
        return MissingNumbersAlert(rep_id, last_entry, working_days_without)
    return None


def weeks_between(first: dt.date, last: dt.date) -> Sequence[dt.date]:
    out, week = [], first
    while week <= last:
        out.append(week)
        week += dt.timedelta(weeks=1)
    return out
