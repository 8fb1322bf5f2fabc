"""`tr()` for the reusable widgets: the same call as desktop/i18n.py's (one translation context,
found by pyside6-lupdate), here because widgets/ may not import desktop/ (the layer contracts in
pyproject.toml)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CONTEXT = "QCoreApplication"     # the same context as desktop.i18n.CONTEXT


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the window's language. `n` picks a plural form and replaces %n."""
    return QCoreApplication.translate(CONTEXT, text, disambiguation, n)
