"""One review -> one PDF a manager can hand over: header, dimensions with ratings and the figures
of the quarter, vector charts, comments, SMART goals, the improvement plan, signature lines."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from models import formatting
from models.i18n import _, ngettext, using_language
from models.reports import charts
from models.reports.fonts import _CJK_RE, SANS, markup, string_width
from models.reports.pdf_base import (INK, MUTED, RULE, SHADE, ContentsLine, Section, build,
                                     page_size, para, section, styles)
from models.reports.review_words import (DIMENSIONS, METRICS, NUMBERS_SOURCES, PLAN_OUTCOMES,
                                         ROLES, SCALE_WORDS, STATUSES, own_word, word)

# What strftime('%b') wrote into the chart series (models/services/review_figures.py), so the
# month under a chart can be printed in the reader's language.
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _rating_text(value, scale, *, overall: bool = False) -> str:
    if value is None:
        return formatting.DASH
    value = Decimal(value)
    shown = formatting.number(value, 2 if overall or value != value.to_integral() else 0)
    return f"{shown} · {own_word(scale.label(value), SCALE_WORDS)}"


def _month(label: str) -> str:
    """'Jul' -> the current language's short month ('Ιουλ', '7月'); any other label as is."""
    if label not in _MONTHS:
        return label
    from babel.dates import get_month_names
    names = get_month_names("abbreviated", locale=formatting.current_locale())
    return names[_MONTHS.index(label) + 1]


def _heading(text: str, style) -> Paragraph:
    """A bold table heading in the current language (CJK runs in the CJK font)."""
    return Paragraph(f"<b>{markup(text)}</b>", style)


