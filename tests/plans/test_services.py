"""The sales plan on both databases: plans, split, roll-up, goals measured from deals and daily
numbers, sprints; and on PostgreSQL a manager's own login sees and edits only their team's."""
import datetime as dt
import uuid
from decimal import Decimal

import pytest
from sqlalchemy import select

from models.db.errors import ValidationError, refused_by_server
from models.db.plans import SalesPlan
from models.domain.quotas import quarter_of, year_of
from models.domain.sales_plan import GoalStatus, TargetKind, Targets
from models.services import sales_plan as svc

Q1 = quarter_of(dt.date(2027, 1, 1))


def _usd(revenue, **counts):
    return Targets(revenue=Decimal(revenue), currency="usd", **counts)


def _plans(db, w):
    company = svc.set_plan(db, level="company", period=Q1, targets=_usd(100000, won_deals=12))
    north = svc.set_plan(db, level="team", team_id=w["north"], period=Q1,
                         targets=_usd(40000, won_deals=5))
    svc.set_plan(db, level="team", team_id=w["south"], period=Q1,
                 targets=_usd(50000, won_deals=6))
    ana = svc.set_plan(db, level="rep", rep_id=w["ana"], period=Q1,
                       targets=Targets(revenue=Decimal(25000), currency="USD", won_deals=3,
                                       activity=100), activity_metric_id=w["cold"])
    svc.set_plan(db, level="rep", rep_id=w["wei"], period=Q1, targets=_usd(20000, won_deals=3))
    return company, north, ana


def test_plans_roll_up_with_the_difference(db, world):
    _plans(db, world)
    rows = {(r.label, r.kind): r for r in svc.rollup(db, Q1)}
    company = rows[("Company", TargetKind.REVENUE)]
    # teams 40,000 + 50,000 = 90,000 of the company's 100,000
    assert (company.below, company.difference) == (Decimal(90000), Decimal(10000))
    north = rows[("North", TargetKind.REVENUE)]
    # North's reps: 25,000 + 20,000 = 45,000, 5,000 more than the team's 40,000
    assert (north.below, north.difference) == (Decimal(45000), Decimal(-5000))
    assert rows[("North", TargetKind.WON_DEALS)].difference == -1    # 5 - (3 + 3)
    assert rows[("Company", TargetKind.WON_DEALS)].difference == 1   # 12 - (5 + 6)
    # a rep's plan stores the rep's team (its row scope on PostgreSQL) and the currency upper-case
    ana = next(p for p in svc.plans_for(db, Q1) if p.owner_name == "Ana Reyes")
    assert ana.team_id == world["north"] and ana.targets.currency == "USD"
    assert ana.activity_metric == "Cold calls"


def test_reps_of_a_team_without_a_plan_still_roll_up(db, world):
    svc.set_plan(db, level="rep", rep_id=world["ana"], period=Q1, targets=_usd(25000))
    svc.set_plan(db, level="rep", rep_id=world["wei"], period=Q1, targets=_usd(20000))
    rows = {(r.label, r.kind): r for r in svc.rollup(db, Q1)}
    north = rows[("North", TargetKind.REVENUE)]
    assert (north.own, north.below, north.difference) == (None, Decimal(45000), None)
    assert rows[("Ana Reyes", TargetKind.REVENUE)].own == Decimal(25000)


def test_setting_a_plan_again_changes_it_and_bad_targets_write_nothing(db, world):
    first = svc.set_plan(db, level="team", team_id=world["north"], period=Q1,
                         targets=_usd(40000))
    again = svc.set_plan(db, level="team", team_id=world["north"], period=Q1,
                         targets=_usd(42000))
    assert first == again and svc.plan(db, first).targets.revenue == Decimal(42000)
    with pytest.raises(ValidationError) as bad:
        svc.set_plan(db, level="team", team_id=world["north"], period=Q1,
                     targets=Targets(revenue=Decimal(-1), currency="US"))
    assert set(bad.value.problems) == {"revenue", "currency"}
    with pytest.raises(ValidationError):
        svc.set_plan(db, level="rep", rep_id=world["ana"], period=Q1, targets=Targets(activity=5))
    assert svc.plan(db, first).targets.revenue == Decimal(42000)
    assert [p.level for p in svc.plans_for(db, Q1)] == ["team"]


