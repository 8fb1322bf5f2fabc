"""Goals, drawdown weeks, the missing-numbers alert and the entry grid follow the company's working
weekdays (company settings) and each team's own holidays — not a fixed Monday to Friday.

Figures are worked out by hand in the comments. The week looked at is 2026-W47: Monday 16 to
Sunday 22 November 2026. Team 1 is Αθήνα Field (reps 1, 2), team 2 Manila Inside (reps 3, 4).
"""
import datetime as dt
from decimal import Decimal

import pytest

from models.domain.activity_goals import (Goal, last_working_day, parse_period, target_for,
                                          working_days, working_days_since)
from models.services import activity as svc
from models.services import activity_kpi as kpi
from models.services import activity_trends as trends
from models.services import company, users

MON, TUE, WED, FRI, SAT = (dt.date(2026, 11, d) for d in (16, 17, 18, 20, 21))
SUN = dt.date(2026, 11, 22)
NEXT_MON, NEXT_TUE = dt.date(2026, 11, 23), dt.date(2026, 11, 24)
MON_TO_SAT = (0, 1, 2, 3, 4, 5)


# -- the domain functions, no database -------------------------------------------------------------
def test_a_monday_to_saturday_week_in_the_domain_functions():
    goals = [Goal(1, "day", Decimal(10), dt.date(2026, 1, 1)),
             Goal(2, "week", Decimal(30), dt.date(2026, 1, 1))]
    # default Monday to Friday: 5 days × 10 = 50; a weekly goal of 30 is 30 over a whole week
    assert target_for(goals, 1, 7, None, MON, SUN) == Decimal(50)
    assert target_for(goals, 2, 7, None, MON, SUN) == Decimal(30)
    # Monday to Saturday: 6 × 10 = 60; the weekly 30 is 5 a day, still 30 a week
    assert target_for(goals, 1, 7, None, MON, SUN, weekdays=MON_TO_SAT) == Decimal(60)
    assert target_for(goals, 2, 7, None, MON, SUN, weekdays=MON_TO_SAT) == Decimal(30)
    # Monday to Wednesday only: 3 × 30/5 = 18 in a five-day week, 3 × 30/6 = 15 in a six-day one
    assert target_for(goals, 2, 7, None, MON, WED) == Decimal(18)
    assert target_for(goals, 2, 7, None, MON, WED, weekdays=MON_TO_SAT) == Decimal(15)
    # a holiday on Wednesday takes a day off both weeks
    assert target_for(goals, 1, 7, None, MON, SUN, {WED}, MON_TO_SAT) == Decimal(50)

    assert working_days(MON, SUN, weekdays=MON_TO_SAT) == [MON + dt.timedelta(days=i)
                                                           for i in range(6)]
    # Sunday evening: Friday's numbers are next in a five-day week, Saturday's in a six-day one
    assert last_working_day(SUN) == FRI
    assert last_working_day(SUN, weekdays=MON_TO_SAT) == SAT
    # a Sunday-to-Thursday week (the Gulf): Friday and Saturday off, Thursday's numbers next
    assert last_working_day(SAT, weekdays=(6, 0, 1, 2, 3)) == dt.date(2026, 11, 19)
    # last entry Friday, next Monday: 1 working day gone (Monday), 2 with Saturday
    assert working_days_since(FRI, NEXT_MON) == 1
    assert working_days_since(FRI, NEXT_MON, weekdays=MON_TO_SAT) == 2


# -- through the services, both databases ----------------------------------------------------------
@pytest.fixture
def admin(small_db):
    return users.sign_in(small_db)


def six_day_week(db, admin):
    loaded = company.company_settings(db)
    company.save_company_settings(db, admin, loaded.with_values(working_days=MON_TO_SAT), None)


def enter(db, rep_id, metric_key, days, value):
    m = svc.metric_by_key(db, metric_key).id
    svc.save_values(db, [svc.CellEdit(rep_id, m, d, value) for d in days])


def goal_rows(db, period="2026-W47", upto=None):
    rows = kpi.goal_attainment(db, parse_period(period), metric_keys=["cold_calls", "meetings"],
                               upto=upto)
    return {(r.rep_id, r.metric_key): (r.actual, r.target, r.ratio) for r in rows}


def test_a_daily_goal_of_10_over_a_six_day_week_is_60(small_db, admin):
    calls = svc.metric_by_key(small_db, "cold_calls").id
    svc.set_goal(small_db, calls, "day", 10, dt.date(2026, 1, 1), rep_id=3)
    enter(small_db, 3, "cold_calls", [MON + dt.timedelta(days=i) for i in range(6)], 10)  # 60
    # Monday to Friday: the Saturday's 10 count, the goal is 5 × 10 = 50 -> 120%
    assert goal_rows(small_db)[(3, "cold_calls")] == (60, Decimal("50.0"), Decimal("1.2"))
    six_day_week(small_db, admin)
    # Monday to Saturday: 6 × 10 = 60 -> 100%
    assert goal_rows(small_db)[(3, "cold_calls")] == (60, Decimal("60.0"), Decimal("1"))
    # the company's 5 meetings a week: still 5 over the whole week, but up to Wednesday it is
    # 3 of 6 days, 2.5 (it was 3 of 5 days, 3.0)
    assert goal_rows(small_db)[(3, "meetings")][1] == Decimal("5.0")
    assert goal_rows(small_db, upto=WED)[(3, "meetings")][1] == Decimal("2.5")
    # the entry grid asks for the day's goal on Saturday too
    grid = svc.grid_data(small_db, [FRI, SAT, SUN], rep_ids=[3])
    assert grid.weekdays == MON_TO_SAT
    assert [d for d in (FRI, SAT, SUN) if (3, calls, d) in grid.goals] == [FRI, SAT]


