"""What a person reads in a shown window: every label, button, group title, tab, column header,
placeholder, combo item, list item, menu and table cell text (the first rows), with where it is.

Used with the pseudo-language (desktop/i18n.py's PseudoTranslator, models/i18n.py's 'pseudo'),
which wraps every translated text in [[…]]: what is left once the wrapped parts are taken out
must be data (names, numbers, dates), never words of the interface.
"""
from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QComboBox, QGroupBox,
                               QHeaderView, QLabel,
                               QLineEdit, QListWidget, QMainWindow, QMenu, QTabBar, QWidget)

ROWS = 15           # table cells: the first rows show every kind of text a column holds

_WRAPPED = re.compile(r"\[\[[^\[\]]*\]\]")
_WORD = re.compile(r"[^\W\d_]{3,}")


def unwrapped(text: str) -> str:
    """The text without its translated parts (innermost first, for nested ones)."""
    while True:
        shorter = _WRAPPED.sub(" ", text)
        if shorter == text:
            return text
        text = shorter


def plain_words(text: str, data_words: set[str]) -> list[str]:
    """Words of three letters or more outside every [[…]] that are not data."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")   # menu mnemonics
    return [w for w in _WORD.findall(unwrapped(text)) if w.casefold() not in data_words]


def _html_to_text(text: str) -> str:
    if "<" in text and ">" in text:
        doc = QTextDocument()
        doc.setHtml(text)
        return doc.toPlainText()
    return text


def _shown(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisibleTo(window)


def visible_texts(window: QWidget):
    """(where, text) for every text shown in `window` as it is now."""
    found = []
    if window.windowTitle():
        found.append(("window title", window.windowTitle()))
    if isinstance(window, QMainWindow):
        for menu_action in window.menuBar().actions():
            found.append(("menu", menu_action.text()))
            menu = menu_action.menu()
            if menu is not None:
                found += _menu_texts(menu)
    for widget in window.findChildren(QWidget):
        if not _shown(widget, window):
            continue
        kind = type(widget).__name__
        if isinstance(widget, QLabel):
            found.append((kind, _html_to_text(widget.text())))
        elif isinstance(widget, QAbstractButton):
            found.append((kind, widget.text()))
        elif isinstance(widget, QGroupBox):
            found.append((kind, widget.title()))
        elif isinstance(widget, QTabBar):
            found += [(kind, widget.tabText(i)) for i in range(widget.count())]
        elif isinstance(widget, QLineEdit):
            found.append((kind + " placeholder", widget.placeholderText()))
        elif isinstance(widget, QComboBox):
            found += [(kind, widget.itemText(i)) for i in range(min(widget.count(), 50))]
            if widget.isEditable() and widget.lineEdit() is not None:
                found.append((kind + " placeholder", widget.lineEdit().placeholderText()))
        elif isinstance(widget, QListWidget):
            found += [(kind, widget.item(i).text()) for i in range(min(widget.count(), 50))]
        elif (isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView)
              and widget.model() is not None):
            found += _view_texts(widget)
    return [(where, text) for where, text in found if text]


def _menu_texts(menu: QMenu):
    found = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        found.append(("menu", action.text()))
        if action.menu() is not None:
            found += _menu_texts(action.menu())
    return found


def _view_texts(view: QAbstractItemView):
    model = view.model()
    found = []
    from PySide6.QtCore import QModelIndex
    root = view.rootIndex() if view.rootIndex().isValid() else QModelIndex()
    header = getattr(view, "horizontalHeader", None) or getattr(view, "header", None)
    header = header() if header else None
    for column in range(_count(model.columnCount, root)):
        if header is not None and header.isSectionHidden(column):
            continue
        title = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if isinstance(title, str):
            found.append((type(view).__name__ + " header", title))
        for row in range(min(_count(model.rowCount, root), ROWS)):
            value = model.data(model.index(row, column, root), Qt.ItemDataRole.DisplayRole)
            if isinstance(value, str):
                found.append((type(view).__name__ + " cell", value))
    return found


def _count(method, root) -> int:
    """rowCount/columnCount: list models take no parent, table and tree models do."""
    try:
        return method(root)
    except TypeError:        # a list model's columnCount is private: it has one column
        try:
            return method()
        except TypeError:
            return 1
