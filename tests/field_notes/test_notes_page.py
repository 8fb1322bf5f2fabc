"""The Field notes page, driven like a user: a note typed in the editor and saved, found again
from the search box in Greek and Chinese, a stale save shown not overwritten, the digest PDF."""
from __future__ import annotations

import datetime as dt

import pytest

from desktop.context import AppContext
from desktop.tasks import TaskRunner
from models.services import field_notes as fn
from models.services.users import sign_in
from tests.field_notes.helpers import add_teams_and_tags
from tests.pdf_text import pdf_text

TODAY = dt.date(2026, 11, 30)


@pytest.fixture
def page(db, qtbot):
    from desktop.notes.page import FieldNotesPage
    ids = add_teams_and_tags(db)
    fn.create(db, fn.NoteFields("price", "竞争对手降低价格", dt.date(2026, 11, 25),
                                "价格下降了百分之十", competitor="华为"), team_id=ids["athens"])
    widget = FieldNotesPage(AppContext(db, sign_in(db), TaskRunner()), today=TODAY)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.model.rowCount() == 1 and widget.editor.territory.count() == 2)
    widget.ids = ids
    return widget


def test_type_a_note_save_it_and_find_it_again(page, qtbot):
    page.new_button.click()
    editor = page.editor
    editor.kind.setCurrentIndex(editor.kind.findData("competitor"))
    editor.date.setDate(editor.date.date().addDays(-3))
    editor.title.insert("Νέα Σύμβαση της Cosmote")  # QTest types Latin-1 keys only
    qtbot.keyClicks(editor.competitor, "Cosmote")
    editor.territory.setCurrentIndex(editor.territory.findText("Θεσσαλονίκη"))
    editor.body.insertPlainText("Δωρεάν εγκατάσταση")
    editor.company_wide.setChecked(True)
    editor.save_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    saved = fn.search(page.ctx.db, "σύμβαση")
    assert [(n.title, n.noted_on, n.territory_id, n.company_wide) for n in saved] == [
        ("Νέα Σύμβαση της Cosmote", dt.date(2026, 11, 27), page.ids["territory"], True)]
    page.search.setText("ΣΥΜΒΑΣΗ")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.row(0)[2] == "Νέα Σύμβαση της Cosmote"
    assert page.model.row(0)[3] == "Θεσσαλονίκη · vs. Cosmote · company-wide"
    page.search.setText("价格")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.model.row(0)[2] == "竞争对手降低价格")


def test_a_stale_save_is_shown_not_overwritten(page, qtbot):
    page.table.selectRow(0)
    note = page.editor.note
    assert note.title == "竞争对手降低价格"
    fn.edit(page.ctx.db, note.id, note.version, fn.NoteFields("price", "Changed elsewhere",
                                                               note.noted_on))
    page.editor.title.setText("Mine")
    page.editor.save_button.click()
    qtbot.waitUntil(lambda: "changed by" in page.editor.message.text())
    assert page.editor.title.text() == "Mine"            # the edit is kept on screen
    assert [n.title for n in fn.search(page.ctx.db)] == ["Changed elsewhere"]
    page.editor.reload_button.click()
    qtbot.waitUntil(lambda: page.editor.title.text() == "Changed elsewhere")
    assert page.editor.note.version == note.version + 1 and page.editor.reload_button.isHidden()


def test_another_teams_company_wide_note_is_read_only_for_a_manager(db, qtbot):
    from desktop.notes.page import FieldNotesPage
    from tests.field_notes.helpers import people
    ids = add_teams_and_tags(db)
    with people(db, ath=("manager", "Αθήνα Πεδίο"), jkt=("manager", "Jakarta Inside")) as open_as:
        athens, jakarta = open_as("ath"), open_as("jkt")
        fn.create(athens, fn.NoteFields("event", "Έκθεση", dt.date(2026, 11, 25),
                                        company_wide=True), team_id=ids["athens"])
        fn.create(jakarta, fn.NoteFields("event", "Pameran", dt.date(2026, 11, 26)),
                  team_id=ids["jakarta"])
        page = FieldNotesPage(AppContext(jakarta, sign_in(jakarta), TaskRunner()), today=TODAY)
        qtbot.addWidget(page)
        qtbot.waitUntil(lambda: page.model.rowCount() == 2)
        rows = {page.model.row(i)[2]: i for i in range(2)}
        page.table.selectRow(rows["Έκθεση"])
        assert not page.editor.title.isEnabled() and not page.editor.save_button.isEnabled()
        assert "only its team changes it" in page.editor.heading.text()
        page.table.selectRow(rows["Pameran"])
        assert page.editor.title.isEnabled() and page.editor.delete_button.isEnabled()
        page.ctx.tasks.wait()


def test_weekly_digest_pdf_and_text(page, qtbot, tmp_path):
    target = tmp_path / "digest.pdf"
    page.write_digest_to(target)
    qtbot.waitUntil(lambda: "written to digest.pdf" in page.status.text())
    text = pdf_text(target)
    assert "竞争对手降低价格" in text and "价格下降了百分之十" in text and "华为 (1)" in text
    page.copy_button.click()
    qtbot.waitUntil(lambda: "clipboard" in page.status.text())
    from PySide6.QtGui import QGuiApplication
    assert "竞争对手降低价格 [vs. 华为]" in QGuiApplication.clipboard().text()
