"""The one wrapper around QSettings: named keys, a version number, and a migrate step."""
from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

SETTINGS_VERSION = 1


class Settings:
    def __init__(self, qsettings: QSettings | None = None):
        self._s = qsettings or QSettings("Repdesk", "Repdesk")
        self._migrate()

    def _migrate(self) -> None:
        stored = int(self._s.value("settings_version", 0) or 0)
        if stored < SETTINGS_VERSION:
            # Version 1 is the first; later versions rename or convert keys here.
            self._s.setValue("settings_version", SETTINGS_VERSION)

    def window_geometry(self) -> QByteArray | None:
        return self._s.value("main_window/geometry")

    def window_state(self) -> QByteArray | None:
        return self._s.value("main_window/state")

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self._s.setValue("main_window/geometry", geometry)
        self._s.setValue("main_window/state", state)

    def last_page(self) -> str:
        return str(self._s.value("main_window/page", "roster"))

    def set_last_page(self, key: str) -> None:
        self._s.setValue("main_window/page", key)

    def value(self, key: str, default=None):
        """Per-view state (column layouts and the like), under a key the view owns."""
        return self._s.value(key, default)

    def set_value(self, key: str, value) -> None:
        self._s.setValue(key, value)

    def sync(self) -> None:
        self._s.sync()