def test_an_annual_plan_split_into_quarters_is_stored_and_adds_up(db, world):
    year = year_of(dt.date(2027, 1, 1))
    plan_id = svc.set_plan(db, level="rep", rep_id=world["wei"], period=year,
                           targets=_usd("100000.01", won_deals=10))
    parts = svc.split_plan(db, plan_id, "quarter")
    # 100,000.01 / 4 = 25,000.0025: 25,000.00 each and the cent left to Q4; 10 deals: 2, 2, 3, 3
    assert [p.targets.revenue for p in parts] == [Decimal("25000.00")] * 3 + [Decimal("25000.01")]
    assert [p.targets.won_deals for p in parts] == [2, 2, 3, 3]
    assert all(p.parent_id == plan_id and p.team_id == world["north"] for p in parts)
    assert len(svc.split_plan(db, plan_id, "quarter")) == 4   # split again: replaced, not added
    with db.read() as s:
        assert len(s.scalars(select(SalesPlan).where(SalesPlan.parent_id == plan_id)).all()) == 4


def test_goals_are_measured_from_deals_and_daily_numbers(db, world):
    _, north, ana = _plans(db, world)
    deadline = Q1.end
    revenue = svc.add_goal(db, north, title="Μεγαλύτερα συμβόλαια", owner="Ana Reyes",
                           deadline=deadline, measure="revenue", target=Decimal(30000),
                           steps="1. 云服务 demo\n2. proposal")
    svc.add_goal(db, north, title="New clients", owner="王伟", deadline=deadline,
                 measure="new_accounts", target=Decimal(2))
    svc.add_goal(db, north, title="Close more", owner="王伟", deadline=deadline,
                 measure="won_deals", target=Decimal(5))
    svc.add_goal(db, ana, title="Call more", owner="Ana Reyes", deadline=deadline,
                 measure="activity", target=Decimal(100), metric_id=world["cold"])

    mid = {g.title: g for g in svc.goals(db, on=dt.date(2027, 2, 14))}
    # North's won revenue by 14 February: 5,000 + 3,000; pace 30,000 × 45 / 90 = 15,000
    assert mid["Μεγαλύτερα συμβόλαια"].progress.actual == Decimal(8000)
    assert mid["Μεγαλύτερα συμβόλαια"].progress.status is GoalStatus.AT_RISK
    assert mid["Μεγαλύτερα συμβόλαια"].steps == "1. 云服务 demo\n2. proposal"
    # Ana's cold calls by 14 February: 20 (the 30 of 15 February not yet); pace 50
    assert mid["Call more"].progress.actual == 20
    assert mid["Call more"].progress.status is GoalStatus.AT_RISK
    # new accounts: only Σύμβουλοι (first won 10 January) so far; pace 1, so on track
    assert mid["New clients"].progress.actual == 1
    assert mid["New clients"].progress.status is GoalStatus.ON_TRACK

    quarter, ended = svc.last_quarter_goals(db, dt.date(2027, 4, 10))
    assert quarter.label() == "2027-Q1"
    end = {g.title: g for g in ended}
    # the quarter: 5,000 + 3,000 + 7,000 + 1,000 = 16,000 of 30,000
    assert end["Μεγαλύτερα συμβόλαια"].progress.actual == Decimal(16000)
    assert end["Μεγαλύτερα συμβόλαια"].progress.status is GoalStatus.MISSED
    # Σύμβουλοι and 云服务 are new; PT Maju was first won in December 2026
    assert (end["New clients"].progress.actual, end["New clients"].progress.status) == (
        2, GoalStatus.MET)
    assert (end["Close more"].progress.actual, end["Close more"].progress.status) == (
        4, GoalStatus.MISSED)
    assert (end["Call more"].progress.actual, end["Call more"].progress.status) == (
        50, GoalStatus.MISSED)
    assert [g.id for g in svc.goals(db, on=dt.date(2027, 4, 10), plan_id=north)][:1] == [revenue]
    # a rep's review shows the goals of the rep's own plan only
    _, ana_goals = svc.last_quarter_goals(db, dt.date(2027, 4, 10), rep_id=world["ana"])
    assert [g.title for g in ana_goals] == ["Call more"]
    assert svc.last_quarter_goals(db, dt.date(2027, 4, 10), rep_id=world["wei"])[1] == []


