"""What every Repdesk PDF shares: page sizes, styles, a canvas that numbers pages "X of Y" and
prints the contents line with the pages the sections landed on (one pass: both are PDF forms
filled in when the document is saved), and a fixed creation date for byte-identical output."""
from __future__ import annotations

import datetime as dt
import io
import time
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import TimeStamp
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from models import formatting
from models.db.errors import ValidationError
from models.i18n import _
from models.reports.fonts import (SANS, SANS_BOLD, draw_string, markup, register_fonts,
                                  string_width)

PAGE_SIZES = {"A4": A4, "LETTER": LETTER}
INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#6b7785")
ACCENT = colors.HexColor("#1f6feb")
RULE = colors.HexColor("#d0d7de")
SHADE = colors.HexColor("#f3f5f7")


def page_size(name: str | None):
    key = (name or "A4").strip().upper()
    if key not in PAGE_SIZES:
        raise ValidationError({"page_size": _("'{name}' is not a page size (A4 or Letter)").format(
            name=name)})
    return PAGE_SIZES[key]


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle


def styles() -> Styles:
    register_fonts()
    body = ParagraphStyle("body", fontName=SANS, fontSize=9.5, leading=12.5, textColor=INK,
                          alignment=TA_LEFT)
    return Styles(
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8, leading=10),
        muted=ParagraphStyle("muted", parent=body, fontSize=8, leading=10, textColor=MUTED),
        title=ParagraphStyle("title", parent=body, fontName=SANS_BOLD, fontSize=17, leading=21),
        subtitle=ParagraphStyle("subtitle", parent=body, fontSize=10, leading=13,
                                textColor=MUTED),
        h1=ParagraphStyle("h1", parent=body, fontName=SANS_BOLD, fontSize=12, leading=15,
                          spaceBefore=10, spaceAfter=4, textColor=ACCENT),
        cell=ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5),
        cell_bold=ParagraphStyle("cellb", parent=body, fontName=SANS_BOLD, fontSize=8.5,
                                 leading=10.5),
    )


def para(text, style: ParagraphStyle) -> Paragraph:
    """A paragraph of data text: always escaped, fonts chosen per run."""
    return Paragraph(markup(text), style)


def fixed_timestamp(day: dt.date) -> TimeStamp:
    stamp = TimeStamp(invariant=1)
    t = int(dt.datetime.combine(day, dt.time(12, 0), tzinfo=dt.timezone.utc).timestamp())
    stamp.t = t
    stamp.lt = time.gmtime(t)
    stamp.YMDhms = tuple(stamp.lt)[:6]
    return stamp


class Section(Flowable):
    """A numbered section heading that records the page it lands on and adds a PDF outline entry."""

    def __init__(self, number: int, title: str, style: ParagraphStyle):
        super().__init__()
        self.number, self.title = number, title
        self.para = Paragraph(f"{number}&nbsp;&nbsp;{markup(title)}", style)
        self.style = style

    def wrap(self, avail_width, avail_height):
        self.width, self.height = self.para.wrap(avail_width, avail_height)
        return self.width, self.height + self.style.spaceBefore

    def getSpaceAfter(self):  # noqa: N802 - reportlab's name
        return self.style.spaceAfter

    def draw(self):
        canvas = self.canv
        key = f"section{self.number}"
        canvas.bookmarkPage(key)
        canvas.addOutlineEntry(f"{self.number} {self.title}", key, level=0)
        canvas.section_pages[self.number] = (self.title, canvas.getPageNumber())
        self.para.drawOn(canvas, 0, 0)


def section(number: int, title: str, style: ParagraphStyle, room: float = 35 * mm) -> list:
    """A section heading that starts a new page when less than `room` is left on this one, so a
    heading is never stranded at the foot of a page."""
    from reportlab.platypus import CondPageBreak
    return [CondPageBreak(room), Section(number, title, style)]


class ContentsLine(Flowable):
    """'Contents: 1 Ratings p. 1 · 2 Charts p. 1 …', drawn from a form filled in at save time
    (in the language the document is built in)."""

    def __init__(self, height: float = 22):
        super().__init__()
        self.height = height

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        return avail_width, self.height

    def draw(self):
        self.canv.doForm("contents")


class ReportCanvas(Canvas):
    """Numbers pages 'Page X of Y' and draws the running header; both forms are completed in
    save(), when the page count and the section pages are known."""

    def __init__(self, *args, header: str = "", created: dt.date | None = None,
                 contents_width: float = 400, **kwargs):
        kwargs.setdefault("invariant", 1)
        super().__init__(*args, **kwargs)
        self.section_pages: dict[int, tuple[str, int]] = {}
        self.pages_shown = 0
        self.header = header
        self.contents_width = contents_width
        if created is not None:
            self._doc._timeStamp = fixed_timestamp(created)

    def showPage(self):  # noqa: N802 - reportlab's name
        self._decorate()
        self.pages_shown += 1
        super().showPage()

    def _decorate(self):
        width, height = self._pagesize
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(18 * mm, height - 14 * mm, width - 18 * mm, height - 14 * mm)
        self.setFillColor(MUTED)
        draw_string(self, 18 * mm, height - 12 * mm, self.header, 7.5)
        self.line(18 * mm, 14 * mm, width - 18 * mm, 14 * mm)
        self.doForm("pagecount" + str(self.getPageNumber()))
        self.restoreState()

    def save(self):
        total = max(self.pages_shown, 1)
        for page in range(1, total + 1):
            self.beginForm("pagecount" + str(page))
            self.setFillColor(MUTED)
            draw_string(self, self._pagesize[0] - 18 * mm, 9.5 * mm,
                        _("Page {page} of {total}").format(page=formatting.number(page),
                                                          total=formatting.number(total)),
                        7.5, anchor="end")
            self.endForm()
        self.beginForm("contents")
        self.setFillColor(MUTED)
        parts = [_("{number} {title} p. {page}").format(number=n, title=title,
                                                         page=formatting.number(page))
                 for n, (title, page) in sorted(self.section_pages.items())]
        lines, line = [], _("Contents:") + "  "
        for part in parts:
            candidate = line + ("  ·  " if not line.endswith("  ") else "") + part
            if string_width(candidate, 7.5) > self.contents_width and not line.endswith("  "):
                lines.append(line)
                line = "    " + part
            else:
                line = candidate
        lines.append(line)
        for i, text in enumerate(lines[:2]):
            draw_string(self, 0, 12 - 10 * i, text, 7.5)
        self.endForm()
        super().save()


def build(story: list, *, pagesize, header: str, created: dt.date, title: str, author: str,
          subject: str) -> bytes:
    """Lay out the story on the page size and return the PDF bytes."""
    from reportlab.platypus import SimpleDocTemplate
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=pagesize, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, title=title, author=author,
                            subject=subject, creator="Repdesk", producer="Repdesk", invariant=1)

    def maker(*args, **kwargs):
        return ReportCanvas(*args, header=header, created=created,
                            contents_width=pagesize[0] - 36 * mm, **kwargs)

    doc.build(story, canvasmaker=maker)
    return buffer.getvalue()


__all__ = ["SANS", "SANS_BOLD", "Section", "ContentsLine", "build", "para", "styles",
           "page_size"]
