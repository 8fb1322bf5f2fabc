"""The team summary of a review cycle: ranking by overall rating, the distribution of ratings,
and who is on an improvement plan. It is printed in the language of whoever prints it (the
process's language), not in the reps' own languages."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from models import formatting
from models.domain.reviews import RankedRep, Scale, distribution, is_finished, rank
from models.i18n import _, ngettext
from models.reports import charts
from models.reports.fonts import SANS, markup
from models.reports.review_pdf import cell
from models.reports.review_words import SCALE_WORDS, STATUSES, own_word, word
from models.reports.pdf_base import (RULE, SHADE, ContentsLine, build, page_size, para, section,
                                     styles)


@dataclass
class SummaryRow:
    rep_id: int
    name: str
    team: str | None
    status: str
    rating: Decimal | None
    plan: str | None        # e.g. '60-day plan from 15 Jul, open: 3 of 5 weekly targets met'


@dataclass
class TeamSummary:
    company: str
    cycle: str
    period_start: dt.date
    period_end: dt.date
    scope: str              # 'Team Aegean' or 'All teams'
    scale: Scale
    rows: list[SummaryRow]

    def document_date(self) -> dt.date:
        return self.period_end


def render_summary(summary: TeamSummary, *, page: str = "A4", created: dt.date | None = None
                   ) -> bytes:
    size = page_size(page)
    st = styles()
    width = size[0] - 36 * mm
    reviews = len(summary.rows)
    period = _("{start} – {end}").format(start=formatting.date(summary.period_start),
                                         end=formatting.date(summary.period_end))
    subtitle = " · ".join([
        period,
        ngettext("{n} review", "{n} reviews", reviews).format(n=formatting.number(reviews)),
        ", ".join(_status_count(s, n) for s, n in _status_counts(summary))])
    story: list = [para(_("Review summary {cycle}: {scope}").format(cycle=summary.cycle,
                                                                     scope=summary.scope),
                        st.title),
                   para(subtitle, st.subtitle),
                   Spacer(1, 3), ContentsLine(), Spacer(1, 4)]
    by_id = {r.rep_id: r for r in summary.rows}
    finished = [r for r in summary.rows if is_finished(r.status)]
    drafts = len(summary.rows) - len(finished)
    left_out = ngettext(
        "{n} draft review is left out of the distribution and the ranking until submitted.",
        "{n} draft reviews are left out of the distribution and the ranking until submitted.",
        drafts).format(n=formatting.number(drafts)) if drafts else ""
    ranked = rank([RankedRep(r.rep_id, r.name, r.rating) for r in finished])

    story.extend(section(1, _("Distribution of ratings"), st.h1))
    counts = distribution(summary.scale, [r.rating for r in finished])
    story.append(charts.distribution_chart(
        tuple((f"{formatting.number(step)} · {own_word(summary.scale.label(step), SCALE_WORDS)}",
               n) for step, n in sorted(counts.items(), reverse=True)),
        min(width, 380), 22 * len(counts) + 6))
    unrated = sum(1 for r in finished if r.rating is None)
    if unrated:
        story.append(para(ngettext("{n} review is not rated yet.",
                                   "{n} reviews are not rated yet.", unrated).format(
                                       n=formatting.number(unrated)), st.muted))
    if left_out:
        story.append(para(left_out, st.muted))

    story.extend(section(2, _("Ranking by overall rating"), st.h1))
    rows = [[Paragraph(f"<b>{markup(h)}</b>", st.cell)
             for h in ("#", _("Rep"), _("Team"), _("Rating"), _("Status"), _("Plan"))]]
    for position, item in ranked:
        r = by_id[item.rep_id]
        rating = formatting.DASH if r.rating is None else "{} · {}".format(
            formatting.number(r.rating, 2), own_word(summary.scale.label(r.rating), SCALE_WORDS))
        rows.append([formatting.number(position), cell(r.name, st.cell),
                     cell(r.team or "", st.cell), cell(rating, st.cell, 0.2 * width - 12),
                     cell(word(r.status, STATUSES), st.cell, 0.16 * width - 12),
                     cell(_("yes") if r.plan else "", st.cell, 0.12 * width - 12)])
    # room for a translated heading: 'Κατάσταση', 'Katayuan', 'Σχέδιο' stay on one line
    table = Table(rows, colWidths=[0.05 * width, 0.27 * width, 0.2 * width, 0.2 * width,
                                   0.16 * width, 0.12 * width], repeatRows=1)
    table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), SHADE),
                               ("FONT", (0, 0), (-1, -1), SANS, 8.5, 10.5),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("TOPPADDING", (0, 0), (-1, -1), 2),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    story.append(table)
    if left_out:
        story.append(Spacer(1, 4))
        story.append(para(left_out, st.muted))

    story.extend(section(3, _("On an improvement plan"), st.h1))
    on_plan = [r for r in summary.rows if r.plan]
    if not on_plan:
        story.append(para(_("Nobody in this cycle is on an improvement plan."), st.muted))
    for r in sorted(on_plan, key=lambda r: r.name.casefold()):
        story.append(para(_("{name}: {plan}").format(name=r.name, plan=r.plan), st.body))
    header = _("{company} · Review summary · {scope} · {cycle}").format(
        company=summary.company, scope=summary.scope, cycle=summary.cycle)
    return build(story, pagesize=size, header=header, created=created or summary.document_date(),
                 title=_("Review summary {cycle}: {scope}").format(cycle=summary.cycle,
                                                                   scope=summary.scope),
                 author=summary.company,
                 subject=_("Review summary {cycle}").format(cycle=summary.cycle))


def _status_count(status: str, n: int) -> str:
    """'3 acknowledged', '1 draft' in the current language (each status its own plural forms)."""
    shown = formatting.number(n)
    if status == "draft":
        return ngettext("{n} draft", "{n} drafts", n).format(n=shown)
    if status == "submitted":
        return ngettext("{n} submitted", "{n} submitted", n).format(n=shown)
    if status == "acknowledged":
        return ngettext("{n} acknowledged", "{n} acknowledged", n).format(n=shown)
    if status == "closed":
        return ngettext("{n} closed", "{n} closed", n).format(n=shown)
    return f"{shown} {word(status, STATUSES)}"


def _status_counts(summary: TeamSummary):
    order = ["draft", "submitted", "acknowledged", "closed"]
    counts = {s: 0 for s in order}
    for r in summary.rows:
        counts[r.status] = counts.get(r.status, 0) + 1
    return [(s, n) for s, n in counts.items() if n]
