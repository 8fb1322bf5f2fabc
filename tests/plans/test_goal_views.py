"""Goals beyond the Plans page, on both databases: the dashboard's Goals tab lists the goals running
this quarter with their status and progress, the review form and the review PDF list the rep's
goals due in the reviewed quarter as met or not met; and the services behind them (goals of a
scope, of a review, a goal's edit version-checked, who may plan).

The world (tests/plans/conftest.py): Ana won 5,000 USD on 10 January and 3,000 on 3 February
(two won deals, one account new on 10 January), logged 20 cold calls on 11 January and 30 on
15 February; Ng̃alan (Timog) won 10,000 on 15 January with no account.
"""
import dataclasses
import datetime as dt
from decimal import Decimal

import pytest

from desktop.context import AppContext
from desktop.tasks import TaskRunner
from models.db.errors import PermissionDenied
from models.db.retry import EditConflict
from models.domain.enums import UserRole
from models.domain.quotas import quarter_of
from models.domain.sales_plan import (GoalStatus, Step, Targets, format_steps, parse_steps,
                                      review_outcome)
from models.services import sales_plan as svc
from models.services.users import CurrentUser, sign_in

FEB_15 = dt.date(2027, 2, 15)
APRIL_10 = dt.date(2027, 4, 10)      # a review of Q1 written in Q2
Q1 = quarter_of(FEB_15)
Q4_2026 = quarter_of(dt.date(2026, 12, 1))


def _goals(db, w):
    """Ana's Q1 plan: revenue 8,000 USD, 3 won deals (both by 31 March), 40 cold calls by
    28 February; her Q4 2026 plan: one goal due then; Timog's Q1 plan: 3 new accounts."""
    ana = svc.set_plan(db, level="rep", rep_id=w["ana"], period=Q1,
                       targets=Targets(revenue=Decimal(25000), currency="USD", won_deals=3))
    ids = {}
    ids["revenue"] = svc.add_goal(db, ana, title="Eight thousand 八千", owner="Ana Reyes",
                                  deadline=Q1.end, measure="revenue", target=Decimal(8000))
    ids["won"] = svc.add_goal(db, ana, title="Three wins", owner="Ana Reyes", deadline=Q1.end,
                              measure="won_deals", target=Decimal(3))
    ids["calls"] = svc.add_goal(db, ana, title="Κλήσεις", owner="Ana Reyes",
                                deadline=dt.date(2027, 2, 28), measure="activity",
                                metric_id=w["cold"], target=Decimal(40),
                                steps="[x] list prospects\n[ ] call them")
    old = svc.set_plan(db, level="rep", rep_id=w["ana"], period=Q4_2026,
                       targets=Targets(won_deals=1))
    ids["old"] = svc.add_goal(db, old, title="Last year", owner="Ana Reyes",
                              deadline=Q4_2026.end, measure="won_deals", target=Decimal(1))
    timog = svc.set_plan(db, level="team", team_id=w["south"], period=Q1,
                         targets=Targets(new_accounts=3))
    ids["timog"] = svc.add_goal(db, timog, title="Bagong kliyente", owner="Ng̃alan Mañalac",
                                deadline=Q1.end, measure="new_accounts", target=Decimal(3))
    return ids


# -- the domain --------------------------------------------------------------------------------
def test_steps_keep_their_ticks_and_old_free_text():
    steps = [Step("List 50 prospects", True), Step("Καλέστε  τους", False)]
    stored = format_steps(steps)
    assert stored == "[x] List 50 prospects\n[ ] Καλέστε τους"
    assert parse_steps(stored) == [Step("List 50 prospects", True), Step("Καλέστε τους", False)]
    # steps written before ticks existed are steps not done, none lost
    assert parse_steps("- visit Cebu\n\ncall 王\n") == [Step("visit Cebu"), Step("call 王")]
    assert format_steps([]) is None and parse_steps(None) == []


def test_a_review_reads_met_not_met_or_still_running():
    assert review_outcome(GoalStatus.MET) == "met"
    assert review_outcome(GoalStatus.MISSED) == "not met"
    assert review_outcome(GoalStatus.AT_RISK) == "still running (at risk)"
    assert review_outcome(None) == "not measured"


