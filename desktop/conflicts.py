"""How a form saves: off the GUI thread, waiting for a lost database server, and asking the user
what to do when someone else saved the same record first.

Every editing form uses one helper:

    job = save_resolving_conflicts(self, lambda version: save_x(db, x_id, version, edit),
                                   loaded_version, reload=self.reload_from_database)
    job.reconnecting.connect(self.show_reconnecting)   # "Reconnecting to the database…"
    job.finished.connect(self.save_finished)           # a SaveOutcome

- The save function gets the version to save against and runs on a worker thread, wrapped in
  `with_retry`: a dropped connection is waited for (pool pre-ping gives the next attempt a fresh
  one) and `reconnecting` is emitted meanwhile; the transaction of a failed attempt is rolled back,
  so nothing is half-written.
- A stale version (`EditConflict`) asks the user (`ask`, injectable for tests): Re-apply saves
  again on top of the current version, Reload calls `reload(error)` so the form shows the current
  values, Cancel leaves the form as it is, with the user's edits.
- `cancel()` stops waiting for the server; the form keeps the edits.
"""
from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEventLoop, QObject, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.i18n import tr
from desktop.tasks import Task
from widgets.conflict_dialog import CANCEL, RELOAD, REAPPLY, ConflictDialog, ConflictRow
from widgets.history_view import field_label, show

# Marked here, translated where shown (tr(RECONNECTING)); tests compare against tr(RECONNECTING).
RECONNECTING = QT_TRANSLATE_NOOP("QCoreApplication",
                                 "Reconnecting to the database… your edits are kept.")
STOPPED = QT_TRANSLATE_NOOP("QCoreApplication",
                            "Not saved: you stopped the save while the database could not be "
                            "reached. Your edits are kept; press Save to try again.")


# -- the conflict dialog ---------------------------------------------------------------------------
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
    dialog = conflict_dialog(parent, error, title=title)
    dialog.exec()
    return dialog.choice


def conflict_dialog(parent: QWidget | None, error, *, title: str = "") -> ConflictDialog:
    deleted = getattr(error, "deleted", False)
    heading = title or (tr("This record was deleted") if deleted else
                        tr("Someone saved this record while you were editing it"))
    return ConflictDialog(heading, str(error), conflict_rows(error),
                          can_reapply=not deleted
                          and getattr(error, "current_version", None) is not None,
                          parent=parent)


# -- the save ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class SaveOutcome:
    saved: bool
    result: Any = None                  # what the save function returned
    error: BaseException | None = None  # why it was not saved (None after Reload or Cancel)
    choice: str | None = None           # the user's answer to a conflict: RELOAD or CANCEL

    @property
    def message(self) -> str:
        return str(self.error) if self.error is not None else ""


