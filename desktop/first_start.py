"""The first start without a database: explore the demo, start an empty company, or connect."""
from __future__ import annotations

from PySide6.QtWidgets import (QCommandLinkButton, QDialog, QInputDialog, QLabel, QLineEdit,
                               QVBoxLayout)

from desktop.i18n import tr


class FirstStartDialog(QDialog):
    """`choice` ends as ('demo', None), ('file', path) or ('url', url)."""

    def __init__(self, default_file: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Welcome to Repdesk"))
        self.setMinimumWidth(520)
        self.choice: tuple[str, str | None] | None = None
        self._default_file = default_file
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("<h2>Welcome to Repdesk</h2>"
                                   "<p>There is no Repdesk database on this workstation yet.</p>")))
        demo = QCommandLinkButton(
            tr("Explore the demo company"),
            tr("A realistic sales company with field, remote and agency reps."))
        empty = QCommandLinkButton(
            tr("Start an empty company database"),
            tr("A new file on this computer: {path}").format(path=default_file))
        server = QCommandLinkButton(
            tr("Connect to a PostgreSQL server…"),
            tr("For a sales office sharing one database between workstations."))
        demo.clicked.connect(lambda: self._choose("demo", None))
        empty.clicked.connect(lambda: self._choose("file", self._default_file))
        server.clicked.connect(self._ask_server)
        for button in (demo, empty, server):
            layout.addWidget(button)

    def _choose(self, kind: str, value: str | None) -> None:
        self.choice = (kind, value)
        self.accept()

    def _ask_server(self) -> None:
        url, ok = QInputDialog.getText(
            self, tr("Connect to a PostgreSQL server"), tr("Database address:"),
            QLineEdit.EchoMode.Normal, "postgresql://user@server:5432/repdesk")
        if ok and url.strip():
            self._choose("url", url.strip())
