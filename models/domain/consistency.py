"""Quota attainment and its consistency over months. Pure functions.

Consistency is the spread (population standard deviation) of monthly attainment, in percentage
points: a rep at 90%, 92%, 88% has a spread of 1.6 points ('steady'); one at 150%, 40%, 150%, 40%
has 55 points ('volatile'). The label says it in words.

Across a team the label is relative (see `against_team`): monthly attainment from deals is lumpy
for everyone, so fixed bands called 223 of 257 demo reps "volatile" and told nobody apart.
"""
from __future__ import annotations

import math
import statistics
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Sequence

MIN_TEAM = 4     # reps with history needed before labels are relative to the team

from models import formatting
from models.domain.activity_goals import attainment
from models.i18n import N_, _

STEADY_MAX_POINTS = 15.0
UNEVEN_MAX_POINTS = 35.0


def quota_attainment(won: Decimal | None, target: Decimal | None) -> Decimal | None:
    """Won amount over the quota target (1 = 100%); None when there is no target."""
    return attainment(won or Decimal(0), target)


@dataclass(frozen=True)
class Consistency:
    spread_points: float | None    # standard deviation of monthly attainment, in % points
    mean_percent: float | None
    months: int
    label: str           # English key (N_), compared by code; label_text() is what people read

    def label_text(self) -> str:
        return _(self.label)

    def describe(self) -> str:
        if self.spread_points is None:
            return self.label_text()
        return _("{label} (±{spread} points around {mean})").format(
            label=self.label_text(), spread=formatting.number(self.spread_points),
            mean=formatting.percent(self.mean_percent / 100, 0))


def consistency(monthly: Sequence[Decimal | float | None]) -> Consistency:
    """From monthly attainment ratios (None months — no quota — are left out)."""
    values = [float(v) * 100 for v in monthly if v is not None]
    if len(values) < 3:
        return Consistency(None, None, len(values), N_("not enough history"))
    mean = sum(values) / len(values)
    spread = math.sqrt(sum((v - mean) ** 2 for v in values) / len(values))
    if spread <= STEADY_MAX_POINTS:
        label = N_("steady")
    elif spread <= UNEVEN_MAX_POINTS:
        label = N_("uneven")
    else:
        label = N_("volatile")
    return Consistency(round(spread, 1), round(mean, 1), len(values), label)


def against_team(items: Sequence[Consistency]) -> list[Consistency]:
    """The same figures, labelled by where each spread falls among the team's: 'steady' in the
    steadiest quarter (or within the fixed steady band), 'volatile' in the most erratic quarter
    and beyond the steady band, 'typical' between.

    Why relative: a manager asks who swings unusually for people selling the same things in the
    same market. Deal sizes and sales cycles set how much a month's attainment swings for the
    whole team, so a fixed 35-point band marks nearly everyone in a lumpy business volatile and
    nobody in a smooth one; quartiles of the team's own spread always single out the few at
    either end. The steady band still wins: a team that is steady throughout has no volatile
    rep. With fewer than MIN_TEAM reps with history there is no spread to compare against, and
    the fixed bands stay."""
    spreads = [c.spread_points for c in items if c.spread_points is not None]
    if len(spreads) < MIN_TEAM:
        return list(items)
    low, _median, high = statistics.quantiles(spreads, n=4, method="inclusive")
    out = []
    for c in items:
        if c.spread_points is None:
            out.append(c)
        elif c.spread_points <= STEADY_MAX_POINTS or c.spread_points < low:
            out.append(replace(c, label=N_("steady")))
        elif c.spread_points > high:
            out.append(replace(c, label=N_("volatile")))
        else:
            out.append(replace(c, label=N_("typical")))
    return out
