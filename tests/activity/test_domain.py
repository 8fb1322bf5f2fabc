"""Hand-computed expectations for goals, attainment, consistency, drawdown, forecast, attention."""
import datetime as dt
from decimal import Decimal

import pytest

from models.db.errors import RepdeskError
from models.domain.activity_goals import (Goal, attainment, goal_in_force, parse_period, percent,
                                          target_for, working_days, working_days_since)
from models.domain.attention import RepFacts, attention_list
from models.domain.consistency import consistency, quota_attainment
from models.domain.drawdown import drawdown, missing_numbers, trailing_median
from models.domain.forecast import forecast, team_forecast

D = dt.date
MON = D(2026, 11, 16)  # a Monday


def test_periods():
    q3 = parse_period("2026-Q3")
    assert (q3.start, q3.end) == (D(2026, 7, 1), D(2026, 9, 30))
    assert parse_period("2026-02").end == D(2026, 2, 28)
    w = parse_period("2026-W47")
    assert (w.start, w.end) == (D(2026, 11, 16), D(2026, 11, 22))
    assert parse_period("2026-11-20").start == D(2026, 11, 20)
    with pytest.raises(RepdeskError, match="not a period"):
        parse_period("Q3")


def test_working_days_skip_weekends_and_holidays():
    # Mon 16 .. Sun 22 Nov: five weekdays, minus a holiday on Thursday
    assert len(working_days(MON, MON + dt.timedelta(days=6), {D(2026, 11, 19)})) == 4
    # last entry Thursday 12 Nov, today Monday 16: Fri 13 and Mon 16 are missing
    assert working_days_since(D(2026, 11, 12), MON) == 2


GOALS = [
    Goal(metric_id=2, per="day", target=Decimal(25), effective_from=D(2000, 1, 1)),
    Goal(metric_id=3, per="week", target=Decimal(5), effective_from=D(2000, 1, 1)),
    Goal(metric_id=2, per="day", target=Decimal(30), effective_from=D(2026, 1, 1), team_id=7),
    Goal(metric_id=2, per="day", target=Decimal(15), effective_from=D(2026, 11, 18), rep_id=42),
]


def test_goal_scope_and_effective_date():
    assert goal_in_force(GOALS, 2, rep_id=1, team_id=None, day=MON).target == 25
    assert goal_in_force(GOALS, 2, rep_id=1, team_id=7, day=MON).target == 30
    assert goal_in_force(GOALS, 2, rep_id=42, team_id=7, day=MON).target == 30   # not yet
    assert goal_in_force(GOALS, 2, rep_id=42, team_id=7, day=D(2026, 11, 18)).target == 15
    assert goal_in_force(GOALS, 5, rep_id=1, team_id=None, day=MON) is None


def test_target_over_a_week_changes_with_the_goal_midweek():
    # Rep 42 in team 7: Mon, Tue at 30; Wed, Thu, Fri at 15 -> 60 + 45 = 105
    assert target_for(GOALS, 2, 42, 7, MON, MON + dt.timedelta(days=6)) == 105
    # weekly goal 5 over a week with a holiday: 5 / 5 × 4 days = 4
    assert target_for(GOALS, 3, 1, None, MON, MON + dt.timedelta(days=6), {D(2026, 11, 19)}) == 4
    # a quarter of daily cold calls: Q3 2026 has 66 weekdays -> 66 × 25 = 1650
    q3 = parse_period("2026-Q3")
    assert target_for(GOALS, 2, 1, None, q3.start, q3.end) == 1650
    assert target_for(GOALS, 5, 1, None, q3.start, q3.end) is None


def test_attainment():
    assert attainment(80, Decimal(105)) == Decimal("0.7619")
    assert attainment(0, 0) is None and attainment(3, None) is None
    assert percent(Decimal("0.7619")) == "76%"


def test_consistency_steady_versus_volatile():
    steady = consistency([Decimal("0.90"), Decimal("0.92"), Decimal("0.88")])
    # mean 90, deviations 0, 2, -2 -> sqrt(8/3) = 1.63
    assert steady.spread_points == 1.6 and steady.mean_percent == 90.0
    assert steady.label == "steady"
    volatile = consistency([1.5, 0.4, 1.5, 0.4])
    assert volatile.spread_points == 55.0 and volatile.mean_percent == 95.0
    assert volatile.label == "volatile"
    uneven = consistency([1.0, 0.6, 1.0, None, 0.6])     # mean 80, spread 20
    assert (uneven.spread_points, uneven.label, uneven.months) == (20.0, "uneven", 4)
    assert consistency([1.0, None]).label == "not enough history"
    assert quota_attainment(Decimal(45000), Decimal(60000)) == Decimal("0.75")


def test_drawdown_against_trailing_median():
    weeks = {MON - dt.timedelta(weeks=i): v for i, v in
             enumerate([20, 50, 40, 60, 45, 55, 35, 50, 42], start=0)}
    # previous 8 weeks: 50 40 60 45 55 35 50 42 -> sorted 35 40 42 45 50 50 55 60 -> median 47.5
    assert trailing_median(weeks, MON) == 47.5
    alert = drawdown(5, "crm_actions", "CRM actions", weeks, MON)
    assert alert is not None and alert.ratio == round(20 / 47.5, 4) and alert.baseline == 47.5
    assert alert.describe() == ("CRM actions: 20 in the week of 16 Nov 2026, 42% of the usual "
                              "47.5 a week (alerts start under 70%)")
    # 34 of 47.5 is 71.6%: no alert at 70%, an alert at 75%
    weeks[MON] = 34
    assert drawdown(5, "crm_actions", "CRM actions", weeks, MON) is None
    assert drawdown(5, "crm_actions", "CRM actions", weeks, MON, threshold=Decimal("0.75"))
    # a week still running is scaled: 12 after 2 days × 5/2 = 30 -> 63%
    weeks[MON] = 12
    assert drawdown(5, "crm", "CRM", weeks, MON, scale=2.5).value == 30
    assert drawdown(5, "crm", "CRM", {MON: 3}, MON) is None   # no history, no alert


