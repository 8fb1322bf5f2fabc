"""The layout check of tests/desktop/test_layout.py, in every language Repdesk speaks: Greek and
Tagalog texts run 30–60% longer than English, Chinese needs its own font; every page, tab and
dialog must still show its texts whole at 1024×700 and 1280×800."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from desktop.context import AppContext
from desktop.i18n import ensure_cjk_font, set_window_language
from desktop.main_window import MainWindow
from desktop.settings import Settings
from desktop.tasks import TaskRunner
from models.services.users import sign_in
from tests.desktop.test_layout import settle
# Collected here again, with this module's `window`: the same checks, in each language.
from tests.desktop.test_layout import (  # noqa: F401
    test_every_dialog_fits_a_small_screen_and_nothing_is_cut,
    test_every_page_fits_and_nothing_is_cut)


@pytest.fixture
def backend():
    return "sqlite"


@pytest.fixture(params=["el", "fil", "id", "zh_CN"])
def language(request):
    return request.param


@pytest.fixture
def window(qtbot, tmp_path, demo_db, language):
    ensure_cjk_font()
    assert set_window_language(language) == language
    try:
        settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
        win = MainWindow(settings)
        qtbot.addWidget(win)
        win.show()
        ctx = AppContext(db=demo_db, user=sign_in(demo_db), tasks=TaskRunner(win),
                         settings=settings)
        win.set_context(ctx)
        settle(ctx)
        yield win
        ctx.tasks.wait()
    finally:
        set_window_language("en")
