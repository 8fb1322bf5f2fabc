"""Someone else saved the record first: what changed, by whom, and what to do now.

Fed plain values (no database): a message, and rows of (field, what I entered, what the record
holds now, who changed it, when). The user picks Reload (take theirs), Re-apply my change (on top of
theirs), or Cancel (keep editing); `choice` holds the answer.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout,
                               QHeaderView, QLabel, QPushButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from widgets.i18n import tr

RELOAD, REAPPLY, CANCEL = "reload", "reapply", "cancel"


@dataclass(frozen=True)
class ConflictRow:
    field: str          # a label: 'Home base'
    mine: str           # what this user entered ('' when they did not touch the field)
    theirs: str         # the value saved now
    changed_by: str     # who changed it ('' when nobody did since)
    changed_at: str     # when, already formatted


class ConflictDialog(QDialog):
    def __init__(self, title: str, message: str, rows: list[ConflictRow], *,
                 can_reapply: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        self.choice = CANCEL
        self.setWindowTitle(tr("Changed by someone else"))
        self.setMinimumWidth(640)

        heading = QLabel(title)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setWeight(QFont.Weight.DemiBold)
        heading.setFont(font)
        text = QLabel(message)
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.table = QTableWidget(len(rows), 5)
        self.table.setHorizontalHeaderLabels([tr("Field"), tr("Your change"), tr("Saved now"),
                                              tr("Changed by"), tr("When")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(False)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        clash = QColor(255, 236, 204)
        for r, row in enumerate(rows):
            values = [row.field, row.mine, row.theirs, row.changed_by, row.changed_at]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                if row.mine and row.changed_by and c in (1, 2):
                    item.setBackground(clash)  # both changed this field
                self.table.setItem(r, c, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 14)
        frame = 2 * self.table.frameWidth()
        fit = header.sizeHint().height() + frame + sum(self.table.rowHeight(r)
                                                       for r in range(len(rows)))
        self.table.setFixedHeight(min(max(fit, 80), 320))
        # Wide enough to show every value whole (long names and places), up to a limit.
        self.table.resizeColumnToContents(2)
        wide = frame + sum(max(header.sectionSizeHint(c), self.table.sizeHintForColumn(c))
                           for c in range(5))
        self.setMinimumWidth(min(max(640, wide + 60), 1000))

        legend = QLabel(tr("Highlighted: a field you and the other person both changed."))
        legend.setStyleSheet("color: #5f6368;")
        legend.setVisible(any(r.mine and r.changed_by for r in rows))

        self.reload_button = QPushButton(tr("Reload"))
        self.reload_button.setToolTip(tr("Drop your change and show the saved values"))
        self.reapply_button = QPushButton(tr("Re-apply my change"))
        self.reapply_button.setToolTip(tr("Save your values on top of the saved record"))
        self.reapply_button.setEnabled(can_reapply)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setToolTip(tr("Keep editing; nothing is saved"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.reapply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.reload_button, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.reload_button.clicked.connect(lambda: self._done(RELOAD))
        self.reapply_button.clicked.connect(lambda: self._done(REAPPLY))
        self.cancel_button.clicked.connect(lambda: self._done(CANCEL))
        self.cancel_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(text)
        layout.addWidget(self.table)
        layout.addWidget(legend)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)

    def _done(self, choice: str) -> None:
        self.choice = choice
        (self.reject if choice == CANCEL else self.accept)()
