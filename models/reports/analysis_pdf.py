"""The Analysis page as a PDF: the slice and the period, then each part of the analysis (sales,
customers, agencies, deal sizes) as the table shown on the screen with its notes.

The figures arrive already written for people (models/formatting.py), so the PDF reads exactly
like the window. A landscape page, because the agency table has fourteen columns; a long client
list is cut at MAX_ROWS rows and says so (the CSV/XLSX export has every row).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table, TableStyle

from models import formatting
from models.i18n import _
from models.reports.fonts import SANS, string_width
from models.reports.pdf_base import (RULE, SHADE, ContentsLine, build, page_size, para, section,
                                     styles)
from models.reports.review_pdf import cell

MAX_ROWS = 120
FONT_SIZE = 7.5
HEADER_SIZE = 8.5   # the bold cell style's size
PAD = 14            # a cell's padding (6 + 6) and a little air


@dataclass
class Section:
    """One part of the analysis as plain text (`shown`) and plain values (`values`, for
    CSV/XLSX)."""
    title: str
    headers: list[str]
    shown: list[list[str]]
    values: list[list]
    notes: list[str] = field(default_factory=list)
    numeric: tuple[int, ...] = ()     # columns of figures, right-aligned
    charts: list = field(default_factory=list)   # reportlab Drawings, set in a row above the table


def _widths(headers, rows, total: float) -> list[float]:
    """Each column as wide as its longest text, and never narrower than the longest word of its
    heading (a heading may wrap between words, not inside one); when the page is too narrow the
    long texts give up room first."""
    least, wanted = [], []
    for i, header in enumerate(headers):
        head = max(string_width(w, HEADER_SIZE, bold=True) for w in str(header).split()) + PAD
        longest = max([string_width(str(r[i]), FONT_SIZE) for r in rows[:200]] + [0]) + PAD
        least.append(head)
        wanted.append(max(head, longest))
    if sum(wanted) <= total:
        spare = total - sum(wanted)
        return [w + spare * w / sum(wanted) for w in wanted]
    if sum(least) >= total:
        return [w * total / sum(least) for w in least]
    give = (sum(wanted) - total) / (sum(wanted) - sum(least))
    return [w - (w - m) * give for w, m in zip(wanted, least)]


def _table(sec: Section, width: float, st):
    rows = sec.shown[:MAX_ROWS]
    right = ParagraphStyle("head_right", parent=st.cell_bold, alignment=TA_RIGHT)
    data = [[para(h, right if i in sec.numeric else st.cell_bold)
             for i, h in enumerate(sec.headers)]]
    data += [[cell(v, st.small) for v in row] for row in rows]
    table = Table(data, colWidths=_widths(sec.headers, rows, width), repeatRows=1)
    table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), SHADE),
                               ("FONT", (0, 1), (-1, -1), SANS, FONT_SIZE, FONT_SIZE + 2),
                               *[("ALIGN", (c, 0), (c, -1), "RIGHT") for c in sec.numeric],
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                               ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    return table


def _chart_row(charts: list, width: float):
    """The section's charts side by side (each keeps its own drawn size)."""
    row = Table([charts], colWidths=[width / len(charts)] * len(charts), hAlign="LEFT")
    row.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                             ("LEFTPADDING", (0, 0), (-1, -1), 0),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 6)]))
    return row


def render_analysis(sections: list[Section], *, slice_name: str, period: str,
                    start: dt.date, end: dt.date, company: str = "", page: str = "A4",
                    created: dt.date | None = None) -> bytes:
    size = landscape(page_size(page))
    st = styles()
    width = size[0] - 36 * mm
    title = _("Analysis: {slice}").format(slice=slice_name)
    story: list = [para(title, st.title),
                   para(f"{period} · {formatting.date(start)} – {formatting.date(end)}",
                        st.subtitle),
                   Spacer(1, 3), ContentsLine(), Spacer(1, 4)]
    for number, sec in enumerate(sections, start=1):
        story += section(number, sec.title, st.h1)
        if sec.charts:
            story += [_chart_row(sec.charts, width), Spacer(1, 6)]
        story.append(_table(sec, width, st))
        notes = list(sec.notes)
        if len(sec.shown) > MAX_ROWS:
            notes.insert(0, _("The first {shown} of {total} rows; the CSV or XLSX export has "
                              "them all.").format(shown=formatting.number(MAX_ROWS),
                                                  total=formatting.number(len(sec.shown))))
        if notes:
            story.append(Spacer(1, 4))
            story.extend(para(note, st.muted) for note in notes)
    header = " · ".join(p for p in (company, _("Analysis"), slice_name, period) if p)
    return build(story, pagesize=size, header=header, created=created or end, title=title,
                 author=company or "Repdesk", subject=_("Sales analysis"))