def test_who_may_plan():
    manager = CurrentUser("m", "M", UserRole.SALES_MANAGER, 7)
    svc.require_may_plan(manager, "team", 7)
    svc.require_may_plan(manager, "rep", 7)
    for level, team in (("company", None), ("team", 8), ("rep", 8)):
        with pytest.raises(PermissionDenied):
            svc.require_may_plan(manager, level, team)
    with pytest.raises(PermissionDenied):
        svc.require_may_plan(CurrentUser("t", "T", UserRole.TRAINER, 7), "team", 7)
    for role in (UserRole.ADMIN, UserRole.HR):
        svc.require_may_plan(CurrentUser("a", "A", role, None), "company", None)


# -- the services ------------------------------------------------------------------------------
def test_the_goals_running_this_quarter_with_their_status(db, world):
    ids = _goals(db, world)
    by_id = {g.id: g for g in svc.scope_goals(db, FEB_15)}
    # Q4 2026's goal is not this quarter's
    assert set(by_id) == {ids["revenue"], ids["won"], ids["calls"], ids["timog"]}
    # 5,000 + 3,000 = 8,000 of 8,000: met early
    assert by_id[ids["revenue"]].progress.status is GoalStatus.MET
    # 2 wins of 3; pace on 15 Feb (day 46 of 90) 3 × 46/90 = 1.53, 90% of it 1.38: on track
    won = by_id[ids["won"]].progress
    assert won.actual == 2 and won.status is GoalStatus.ON_TRACK
    # 20 + 30 = 50 cold calls of 40: met
    assert by_id[ids["calls"]].progress.actual == 50
    assert by_id[ids["calls"]].progress.status is GoalStatus.MET
    # Timog: no account won, pace 1.53: at risk
    timog = by_id[ids["timog"]].progress
    assert timog.actual == 0 and timog.status is GoalStatus.AT_RISK
    north = {g.id for g in svc.scope_goals(db, FEB_15, team_id=world["north"])}
    assert north == {ids["revenue"], ids["won"], ids["calls"]}


def test_a_reviews_goals_are_the_reps_due_in_its_quarter(db, world):
    ids = _goals(db, world)
    goals = svc.review_goals(db, world["ana"], Q1.start, Q1.end, on=APRIL_10)
    outcome = {g.id: g.progress.status for g in goals}
    # after 31 March: 8,000 met, 2 of 3 wins missed, 50 of 40 calls met; Timog's is a team's
    assert outcome == {ids["revenue"]: GoalStatus.MET, ids["won"]: GoalStatus.MISSED,
                       ids["calls"]: GoalStatus.MET}


def test_a_goal_is_edited_version_checked(db, world):
    ids = _goals(db, world)
    goal = svc.goal(db, ids["won"], on=FEB_15)
    version = svc.update_goal(db, goal.id, goal.version, title="Two wins", owner="Ana Reyes",
                              deadline=Q1.end, measure="won_deals", target=Decimal(2),
                              steps="[x] call the Athens office")
    changed = svc.goal(db, goal.id, on=FEB_15)
    assert (changed.title, changed.target, changed.version) == ("Two wins", Decimal(2), version)
    assert changed.progress.status is GoalStatus.MET      # 2 of 2 now
    with pytest.raises(EditConflict) as stale:
        svc.update_goal(db, goal.id, goal.version, title="Four wins", owner="Ana Reyes",
                        deadline=Q1.end, measure="won_deals", target=Decimal(4))
    assert "after you opened it" in str(stale.value)
    assert svc.goal(db, goal.id, on=FEB_15).title == "Two wins"
    manager = CurrentUser("m", "M", UserRole.SALES_MANAGER, world["south"])
    with pytest.raises(PermissionDenied):
        svc.update_goal(db, goal.id, version, title="x", owner="y", deadline=Q1.end,
                        measure="won_deals", target=Decimal(1), acting=manager)
    assert svc.goal(db, goal.id, on=FEB_15).title == "Two wins"


