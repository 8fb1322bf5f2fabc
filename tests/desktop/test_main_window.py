"""The shell as a user meets it: the window opens on a database, names it, and every page opens."""
import pytest
from PySide6.QtCore import QSettings

from desktop.context import AppContext
from desktop.main_window import MainWindow
from desktop.pages import PAGES
from desktop.settings import Settings
from desktop.tasks import TaskRunner
from models.services.users import sign_in
from tests.window_pages import go_to_page


@pytest.fixture
def settings(tmp_path):
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(qtbot, settings, demo_db):
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.show()
    ctx = AppContext(db=demo_db, user=sign_in(demo_db), tasks=TaskRunner(win))
    win.set_context(ctx)
    yield win
    win.close()
    qtbot.waitUntil(lambda: not ctx.tasks.busy, timeout=20_000)   # loads end before the database


def test_status_bar_names_the_database_and_the_user(window, demo_db):
    text = window.db_label.text()
    assert demo_db.describe() in text
    assert "tester" in text and "admin" in text  # the first user of the file is its admin


def test_every_page_opens_on_the_demo_company(window, qtbot):
    for row, spec in enumerate(PAGES):
        window.sidebar.setCurrentRow(row)
        # a page whose code is not read yet shows "Loading…" and is built once it is
        qtbot.waitUntil(lambda: window.page(spec.key) is not None, timeout=20_000)
        assert window.stack.currentWidget() is window.page(spec.key)


def test_page_shortcuts_and_remembered_page(window, settings, qtbot):
    window.sidebar.setCurrentRow(2)
    window.close()   # the page is remembered when the window closes
    assert settings.last_page() == PAGES[2].key
    reopened = MainWindow(settings)
    qtbot.addWidget(reopened)
    assert reopened.sidebar.currentRow() == 2


def test_open_runs_off_the_gui_thread_and_reports_errors(qtbot, settings, tmp_path, monkeypatch):
    from desktop import app as app_module
    from PySide6.QtWidgets import QMessageBox
    win = MainWindow(settings)
    qtbot.addWidget(win)
    controller = app_module.Controller(win, "tester")
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args[2]))
    monkeypatch.setattr(controller, "welcome", lambda: None)
    bogus = tmp_path / "bogus.sqlite"
    bogus.write_text("not a database")
    controller.open("file", str(bogus))
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert "not a Repdesk database" in shown[0]
    good = tmp_path / "good.sqlite"
    controller.open("file", str(good))
    qtbot.waitUntil(lambda: controller.workspace is not None, timeout=20_000)
    assert str(good) in win.db_label.text()
    controller.workspace.db.dispose()


def test_history_of_the_selected_rep(window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))
    roster = go_to_page(qtbot, window, "roster")
    qtbot.waitUntil(lambda: roster.model.rowCount() > 0, timeout=20_000)
    roster.table.clearSelection()
    window.show_history()
    assert told and "Select a rep" in told[0]
    roster.table.selectRow(0)
    table, rep_id, title = roster.current_record()
    assert table == "reps" and title
    window.show_history()
    dialog = window._history
    qtbot.addWidget(dialog)
    assert title in dialog.windowTitle()


def test_a_trainer_is_offered_quality_and_training_only(qtbot, settings, demo_db):
    import dataclasses

    from models.domain.enums import UserRole
    win = MainWindow(settings)
    qtbot.addWidget(win)
    trainer = dataclasses.replace(sign_in(demo_db), role=UserRole.TRAINER)
    win.sidebar.setCurrentRow([p.key for p in PAGES].index("reviews"))
    ctx = AppContext(db=demo_db, user=trainer, tasks=TaskRunner(win))
    win.set_context(ctx)
    shown = {spec.key for row, spec in enumerate(PAGES) if not win.sidebar.item(row).isHidden()}
    assert shown == {"quality"}
    assert PAGES[win.sidebar.currentRow()].key == "quality"
    qtbot.waitUntil(lambda: win.page("quality") is not None, timeout=20_000)
    assert win.page("reviews") is None
    for key in ("reviews", "roster", "funnel"):  # a shortcut to a hidden page does nothing
        win.sidebar.setCurrentRow([p.key for p in PAGES].index(key))
        assert win.page(key) is None
    win.close()
    qtbot.waitUntil(lambda: not ctx.tasks.busy, timeout=20_000)   # its loads end here


def test_history_of_a_review_a_territory_and_a_quota(window, qtbot, monkeypatch):
    """Ctrl+H opens the history of what is selected on the reviews and territories pages too."""
    opened = []
    monkeypatch.setattr("desktop.history_dialog.open_history",
                        lambda ctx, table, row_id, title=None, parent=None: opened.append(
                            (table, row_id, title)))
    reviews = go_to_page(qtbot, window, "reviews")
    qtbot.waitUntil(lambda: reviews.table.model().rowCount() > 0 and not reviews.busy,
                    timeout=20_000)
    reviews.table.selectRow(0)
    window.show_history()
    row = reviews.rows[0]
    assert opened[-1] == ("reviews", row.id, f"{row.rep_name} ({reviews.cycle.currentText()})")
    territories = go_to_page(qtbot, window, "territories")
    qtbot.waitUntil(lambda: not territories.busy, timeout=20_000)   # read in the background
    territory = next(n for n in territories.nodes.values() if n.parent_id is not None)
    territories.show_history("territory", territory.id)
    territories.tabs.setCurrentIndex(0)
    window.show_history()
    assert opened[-1] == ("territories", territory.id, territory.name)
    with_quota = next(n for n in territories.nodes.values() if n.quota)
    territories.show_history("territory", with_quota.id)
    territories.tabs.setCurrentWidget(territories.quotas)
    window.show_history()
    assert opened[-1][0] == "quotas" and opened[-1][1] == territories.quotas.view.own.id
    assert opened[-1][2].startswith(f"Quota of {with_quota.name}, ")
