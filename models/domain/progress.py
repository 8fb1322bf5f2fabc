"""Progress reporting and cancellation for long work, without any GUI.

Long operations (imports, batch PDFs, heavy queries) take a `Progress` and call `step()`; the
desktop shell runs them on a worker thread and maps the callbacks to a progress bar with Cancel;
tests and the CLI pass `Progress()` (silent) or one that prints.
"""
from __future__ import annotations

from typing import Callable

from models.i18n import _


class Cancelled(Exception):
    """The user pressed Cancel; the operation rolled back whatever it had started."""


class Progress:
    def __init__(self, report: Callable[[int, int, str], None] | None = None,
                 is_cancelled: Callable[[], bool] | None = None):
        self._report = report
        self._is_cancelled = is_cancelled

    def step(self, done: int, total: int, message: str = "") -> None:
        """Report `done` of `total`; raises Cancelled if the user asked to stop."""
        if self._report:
            self._report(done, total, message)
        self.check()

    def check(self) -> None:
        if self._is_cancelled and self._is_cancelled():
            raise Cancelled(_("Cancelled by the user; nothing was saved."))
