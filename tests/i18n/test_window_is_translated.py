"""Every text the window shows goes through translation: the window is walked — every page, every
tab, every dialog — in a pseudo-language that wraps each translated text in [[…]], and a word of
the interface left outside the brackets is a text nobody can translate.

What may stay plain is data: the company's own names (reps, teams, stages, scorecards …, read from
the database here), numbers, and dates (month and weekday names, as babel writes them).
"""
from __future__ import annotations

import itertools

import pytest
from babel import Locale
from PySide6.QtCore import QSettings
from sqlalchemy import JSON, String, Text, select

from desktop.context import AppContext
from desktop.i18n import set_window_language
from desktop.main_window import MainWindow
from desktop.pages import PAGES
from desktop.settings import Settings
from desktop.tasks import TaskRunner
from models.db.base import Base
from models.i18n import LANGUAGES
from models.services.users import sign_in
from tests.desktop.test_layout import _dialogs, each_tab, settle
from tests.i18n.window_texts import _WORD, plain_words, visible_texts


@pytest.fixture
def backend():
    return "sqlite"


def data_words(db) -> set[str]:
    """Every word of every text column in the company's database, and the words dates and the
    language menu are written with: the texts that are data, not interface."""
    words: set[str] = set()

    def add(value):
        if isinstance(value, str):
            words.update(w.casefold() for w in _WORD.findall(value))
        elif isinstance(value, dict):
            for item in value.values():
                add(item)
        elif isinstance(value, (list, tuple)):
            for item in value:
                add(item)

    with db.read() as s:
        for table in Base.metadata.sorted_tables:
            for column in table.columns:
                kind = getattr(column.type, "impl", column.type)   # JSON values: scorecard choices
                if isinstance(kind, (String, Text, JSON)):
                    for (value,) in s.execute(select(column).distinct().limit(5000)):
                        add(value)
    locale = Locale.parse("en_GB")
    for names in (locale.months["format"]["wide"], locale.months["format"]["abbreviated"],
                  locale.days["format"]["wide"], locale.days["format"]["abbreviated"]):
        words.update(str(name).casefold() for name in names.values())
    for name in LANGUAGES.values():                # each language is named in its own words
        words.update(w.casefold() for w in _WORD.findall(name))
    words.update({"repdesk", "postgresql", "sqlite", "csv", "xlsx", "pdf", "home", "user", "local",
                  "share", "company"})
    return words


@pytest.fixture
def pseudo_window(qtbot, tmp_path, demo_db):
    set_window_language("pseudo")
    try:
        settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
        win = MainWindow(settings)
        qtbot.addWidget(win)
        win.resize(1280, 800)
        win.show()
        ctx = AppContext(db=demo_db, user=sign_in(demo_db), tasks=TaskRunner(win),
                         settings=settings)
        win.set_context(ctx)
        settle(ctx)
        yield win
        ctx.tasks.wait()
    finally:
        set_window_language("en")


def _untranslated(where_texts, known: set[str], place: str) -> set[str]:
    found = set()
    for where, text in where_texts:
        words = plain_words(text, known)
        if words:
            found.add(f"{place} · {where}: {text[:80]!r} ({', '.join(words[:4])})")
    return found


def test_every_text_on_every_page_is_translatable(pseudo_window, demo_db):
    known = data_words(demo_db)
    problems = set()
    window = pseudo_window
    for row, spec in enumerate(PAGES):
        window.sidebar.setCurrentRow(row)
        settle(window.ctx)
        page = window.page(spec.key)
        for tab in itertools.chain([""], each_tab(page, window.ctx)):
            problems |= _untranslated(visible_texts(window), known, f"{spec.key}{tab}")
    assert not problems, f"{len(problems)} texts not translatable:\n" + "\n".join(sorted(problems))


def test_every_dialog_text_is_translatable(pseudo_window, demo_db, qtbot):
    known = data_words(demo_db)
    window = pseudo_window
    pages = {}
    for row, spec in enumerate(PAGES):
        window.sidebar.setCurrentRow(row)
        settle(window.ctx)
        pages[spec.key] = window.page(spec.key)
    problems = set()
    for title, make in _dialogs(window.ctx, pages).items():
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        settle(window.ctx, 100)
        problems |= _untranslated(visible_texts(dialog), known, title)
        dialog.reject()
    assert not problems, f"{len(problems)} texts not translatable:\n" + "\n".join(sorted(problems))


def test_the_walk_finds_a_text_that_skipped_tr(qtbot):
    """The check itself: a label written without tr() is found, one with tr() is not."""
    from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
    from desktop.i18n import tr
    set_window_language("pseudo")
    try:
        box = QWidget()
        qtbot.addWidget(box)
        layout = QVBoxLayout(box)
        layout.addWidget(QLabel(tr("Quota attainment")))
        layout.addWidget(QLabel("Open deals"))
        layout.addWidget(QLabel("Maria Santos"))
        box.show()
        found = _untranslated(visible_texts(box), {"maria", "santos"}, "box")
    finally:
        set_window_language("en")
    assert [f for f in found if "Open deals" in f] and len(found) == 1, found
