"""Deleting a plan or a goal, on both databases: a plan goes with its goals and the plans split
from it, every row deleted is in the history, a record changed meanwhile is not deleted, a role
that may not plan is refused by the app — and on PostgreSQL by the server too."""
import datetime as dt
import uuid
from decimal import Decimal

import pytest

from models.db.errors import ConflictError, PermissionDenied, refused_by_server
from models.domain.enums import UserRole
from models.domain.quotas import quarter_of, year_of
from models.domain.sales_plan import Targets
from models.services import sales_plan as svc
from models.services.history import history
from models.services.users import CurrentUser

Q1 = quarter_of(dt.date(2027, 1, 1))
YEAR = year_of(dt.date(2027, 1, 1))


def _usd(revenue):
    return Targets(revenue=Decimal(revenue), currency="USD")


def _goal(db, plan_id, title="Κλείσε 5", deadline=YEAR.end):
    return svc.add_goal(db, plan_id, title=title, owner="王伟", deadline=deadline,
                        measure="won_deals", target=Decimal(5))


def _user(role, team_id=None):
    return CurrentUser("someone", "Someone", role, team_id)


def test_a_goal_is_deleted_and_the_delete_is_in_the_history(db, world):
    plan_id = svc.set_plan(db, level="team", team_id=world["north"], period=Q1,
                           targets=_usd(40000))
    goal_id, kept = _goal(db, plan_id), _goal(db, plan_id, "New clients 新客户")
    version = svc.goal(db, goal_id, on=Q1.end).version
    svc.delete_goal(db, _user(UserRole.SALES_MANAGER, world["north"]), goal_id, version)
    assert [g.id for g in svc.goals(db, on=Q1.end)] == [kept]
    assert [e.action for e in history(db, "plan_goals", goal_id)] == ["insert", "delete"]
    assert svc.plan(db, plan_id).id == plan_id            # its plan stays


def test_a_plan_goes_with_its_goals_and_the_plans_split_from_it(db, world):
    year = svc.set_plan(db, level="rep", rep_id=world["wei"], period=YEAR, targets=_usd(80000))
    quarters = svc.split_plan(db, year, "quarter")
    months = svc.split_plan(db, quarters[0].id, "month")
    own, in_quarter, in_month = (_goal(db, year), _goal(db, quarters[1].id),
                                 _goal(db, months[2].id))
    other = svc.set_plan(db, level="rep", rep_id=world["ana"], period=YEAR, targets=_usd(1))
    others_goal = _goal(db, other)
    assert svc.plan_deletion(db, year) == svc.PlanDeletion(sub_plans=7, goals=3)
    gone = svc.delete_plan(db, _user(UserRole.ADMIN), year, svc.plan(db, year).version)
    assert gone == svc.PlanDeletion(sub_plans=7, goals=3)
    assert [p.id for p in svc.plans_for(db, YEAR)] == [other]
    assert svc.plans_for(db, Q1) == []
    assert [g.id for g in svc.goals(db, on=Q1.end)] == [others_goal]
    # every row deleted is in the history, not only the plan the user chose
    for table, row_id in [("sales_plans", year), ("sales_plans", quarters[1].id),
                          ("sales_plans", months[2].id), ("plan_goals", own),
                          ("plan_goals", in_quarter), ("plan_goals", in_month)]:
        assert history(db, table, row_id)[-1].action == "delete", (table, row_id)


def test_a_plan_or_goal_changed_meanwhile_is_not_deleted(db, world):
    plan_id = svc.set_plan(db, level="team", team_id=world["north"], period=Q1,
                           targets=_usd(40000))
    goal_id = _goal(db, plan_id)
    opened_plan = svc.plan(db, plan_id).version
    opened_goal = svc.goal(db, goal_id, on=Q1.end)
    svc.set_plan(db, level="team", team_id=world["north"], period=Q1, targets=_usd(41000))
    svc.update_goal(db, goal_id, opened_goal.version, title="Κλείσε 6", owner="王伟",
                    deadline=Q1.end, measure="won_deals", target=Decimal(6))
    with pytest.raises(ConflictError) as plan_conflict:
        svc.delete_plan(db, None, plan_id, opened_plan)
    assert "nothing was deleted" in str(plan_conflict.value)
    assert "North" in str(plan_conflict.value)
    with pytest.raises(ConflictError) as goal_conflict:
        svc.delete_goal(db, None, goal_id, opened_goal.version)
    assert "Κλείσε 6" in str(goal_conflict.value) and "nothing was deleted" in \
        str(goal_conflict.value)
    assert svc.plan(db, plan_id).targets.revenue == Decimal(41000)
    assert svc.goal(db, goal_id, on=Q1.end).title == "Κλείσε 6"
    # deleted by someone else meanwhile: said so, not an error of the driver
    svc.delete_goal(db, None, goal_id, opened_goal.version + 1)
    with pytest.raises(ConflictError) as deleted:
        svc.delete_goal(db, None, goal_id, opened_goal.version + 1)
    assert "deleted" in str(deleted.value)


