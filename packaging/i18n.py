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
GETTEXT_SOURCES = ("models", "desktop", "widgets")   # widgets/ count with ngettext too
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


def source_keys() -> tuple[set[str], set[str]]:
    """The texts marked in the sources today: (window texts, models/CLI texts), as keys."""
    import xml.etree.ElementTree as ET
    from babel.messages.pofile import read_po
    with tempfile.TemporaryDirectory() as tmp:
        ts, pot = Path(tmp) / "x.ts", Path(tmp) / "x.pot"
        subprocess.run([_tool("pyside6-lupdate"), *_python_files(*QT_SOURCES), "-locations",
                        "none", "-ts", str(ts)], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
        subprocess.run([_tool("pybabel"), "extract", "--no-location", *KEYWORDS, "-o", str(pot),
                        *GETTEXT_SOURCES], cwd=ROOT, check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        qt = {_key(m.findtext("source"), m.findtext("comment"))
              for m in ET.parse(ts).getroot().iter("message")}
        with pot.open("rb") as f:
            po = {_key(m.id[0] if isinstance(m.id, tuple) else m.id, m.context)
                  for m in read_po(f) if m.id}
    return qt, po


def catalog_keys(lang: str) -> tuple[set[str], set[str]]:
    """The texts the language's catalogs hold: (window texts, models/CLI texts)."""
    import xml.etree.ElementTree as ET
    from babel.messages.pofile import read_po
    qt = {_key(m.findtext("source"), m.findtext("comment"))
          for m in ET.parse(ts_file(lang)).getroot().iter("message")}
    with po_file(lang).open("rb") as f:
        po = {_key(m.id[0] if isinstance(m.id, tuple) else m.id, m.context)
              for m in read_po(f, locale=lang) if m.id}
    return qt, po


def translations(lang: str) -> dict[str, object]:
    """{key: translation or [forms]} of both catalogs (empty strings where missing)."""
    return export(lang, only_missing=False)["texts"]


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


def _key(source: str, comment: str | None) -> str:
    """How a text is named in a translation file: the English text, and its disambiguation after
    a '\x04' when it has one (as gettext's msgctxt is written)."""
    return f"{source}\x04{comment}" if comment else source


def export(lang: str, only_missing: bool = True) -> dict:
    """The texts of both catalogs as one JSON-able dict for a translator: {key: ""} for a text,
    {key: ["", ""]} for one with plural forms (as many forms as the language has; the English
    plural is in `plurals`)."""
    import xml.etree.ElementTree as ET
    from babel.messages.pofile import read_po
    texts: dict = {}
    plurals: dict = {}
    for message in ET.parse(ts_file(lang)).getroot().iter("message"):
        translation = message.find("translation")
        key = _key(message.findtext("source"), message.findtext("comment"))
        forms = translation.findall("numerusform")
        if message.get("numerus") == "yes":        # a Qt plural (%n): one text per form
            values = [f.text or "" for f in forms]
            if only_missing and values and all(v.strip() for v in values) \
                    and translation.get("type") != "unfinished":
                continue
            texts[key] = values or [""]
            plurals[message.findtext("source")] = message.findtext("source")
            continue
        if only_missing and (translation.text or "").strip() and translation.get("type") != "unfinished":
            continue
        texts[key] = translation.text or ""
    with po_file(lang).open("rb") as f:
        catalog = read_po(f, locale=lang)
    for message in catalog:
        if not message.id:
            continue
        if isinstance(message.id, tuple):
            forms = list(message.string) if isinstance(message.string, tuple) else [""] * catalog.num_plurals
            if only_missing and all(forms):
                continue
            texts[_key(message.id[0], message.context)] = forms
            plurals[message.id[0]] = message.id[1]
        else:
            if only_missing and message.string:
                continue
            texts.setdefault(_key(message.id, message.context), message.string or "")
    return {"language": lang, "plural_forms": catalog.num_plurals, "plurals": plurals,
            "texts": texts}


def apply(lang: str, translations: dict[str, object]) -> int:
    """Write `translations` ({key: text or [forms]}) into the language's .ts and .po files and
    rebuild its .qm; returns how many entries were filled."""
    import xml.etree.ElementTree as ET
    from babel.messages.pofile import read_po, write_po
    filled = 0
    tree = ET.parse(ts_file(lang))
    for message in tree.getroot().iter("message"):
        key = _key(message.findtext("source"), message.findtext("comment"))
        value = translations.get(key)
        translation = message.find("translation")
        if message.get("numerus") == "yes" and isinstance(value, list) and all(value):
            forms = translation.findall("numerusform") or [ET.SubElement(translation, "numerusform")]
            for form, text in zip(forms, value + [value[-1]] * len(forms)):
                form.text = text
            translation.attrib.pop("type", None)
            filled += 1
        elif isinstance(value, str) and value.strip():
            translation.text = value
            translation.attrib.pop("type", None)
            filled += 1
    ET.indent(tree, space="    ")
    with ts_file(lang).open("wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding="utf-8", xml_declaration=False)
    with po_file(lang).open("rb") as f:
        catalog = read_po(f, locale=lang)
    for message in catalog:
        if not message.id:
            continue
        single = message.id[0] if isinstance(message.id, tuple) else message.id
        value = translations.get(_key(single, message.context))
        if isinstance(message.id, tuple) and isinstance(value, list) and all(value):
            forms = (value + [value[-1]] * catalog.num_plurals)[:catalog.num_plurals]
            message.string = tuple(forms)
            filled += 1
        elif not isinstance(message.id, tuple) and isinstance(value, str) and value.strip():
            message.string = value
            filled += 1
        message.flags.discard("fuzzy")
    with po_file(lang).open("wb") as f:
        write_po(f, catalog, omit_header=False, width=100)
    subprocess.run([_tool("pyside6-lrelease"), str(ts_file(lang)), "-qm",
                    str(OUT / f"repdesk_{lang}.qm")], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    return filled


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
    if command == "export":          # export LANG FILE [--all]: the texts a translator fills in
        import json
        data = export(argv[1], only_missing="--all" not in argv)
        Path(argv[2]).write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"{len(data['texts'])} texts to translate into {argv[1]} -> {argv[2]}")
        return 0
    if command == "apply":           # apply LANG FILE: a filled export written into the catalogs
        import json
        data = json.loads(Path(argv[2]).read_text(encoding="utf-8"))
        print(f"{apply(argv[1], data.get('texts', data))} entries filled in {argv[1]}")
        return 0
    for lang, texts in untranslated().items():
        print(f"{lang}: {len(texts)} untranslated")
    stale = stale_qm()
    if stale:
        print("stale .qm:", ", ".join(stale))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
