"""Keeps the translation catalogs: `python packaging/i18n.py update` after texts change, `check`
in the test suite.

- The window's texts (tr() in desktop/ and widgets/) -> pyside6-lupdate ->
  resources/i18n/repdesk_<lang>.ts -> pyside6-lrelease -> repdesk_<lang>.qm (committed).
- Texts made outside Qt (_(), N_(), ngettext() in models/ and the CLI) -> pybabel extract ->
  resources/i18n/repdesk.pot -> pybabel update -> resources/i18n/<lang>/LC_MESSAGES/repdesk.po,
  read as they are at run time (models/i18n.py).
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "i18n"
LANGUAGES = ("fil", "id", "el", "zh_CN")       # English is the source language
BIN = Path(sys.executable).parent
QT_SOURCES = ("desktop", "widgets")
GETTEXT_SOURCES = ("models", "desktop")
KEYWORDS = ("-k", "_", "-k", "N_", "-k", "ngettext:1,2")


def _python_files(*folders: str) -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for folder in folders
                  for p in (ROOT / folder).rglob("*.py") if "migrations" not in p.parts)


def _tool(name: str) -> str:
    found = BIN / name
    return str(found) if found.exists() else name


def ts_file(lang: str) -> Path:
    return OUT / f"repdesk_{lang}.ts"


def po_file(lang: str) -> Path:
    return OUT / lang / "LC_MESSAGES" / "repdesk.po"


def update() -> None:
    """Extract every marked text into the catalogs (new ones untranslated, gone ones dropped) and
    rebuild the .qm files."""
    sources = _python_files(*QT_SOURCES)
    for lang in LANGUAGES:
        subprocess.run([_tool("pyside6-lupdate"), *sources, "-no-obsolete", "-locations", "none",
                        "-target-language", lang, "-ts", str(ts_file(lang))],
                       cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    pot = OUT / "repdesk.pot"
    subprocess.run([_tool("pybabel"), "extract", "--no-location", "--omit-header", "--sort-output",
                    *KEYWORDS, "-o", str(pot), *GETTEXT_SOURCES], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for lang in LANGUAGES:
        po = po_file(lang)
        command = "update" if po.exists() else "init"
        extra = ["--no-fuzzy-matching", "--ignore-obsolete", "--omit-header"] if command == "update" else []
        subprocess.run([_tool("pybabel"), command, "-i", str(pot), "-d", str(OUT), "-D", "repdesk",
                        "-l", lang, *extra], cwd=ROOT, check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
    release()


def release(out: Path = OUT) -> None:
    for lang in LANGUAGES:
        subprocess.run([_tool("pyside6-lrelease"), str(ts_file(lang)), "-qm",
                        str(out / f"repdesk_{lang}.qm")], cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL)


def untranslated() -> dict[str, list[str]]:
    """Per language, the texts still without a translation (window and models)."""
    import xml.etree.ElementTree as ET
    from babel.messages.pofile import read_po
    missing: dict[str, list[str]] = {}
    for lang in LANGUAGES:
        texts = []
        for message in ET.parse(ts_file(lang)).getroot().iter("message"):
            translation = message.find("translation")
            forms = translation.findall("numerusform")
            done = all((f.text or "").strip() for f in forms) if forms else (translation.text or "").strip()
            if not done or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                texts.append(message.findtext("source"))
        with po_file(lang).open("rb") as f:
            catalog = read_po(f, locale=lang)
        for message in catalog:
            if not message.id:
                continue
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            if not all(strings) or message.fuzzy:
                texts.append(message.id if isinstance(message.id, str) else message.id[0])
        missing[lang] = texts
    return missing


def stale_qm() -> list[str]:
    """The .qm files that differ from what lrelease makes of today's .ts files."""
    with tempfile.TemporaryDirectory() as tmp:
        release(Path(tmp))
        return [lang for lang in LANGUAGES
                if (Path(tmp) / f"repdesk_{lang}.qm").read_bytes()
                != (OUT / f"repdesk_{lang}.qm").read_bytes()]


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "update":
        update()
        return 0
    if command == "release":
        release()
        return 0
    for lang, texts in untranslated().items():
        print(f"{lang}: {len(texts)} untranslated")
    stale = stale_qm()
    if stale:
        print("stale .qm:", ", ".join(stale))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
