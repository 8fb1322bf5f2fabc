"""The Reviews page as read: closed reviews in full-contrast text, figures formatted, the PDF
folder asked in Documents and the written file one click away."""
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QThreadPool
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFileDialog

from models.domain.enums import UserRole
from tests.reviews.test_page_qt import make_page, select_status, settled


def test_closed_review_is_readable_and_pdfs_open_from_the_page(qtbot, demo_db, monkeypatch,
                                                               tmp_path):
    page = make_page(qtbot, demo_db, UserRole.ADMIN)
    select_status(page, "closed")
    form = page.form
    assert not form.strengths.isEnabled()                 # read-only …
    palette = form.strengths.palette()
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    active = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text)
    assert disabled == active                             # … but not greyed out
    ratings = [page.table.item(r, 3).text() for r in range(page.table.rowCount())]
    assert any(ratings) and all(t == "" or (len(t.split(".")[-1]) == 2) for t in ratings)
    assert "Q" in form.heading.text() and "-" not in form.subheading.text().split("closed")[-1]

    asked = {}

    def fake_dialog(parent, caption, directory=""):
        asked["dir"] = directory
        return str(tmp_path)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(fake_dialog))
    assert not page.open_pdf_button.isVisibleTo(page)
    page.export_summary()
    # written in the background; the buttons appear when the task reports back
    qtbot.waitUntil(lambda: page.open_pdf_button.isVisibleTo(page), timeout=60_000)
    settled(page)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert asked["dir"] in (documents, str(Path.home())) and asked["dir"] != str(Path.cwd())
    opened = []
    monkeypatch.setattr("desktop.reviews.page.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toLocalFile()))
    assert page.open_pdf_button.isVisibleTo(page) and page.open_folder_button.isVisibleTo(page)
    page.open_pdf_button.click()
    page.open_folder_button.click()
    (written,) = tmp_path.glob("*.pdf")
    assert opened == [str(written), str(tmp_path)]
    QThreadPool.globalInstance().waitForDone()
