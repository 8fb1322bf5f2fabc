"""Tier arithmetic at every boundary, worked out by hand.

Quota 100,000; tiers 0–50% at 2%, 50–100% at 3%, 100–125% at 4%, 125%+ at 5%.
"""
from decimal import Decimal as D

import pytest

from models.domain.commission import (Bonus, BonusKind, Plan, Tier, TierMode, commission,
                                      parse_period)

TIERS = (Tier(D("0"), D("0.02")), Tier(D("0.5"), D("0.03")), Tier(D("1"), D("0.04")),
         Tier(D("1.25"), D("0.05")))
MARGINAL = Plan(D("0.05"), TIERS, TierMode.MARGINAL)
WHOLE = Plan(D("0.05"), TIERS, TierMode.WHOLE)
QUOTA = D("100000")


@pytest.mark.parametrize("won, expected", [
    ("0", "0.00"),
    ("49999.00", "999.98"),          # 49,999 × 2%
    ("50000", "1000.00"),            # exactly 50%: all in the first tier
    ("50000.50", "1000.02"),         # 1,000 + 0.50 × 3% = 0.015 -> 0.02
    ("100000", "2500.00"),           # 1,000 + 50,000 × 3%
    ("100001", "2500.04"),           # + 1 × 4% = 0.04
    ("125000", "3500.00"),           # 1,000 + 1,500 + 25,000 × 4%
    ("130000", "3750.00"),           # + 5,000 × 5%
    ("250000", "9750.00"),           # 1,000 + 1,500 + 1,000 + 125,000 × 5% (6,250)
])
def test_marginal_tiers_pay_each_part_at_its_own_rate(won, expected):
    assert commission(D(won), QUOTA, MARGINAL).commission == D(expected)


def test_marginal_lines_show_the_arithmetic():
    result = commission(D("130000"), QUOTA, MARGINAL)
    assert [(l.amount, l.rate, l.commission) for l in result.lines] == [
        (D("50000"), D("0.02"), D("1000.00")), (D("50000"), D("0.03"), D("1500.00")),
        (D("25000"), D("0.04"), D("1000.00")), (D("5000"), D("0.05"), D("250.00"))]
    assert result.attainment == D("1.3")
    assert "tier 125%+: 5,000.00 × 5% = 250.00" in result.arithmetic()


@pytest.mark.parametrize("won, expected", [
    ("49999.99", "1000.00"),         # 49.99999% -> 2%: 999.9998 -> 1,000.00
    ("50000", "1500.00"),            # 50% exactly belongs to the 3% tier
    ("99999", "2999.97"),            # 3%
    ("100000", "4000.00"),           # 100% -> 4% of all of it
    ("124999", "4999.96"),           # 4%
    ("125000", "6250.00"),           # 125% -> 5%
])
def test_whole_mode_pays_all_of_it_at_the_reached_rate(won, expected):
    assert commission(D(won), QUOTA, WHOLE).commission == D(expected)


def test_no_quota_falls_back_to_the_base_rate():
    result = commission(D("80000"), None, MARGINAL)
    assert result.attainment is None
    assert result.commission == D("4000.00")   # 80,000 × 5%
    assert result.lines[0].label == "base rate (no quota for the period)"


def test_bonuses_at_their_thresholds():
    plan = Plan(D("0.05"), TIERS, TierMode.MARGINAL, (
        Bonus("Quota club", BonusKind.ATTAINMENT_AT_LEAST, D("1"), D("500")),
        Bonus("Ten deals", BonusKind.DEALS_AT_LEAST, D("10"), D("200")),
        Bonus("Quality star", BonusKind.QUALITY_AT_LEAST, D("0.9"), D("150"))))
    at = commission(D("100000"), QUOTA, plan, deals=10, quality=D("0.9000"))
    assert at.bonuses == (("Quota club", D("500.00")), ("Ten deals", D("200.00")),
                          ("Quality star", D("150.00")))
    assert at.total == D("2500.00") + D("850.00")
    below = commission(D("99999.99"), QUOTA, plan, deals=9, quality=D("0.8999"))
    assert below.bonuses == ()


def test_bad_plans_are_refused():
    with pytest.raises(ValueError, match="first tier must start at 0%"):
        commission(D(1), QUOTA, Plan(D("0.05"), (Tier(D("0.5"), D("0.03")),)))


@pytest.mark.parametrize("text, start, end", [
    ("2026-Q3", "2026-07-01", "2026-09-30"), ("2024-q1", "2024-01-01", "2024-03-31"),
    ("2026-02", "2026-02-01", "2026-02-28"), ("2026", "2026-01-01", "2026-12-31")])
def test_periods(text, start, end):
    assert tuple(str(d) for d in parse_period(text)) == (start, end)


def test_bad_period():
    with pytest.raises(ValueError):
        parse_period("Q3")