# -- the window and the PDF --------------------------------------------------------------------
def test_the_dashboard_shows_each_goals_status(qtbot, db, world):
    from desktop.numbers.dashboard import DashboardTab
    _goals(db, world)
    tab = DashboardTab(AppContext(db, sign_in(db), TaskRunner()), lambda: world["north"],
                       lambda: FEB_15)
    qtbot.addWidget(tab)
    panel = tab.goals_panel
    with qtbot.waitSignal(panel.loaded, timeout=60_000):
        tab.reload()
    model = panel.model
    rows = {model.cell(r, 0): [model.cell(r, c) for c in range(model.columnCount())]
            for r in range(model.rowCount())}
    assert set(rows) == {"Eight thousand 八千", "Three wins", "Κλήσεις"}   # North's only
    assert rows["Three wins"][3] == "on track" and rows["Three wins"][4] == "2 of 3 · 67%"
    assert rows["Κλήσεις"][3] == "met" and rows["Κλήσεις"][4] == "50 of 40 · 125%"
    assert rows["Eight thousand 八千"][3] == "met"
    assert "8,000" in rows["Eight thousand 八千"][4]
    assert "met: 2" in panel.summary.text() and "on track: 1" in panel.summary.text()
    assert tab.outlook.tabText(tab.outlook.indexOf(panel)) == "Goals"


def _review(world):
    from models.reports.samples import sample_review
    return dataclasses.replace(sample_review(2, name="Ana Reyes", cycle="2027-Q1"),
                               rep_id=world["ana"])


def test_the_review_form_lists_last_quarters_goals_met_or_not(qtbot, db, world):
    from desktop.reviews.form import ReviewForm
    _goals(db, world)
    form = ReviewForm(AppContext(db, sign_in(db), TaskRunner()), today=APRIL_10)
    qtbot.addWidget(form)
    with qtbot.waitSignal(form.plan_goals.loaded, timeout=60_000):
        form.show_review(_review(world))
    table = form.plan_goals.table
    lines = {table.item(r, 0).text(): (table.item(r, 4).text(), table.item(r, 5).text())
             for r in range(table.rowCount())}
    assert lines == {"Eight thousand 八千": (lines["Eight thousand 八千"][0], "met"),
                     "Three wins": ("2", "not met"), "Κλήσεις": ("50", "met")}
    assert "8,000" in lines["Eight thousand 八千"][0]
    assert form.plan_goals.summary.text().startswith("2 of 3 met")


def test_the_review_pdf_prints_the_goals_met_or_not(db, world, tmp_path):
    from models.reports.review_goals import attach_plan_goals
    from models.reports.review_pdf import render_review
    from tests.pdf_text import pdf_text
    import re
    _goals(db, world)
    review = _review(world)
    attach_plan_goals(db, [review], on=APRIL_10)
    pdf = render_review(review)
    text = re.sub(r"\s+", " ", pdf_text(pdf))
    assert "Goals of the sales plan due this quarter" in text
    assert "Three wins" in text and "not met" in text and "八千" in text
    assert "2 of 3 met" in text
    (tmp_path / "review.pdf").write_bytes(pdf)
    # a review without goals of the plan prints no such part
    bare = re.sub(r"\s+", " ", pdf_text(render_review(_review(world))))
    assert "Goals of the sales plan" not in bare


def test_a_week_saved_meanwhile_is_a_conflict_and_open_deals_are_the_reps(db, world):
    from sqlalchemy import select
    from models.db.funnel import Deal
    with db.read() as s:
        deals = dict(s.execute(select(Deal.title, Deal.id)).all())
    # only Ana has open deals in the world; her won ones are not offered
    assert svc.open_deals(db) == {world["ana"]: sorted(
        [(deals["Σύμβουλοι renewal"], "Σύμβουλοι renewal"),
         (deals["云服务 upsell"], "云服务 upsell")], key=lambda d: d[1])}
    svc.plan_sprint(db, world["ana"], FEB_15, calls=10, expected_version=0)
    seen = svc.sprint(db, world["ana"], FEB_15)
    svc.plan_sprint(db, world["ana"], FEB_15, calls=12, expected_version=seen.version)
    with pytest.raises(EditConflict):       # opened before the 12 was saved
        svc.plan_sprint(db, world["ana"], FEB_15, calls=99, expected_version=seen.version)
    with pytest.raises(EditConflict):       # opened as a new week, planned meanwhile
        svc.record_sprint_done(db, world["ana"], FEB_15, calls=1, meetings=0, proposals=0,
                               expected_version=0)
    assert svc.sprint(db, world["ana"], FEB_15).planned["calls"] == 12
    assert svc.sprint(db, world["ana"], FEB_15).done is None
