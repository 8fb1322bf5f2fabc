"""The probation rule: a rep below quota for the team's "quarters to reach quota" consecutive
quarters is flagged. Pure functions; the service feeds them attainment per completed quarter."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Sequence

from models import formatting
from models.i18n import N_, ngettext


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


# Shown after the rep's status ("Active · quota watch"), its reason in the tooltip. It once
# read "below quota" beside 108–173% of this quarter's quota: the rule looks at completed
# quarters, so the words must not sound like a statement about the quarter on screen.
STATUS_NOTE = N_("quota watch")     # shown as _(STATUS_NOTE)


@dataclass(frozen=True)
class ProbationVerdict:
    flagged: bool
    streak: int
    required: int

    def reason(self) -> str:
        if not self.flagged:
            return ""
        rule = ngettext("{n} quarter running", "{n} quarters running", self.required).format(
            n=formatting.number(self.required))
        return ngettext("Below quota the last {n} completed quarter (team rule: {rule}); not yet "
                        "at quota this quarter.",
                        "Below quota the last {n} completed quarters (team rule: {rule}); not yet "
                        "at quota this quarter.", self.streak).format(
            n=formatting.number(self.streak), rule=rule)


def probation_verdict(ratios: Sequence[Decimal | float | None], quarters_to_reach_quota: int,
                      current: Decimal | float | None = None) -> ProbationVerdict:
    """Flag when the latest `quarters_to_reach_quota` completed quarters were all below quota
    and the rep has not yet reached this quarter's quota (`current`, None when unknown): a rep
    at 108% of this quarter's quota has already answered the rule. A rule of 0 (or less) turns
    the flag off for the team."""
    streak = below_quota_streak(ratios)
    required = int(quarters_to_reach_quota or 0)
    recovered = current is not None and Decimal(str(current)) >= 1
    return ProbationVerdict(required > 0 and streak >= required and not recovered, streak,
                            required)
