"""Editing one record of the set-up services in a dialog, the save off the GUI thread.

`RecordDialog(ctx, title, form, save)`: Save runs `save(record)` on the task runner. A
ValidationError shows each problem under its field; someone else's save in between
(EditConflict) shows who changed what, with Reload, Re-apply or Cancel; any other refusal is one
sentence. Nothing is half-saved: the service writes all or nothing.
"""
from __future__ import annotations

from dataclasses import fields, replace
from typing import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QVBoxLayout

from desktop.i18n import tr
from desktop.setup.form import ERROR_STYLE, RecordForm


def plain_error(error: BaseException) -> str:
    from models.db.retry import plain_message
    return plain_message(error)


class RecordDialog(QDialog):
    saved = Signal(object, object)   # the record before (None: created), the record as saved

    def __init__(self, ctx, title: str, form: RecordForm, save: Callable, *, record,
                 load: Callable | None = None, intro: str = "", parent=None):
        super().__init__(parent)
        self.ctx, self.form, self.save_fn, self.load_fn = ctx, form, save, load
        self.original = record
        self.saved_record = None
        self.busy = False
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        if intro:
            note = QLabel(intro)
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addWidget(form)
        self.summary = QLabel()
        self.summary.setStyleSheet(ERROR_STYLE)
        self.summary.setWordWrap(True)
        self.summary.hide()
        layout.addWidget(self.summary)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save |
                                        QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        form.set_record(record)
        form.focus_first()
        self.adjustSize()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.resize(self.size().expandedTo(self.minimumSizeHint()))

    def accept(self) -> None:
        if self.busy:
            return
        record, problems = self.form.record()
        if problems:
            self._problems(problems)
            return
        self._save(record)

    def _save(self, record) -> None:
        self.busy = True
        self.buttons.setEnabled(False)
        self.summary.setStyleSheet("")
        self.summary.setText(tr("Saving…"))
        self.summary.show()
        self.ctx.tasks.run(lambda progress=None: self.save_fn(record),
                           on_success=self._saved, on_error=lambda e: self._failed(e, record))

    def _reapply(self, record, version: int) -> None:
        """Save only the fields this user changed, on top of the record as saved now: the other
        person's changes to the other fields stay."""
        base = self.form.base
        mine = {f.name: getattr(record, f.name) for f in fields(record)
                if f.name not in ("id", "version") and getattr(record, f.name) != getattr(base,
                                                                                         f.name)}
        if self.load_fn is None:
            self._save(replace(record, version=version))
            return
        load, save = self.load_fn, self.save_fn
        self.busy = True
        self.buttons.setEnabled(False)
        self.ctx.tasks.run(lambda progress=None: save(replace(load(), **mine)),
                           on_success=self._saved, on_error=lambda e: self._failed(e, record))

    def _saved(self, saved) -> None:
        self.busy = False
        self.buttons.setEnabled(True)
        self.saved_record = saved
        self.saved.emit(None if getattr(self.original, "id", None) is None else self.original,
                        saved)
        super().accept()

    def _failed(self, error: BaseException, record) -> None:
        from models.db.errors import RepdeskError, ValidationError
        from models.db.retry import EditConflict
        self.busy = False
        self.buttons.setEnabled(True)
        self.summary.setStyleSheet(ERROR_STYLE)
        if isinstance(error, ValidationError):
            self._problems(error.problems)
        elif isinstance(error, EditConflict):
            self.summary.hide()
            self._conflict(error, record)
        elif isinstance(error, RepdeskError):
            self.summary.setText(str(error))
        else:
            from models.db.retry import is_disconnect
            if not is_disconnect(error):
                raise error
            self.summary.setText(tr("Not saved: {reason} Your edits are kept.").format(
                reason=plain_error(error)))

    def _problems(self, problems: dict) -> None:
        others = self.form.show_problems(problems)
        text = tr("Please correct the marked fields.") if len(others) < len(problems) else ""
        text = "\n".join([text] * bool(text) + others)
        self.summary.setStyleSheet(ERROR_STYLE)
        self.summary.setText(text)
        self.summary.setVisible(bool(text))

    def _conflict(self, error, record) -> None:
        from desktop.conflicts import conflict_dialog
        from widgets.conflict_dialog import REAPPLY, RELOAD
        dialog = conflict_dialog(self, error)
        dialog.exec()
        if dialog.choice == REAPPLY and error.current_version is not None:
            self._reapply(record, error.current_version)
        elif dialog.choice == RELOAD and self.load_fn is not None:
            self.form.set_record(self.load_fn())


def warn(parent, title: str, error: BaseException) -> None:
    """One sentence for a refused action (never a traceback)."""
    from models.db.errors import RepdeskError
    if not isinstance(error, RepdeskError):
        from models.db.retry import is_disconnect
        if not is_disconnect(error):
            raise error
    QMessageBox.warning(parent, title, plain_error(error))