def test_a_revenue_goal_in_another_currency_is_not_compared(db, world):
    plan_id = svc.set_plan(db, level="team", team_id=world["north"], period=Q1,
                           targets=Targets(revenue=Decimal(100), currency="EUR"))
    svc.add_goal(db, plan_id, title="Euro goal", owner="Ana", deadline=Q1.end,
                 measure="revenue", target=Decimal(100))
    (goal,) = svc.goals(db, on=dt.date(2027, 2, 1))
    assert goal.progress is None and "USD" in goal.note and "EUR" in goal.note


def test_a_goal_without_owner_or_with_a_deadline_before_its_start_is_refused(db, world):
    plan_id = svc.set_plan(db, level="team", team_id=world["north"], period=Q1,
                           targets=_usd(1000))
    with pytest.raises(ValidationError) as bad:
        svc.add_goal(db, plan_id, title="", owner=" ", deadline=Q1.end, measure="calls",
                     target=Decimal(0))
    assert set(bad.value.problems) == {"title", "owner", "measure", "target"}
    with pytest.raises(ValidationError):
        svc.add_goal(db, plan_id, title="x", owner="y", deadline=dt.date(2026, 12, 1),
                     measure="won_deals", target=Decimal(1))
    assert svc.goals(db, on=Q1.end) == []


def test_a_week_planned_on_monday_and_reported_on_friday(db, world):
    with db.read() as s:
        from models.db.funnel import Deal
        deals = dict(s.execute(select(Deal.title, Deal.id)).all())
    monday = dt.date(2027, 1, 4)
    for not_hers in (deals["Timog"], deals["A first"]):   # another rep's; won already
        with pytest.raises(ValidationError):
            svc.plan_sprint(db, world["ana"], monday, calls=40, deal_ids=[not_hers])
    assert svc.team_sprints(db, monday) == []
    svc.plan_sprint(db, world["ana"], monday, calls=40, meetings=5, proposals=2,
                    deal_ids=[deals["Σύμβουλοι renewal"], deals["云服务 upsell"]], note="Σύμβουλοι first")
    (row,) = svc.team_sprints(db, dt.date(2027, 1, 6), team_id=world["north"])
    assert row.planned == {"calls": 40, "meetings": 5, "proposals": 2} and row.done is None
    assert [(t, a) for _, t, a in row.deals] == [("Σύμβουλοι renewal", None), ("云服务 upsell", None)]
    with pytest.raises(ValidationError):   # a deal not planned cannot be reported as advanced
        svc.record_sprint_done(db, world["ana"], monday, calls=1, meetings=1, proposals=1,
                               advanced_deal_ids=[deals["Timog"]])
    svc.record_sprint_done(db, world["ana"], dt.date(2027, 1, 8), calls=36, meetings=5,
                           proposals=1, advanced_deal_ids=[deals["Σύμβουλοι renewal"]], note="good week",
                           today=dt.date(2027, 1, 8))
    (row,) = svc.team_sprints(db, monday, team_id=world["north"])
    assert row.done == {"calls": 36, "meetings": 5, "proposals": 1}
    assert [(t, a) for _, t, a in row.deals] == [("Σύμβουλοι renewal", True), ("云服务 upsell", False)]
    assert row.done_on == dt.date(2027, 1, 8)
    assert svc.team_sprints(db, monday, team_id=world["south"]) == []
    with pytest.raises(ValidationError):
        svc.record_sprint_done(db, world["wei"], monday, calls=1, meetings=0, proposals=0)


