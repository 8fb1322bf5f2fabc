"""The sales plan's goals in a review: the rep's own goals whose deadline fell in the reviewed
quarter ("last quarter's goals" when the review is written after it), each met or not met, as the
review form shows them and the review PDF prints them.

`attach_plan_goals` puts them on review details before the PDFs are drawn (the drawing itself
never reads the database); `plan_goals_story` is the PDF's part, `outcome_rows` the lines both use.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from models import formatting
from models.domain.sales_plan import GoalStatus, review_outcome
from models.i18n import _


@dataclass(frozen=True)
class OutcomeLine:
    title: str
    deadline: str
    measure: str
    target: str
    achieved: str
    outcome: str
    met: bool | None        # True met, False not met, None still running or not measured


def _figure(goal, value) -> str:
    if value is None:
        return "–"
    if goal.measure.is_money:
        return formatting.money(value, goal.currency, cents=False)
    value = Decimal(value)
    return formatting.number(value, 0 if value == value.to_integral_value() else 1)


def outcome_rows(goals) -> list[OutcomeLine]:
    """One line per goal (models.services.sales_plan.GoalRow), by deadline as given."""
    lines = []
    for g in goals:
        p = g.progress
        status = p.status if p is not None else None
        measure = g.measure.label if not g.metric else _("{measure} ({metric})").format(
            measure=g.measure.label, metric=g.metric)
        lines.append(OutcomeLine(
            g.title, formatting.date(g.deadline), measure, _figure(g, g.target),
            _figure(g, p.actual) if p is not None else (g.note or "–"),
            review_outcome(status),
            True if status is GoalStatus.MET else False if status is GoalStatus.MISSED
            else None))
    return lines


def load_plan_goals(db, rep_id: int, start: dt.date, end: dt.date, on: dt.date) -> list:
    from models.services import sales_plan as svc
    return svc.review_goals(db, rep_id, start, end, on=on)


def attach_plan_goals(db, details, on: dt.date | None = None) -> None:
    """Each review detail gets `plan_goals`: its rep's goals due in its period, as on `on`."""
    on = on or dt.date.today()
    for d in details:
        d.plan_goals = load_plan_goals(db, d.rep_id, d.period_start, d.period_end, on)


def plan_goals_story(goals, st, width: float) -> list:
    """The PDF's lines for the goals of the sales plan (nothing when the review has none)."""
    if not goals:
        return []
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    from models.reports.fonts import SANS, markup
    from models.reports.pdf_base import INK, RULE, SHADE, para
    story = [Spacer(1, 4), para(_("Goals of the sales plan due this quarter"), st.body)]
    heads = (_("Goal"), _("Deadline"), _("Measure"), _("Target"), _("Achieved"), _("Outcome"))
    rows = [[Paragraph(f"<b>{markup(h)}</b>", st.cell) for h in heads]]
    # met in green, not met in red (the word says it too); a paragraph style, so that the
    # word in Chinese still gets its font
    met_style = ParagraphStyle("met", parent=st.cell, textColor=colors.HexColor("#1e7e34"))
    missed_style = ParagraphStyle("missed", parent=st.cell, textColor=colors.HexColor("#c5221f"))
    lines = outcome_rows(goals)
    for line in lines:
        style = st.cell if line.met is None else met_style if line.met else missed_style
        rows.append([para(line.title, st.cell), para(line.deadline, st.cell),
                     para(line.measure, st.cell), para(line.target, st.cell),
                     para(line.achieved, st.cell), para(line.outcome, style)])
    table = Table(rows, colWidths=[0.3 * width, 0.13 * width, 0.15 * width, 0.13 * width,
                                   0.14 * width, 0.15 * width], repeatRows=1)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONT", (0, 0), (-1, -1), SANS, 8.5, 10.5), ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE), ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    met = sum(1 for line in lines if line.met)
    story += [table, para(_("{met} of {all} met").format(met=formatting.number(met),
                                                         all=formatting.number(len(goals))),
                          st.small)]
    return story
