"""Help holds more than About: a user guide, the keyboard shortcuts read from the menus, and the
View menu shows page names with their '&' (not as a mnemonic underscore)."""
from PySide6.QtCore import QSettings

from desktop.main_window import MainWindow
from desktop.pages import PAGES
from desktop.settings import Settings


def _window(qtbot, tmp_path):
    win = MainWindow(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(win)
    return win


def _menu(win, title):
    return next(a.menu() for a in win.menuBar().actions() if a.text().replace("&", "") == title)


def test_view_menu_keeps_the_ampersand_of_page_names(qtbot, tmp_path):
    win = _window(qtbot, tmp_path)
    texts = [a.text() for a in _menu(win, "View").actions()]
    assert "Numbers && trends" in texts and "Quality && training" in texts
    assert not any(t in texts for t in ("Numbers & trends", "Quality & training"))
    assert len([p for p in PAGES if "&" in p.title]) == 2


def test_help_has_a_guide_and_the_shortcuts(qtbot, tmp_path):
    win = _window(qtbot, tmp_path)
    texts = [a.text().replace("&", "") for a in _menu(win, "Help").actions() if a.text()]
    assert texts == ["User guide", "Keyboard shortcuts", "About Repdesk"]
    guide = win.show_guide()
    qtbot.addWidget(guide)
    text = guide.browser.toPlainText()
    assert "Urgency" in text and "Quota watch" in text and "Consistency" in text
    shortcuts = win.show_shortcuts()
    qtbot.addWidget(shortcuts)
    rows = [tuple(shortcuts.table.item(r, c).text() for c in range(3))
            for r in range(shortcuts.table.rowCount())]
    assert ("View", "Ctrl+4", "Numbers & trends") in rows
    assert any(keys == "Ctrl+H" for _, keys, _ in rows)
    guide.resize(1024, 700)
