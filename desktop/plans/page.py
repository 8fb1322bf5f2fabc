"""The Plans page: the period's targets rolled up rep → team → company with the difference, the
goals due in it with their measured status, and the week's sprints of the teams you see.

Read-only here; plans, goals and sprints are set with `repdesk plan …`. Everything is loaded in
the background (desktop/tasks.py); the page only shows what the services return.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QComboBox, QDateEdit, QGroupBox, QHBoxLayout, QLabel, QSplitter,
                               QVBoxLayout, QWidget)

from desktop.analysis.common import FigureTableModel, figure_table, notes_label
from desktop.tasks import LatestLoad
from models import formatting
from models.domain.quotas import Period, quarter_of, sub_periods, week_of, year_of
from models.domain.sales_plan import GoalStatus, RollupRow

STATUS_COLOURS = {GoalStatus.MET: QColor("#1e7e34"), GoalStatus.ON_TRACK: QColor("#1a73e8"),
                  GoalStatus.AT_RISK: QColor("#b06000"), GoalStatus.MISSED: QColor("#c5221f")}
ROLLUP_HEADERS = ["Plan of", "Target", "Own target", "Sum below", "Difference", "Note"]
GOAL_HEADERS = ["Goal", "Plan", "Owner", "Deadline", "Measure", "Target", "So far", "Pace",
                "Status"]
SPRINT_HEADERS = ["Rep", "Calls", "Meetings", "Proposals", "Deals to advance", "Report", "Notes"]


@dataclass(frozen=True)
class PlansView:
    period: Period
    week: Period
    on: dt.date
    rollup: list[RollupRow]
    currencies: dict[str, str | None]
    goals: list
    sprints: list


def load(db, period: Period, week_day: dt.date, on: dt.date) -> PlansView:
    """Everything the page shows, off the GUI thread."""
    from models.services import sales_plan as svc
    plans = svc.plans_for(db, period)
    return PlansView(period, week_of(week_day), on, svc.rollup(db, period),
                     {p.owner_name: p.targets.currency for p in plans},
                     svc.goals(db, on=on, deadline_from=period.start, deadline_to=period.end),
                     svc.team_sprints(db, week_day))


def period_choices(today: dt.date) -> list[Period]:
    """This year, its quarters, and last quarter when it was last year."""
    year = year_of(today)
    choices = [year, *sub_periods(year, "quarter")]
    last = quarter_of(quarter_of(today).start - dt.timedelta(days=1))
    if last.start.year != today.year:
        choices.insert(0, last)
    return choices


def _figure(value, money: bool, currency: str | None, signed: bool = False) -> str:
    if value is None:
        return ""
    text = formatting.money(value, currency) if money else formatting.number(value)
    return ("+" + text) if signed and value > 0 else text


def rollup_rows(view: PlansView) -> list[list[str]]:
    rows = []
    for r in view.rollup:
        if r.own is None and r.below is None:
            continue
        cur = view.currencies.get(r.label) if r.kind.is_money else None
        indent = {"company": "", "team": "    ", "rep": "        "}[r.level]
        rows.append([indent + r.label, r.kind.label, _figure(r.own, r.kind.is_money, cur),
                     "" if r.level == "rep" else _figure(r.below, r.kind.is_money, cur),
                     _figure(r.difference, r.kind.is_money, cur, signed=True), r.note])
    return rows


def _count(value) -> str:
    return formatting.number(value, 0 if value == value.to_integral_value() else 1)


def goal_rows(view: PlansView) -> list[list[str]]:
    rows = []
    for g in view.goals:
        p = g.progress
        money = g.measure.is_money
        rows.append([g.title, g.plan_owner, g.owner, formatting.date(g.deadline),
                     g.measure.label + (f" ({g.metric})" if g.metric else ""),
                     formatting.money(g.target, g.currency) if money else _count(g.target),
                     "" if p is None else (formatting.money(p.actual, g.currency) if money
                                           else _count(p.actual)),
                     "" if p is None else (formatting.money(round(p.pace), g.currency) if money
                                           else _count(p.pace)),
                     g.note or "not measured" if p is None else p.status.value])
    return rows


def sprint_rows(view: PlansView) -> list[list[str]]:
    def planned_done(row, what):
        planned = row.planned[what]
        return f"{planned}" if row.done is None else f"{row.done[what]} of {planned}"
    rows = []
    for r in view.sprints:
        deals = "; ".join(f"{title}{'' if moved is None else (' ✓' if moved else ' ✗')}"
                          for _, title, moved in r.deals)
        rows.append([r.rep_name, planned_done(r, "calls"), planned_done(r, "meetings"),
                     planned_done(r, "proposals"), deals,
                     "not yet" if r.done is None else f"done {formatting.date(r.done_on)}",
                     " / ".join(n for n in (r.plan_note, r.done_note) if n)])
    return rows


class GoalTableModel(FigureTableModel):
    """Goals with the status written in its colour (the word is there too, for anyone who does
    not tell the colours apart)."""

    def __init__(self):
        super().__init__(GOAL_HEADERS, numeric=(5, 6, 7), header_tips=[
            None, "The plan the goal belongs to", "Who owns the goal", None,
            "What Repdesk counts for it", None,
            "Counted from Repdesk data from the goal's start to the day shown (or its deadline)",
            "Where a straight line from 0 at the start to the target at the deadline is today",
            "met: target reached; missed: deadline passed without it; at risk: below 90% of "
            "the pace; on track: at or above it"])

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 8:
            try:
                return STATUS_COLOURS.get(GoalStatus(self.cell(index.row(), 8)))
            except ValueError:
                return None
        return super().data(index, role)


def _box(title: str, *widgets) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(6, 6, 6, 6)
    for w in widgets:
        layout.addWidget(w)
    return box


class PlansPage(QWidget):
    def __init__(self, ctx, *, today: dt.date | None = None, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.today = today or dt.date.today()
        self._load = LatestLoad(ctx.tasks)
        self.view: PlansView | None = None

        self.period = QComboBox()
        self.periods = period_choices(self.today)
        for p in self.periods:
            self.period.addItem(p.label())
        self.period.setCurrentIndex(self.periods.index(year_of(self.today)))
        self.week = QDateEdit(QDate(self.today.year, self.today.month, self.today.day))
        self.week.setCalendarPopup(True)
        self.week.setDisplayFormat("yyyy-MM-dd")
        bar = QHBoxLayout()
        bar.addWidget(QLabel("Plan period"))
        bar.addWidget(self.period)
        bar.addSpacing(16)
        bar.addWidget(QLabel("Sprint week of"))
        bar.addWidget(self.week)
        bar.addStretch(1)
        self.status = QLabel("")
        bar.addWidget(self.status)

        self.rollup_model = FigureTableModel(ROLLUP_HEADERS, numeric=(2, 3, 4), header_tips=[
            None, None, "This level's own target",
            "The targets of the plans one level below, added up (never two currencies as one)",
            "Own target minus the sum below: positive, the level asks more than its parts plan; "
            "negative, its parts plan more", None])
        self.goal_model = GoalTableModel()
        self.sprint_model = FigureTableModel(SPRINT_HEADERS, numeric=(1, 2, 3), header_tips=[
            None, "Done of planned (planned only, until Friday's report)", None, None,
            "✓ moved on this week, ✗ did not", None, None])
        self.goals_box = _box("Goals", figure_table(self.goal_model, sideways=True))
        self.sprints_box = _box("Sprints", figure_table(self.sprint_model, sideways=True))
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(_box("Targets rolled up: rep → team → company",
                             figure_table(self.rollup_model, sideways=True)))
        split.addWidget(self.goals_box)
        split.addWidget(self.sprints_box)
        split.setChildrenCollapsible(False)
        for i, stretch in enumerate((3, 2, 2)):   # the roll-up has a row per level and target
            split.setStretchFactor(i, stretch)
        self.notes = notes_label()
        self.notes.setText("Set plans, goals and sprints with “repdesk plan …” (repdesk plan "
                           "--help).")
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        layout.addWidget(self.notes)
        self.period.currentIndexChanged.connect(self.reload)
        self.week.dateChanged.connect(self.reload)
        self.reload()

    @property
    def busy(self) -> bool:
        return self._load.busy

    def reload(self) -> None:
        period = self.periods[self.period.currentIndex()]
        day = self.week.date().toPython()
        self.status.setText("Loading…")
        self._load.load(lambda: load(self.ctx.db, period, day, self.today), self.show_view,
                        self.show_error)

    def show_error(self, error: BaseException) -> None:
        from models.db.errors import RepdeskError
        self.status.setText(str(error) if isinstance(error, RepdeskError)
                            else "The plans could not be loaded; try again.")

    def show_view(self, view: PlansView) -> None:
        self.view = view
        self.rollup_model.set_rows(rollup_rows(view))
        self.goal_model.set_rows(goal_rows(view))
        self.sprint_model.set_rows(sprint_rows(view))
        self.goals_box.setTitle(f"Goals due in {view.period.label()}: status on "
                                f"{formatting.date(view.on)}")
        self.sprints_box.setTitle(f"Sprints of the week {view.week.label()} "
                                  f"({formatting.date(view.week.start)} – "
                                  f"{formatting.date(view.week.end)})")
        empty = not view.rollup and not view.goals
        self.status.setText(f"No plan for {view.period.label()} that you can see." if empty
                            else "")


def create_page(ctx):
    return PlansPage(ctx)