def test_a_manager_login_sees_and_edits_only_their_teams_plans(db, db_url, backend, world):
    if backend != "postgresql":
        pytest.skip("SQLite has no per-user security")
    from models.db.migrate import open_database
    from tests.pg_logins import drop_logins, register_login
    company, north, ana = _plans(db, world)
    svc.plan_sprint(db, world["ngalan"], dt.date(2027, 1, 4), calls=10)
    svc.plan_sprint(db, world["ana"], dt.date(2027, 1, 4), calls=40)
    south = next(p.id for p in svc.plans_for(db, Q1) if p.owner_name == "Timog")
    svc.add_goal(db, south, title="Timog goal", owner="Ng̃alan", deadline=Q1.end,
                 measure="won_deals", target=Decimal(3))
    login = f"rdp_{uuid.uuid4().hex[:8]}_mgr"
    manager = open_database(register_login(db_url, login, "manager", team="North"))
    try:
        seen = {p.owner_name for p in svc.plans_for(manager, Q1)}
        assert seen == {"Company", "North", "Ana Reyes", "王伟"}
        assert svc.goals(manager, on=Q1.end) == []     # Timog's goal is not theirs
        svc.set_plan(manager, level="team", team_id=world["north"], period=Q1,
                     targets=_usd(41000))
        svc.add_goal(manager, north, title="North goal", owner="Ana", deadline=Q1.end,
                     measure="won_deals", target=Decimal(4))
        assert [g.title for g in svc.goals(manager, on=Q1.end)] == ["North goal"]
        with pytest.raises(ValidationError):           # Timog is not visible to them
            svc.set_plan(manager, level="team", team_id=world["south"], period=Q1,
                         targets=_usd(1))
        with pytest.raises(Exception) as refused:      # the company's plan is read-only to them
            svc.set_plan(manager, level="company", period=Q1, targets=_usd(1))
        assert refused_by_server(refused.value) is not None
        assert [r.rep_name for r in svc.team_sprints(manager, dt.date(2027, 1, 4))] == [
            "Ana Reyes"]
    finally:
        manager.dispose()
        drop_logins(db_url, [login])
    after = {p.owner_name: p.targets.revenue for p in svc.plans_for(db, Q1)}
    assert after["North"] == Decimal(41000) and after["Company"] == Decimal(100000)
    assert after["Timog"] == Decimal(50000)


def test_a_manager_on_sqlite_is_shown_the_company_plan_and_their_teams(db, backend, world):
    if backend != "sqlite":
        pytest.skip("the PostgreSQL half is the test above: there the server scopes the login")
    from models.db.scope import limit_to_user
    from models.domain.enums import UserRole
    from models.services.users import CurrentUser
    _, north, _ = _plans(db, world)
    svc.plan_sprint(db, world["ngalan"], dt.date(2027, 1, 4), calls=10)
    svc.add_goal(db, north, title="North goal", owner="Ana", deadline=Q1.end,
                 measure="won_deals", target=Decimal(4))
    limit_to_user(db, CurrentUser("maria", "Maria", UserRole.SALES_MANAGER, world["north"]))
    assert {p.owner_name for p in svc.plans_for(db, Q1)} == {"Company", "North", "Ana Reyes",
                                                             "王伟"}
    assert [g.title for g in svc.goals(db, on=Q1.end)] == ["North goal"]
    assert svc.team_sprints(db, dt.date(2027, 1, 4)) == []


def test_every_change_of_a_plan_goal_and_sprint_is_in_the_history(db, world):
    from models.services.history import history
    plan_id = svc.set_plan(db, level="team", team_id=world["north"], period=Q1,
                           targets=_usd(40000))
    svc.set_plan(db, level="team", team_id=world["north"], period=Q1, targets=_usd(42000))
    goal_id = svc.add_goal(db, plan_id, title="Κλείσε 5", owner="王伟", deadline=Q1.end,
                           measure="won_deals", target=Decimal(5))
    sprint_id = svc.plan_sprint(db, world["ana"], dt.date(2027, 1, 4), calls=40)
    events = history(db, "sales_plans", plan_id)
    assert [e.action for e in events] == ["insert", "update"]
    revenue = next(c for c in events[1].changes if c.field == "revenue")
    assert Decimal(str(revenue.old)) == 40000 and Decimal(str(revenue.new)) == 42000
    assert [e.action for e in history(db, "plan_goals", goal_id)] == ["insert"]
    svc.record_sprint_done(db, world["ana"], dt.date(2027, 1, 8), calls=36, meetings=0,
                           proposals=0, today=dt.date(2027, 1, 8))
    events = history(db, "sprint_weeks", sprint_id)
    assert [e.action for e in events] == ["insert", "update"]
    assert {c.field: c.new for c in events[1].changes}["done_calls"] == 36


def test_a_plan_changed_by_someone_else_meanwhile_is_not_overwritten(db, world):
    from models.db.errors import ConflictError
    plan_id = svc.set_plan(db, level="team", team_id=world["north"], period=Q1,
                           targets=_usd(40000))
    opened = svc.plan(db, plan_id).version
    svc.set_plan(db, level="team", team_id=world["north"], period=Q1, targets=_usd(41000),
                 expected_version=opened)
    with pytest.raises(ConflictError):
        svc.set_plan(db, level="team", team_id=world["north"], period=Q1, targets=_usd(39000),
                     expected_version=opened)
    assert svc.plan(db, plan_id).targets.revenue == Decimal(41000)
