"""The fonts the PDFs embed, loaded from the project's resources/fonts (never from the machine),
and the per-run font choice reportlab needs: it has no fallback, so Han, kana and Hangul go to the
CJK font and everything else (Latin, Greek, Cyrillic, Tagalog g̃, Indonesian) to DejaVu Sans.

Importing this module also closes reportlab's doors to files and URLs: data can never make a
report read /etc/… or fetch a web address through an <img> or a link.
"""
from __future__ import annotations

import re
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from resources import path as resource_path

# No scheme is trusted and no host: reportlab's URL opener refuses everything.
rl_config.trustedSchemes = []
rl_config.trustedHosts = None

SANS = "RepdeskSans"
SANS_BOLD = "RepdeskSans-Bold"
CJK = "RepdeskCJK"

FONT_FILES = {
    SANS: ("DejaVuSans.ttf", 0),
    SANS_BOLD: ("DejaVuSans-Bold.ttf", 0),
    CJK: ("wqy-zenhei.ttc", 0),
}

# CJK radicals … CJK symbols, kana, bopomofo, Hangul jamo/syllables, CJK ideographs (+ ext. A),
# compatibility ideographs, half/full-width forms, and the supplementary ideograph planes.
_CJK_RE = re.compile(
    "[\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u3130-\u318f\u31a0-\u31ff"
    "\u3200-\u32ff\u3300-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7af"
    "\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0003134f]+")


def font_dir():
    return resource_path("fonts")


@lru_cache(maxsize=1)
def register_fonts() -> tuple[str, str, str]:
    """Register the three fonts with reportlab (once per process)."""
    from reportlab.lib.fonts import addMapping
    for name, (file_name, index) in FONT_FILES.items():
        path = font_dir() / file_name
        if not path.exists():
            from models.db.errors import RepdeskError
            raise RepdeskError(f"The report font {path} is missing; reinstall Repdesk.")
        pdfmetrics.registerFont(TTFont(name, str(path), subfontIndex=index))
    addMapping(SANS, 0, 0, SANS)
    addMapping(SANS, 1, 0, SANS_BOLD)
    addMapping(SANS, 0, 1, SANS)
    addMapping(SANS, 1, 1, SANS_BOLD)
    addMapping(CJK, 0, 0, CJK)
    addMapping(CJK, 1, 0, CJK)
    addMapping(CJK, 0, 1, CJK)
    addMapping(CJK, 1, 1, CJK)
    return SANS, SANS_BOLD, CJK


def runs(text: str) -> list[tuple[str, bool]]:
    """Split text into (piece, is_cjk) runs."""
    out: list[tuple[str, bool]] = []
    pos = 0
    for match in _CJK_RE.finditer(text):
        if match.start() > pos:
            out.append((text[pos:match.start()], False))
        out.append((match.group(), True))
        pos = match.end()
    if pos < len(text):
        out.append((text[pos:], False))
    return out


def markup(text: object, *, keep_newlines: bool = True) -> str:
    """Database text as safe Paragraph markup: escaped (so <b>, & and <img …> print literally)
    and with the CJK runs put in the CJK font."""
    if text is None:
        return ""
    text = str(text)
    out = []
    for piece, cjk in runs(text):
        safe = escape(piece)
        if keep_newlines:
            safe = safe.replace("\n", "<br/>")
        out.append(f'<font name="{CJK}">{safe}</font>' if cjk else safe)
    return "".join(out)


def string_width(text: str, size: float, bold: bool = False) -> float:
    register_fonts()
    return sum(pdfmetrics.stringWidth(piece, CJK if cjk else (SANS_BOLD if bold else SANS), size)
               for piece, cjk in runs(text))


def draw_string(canvas, x: float, y: float, text: str, size: float, *, bold: bool = False,
                anchor: str = "start") -> None:
    """canvas.drawString with the font chosen per run (for headers, footers and chart labels)."""
    register_fonts()
    if anchor != "start":
        width = string_width(text, size, bold)
        x -= width if anchor == "end" else width / 2
    for piece, cjk in runs(text):
        font = CJK if cjk else (SANS_BOLD if bold else SANS)
        canvas.setFont(font, size)
        canvas.drawString(x, y, piece)
        x += pdfmetrics.stringWidth(piece, font, size)


def text_shape(x: float, y: float, text: str, size: float, *, bold: bool = False,
               anchor: str = "start", color=None):
    """A chart label as a reportlab.graphics Group of one String per run, so a Chinese title or
    rating word in a chart is drawn in the CJK font instead of as empty boxes."""
    from reportlab.graphics.shapes import Group, String
    register_fonts()
    if anchor != "start":
        width = string_width(text, size, bold)
        x -= width if anchor == "end" else width / 2
    group = Group()
    for piece, cjk in runs(text):
        font = CJK if cjk else (SANS_BOLD if bold else SANS)
        kwargs = {"fillColor": color} if color is not None else {}
        group.add(String(x, y, piece, fontName=font, fontSize=size, **kwargs))
        x += pdfmetrics.stringWidth(piece, font, size)
    return group
