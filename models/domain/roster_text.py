"""Text folding for search and sorting: case- and accent-insensitive in any script."""
from __future__ import annotations

import unicodedata


def fold(text: str | None) -> str:
    """'Ἀθηνᾶ Çelik' -> 'αθηνα celik': compatibility-decomposed, marks dropped, case-folded
    (Greek final sigma becomes σ, German ß becomes ss). Chinese and other scripts pass through."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped).casefold()
