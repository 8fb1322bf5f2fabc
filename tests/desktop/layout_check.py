"""What a person sees cut: walks a shown window's widgets and names every text that does not fit
the room it is given, and every widget that lies outside the window.

A text counts as cut when its width in the widget's font (QFontMetrics.horizontalAdvance) is more
than the room the widget gives it: a label's contents rectangle, a button's or check box's own
width against the width its style needs (sizeHint), a line edit's placeholder against its text
area, a table header's text against its section. Word-wrapped labels, and widgets that elide by
design (property `elides` set to True: they show "…" and the full text in a tooltip), are not
cut. (A table whose columns run past its right edge scrolls sideways: its columns are not cut.)
"""
from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtWidgets import (QAbstractItemView, QAbstractScrollArea, QCheckBox,
                               QHeaderView, QLabel, QLineEdit, QPushButton, QRadioButton, QStyle,
                               QTableView, QTabBar, QToolButton, QTreeView, QWidget)



def _name(widget: QWidget) -> str:
    text = ""
    for attr in ("text", "placeholderText", "title"):
        value = getattr(widget, attr, None)
        if callable(value):
            try:
                text = value()
            except TypeError:
                continue
            if text:
                break
    return f"{type(widget).__name__} {widget.objectName() or ''}{text[:40]!r}"


def _plain(label: QLabel) -> str:
    text = label.text()
    if label.textFormat() == Qt.TextFormat.RichText or (
            label.textFormat() == Qt.TextFormat.AutoText and "<" in text and ">" in text):
        doc = QTextDocument()
        doc.setHtml(text)
        text = doc.toPlainText()
    return text


def _designed_to_elide(widget: QWidget) -> bool:
    while widget is not None:
        if widget.property("elides"):
            return True
        widget = widget.parentWidget()
    return False


def _in_scrolled_contents(widget: QWidget, window: QWidget) -> bool:
    """Inside a scroll area's viewport (its contents may lie outside by design)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        grand = parent.parentWidget()
        if isinstance(grand, QAbstractScrollArea) and grand.viewport() is parent:
            return True
        parent = grand
    return False


def _shown(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisibleTo(window) and widget.width() > 0 and widget.height() > 0


def _header_problems(view: QAbstractItemView, header: QHeaderView, where: str) -> list[str]:
    problems = []
    model = view.model()
    if model is None:
        return problems
    metrics = QFontMetrics(header.font())
    padding = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        size = header.sectionSize(section)
        text = model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole)
        if text is None:
            continue
        text = str(text)
        need = max(metrics.horizontalAdvance(line) for line in text.split("\n")) + padding
        if header.orientation() == Qt.Orientation.Horizontal and need > size:
            problems.append(f"{where}: header {text!r} needs {need}px, its column has {size}px")
    return problems


def cut_texts(window: QWidget) -> list[str]:
    """Every cut text and every widget outside `window`, one sentence each."""
    problems: list[str] = []
    bounds = QRect(QPoint(0, 0), window.size())
    for widget in window.findChildren(QWidget):
        if not _shown(widget, window) or _designed_to_elide(widget):
            continue
        where = _name(widget)
        top_left = widget.mapTo(window, QPoint(0, 0))
        rect = QRect(top_left, widget.size())
        if not bounds.contains(rect) and not _in_scrolled_contents(widget, window) \
                and not isinstance(widget.parentWidget(), QTabBar):
            problems.append(f"{where}: lies outside the window ({rect.x()},{rect.y()} "
                            f"{rect.width()}×{rect.height()} in {bounds.width()}×{bounds.height()})")
        if isinstance(widget, QLabel):
            if widget.wordWrap() or widget.pixmap() is not None and not widget.pixmap().isNull():
                continue
            text = _plain(widget)
            if not text.strip():
                continue
            metrics = QFontMetrics(widget.font())
            need = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
            room = widget.contentsRect().width() - 2 * widget.margin() - max(widget.indent(), 0)
            if need > room + 1:
                problems.append(f"{where}: text needs {need}px, has {room}px")
        elif isinstance(widget, (QPushButton, QToolButton, QCheckBox, QRadioButton)):
            if isinstance(widget.parentWidget(), QTabBar):
                continue   # the tab bar's scroll buttons
            text = widget.text()
            if text and widget.sizeHint().width() > widget.width() + 1:
                problems.append(f"{where}: needs {widget.sizeHint().width()}px, has "
                                f"{widget.width()}px")
        elif isinstance(widget, QLineEdit):
            text = widget.text() or widget.placeholderText()
            if text and not widget.text():
                metrics = QFontMetrics(widget.font())
                room = widget.contentsRect().width() - 8   # the frame's and the text's margins
                if metrics.horizontalAdvance(text) > room + 1:
                    problems.append(f"{where}: placeholder needs "
                                    f"{metrics.horizontalAdvance(text)}px, has {room}px")
        elif isinstance(widget, QAbstractItemView) and isinstance(widget, (QTableView, QTreeView)):
            header = widget.horizontalHeader() if isinstance(widget, QTableView) \
                else widget.header()
            if header.isVisibleTo(window):
                problems += _header_problems(widget, header, where)
    return problems
