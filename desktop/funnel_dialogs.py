"""Dialogs of the funnel page: the lost reason a Lost move needs."""
from __future__ import annotations

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout)


class LostReasonDialog(QDialog):
    def __init__(self, reasons, count: int, parent=None):
        super().__init__(parent)
        self.setWindowTitle("Why was it lost?")
        layout = QVBoxLayout(self)
        what = "this deal" if count == 1 else f"these {count} deals"
        layout.addWidget(QLabel(f"Choose the reason {what} {'was' if count == 1 else 'were'} lost. "
                                "A lost deal always needs a reason."))
        self.combo = QComboBox()
        self.combo.addItem("— choose a reason —", None)
        for reason in reasons:
            self.combo.addItem(reason.name, reason.id)
        layout.addWidget(self.combo)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.combo.currentIndexChanged.connect(lambda _i: ok.setEnabled(self.reason_id is not None))

    @property
    def reason_id(self) -> int | None:
        return self.combo.currentData()


def ask_lost_reason(parent, reasons, count: int) -> int | None:
    """The chosen reason's id, or None when the user cancelled."""
    dialog = LostReasonDialog(reasons, count, parent)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return dialog.reason_id
    return None
