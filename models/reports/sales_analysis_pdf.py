"""The sales analysis of a period and a slice as a one-page PDF: the figures beside the period
before and a year before, then the notes (deals without a rate, pay left out)."""
from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table, TableStyle

from models import formatting
from models.i18n import _
from models.reports.fonts import SANS, SANS_BOLD
from models.reports.pdf_base import RULE, SHADE, build, page_size, para, styles
from models.reports.review_pdf import cell


def render_sales_analysis(analysis, company: str = "", *, page: str = "A4",
                          created: dt.date | None = None) -> bytes:
    """`analysis`: a models.services.sales_analysis.SalesAnalysis."""
    size = page_size(page)
    st = styles()
    width = size[0] - 36 * mm
    title = _("Sales analysis: {slice}").format(slice=analysis.slice_name)
    story: list = [para(title, st.title),
                   para(_("{start} – {end} · amounts in {currency}").format(
                       start=formatting.date(analysis.start), end=formatting.date(analysis.end),
                       currency=analysis.currency), st.subtitle), Spacer(1, 6)]
    rows = [[_("Figure"), _("Value")]]
    # every name as a paragraph, so that long and short ones are set alike
    rows += [[para(_(k), st.cell), cell(v, st.cell)] for k, v in analysis.shown_rows()
             if k not in ("Period", "Slice", "Currency")]
    table = Table(rows, colWidths=[0.6 * width, 0.4 * width], repeatRows=1)
    table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), SHADE),
                               ("FONT", (0, 0), (-1, -1), SANS, 8.5, 10.5),
                               ("FONT", (0, 0), (-1, 0), SANS_BOLD, 8.5, 10.5),
                               ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                               ("TOPPADDING", (0, 0), (-1, -1), 2),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    story.append(table)
    if analysis.notes:
        story.append(Spacer(1, 8))
        story.extend(para(note, st.muted) for note in analysis.notes)
    header = " · ".join(p for p in (company, _("Sales analysis"), analysis.slice_name) if p)
    return build(story, pagesize=size, header=header, created=created or analysis.end,
                 title=title, author=company or "Repdesk", subject=_("Sales analysis"))
