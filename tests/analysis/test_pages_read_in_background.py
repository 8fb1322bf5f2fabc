"""The Quality, Reviews, Plans and Analysis pages never read the database on the GUI thread while
they open or refresh: a statement there freezes the window for as long as the server takes to
answer (longer over a VPN, and seconds on a big company). Every statement is watched with a
`before_cursor_execute` listener that notes the ones sent from the main thread.

The thread does not depend on the database, so this runs on SQLite only (the demo company).
"""
from __future__ import annotations

import threading
import time
import traceback

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import event

from desktop.context import AppContext
from desktop.tasks import TaskRunner
from models.services.users import sign_in

PAGES = {"quality": "desktop.quality.page", "reviews": "desktop.reviews.page",
         "plans": "desktop.plans.page", "analysis": "desktop.analysis.page"}


@pytest.fixture
def backend():
    return "sqlite"


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


class GuiThreadStatements:
    """The statements sent from the GUI thread, each with where it was sent from."""

    def __init__(self, engine):
        self.engine = engine
        self.seen: list[str] = []
        self.all = 0
        event.listen(engine, "before_cursor_execute", self._seen)

    def _seen(self, _conn, _cursor, statement, *_args) -> None:
        self.all += 1
        if threading.current_thread() is threading.main_thread():
            ours = [f"{f.filename.split('/main/')[-1]}:{f.lineno} {f.name}"
                    for f in traceback.extract_stack() if "/desktop/" in f.filename
                    or "/widgets/" in f.filename]
            self.seen.append(f"{statement.split()[0]} … from {' <- '.join(reversed(ours[-4:]))}")

    def close(self) -> None:
        event.remove(self.engine, "before_cursor_execute", self._seen)


@pytest.mark.parametrize("key", list(PAGES))
def test_the_page_opens_and_refreshes_without_reading_on_the_gui_thread(demo_db, qtbot, key):
    import importlib
    ctx = AppContext(db=demo_db, user=sign_in(demo_db), tasks=TaskRunner())
    module = importlib.import_module(PAGES[key])
    watch = GuiThreadStatements(demo_db.engine)
    try:
        page = module.create_page(ctx)
        qtbot.addWidget(page)
        page.resize(1280, 800)
        page.show()
        settle(ctx)
        opened = watch.all
        ctx.changed.emit("*")          # another page saved something: everything is read again
        settle(ctx)
        assert opened > 0 and watch.all > opened, "the page read nothing: the test proves nothing"
        assert not watch.seen, f"{key} read on the GUI thread:\n" + "\n".join(watch.seen)
    finally:
        ctx.tasks.wait()
        watch.close()


@pytest.mark.parametrize("index", [1, 2, 3, 4, 5],
                         ids=["league tables", "evaluations", "gaps and training", "scorecards",
                              "commission"])
def test_quality_tabs_show_and_refresh_without_reading_on_the_gui_thread(demo_db, qtbot, index):
    from PySide6.QtWidgets import QTabWidget

    from desktop.quality.page import QualityPage
    ctx = AppContext(db=demo_db, user=sign_in(demo_db), tasks=TaskRunner())
    assert ctx.user.sees_compensation          # the demo's admin: the Commission tab is there
    page = QualityPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    settle(ctx)
    watch = GuiThreadStatements(demo_db.engine)
    try:
        page.tabs.setCurrentIndex(index)
        settle(ctx)
        shown = watch.all
        ctx.changed.emit("*")
        settle(ctx)
        assert shown > 0 and watch.all > shown, "the tab read nothing: the test proves nothing"
        # a tab's own tabs (Gaps & training: the courses, the calendar, the rep's history), each
        # shown and refreshed in turn
        for inner in page.tabs.currentWidget().findChildren(QTabWidget):
            for sub in range(inner.count()):
                inner.setCurrentIndex(sub)
                settle(ctx)
                before = watch.all
                ctx.changed.emit("*")
                settle(ctx)
                assert watch.all > before, f"{inner.tabText(sub)} was not read again"
        tab = page.tabs.currentWidget()
        if getattr(tab, "gaps", None):         # a gap chosen: its rep's training history
            before = watch.all
            from PySide6.QtCore import QItemSelectionModel
            flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                     | QItemSelectionModel.SelectionFlag.Rows)
            tab.gap_view.selectionModel().select(tab.gap_model.index(0, 0), flags)
            settle(ctx)
            assert watch.all > before and tab.history_model.rowCount() == len(tab.history)
        assert not watch.seen, "read on the GUI thread:\n" + "\n".join(watch.seen)
    finally:
        ctx.tasks.wait()
        watch.close()
