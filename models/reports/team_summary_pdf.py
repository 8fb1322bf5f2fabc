"""The team summary of a review cycle: ranking by overall rating, the distribution of ratings,
and who is on an improvement plan."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from models.domain.enums import label
from models.domain.reviews import RankedRep, Scale, distribution, is_finished, rank
from models.reports import charts
from models.reports.fonts import SANS
from models.reports.review_pdf import cell
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
    story: list = [para(f"Review summary {summary.cycle}: {summary.scope}", st.title),
                   para(f"{summary.period_start:%d %b %Y} – {summary.period_end:%d %b %Y} · "
                        f"{len(summary.rows)} reviews · "
                        + ", ".join(f"{n} {label(s).lower()}" for s, n in _status_counts(summary)),
                        st.subtitle),
                   Spacer(1, 3), ContentsLine(), Spacer(1, 4)]
    by_id = {r.rep_id: r for r in summary.rows}
    finished = [r for r in summary.rows if is_finished(r.status)]
    drafts = len(summary.rows) - len(finished)
    left_out = (f"{drafts} draft review{'s are' if drafts != 1 else ' is'} left out of the "
                "distribution and the ranking until submitted." if drafts else "")
    ranked = rank([RankedRep(r.rep_id, r.name, r.rating) for r in finished])

    story.extend(section(1, "Distribution of ratings", st.h1))
    counts = distribution(summary.scale, [r.rating for r in finished])
    story.append(charts.distribution_chart(
        tuple((f"{step} · {summary.scale.label(step)}", n) for step, n in
              sorted(counts.items(), reverse=True)), min(width, 380), 22 * len(counts) + 6))
    unrated = sum(1 for r in finished if r.rating is None)
    if unrated:
        story.append(para(f"{unrated} review{'s are' if unrated != 1 else ' is'} not rated yet.",
                          st.muted))
    if left_out:
        story.append(para(left_out, st.muted))

    story.extend(section(2, "Ranking by overall rating", st.h1))
    rows = [[Paragraph(f"<b>{h}</b>", st.cell) for h in ("#", "Rep", "Team", "Rating",
                                                         "Status", "Plan")]]
    for position, item in ranked:
        r = by_id[item.rep_id]
        rating = "–" if r.rating is None else f"{r.rating:.2f} · {summary.scale.label(r.rating)}"
        rows.append(["–" if position is None else str(position), cell(r.name, st.cell),
                     cell(r.team or "", st.cell), cell(rating, st.cell), label(r.status),
                     "yes" if r.plan else ""])
    table = Table(rows, colWidths=[0.06 * width, 0.29 * width, 0.23 * width, 0.2 * width,
                                   0.15 * width, 0.07 * width], repeatRows=1)
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

    story.extend(section(3, "On an improvement plan", st.h1))
    on_plan = [r for r in summary.rows if r.plan]
    if not on_plan:
        story.append(para("Nobody in this cycle is on an improvement plan.", st.muted))
    for r in sorted(on_plan, key=lambda r: r.name.casefold()):
        story.append(para(f"{r.name}: {r.plan}", st.body))
    header = f"{summary.company} · Review summary · {summary.scope} · {summary.cycle}"
    return build(story, pagesize=size, header=header, created=created or summary.document_date(),
                 title=f"Review summary {summary.cycle}: {summary.scope}", author=summary.company,
                 subject=f"Review summary {summary.cycle}")


def _status_counts(summary: TeamSummary):
    order = ["draft", "submitted", "acknowledged", "closed"]
    counts = {s: 0 for s in order}
    for r in summary.rows:
        counts[r.status] = counts.get(r.status, 0) + 1
    return [(s, n) for s, n in counts.items() if n]
