"""The weekly digest of field notes for the Monday meeting: the week's notes by kind, each with
its date, tags, author and text, after a line on the competitors and territories most mentioned.
The same content as models/services/field_notes.digest_text, laid out for print."""
from __future__ import annotations

import datetime as dt

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer

from models import formatting
from models.i18n import _, ngettext
from models.reports.fonts import markup
from models.reports.pdf_base import MUTED, build, page_size, para, styles
from models.services.field_notes import KIND_LABELS, Digest, note_tags


def _period(d: Digest) -> str:
    first = formatting.day_month(d.start) if d.start.year == d.end.year else formatting.date(d.start)
    return _("{start} – {end}").format(start=first, end=formatting.date(d.end))


def digest_pdf(d: Digest, *, company: str = "", page: str | None = None,
               created: dt.date | None = None) -> bytes:
    st = styles()
    note_title = ParagraphStyle("note_title", parent=st.cell_bold, fontSize=9.5, leading=12,
                                spaceBefore=5)
    tags_style = ParagraphStyle("tags", parent=st.muted, textColor=MUTED)
    body_style = ParagraphStyle("note_body", parent=st.body, leftIndent=0, spaceAfter=2)
    story: list = [para(_("Field notes: weekly digest"), st.title),
                   para(_period(d) + (f" · {company}" if company else ""), st.subtitle),
                   Spacer(1, 4 * mm)]
    if not d.total:
        story.append(para(_("No field notes were entered for this week."), st.body))
    else:
        counts = ", ".join(_("{n} {kind}").format(n=formatting.number(len(rows)),
                                                  kind=_(KIND_LABELS[k]).lower())
                           for k, rows in d.by_kind.items())
        story.append(para(ngettext("{n} note: {counts}.", "{n} notes: {counts}.", d.total).format(
            n=formatting.number(d.total), counts=counts), st.body))
        if d.competitors:
            story.append(para(_("Competitors mentioned: {names}.").format(names=", ".join(
                f"{name} ({n})" for name, n in d.competitors)), st.body))
        if d.territories:
            story.append(para(_("Territories: {names}.").format(names=", ".join(
                f"{name} ({n})" for name, n in d.territories)), st.body))
    for kind, rows in d.by_kind.items():
        story.append(para(f"{_(KIND_LABELS[kind])} ({formatting.number(len(rows))})", st.h1))
        for note in rows:
            block = [Paragraph(f"{formatting.day_month(note.noted_on, weekday=True)} · "
                               f"{markup(note.title)}", note_title)]
            tags = note_tags(note)
            by = _("by {author}").format(author=note.author)
            block.append(para((tags + " · " if tags else "") + by, tags_style))
            if note.body:
                block.append(para(note.body, body_style))
            story.append(KeepTogether(block))
    header = " · ".join(p for p in (company, _("Field notes"), _period(d)) if p)
    return build(story, pagesize=page_size(page), header=header, created=created or d.end,
                 title=_("Field notes {period}").format(period=_period(d)),
                 author=company or "Repdesk", subject=_("Weekly digest of field notes"))
