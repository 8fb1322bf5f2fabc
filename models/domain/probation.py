"""The probation rule: a rep below quota for the team's "quarters to reach quota" consecutive
quarters is flagged. Pure functions; the service feeds them attainment per completed quarter."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Sequence


def attainment(won: Decimal | None, target: Decimal | None) -> Decimal | None:
    """won / target, or None when there is no (positive) target to measure against."""
    if target is None or Decimal(target) <= 0:
        return None
    return Decimal(won or 0) / Decimal(target)


def below_quota_streak(ratios: Sequence[Decimal | float | None]) -> int:
    """How many of the most recent quarters in a row (oldest first in `ratios`) were below quota.
    A quarter without a quota (None) ends the streak: nothing was measured."""
    streak = 0
    for ratio in reversed(ratios):
        if ratio is None or Decimal(str(ratio)) >= 1:
            break
        streak += 1
    return streak


@dataclass(frozen=True)
class ProbationVerdict:
    flagged: bool
    streak: int
    required: int

    def reason(self) -> str:
        if not self.flagged:
            return ""
        return (f"Below quota {self.streak} quarters running (team rule: "
                f"{self.required} quarter{'s' if self.required != 1 else ''} to reach quota).")


def probation_verdict(ratios: Sequence[Decimal | float | None],
                      quarters_to_reach_quota: int) -> ProbationVerdict:
    """Flag when the latest `quarters_to_reach_quota` completed quarters were all below quota.
    A rule of 0 (or less) turns the flag off for the team."""
    streak = below_quota_streak(ratios)
    required = int(quarters_to_reach_quota or 0)
    return ProbationVerdict(required > 0 and streak >= required, streak, required)