def test_drawdown_text_never_shows_the_alert_line_itself():
    # 55 against a usual 79 is 69.6%: "70% of the usual 79 (alert below 70%)" read as a
    # contradiction; rounded down it is 69%
    weeks = {MON - dt.timedelta(weeks=i): 79 for i in range(1, 9)}
    weeks[MON] = 55
    alert = drawdown(5, "calls", "Calls", weeks, MON)
    assert alert is not None and round(alert.ratio * 100, 1) == 69.6
    assert "69% of the usual 79 a week (alerts start under 70%)" in alert.describe()


def test_consistency_labels_are_relative_to_the_team():
    from models.domain.consistency import Consistency, against_team
    # a lumpy business: every spread above the fixed 35-point band
    spreads = [38, 40, 41, 42, 44, 45, 47, 60, 80]
    items = [Consistency(float(p), 100.0, 6, "volatile") for p in spreads]
    labels = [c.label for c in against_team(items)]
    # quartiles of the nine spreads (inclusive): 41 and 47
    assert labels == ["steady", "steady", "typical", "typical", "typical", "typical", "typical",
                      "volatile", "volatile"]
    # a team steady throughout has no volatile rep
    calm = [Consistency(float(p), 100.0, 6, "steady") for p in (2, 4, 6, 14)]
    assert {c.label for c in against_team(calm)} == {"steady"}
    # too few to compare: the fixed bands stay
    few = [Consistency(55.0, 95.0, 6, "volatile"), Consistency(0.0, 90.0, 6, "steady")]
    assert [c.label for c in against_team(few)] == ["volatile", "steady"]


def test_missing_numbers():
    assert missing_numbers(1, D(2026, 11, 12), 2, limit=3) is None
    alert = missing_numbers(1, D(2026, 11, 12), 3, limit=3)
    assert alert.describe() == "no numbers entered for 3 working days (since 12 Nov 2026)"


def test_forecast_blends_run_rate_and_funnel():
    # 40 of 64 working days gone, 30,000 won: run rate 750/day × 24 = 18,000; funnel 10,000
    f = forecast(Decimal(30000), Decimal(10000), Decimal(50000), days_elapsed=40, days_left=24)
    assert f.run_rate_rest == Decimal("18000.00")
    assert f.expected_rest == Decimal("14000.00")
    assert f.expected_total == Decimal("44000.00")
    assert f.expected_attainment == Decimal("0.88")
    start = forecast(Decimal(0), Decimal(8000), None, days_elapsed=0, days_left=64)
    assert start.expected_total == 8000 and start.expected_attainment is None
    team = team_forecast([f, forecast(Decimal(10000), Decimal(0), Decimal(30000), 40, 24)])
    # second rep: 10,000 + (6,000 + 0) / 2 = 13,000; team 57,000 of 80,000 = 71.25%
    assert team.expected_total == Decimal("57000.00")
    assert team.expected_attainment == Decimal("0.7125")


def test_attention_list_sorted_by_urgency_with_reasons():
    weeks = {MON - dt.timedelta(weeks=i): 50 for i in range(1, 9)}
    weeks[MON] = 30                                   # 60% of 50: 25 + 100 × 0.10 = 35 points
    dd = drawdown(1, "crm_actions", "CRM actions", weeks, MON)
    facts = [
        RepFacts(1, "Μαρία Παπαδοπούλου", drawdowns=[dd]),
        RepFacts(2, "王伟", quota_ratio=Decimal("0.55")),       # 40 × 0.45 = 18
        RepFacts(3, "Juan dela Cruz", quota_ratio=Decimal("0.80"), quarters_below_quota=2,
                 quarters_to_reach_quota=2, stuck_deals=3),     # 8 + 50 + 15 = 73
        RepFacts(4, "Budi Santoso", quota_ratio=Decimal("1.10")),      # nothing
        RepFacts(5, "Siti Rahma", missing=missing_numbers(5, None, 4, 3)),  # 10 + 12 = 22
    ]
    items = attention_list(facts)
    assert [i.rep_id for i in items] == [3, 1, 5, 2]
    assert [i.urgency for i in items] == [73.0, 35.0, 22.0, 18.0]
    assert items[0].summary().startswith("Below quota 2 quarters in a row (team rule: 2)")
    assert "CRM actions: 30 in the week of 16 Nov 2026, 60% of the usual 50" in items[1].agenda()
    # each reason says what it adds, and the shown urgency is whole points
    assert items[0].explained() == ("Below quota 2 quarters in a row (team rule: 2) (+50); "
                                    "3 stuck deals piling up (+15); Below quota: 80% of the "
                                    "period's quota (+8)")
    assert [i.urgency_points for i in items] == [73, 35, 22, 18]
    # pro-rata: 45% attained when 50% of the quarter is gone -> shortfall 10% -> 4 points
    paced = attention_list([RepFacts(6, "A", quota_ratio=Decimal("0.45"),
                                     expected_ratio=Decimal("0.5"))])
    assert paced[0].urgency == 4.0 and "expected 50% by now" in paced[0].summary()
