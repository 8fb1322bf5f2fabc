"""The History dialog: any record, who changed what and when; admins may restore.

    open_history(ctx, "reps", rep_id, title="Maria Santos", parent=self)

(What a form does when someone else saved the same record first is in desktop/conflicts.py.)
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QVBoxLayout, QWidget

from desktop.i18n import tr

from widgets.history_view import field_label

# What a record of each table is called in the dialog's title (translated where shown).
TITLES = {"reps": QT_TRANSLATE_NOOP("QCoreApplication", "Rep"),
          "teams": QT_TRANSLATE_NOOP("QCoreApplication", "Team"),
          "territories": QT_TRANSLATE_NOOP("QCoreApplication", "Territory"),
          "quotas": QT_TRANSLATE_NOOP("QCoreApplication", "Quota"),
          "deals": QT_TRANSLATE_NOOP("QCoreApplication", "Deal"),
          "reviews": QT_TRANSLATE_NOOP("QCoreApplication", "Review"),
          "territory_assignments": QT_TRANSLATE_NOOP("QCoreApplication", "Territory assignment"),
          "compensation": QT_TRANSLATE_NOOP("QCoreApplication", "Pay"),
          "app_users": QT_TRANSLATE_NOOP("QCoreApplication", "User"),
          "agencies": QT_TRANSLATE_NOOP("QCoreApplication", "Agency")}


class HistoryDialog(QDialog):
    def __init__(self, ctx, table: str, row_id, *, title: str | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        from widgets.history_view import HistoryView
        self.ctx, self.table, self.row_id = ctx, table, row_id
        kind = tr(TITLES[table]) if table in TITLES else table
        self.setWindowTitle(tr("History — {kind} {record}").format(kind=kind,
                                                                    record=title or row_id))
        self.resize(900, 560)
        heading = QLabel(tr("<b>{kind}: {record}</b> — every change, newest first").format(
            kind=kind, record=title or row_id))
        self.view = HistoryView(can_restore=getattr(ctx.user, "is_admin", False))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.problem = QLabel()      # a failed read, in words (not a message box: the read
        self.problem.setWordWrap(True)   # ends after the click that opened the dialog)
        self.problem.setStyleSheet("color: #b03030;")
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.problem)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.view.filters_changed.connect(self.reload)
        self.view.restore_requested.connect(self.restore)
        # read in the background (a rep's history is a dozen statements: a server across a
        # network would freeze the window that long); the newest filter's result is shown
        from desktop.tasks import DialogLoad
        self._load_history = DialogLoad(getattr(ctx, "tasks", None))
        self.reload()

    def _load(self, user: str = "", since=None, until=None):
        from models.services import history
        filters = dict(user_login=user or None, since=since, until=until)
        if self.table == "reps":
            return history.rep_history(self.ctx.db, int(self.row_id), viewer=self.ctx.user,
                                       **filters)
        return history.history(self.ctx.db, self.table, self.row_id, viewer=self.ctx.user,
                               **filters)

    @property
    def loading(self) -> bool:
        return self._load_history.busy

    def reload(self, *_args) -> None:
        from models.services.history import users_in_history
        filters = self.view.filters()

        def read():   # a worker thread
            everyone = self._load()
            return users_in_history(everyone), self._load(*filters)

        self._load_history.load(read, self._show, self._failed)

    def _show(self, read) -> None:
        users, events = read
        self.problem.hide()
        self.view.set_users(users)
        self.view.set_events(events)

    def _failed(self, error) -> None:
        from desktop.tasks import failure_message
        self.problem.setText(tr("Could not load: {reason}").format(
            reason=failure_message(error)))
        self.problem.show()

    def restore(self, event) -> None:
        from models.db.errors import RepdeskError
        from models.services import history
        if event.action == "delete":
            question = tr("Bring this deleted record back with its last values?")
        else:
            fields = ", ".join(field_label(c.field) for c in event.changes)
            question = tr("Put back the earlier values of: {fields}?").format(fields=fields)
        answer = QMessageBox.question(self, tr("Restore"), tr(
            "{question}\n\nThe restore is recorded in the history as your change.").format(
                question=question))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            if event.action == "delete":
                history.restore_deleted(self.ctx.db, self.ctx.user, event.table, event.row_id)
            else:
                history.undo_change(self.ctx.db, self.ctx.user, event)
        except RepdeskError as error:
            QMessageBox.warning(self, tr("Restore"), str(error))
            return
        self.ctx.changed.emit(event.table)
        self.reload()


def open_history(ctx, table: str, row_id, *, title: str | None = None,
                 parent: QWidget | None = None) -> HistoryDialog:
    dialog = HistoryDialog(ctx, table, row_id, title=title, parent=parent)
    dialog.show()
    return dialog


__all__ = ["HistoryDialog", "open_history", "TITLES"]
