"""The Numbers page's small courtesies: the entry grid opens on the last working day, the goal
form starts from the goal in force, and scheduling a one-on-one is confirmed in the status bar."""
import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QThreadPool, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMainWindow

from desktop.context import AppContext
from desktop.numbers.page import NumbersPage
from desktop.numbers.settings_dialogs import GoalDialog
from desktop.tasks import TaskRunner
from models.domain.activity_goals import Goal, goal_for_scope, last_working_day
from models.services import activity as svc

SUNDAY = dt.date(2026, 11, 29)


def test_last_working_day():
    assert last_working_day(SUNDAY) == dt.date(2026, 11, 27)              # Friday
    assert last_working_day(dt.date(2026, 11, 27)) == dt.date(2026, 11, 27)
    assert last_working_day(dt.date(2026, 11, 30), {dt.date(2026, 11, 30)}) == SUNDAY - \
        dt.timedelta(days=2)


def test_goal_for_scope_is_the_one_a_new_goal_replaces():
    goals = [Goal(1, "day", Decimal(25), dt.date(2026, 1, 1)),                 # company
             Goal(1, "day", Decimal(35), dt.date(2026, 6, 1), team_id=7),      # team 7
             Goal(1, "week", Decimal(150), dt.date(2026, 9, 1), rep_id=3)]     # rep 3
    day = dt.date(2026, 11, 20)
    assert goal_for_scope(goals, 1, "team", 7, day).target == 35
    assert goal_for_scope(goals, 1, "team", 8, day).target == 25
    assert goal_for_scope(goals, 1, "company", None, day).target == 25
    assert goal_for_scope(goals, 1, "rep", 3, day, 7).target == 150
    assert goal_for_scope(goals, 1, "rep", 4, day, 7).target == 35
    assert goal_for_scope(goals, 2, "team", 7, day) is None


@pytest.fixture
def window(qtbot, demo_db):
    ctx = AppContext(db=demo_db, user=None, tasks=TaskRunner())
    win = QMainWindow()
    page = NumbersPage(ctx, today=SUNDAY)
    win.setCentralWidget(page)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitUntil(lambda: page.dashboard.data is not None, timeout=30_000)
    yield win, page
    QThreadPool.globalInstance().waitForDone()
    qtbot.wait(10)


def test_entry_opens_on_friday_and_scheduling_is_confirmed(qtbot, window, demo_db):
    win, page = window
    assert page.entry.date.date().toPython() == dt.date(2026, 11, 27)
    dashboard = page.dashboard
    dashboard.attention_view.selectRow(0)
    first = dashboard.data.attention[0]
    dialog = dashboard.schedule_selected()
    with qtbot.waitSignal(dashboard.scheduled):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)
    message = win.statusBar().currentMessage()
    assert message.startswith(f"One-on-one with {first.rep_name} scheduled for ")
    assert "Nov 2026" in message
    # the urgency column is whole points, and each reason says what it adds
    model = dashboard.attention_model
    assert model.row(0)[0] == first.urgency_points and "(+" in model.row(0)[2]
    assert "points" in str(model.headerData(0, Qt.Orientation.Horizontal,
                                            Qt.ItemDataRole.ToolTipRole))
    win.resize(1024, 700)
    qtbot.wait(50)


def test_goal_form_starts_from_the_goal_in_force(qtbot, demo_db):
    teams = svc.list_teams(demo_db)
    team_id, team_name = teams[0]
    metric = svc.list_metrics(demo_db, team_id)[0]
    svc.set_goal(demo_db, metric.id, "day", Decimal(35), dt.date(2026, 1, 5), team_id=team_id,
                 note="test")
    dialog = GoalDialog(demo_db, team_id, team_name)
    qtbot.addWidget(dialog)
    dialog.metric_box.setCurrentIndex(dialog.metric_box.findData(metric.id))
    dialog.scope.setCurrentIndex(0)                      # the team's default
    assert dialog.target.value() == 35 and dialog.per.currentData() == "day"
    assert "In force: 35 a day" in dialog.in_force.text()


def test_a_read_that_fails_is_said_in_words_on_the_page(qtbot, demo_db, monkeypatch):
    """The server away while the page reads in the background: a sentence where the figures go,
    no traceback; the reconnect (a change of everything) reads again and the sentence goes."""
    from sqlalchemy.exc import OperationalError
    import desktop.numbers.page as page_module
    import desktop.numbers.talks as talks_module

    def away(*_args, **_kwargs):
        raise OperationalError("SELECT 1", {}, Exception("server closed the connection"))
    real_setup, real_list = page_module.read_setup, talks_module.talks.list_one_on_ones
    monkeypatch.setattr(page_module, "read_setup", away)
    monkeypatch.setattr(talks_module.talks, "list_one_on_ones", away)
    ctx = AppContext(db=demo_db, user=None, tasks=TaskRunner())
    page = NumbersPage(ctx, today=dt.date(2026, 11, 23))
    qtbot.addWidget(page)
    page.show()
    page.talks.reload()
    qtbot.waitUntil(lambda: not page.busy and not ctx.tasks.busy, timeout=20_000)
    assert page.problem.isVisible() and page.problem.text().startswith("Could not load: ")
    assert page.talks.history.toPlainText().startswith("Could not load: ")
    assert "Traceback" not in page.problem.text()
    monkeypatch.setattr(page_module, "read_setup", real_setup)
    monkeypatch.setattr(talks_module.talks, "list_one_on_ones", real_list)
    ctx.changed.emit("*")
    qtbot.waitUntil(lambda: not page.busy and not ctx.tasks.busy, timeout=20_000)
    assert not page.problem.isVisible() and page.team.count() > 1 and page.talks.rows