def cell(text, style, room: float | None = None):
    """A table cell: short single-line text without Han goes in as a plain string (drawn in
    DejaVu by the table's FONT style, no markup parsing at all), everything else as an escaped
    Paragraph with per-run fonts. Plain strings make the tables several times cheaper. With
    `room` (the column's width for text, in points) a plain string must also fit it: a plain
    string never wraps, and a translated word ('Ανταποκρίνεται') may be longer than English."""
    text = "" if text is None else str(text)
    if len(text) <= 24 and "\n" not in text and not _CJK_RE.search(text) and (
            room is None or string_width(text, style.fontSize) <= room):
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
    story.append(para(_("Performance review: {name}").format(name=r.rep_name), st.title))
    team = None
    if r.team:
        team = r.team if r.team.lower().startswith("team") else \
            _("Team {name}").format(name=r.team)
    sub = " · ".join(x for x in [
        _("{cycle} ({start} – {end})").format(cycle=r.cycle,
                                              start=formatting.date(r.period_start),
                                              end=formatting.date(r.period_end)),
        team, word(r.rep_role, ROLES),
        _("Reviewer {name}").format(name=r.reviewer) if r.reviewer else None,
        _("Status: {status}").format(status=word(r.status, STATUSES))] if x)
    story.append(para(sub, st.subtitle))
    story.append(Spacer(1, 3))
    story.append(ContentsLine())
    story.append(Spacer(1, 4))

    # 1 ratings ------------------------------------------------------------------------------
    number = 1
    story.extend(section(number, _("Dimensions and ratings"), st.h1))
    rows = [[_heading(_("Dimension"), st.cell), _heading(_("Weight"), st.cell),
             _heading(_("Figure of the quarter"), st.cell), _heading(_("Rating"), st.cell)]]
    total_weight = sum((d.weight for d in r.dimensions), Decimal(0)) or Decimal(1)
    for d in r.dimensions:
        if d.figure is None:
            fig = Paragraph('<font color="#6b7785">%s</font>' % markup(_("Rated by the reviewer")),
                            st.cell)
        elif d.figure.available:
            fig = para(d.figure.text, st.cell)
        else:
            why = _("Not available yet: {reason}").format(reason=d.figure.reason)
            fig = Paragraph(f'<font color="#6b7785">{markup(why)}</font>', st.cell)
        # marked not applicable: left out of the overall rating, so said instead of a dash
        rating = _("not applicable") if d.not_applicable else _rating_text(d.rating, scale)
        # cell(): a rating word in Chinese needs the CJK font a plain string would not get
        rated = [para(rating, st.cell), para(d.comment, st.small)] if d.comment else \
            cell(rating, st.cell, 0.25 * width - 8)
        rows.append([para(own_word(d.name, DIMENSIONS), st.cell),
                     formatting.percent(d.weight / total_weight, 0), fig, rated])
    story.append(_table(rows, [0.29 * width, 0.11 * width, 0.35 * width, 0.25 * width]))
    story.append(Spacer(1, 4))
    final = _("Overall rating: {rating}").format(
        rating=_rating_text(r.final_rating, scale, overall=True))
    if r.override_rating is not None:
        # The reason is the reviewer's own words: printed as written.
        how = _("(overridden; computed from the weights: {rating}). Reason: {reason}").format(
            rating=_rating_text(r.computed_rating, scale, overall=True),
            reason=r.override_reason or "")
    else:
        how = _("(computed from the weights)")
    story.append(Paragraph(f"<b>{markup(final)}</b> {markup(how)}", st.body))
    if r.previous:
        cycle, rating, status = r.previous
        story.append(para(_("Previous review {cycle}: {rating} ({status}).").format(
            cycle=cycle, rating=_rating_text(rating, scale, overall=True),
            status=word(status, STATUSES)), st.muted))

    # 2 charts -------------------------------------------------------------------------------
    number += 1
    story.extend(section(number, _("Charts of the quarter"), st.h1, 60 * mm))
    figs = r.figures
    chart_w = (width - 12) / 3
    cells = []
    for key, title, kind in (("results_vs_quota", _("Attainment (cumulative)"), "line"),
                             ("activity_vs_goals", _("Key numbers vs goals"), "bar"),
                             ("quality_of_selling", _("Quality score"), "line")):
        f = figs.get(key)
        if f is not None and f.available and f.series:
            series = tuple((_month(m), v) for m, v in f.series)
            target = tuple((_month(m), v) for m, v in f.target_series)
            cells.append(charts.ratio_chart(title, series, target, kind, chart_w, 110))
        else:
            why = _("Not available yet: {reason}").format(reason=f.reason) \
                if f is not None and not f.available else _("No data to chart")
            cells.append(charts.ratio_chart(title, (), (), kind, chart_w, 110, why))
    chart_table = Table([cells], colWidths=[chart_w + 4] * 3)
    chart_table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                     ("RIGHTPADDING", (0, 0), (-1, -1), 4)]))
    story.append(chart_table)
    story.append(Paragraph('<font color="#d1242f">- - -</font> %s' % markup(_("target")),
                           st.muted))

    # 3 strengths and improvements --------------------------------------------------------------
    number += 1
    story.extend(section(number, _("Strengths and improvements"), st.h1))
    # The reviewer's comments are printed as written, in whatever language they wrote them.
    story.append(_heading(_("Strengths"), st.body))
    story.append(para(r.strengths or formatting.DASH, st.body))
    story.append(Spacer(1, 3))
    story.append(_heading(_("To improve"), st.body))
    story.append(para(r.improvements or formatting.DASH, st.body))

    # 4 goals --------------------------------------------------------------------------------
    number += 1
    story.extend(section(number, _("Goals for the next quarter"), st.h1))
    if r.goals:
        rows = [[_heading(h, st.cell) for h in (_("Goal"), _("Measured by"), _("Target"),
                                                _("Deadline"))]]
        for g in r.goals:
            rows.append([para(g.specific, st.cell), para(g.measure, st.cell),
                         cell(g.target, st.cell), cell(formatting.date(g.deadline), st.cell)])
        story.append(_table(rows, [0.42 * width, 0.22 * width, 0.2 * width, 0.16 * width]))
    else:
        story.append(para(_("No goals recorded yet."), st.muted))
    if r.quarter_goals and r.previous:
        story.append(Spacer(1, 3))
        story.append(para(_("Goals set for this quarter in {cycle}:").format(
            cycle=r.previous[0]), st.small))
        for g in r.quarter_goals:
            story.append(para(_("• {goal} — {measure}: {target} by {deadline}").format(
                goal=g.specific, measure=g.measure, target=g.target,
                deadline=formatting.date(g.deadline)), st.small))
    from models.reports.review_goals import plan_goals_story   # the sales plan's, met or not
    story.extend(plan_goals_story(getattr(r, "plan_goals", None), st, width))

    # 5 rep's comments and one-on-ones ------------------------------------------------------------
    number += 1
    story.extend(section(number, _("The rep's comments"), st.h1))
    story.append(para(r.rep_comments or _("No comments yet."), st.body if r.rep_comments
                      else st.muted))
    if r.one_on_ones:
        story.append(Spacer(1, 3))
        held = sum(1 for _day, status, _note in r.one_on_ones if status == "held")
        planned = len(r.one_on_ones)
        story.append(para(ngettext("One-on-ones this quarter: {held} held of {planned} planned.",
                                   "One-on-ones this quarter: {held} held of {planned} planned.",
                                   planned).format(held=formatting.number(held),
                                                   planned=formatting.number(planned)),
                          st.muted))

    # 6 improvement plan -------------------------------------------------------------------------
    if r.plans:
        number += 1
        story.extend(section(number, _("Improvement plan"), st.h1))
        for p in r.plans:
            values = dict(days=formatting.number(p.length_days),
                          start=formatting.date(p.start_date), end=formatting.date(p.end_date),
                          outcome=word(p.outcome, PLAN_OUTCOMES),
                          day=formatting.date(p.outcome_on))
            if p.outcome_on:
                line = _("{days}-day plan from {start} to {end} · outcome: {outcome} on {day}")
            else:
                line = _("{days}-day plan from {start} to {end} · outcome: {outcome}")
            story.append(para(line.format(**values), st.body))
            # The reason is the manager's own words: printed as written.
            story.append(para(_("Why: {reason}").format(reason=p.reason), st.small))
            story.append(para(_("Progress: {summary} (numbers: {source})").format(
                summary=p.progress.summary(), source=own_word(p.numbers_source, NUMBERS_SOURCES)),
                st.small))
            rows = [[_heading(h, st.cell) for h in (_("Week"), _("Measure"), _("Target"),
                                                    _("Actual"), _("Met"))]]
            for w in p.progress.weeks:
                met = {True: _("yes"), False: _("no"), None: formatting.DASH}[w.met]
                week = _("{week} ({day})").format(week=formatting.number(w.week),
                                                  day=formatting.date(w.first_day))
                rows.append([cell(week, st.cell), cell(word(w.metric, METRICS), st.cell),
                             formatting.number(w.target), formatting.number(w.actual),
                             cell(met, st.cell)])
            story.append(_table(rows, [0.22 * width, 0.3 * width, 0.16 * width, 0.16 * width,
                                       0.16 * width]))
            if p.check_ins:
                days = ", ".join(_("{day} (held)").format(day=formatting.date(d)) if held
                                 else formatting.date(d) for d, held, _note in p.check_ins)
                story.append(para(_("Check-ins: {days}").format(days=days), st.small))
            story.append(Spacer(1, 4))

    # signatures -----------------------------------------------------------------------------
    number += 1
    sign = [Section(number, _("Signatures"), st.h1)]
    rows = []
    for who, name, day in ((_("Reviewer"), r.reviewer or "", r.submitted_on),
                           (_("Rep"), r.rep_name, r.acknowledged_on),
                           (_("HR"), "", r.closed_on)):
        signed = _("Date: {day}").format(day=formatting.date(day)) if day else _("Date:")
        rows.append([para(who, st.cell_bold), para(name, st.cell), "", para(signed, st.cell)])
    # room for 'Αξιολογητής', 'Tagasuri' on one line
    t = Table(rows, colWidths=[0.2 * width, 0.28 * width, 0.3 * width, 0.22 * width],
              rowHeights=[12 * mm] * len(rows))
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                           ("LINEBELOW", (2, 0), (2, -1), 0.6, INK),
                           ("TEXTCOLOR", (0, 0), (-1, -1), MUTED)]))
    sign.append(t)
    story.append(KeepTogether(sign))
    return story


