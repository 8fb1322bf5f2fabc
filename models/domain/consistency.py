"""Quota attainment and its consistency over months. Pure functions.

Consistency is the spread (population standard deviation) of monthly attainment, in percentage
points: a rep at 90%, 92%, 88% has a spread of 1.6 points ('steady'); one at 150%, 40%, 150%, 40%
has 55 points ('volatile'). The label says it in words.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal
from typing import Sequence

from models.domain.activity_goals import attainment

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
    label: str

    def describe(self) -> str:
        if self.spread_points is None:
            return self.label
        return f"{self.label} (±{self.spread_points:.0f} points around {self.mean_percent:.0f}%)"


def consistency(monthly: Sequence[Decimal | float | None]) -> Consistency:
    """From monthly attainment ratios (None months — no quota — are left out)."""
    values = [float(v) * 100 for v in monthly if v is not None]
    if len(values) < 3:
        return Consistency(None, None, len(values), "not enough history")
    mean = sum(values) / len(values)
    spread = math.sqrt(sum((v - mean) ** 2 for v in values) / len(values))
    if spread <= STEADY_MAX_POINTS:
        label = "steady"
    elif spread <= UNEVEN_MAX_POINTS:
        label = "uneven"
    else:
        label = "volatile"
    return Consistency(round(spread, 1), round(mean, 1), len(values), label)
