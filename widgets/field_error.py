"""A form field with the sentence that says what is wrong with it, shown under it when there is one."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

ERROR_STYLE = "color: #b3261e;"   # the one red of problem sentences, everywhere in the window


def with_error_label(widget: QWidget) -> tuple[QWidget, QLabel]:
    """(the field with room for its problem below it, the hidden label that will say it)."""
    error = QLabel()
    error.setStyleSheet(ERROR_STYLE)
    error.setWordWrap(True)
    error.hide()
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(1)
    column.addWidget(widget)
    column.addWidget(error)
    return box, error
