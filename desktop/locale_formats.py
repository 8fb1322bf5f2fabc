"""The window's side of models/formatting.py: the system's locale (QLocale) decides how the window
writes numbers, money and dates; pages then call models.formatting and never format by hand."""
from __future__ import annotations

from PySide6.QtCore import QLocale

from models import formatting


def use_system_locale(locale: QLocale | None = None) -> str:
    """Hand the system locale's name ('el_GR', 'zh_CN', 'C' …) to the formatting module; the C
    and POSIX locales of servers and containers mean no choice, so the default stays."""
    name = (locale or QLocale.system()).name()
    return formatting.set_locale(None if name in ("C", "POSIX", "") else name)
