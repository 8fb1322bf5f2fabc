"""Undo/redo of rep edits made in this window. Each command re-saves through the service, so the
audit trail and the version check apply to undo and redo as to any edit; a conflict (someone else
changed the rep meanwhile) is reported and the command dropped, never forced."""
from __future__ import annotations

from typing import Callable

from PySide6.QtGui import QUndoCommand

from desktop.i18n import tr
from models.db.errors import RepdeskError
from models.services.reps import RepRecord


class SaveRepCommand(QUndoCommand):
    """An edit already saved (`before` -> `after`); the first redo, from push(), does nothing."""

    def __init__(self, before: RepRecord, after: RepRecord, *,
                 save: Callable[[RepRecord], RepRecord], report: Callable[[Exception], None]):
        super().__init__(tr("Edit {name}").format(name=after.full_name))
        self.before, self.after, self.current = before, after, after
        self.save, self.report = save, report
        self._first = True

    def _apply(self, target: RepRecord) -> None:
        try:
            self.current = self.save(target.with_values(version=self.current.version))
        except RepdeskError as error:
            self.setObsolete(True)
            self.report(error)

    def undo(self) -> None:
        self._apply(self.before)

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._apply(self.after)


class AddRepCommand(QUndoCommand):
    """A rep just added; undo deletes it again, redo adds it back (with a new id)."""

    def __init__(self, added: RepRecord, *, save: Callable[[RepRecord], RepRecord],
                 delete: Callable[[int, int | None], None], report: Callable[[Exception], None]):
        super().__init__(tr("Add {name}").format(name=added.full_name))
        self.current: RepRecord | None = added
        self.template = added.with_values(id=None, version=None)
        self.save, self.delete, self.report = save, delete, report
        self._first = True

    def undo(self) -> None:
        try:
            if self.current is not None:
                self.delete(self.current.id, self.current.version)
                self.current = None
        except RepdeskError as error:
            self.setObsolete(True)
            self.report(error)

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        try:
            self.current = self.save(self.template)
        except RepdeskError as error:
            self.setObsolete(True)
            self.report(error)
