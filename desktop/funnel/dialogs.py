"""Dialogs of the funnel page: the lost reason a Lost move needs."""
from __future__ import annotations

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout)

from desktop.i18n import tr
from models import formatting
from models.i18n import ngettext


class LostReasonDialog(QDialog):
    def __init__(self, reasons, count: int, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Why was it lost?"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(ngettext(
            "Choose the reason this deal was lost. A lost deal always needs a reason.",
            "Choose the reason these {n} deals were lost. A lost deal always needs a reason.",
            count).format(n=formatting.number(count))))
        self.combo = QComboBox()
        self.combo.addItem(tr("— choose a reason —"), None)
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


class LostReasonsDialog(QDialog):
    """The editable catalogue of lost reasons: rename, mark as a dirty-lead reason, retire, add."""

    def __init__(self, db, parent=None, *, tasks=None):
        from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLineEdit, QPushButton,
                                       QTableWidget)
        from desktop.conflicts import resolve_conflict
        super().__init__(parent)
        self.db = db
        self.ask = resolve_conflict  # answers a conflict (RELOAD, REAPPLY, CANCEL); tests inject
        self.setWindowTitle(tr("Lost reasons"))
        self.resize(560, 380)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Reasons a deal can be lost for. A retired reason stays on the "
                                   "deals that have it. “Dirty lead” reasons count as rejected "
                                   "leads.")))
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([tr("Reason"), tr("Dirty lead"), tr("In use"),
                                              tr("Deals")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setColumnWidth(0, 280)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(tr("New reason"))
        self.new_dirty = QComboBox()
        self.new_dirty.addItems([tr("not a dirty lead"), tr("dirty lead")])
        add = QPushButton(tr("Add"))
        add.clicked.connect(self.add)
        row.addWidget(self.new_name, 1)
        row.addWidget(self.new_dirty)
        row.addWidget(add)
        layout.addLayout(row)
        self.message = QLabel("")
        self.message.setStyleSheet("color: #d93025;")
        layout.addWidget(self.message)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.table.itemChanged.connect(self._edited)
        self.records = []
        # The first read in the background through the window's runner (counting each reason's
        # deals reads every lost deal: 40 ms at 50,000 deals); after an edit it is read at once
        # (the next edit needs the new version).
        from desktop.tasks import DialogLoad
        from models.services.funnel import lost_reason_catalogue
        self._first_load = DialogLoad(tasks)
        self._first_load.load(lambda: lost_reason_catalogue(db), self._fill, self._failed)

    @property
    def loading(self) -> bool:
        return self._first_load.busy

    def _failed(self, error) -> None:
        from desktop.tasks import failure_message
        self.message.setText(failure_message(error))

    def reload(self) -> None:
        from models.services.funnel import lost_reason_catalogue
        self._fill(lost_reason_catalogue(self.db))

    def _fill(self, records) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QTableWidgetItem
        self.records = records
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.records))
        for i, r in enumerate(self.records):
            self.table.setItem(i, 0, QTableWidgetItem(r.name))
            for column, value in ((1, r.is_dirty_lead), (2, r.active)):
                item = QTableWidgetItem()
                item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                item.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
                self.table.setItem(i, column, item)
            used = QTableWidgetItem(formatting.number(r.used))
            used.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(i, 3, used)
        self.table.blockSignals(False)

    def _edited(self, item) -> None:
        """Save the edited cell through desktop/conflicts.py: a reason someone else changed
        meanwhile asks Reload / Re-apply / Cancel. One cell is a short write, made here (the next
        edit needs its version); a lost server is reported at once, not waited for."""
        from PySide6.QtCore import Qt
        from desktop.conflicts import FormSave
        from models.services.funnel import update_lost_reason
        record = self.records[item.row()]
        checked = item.checkState() == Qt.CheckState.Checked
        changes = {0: {"name": item.text()}, 1: {"is_dirty_lead": checked},
                   2: {"active": checked}}.get(item.column(), {})
        db = self.db
        job = FormSave(self, lambda version: update_lost_reason(db, record.id, version, **changes),
                       record.version, ask=self.ask, background=False, reconnect_seconds=0)
        job.finished.connect(lambda outcome: self.message.setText(outcome.message))
        job.start()
        self.reload()

    def add(self) -> None:
        from models.db.errors import RepdeskError
        from models.services.funnel import add_lost_reason
        try:
            add_lost_reason(self.db, self.new_name.text(),
                            is_dirty_lead=self.new_dirty.currentIndex() == 1)
        except RepdeskError as error:
            self.message.setText(str(error))
            return
        self.new_name.clear()
        self.message.setText("")
        self.reload()
