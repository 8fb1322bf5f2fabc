"""Back and forward between the places of the main window, as in a browser.

A place is ("page", key) for an area of the sidebar or ("rep", rep_id) for a rep's page. The
window tells the navigator each place it shows (`visited`); Back and Forward ask the window to
show an earlier place again (`window.show_place`) without recording that as a new visit.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal

Place = tuple[str, object]
LONGEST = 100  # places remembered each way


class Navigator(QObject):
    changed = Signal()  # can_go_back / can_go_forward may have changed

    def __init__(self, show_place, parent: QObject | None = None):
        super().__init__(parent)
        self._show_place = show_place
        self.back_places: list[Place] = []
        self.forward_places: list[Place] = []
        self.current: Place | None = None
        self._moving = False

    def visited(self, place: Place) -> None:
        if self._moving or place == self.current:
            return
        if self.current is not None:
            self.back_places = (self.back_places + [self.current])[-LONGEST:]
        self.forward_places.clear()
        self.current = place
        self.changed.emit()

    def can_go_back(self) -> bool:
        return bool(self.back_places)

    def can_go_forward(self) -> bool:
        return bool(self.forward_places)

    def back(self) -> None:
        if self.back_places:
            self._go(self.back_places.pop(), self.forward_places)

    def forward(self) -> None:
        if self.forward_places:
            self._go(self.forward_places.pop(), self.back_places)

    def _go(self, place: Place, other: list[Place]) -> None:
        if self.current is not None:
            other.append(self.current)
        self.current = place
        self._moving = True
        try:
            self._show_place(place)
        finally:
            self._moving = False
        self.changed.emit()

    def forget(self) -> None:
        """A new database: the old places mean nothing there."""
        self.back_places.clear()
        self.forward_places.clear()
        self.current = None
        self.changed.emit()
