"""Import history: the imports made into this database, newest first, with their counts, who
ran them and from which file; "Undo import" takes one back after a confirmation, or says in one
sentence why it cannot."""
from __future__ import annotations

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
                               QMessageBox, QPushButton, QTableView, QVBoxLayout)

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.i18n import tr
from models import formatting as fmt
from models.i18n import _, ngettext
from models.imports.preview import KINDS
from widgets.record_table import RecordTableModel

# Marked here, translated where shown.
HEADERS = [QT_TRANSLATE_NOOP("QCoreApplication", "When"),
           QT_TRANSLATE_NOOP("QCoreApplication", "What"),
           QT_TRANSLATE_NOOP("QCoreApplication", "File"),
           QT_TRANSLATE_NOOP("QCoreApplication", "By"),
           QT_TRANSLATE_NOOP("QCoreApplication", "Created"),
           QT_TRANSLATE_NOOP("QCoreApplication", "Updated"),
           QT_TRANSLATE_NOOP("QCoreApplication", "Unchanged"),
           QT_TRANSLATE_NOOP("QCoreApplication", "Bad"),
           QT_TRANSLATE_NOOP("QCoreApplication", "Undone")]
SHORT_KINDS = {"reps": QT_TRANSLATE_NOOP("QCoreApplication", "Reps"),
               "deals": QT_TRANSLATE_NOOP("QCoreApplication", "Deals"),
               "activity": QT_TRANSLATE_NOOP("QCoreApplication", "Key numbers"),
               "evaluations": QT_TRANSLATE_NOOP("QCoreApplication", "Evaluations")}


class ImportHistoryDialog(QDialog):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.batches: list = []
        self.note = ""          # what the last undo did
        self.setWindowTitle(tr("Import history"))
        self.resize(960, 520)
        self.status = QLabel(tr("Loading the imports…"))
        self.status.setWordWrap(True)
        self.model = RecordTableModel([tr(h) for h in HEADERS])
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((130, 100, 220, 110, 70, 70, 80, 50)):
            self.table.setColumnWidth(column, width)
        self.undo_button = QPushButton(tr("Undo import…"))
        self.undo_button.clicked.connect(self.undo_selected)
        self.undo_button.setEnabled(False)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.undo_button.setEnabled(self.selected() is not None))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.task = None
        self.reload()

    def reload(self):
        from models.imports.batches import list_batches
        db = self.ctx.db
        self.task = self.ctx.tasks.run(lambda progress: list_batches(db, limit=200),
                                       on_success=self._listed, on_error=self._failed)
        return self.task

    def _listed(self, batches: list) -> None:
        self.task = None
        self.batches = batches
        self.model.set_rows([
            (fmt.date_time(b.at), _kind_name(b.kind),
             b.file_name, b.user_login, b.created, b.updated, b.unchanged, b.bad,
             tr("{day} by {login}").format(day=fmt.date(b.undone_at), login=b.undone_by)
             if b.undone_at else "")
            for b in batches])
        listed = (ngettext("The last {n} import, newest first.",
                           "The last {n} imports, newest first.", len(batches)).format(
                               n=fmt.number(len(batches))) if batches else
                  tr("No import has been made into this database yet."))
        self.status.setText(tr("{undone} {listed}").format(undone=self.note, listed=listed)
                            if self.note else listed)

    def _failed(self, error: BaseException) -> None:
        from desktop.imports.wizard import sentence
        self.task = None
        self.status.setText(sentence(error))

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.batches[rows[0].row()] if rows else None

    def undo_selected(self, *, confirm: bool = True):
        batch = self.selected()
        if batch is None:
            return None
        if confirm and QMessageBox.question(
                self, tr("Undo import"),
                tr("Undo import {number} of {file} ({when}, {login})? The rows it created are "
                   "removed and the rows it changed get their earlier values back.").format(
                       number=batch.id, file=batch.file_name, when=fmt.date_time(batch.at),
                       login=batch.user_login)) != QMessageBox.StandardButton.Yes:
            return None
        from models.imports.batches import undo_batch
        from models.imports.run import CHANGED_AREAS
        db, user = self.ctx.db, self.ctx.user

        def undone(result) -> None:
            for area in CHANGED_AREAS.get(batch.kind, ("*",)):
                self.ctx.changed.emit(area)
            self.note = result.summary()
            self.reload()

        def refused(error: BaseException) -> None:
            from desktop.imports.wizard import sentence
            QMessageBox.warning(self, tr("Cannot undo this import"), sentence(error))
        return self.ctx.tasks.run(lambda progress: undo_batch(db, user, batch.id),
                                  on_success=undone, on_error=refused)


def open_import_history(ctx, parent=None) -> ImportHistoryDialog:
    dialog = ImportHistoryDialog(ctx, parent)
    dialog.show()
    return dialog


def _kind_name(kind: str) -> str:
    """What an import brought in, in the window's language."""
    if kind in SHORT_KINDS:
        return tr(SHORT_KINDS[kind])
    return _(KINDS[kind]) if kind in KINDS else kind
