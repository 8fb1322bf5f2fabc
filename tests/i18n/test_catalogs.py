"""The catalogs are complete and current: every text marked in the sources is in each language's
catalog with a translation, each translation keeps its placeholders, every language has its
glossary, and the .qm files the window loads are what lrelease makes of today's .ts files."""
from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("i18n_catalogs", ROOT / "packaging" / "i18n.py")
catalogs = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(catalogs)

LANGUAGES = catalogs.LANGUAGES
_PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}|%n|%\d|<[a-z/][^>]*>|&&")


@pytest.fixture(scope="module")
def marked():
    return catalogs.source_keys()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_marked_text_is_in_the_catalogs(lang, marked):
    qt, po = catalogs.catalog_keys(lang)
    missing = sorted((marked[0] - qt) | (marked[1] - po))
    assert not missing, (f"{len(missing)} texts are not in the {lang} catalogs; run "
                         f"`.venv/bin/python packaging/i18n.py update` and translate them:\n"
                         + "\n".join(missing[:40]))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_text_is_translated(lang):
    missing = catalogs.untranslated()[lang]
    assert not missing, f"{len(missing)} {lang} texts untranslated:\n" + "\n".join(missing[:40])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_translations_keep_their_placeholders(lang):
    """'{name} has no quota' must name {name} in every language, or .format() fails or the
    name disappears; rich-text tags and %n stay too."""
    def marks(text):
        return set(_PLACEHOLDER.findall(text)) - {"&&"}

    exported = catalogs.export(lang, only_missing=False)
    wrong = []
    for key, value in exported["texts"].items():
        source = key.split("\x04")[0]
        if isinstance(value, list):       # plural forms: the last (the "many" form) names all
            source = exported["plurals"].get(source, source)
            value = value[-1:]
        for text in value if isinstance(value, list) else [value]:
            if text and marks(source) != marks(text):
                wrong.append(f"{source!r} -> {text!r}")
    assert not wrong, "\n".join(wrong[:40])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_language_keeps_a_glossary(lang):
    glossary = ROOT / "resources" / "i18n" / f"glossary_{lang}.md"
    text = glossary.read_text(encoding="utf-8")
    for word in ("quota", "funnel", "stage", "one-on-one", "attainment", "mystery shop"):
        assert word in text.lower(), f"{glossary.name} does not say how to write '{word}'"


def test_the_qm_files_are_current():
    assert catalogs.stale_qm() == []
