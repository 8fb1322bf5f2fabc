"""Improvement plans without a database: 30/60/90 days, a measurable target per week, check-ins,
an outcome, and the plan's progress against its targets computed from the numbers."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import Mapping, Sequence

from models.db.errors import ValidationError
from models import formatting
from models.i18n import _, ngettext

PLAN_LENGTHS = (30, 60, 90)


class PlanOutcome(StrEnum):
    OPEN = "open"
    PASSED = "passed"
    EXTENDED = "extended"
    ENDED = "ended"          # employment or contract ended


def plan_end(start: dt.date, length_days: int) -> dt.date:
    if length_days not in PLAN_LENGTHS:
        raise ValidationError({"length": _("a plan runs 30, 60 or 90 days")})
    return start + dt.timedelta(days=length_days - 1)


def plan_weeks(start: dt.date, length_days: int) -> list[tuple[int, dt.date, dt.date]]:
    """(week number from 1, first day, last day) covering the plan; the last week may be short."""
    end = plan_end(start, length_days)
    weeks = []
    first, number = start, 1
    while first <= end:
        last = min(first + dt.timedelta(days=6), end)
        weeks.append((number, first, last))
        first, number = last + dt.timedelta(days=1), number + 1
    return weeks


@dataclass(frozen=True)
class WeeklyTarget:
    week: int
    metric: str          # what is measured (an activity metric key, e.g. 'calls')
    target: Decimal


@dataclass(frozen=True)
class WeekProgress:
    week: int
    first_day: dt.date
    last_day: dt.date
    metric: str
    target: Decimal
    actual: Decimal | None     # None: no number recorded (yet)
    due: bool                  # the week has ended by `today`

    @property
    def met(self) -> bool | None:
        if self.actual is None:
            return None if not self.due else False
        return self.actual >= self.target


@dataclass(frozen=True)
class PlanProgress:
    weeks: list[WeekProgress]
    weeks_due: int
    weeks_met: int
    ratio: Decimal | None           # share of due weeks whose target was met
    attainment: Decimal | None      # sum of actuals / sum of targets over the due weeks
    days_elapsed: int
    days_total: int

    @property
    def on_track(self) -> bool | None:
        if self.ratio is None:
            return None
        return self.ratio >= Decimal("0.75")

    def summary(self) -> str:
        if not self.weeks:
            return _("No weekly targets set.")
        if self.weeks_due == 0:
            return _("Day {day} of {days}; no week has ended yet.").format(
                day=formatting.number(self.days_elapsed), days=formatting.number(self.days_total))
        pct = (self.attainment * 100).quantize(Decimal(1), ROUND_HALF_UP) if self.attainment \
            is not None else None
        values = dict(met=formatting.number(self.weeks_met), due=formatting.number(self.weeks_due),
                      day=formatting.number(self.days_elapsed),
                      days=formatting.number(self.days_total))
        if pct is None:
            return ngettext("{met} of {due} weekly target met (day {day} of {days}).",
                            "{met} of {due} weekly targets met (day {day} of {days}).",
                            self.weeks_due).format(**values)
        return ngettext("{met} of {due} weekly target met, {share} of the targeted numbers "
                        "(day {day} of {days}).",
                        "{met} of {due} weekly targets met, {share} of the targeted numbers "
                        "(day {day} of {days}).", self.weeks_due).format(
            share=formatting.percent(pct / 100, 0), **values)


def plan_progress(start: dt.date, length_days: int, targets: Sequence[WeeklyTarget],
                  actuals: Mapping[tuple[int, str], Decimal | int | None], today: dt.date
                  ) -> PlanProgress:
    """Progress of a plan on `today`. `actuals` maps (week, metric) to the number recorded for
    that week (from the key numbers, or entered by hand)."""
    weeks = {number: (first, last) for number, first, last in plan_weeks(start, length_days)}
    rows: list[WeekProgress] = []
    for t in sorted(targets, key=lambda t: (t.week, t.metric)):
        if t.week not in weeks:
            raise ValidationError({"week": _("week {week} is outside a {length_days}-day "
                                             "plan").format(
                                               week=t.week, length_days=length_days)})
        if t.target < 0:
            raise ValidationError({"target": _("a target cannot be negative")})
        first, last = weeks[t.week]
        value = actuals.get((t.week, t.metric))
        rows.append(WeekProgress(t.week, first, last, t.metric, Decimal(t.target),
                                 None if value is None else Decimal(value), last < today))
    due = [r for r in rows if r.due]
    met = sum(1 for r in due if r.met)
    target_sum = sum((r.target for r in due), Decimal(0))
    actual_sum = sum((r.actual or Decimal(0) for r in due), Decimal(0))
    total_days = length_days
    elapsed = max(0, min((today - start).days + 1, total_days))
    return PlanProgress(
        rows, len(due), met,
        (Decimal(met) / len(due)).quantize(Decimal("0.0001")) if due else None,
        (actual_sum / target_sum).quantize(Decimal("0.0001")) if target_sum else None,
        elapsed, total_days)
