"""The Plans page: the period's targets rolled up rep → team → company with the difference, the
goals due in it with their measured status, and the week's sprints of the teams you see.

Plans, goals and weeks are edited here in dialogs (desktop/plans/editors.py) or with
`repdesk plan …`. Everything is loaded and saved in the background (desktop/tasks.py); the page
only shows what the services return.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from PySide6.QtCore import QDate, Qt, QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QComboBox, QDateEdit, QGroupBox, QHBoxLayout, QLabel, QMessageBox,
                               QPushButton, QSplitter, QVBoxLayout, QWidget)

from desktop.analysis.common import FigureTableModel, figure_table, notes_label
from desktop.i18n import tr
from desktop.tasks import LatestLoad
from models import formatting
from models.domain.quotas import Period, quarter_of, sub_periods, week_of, year_of
from models.domain.sales_plan import GoalStatus, RollupRow, parse_steps, steps_done
from widgets.date_fields import show_dates

STATUS_COLOURS = {GoalStatus.MET: QColor("#1e7e34"), GoalStatus.ON_TRACK: QColor("#1a73e8"),
                  GoalStatus.AT_RISK: QColor("#b06000"), GoalStatus.MISSED: QColor("#c5221f")}
ROLLUP_HEADERS = [QT_TRANSLATE_NOOP("QCoreApplication", "Plan of"),
                  QT_TRANSLATE_NOOP("QCoreApplication", "Target"),
                  QT_TRANSLATE_NOOP("QCoreApplication", "Own target"),
                  QT_TRANSLATE_NOOP("QCoreApplication", "Sum below"),
                  QT_TRANSLATE_NOOP("QCoreApplication", "Difference"),
                  QT_TRANSLATE_NOOP("QCoreApplication", "Note")]
GOAL_HEADERS = [QT_TRANSLATE_NOOP("QCoreApplication", "Goal"),
                QT_TRANSLATE_NOOP("QCoreApplication", "Plan"),
                QT_TRANSLATE_NOOP("QCoreApplication", "Owner"),
                QT_TRANSLATE_NOOP("QCoreApplication", "Deadline"),
                QT_TRANSLATE_NOOP("QCoreApplication", "Measure"),
                QT_TRANSLATE_NOOP("QCoreApplication", "Target"),
                QT_TRANSLATE_NOOP("QCoreApplication", "So far"),
                QT_TRANSLATE_NOOP("QCoreApplication", "Pace"),
                QT_TRANSLATE_NOOP("QCoreApplication", "Status"),
                QT_TRANSLATE_NOOP("QCoreApplication", "Steps done")]
SPRINT_HEADERS = [QT_TRANSLATE_NOOP("QCoreApplication", "Rep"),
                  QT_TRANSLATE_NOOP("QCoreApplication", "Calls"),
                  QT_TRANSLATE_NOOP("QCoreApplication", "Meetings"),
                  QT_TRANSLATE_NOOP("QCoreApplication", "Proposals"),
                  QT_TRANSLATE_NOOP("QCoreApplication", "Deals to advance"),
                  QT_TRANSLATE_NOOP("QCoreApplication", "Report"),
                  QT_TRANSLATE_NOOP("QCoreApplication", "Notes")]
STATUS_COLUMN = 8


@dataclass(frozen=True)
class PlansView:
    period: Period
    week: Period
    on: dt.date
    rollup: list[RollupRow]
    currencies: dict[str, str | None]
    goals: list
    sprints: list
    plans: list = ()                 # the period's PlanRows (the editors' choices)
    teams: list = ()                 # (id, name) the user sees
    reps: list = ()                  # (id, name)
    metrics: list = ()               # (id, name) of the active key numbers
    open_deals: dict | None = None   # rep id -> [(deal id, title)]: read when a week opens
    # The tables' rows as shown (rollup, goals, their statuses, sprints), written in the
    # background with the rest: formatting 700 amounts took 20 ms of the GUI thread.
    tables: tuple | None = None

    def plan_for(self, level: str, label: str):
        """The plan behind a roll-up row (None: that level has no plan of its own)."""
        return next((p for p in self.plans if p.level == level and p.owner_name == label), None)


def load(db, period: Period, week_day: dt.date, on: dt.date) -> PlansView:
    """Everything the page shows, off the GUI thread."""
    from sqlalchemy import select

    from models.db.core import Rep, Team
    from models.services import sales_plan as svc
    from models.services.activity import list_metrics
    plans = svc.plans_for(db, period)
    with db.read() as s:
        teams = [tuple(r) for r in s.execute(select(Team.id, Team.name).order_by(Team.name))]
        reps = [tuple(r) for r in s.execute(select(Rep.id, Rep.full_name)
                                            .order_by(Rep.full_name))]
    view = PlansView(period, week_of(week_day), on, svc.rollup(db, period),
                     {p.owner_name: p.targets.currency for p in plans},
                     svc.goals(db, on=on, deadline_from=period.start, deadline_to=period.end),
                     svc.team_sprints(db, week_day), plans, teams, reps,
                     [(m.id, m.name) for m in list_metrics(db)])
    return replace(view, tables=table_rows(view))


def table_rows(view: PlansView) -> tuple:
    """(roll-up rows, goal rows, the goals' statuses, sprint rows) as the tables show them."""
    return (rollup_rows(view), goal_rows(view),
            [g.progress.status if g.progress else None for g in view.goals], sprint_rows(view))


def period_choices(today: dt.date) -> list[Period]:
    """This year, its quarters and months, this quarter's weeks (where a split plan's parts are
    seen), and last quarter when it was last year."""
    year = year_of(today)
    choices = [year, *sub_periods(year, "quarter"), *sub_periods(year, "month")]
    choices += [w for w in sub_periods(quarter_of(today), "week") if w not in choices]
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
        done, steps = steps_done(parse_steps(g.steps))
        rows.append([g.title, g.plan_owner, g.owner, formatting.date(g.deadline),
                     tr("{measure} ({metric})").format(measure=g.measure.label, metric=g.metric)
                     if g.metric else g.measure.label,
                     formatting.money(g.target, g.currency) if money else _count(g.target),
                     "" if p is None else (formatting.money(p.actual, g.currency) if money
                                           else _count(p.actual)),
                     "" if p is None else (formatting.money(round(p.pace), g.currency) if money
                                           else _count(p.pace)),
                     (g.note or tr("not measured")) if p is None else p.status.label,
                     tr("{done} of {all}").format(done=formatting.number(done),
                                                  all=formatting.number(steps)) if steps else ""])
    return rows


def sprint_rows(view: PlansView) -> list[list[str]]:
    def planned_done(row, what):
        planned = formatting.number(row.planned[what])
        return planned if row.done is None else tr("{done} of {planned}").format(
            done=formatting.number(row.done[what]), planned=planned)
    rows = []
    for r in view.sprints:
        deals = "; ".join(f"{title}{'' if moved is None else (' ✓' if moved else ' ✗')}"
                          for _unused, title, moved in r.deals)
        rows.append([r.rep_name, planned_done(r, "calls"), planned_done(r, "meetings"),
                     planned_done(r, "proposals"), deals,
                     tr("not yet") if r.done is None
                     else tr("done {day}").format(day=formatting.date(r.done_on)),
                     " / ".join(n for n in (r.plan_note, r.done_note) if n)])
    return rows


class GoalTableModel(FigureTableModel):
    """Goals with the status written in its colour (the word is there too, for anyone who does
    not tell the colours apart)."""

    def __init__(self):
        super().__init__([tr(h) for h in GOAL_HEADERS], numeric=(5, 6, 7), header_tips=[
            None, tr("The plan the goal belongs to"), tr("Who owns the goal"), None,
            tr("What Repdesk counts for it"), None,
            tr("Counted from Repdesk data from the goal's start to the day shown (or its "
               "deadline)"),
            tr("Where a straight line from 0 at the start to the target at the deadline is "
               "today"),
            tr("met: target reached; missed: deadline passed without it; at risk: below 90% of "
               "the pace; on track: at or above it"),
            tr("The goal's steps ticked done, of all its steps")])
        self.statuses: list[GoalStatus | None] = []

    def set_goals(self, rows, statuses) -> None:
        self.statuses = list(statuses)
        self.set_rows(rows)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == STATUS_COLUMN:
            status = self.statuses[index.row()] if index.row() < len(self.statuses) else None
            return STATUS_COLOURS.get(status)
        return super().data(index, role)


def _box(title: str, *parts) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(6, 6, 6, 6)
    for part in parts:
        if isinstance(part, QWidget):
            layout.addWidget(part)
        else:
            layout.addLayout(part)
    return box


def _buttons(*buttons) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    for b in buttons:
        row.addWidget(b)
    row.addStretch(1)
    return row


SPLIT_KINDS = [("quarter", QT_TRANSLATE_NOOP("QCoreApplication", "into quarters")),
               ("month", QT_TRANSLATE_NOOP("QCoreApplication", "into months")),
               ("week", QT_TRANSLATE_NOOP("QCoreApplication", "into weeks"))]


class PlansPage(QWidget):
    def __init__(self, ctx, *, today: dt.date | None = None, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.today = today or dt.date.today()
        self._load = LatestLoad(ctx.tasks)
        # The open deals a week may plan to advance (50,000 at a big company: a tenth of a
        # second and more to read) are read when a week's dialog is first opened, not with
        # the page.
        self._deals_load = LatestLoad(ctx.tasks)
        self._open_deals: dict | None = None
        self.view: PlansView | None = None
        self.dialog = None            # the editor open now (tests drive it)
        self.saving = False
        self._said = ""               # what the last delete did, shown once the page reloaded

        self.period = QComboBox()
        self.periods = period_choices(self.today)
        for p in self.periods:
            self.period.addItem(p.label())
        self.period.setCurrentIndex(self.periods.index(year_of(self.today)))
        self.week = QDateEdit(QDate(self.today.year, self.today.month, self.today.day))
        self.week.setCalendarPopup(True)
        show_dates(self.week)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("Plan period")))
        bar.addWidget(self.period)
        bar.addSpacing(16)
        bar.addWidget(QLabel(tr("Sprint week of")))
        bar.addWidget(self.week)
        bar.addStretch(1)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        bar.addWidget(self.status, 1)

        self.rollup_model = FigureTableModel([tr(h) for h in ROLLUP_HEADERS], numeric=(2, 3, 4),
                                             header_tips=[
            None, None, tr("This level's own target"),
            tr("The targets of the plans one level below, added up (never two currencies as "
               "one)"),
            tr("Own target minus the sum below: positive, the level asks more than its parts "
               "plan; negative, its parts plan more"), None])
        self.goal_model = GoalTableModel()
        self.sprint_model = FigureTableModel([tr(h) for h in SPRINT_HEADERS], numeric=(1, 2, 3),
                                             header_tips=[
            None, tr("Done of planned (planned only, until Friday's report)"), None, None,
            tr("✓ moved on this week, ✗ did not"), None, None])
        self.rollup_view = figure_table(self.rollup_model, sideways=True)
        self.goal_view = figure_table(self.goal_model, sideways=True)
        self.sprint_view = figure_table(self.sprint_model, sideways=True)
        for view in (self.rollup_view, self.goal_view, self.sprint_view):
            view.setSelectionBehavior(view.SelectionBehavior.SelectRows)
            view.setSelectionMode(view.SelectionMode.SingleSelection)

        self.new_plan = QPushButton(tr("New plan…"))
        self.edit_plan = QPushButton(tr("Edit plan…"))
        self.split_kind = QComboBox()
        for key, text in SPLIT_KINDS:
            self.split_kind.addItem(tr(text), key)
        self.split_button = QPushButton(tr("Split"))
        self.split_button.setToolTip(tr("Split the chosen plan into shorter periods; the parts "
                                        "add up to it exactly and replace an earlier split"))
        self.new_goal = QPushButton(tr("New goal…"))
        self.edit_goal = QPushButton(tr("Edit goal…"))
        self.delete_plan = QPushButton(tr("Delete plan…"))
        self.delete_goal = QPushButton(tr("Delete goal…"))
        self.plan_week = QPushButton(tr("Plan the week…"))
        self.report_week = QPushButton(tr("Friday's report…"))
        self.new_plan.clicked.connect(self.open_new_plan)
        self.edit_plan.clicked.connect(self.open_edit_plan)
        self.split_button.clicked.connect(self.split_selected)
        self.new_goal.clicked.connect(self.open_new_goal)
        self.edit_goal.clicked.connect(self.open_edit_goal)
        self.delete_plan.clicked.connect(self.delete_selected_plan)
        self.delete_goal.clicked.connect(self.delete_selected_goal)
        for view in (self.rollup_view, self.goal_view):
            view.selectionModel().selectionChanged.connect(self._update_delete_actions)
        self.plan_week.clicked.connect(self.open_plan_week)
        self.report_week.clicked.connect(self.open_report_week)
        self.rollup_view.doubleClicked.connect(lambda _i: self.open_edit_plan())
        self.goal_view.doubleClicked.connect(lambda _i: self.open_edit_goal())
        self.sprint_view.doubleClicked.connect(lambda _i: self.open_plan_week())

        self.rollup_box = _box(tr("Targets rolled up: rep → team → company"),
                               _buttons(self.new_plan, self.edit_plan, self.split_kind,
                                        self.split_button, self.delete_plan), self.rollup_view)
        self.goals_box = _box(tr("Goals"), _buttons(self.new_goal, self.edit_goal,
                                                    self.delete_goal), self.goal_view)
        self.sprints_box = _box(tr("Sprints"), _buttons(self.plan_week, self.report_week),
                                self.sprint_view)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.rollup_box)
        split.addWidget(self.goals_box)
        split.addWidget(self.sprints_box)
        split.setChildrenCollapsible(False)
        for i, stretch in enumerate((3, 2, 2)):   # the roll-up has a row per level and target
            split.setStretchFactor(i, stretch)
        self.notes = notes_label()
        self.notes.setText(tr("Double-click a row to edit it. Goals are measured from Repdesk "
                              "data; the weeks are shared with the team. Also: “repdesk plan "
                              "--help”."))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        layout.addWidget(self.notes)
        self.period.currentIndexChanged.connect(self.reload)
        self.week.dateChanged.connect(self.reload)
        # Saved elsewhere (deals, key numbers, another workstation's plans): goals are measured
        # from that data, so the page reads again; its own saves reload it already.
        self._announcing = False
        ctx.changed.connect(self._data_changed)
        self.reload()

    @property
    def busy(self) -> bool:
        return self._load.busy or self.saving or self._deals_load.busy

    def current_period(self) -> Period:
        return self.periods[self.period.currentIndex()]

    def reload(self) -> None:
        period = self.current_period()
        day = self.week.date().toPython()
        self.status.setText(tr("Loading…"))
        self._load.load(lambda: load(self.ctx.db, period, day, self.today), self.show_view,
                        self.show_error)

    def show_error(self, error: BaseException) -> None:
        from models.db.errors import RepdeskError
        self.status.setText(str(error) if isinstance(error, RepdeskError)
                            else tr("The plans could not be loaded; try again."))

    def show_view(self, view: PlansView) -> None:
        self.view = view
        self._open_deals = None     # read again when a week opens (deals may have changed)
        rows = [r for r in view.rollup if r.own is not None or r.below is not None]
        self.rollup_levels = [(r.level, r.label) for r in rows]
        rollup, goals, statuses, sprints = view.tables or table_rows(view)
        self.rollup_model.set_rows(rollup)
        self.goal_model.set_goals(goals, statuses)
        self.sprint_model.set_rows(sprints)
        self.goals_box.setTitle(tr("Goals due in {period}: status on {day}").format(
            period=view.period.label(), day=formatting.date(view.on)))
        self.sprints_box.setTitle(tr("Sprints of the week {week} ({start} – {end})").format(
            week=view.week.label(), start=formatting.date(view.week.start),
            end=formatting.date(view.week.end)))
        empty = not view.rollup and not view.goals
        self.status.setText(" ".join(t for t in (self._said, tr(
            "No plan for {period} that you can see.").format(period=view.period.label())
            if empty else "") if t))
        self._said = ""
        self._update_delete_actions()

    # -- choices for the editors --------------------------------------------------------------
    def _selected_row(self, view) -> int | None:
        rows = view.selectionModel().selectedRows() if view.selectionModel() else []
        return rows[0].row() if rows else None

    def selected_plan(self):
        row = self._selected_row(self.rollup_view)
        if row is None or self.view is None or row >= len(self.rollup_levels):
            return None
        return self.view.plan_for(*self.rollup_levels[row])

    def _periods(self) -> dict[str, Period]:
        """The periods a plan may be set for here: the page's choices and the chosen one's
        quarters, months and weeks are reached by splitting."""
        return {p.label(): p for p in self.periods}

    def _ask(self, text: str) -> None:
        """What to choose first, said in the page's status line (no box to click away)."""
        self.status.setText(text)

    def _open(self, dialog) -> None:
        self.dialog = dialog
        dialog.saved.connect(lambda _before, _after: self._changed())
        dialog.open()

    def _changed(self) -> None:
        self._announcing = True
        try:
            self.ctx.changed.emit("plans")
        finally:
            self._announcing = False
        self.reload()

    def _data_changed(self, _area: str) -> None:
        if not self._announcing:
            self.reload()

    # -- plans --------------------------------------------------------------------------------
    def open_new_plan(self):
        from desktop.plans.editors import PlanDialog, PlanRecord
        if self.view is None:
            return None
        level = "team" if getattr(self.ctx.user, "role", None) == "sales_manager" else "company"
        record = PlanRecord(None, 0, level, getattr(self.ctx.user, "team_id", None), None,
                            self.current_period().label(), None, None, None, None, None, None,
                            None)
        dialog = PlanDialog(self.ctx, record, periods=self._periods(), teams=self.view.teams,
                            reps=self.view.reps, metrics=self.view.metrics, parent=self)
        self._open(dialog)
        return dialog

    def open_edit_plan(self):
        from desktop.plans.editors import PlanDialog, plan_record
        plan = self.selected_plan()
        if plan is None:
            self._ask(tr("Choose a row of a plan in the roll-up first (a team without a plan "
                         "of its own has none to edit: make one with New plan…)."))
            return None
        periods = self._periods()
        periods.setdefault(plan.period.label(), plan.period)
        dialog = PlanDialog(self.ctx, plan_record(plan), periods=periods, teams=self.view.teams,
                            reps=self.view.reps, metrics=self.view.metrics, parent=self)
        self._open(dialog)
        return dialog

    def split_selected(self) -> None:
        from models.services import sales_plan as svc
        from models.services.setup.common import writing
        plan = self.selected_plan()
        if plan is None:
            self._ask(tr("Choose the plan to split in the roll-up first."))
            return
        kind = self.split_kind.currentData()
        db, acting = self.ctx.db, self.ctx.user
        self.saving = True
        self.status.setText(tr("Splitting…"))
        self.ctx.tasks.run(lambda progress=None: writing(svc.split_plan)(db, plan.id, kind,
                                                                         acting=acting),
                           on_success=self._split_done, on_error=self._split_failed)

    def _split_done(self, parts) -> None:
        self.saving = False
        self._said = tr("Split into {n} parts that add up to the plan.").format(
            n=formatting.number(len(parts)))
        self._changed()     # said once the page has read the plans again

    def _split_failed(self, error) -> None:
        from desktop.setup.editor import plain_error
        from models.db.errors import RepdeskError
        self.saving = False
        if not isinstance(error, RepdeskError):
            from models.db.retry import is_disconnect
            if not is_disconnect(error):
                raise error
        self.status.setText(tr("Not split: {why}").format(why=plain_error(error)))

    # -- goals --------------------------------------------------------------------------------
    def _plan_choices(self) -> list[tuple[int, str]]:
        return [(p.id, tr("{owner} {period}").format(owner=p.owner_name,
                                                     period=p.period.label()))
                for p in (self.view.plans if self.view else [])]

    def open_new_goal(self):
        from desktop.plans.editors import GoalDialog, GoalRecord
        if self.view is None:
            return None
        if not self.view.plans:
            self._ask(tr("A goal belongs to a plan: make the period's plan first."))
            return None
        chosen = self.selected_plan() or self.view.plans[0]
        record = GoalRecord(None, 0, chosen.id, "", "", None, self.current_period().end,
                            "revenue", None, None, None)
        dialog = GoalDialog(self.ctx, record, plans=self._plan_choices(),
                            metrics=self.view.metrics, on=self.today, parent=self)
        self._open(dialog)
        return dialog

    def open_edit_goal(self):
        from desktop.plans.editors import GoalDialog, goal_record
        row = self._selected_row(self.goal_view)
        if row is None or self.view is None:
            self._ask(tr("Choose a goal first."))
            return None
        goal = self.view.goals[row]
        plans = self._plan_choices()
        if goal.plan_id not in [p for p, _label in plans]:
            plans.append((goal.plan_id, goal.plan_owner))
        dialog = GoalDialog(self.ctx, goal_record(goal), plans=plans, metrics=self.view.metrics,
                            on=self.today, parent=self)
        self._open(dialog)
        return dialog

    # -- deleting -----------------------------------------------------------------------------
    def _selected_goal(self):
        row = self._selected_row(self.goal_view)
        if row is None or self.view is None or row >= len(self.view.goals):
            return None
        return self.view.goals[row]

    def _update_delete_actions(self, *_unused) -> None:
        """Enabled for a chosen plan or goal the user may change; the tip says why not."""
        from desktop.plans.editors import may_plan
        for button, record, choose in (
                (self.delete_plan, self.selected_plan(),
                 tr("Choose a plan in the roll-up first.")),
                (self.delete_goal, self._selected_goal(), tr("Choose a goal first."))):
            if record is None:
                button.setEnabled(False)
                button.setToolTip(choose)
                continue
            level = getattr(record, "plan_level", None) or record.level
            refused = may_plan(self.ctx.user, level, record.team_id)
            button.setEnabled(refused is None)
            button.setToolTip(refused or "")

    def _confirmed(self, title: str, question: str) -> bool:
        return QMessageBox.question(self, title, question) == QMessageBox.StandardButton.Yes

    def delete_selected_plan(self) -> None:
        """Ask what goes with the plan (off the GUI thread), confirm naming it, then delete."""
        from models.services import sales_plan as svc
        plan = self.selected_plan()
        if plan is None or self.saving:
            return
        db = self.ctx.db
        self.saving = True
        self.ctx.tasks.run(lambda progress=None: svc.plan_deletion(db, plan.id),
                           on_success=lambda parts: self._confirm_plan_delete(plan, parts),
                           on_error=self._delete_failed)

    def _confirm_plan_delete(self, plan, parts) -> None:
        from desktop.plans.editors import delete_plan, plan_delete_question
        self.saving = False
        if not self._confirmed(tr("Delete plan"), plan_delete_question(plan, parts)):
            return
        db, acting = self.ctx.db, self.ctx.user
        self._delete(lambda progress=None: delete_plan(db, acting, plan),
                     tr("The plan {period} of {owner} was deleted.").format(
                         period=plan.period.label(), owner=plan.owner_name))

    def delete_selected_goal(self) -> None:
        from desktop.plans.editors import delete_goal, goal_delete_question
        goal = self._selected_goal()
        if goal is None or self.saving:
            return
        if not self._confirmed(tr("Delete goal"), goal_delete_question(goal)):
            return
        db, acting = self.ctx.db, self.ctx.user
        self._delete(lambda progress=None: delete_goal(db, acting, goal),
                     tr("The goal “{title}” was deleted.").format(title=goal.title))

    def _delete(self, work, done_text: str) -> None:
        self.saving = True
        self.status.setText(tr("Deleting…"))

        def deleted(_result) -> None:
            self.saving = False
            self._said = done_text
            self._changed()

        self.ctx.tasks.run(work, on_success=deleted, on_error=self._delete_failed)

    def _delete_failed(self, error) -> None:
        """One sentence (a conflict names who changed it), and the page as it is now."""
        from desktop.setup.editor import plain_error
        from models.db.errors import RepdeskError
        self.saving = False
        if not isinstance(error, RepdeskError):
            from models.db.retry import is_disconnect
            if not is_disconnect(error):
                raise error
        self._said = tr("Not deleted: {why}").format(why=plain_error(error))
        self.reload()

    # -- the week as a sprint -----------------------------------------------------------------
    def _selected_sprint(self):
        row = self._selected_row(self.sprint_view)
        return None if row is None or self.view is None else self.view.sprints[row]

    def _with_open_deals(self, then) -> None:
        """`then(open_deals)` now when they were read since the page last loaded, else once
        they are (off the GUI thread; the status line says so meanwhile)."""
        if self._open_deals is not None:
            then(self._open_deals)
            return
        from models.services import sales_plan as svc
        db, before = self.ctx.db, self.status.text()
        self.status.setText(tr("Reading the open deals…"))

        def read(deals) -> None:
            self._open_deals = deals
            self.status.setText(before)
            then(deals)
        self._deals_load.load(lambda: svc.open_deals(db), read, self.show_error)

    def open_plan_week(self):
        """Monday's plan of the chosen sprint (or a new one); shown once the open deals are
        read: the dialog is `self.dialog` then (returned at once when they were read already)."""
        if self.view is None:
            return None
        sprint, week = self._selected_sprint(), self.view.week
        self.dialog = None

        def show(open_deals) -> None:
            from desktop.plans.editors import WeekDialog
            self._open(WeekDialog(self.ctx, week=week, reps=self.view.reps,
                                  open_deals=open_deals, sprint=sprint, today=self.today,
                                  parent=self))
        self._with_open_deals(show)
        return self.dialog

    def open_report_week(self):
        """Friday's report of the chosen sprint, as open_plan_week."""
        sprint = self._selected_sprint()
        if sprint is None:
            self._ask(tr("Choose the rep's planned week first: Friday's report follows "
                         "Monday's plan."))
            return None
        week = self.view.week
        self.dialog = None

        def show(open_deals) -> None:
            from desktop.plans.editors import WeekDialog
            self._open(WeekDialog(self.ctx, week=week, reps=self.view.reps,
                                  open_deals=open_deals, sprint=sprint, friday=True,
                                  today=self.today, parent=self))
        self._with_open_deals(show)
        return self.dialog


def create_page(ctx):
    return PlansPage(ctx)
