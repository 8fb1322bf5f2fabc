"""Each rep's activity over a period (every metric's counts added), read from the weekly rollup.

A quarter of a 2,000-rep company is some 800,000 daily values; the same quarter is about 150,000
weekly rows (activity_weekly, kept by every save and import). The whole Monday-to-Sunday weeks
inside the period are read from the rollup and only the days at either end from the daily values,
so the sum is the same as adding the days one by one.

Both reads name the reps and metrics they want, so the database seeks each (rep, metric) range on
the tables' primary keys (rep, metric, day / week) instead of reading the whole table: the daily
table has no index on the day alone, on purpose (models/db/activity.py).
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Iterable

from sqlalchemy import func, select

from models.db.activity import ActivityMetric, ActivityValue, ActivityWeekly
from models.db.core import Rep

ONE_DAY = dt.timedelta(days=1)


def whole_weeks(start: dt.date, end: dt.date) -> tuple[dt.date, dt.date] | None:
    """(first Monday, last Monday) of the Monday-to-Sunday weeks wholly inside [start, end],
    or None when no whole week is inside."""
    first = start + dt.timedelta(days=(7 - start.weekday()) % 7)
    last_sunday = end - dt.timedelta(days=(end.weekday() + 1) % 7)
    if last_sunday < first + dt.timedelta(days=6):
        return None
    return first, last_sunday - dt.timedelta(days=6)


def activity_by_rep(session, start: dt.date, end: dt.date,
                    rep_ids: Iterable[int] | None = None,
                    metric_ids: Iterable[int] | None = None) -> dict[int, int]:
    """{rep id: the sum of every metric's counts on the days [start, end]} for the reps with any
    (`rep_ids`: of these reps only; None: every rep the viewer sees; `metric_ids`: of these
    metrics only)."""
    reps = select(Rep.id) if rep_ids is None else list(rep_ids)
    metrics = select(ActivityMetric.id) if metric_ids is None else list(metric_ids)
    totals: dict[int, int] = defaultdict(int)
    weeks = whole_weeks(start, end)
    if weeks is None:
        day_ranges = [(start, end)]
    else:
        first, last = weeks
        for rep_id, total in session.execute(
                select(ActivityWeekly.rep_id, func.sum(ActivityWeekly.total))
                .where(ActivityWeekly.rep_id.in_(reps), ActivityWeekly.metric_id.in_(metrics),
                       ActivityWeekly.week_start >= first, ActivityWeekly.week_start <= last)
                .group_by(ActivityWeekly.rep_id)):
            totals[rep_id] += int(total or 0)
        day_ranges = [(start, first - ONE_DAY), (last + 7 * ONE_DAY, end)]
    for low, high in day_ranges:
        if low > high:
            continue
        for rep_id, total in session.execute(
                select(ActivityValue.rep_id, func.sum(ActivityValue.value))
                .where(ActivityValue.rep_id.in_(reps), ActivityValue.metric_id.in_(metrics),
                       ActivityValue.day >= low, ActivityValue.day <= high)
                .group_by(ActivityValue.rep_id)):
            totals[rep_id] += int(total or 0)
    return {rep_id: total for rep_id, total in totals.items() if total}
