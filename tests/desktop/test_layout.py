"""Readable at any size: every page (each of its tabs) and every dialog, at 1024×700 and 1280×800,
shows its labels, buttons and column headers whole and keeps its widgets inside the window; the
window never grows to fit a page and can be made as small as 1024×700.

The check itself (tests/desktop/layout_check.py) measures text with the widget's font metrics.
Layout does not depend on the database, so this runs on SQLite only (the demo company).
"""
from __future__ import annotations

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
    """Let the pages' background loads finish and their results be shown."""
    app = QApplication.instance()
    deadline = time.monotonic() + 60
    quiet_since = time.monotonic()
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.005)
        if ctx.tasks._running:
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