def test_a_role_that_may_not_plan_there_is_refused(db, world):
    company = svc.set_plan(db, level="company", period=Q1, targets=_usd(100000))
    south = svc.set_plan(db, level="team", team_id=world["south"], period=Q1, targets=_usd(1))
    goal_id = _goal(db, south)
    manager = _user(UserRole.SALES_MANAGER, world["north"])
    refusals = [
        lambda: svc.delete_plan(db, _user(UserRole.TRAINER), south, 1),
        lambda: svc.delete_plan(db, manager, company, 1),         # the company's: read-only
        lambda: svc.delete_plan(db, manager, south, 1),           # another team's
        lambda: svc.delete_goal(db, manager, goal_id, 1),
        lambda: svc.delete_goal(db, _user(UserRole.TRAINER), goal_id, 1)]
    for refused in refusals:
        with pytest.raises(PermissionDenied):
            refused()
    assert {p.id for p in svc.plans_for(db, Q1)} == {company, south}
    assert [g.id for g in svc.goals(db, on=Q1.end)] == [goal_id]
    svc.delete_plan(db, _user(UserRole.HR), company, 1)
    assert [p.id for p in svc.plans_for(db, Q1)] == [south]


def test_on_postgresql_the_server_refuses_a_delete_the_login_may_not_make(db, db_url, backend,
                                                                         world):
    if backend != "postgresql":
        pytest.skip("SQLite has no per-user security")
    from models.db.migrate import open_database
    from tests.pg_logins import drop_logins, register_login
    company = svc.set_plan(db, level="company", period=Q1, targets=_usd(100000))
    north = svc.set_plan(db, level="team", team_id=world["north"], period=Q1, targets=_usd(1))
    south = svc.set_plan(db, level="team", team_id=world["south"], period=Q1, targets=_usd(1))
    north_goal, south_goal = _goal(db, north), _goal(db, south)
    tag = uuid.uuid4().hex[:8]
    logins = [f"rdp_{tag}_mgr", f"rdp_{tag}_trn"]
    manager = open_database(register_login(db_url, logins[0], "manager", team="North"))
    trainer = open_database(register_login(db_url, logins[1], "trainer"))
    try:
        # no `acting`: only the server's grants and row security decide. A trainer has no
        # privilege on plans at all; the company's plan a manager reads but may not delete
        # (policy repdesk_shared_delete: the row is not deleted, the app hears a conflict)
        with pytest.raises(Exception) as refused:
            svc.delete_plan(trainer, None, north, 1)
        assert refused_by_server(refused.value) is not None
        with pytest.raises(Exception) as refused:
            svc.delete_goal(trainer, None, north_goal, 1)
        assert refused_by_server(refused.value) is not None
        with pytest.raises(ConflictError):
            svc.delete_plan(manager, None, company, 1)
        # another team's rows are not even there for the manager: nothing to delete
        with pytest.raises(ConflictError):
            svc.delete_goal(manager, None, south_goal, 1)
        with pytest.raises(ConflictError):
            svc.delete_plan(manager, None, south, 1)
        # their own team's plan and goal they delete
        svc.delete_plan(manager, None, north, 1)
    finally:
        manager.dispose()
        trainer.dispose()
        drop_logins(db_url, logins)
    assert {p.id for p in svc.plans_for(db, Q1)} == {company, south}
    assert [g.id for g in svc.goals(db, on=Q1.end)] == [south_goal]
    events = history(db, "plan_goals", north_goal)
    assert [e.action for e in events] == ["insert", "delete"] and events[-1].user == logins[0]


