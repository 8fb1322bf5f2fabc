"""Python's cycle collector in a window that holds a real company's data.

The collector stops every thread while it walks the objects it tracks, and the thread that runs
it may be a page's background read: the window freezes either way. At a 50,000-deal company a
walk of everything (the oldest generation) took 0.4 s, of the middle one 0.1–0.2 s.

- Young objects are collected less often (most of a load's records are freed by their counts
  anyway), and the middle generation after 5 young passes, so that it stays small.
- Once the window is idle after loading (no background work for IDLE_MS), what is alive then
  (the pages, their data, the code) is frozen out of later walks (gc.freeze): the next full walk
  covers only what came after. Cyclic garbage not yet collected then, and a cycle among frozen
  objects that later becomes garbage, is freed only once another database is opened
  (release_the_collector): the pages' data are tuples and records freed by their counts, and
  the collector's passes in the stall bench found tens to hundreds of such objects, not
  thousands.
"""
from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

THRESHOLDS = (10_000, 5, 100)
IDLE_MS = 1_500


def tune_the_collector() -> None:
    gc.set_threshold(*THRESHOLDS)


def settle_the_collector() -> None:
    """Leave what lives now out of later walks. No collection first: a full one is the very
    pause this avoids, and just after a page read 50,000 deals even the young generations'
    passes took 51 ms (the youngest) and 0.13 s (with the middle one)."""
    gc.freeze()


def release_the_collector() -> None:
    """Another database is opened: the previous one's pages go, and what was frozen is walked
    again (a cycle among them is freed by the next full pass)."""
    gc.unfreeze()


class CollectorKeeper(QObject):
    """Settles the collector whenever the window's background work has ended and stayed ended for
    IDLE_MS, once per batch of work (`runner.finished`: how many tasks have ended so far)."""

    def __init__(self, runner, parent: QObject | None = None):
        super().__init__(parent)
        self.runner = runner
        self._settled_at = -1
        self._timer = QTimer(self)
        self._timer.setInterval(IDLE_MS)
        self._timer.timeout.connect(self._check)
        self._seen = runner.finished
        self._timer.start()

    def _check(self) -> None:
        finished = self.runner.finished
        if self.runner.busy or finished != self._seen:
            self._seen = finished     # still working, or just done: wait a quiet interval more
            return
        if finished != self._settled_at:
            self._settled_at = finished
            settle_the_collector()
