"""The probation rule without a database."""
from decimal import Decimal

from models.domain.probation import (attainment, below_quota_streak, probation_verdict)

D = Decimal


def test_streak_counts_recent_quarters_below_quota():
    assert below_quota_streak([D("1.2"), D("0.8"), D("0.9")]) == 2
    assert below_quota_streak([D("0.5"), D("1.0"), D("0.9")]) == 1  # exactly 100% is on quota
    assert below_quota_streak([D("0.5"), None, D("0.9")]) == 1      # no quota ends the streak
    assert below_quota_streak([]) == 0


def test_verdict_follows_the_team_setting():
    ratios = [D("1.1"), D("0.7"), D("0.95")]
    assert probation_verdict(ratios, 2).flagged
    assert "2 quarters running" in probation_verdict(ratios, 2).reason()
    assert not probation_verdict(ratios, 3).flagged
    assert not probation_verdict(ratios, 0).flagged  # 0 turns the flag off
    assert probation_verdict([D("0.2")], 1).flagged


def test_attainment_needs_a_positive_target():
    assert attainment(D("50"), D("100")) == D("0.5")
    assert attainment(D("50"), None) is None and attainment(D("50"), D("0")) is None
    assert attainment(None, D("10")) == 0
