"""Texts made outside Qt — KPI names, alert and attention reasons, review labels, PDF labels, CLI
messages — in the reader's language, with gettext catalogs kept by babel, so `models/` stays
free of Qt.

Mark a text with `_("…")` (or `ngettext(singular, plural, n)`, or `N_("…")` for a text kept in a
table and translated where it is shown). The catalogs are `resources/i18n/<lang>/LC_MESSAGES/
repdesk.po`; `packaging/i18n.py` keeps them (resources/i18n/README.md).

The language is the process's (`set_language`, from the window's choice or the CLI's
environment) unless a block asks for another one (`using_language`, e.g. one rep's review PDF in
that rep's language); the same switch sets the locale that numbers, money and dates follow.
"""
from __future__ import annotations

import contextlib
import contextvars
import functools
import gettext as _gettext
import os
import resources
from models import formatting

# The languages Repdesk speaks: code -> the language's own name (as the language menu shows it).
LANGUAGES = {
    "en": "English",
    "fil": "Filipino",
    "id": "Bahasa Indonesia",
    "el": "Ελληνικά",
    "zh_CN": "简体中文",
}
# The babel locale each language formats numbers, money and dates with.
LOCALES = {"en": "en_GB", "fil": "fil_PH", "id": "id_ID", "el": "el_GR", "zh_CN": "zh_Hans_CN"}
DEFAULT = "en"
# A language for tests: every text comes back wrapped in [[…]], so a text that was never marked
# for translation stands out as the one without brackets.
PSEUDO = "pseudo"

CATALOGS = resources.path("i18n")
DOMAIN = "repdesk"

_process_language = DEFAULT
_block_language: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "repdesk_language", default=None)


def supported(code: str | None) -> str | None:
    """The Repdesk language for a locale or language name ('el_GR', 'zh-Hans-CN', 'tl_PH',
    'id_ID.UTF-8', 'fil'), or None when Repdesk does not speak it."""
    if not code:
        return None
    code = code.split(".")[0].split("@")[0].replace("-", "_")
    if code == PSEUDO:
        return PSEUDO
    lang = code.split("_")[0].lower()
    if lang == "zh":
        # Simplified Chinese is what Repdesk has; traditional-script locales fall back to it too.
        return "zh_CN"
    if lang == "tl":                       # Tagalog: the same language Filipino is based on
        return "fil"
    if lang == "in":                       # Java's old code for Indonesian
        return "id"
    return lang if lang in LANGUAGES else None


def language_from_environment(environ=None) -> str:
    """The CLI's language: REPDESK_LANG, then the usual LANGUAGE / LC_ALL / LC_MESSAGES / LANG."""
    environ = os.environ if environ is None else environ
    for name in ("REPDESK_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        for part in (environ.get(name) or "").split(":"):
            found = supported(part)
            if found:
                return found
    return DEFAULT


def set_language(code: str | None) -> str:
    """Speak `code` from now on in this process (unknown codes mean English); also sets the
    locale numbers and dates are written in. Returns the language in use."""
    global _process_language
    _process_language = supported(code) or DEFAULT
    formatting.set_locale(LOCALES.get(_process_language, LOCALES[DEFAULT]))
    return _process_language


def current_language() -> str:
    return _block_language.get() or _process_language


@contextlib.contextmanager
def using_language(code: str | None):
    """Speak `code` (and format in its locale) inside the block only — for one rep's review."""
    lang = supported(code) or current_language()
    token = _block_language.set(lang)
    with formatting.using_locale(LOCALES.get(lang, LOCALES[DEFAULT])):
        try:
            yield lang
        finally:
            _block_language.reset(token)


@functools.lru_cache(maxsize=None)
def _translations(lang: str) -> _gettext.NullTranslations:
    """The language's catalog, read from its .po file with babel (no compiled .mo to go stale)."""
    po = CATALOGS / lang / "LC_MESSAGES" / f"{DOMAIN}.po"
    if not po.exists():
        return _gettext.NullTranslations()
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po
    import io
    with po.open("rb") as f:
        catalog = read_po(f, locale=lang)
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    buffer.seek(0)
    return _gettext.GNUTranslations(buffer)


def _(message: str) -> str:
    """`message` in the current language."""
    lang = current_language()
    if lang == DEFAULT:
        return message
    if lang == PSEUDO:
        return f"[[{message}]]"
    return _translations(lang).gettext(message)


gettext = _


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form for `n` ('{n} deal' / '{n} deals') in the current language; the caller formats
    the number into it."""
    lang = current_language()
    if lang == DEFAULT:
        return singular if n == 1 else plural
    if lang == PSEUDO:
        return f"[[{singular if n == 1 else plural}]]"
    return _translations(lang).ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Marks a text for the catalogs without translating it yet (tables of names translated where
    they are shown, with `_()`)."""
    return message
