"""The sales plan's arithmetic, with figures worked out by hand in the comments."""
import datetime as dt
from decimal import Decimal

import pytest

from models.domain.quotas import Period, PeriodKind
from models.domain.sales_plan import (GoalStatus, PlanNode, TargetKind, Targets, goal_status,
                                      roll_up, split_targets, sprint_lines, SprintWeek)

YEAR_2027 = Period(PeriodKind.YEAR, dt.date(2027, 1, 1), dt.date(2027, 12, 31))
PLAN = Targets(revenue=Decimal("1000000.00"), won_deals=50, new_accounts=10, activity=5200,
               currency="EUR")


def test_annual_targets_split_into_quarters():
    parts = split_targets(PLAN, YEAR_2027, "quarter")
    assert [p.label() for p, _ in parts] == ["2027-Q1", "2027-Q2", "2027-Q3", "2027-Q4"]
    # 1,000,000 / 4 = 250,000 exactly
    assert [t.revenue for _, t in parts] == [Decimal("250000.00")] * 4
    # 50 / 4 = 12.5: 12 each is 48, the 2 left go to the later quarters
    assert [t.won_deals for _, t in parts] == [12, 12, 13, 13]
    # 10 / 4 = 2.5: 2, 2, 3, 3
    assert [t.new_accounts for _, t in parts] == [2, 2, 3, 3]
    assert [t.activity for _, t in parts] == [1300] * 4
    assert {t.currency for _, t in parts} == {"EUR"}


def test_annual_revenue_split_into_months_adds_up_to_the_cent():
    parts = split_targets(PLAN, YEAR_2027, "month")
    # 1,000,000 / 12 = 83,333.333…: 83,333.33 × 12 = 999,999.96, the 4 cents left go to Sep–Dec
    assert [t.revenue for _, t in parts] == ([Decimal("83333.33")] * 8
                                             + [Decimal("83333.34")] * 4)
    assert sum(t.revenue for _, t in parts) == Decimal("1000000.00")


def test_annual_targets_split_into_weeks():
    parts = split_targets(PLAN, YEAR_2027, "week")
    # 2027's Mondays run from 4 January to 27 December: (357 / 7) + 1 = 52 weeks
    assert len(parts) == 52
    assert parts[0][0].start == dt.date(2027, 1, 4) and parts[-1][0].start == dt.date(2027, 12, 27)
    # 1,000,000 / 52 = 19,230.769…: 19,230.76 × 52 = 999,999.52; 48 weeks get a cent more
    revenue = [t.revenue for _, t in parts]
    assert revenue.count(Decimal("19230.77")) == 48 and revenue.count(Decimal("19230.76")) == 4
    assert [t.activity for _, t in parts] == [100] * 52   # 5,200 / 52


def test_a_plan_without_some_targets_splits_what_it_has():
    parts = split_targets(Targets(won_deals=7), YEAR_2027, "quarter")
    assert [t.won_deals for _, t in parts] == [1, 2, 2, 2]   # 7 / 4 = 1.75: 1 each, 3 left
    assert all(t.revenue is None and t.activity is None for _, t in parts)


def _company(team_b_currency="EUR"):
    team_a = PlanNode("Βόρεια", "team", Targets(revenue=Decimal(600000), won_deals=30,
                                               currency="EUR"), [
        PlanNode("Ἑλένη", "rep", Targets(revenue=Decimal(300000), won_deals=14, currency="EUR")),
        PlanNode("李小龍", "rep", Targets(revenue=Decimal(320000), won_deals=14, currency="EUR")),
    ])
    team_b = PlanNode("Timog", "team", Targets(revenue=Decimal(350000), won_deals=20,
                                              currency=team_b_currency))
    return PlanNode("Company", "company", Targets(revenue=Decimal(1000000), won_deals=50,
                                                  currency="EUR"), [team_a, team_b])


