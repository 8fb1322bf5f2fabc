"""The window's one `tr()`: it lives here because widgets/ may not import desktop/ (the layer
contracts in pyproject.toml); desktop/i18n.py hands the same function to the pages."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# pyside6-lupdate files a plain tr() call under no context, or under
# "QCoreApplication" inside some classes; a text is looked up in both.
CONTEXTS = ("", "QCoreApplication")


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the window's language. `n` picks a plural form and replaces %n."""
    untranslated = text.replace("%n", str(n)) if n >= 0 else text
    for context in CONTEXTS:
        found = QCoreApplication.translate(context, text, disambiguation, n)
        if found != untranslated:
            return found
    return untranslated
