"""The Quality, Reviews, Plans and Analysis pages never read the database on the GUI thread while
they open or refresh: a statement there freezes the window for as long as the server takes to
answer (longer over a VPN, and seconds on a big company). Every statement is watched with a
`before_cursor_execute` listener that notes the ones sent from the main thread.

The thread does not depend on the database, so this runs on SQLite only (the demo company).
"""
from __future__ import annotations

import pytest

from desktop.context import AppContext
from desktop.tasks import TaskRunner
from models.services.users import sign_in
from tests.desktop.test_round_trips import GuiThreadStatements, settle

PAGES = {"quality": "desktop.quality.page", "reviews": "desktop.reviews.page",
         "plans": "desktop.plans.page", "analysis": "desktop.analysis.page"}


@pytest.fixture
def backend():
    return "sqlite"


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
        opened = watch.total
        ctx.changed.emit("*")          # another page saved something: everything is read again
        settle(ctx)
        assert opened > 0 and watch.total > opened, "the page read nothing: the test proves nothing"
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
        shown = watch.total
        ctx.changed.emit("*")
        settle(ctx)
        assert shown > 0 and watch.total > shown, "the tab read nothing: the test proves nothing"
        # a tab's own tabs (Gaps & training: the courses, the calendar, the rep's history), each
        # shown and refreshed in turn
        for inner in page.tabs.currentWidget().findChildren(QTabWidget):
            for sub in range(inner.count()):
                inner.setCurrentIndex(sub)
                settle(ctx)
                before = watch.total
                ctx.changed.emit("*")
                settle(ctx)
                assert watch.total > before, f"{inner.tabText(sub)} was not read again"
        tab = page.tabs.currentWidget()
        if getattr(tab, "gaps", None):         # a gap chosen: its rep's training history
            before = watch.total
            from PySide6.QtCore import QItemSelectionModel
            flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                     | QItemSelectionModel.SelectionFlag.Rows)
            tab.gap_view.selectionModel().select(tab.gap_model.index(0, 0), flags)
            settle(ctx)
            assert watch.total > before and tab.history_model.rowCount() == len(tab.history)
        assert not watch.seen, "read on the GUI thread:\n" + "\n".join(watch.seen)
    finally:
        ctx.tasks.wait()
        watch.close()
