"""Quotas without a database: period arithmetic, splitting an annual figure, allocation sums.

A quota is a target for one period (a year, quarter, month or week) in money or in a count of won
deals. An annual figure is split into quarters, months or weeks evenly or by seasonal weights; the
parts are rounded to cents and the rounding remainder goes to the last part, so the parts always add
up to the whole exactly. A territory's quota can be allocated down to its reps; `allocation_gap`
says how far the allocation is from the territory figure.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import Sequence
from models.i18n import _

CENT = Decimal("0.01")
ONE = Decimal("1")


class PeriodKind(StrEnum):
    YEAR = "year"
    QUARTER = "quarter"
    MONTH = "month"
    WEEK = "week"

    @property
    def rank(self) -> int:
        """Coarser periods rank lower: year 0, quarter 1, month 2, week 3."""
        return list(PeriodKind).index(self)


class Measure(StrEnum):
    AMOUNT = "amount"   # money
    COUNT = "count"     # number of won deals


@dataclass(frozen=True)
class Period:
    kind: PeriodKind
    start: dt.date
    end: dt.date  # inclusive

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def label(self) -> str:
        if self.kind is PeriodKind.YEAR:
            return str(self.start.year)
        if self.kind is PeriodKind.QUARTER:
            return f"{self.start.year}-Q{(self.start.month - 1) // 3 + 1}"
        if self.kind is PeriodKind.MONTH:
            return self.start.strftime("%Y-%m")
        iso = self.start.isocalendar()
        return f"{iso.year}-W{iso.week:02d}"


def _month_end(year: int, month: int) -> dt.date:
    if month == 12:
        return dt.date(year, 12, 31)
    return dt.date(year, month + 1, 1) - dt.timedelta(days=1)


def year_of(day: dt.date) -> Period:
    return Period(PeriodKind.YEAR, dt.date(day.year, 1, 1), dt.date(day.year, 12, 31))


def quarter_of(day: dt.date) -> Period:
    first_month = (day.month - 1) // 3 * 3 + 1
    return Period(PeriodKind.QUARTER, dt.date(day.year, first_month, 1),
                  _month_end(day.year, first_month + 2))


def month_of(day: dt.date) -> Period:
    return Period(PeriodKind.MONTH, day.replace(day=1), _month_end(day.year, day.month))


def week_of(day: dt.date) -> Period:
    """Weeks run Monday to Sunday."""
    start = day - dt.timedelta(days=day.weekday())
    return Period(PeriodKind.WEEK, start, start + dt.timedelta(days=6))


def period_of(kind: PeriodKind | str, day: dt.date) -> Period:
    kind = PeriodKind(kind)
    return {PeriodKind.YEAR: year_of, PeriodKind.QUARTER: quarter_of,
            PeriodKind.MONTH: month_of, PeriodKind.WEEK: week_of}[kind](day)


def previous_quarter(period: Period) -> Period:
    return quarter_of(period.start - dt.timedelta(days=1))


def sub_periods(period: Period, kind: PeriodKind | str) -> list[Period]:
    """The periods of `kind` that make up `period`. Weeks are the Monday-Sunday weeks whose Monday
    falls inside the period (so a year has 52 or 53 of them and none is counted twice)."""
    kind = PeriodKind(kind)
    if kind.rank <= period.kind.rank and not (kind is period.kind):
        raise ValueError(_("A {value} cannot be split into {value2}s.").format(
                             value=period.kind.value, value2=kind.value))
    if kind is period.kind:
        return [period]
    out: list[Period] = []
    if kind is PeriodKind.WEEK:
        day = period.start + dt.timedelta(days=(7 - period.start.weekday()) % 7)
        while day <= period.end:
            out.append(week_of(day))
            day += dt.timedelta(days=7)
        return out
    day = period.start
    while day <= period.end:
        part = period_of(kind, day)
        out.append(part)
        day = part.end + dt.timedelta(days=1)
    return out


def split_amount(total: Decimal, weights: Sequence[Decimal | float | int],
                 quantum: Decimal = CENT) -> list[Decimal]:
    """Split `total` in proportion to `weights` in steps of `quantum`; the parts add up to `total`.

    Largest remainder: every part gets its exact share rounded down, then the leftover steps go
    one each to the parts that lost most in rounding (the later part among equals). So each part
    is within one step of its exact share: 100 in 3 gives 33.33, 33.33, 33.34.
    """
    if not weights:
        raise ValueError(_("Nothing to split into."))
    w = [Decimal(str(x)) for x in weights]
    if any(x < 0 for x in w):
        raise ValueError(_("Seasonal weights cannot be negative."))
    weight_sum = sum(w)
    if weight_sum == 0:
        raise ValueError(_("At least one seasonal weight must be above zero."))
    total = Decimal(total).quantize(quantum, rounding=ROUND_HALF_UP)
    if total < 0:
        raise ValueError(_("A quota cannot be negative."))
    exact = [total * x / weight_sum for x in w]
    parts = [(e / quantum).to_integral_value(rounding=ROUND_FLOOR) * quantum for e in exact]
    leftover = int((total - sum(parts)) / quantum)
    by_loss = sorted(range(len(parts)), key=lambda i: (exact[i] - parts[i], i), reverse=True)
    for i in by_loss[:leftover]:
        parts[i] += quantum
    return [p.quantize(quantum) for p in parts]


def split_quota(total: Decimal, period: Period, kind: PeriodKind | str,
                weights: Sequence[Decimal | float | int] | None = None,
                measure: Measure | str = Measure.AMOUNT) -> list[tuple[Period, Decimal]]:
    """An annual (or quarterly…) figure split into `kind` periods, evenly or by seasonal weights.

    Seasonal weights are one per part (4 for quarters, 12 for months); for weeks, a list of 12
    monthly weights is also accepted and applied to each week by the month its Monday falls in.
    Counts are split in whole deals.
    """
    parts = sub_periods(period, kind)
    if weights is None:  # even: equal shares per part (not per day), as people expect
        w: list = [ONE] * len(parts)
    elif len(weights) == len(parts):
        w = list(weights)
    elif PeriodKind(kind) is PeriodKind.WEEK and len(weights) == 12:
        w = [weights[p.start.month - 1] for p in parts]
    else:
        raise ValueError(_("{n} weights given for {n2} {value}s.").format(
                             n=len(weights), n2=len(parts), value=PeriodKind(kind).value))
    quantum = ONE if Measure(measure) is Measure.COUNT else CENT
    return list(zip(parts, split_amount(total, w, quantum)))


def allocation_gap(territory_target: Decimal, allocations: Sequence[Decimal]) -> Decimal:
    """Territory figure minus the sum allocated to its reps: 0 when it adds up, positive when part
    of the territory quota is not allocated, negative when reps were given more than the territory."""
    return Decimal(territory_target) - sum((Decimal(a) for a in allocations), Decimal(0))


def prorate(target: Decimal, period: Period, start: dt.date, end: dt.date) -> Decimal:
    """The share of a quota falling inside [start, end], by calendar days."""
    lo, hi = max(period.start, start), min(period.end, end)
    if hi < lo:
        return Decimal(0)
    return (Decimal(target) * Decimal((hi - lo).days + 1) / Decimal(period.days)).quantize(CENT)


@dataclass(frozen=True)
class QuotaLine:
    """One quota row as the domain sees it."""
    rep_id: int | None
    kind: PeriodKind
    start: dt.date
    end: dt.date
    target: Decimal
    currency: str | None = None


def totals_inside(lines: Sequence[QuotaLine], start: dt.date, end: dt.date,
                  *, prorate_outside: bool = False) -> dict[int, tuple[Decimal, str]]:
    """Each rep's total target for the quotas lying inside [start, end].

    An annual quota split into quarters is stored as both; to count it once, a rep's total uses only
    the coarsest period kind that has quotas inside the range (the year when asking for the year,
    the quarters when asking for a half-year that holds no yearly quota). With `prorate_outside`, a
    rep with no quota inside the range gets the day-share of the finest quotas that overlap it.
    """
    by_rep: dict[int, list[QuotaLine]] = {}
    for line in lines:
        if line.rep_id is not None:
            by_rep.setdefault(line.rep_id, []).append(line)
    out: dict[int, tuple[Decimal, str]] = {}
    for rep_id, rep_lines in by_rep.items():
        inside = [q for q in rep_lines if q.start >= start and q.end <= end]
        if inside:
            coarsest = min(q.kind.rank for q in inside)
            chosen = [q for q in inside if q.kind.rank == coarsest]
            total = sum((q.target for q in chosen), Decimal(0))
        elif prorate_outside:
            overlapping = [q for q in rep_lines if q.start <= end and q.end >= start]
            if not overlapping:
                continue
            finest = max(q.kind.rank for q in overlapping)
            chosen = [q for q in overlapping if q.kind.rank == finest]
            total = sum((prorate(q.target, Period(q.kind, q.start, q.end), start, end)
                         for q in chosen), Decimal(0))
        else:
            continue
        currency = next((q.currency for q in chosen if q.currency), "")
        out[rep_id] = (Decimal(total).quantize(CENT), currency)
    return out
