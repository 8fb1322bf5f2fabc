"""The window's texts in the user's language, with Qt's own tools.

Every visible text goes through `tr()`:

    from desktop.i18n import tr
    label = QLabel(tr("Team"))
    note = tr("{name} has no quota this quarter").format(name=rep.name)   # never an f-string
    count = tr("%n open deal(s)", "", n)                                  # plurals: positional n

`pyside6-lupdate` finds these calls (all in one context) and writes `resources/i18n/repdesk_<lang>
.ts`; `pyside6-lrelease` makes the `.qm` files the window loads (resources/i18n/README.md).
Texts made in `models/` are translated there, with gettext (models/i18n.py); `set_window_language`
switches both, and the locale numbers and dates are written in.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

import resources
from models import i18n
from widgets.i18n import CONTEXTS, tr  # noqa: F401  (one tr() for widgets and pages)

TRANSLATIONS = resources.path("i18n")
SETTINGS_KEY = "language"        # '' or missing: the system's language

# Qt's own files for its standard buttons and dialogs ("Cancel", "Open"), by Repdesk language.
_QT_FILES = {"el": "qtbase_el", "zh_CN": "qtbase_zh_CN", "id": "qtbase_id", "fil": None}


class PseudoTranslator(QTranslator):
    """Wraps every text in [[…]]: a test walks the window with it and finds the texts that stay
    plain, i.e. the ones that never went through tr()."""

    def translate(self, context, source, disambiguation=None, n=-1):
        if not source:
            return source
        text = source.replace("%n", str(n)) if n >= 0 else source
        return f"[[{text}]]"

    def isEmpty(self) -> bool:
        return False


_installed: list[QTranslator] = []


def system_language() -> str:
    return i18n.supported(QLocale.system().name()) or i18n.DEFAULT


def chosen_language(settings) -> str:
    """The language the user chose in the Language menu, else the system's."""
    stored = settings.value(SETTINGS_KEY, "") if settings is not None else ""
    return i18n.supported(str(stored or "")) or system_language()


def set_window_language(code: str | None) -> str:
    """Load `code`'s translations into the running application (replacing earlier ones), and
    speak it in models/ too. Returns the language in use."""
    app = QCoreApplication.instance()
    lang = i18n.set_language(code)
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if lang == i18n.PSEUDO:
        _install(app, PseudoTranslator(app))
        return lang
    if lang == i18n.DEFAULT:
        return lang
    own = QTranslator(app)
    if own.load(str(TRANSLATIONS / f"repdesk_{lang}.qm")):
        _install(app, own)
    qt_file = _QT_FILES.get(lang)
    if qt_file:
        qt = QTranslator(app)
        if qt.load(qt_file, QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            _install(app, qt)
    return lang


def ensure_cjk_font() -> str | None:
    """Chinese names and the Chinese window need a font with its characters. Most systems have
    one; where none is installed (a bare Linux, a server session) the font shipped for the PDFs
    is added to the application, and Qt's fallback uses it. Returns the family added, if any."""
    from PySide6.QtGui import QFontDatabase
    if QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        return None
    font_id = QFontDatabase.addApplicationFont(str(resources.path("fonts", "wqy-zenhei.ttc")))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return families[0] if families else None


def _install(app, translator: QTranslator) -> None:
    app.installTranslator(translator)
    _installed.append(translator)