def test_roll_up_shows_the_difference_at_each_level():
    rows = {(r.label, r.kind): r for r in roll_up(_company(), [TargetKind.REVENUE,
                                                                TargetKind.WON_DEALS])}
    company = rows[("Company", TargetKind.REVENUE)]
    # teams: 600,000 + 350,000 = 950,000; the company asks 50,000 more than its teams plan
    assert company.below == Decimal(950000) and company.difference == Decimal(50000)
    north = rows[("Βόρεια", TargetKind.REVENUE)]
    # reps: 300,000 + 320,000 = 620,000; the reps promise 20,000 more than the team asks
    assert north.below == Decimal(620000) and north.difference == Decimal(-20000)
    # won deals: 30 + 20 = 50 = company (0); 14 + 14 = 28 for a team target of 30 (+2)
    assert rows[("Company", TargetKind.WON_DEALS)].difference == 0
    assert rows[("Βόρεια", TargetKind.WON_DEALS)].difference == 2
    rep = rows[("李小龍", TargetKind.REVENUE)]
    assert rep.below is None and rep.difference is None
    # a team with no reps' plans below it has nothing to compare
    assert rows[("Timog", TargetKind.REVENUE)].below is None


def test_roll_up_never_adds_two_currencies():
    rows = {(r.label, r.kind): r for r in roll_up(_company("USD"), [TargetKind.REVENUE,
                                                                     TargetKind.WON_DEALS])}
    company = rows[("Company", TargetKind.REVENUE)]
    assert company.below is None and company.difference is None
    assert "EUR and USD" in company.note
    assert rows[("Company", TargetKind.WON_DEALS)].difference == 0   # counts still add


# A goal of 30 won deals over Q1 2027: 1 January to 31 March, 90 days.
Q1 = (dt.date(2027, 1, 1), dt.date(2027, 3, 31))


@pytest.mark.parametrize("actual, on, status, pace", [
    # 14 February: 45 of 90 days gone, pace 15; 90% of it is 13.5
    (14, dt.date(2027, 2, 14), GoalStatus.ON_TRACK, Decimal(15)),
    (13, dt.date(2027, 2, 14), GoalStatus.AT_RISK, Decimal(15)),
    (30, dt.date(2027, 2, 14), GoalStatus.MET, Decimal(15)),       # reached early
    # 10 January: 10 days gone, pace 30 × 10 / 90 = 3.33…; 3 ≥ 3.0 is on track, 2 is not
    (3, dt.date(2027, 1, 10), GoalStatus.ON_TRACK, Decimal(30) * 10 / 90),
    (2, dt.date(2027, 1, 10), GoalStatus.AT_RISK, Decimal(30) * 10 / 90),
    # on the deadline the day is not over: pace 30, 27 is still on track
    (27, dt.date(2027, 3, 31), GoalStatus.ON_TRACK, Decimal(30)),
    (29, dt.date(2027, 4, 1), GoalStatus.MISSED, Decimal(30)),     # the day after: final
    (31, dt.date(2027, 6, 30), GoalStatus.MET, Decimal(30)),
    (0, dt.date(2026, 12, 20), GoalStatus.ON_TRACK, Decimal(0)),   # not started yet
])
def test_goal_status_against_a_straight_line_pace(actual, on, status, pace):
    progress = goal_status(30, actual, *Q1, on)
    assert progress.status is status
    assert progress.pace == pace


def test_a_goal_cannot_end_before_it_starts():
    with pytest.raises(ValueError):
        goal_status(10, 0, dt.date(2027, 3, 1), dt.date(2027, 2, 1), dt.date(2027, 2, 1))


def test_sprint_lines_planned_and_done():
    week = Period(PeriodKind.WEEK, dt.date(2027, 1, 4), dt.date(2027, 1, 10))
    planned = SprintWeek(week, {"calls": 40, "meetings": 5}, None, {"Σύμβουλοι renewal": None})
    assert sprint_lines(planned) == [("calls", 40, None), ("meetings", 5, None),
                                     ("proposals", 0, None), ("Σύμβουλοι renewal", 1, None)]
    done = SprintWeek(week, {"calls": 40}, {"calls": 36, "proposals": 1},
                      {"Σύμβουλοι renewal": True, "云服务": False})
    assert sprint_lines(done)[:3] == [("calls", 40, 36), ("meetings", 0, 0), ("proposals", 0, 1)]
    assert sprint_lines(done)[3:] == [("Σύμβουλοι renewal", 1, 1), ("云服务", 1, 0)]
