"""The History dialog (any record: who changed what, when; admin restore) and the conflict flow.

One-call integration points:
    open_history(ctx, "reps", rep_id, title="Maria Santos", parent=self)
    version = save_or_resolve(ctx, self, Rep, rep_id, loaded_version, {"home_base": "Cebu"},
                              on_reload=self.reload)
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QVBoxLayout, QWidget

from widgets.conflict_dialog import CANCEL, RELOAD, REAPPLY, ConflictDialog, ConflictRow
from widgets.history_view import field_label, show

TITLES = {"reps": "Rep", "teams": "Team", "territories": "Territory", "quotas": "Quota",
          "deals": "Deal", "reviews": "Review", "territory_assignments": "Territory assignment",
          "compensation": "Pay", "app_users": "User", "agencies": "Agency"}


class HistoryDialog(QDialog):
    def __init__(self, ctx, table: str, row_id, *, title: str | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        from widgets.history_view import HistoryView
        self.ctx, self.table, self.row_id = ctx, table, row_id
        kind = TITLES.get(table, table)
        self.setWindowTitle(f"History — {kind} {title or row_id}")
        self.resize(900, 560)
        heading = QLabel(f"<b>{kind}: {title or row_id}</b> — every change, newest first")
        self.view = HistoryView(can_restore=getattr(ctx.user, "is_admin", False))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.view.filters_changed.connect(self.reload)
        self.view.restore_requested.connect(self.restore)
        self.reload()

    def _load(self, user: str = "", since=None, until=None):
        from models.services import history
        filters = dict(user_login=user or None, since=since, until=until)
        if self.table == "reps":
            return history.rep_history(self.ctx.db, int(self.row_id), viewer=self.ctx.user, **filters)
        return history.history(self.ctx.db, self.table, self.row_id, viewer=self.ctx.user, **filters)

    def reload(self, *_args) -> None:
        from models.services.history import users_in_history
        from models.db.errors import RepdeskError
        try:
            everyone = self._load()
            events = self._load(*self.view.filters())
        except RepdeskError as error:
            QMessageBox.warning(self, "History", str(error))
            return
        self.view.set_users(users_in_history(everyone))
        self.view.set_events(events)

    def restore(self, event) -> None:
        from models.db.errors import RepdeskError
        from models.services import history
        if event.action == "delete":
            question = "Bring this deleted record back with its last values?"
        else:
            fields = ", ".join(field_label(c.field) for c in event.changes)
            question = f"Put back the earlier values of: {fields}?"
        answer = QMessageBox.question(self, "Restore", question + "\n\nThe restore is recorded "
                                      "in the history as your change.")
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            if event.action == "delete":
                history.restore_deleted(self.ctx.db, self.ctx.user, event.table, event.row_id)
            else:
                history.undo_change(self.ctx.db, self.ctx.user, event)
        except RepdeskError as error:
            QMessageBox.warning(self, "Restore", str(error))
            return
        self.ctx.changed.emit(event.table)
        self.reload()


def open_history(ctx, table: str, row_id, *, title: str | None = None,
                 parent: QWidget | None = None) -> HistoryDialog:
    dialog = HistoryDialog(ctx, table, row_id, title=title, parent=parent)
    dialog.show()
    return dialog


# -- conflicts -------------------------------------------------------------------------------
def _when(at) -> str:
    if isinstance(at, dt.datetime):
        if at.tzinfo is None:
            at = at.replace(tzinfo=dt.timezone.utc)
        return at.astimezone().strftime("%Y-%m-%d %H:%M")
    return ""


def conflict_rows(error) -> list[ConflictRow]:
    """One row per field either side touched: mine, saved now, who changed it and when."""
    last: dict[str, object] = {}
    for change in getattr(error, "changes", []):
        last[change.field] = change
    mine = getattr(error, "mine", {}) or {}
    current = getattr(error, "current", {}) or {}
    rows = []
    for field in list(mine) + [f for f in last if f not in mine]:
        change = last.get(field)
        rows.append(ConflictRow(
            field_label(field),
            show(getattr(mine.get(field), "value", mine.get(field))) if field in mine else "",
            show(current.get(field, change.new if change else None)),
            change.user if change else "", _when(change.at) if change else ""))
    return rows


def resolve_conflict(parent: QWidget | None, error, *, title: str = "") -> str:
    """Show what changed and by whom; returns RELOAD, REAPPLY or CANCEL."""
    deleted = getattr(error, "deleted", False)
    heading = title or ("This record was deleted" if deleted else
                        "Someone saved this record while you were editing it")
    dialog = ConflictDialog(heading, str(error), conflict_rows(error),
                            can_reapply=not deleted and hasattr(error, "current_version"),
                            parent=parent)
    dialog.exec()
    return dialog.choice


def _show_status(parent, message: str) -> None:
    """'Reconnecting…' in the window's status bar while a save waits for the server."""
    from PySide6.QtWidgets import QApplication
    window = parent.window() if parent is not None else None
    if window is not None and hasattr(window, "statusBar"):
        window.statusBar().showMessage(message, 3000)
    QApplication.processEvents()


def save_or_resolve(ctx, parent, entity, row_id, version: int, changes: dict, *,
                    on_reload=None, ask=resolve_conflict):
    """Save a form's changes against the version it loaded. On a conflict, ask the user: Reload
    (calls `on_reload`), Re-apply (saves again on top of the current version), or Cancel. Returns
    the new version, or None when nothing was saved. "Being edited by X" is shown as a message."""
    from models.db.errors import RepdeskError
    from models.db.retry import BeingEdited, EditConflict, save_changes
    while True:
        try:
            new_version = save_changes(ctx.db, entity, row_id, version, changes,
                                       on_reconnecting=lambda message: _show_status(parent, message))
        except EditConflict as error:
            choice = ask(parent, error)
            if choice == REAPPLY and error.current_version is not None:
                version = error.current_version
                continue
            if choice == RELOAD and on_reload is not None:
                on_reload()
            return None
        except BeingEdited as error:
            QMessageBox.information(parent, "Being edited", str(error))
            return None
        except RepdeskError as error:
            QMessageBox.warning(parent, "Not saved", str(error))
            return None
        ctx.changed.emit(entity.__tablename__)
        return new_version


__all__ = ["HistoryDialog", "open_history", "resolve_conflict", "save_or_resolve",
           "conflict_rows", "RELOAD", "REAPPLY", "CANCEL"]
