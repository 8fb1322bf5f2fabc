"""One review -> one PDF a manager can hand over: header, dimensions with ratings and the figures
of the quarter, vector charts, comments, SMART goals, the improvement plan, signature lines."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from models.domain.enums import label
from models.reports import charts
from models.reports.fonts import _CJK_RE, SANS, markup
from models.reports.pdf_base import (INK, MUTED, RULE, SHADE, ContentsLine, Section, build,
                                     page_size, para, section, styles)


def _rating_text(value, scale, *, overall: bool = False) -> str:
    if value is None:
        return "–"
    value = Decimal(value)
    shown = f"{value:.2f}" if overall or value != value.to_integral() else f"{int(value)}"
    return f"{shown} · {scale.label(value)}"


def cell(text, style):
    """A table cell: short single-line text without Han goes in as a plain string (drawn in
    DejaVu by the table's FONT style, no markup parsing at all), everything else as an escaped
    Paragraph with per-run fonts. Plain strings make the tables several times cheaper."""
    text = "" if text is None else str(text)
    if len(text) <= 24 and "\n" not in text and not _CJK_RE.search(text):
        return text
    return para(text, style)


def _table(rows, widths, *, header=True, zebra=True):
    t = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("FONT", (0, 0), (-1, -1), SANS, 8.5, 10.5), ("TEXTCOLOR", (0, 0), (-1, -1), INK),
             ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
             ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
             ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), SHADE))
    t.setStyle(TableStyle(style))
    return t


def review_story(r, st, width: float) -> list:
    """The flowables of one review (also used to append reviews into one file)."""
    scale = r.scale
    story: list = []
    story.append(para(f"Performance review: {r.rep_name}", st.title))
    sub = " · ".join(x for x in [
        f"{r.cycle} ({r.period_start:%d %b %Y} – {r.period_end:%d %b %Y})",
        (r.team if r.team.lower().startswith("team") else f"Team {r.team}") if r.team else None,
        label(r.rep_role),
        f"Reviewer {r.reviewer}" if r.reviewer else None, f"Status: {label(r.status)}"] if x)
    story.append(para(sub, st.subtitle))
    story.append(Spacer(1, 3))
    story.append(ContentsLine())
    story.append(Spacer(1, 4))

    # 1 ratings ------------------------------------------------------------------------------
    number = 1
    story.extend(section(number, "Dimensions and ratings", st.h1))
    rows = [[Paragraph("<b>Dimension</b>", st.cell), Paragraph("<b>Weight</b>", st.cell),
             Paragraph("<b>Figure of the quarter</b>", st.cell),
             Paragraph("<b>Rating</b>", st.cell)]]
    total_weight = sum((d.weight for d in r.dimensions), Decimal(0)) or Decimal(1)
    for d in r.dimensions:
        if d.figure is None:
            fig = Paragraph('<font color="#6b7785">Rated by the reviewer</font>', st.cell)
        elif d.figure.available:
            fig = para(d.figure.text, st.cell)
        else:
            fig = Paragraph(f'<font color="#6b7785">Not available yet: '
                            f'{markup(d.figure.reason)}</font>', st.cell)
        rating = _rating_text(d.rating, scale)
        rated = [para(rating, st.cell), para(d.comment, st.small)] if d.comment else rating
        rows.append([para(d.name, st.cell),
                     f"{(d.weight / total_weight * 100).quantize(Decimal(1))}%",
                     fig, rated])
    story.append(_table(rows, [0.3 * width, 0.09 * width, 0.36 * width, 0.25 * width]))
    story.append(Spacer(1, 4))
    overall = f"<b>Overall rating: {markup(_rating_text(r.final_rating, scale, overall=True))}</b>"
    if r.override_rating is not None:
        overall += (f" (overridden; computed from the weights: "
                    f"{markup(_rating_text(r.computed_rating, scale, overall=True))}). Reason: "
                    f"{markup(r.override_reason)}")
    else:
        overall += " (computed from the weights)"
    story.append(Paragraph(overall, st.body))
    if r.previous:
        cycle, rating, status = r.previous
        story.append(para(f"Previous review {cycle}: {_rating_text(rating, scale, overall=True)} "
                          f"({label(status)}).", st.muted))

    # 2 charts -------------------------------------------------------------------------------
    number += 1
    story.extend(section(number, "Charts of the quarter", st.h1, 60 * mm))
    figs = r.figures
    chart_w = (width - 12) / 3
    cells = []
    for key, title, kind in (("results_vs_quota", "Attainment (cumulative)", "line"),
                             ("activity_vs_goals", "Key numbers vs goals", "bar"),
                             ("quality_of_selling", "Quality score", "line")):
        f = figs.get(key)
        if f is not None and f.available and f.series:
            cells.append(charts.ratio_chart(title, tuple(f.series), tuple(f.target_series), kind,
                                            chart_w, 110))
        else:
            why = ("Not available yet: " + f.reason) if f is not None and not f.available \
                else "No data to chart"
            cells.append(charts.ratio_chart(title, (), (), kind, chart_w, 110, why))
    chart_table = Table([cells], colWidths=[chart_w + 4] * 3)
    chart_table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                     ("RIGHTPADDING", (0, 0), (-1, -1), 4)]))
    story.append(chart_table)
    story.append(Paragraph('<font color="#d1242f">- - -</font> target', st.muted))

    # 3 strengths and improvements --------------------------------------------------------------
    number += 1
    story.extend(section(number, "Strengths and improvements", st.h1))
    story.append(Paragraph("<b>Strengths</b>", st.body))
    story.append(para(r.strengths or "–", st.body))
    story.append(Spacer(1, 3))
    story.append(Paragraph("<b>To improve</b>", st.body))
    story.append(para(r.improvements or "–", st.body))

    # 4 goals --------------------------------------------------------------------------------
    number += 1
    story.extend(section(number, "Goals for the next quarter", st.h1))
    if r.goals:
        rows = [[Paragraph(f"<b>{h}</b>", st.cell) for h in ("Goal", "Measured by", "Target",
                                                             "Deadline")]]
        for g in r.goals:
            rows.append([para(g.specific, st.cell), para(g.measure, st.cell),
                         cell(g.target, st.cell), f"{g.deadline:%d %b %Y}"])
        story.append(_table(rows, [0.42 * width, 0.22 * width, 0.2 * width, 0.16 * width]))
    else:
        story.append(para("No goals recorded yet.", st.muted))
    if r.quarter_goals and r.previous:
        story.append(Spacer(1, 3))
        story.append(para(f"Goals set for this quarter in {r.previous[0]}:", st.small))
        for g in r.quarter_goals:
            story.append(para(f"• {g.specific} — {g.measure}: {g.target} by "
                              f"{g.deadline:%d %b %Y}", st.small))

    from models.reports.review_goals import plan_goals_story   # the sales plan's, met or not
    story.extend(plan_goals_story(getattr(r, "plan_goals", None), st, width))

    # 5 rep's comments and one-on-ones ------------------------------------------------------------
    number += 1
    story.extend(section(number, "The rep's comments", st.h1))
    story.append(para(r.rep_comments or "No comments yet.", st.body if r.rep_comments
                      else st.muted))
    if r.one_on_ones:
        story.append(Spacer(1, 3))
        held = sum(1 for _d, status, _n in r.one_on_ones if status == "held")
        story.append(para(f"One-on-ones this quarter: {held} held of {len(r.one_on_ones)} "
                          "planned.", st.muted))

    # 6 improvement plan -------------------------------------------------------------------------
    if r.plans:
        number += 1
        story.extend(section(number, "Improvement plan", st.h1))
        for p in r.plans:
            story.append(para(f"{p.length_days}-day plan from {p.start_date:%d %b %Y} to "
                              f"{p.end_date:%d %b %Y} · outcome: {label(p.outcome)}"
                              + (f" on {p.outcome_on:%d %b %Y}" if p.outcome_on else ""),
                              st.body))
            story.append(para(f"Why: {p.reason}", st.small))
            story.append(para(f"Progress: {p.progress.summary()} (numbers: {p.numbers_source})",
                              st.small))
            rows = [[Paragraph(f"<b>{h}</b>", st.cell) for h in ("Week", "Measure", "Target",
                                                                 "Actual", "Met")]]
            for w in p.progress.weeks:
                met = {True: "yes", False: "no", None: "–"}[w.met]
                rows.append([f"{w.week} ({w.first_day:%d %b})", cell(label(w.metric), st.cell),
                             f"{w.target:.0f}", "–" if w.actual is None else f"{w.actual:.0f}",
                             met])
            story.append(_table(rows, [0.22 * width, 0.3 * width, 0.16 * width, 0.16 * width,
                                       0.16 * width]))
            if p.check_ins:
                story.append(para("Check-ins: " + ", ".join(
                    f"{d:%d %b}{' (held)' if held else ''}" for d, held, _n in p.check_ins),
                    st.small))
            story.append(Spacer(1, 4))

    # signatures -----------------------------------------------------------------------------
    number += 1
    sign = [Section(number, "Signatures", st.h1)]
    rows = []
    for who, name, day in (("Reviewer", r.reviewer or "", r.submitted_on),
                           ("Rep", r.rep_name, r.acknowledged_on),
                           ("HR", "", r.closed_on)):
        rows.append([para(who, st.cell_bold), para(name, st.cell), "",
                     para(f"Date: {day:%d %b %Y}" if day else "Date:", st.cell)])
    t = Table(rows, colWidths=[0.14 * width, 0.3 * width, 0.36 * width, 0.2 * width],
              rowHeights=[12 * mm] * len(rows))
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                           ("LINEBELOW", (2, 0), (2, -1), 0.6, INK),
                           ("TEXTCOLOR", (0, 0), (-1, -1), MUTED)]))
    sign.append(t)
    story.append(KeepTogether(sign))
    return story


def render_review(review, *, page: str = "A4", created: dt.date | None = None) -> bytes:
    """The PDF bytes of one review (a ReviewDetail). The creation date is `created`, else the
    review's own latest date: the same data always gives the same bytes."""
    size = page_size(page)
    st = styles()
    width = size[0] - 36 * mm
    story = review_story(review, st, width)
    header = f"{review.company} · Performance review · {review.rep_name} · {review.cycle}"
    return build(story, pagesize=size, header=header,
                 created=created or review.document_date(),
                 title=f"Performance review {review.cycle}: {review.rep_name}",
                 author=review.reviewer or review.company, subject=f"Review {review.cycle}")


def file_name(review) -> str:
    """A safe, readable file name: '2026-Q3 0012 Μαρία Παπαδοπούλου.pdf'."""
    import re
    name = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", review.rep_name).strip()[:80] or "rep"
    return f"{review.cycle} {review.rep_id:04d} {name}.pdf"


__all__ = ["render_review", "review_story", "file_name", "MUTED"]
