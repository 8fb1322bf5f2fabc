"""The rep editor chooses the language a rep's review PDF is printed in: the five languages, each
named in itself, or the company default (none of their own); the choice is saved, audited, shown
again when the rep is opened, and undone by the roster's Undo."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from desktop.context import AppContext
from desktop.settings import Settings
from desktop.tasks import TaskRunner
from models.db.core import Rep
from models.domain.enums import UserRole
from models.services.users import CurrentUser
from tests.reviews.conftest import GREEK

ADMIN = CurrentUser("tester", "Tester", UserRole.ADMIN, None)


@pytest.fixture
def roster(qtbot, team_db, tmp_path):
    from desktop.roster.page import RosterPage
    with team_db.read() as s:
        rep_id = s.execute(select(Rep.id).where(Rep.full_name == GREEK)).scalar_one()
    ctx = AppContext(db=team_db, user=ADMIN, tasks=TaskRunner())
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    page = RosterPage(ctx, settings=settings, today=dt.date(2026, 11, 20))
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.data is not None and page._loading is None, timeout=20000)
    assert page.select_id(rep_id)
    yield page, rep_id
    QThreadPool.globalInstance().waitForDone()


def language_of(db, rep_id):
    with db.read() as s:
        return s.get(Rep, rep_id).language


def test_the_editor_saves_shows_and_undoes_the_review_language(roster, team_db):
    page, rep_id = roster
    editor = page.edit_selected(exec_dialog=False)
    combo = editor.language
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Company default", "English", "Filipino", "Bahasa Indonesia", "Ελληνικά", "简体中文"]
    assert combo.currentText() == "Company default"         # a rep has none until chosen
    combo.setCurrentIndex(combo.findText("Ελληνικά"))
    editor.accept()
    editor.wait_saved()
    assert editor.result() == QDialog.DialogCode.Accepted
    assert language_of(team_db, rep_id) == "el"

    again = page.edit_selected(exec_dialog=False)           # opened again: the saved choice
    assert again.language.currentText() == "Ελληνικά"
    again.reject()

    page.undo_action.trigger()                               # the roster's Undo takes it back
    assert language_of(team_db, rep_id) is None


def test_company_default_clears_the_language(roster, team_db):
    from models.services.reps import get_rep, save_rep
    page, rep_id = roster
    save_rep(team_db, get_rep(team_db, rep_id, sees_compensation=False).with_values(
        language="zh_CN"), sees_compensation=False, fields=["language"])
    editor = page.edit_selected(exec_dialog=False)
    assert editor.language.currentText() == "简体中文"
    editor.language.setCurrentIndex(0)
    editor.accept()
    editor.wait_saved()
    assert language_of(team_db, rep_id) is None
