"""Help ▸ User guide (bundled HTML, one file per language) and Help ▸ Keyboard shortcuts (read
from the window's own actions, so the list never goes stale)."""
from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHeaderView, QTableWidget,
                               QTableWidgetItem, QTextBrowser, QVBoxLayout, QWidget)

from desktop.i18n import tr

# Keys that live in pages rather than menus
PAGE_KEYS = [
    (QT_TRANSLATE_NOOP("QCoreApplication", "Funnel board"), "Ctrl+→ / Ctrl+←",
     QT_TRANSLATE_NOOP("QCoreApplication", "Move the selected card to the next / previous stage")),
    (QT_TRANSLATE_NOOP("QCoreApplication", "Dialogs"), "Enter / Esc",
     QT_TRANSLATE_NOOP("QCoreApplication", "Save / close without saving")),
]


def guide_html(language: str | None = None) -> str:
    """The guide in `language` (the current one by default): resources/help/guide_<lang>.html,
    else guide_<base language>.html (zh for zh_CN), else the English guide.html. The guide is
    a whole document, so it is translated as a file rather than sentence by sentence."""
    from models.i18n import current_language
    lang = language or current_language()
    folder = resources.files("resources").joinpath("help")
    for name in (f"guide_{lang}.html", f"guide_{lang.split('_')[0]}.html"):
        candidate = folder.joinpath(name)
        if candidate.is_file():
            return candidate.read_text("utf-8")
    return folder.joinpath("guide.html").read_text("utf-8")


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Repdesk user guide"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(guide_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(640, 560)


def menu_shortcuts(window) -> list[tuple[str, str, str]]:
    """(menu, keys, what) for every menu action with a shortcut, in menu order."""
    out = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if menu is None:
            continue
        title = menu_action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        for action in menu.actions():
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if keys:
                what = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
                out.append((title, keys, what.rstrip("…")))
    return out


class ShortcutsDialog(QDialog):
    def __init__(self, window, parent: QWidget | None = None):
        super().__init__(parent or window)
        self.setWindowTitle(tr("Keyboard shortcuts"))
        rows = menu_shortcuts(window) + [(tr(where), keys, tr(what))
                                               for where, keys, what in PAGE_KEYS]
        self.table = QTableWidget(len(rows), 3)
        self.table.setHorizontalHeaderLabels([tr("Where"), tr("Keys"), tr("What it does")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(620, 480)
