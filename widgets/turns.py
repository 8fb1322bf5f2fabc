"""Heavy GUI work one piece per turn of the event loop.

Making a pyqtgraph plot takes 20–60 ms, drawing its data as long again, and a page may show
several at once. Done together they freeze the window for the sum; queued here, each runs in a
turn of its own, and the window paints and answers the mouse and keys between them. One queue
serves the whole window, so two pages' or two charts' work never shares a turn.

`later(owner, step)` runs `step()` in a later turn, unless `owner` (a QObject) is deleted first.
A step runs in a timer's turn: a posted call would run before the window's paint and input, in
the same turn as whatever queued it.
"""
from __future__ import annotations

from collections import deque

import shiboken6
from PySide6.QtCore import QObject, QTimer


class TurnQueue(QObject):
    def __init__(self):
        super().__init__()
        self._steps: deque = deque()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._next)

    @property
    def pending(self) -> int:
        return len(self._steps)

    def add(self, owner: QObject, step, *, first: bool = False) -> None:
        if first:
            self._steps.appendleft((owner, step))
        else:
            self._steps.append((owner, step))
        if not self._timer.isActive():
            self._timer.start()

    def run_all(self) -> None:
        """Every queued step now (a test; an export that needs the finished widget)."""
        while self._steps:
            self._next()

    def _next(self) -> None:
        try:
            while self._steps:
                owner, step = self._steps.popleft()
                if owner is None or shiboken6.isValid(owner):
                    step()
                    break
        finally:   # a step that failed (and is reported) does not stop the others
            if self._steps and not self._timer.isActive():
                self._timer.start()


_queue: TurnQueue | None = None


def queue() -> TurnQueue:
    global _queue
    if _queue is None or not shiboken6.isValid(_queue):
        _queue = TurnQueue()
    return _queue


def later(owner: QObject | None, step, *, first: bool = False) -> None:
    """Run `step()` in a turn of the event loop of its own, unless `owner` is deleted first
    (`first`: before the steps queued so far, e.g. showing the page the user asked for)."""
    queue().add(owner, step, first=first)
