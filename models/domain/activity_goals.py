"""Periods, working days, effective-dated goals and goal attainment. Pure functions, no database.

A goal is per day or per week. Over a period the target is:
- per day: the daily goal times the working days in the period;
- per week: the weekly goal times the working days divided by the working days of a whole week
  (a week with a holiday asks less).
Working days are the company's working weekdays (`weekdays`, Monday = 0; Monday to Friday unless
the caller passes the company's, models.services.company) that are not a holiday.
Goals are effective-dated: the one in force on each working day counts for that day.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Collection, Iterable, Sequence

from models.db.errors import RepdeskError
from models.i18n import _

WORKDAYS_PER_WEEK = 5
MONDAY_TO_FRIDAY: tuple[int, ...] = (0, 1, 2, 3, 4)


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date      # inclusive
    label: str

    def days(self) -> Iterable[dt.date]:
        day = self.start
        while day <= self.end:
            yield day
            day += dt.timedelta(days=1)

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end


_QUARTER = re.compile(r"^(\d{4})-?Q([1-4])$", re.I)
_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_WEEK = re.compile(r"^(\d{4})-?W(\d{1,2})$", re.I)
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")


def parse_period(text: str) -> Period:
    """'2026-Q3', '2026-07', '2026-W27', '2026-07-14' or '2026'."""
    text = (text or "").strip()
    if m := _QUARTER.match(text):
        year, q = int(m[1]), int(m[2])
        return quarter_of(dt.date(year, 3 * q - 2, 1))
    if m := _MONTH.match(text):
        year, month = int(m[1]), int(m[2])
        if 1 <= month <= 12:
            return month_of(dt.date(year, month, 1))
    if m := _WEEK.match(text):
        try:
            return week_of(dt.date.fromisocalendar(int(m[1]), int(m[2]), 1))
        except ValueError:
            pass
    if m := _DAY.match(text):
        try:
            day = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return Period(day, day, day.isoformat())
        except ValueError:
            pass
    if m := _YEAR.match(text):
        year = int(m[1])
        return Period(dt.date(year, 1, 1), dt.date(year, 12, 31), str(year))
    raise RepdeskError(_("'{text}' is not a period: write 2026-Q3, 2026-07, 2026-W27, "
                         "2026-07-14 or 2026.").format(text=text))


def week_start(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def week_of(day: dt.date) -> Period:
    start = week_start(day)
    iso = start.isocalendar()
    return Period(start, start + dt.timedelta(days=6), f"{iso[0]}-W{iso[1]:02d}")


def month_of(day: dt.date) -> Period:
    last = calendar.monthrange(day.year, day.month)[1]
    return Period(day.replace(day=1), day.replace(day=last), f"{day.year}-{day.month:02d}")


def quarter_of(day: dt.date) -> Period:
    q = (day.month - 1) // 3 + 1
    start = dt.date(day.year, 3 * q - 2, 1)
    end = month_of(dt.date(day.year, 3 * q, 1)).end
    return Period(start, end, f"{day.year}-Q{q}")


def period_of(kind: str, day: dt.date) -> Period:
    if kind == "day":
        return Period(day, day, day.isoformat())
    return {"week": week_of, "month": month_of, "quarter": quarter_of}[kind](day)


def previous_months(day: dt.date, count: int) -> list[Period]:
    """The `count` whole months before the month of `day`, oldest first."""
    months = []
    first = day.replace(day=1)
    for _unused in range(count):
        first = (first - dt.timedelta(days=1)).replace(day=1)
        months.append(month_of(first))
    return months[::-1]


def is_working_day(day: dt.date, holidays: Collection[dt.date] = (),
                   weekdays: Collection[int] = MONDAY_TO_FRIDAY) -> bool:
    return day.weekday() in weekdays and day not in holidays


def last_working_day(day: dt.date, holidays: Collection[dt.date] = (),
                     weekdays: Collection[int] = MONDAY_TO_FRIDAY) -> dt.date:
    """`day` itself when it is a working day, else the working day before it: the day whose
    numbers are entered next (on a Sunday, the last working weekday's). `day` itself when no day
    of the three weeks before is a working day (no working weekdays at all)."""
    for back in range(22):
        candidate = day - dt.timedelta(days=back)
        if is_working_day(candidate, holidays, weekdays):
            return candidate
    return day


def working_days(start: dt.date, end: dt.date, holidays: Collection[dt.date] = (),
                 weekdays: Collection[int] = MONDAY_TO_FRIDAY) -> list[dt.date]:
    """Working days from start to end, both included."""
    days, day = [], start
    while day <= end:
        if is_working_day(day, holidays, weekdays):
            days.append(day)
        day += dt.timedelta(days=1)
    return days


def working_days_since(last: dt.date | None, today: dt.date,
                       holidays: Collection[dt.date] = (),
                       weekdays: Collection[int] = MONDAY_TO_FRIDAY) -> int:
    """Working days after `last` up to and including `today` (all of them back to `today - 60`
    when nothing was ever entered): how long a rep has gone without entering numbers."""
    start = (last + dt.timedelta(days=1)) if last else today - dt.timedelta(days=60)
    return len(working_days(start, today, holidays, weekdays))


# -- goals -----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Goal:
    metric_id: int
    per: str                 # 'day' | 'week'
    target: Decimal
    effective_from: dt.date
    rep_id: int | None = None
    team_id: int | None = None

    @property
    def daily(self) -> Decimal:
        """The goal for one working day of a Monday-to-Friday week."""
        return self.daily_in(MONDAY_TO_FRIDAY)

    def daily_in(self, weekdays: Collection[int]) -> Decimal:
        """The goal for one working day of a week of `weekdays` (a weekly goal spread over them)."""
        if self.per == "day":
            return self.target
        return self.target / (len(set(weekdays)) or WORKDAYS_PER_WEEK)

    @property
    def scope_rank(self) -> int:
        return 2 if self.rep_id is not None else 1 if self.team_id is not None else 0


def goal_in_force(goals: Sequence[Goal], metric_id: int, rep_id: int, team_id: int | None,
                  day: dt.date) -> Goal | None:
    """The rep's own goal if one is in force on `day`, else the team's, else the company's."""
    best: Goal | None = None
    for goal in goals:
        if goal.metric_id != metric_id or goal.effective_from > day:
            continue
        if goal.rep_id is not None and goal.rep_id != rep_id:
            continue
        if goal.team_id is not None and goal.team_id != team_id:
            continue
        if goal.rep_id is not None and goal.team_id is not None:
            continue
        if best is None or (goal.scope_rank, goal.effective_from) > (best.scope_rank,
                                                                     best.effective_from):
            best = goal
    return best


def goal_for_scope(goals: Sequence[Goal], metric_id: int, kind: str, ident: int | None,
                   day: dt.date, rep_team_id: int | None = None) -> Goal | None:
    """The goal a new one for this scope would replace: a rep's goal in force (their own, else
    their team's, else the company's), a team's default (else the company's), or the company
    default. A form for a new goal starts from it — not from a number of its own."""
    if kind == "rep":
        return goal_in_force(goals, metric_id, ident, rep_team_id, day)
    team_id = ident if kind == "team" else None
    candidates = [g for g in goals if g.rep_id is None
                  and (g.team_id is None or (team_id is not None and g.team_id == team_id))]
    return goal_in_force(candidates, metric_id, -1, team_id, day)


def target_for(goals: Sequence[Goal], metric_id: int, rep_id: int, team_id: int | None,
               start: dt.date, end: dt.date, holidays: Collection[dt.date] = (),
               weekdays: Collection[int] = MONDAY_TO_FRIDAY) -> Decimal | None:
    """The sum of the daily goals in force over the working days of start..end (None: no goal)."""
    total, any_goal = Decimal(0), False
    relevant = [g for g in goals if g.metric_id == metric_id and g.effective_from <= end
                and (g.rep_id is None or g.rep_id == rep_id)
                and (g.team_id is None or g.team_id == team_id)]
    for day in working_days(start, end, holidays, weekdays):
        goal = goal_in_force(relevant, metric_id, rep_id, team_id, day)
        if goal is not None:
            any_goal = True
            total += goal.daily_in(weekdays)
    return total if any_goal else None


def attainment(actual: Decimal | int | float | None, target: Decimal | int | None) -> Decimal | None:
    """actual / target as a ratio (1 = 100%), rounded to 4 places; None without a target."""
    if target is None or Decimal(target) == 0:
        return None
    ratio = Decimal(actual or 0) / Decimal(target)
    return ratio.quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP)


def percent(ratio: Decimal | float | None) -> str:
    if ratio is None:
        return "–"
    return f"{Decimal(ratio) * 100:.0f}%"


@dataclass(frozen=True)
class GoalAttainment:
    rep_id: int
    metric_id: int
    period: str
    actual: int
    target: Decimal | None
    ratio: Decimal | None

    @property
    def below_goal(self) -> bool:
        return self.ratio is not None and self.ratio < 1
