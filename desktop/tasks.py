"""Long work off the GUI thread.

The work is a plain function taking a `models.domain.progress.Progress` as its `progress` keyword;
it never touches a widget. The runner executes it on a QThreadPool, shows a progress dialog with
Cancel when asked, and calls back on the GUI thread with the result or the error.
"""
from __future__ import annotations

import threading
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.i18n import tr


class _Signals(QObject):
    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)


class Task(QRunnable):
    def __init__(self, fn: Callable[..., Any], args: tuple, kwargs: dict):
        super().__init__()
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.signals = _Signals()
        self.cancel_requested = threading.Event()
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self.cancel_requested.set()

    def run(self) -> None:
        from models.domain.progress import Progress
        progress = Progress(lambda done, total, message: self._emit("progress", done, total, message),
                            self.cancel_requested.is_set)
        try:
            result = self.fn(*self.args, progress=progress, **self.kwargs)
        except BaseException as error:  # reported to the GUI thread, never lost
            self._emit("failed", error)
        else:
            self._emit("succeeded", result)

    def _emit(self, name: str, *args) -> None:
        try:
            getattr(self.signals, name).emit(*args)
        except RuntimeError:
            # The window that asked for this work has closed (the app is quitting): nobody is
            # listening any more, so stop the work instead of crashing the thread.
            self.cancel_requested.set()


class TaskRunner(QObject):
    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None):
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self._running: set[Task] = set()
        self.finished = 0    # tasks ended so far (desktop.collector waits for a quiet spell)

    def run(self, fn: Callable[..., Any], *args, on_success: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None,
            progress_title: str | None = None, parent: QWidget | None = None, **kwargs) -> Task:
        """Run `fn(*args, progress=…, **kwargs)` in the background. With `progress_title`, a
        progress dialog with Cancel is shown until it ends."""
        task = Task(fn, args, kwargs)
        dialog = None
        if progress_title:
            dialog = QProgressDialog(progress_title, tr("Cancel"), 0, 0, parent)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(300)
            dialog.canceled.connect(task.cancel)

            def show_progress(done: int, total: int, message: str) -> None:
                dialog.setMaximum(max(total, 0))
                dialog.setValue(min(done, total) if total else 0)
                if message:
                    dialog.setLabelText(message)
            task.signals.progress.connect(show_progress)

        def finish() -> None:
            self._running.discard(task)
            self.finished += 1
            if dialog is not None:
                dialog.reset()
                dialog.deleteLater()

        # A page or dialog closed while its load ran has nobody left to show the result to:
        # its widgets are gone, and the result is dropped (_unless_closed) for every caller.
        def succeeded(result) -> None:
            finish()
            if on_success:
                _unless_closed(on_success, result)

        def failed(error) -> None:
            finish()
            if on_error:
                _unless_closed(on_error, error)
            else:
                raise error

        task.signals.succeeded.connect(succeeded)
        task.signals.failed.connect(failed)
        self._running.add(task)
        self.pool.start(task)
        return task

    @property
    def busy(self) -> bool:
        """Work started here is still running (or its result not yet handed over)."""
        return bool(self._running)

    def wait(self, msecs: int = 30_000) -> bool:
        return self.pool.waitForDone(msecs)


class LatestLoad:
    """The loads of one view, each run in the background; only the newest one's result is shown.

    A page calls `load(fn, shown)`: `fn()` runs off the GUI thread, `shown(result)` on it, unless
    a newer load was started meanwhile (its result would be older than what the user asked for).
    `busy` is true from the start of a load until its result is shown or its error reported.
    """

    def __init__(self, runner: TaskRunner):
        self.runner = runner
        self.task: Task | None = None
        self._generation = 0

    @property
    def busy(self) -> bool:
        return self.task is not None

    def load(self, fn: Callable[[], Any], shown: Callable[[Any], None],
             failed: Callable[[BaseException], None] | None = None) -> Task:
        self._generation += 1
        generation = self._generation

        def succeeded(result) -> None:
            if generation == self._generation:
                self.task = None
                _unless_closed(shown, result)

        def errored(error) -> None:
            if generation != self._generation:
                return
            self.task = None
            if failed is None:
                raise error
            _unless_closed(failed, error)

        self.task = self.runner.run(lambda progress: fn(), on_success=succeeded, on_error=errored)
        return self.task


def failure_message(error: BaseException) -> str:
    """What a view says when its background read failed: the database's problem in one sentence
    (the connection lost, the server stopped, the user not allowed). A fault in the program is
    raised again, not hidden."""
    from sqlalchemy.exc import SQLAlchemyError
    from models.db.errors import RepdeskError
    from models.db.retry import plain_message
    if not isinstance(error, (SQLAlchemyError, RepdeskError)):
        raise error
    return plain_message(error)


class DialogLoad(LatestLoad):
    """A dialog's loads: in the background through the window's runner, or at once where there
    is none (a test, a tool without a window)."""

    def load(self, fn: Callable[[], Any], shown: Callable[[Any], None],
             failed: Callable[[BaseException], None] | None = None) -> Task | None:
        if self.runner is not None:
            return super().load(fn, shown, failed)
        try:
            result = fn()
        except Exception as error:
            if failed is None:
                raise
            failed(error)
            return None
        shown(result)
        return None


def _unless_closed(deliver: Callable[[Any], None], value) -> None:
    """Hand a load's result to its view, unless the view was closed while the load ran: its
    widgets are gone, and there is nobody left to show the result to."""
    try:
        deliver(value)
    except RuntimeError as error:
        if "already deleted" not in str(error):
            raise
