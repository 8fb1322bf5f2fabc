"""Outsourcing agencies side by side with in-house teams: reps, attainment, activity, quality,
attrition and what each costs per won deal and per unit of revenue.

A group is an agency (its reps, whatever team they sit in) or an in-house team (its employees
and contractors). Figures are for one period; money in one currency.

- attainment: the group's won revenue / the quotas of its reps that have one (reps without a
  quota are left out of both sides, so one unquoted rep does not lift the figure);
- activity: activity entered per working day the reps were employed in the period;
- quality: the mean of the reps' average evaluation scores (each rep once);
- attrition: reps who left in the period / the reps the group had at its start;
- cost: an agency's fee for the period (models/domain/sales_analysis.agency_fee); an in-house
  team's base pay and commission — pay, so None for viewers who may not see it.
"""
from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Iterable

CENT = Decimal("0.01")
RATIO = Decimal("0.0001")


@dataclass(frozen=True)
class GroupRep:
    """One rep of a group, with their figures for the period."""
    rep_id: int
    hired: dt.date | None
    left: dt.date | None
    revenue: Decimal = Decimal(0)
    won_deals: int = 0
    quota: Decimal | None = None
    activity: int = 0
    quality: Decimal | None = None


@dataclass(frozen=True)
class GroupFigures:
    name: str
    kind: str                           # 'agency' or 'in-house'
    reps: int                           # reps who worked in the period
    departed: int
    attrition: Decimal | None
    attainment: Decimal | None
    activity_per_rep_day: Decimal | None
    quality: Decimal | None
    won_deals: int
    revenue: Decimal
    cost: Decimal | None
    cost_per_won_deal: Decimal | None
    cost_per_revenue: Decimal | None
    contract_end: dt.date | None = None
    notice_days: int | None = None
    terms: str | None = None


def _r(part, whole) -> Decimal | None:
    return (Decimal(part) / Decimal(whole)).quantize(RATIO, ROUND_HALF_UP) if whole else None


def group_figures(name: str, kind: str, reps: Iterable[GroupRep], start: dt.date,
                  end: dt.date, working_days: Iterable[dt.date], cost: Decimal | None,
                  **contract) -> GroupFigures:
    """`working_days`: the company's working days in [start, end]."""
    working_days = sorted(working_days)
    reps = [r for r in reps if (r.hired is None or r.hired <= end)
            and (r.left is None or r.left >= start)]
    at_start = [r for r in reps if (r.hired is None or r.hired <= start)]
    departed = [r for r in reps if r.left is not None and start <= r.left <= end]
    quoted = [r for r in reps if r.quota]
    revenue = sum((r.revenue for r in reps), Decimal(0))
    won = sum(r.won_deals for r in reps)
    scores = [r.quality for r in reps if r.quality is not None]
    rep_days = sum(_days_between(working_days, r.hired, r.left) for r in reps)
    return GroupFigures(
        name, kind, len(reps), len(departed), _r(len(departed), len(at_start)),
        _r(sum((r.revenue for r in quoted), Decimal(0)),
           sum((r.quota for r in quoted), Decimal(0))),
        (Decimal(sum(r.activity for r in reps)) / rep_days).quantize(CENT, ROUND_HALF_UP)
        if rep_days else None,
        (sum(scores, Decimal(0)) / len(scores)).quantize(RATIO, ROUND_HALF_UP) if scores else None,
        won, revenue.quantize(CENT, ROUND_HALF_UP),
        None if cost is None else Decimal(cost).quantize(CENT, ROUND_HALF_UP),
        None if cost is None or not won else (Decimal(cost) / won).quantize(CENT, ROUND_HALF_UP),
        None if cost is None else _r(cost, revenue),
        **contract)


def _days_between(days: list[dt.date], first: dt.date | None, last: dt.date | None) -> int:
    """How many of the sorted `days` are in [first, last] (None: open on that side)."""
    low = 0 if first is None else bisect.bisect_left(days, first)
    high = len(days) if last is None else bisect.bisect_right(days, last)
    return max(0, high - low)


def contracts_ending(contracts: Iterable[tuple[str, dt.date | None, int | None]],
                     today: dt.date, within_days: int) -> list[tuple[str, dt.date, int, dt.date]]:
    """Agencies whose contract ends within `within_days` of today, soonest first:
    (name, end date, days left, the last day to give notice — end minus the notice period)."""
    ahead = []
    for name, end, notice in contracts:
        if end is None or end < today or (end - today).days > within_days:
            continue
        ahead.append((name, end, (end - today).days, end - dt.timedelta(days=notice or 0)))
    return sorted(ahead, key=lambda a: (a[1], a[0]))
