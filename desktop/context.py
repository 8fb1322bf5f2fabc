"""What every page is handed: the open database, the signed-in user, and the task runner.

Pages call services with `ctx.db` (each service opens its own short session) and run long work
with `ctx.tasks`. After a save, a page calls `ctx.changed.emit(area)` so other pages can reload.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal


class ChangeBus(QObject):
    """Tells pages that data changed: the argument names the area ('reps', 'deals', '*')."""
    changed = Signal(str)


@dataclass
class AppContext:
    db: object            # models.db.database.Database
    user: object          # models.services.users.CurrentUser
    tasks: object         # desktop.tasks.TaskRunner
    bus: ChangeBus = field(default_factory=ChangeBus)
    settings: object = None  # desktop.settings.Settings of the window (None in isolated tests)

    @property
    def changed(self):
        return self.bus.changed