# -- the page ------------------------------------------------------------------------------------
def _page(qtbot, db, user):
    from desktop.context import AppContext
    from desktop.plans.page import PlansPage
    from desktop.tasks import TaskRunner
    page = PlansPage(AppContext(db, user, TaskRunner()), today=dt.date(2027, 2, 14))
    qtbot.addWidget(page)
    page.period.setCurrentIndex([p.label() for p in page.periods].index("2027-Q1"))
    qtbot.waitUntil(lambda: not page.busy and page.view is not None
                    and page.view.period == Q1, timeout=30_000)
    return page


def _select(view, row):
    from PySide6.QtCore import QItemSelectionModel
    flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
             | QItemSelectionModel.SelectionFlag.Rows)
    view.selectionModel().select(view.model().index(row, 0), flags)


def test_the_page_deletes_a_goal_and_a_plan_after_confirmation(qtbot, db, world, monkeypatch):
    from PySide6.QtWidgets import QMessageBox
    from models.services.users import sign_in
    north = svc.set_plan(db, level="team", team_id=world["north"], period=Q1,
                         targets=_usd(40000))
    svc.set_plan(db, level="team", team_id=world["south"], period=Q1, targets=_usd(50000))
    _goal(db, north, "Μεγαλύτερα συμβόλαια", Q1.end)
    svc.add_goal(db, north, title="New clients 新客户", owner="Ana", deadline=Q1.end,
                 measure="new_accounts", target=Decimal(2))
    page = _page(qtbot, db, sign_in(db))
    assert not page.delete_plan.isEnabled() and not page.delete_goal.isEnabled()
    asked = []

    def answer(reply):
        return lambda _parent, title, text, *a, **k: (asked.append((title, text)), reply)[1]

    goals = [page.goal_model.cell(r, 0) for r in range(page.goal_model.rowCount())]
    _select(page.goal_view, goals.index("New clients 新客户"))
    assert page.delete_goal.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    page.delete_goal.click()
    assert "New clients 新客户" in asked[-1][1] and not page.busy   # said no: nothing happens
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    page.delete_goal.click()
    qtbot.waitUntil(lambda: not page.busy and page.goal_model.rowCount() == 1, timeout=30_000)
    assert [g.title for g in svc.goals(db, on=Q1.end)] == ["Μεγαλύτερα συμβόλαια"]
    assert "was deleted" in page.status.text()

    labels = [page.rollup_model.cell(r, 0).strip() for r in range(page.rollup_model.rowCount())]
    _select(page.rollup_view, labels.index("North"))
    assert page.delete_plan.isEnabled()
    page.delete_plan.click()
    qtbot.waitUntil(lambda: not page.busy and svc.plans_for(db, Q1) != []
                    and len(svc.plans_for(db, Q1)) == 1, timeout=30_000)
    title, text = asked[-1]
    assert title == "Delete plan" and "North" in text and "1 goal" in text
    qtbot.waitUntil(lambda: not page.busy and page.goal_model.rowCount() == 0, timeout=30_000)
    assert {p.owner_name for p in svc.plans_for(db, Q1)} == {"Timog"}
    assert svc.goals(db, on=Q1.end) == []


def test_the_delete_actions_are_off_for_a_role_that_may_not_plan(qtbot, db, world):
    north = svc.set_plan(db, level="team", team_id=world["north"], period=Q1,
                         targets=_usd(40000))
    _goal(db, north, deadline=Q1.end)
    svc.set_plan(db, level="company", period=Q1, targets=_usd(100000))
    trainer = _page(qtbot, db, _user(UserRole.TRAINER))
    _select(trainer.goal_view, 0)
    assert not trainer.delete_goal.isEnabled()
    assert "Trainers" in trainer.delete_goal.toolTip()
    manager = _page(qtbot, db, _user(UserRole.SALES_MANAGER, world["north"]))
    labels = [manager.rollup_model.cell(r, 0).strip()
              for r in range(manager.rollup_model.rowCount())]
    _select(manager.rollup_view, labels.index("Company"))
    assert not manager.delete_plan.isEnabled()        # the company's plan: read-only to them
    _select(manager.rollup_view, labels.index("North"))
    assert manager.delete_plan.isEnabled()
    _select(manager.goal_view, 0)
    assert manager.delete_goal.isEnabled()
