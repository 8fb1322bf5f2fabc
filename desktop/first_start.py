"""The first start without a database: explore the demo, start an empty company, or connect."""
from __future__ import annotations

from PySide6.QtWidgets import (QCommandLinkButton, QDialog, QInputDialog, QLabel, QLineEdit,
                               QVBoxLayout)


class FirstStartDialog(QDialog):
    """`choice` ends as ('demo', None), ('file', path) or ('url', url)."""

    def __init__(self, default_file: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle("Welcome to Repdesk")
        self.setMinimumWidth(520)
        self.choice: tuple[str, str | None] | None = None
        self._default_file = default_file
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>Welcome to Repdesk</h2>"
                                "<p>There is no Repdesk database on this workstation yet.</p>"))
        demo = QCommandLinkButton("Explore the demo company",
                                  "A realistic sales company with field, remote and agency reps.")
        empty = QCommandLinkButton("Start an empty company database",
                                   f"A new file on this computer: {default_file}")
        server = QCommandLinkButton("Connect to a PostgreSQL server…",
                                    "For a sales office sharing one database between workstations.")
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
            self, "Connect to a PostgreSQL server", "Database address:",
            QLineEdit.EchoMode.Normal, "postgresql://user@server:5432/repdesk")
        if ok and url.strip():
            self._choose("url", url.strip())