class FormSave(QObject):
    """One save of a form; see the module's docstring. Start it with `start()`."""

    reconnecting = Signal(str)   # the server cannot be reached; the save waits for it
    finished = Signal(object)    # SaveOutcome

    def __init__(self, parent: QWidget | None, save: Callable[[Any], Any], version, *,
                 reload: Callable[[Any], None] | None = None, ask=resolve_conflict,
                 background: bool = True, reconnect_seconds: float = 30.0,
                 pool: QThreadPool | None = None):
        super().__init__(parent)
        self.widget = parent
        self.save_fn, self.version = save, version
        self.reload_fn, self.ask = reload, ask
        self.background, self.reconnect_seconds = background, reconnect_seconds
        self.pool = pool or QThreadPool.globalInstance()
        self.outcome: SaveOutcome | None = None
        self.attempts = 0
        self._stop = threading.Event()
        self._task: Task | None = None

    # -- driving ---------------------------------------------------------------------------
    def start(self) -> FormSave:
        self._attempt(self.version)
        return self

    def cancel(self) -> None:
        """Stop waiting for the server (takes effect between two attempts)."""
        self._stop.set()
        if self._task is not None:
            self._task.cancel()

    @property
    def running(self) -> bool:
        return self.outcome is None

    def wait(self, msecs: int = 60_000) -> SaveOutcome | None:
        """Process events until the save ended (for tests and scripts)."""
        if self.outcome is None:
            loop = QEventLoop()
            self.finished.connect(loop.quit)
            QTimer.singleShot(msecs, loop.quit)
            if self.outcome is None:
                loop.exec()
        return self.outcome

    # -- one attempt -------------------------------------------------------------------------
    def _attempt(self, version) -> None:
        self.attempts += 1
        self.version = version
        if not self.background:
            from models.domain.progress import Progress
            progress = Progress(lambda _d, _t, message: self.reconnecting.emit(message),
                                self._stop.is_set)
            try:
                result = self._work(version, progress=progress)
            except BaseException as error:  # noqa: BLE001 - handled like the worker's
                self._failed(error)
            else:
                self._finish(SaveOutcome(True, result))
            return
        task = Task(self._work, (version,), {})
        task.signals.progress.connect(lambda _d, _t, message: self.reconnecting.emit(message))
        task.signals.succeeded.connect(lambda result: self._finish(SaveOutcome(True, result)))
        task.signals.failed.connect(self._failed)
        self._task = task
        if self._stop.is_set():
            task.cancel()
        self.pool.start(task)

    def _work(self, version, *, progress):
        """On the worker thread: the save, retried while the server is away."""
        from models.db.retry import with_retry

        def waiting(_message: str) -> None:
            progress.step(0, 0, tr(RECONNECTING))  # translate() is thread-safe

        def sleep(seconds: float) -> None:
            self._stop.wait(seconds)
            progress.check()  # Cancelled when the user stopped the save

        return with_retry(lambda: self.save_fn(version), on_reconnecting=waiting, sleep=sleep,
                          reconnect_seconds=self.reconnect_seconds)

    def _failed(self, error: BaseException) -> None:
        from sqlalchemy import exc

        from models.db.errors import RepdeskError
        from models.db.retry import EditConflict
        from models.domain.progress import Cancelled
        if isinstance(error, EditConflict):
            choice = self.ask(self.widget, error)
            if choice == REAPPLY and not error.deleted and error.current_version is not None:
                self._attempt(error.current_version)
                return
            if choice == RELOAD and self.reload_fn is not None:
                self.reload_fn(error)
            self._finish(SaveOutcome(False, choice=RELOAD if choice == RELOAD else CANCEL))
        elif isinstance(error, Cancelled):
            self._finish(SaveOutcome(False, error=Cancelled(tr(STOPPED))))
        elif isinstance(error, RepdeskError):
            self._finish(SaveOutcome(False, error=error))
        elif isinstance(error, exc.DBAPIError):
            from models.db.retry import plain_message
            self._finish(SaveOutcome(False, error=RepdeskError(
                tr("The database refused this save; nothing was written. Your edits are kept. "
                   "({reason})").format(reason=plain_message(error)))))
        else:
            self._finish(SaveOutcome(False, error=error))
            raise error

    def _finish(self, outcome: SaveOutcome) -> None:
        self._task = None
        self.outcome = outcome
        self.finished.emit(outcome)


def save_resolving_conflicts(parent: QWidget | None, save: Callable[[Any], Any], version, *,
                             reload: Callable[[Any], None] | None = None, ask=resolve_conflict,
                             background: bool = True, on_finished=None, on_reconnecting=None,
                             reconnect_seconds: float = 30.0) -> FormSave:
    """Start a form's save (see the module's docstring) and return it; `on_finished` gets the
    SaveOutcome, `on_reconnecting` the status text while the server is away. With
    `background=False` the save runs here and has finished when this returns."""
    job = FormSave(parent, save, version, reload=reload, ask=ask, background=background,
                   reconnect_seconds=reconnect_seconds)
    if on_reconnecting is not None:
        job.reconnecting.connect(on_reconnecting)
    if on_finished is not None:
        job.finished.connect(on_finished)
    return job.start()


def save_or_resolve(ctx, parent, entity, row_id, version: int, changes: dict, *,
                    on_reload=None, ask=resolve_conflict):
    """Save some fields of one record against the version the form loaded, here and now (a thin
    user of `save_resolving_conflicts`). Returns the new version, or None when nothing was saved;
    "being edited by X" and other refusals are shown as a message."""
    from models.db.retry import save_changes

    def store(at_version):
        return save_changes(ctx.db, entity, row_id, at_version, changes, retry=False)
    job = save_resolving_conflicts(parent, store, version, ask=ask, background=False,
                                   reload=(lambda _error: on_reload()) if on_reload else None)
    outcome = job.outcome
    if outcome.saved:
        ctx.changed.emit(entity.__tablename__)
        return outcome.result
    if outcome.error is not None:
        from models.db.retry import BeingEdited
        if isinstance(outcome.error, BeingEdited):
            QMessageBox.information(parent, tr("Being edited"), outcome.message)
        else:
            QMessageBox.warning(parent, tr("Not saved"), outcome.message)
    return None


__all__ = ["FormSave", "SaveOutcome", "save_resolving_conflicts", "save_or_resolve",
           "resolve_conflict", "conflict_dialog", "conflict_rows", "RECONNECTING", "RELOAD",
           "REAPPLY", "CANCEL"]
