"""Date fields that write their date as the tables beside them do (models.formatting's locale),
not as ISO text."""
from __future__ import annotations

from PySide6.QtCore import QLocale

from models import formatting


# LDML (CLDR's date letters, as babel gives them) -> Qt's display format: the letters that differ
_QT_LETTERS = {"y": "yyyy", "yyyy": "yyyy", "yy": "yy", "L": "M", "LL": "MM", "LLL": "MMM",
               "LLLL": "MMMM", "E": "ddd", "EE": "ddd", "EEE": "ddd", "EEEE": "dddd",
               "c": "ddd", "ccc": "ddd", "cccc": "dddd", "a": "AP"}
_SAME = set("MdHhms")


def qt_date_format(pattern: str) -> str:
    """'MMM d, y' -> 'MMM d, yyyy'; quoted text stays quoted; other letters are dropped with
    the separator before them (an era, a time zone: a date field has neither)."""
    out, i = [], 0
    while i < len(pattern):
        char = pattern[i]
        if char == "'":
            end = pattern.find("'", i + 1)
            end = len(pattern) - 1 if end < 0 else end
            out.append(pattern[i:end + 1])
            i = end + 1
            continue
        run = i
        while run < len(pattern) and pattern[run] == char:
            run += 1
        token = pattern[i:run]
        if char.isascii() and char.isalpha():
            if token in _QT_LETTERS:
                out.append(_QT_LETTERS[token])
            elif char in _SAME:
                out.append(token)
            elif out and not out[-1].strip(" ,"):
                out.pop()
        else:
            out.append(token)
        i = run
    return "".join(out).strip()


def show_dates(edit, *, weekday: bool = False, time: bool = False,
               month_only: bool = False) -> None:
    """A date (or date-and-time) field that writes its date as the tables do, in the window's
    locale (models.formatting): 'Nov 30, 2026' for an American, '30 Νοε 2026' in Greek,
    '2026年11月30日' in Chinese, rather than 2026-11-30; its month and day names in that locale
    too (what is typed is read the same way)."""
    edit.setLocale(QLocale(formatting.current_locale()))
    edit.setDisplayFormat(qt_date_format(formatting.date_pattern(
        weekday=weekday, time=time, month_only=month_only)))
