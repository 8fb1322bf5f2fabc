"""The window shows Chinese on a system with no Chinese font: the font shipped for the PDFs is
added, and the characters are drawn with it instead of as empty boxes.

Runs in a child process whose fontconfig knows one Latin/Greek font only, as a bare Linux has."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CHILD = r"""
from PySide6.QtWidgets import QApplication, QLabel
from PySide6.QtGui import QFontDatabase
app = QApplication([])

def drawn(text):
    label = QLabel(text)
    label.resize(200, 40)
    image = label.grab().toImage()
    return bytes(image.constBits())

print("chinese fonts before:", len(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)))
before = drawn("销售漏斗")
from desktop.i18n import ensure_cjk_font
print("added:", ensure_cjk_font())
print("chinese fonts after:", len(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)))
after = drawn("销售漏斗")
print("drawn differently:", before != after)
print("added again:", ensure_cjk_font())
"""


def test_chinese_is_drawn_with_the_shipped_font_when_the_system_has_none(tmp_path):
    fonts = tmp_path / "fonts"
    fonts.mkdir()
    shutil.copy(ROOT / "resources" / "fonts" / "DejaVuSans.ttf", fonts)
    config = tmp_path / "fonts.conf"
    config.write_text(f'<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">'
                      f"<fontconfig><dir>{fonts}</dir><cachedir>{tmp_path / 'cache'}</cachedir>"
                      f"</fontconfig>")
    env = dict(os.environ, FONTCONFIG_FILE=str(config), QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", CHILD], env=env, cwd=ROOT, capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    lines = dict(line.split(": ", 1) for line in out.stdout.splitlines())
    assert lines["chinese fonts before"] == "0"          # the bare system: no Chinese font
    assert lines["added"] == "WenQuanYi Zen Hei"
    assert int(lines["chinese fonts after"]) >= 1
    assert lines["drawn differently"] == "True"        # boxes before, characters after
    assert lines["added again"] == "None"              # a system with a Chinese font: nothing added
