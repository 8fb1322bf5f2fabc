"""Text folding for search and sorting: case- and accent-insensitive in any script."""
from __future__ import annotations

import re
import unicodedata

# Combining marks (Latin, Greek, Cyrillic and Vietnamese diacritics and the rest of the blocks).
_MARKS = re.compile("[\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff"
                    "\ufe20-\ufe2f]")


def fold(text: str | None) -> str:
    """'Ἀθηνᾶ Çelik' -> 'αθηνα celik': compatibility-decomposed, marks dropped, case-folded
    (Greek final sigma becomes σ, German ß becomes ss). Chinese and other scripts pass through."""
    if not text:
        return ""
    if text.isascii():
        return text.lower()
    stripped = _MARKS.sub("", unicodedata.normalize("NFKD", text))
    return unicodedata.normalize("NFC", stripped).casefold()
