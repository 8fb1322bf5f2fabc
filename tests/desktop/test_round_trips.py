"""Round trips: the statements each page open and each common action send to the database.

Over a network every statement waits for the server's answer (2 ms each on an office link, far
more over a VPN), so a page that reads row by row is slow there however fast it is here. Each
count below is kept under the budget written beside it; a change that adds a query per row (an
N+1) multiplies a count and fails. Counted on both databases with a `before_cursor_execute`
listener on the engine; on PostgreSQL the login's session set-up statements count too.
"""
from __future__ import annotations

import datetime as dt
import time

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import event

from desktop.context import AppContext
from desktop.tasks import TaskRunner
from models.services.users import sign_in

TODAY = dt.date(2026, 11, 23)

# Budgets: what the pages sent on the demo company (40 reps, 34 reviews in the cycle) when this
# test was written (on the one database / the other), plus a little room. Known to be costly: the reviews list
# computes each review's figures (about 2 statements per review) and a review's figures take ~56;
# the numbers page reads per rep for its dashboard. Lower a budget when a page gets cheaper.
PAGE_BUDGETS = {
    "roster": 25,         # 20 / 19
    "territories": 10,    # 5 / 4
    "funnel": 40,         # 33 / 29 (board, filters, stage KPIs and their total)
    "numbers": 160,       # 141 / 74 (+18 since the goals read the company week and each team's holidays)
    "reviews": 140,       # 125 / 121 (cycles, teams, the list, the first review)
    "quality": 12,        # 8 / 7
    "analysis": 45,       # 34 / 32 (sales by slice, the customer base, agencies, deal sizes)
    "plans": 50,          # 41 / 33 (the plan's rollup and its goals measured)
    "notes": 10,          # 5 / 3
}
MOVE_A_CARD = 20          # 16 / 14 (version check, history, audit, the deal panel's reload)
SAVE_AN_ENTRY = 40        # 35 / 8 for four cells
OPEN_A_REVIEW = 65        # 57 / 56


class StatementCounter:
    def __init__(self, engine):
        self.engine = engine
        self.count = 0
        event.listen(engine, "before_cursor_execute", self._seen)

    def _seen(self, *_args) -> None:
        self.count += 1

    def take(self) -> int:
        count, self.count = self.count, 0
        return count

    def close(self) -> None:
        event.remove(self.engine, "before_cursor_execute", self._seen)


def settle(ctx, quiet_s: float = 0.3) -> None:
    """Run the loop until the page's background loads are done and shown."""
    app = QApplication.instance()
    deadline = time.monotonic() + 60
    quiet_since = time.monotonic()
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.005)
        if ctx.tasks._running:
            quiet_since = time.monotonic()
        elif time.monotonic() - quiet_since > quiet_s:
            return
    raise AssertionError("the page was still loading after 60 s")


@pytest.fixture
def counted(demo_db, qtbot):
    ctx = AppContext(db=demo_db, user=sign_in(demo_db), tasks=TaskRunner())
    counter = StatementCounter(demo_db.engine)
    yield ctx, counter
    ctx.tasks.wait()
    counter.close()


def open_page(qtbot, ctx, key: str):
    import importlib
    from desktop.pages import PAGES
    spec = next(p for p in PAGES if p.key == key)
    page_class = {"roster": "RosterPage", "territories": "TerritoriesPage", "funnel": "FunnelPage",
                  "numbers": "NumbersPage", "reviews": "ReviewsPage", "quality": "QualityPage",
                  "analysis": "AnalysisPage", "plans": "PlansPage",
                  "notes": "FieldNotesPage"}[key]
    page = getattr(importlib.import_module(spec.module), page_class)(ctx, today=TODAY)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    settle(ctx)
    return page


@pytest.mark.parametrize("key", list(PAGE_BUDGETS))
def test_opening_a_page_stays_within_its_budget(counted, qtbot, key):
    ctx, counter = counted
    counter.take()
    open_page(qtbot, ctx, key)
    sent = counter.take()
    assert 0 < sent <= PAGE_BUDGETS[key], f"opening {key} sent {sent} statements"


def test_moving_a_card_stays_within_its_budget(counted, qtbot):
    ctx, counter = counted
    page = open_page(qtbot, ctx, "funnel")
    column = next(c for c in page.board.columns if c.model.cards and not c.spec.closed)
    target = next(s for s in page.data.stages if s.id != column.spec.key and not s.closed)
    card = column.model.cards[0]
    counter.take()
    assert page.move_cards([card.id], target.id)
    settle(ctx)
    sent = counter.take()
    assert 0 < sent <= MOVE_A_CARD, f"moving a card sent {sent} statements"


def test_saving_an_entry_stays_within_its_budget(counted, qtbot):
    ctx, counter = counted
    page = open_page(qtbot, ctx, "numbers")
    entry = page.entry
    page.tabs.setCurrentWidget(entry)
    entry.date.setDate(entry.date.date().addDays(1))
    settle(ctx)
    entry.model.paste_text(0, 0, "40\t25\n38\t22\n")
    counter.take()
    assert entry.save() == 4
    sent = counter.take()
    assert 0 < sent <= SAVE_AN_ENTRY, f"saving four cells sent {sent} statements"


def test_opening_a_review_stays_within_its_budget(counted, qtbot):
    ctx, counter = counted
    page = open_page(qtbot, ctx, "reviews")
    assert len(page.rows) > 1
    counter.take()
    page.table.selectRow(1)
    settle(ctx)
    sent = counter.take()
    assert page.form.detail is not None and page.form.detail.id == page.rows[1].id
    assert 0 < sent <= OPEN_A_REVIEW, f"opening a review sent {sent} statements"


