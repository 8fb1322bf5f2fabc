"""Readable at any size: every page (each of its tabs) at 1024×700 and 1280×800, and every dialog,
shows its labels, buttons and column headers whole and keeps its widgets inside the window; the
window never grows to fit a page and can be made as small as 1024×700.

The check itself (tests/desktop/layout_check.py) measures text with the widget's font metrics.
Layout does not depend on the database, so this runs on SQLite only (the demo company).
"""
from __future__ import annotations

import datetime as dt
import itertools
import time

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialog, QTabWidget

from desktop.context import AppContext
from desktop.main_window import MainWindow
from desktop.pages import PAGES
from desktop.settings import Settings
from desktop.tasks import TaskRunner
from models.services.users import sign_in
from tests.desktop.layout_check import cut_texts

SIZES = [(1024, 700), (1280, 800)]


@pytest.fixture
def backend():
    return "sqlite"


def settle(ctx, ms: int = 300) -> None:
    """Let the pages' background loads finish and their results be shown (charts made and drawn
    a turn at a time included: widgets.turns)."""
    from widgets.turns import queue
    app = QApplication.instance()
    deadline = time.monotonic() + 60
    quiet_since = time.monotonic()
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.005)
        if ctx.tasks._running or queue().pending:
            quiet_since = time.monotonic()
        elif time.monotonic() - quiet_since > ms / 1000:
            return


@pytest.fixture
def window(qtbot, tmp_path, demo_db):
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.show()
    ctx = AppContext(db=demo_db, user=sign_in(demo_db), tasks=TaskRunner(win), settings=settings)
    win.set_context(ctx)
    settle(ctx)
    yield win
    ctx.tasks.wait()


def tab_widgets(widget):
    return [t for t in widget.findChildren(QTabWidget) if t.isVisibleTo(widget.window())]


def each_tab(page, ctx):
    """Show every tab of the page's tab widgets in turn (nested ones too), yielding a name."""
    seen = set()

    def walk(prefix):
        for tabs in tab_widgets(page):
            if id(tabs) in seen:
                continue
            seen.add(id(tabs))
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                settle(ctx, 150)
                name = f"{prefix}/{tabs.tabText(index).replace('&&', '&')}"
                yield name
                yield from walk(name)
    yield from walk("")


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_page_fits_and_nothing_is_cut(window, size):
    width, height = size
    window.resize(width, height)
    problems = set()
    for row, spec in enumerate(PAGES):
        window.sidebar.setCurrentRow(row)
        settle(window.ctx)
        page = window.page(spec.key)
        for tab in itertools.chain([""], each_tab(page, window.ctx)):   # checked as shown
            problems.update(f"{spec.title}{tab}: {found}" for found in cut_texts(window))
            if (window.width(), window.height()) != (width, height):
                problems.add(f"{spec.title}{tab}: made the window "
                             f"{window.width()}×{window.height()}")
                window.resize(width, height)
    hint = window.minimumSizeHint()
    if hint.width() > 1024 or hint.height() > 700:
        problems.add(f"the window cannot shrink below {hint.width()}×{hint.height()}")
    assert not problems, "\n".join(sorted(problems))


def _dialogs(ctx, pages):
    """Every dialog a user can open from the pages, as the pages open them (not yet shown)."""
    from sqlalchemy import select

    from desktop.funnel.dialogs import LostReasonDialog, LostReasonsDialog
    from desktop.history_dialog import HistoryDialog
    from desktop.first_start import FirstStartDialog
    from desktop.numbers.settings_dialogs import AlertSettingsDialog, GoalDialog, MetricDialog
    from desktop.numbers.talks import ScheduleDialog, TeamMeetingsDialog
    from desktop.quality.evaluations import EvaluationDialog
    from desktop.reviews.plan_dialog import PlanDialog
    from models.db.core import Rep
    from models.services import funnel
    from models.services.reps import get_rep
    db = ctx.db
    with db.read() as s:
        rep_id, name, team_id = s.execute(select(Rep.id, Rep.full_name, Rep.team_id)
                                          .where(Rep.team_id.is_not(None)).order_by(Rep.id)).first()
    reasons = funnel.board_options(db).lost_reasons
    training = pages["quality"].tab(3)
    commission = next(pages["quality"].tab(i) for i, (title, _) in
                      enumerate(pages["quality"].specs) if title == "Commission")
    return {
        "rep editor": lambda: pages["roster"].open_editor(
            get_rep(db, rep_id, sees_compensation=True)),
        "new rep": lambda: pages["roster"].add_rep(exec_dialog=False),
        "lost reason": lambda: LostReasonDialog(reasons, 3),
        "lost reasons": lambda: LostReasonsDialog(db),
        "goals": lambda: GoalDialog(db, team_id, "Jakarta Field Sales"),
        "metric": lambda: MetricDialog(db, team_id, "Jakarta Field Sales"),
        "alert settings": lambda: AlertSettingsDialog(db, team_id, "Jakarta Field Sales"),
        "one-on-one": lambda: ScheduleDialog(db, rep_id, name),
        "team meetings": lambda: TeamMeetingsDialog(db, team_id, "Jakarta Field Sales"),
        "improvement plan": lambda: PlanDialog(ctx, rep_id, name, start=dt.date(2026, 11, 23),
                                               reason="Review 2026-Q3: rated 2.10."),
        "history": lambda: HistoryDialog(ctx, "reps", rep_id, title=name),
        "first start": lambda: FirstStartDialog("/home/user/.local/share/Repdesk/company.sqlite"),
        "evaluation": lambda: EvaluationDialog(ctx, today=dt.date(2026, 11, 23)),
        "course": lambda: training.new_course(run=False),
        "training session": lambda: training.new_session(run=False),
        "incentive plans": lambda: commission.edit_plans(run=False),
    }


def test_every_dialog_fits_a_small_screen_and_nothing_is_cut(window, qtbot):
    pages = {}
    for row, spec in enumerate(PAGES):
        window.sidebar.setCurrentRow(row)
        settle(window.ctx)
        pages[spec.key] = window.page(spec.key)
    problems = []
    for title, make in _dialogs(window.ctx, pages).items():
        dialog: QDialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        settle(window.ctx, 100)
        hint = dialog.minimumSizeHint()
        if hint.width() > 1024 or hint.height() > 700:
            problems.append(f"{title}: needs at least {hint.width()}×{hint.height()}")
        problems += [f"{title}: {found}" for found in cut_texts(dialog)]
        dialog.reject()
    assert not problems, "\n".join(problems)