def render_review(review, *, page: str = "A4", created: dt.date | None = None,
                  language: str | None = None) -> bytes:
    """The PDF bytes of one review (a ReviewDetail), in the rep's language (`rep_language`),
    else `language`, else the current one: labels, scale words, numbers and dates follow it, the
    reviewer's and the rep's comments are printed as written. The creation date is `created`,
    else the review's own latest date: the same data always gives the same bytes."""
    size = page_size(page)
    with using_language(getattr(review, "rep_language", None) or language):
        st = styles()
        width = size[0] - 36 * mm
        story = review_story(review, st, width)
        header = _("{company} · Performance review · {rep} · {cycle}").format(
            company=review.company, rep=review.rep_name, cycle=review.cycle)
        # build() lays the pages out (page numbers, contents line) inside the block as well.
        return build(story, pagesize=size, header=header,
                     created=created or review.document_date(),
                     title=_("Performance review {cycle}: {rep}").format(
                         cycle=review.cycle, rep=review.rep_name),
                     author=review.reviewer or review.company,
                     subject=_("Review {cycle}").format(cycle=review.cycle))


def file_name(review) -> str:
    """A safe, readable file name: '2026-Q3 0012 Μαρία Παπαδοπούλου.pdf'."""
    import re
    name = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", review.rep_name).strip()[:80] or "rep"
    return f"{review.cycle} {review.rep_id:04d} {name}.pdf"


__all__ = ["render_review", "review_story", "file_name", "MUTED"]