# -- the GUI thread never waits on the database ----------------------------------------------------
class GuiThreadStatements:
    """The statements sent from the GUI thread (each with where it came from): on a server
    across a network each one would freeze the window for a round trip."""

    def __init__(self, engine):
        self.engine = engine
        self.seen: list[str] = []
        self.total = 0
        event.listen(engine, "before_cursor_execute", self._seen)

    def _seen(self, _conn, _cursor, statement, *_args) -> None:
        import threading
        import traceback
        self.total += 1
        if threading.current_thread() is threading.main_thread():
            where = [f"{f.filename.rsplit('/', 2)[-2]}/{f.filename.rsplit('/', 1)[-1]}:{f.lineno}"
                     for f in traceback.extract_stack()
                     if "/desktop/" in f.filename or "/widgets/" in f.filename]
            self.seen.append(f"{statement.split()[0]} from {' <- '.join(reversed(where[-3:]))}")

    def close(self) -> None:
        event.remove(self.engine, "before_cursor_execute", self._seen)


@pytest.mark.parametrize("key", [p.key for p in __import__("desktop.pages").pages.PAGES])
def test_a_page_opens_and_refreshes_with_no_statement_on_the_gui_thread(demo_db, qtbot, tmp_path,
                                                                        key):
    """As the window does it: the page is chosen, the database opened, then another workstation's
    change of everything is announced (a reconnect, an import) and the page reloads."""
    from PySide6.QtCore import QSettings
    from desktop.main_window import MainWindow
    from desktop.settings import Settings
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    settings.set_last_page(key)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    ctx = AppContext(db=demo_db, user=sign_in(demo_db), tasks=TaskRunner(window))
    statements = GuiThreadStatements(demo_db.engine)
    try:
        window.set_context(ctx)
        settle(ctx)
        assert window.page(key) is not None
        opened = statements.total
        ctx.changed.emit("*")
        settle(ctx)
        assert opened > 0 and statements.total > opened, "the page read nothing"
        assert statements.seen == [], f"{key}: {len(statements.seen)} statements on the GUI " \
            "thread:\n" + "\n".join(dict.fromkeys(statements.seen))
    finally:
        ctx.tasks.wait()
        statements.close()


def test_dialogs_with_lists_read_them_off_the_gui_thread(demo_db, qtbot):
    """The dialogs that open on lists read from the database (a record's history, the lost
    reasons with their deal counts, the incentive plans, a new training session's courses and
    teams) read them through the window's runner, and show them once read."""
    from desktop.funnel.dialogs import LostReasonsDialog
    from desktop.history_dialog import HistoryDialog
    from desktop.quality.incentives import PlanDialog
    from desktop.quality.training_dialogs import SessionDialog
    from models.services.funnel import lost_reason_catalogue
    ctx = AppContext(db=demo_db, user=sign_in(demo_db), tasks=TaskRunner())
    from sqlalchemy import select
    from models.db.core import Rep
    from models.services.history import rep_history
    with demo_db.write() as s:      # an edit: the rep's history has an entry at least
        rep = s.get(Rep, s.scalar(select(Rep.id).order_by(Rep.id)))
        rep.phone, rep_id = "+63 917 555 0101", rep.id
    events = len(rep_history(demo_db, rep_id, viewer=ctx.user))
    reasons = len(lost_reason_catalogue(demo_db))
    statements = GuiThreadStatements(demo_db.engine)
    try:
        dialogs = {"history": HistoryDialog(ctx, "reps", rep_id),
                   "lost reasons": LostReasonsDialog(demo_db, tasks=ctx.tasks),
                   "incentive plans": PlanDialog(ctx),
                   "training session": SessionDialog(ctx, today=TODAY)}
        for dialog in dialogs.values():
            qtbot.addWidget(dialog)
            dialog.show()
        settle(ctx)
        assert not any(d.loading for d in dialogs.values())
        assert statements.seen == [], "\n".join(dict.fromkeys(statements.seen))
        assert statements.total > 0
    finally:
        ctx.tasks.wait()
        statements.close()
    assert dialogs["history"].view.tree.topLevelItemCount() == events > 0
    assert dialogs["lost reasons"].table.rowCount() == reasons > 0
    assert dialogs["incentive plans"].plans.count() > 0 and dialogs["incentive plans"].isEnabled()
    assert dialogs["training session"].course.count() > 0
    assert dialogs["training session"].team.count() > 1      # "open to every team" and the teams


def test_the_goals_dialog_opens_on_goals_read_off_the_gui_thread(demo_db, qtbot, monkeypatch):
    from desktop.numbers.settings_dialogs import GoalDialog
    from models.services.activity import goals
    ctx = AppContext(db=demo_db, user=sign_in(demo_db), tasks=TaskRunner())
    page = open_page(qtbot, ctx, "numbers")
    opened = []
    monkeypatch.setattr(GoalDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    statements = GuiThreadStatements(demo_db.engine)
    try:
        page.edit_goals()
        assert opened == []                 # not before its goals are read
        settle(ctx)
        assert statements.seen == [], "\n".join(dict.fromkeys(statements.seen))
    finally:
        ctx.tasks.wait()
        statements.close()
    [dialog] = opened
    qtbot.addWidget(dialog)
    assert len(dialog._goals) == len(list(goals(demo_db))) > 0
    assert dialog.metric_box.count() > 0 and dialog.in_force.text()
