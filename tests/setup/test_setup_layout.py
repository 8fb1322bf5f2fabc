"""The rep's page, every Company editor with its form, and the guided set-up at 1024×700 and
1280×800: nothing cut, nothing outside the window, no window larger than the screen
(tests/desktop/layout_check.py measures the text). Layout does not depend on the database, so
this runs on SQLite only (the demo company)."""
from __future__ import annotations

import pytest

from desktop.setup.menu import EDITORS, make_editor
from tests.desktop.layout_check import cut_texts
from tests.desktop.test_layout import SIZES, settle

LISTS = [key for key, _text, _roles in EDITORS if key != "settings"]


@pytest.fixture
def backend():
    return "sqlite"


@pytest.fixture
def window(qtbot, tmp_path, demo_db):
    from PySide6.QtCore import QSettings

    from desktop.context import AppContext
    from desktop.main_window import MainWindow
    from desktop.settings import Settings
    from desktop.tasks import TaskRunner
    from models.services.users import sign_in
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.show()
    ctx = AppContext(db=demo_db, user=sign_in(demo_db), tasks=TaskRunner(win), settings=settings)
    win.set_context(ctx)
    settle(ctx)
    yield win
    ctx.tasks.wait()


def fits(widget, width, height) -> list[str]:
    hint = widget.minimumSizeHint()
    return [f"needs {hint.width()}×{hint.height()}"] if hint.width() > width or \
        hint.height() > height else []


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_rep_page_editors_and_guide_fit(window, size, qtbot):
    from desktop.setup.company import open_company_settings
    from desktop.setup.guide import STEPS, SetupGuide
    width, height = size
    window.resize(width, height)
    ctx = window.ctx
    problems = set()

    page = window.open_rep(7)
    settle(ctx)
    assert page.data is not None
    problems.update(f"rep page: {p}" for p in cut_texts(window))

    for key in LISTS:
        dialog = make_editor(ctx, key, window)
        dialog.resize(min(dialog.width(), width - 40), min(dialog.height(), height - 60))
        dialog.show()
        settle(ctx)
        problems.update(f"{key}: {p}" for p in cut_texts(dialog) + fits(dialog, width, height))
        dialog.table.selectRow(0)
        form = dialog.edit_selected(exec_dialog=False) if dialog.records else \
            dialog.add(exec_dialog=False)
        form.show()
        settle(ctx, 100)
        problems.update(f"{key} form: {p}" for p in cut_texts(form) + fits(form, width, height))
        form.close()
        dialog.close()

    settings = open_company_settings(ctx, window, exec_dialog=False)
    settings.show()
    settle(ctx, 100)
    problems.update(f"settings: {p}" for p in cut_texts(settings))
    settings.close()

    guide = SetupGuide(ctx, window)
    guide.resize(min(1000, width - 40), min(640, height - 60))
    guide.show()
    for key, title, _text in STEPS:
        guide.go_to(key)
        settle(ctx, 150)
        problems.update(f"guide {title}: {p}" for p in cut_texts(guide) +
                        fits(guide, width, height))
    guide.close()
    assert not problems, "\n".join(sorted(problems))