def test_a_team_holiday_lowers_only_that_teams_goals(small_db, admin):
    calls = svc.metric_by_key(small_db, "cold_calls").id
    svc.set_goal(small_db, calls, "day", 10, dt.date(2026, 1, 1), rep_id=3)
    company.save_holiday(small_db, admin, company.HolidayRecord(day=WED, name="Pista ng Koponan",
                                                                team_id=2))
    rows = goal_rows(small_db)
    # rep 3 (team 2): 4 days × 10 = 40; rep 1 (team 1): the company's 25 a day × 5 = 125
    assert rows[(3, "cold_calls")][1] == Decimal("40.0")
    assert rows[(1, "cold_calls")][1] == Decimal("125.0")
    # the trend's goal line sums the same: 125 + 40 = 165; with Saturdays 25 × 6 + 10 × 5 = 200
    line = trends.goal_line(small_db, calls, [(MON, SUN)], rep_ids=[1, 3], team_of={1: 1, 3: 2})
    assert line == [(MON, 165.0)]
    six_day_week(small_db, admin)
    line = trends.goal_line(small_db, calls, [(MON, SUN)], rep_ids=[1, 3], team_of={1: 1, 3: 2})
    assert line == [(MON, 200.0)]
    # the grid for everyone: no goal for rep 3 on the team's holiday, rep 1 keeps theirs
    grid = svc.grid_data(small_db, [WED])
    assert (3, calls, WED) not in grid.goals and grid.goals[(1, calls, WED)] == Decimal(25)


def missing(db, today):
    return {a.rep_id: a.text for a in kpi.alerts(db, today=today) if a.kind == "missing_numbers"}


def test_missing_numbers_count_saturday_only_where_it_is_worked(small_db, admin):
    kpi.save_alert_settings(small_db, None, threshold=Decimal("0.7"), weeks=8, missing_days=2)
    for rep in (1, 3):                       # both last entered on Friday 20 November
        enter(small_db, rep, "cold_calls", [FRI], 20)
    # next Monday, Monday to Friday: only Monday has gone by without numbers (1 < 2)
    assert missing(small_db, NEXT_MON) == {}
    six_day_week(small_db, admin)
    # Monday to Saturday: Saturday and Monday have (2)
    assert missing(small_db, NEXT_MON) == {
        1: "no numbers entered for 2 working days (since 20 Nov 2026)",
        3: "no numbers entered for 2 working days (since 20 Nov 2026)"}
    # rep 3 entered Saturday's numbers: only Monday is missing
    enter(small_db, 3, "cold_calls", [SAT], 20)
    assert set(missing(small_db, NEXT_MON)) == {1}


def test_a_team_holiday_is_not_a_missing_day_for_that_team_only(small_db, admin):
    kpi.save_alert_settings(small_db, None, threshold=Decimal("0.7"), weeks=8, missing_days=2)
    for rep in (1, 3):
        enter(small_db, rep, "cold_calls", [FRI], 20)
    company.save_holiday(small_db, admin, company.HolidayRecord(day=NEXT_MON, name="Team day",
                                                                team_id=2))
    # Tuesday: team 1 missed Monday and Tuesday (2); team 2 was off on Monday (1)
    assert missing(small_db, NEXT_TUE) == {
        1: "no numbers entered for 2 working days (since 20 Nov 2026)"}


# -- the entry grid in the window ------------------------------------------------------------------
@pytest.mark.parametrize("size", [(1024, 700), (1280, 800)])
def test_entry_grid_opens_on_saturday_and_greys_only_sunday_in_a_six_day_week(
        qtbot, small_db, admin, size, tmp_path):
    from desktop.context import AppContext
    from desktop.numbers.entry import EntryTab
    from desktop.tasks import TaskRunner

    six_day_week(small_db, admin)
    ctx = AppContext(db=small_db, user=None, tasks=TaskRunner())
    tab = EntryTab(ctx, lambda: None, lambda: SUN)
    qtbot.addWidget(tab)
    tab.resize(*size)
    tab.show()
    # what the Numbers page does once it has read the company in the background
    from desktop.numbers.page import read_setup
    tab.set_working_days(read_setup(small_db).working_days)
    tab.fill_reps()
    qtbot.waitUntil(lambda: not tab.busy and tab.rep.count() > 0)
    # Sunday evening: the numbers to enter next are Saturday's (Friday's in a five-day week)
    assert tab.date.date().toPython() == SAT
    tab.rep.setCurrentIndex(tab.rep.findData(3))
    tab.mode.setCurrentIndex(tab.mode.findData("week"))
    qtbot.waitUntil(lambda: not tab.busy)
    assert tab.model.off_columns == {SUN}
    path = tmp_path / f"entry_six_day_week_{size[0]}.png"
    tab.grab().save(str(path))
    assert path.stat().st_size > 0
