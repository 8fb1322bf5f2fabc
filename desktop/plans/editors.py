"""The Plans page's editors: a plan's targets, a goal with its steps, a rep's week planned on
Monday and reported on Friday.

Each is a set-up style RecordDialog (desktop/setup/editor.py): the save runs on the task runner,
a problem shows under its field, someone else's save in between opens the conflict dialog (reload,
re-apply, cancel), and a role that may not plan is told so in one sentence. The services check
everything again and write all or nothing (models/services/sales_plan.py).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem, QPushButton,
                               QVBoxLayout, QWidget)

from desktop.i18n import tr
from desktop.setup.editor import RecordDialog
from desktop.setup.form import Field, RecordForm, with_error_label
from models.i18n import ngettext
from models.domain.quotas import Period
from models.domain.sales_plan import Step, TargetKind, Targets, format_steps, parse_steps


def _guarded(fn):
    """The server's refusal (grants, row security) as one sentence, not a driver error."""
    from models.services.setup.common import writing
    return writing(fn)


# -- a checklist: steps with their ticks, deals to advance -----------------------------------------
class CheckList(QWidget):
    """Items with a tick each; `editable`: the texts can be changed, added and removed."""

    def __init__(self, *, editable: bool, placeholder: str = "", parent=None):
        super().__init__(parent)
        self.editable = editable
        self.list = QListWidget()
        self.list.setMinimumHeight(90)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.list)
        if editable:
            self.new = QLineEdit()
            self.new.setPlaceholderText(placeholder)
            self.add_button = QPushButton(tr("Add step"))
            self.remove_button = QPushButton(tr("Remove step"))
            row = QHBoxLayout()
            row.addWidget(self.new, 1)
            row.addWidget(self.add_button)
            row.addWidget(self.remove_button)
            column.addLayout(row)
            self.add_button.clicked.connect(self._add_typed)
            self.new.returnPressed.connect(self._add_typed)
            self.remove_button.clicked.connect(self._remove_current)

    def add(self, text: str, checked: bool, data=None) -> QListWidgetItem:
        item = QListWidgetItem(text)
        flags = item.flags() | Qt.ItemFlag.ItemIsUserCheckable
        if self.editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        item.setFlags(flags)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        item.setData(Qt.ItemDataRole.UserRole, data)
        self.list.addItem(item)
        return item

    def _add_typed(self) -> None:
        text = self.new.text().strip()
        if text:
            self.add(text, False)
            self.new.clear()

    def _remove_current(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)

    def clear(self) -> None:
        self.list.clear()

    def items(self) -> list[tuple[str, bool, object]]:
        out = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            out.append((item.text(), item.checkState() == Qt.CheckState.Checked,
                        item.data(Qt.ItemDataRole.UserRole)))
        return out


class ListForm(RecordForm):
    """A RecordForm with one checklist row for `list_key` below the plain fields."""

    list_key = ""

    def __init__(self, fields, label: str, checklist: CheckList, *, choices=None, parent=None):
        super().__init__(fields, choices=choices, parent=parent)
        self.checklist = checklist
        box, error = with_error_label(checklist)
        self.form.addRow(label, box)
        self.errors[self.list_key] = error

    def set_record(self, record) -> None:
        self.base = record
        self.fill_list(record)
        super().set_record(record)

    def record(self):
        from dataclasses import replace
        record, problems = super().record()
        return replace(record, **{self.list_key: self.read_list()}), problems

    def show_problems(self, problems):
        # inputs has no widget for the list's key: show its problem under the list ourselves
        label = self.errors[self.list_key]
        text = problems.get(self.list_key) or problems.get(self.list_alias, "")
        label.setText(text)
        label.setVisible(bool(text))
        errors = dict(self.errors)
        del self.errors[self.list_key]
        try:
            super().show_problems(problems)
        finally:
            self.errors = errors
        return [t for k, t in problems.items() if k not in self.errors and k != self.list_alias]

    list_alias = ""

    def fill_list(self, record) -> None:
        raise NotImplementedError

    def read_list(self):
        raise NotImplementedError


# -- plans ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class PlanRecord:
    id: int | None
    version: int
    level: str
    team_id: int | None
    rep_id: int | None
    period: str                 # the period's label, e.g. 2027-Q1
    revenue: Decimal | None
    currency: str | None
    won_deals: int | None
    new_accounts: int | None
    activity: int | None
    activity_metric_id: int | None
    note: str | None


def plain(value: Decimal | None) -> Decimal | None:
    """An amount for an input field: 250000, not the stored 250000.00."""
    if value is None:
        return None
    value = Decimal(value)
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value


def plan_record(row) -> PlanRecord:
    t = row.targets
    return PlanRecord(row.id, row.version, row.level,
                      row.team_id if row.level != "rep" else None, row.rep_id,
                      row.period.label(), plain(t.revenue), t.currency, t.won_deals, t.new_accounts,
                      t.activity, row.activity_metric_id, row.note)


def plan_fields() -> list[Field]:
    return [Field("level", tr("Plan of *"), "choice"),
            Field("team_id", tr("Team"), "choice"),
            Field("rep_id", tr("Rep"), "choice"),
            Field("period", tr("Period *"), "choice"),
            Field("revenue", tr("Revenue target"), "decimal", tr("won revenue, e.g. 250000")),
            Field("currency", tr("Currency"), "text", tr("three letters, e.g. EUR")),
            Field("won_deals", tr("Won deals target"), "int"),
            Field("new_accounts", tr("New accounts target"), "int"),
            Field("activity", tr("Activity target"), "int"),
            Field("activity_metric_id", tr("Activity counts"), "choice"),
            Field("note", tr("Note"), "multiline")]


def save_plan(db, acting, periods: dict[str, Period], record: PlanRecord) -> PlanRecord:
    """Off the GUI thread: the plan set as edited, read back as saved."""
    from models.services import sales_plan as svc
    plan_id = _guarded(svc.set_plan)(
        db, level=record.level, period=periods[record.period],
        targets=Targets(record.revenue, record.won_deals, record.new_accounts, record.activity,
                        (record.currency or "").strip() or None),
        team_id=record.team_id, rep_id=record.rep_id,
        activity_metric_id=record.activity_metric_id if record.activity is not None else None,
        note=(record.note or "").strip() or None,
        expected_version=record.version if record.id is not None else None, acting=acting)
    return load_plan_record(db, plan_id)


def load_plan_record(db, plan_id: int) -> PlanRecord:
    from models.services import sales_plan as svc
    return plan_record(svc.plan(db, plan_id))


class PlanDialog(RecordDialog):
    def __init__(self, ctx, record: PlanRecord, *, periods: dict[str, Period], teams, reps,
                 metrics, parent=None):
        choices = {
            "level": [("company", tr("the company")), ("team", tr("a team")),
                      ("rep", tr("a rep"))],
            "team_id": [(None, tr("— none —"))] + [(t_id, name) for t_id, name in teams],
            "rep_id": [(None, tr("— none —"))] + [(r_id, name) for r_id, name in reps],
            "period": [(label, label) for label in periods],
            "activity_metric_id": [(None, tr("— none —"))] + [(m_id, name)
                                                             for m_id, name in metrics]}
        form = RecordForm(plan_fields(), choices=choices)
        db, acting = ctx.db, ctx.user
        super().__init__(
            ctx, tr("Edit plan") if record.id else tr("New plan"), form,
            lambda r: save_plan(db, acting, periods, r), record=record,
            load=(lambda: load_plan_record(db, record.id)) if record.id else None,
            intro=tr("A plan's targets for one period. A team's plan needs its team, a rep's "
                     "plan its rep; revenue needs its currency, activity the key number it "
                     "counts. Empty: no target of that kind."), parent=parent)
        self.form.inputs["level"].currentIndexChanged.connect(self._level_changed)
        for key in ("level", "team_id", "rep_id", "period"):
            self.form.inputs[key].setEnabled(record.id is None)   # an existing plan stays whose
        self._level_changed()

    def _level_changed(self) -> None:
        level = self.form.inputs["level"].currentData()
        if self.original.id is None:
            self.form.inputs["team_id"].setEnabled(level == "team")
            self.form.inputs["rep_id"].setEnabled(level == "rep")


# -- goals ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class GoalRecord:
    id: int | None
    version: int
    plan_id: int | None
    title: str
    owner: str
    start: dt.date | None
    deadline: dt.date | None
    measure: str
    metric_id: int | None
    target: Decimal | None
    steps: str | None          # as stored: a step a line, "[x] " done, "[ ] " not yet


def goal_record(row) -> GoalRecord:
    return GoalRecord(row.id, row.version, row.plan_id, row.title, row.owner, row.start,
                      row.deadline, row.measure.value, row.metric_id, plain(row.target), row.steps)


def goal_fields() -> list[Field]:
    return [Field("plan_id", tr("Plan *"), "choice"),
            Field("title", tr("Goal *"), "text", tr("what is to be achieved, specifically")),
            Field("owner", tr("Owner *"), "text", tr("who answers for it")),
            Field("start", tr("Start"), "date"),
            Field("deadline", tr("Deadline *"), "date"),
            Field("measure", tr("Measured by *"), "choice"),
            Field("metric_id", tr("Key number"), "choice"),
            Field("target", tr("Target *"), "decimal")]


class GoalForm(ListForm):
    list_key = "steps"

    def fill_list(self, record) -> None:
        self.checklist.clear()
        for step in parse_steps(record.steps):
            self.checklist.add(step.text, step.done)

    def read_list(self):
        return format_steps([Step(text.strip(), done) for text, done, _unused
                             in self.checklist.items() if text.strip()])


def save_goal(db, acting, record: GoalRecord, on: dt.date) -> GoalRecord:
    from models.services import sales_plan as svc
    if record.plan_id is None:
        from models.db.errors import ValidationError
        raise ValidationError({"plan_id": tr("Choose the plan the goal belongs to.")})
    if record.deadline is None:
        from models.db.errors import ValidationError
        raise ValidationError({"deadline": tr("A goal needs its deadline.")})
    common = dict(title=record.title, owner=record.owner, deadline=record.deadline,
                  measure=record.measure, target=record.target, steps=record.steps,
                  start=record.start,
                  metric_id=record.metric_id if record.measure == "activity" else None,
                  acting=acting)
    if record.id is None:
        goal_id = _guarded(svc.add_goal)(db, record.plan_id, **common)
    else:
        _guarded(svc.update_goal)(db, record.id, record.version, **common)
        goal_id = record.id
    return goal_record(svc.goal(db, goal_id, on=on))


class GoalDialog(RecordDialog):
    def __init__(self, ctx, record: GoalRecord, *, plans, metrics, on: dt.date, parent=None):
        choices = {
            "plan_id": [(None, tr("— choose —"))] + [(p_id, label) for p_id, label in plans],
            "measure": [(k.value, k.label) for k in TargetKind],
            "metric_id": [(None, tr("— none —"))] + [(m_id, name) for m_id, name in metrics]}
        steps = CheckList(editable=True, placeholder=tr("a new step"))
        form = GoalForm(goal_fields(), tr("Steps (tick the done)"), steps, choices=choices)
        db, acting = ctx.db, ctx.user
        super().__init__(
            ctx, tr("Edit goal") if record.id else tr("New goal"), form,
            lambda r: save_goal(db, acting, r, on), record=record,
            load=(lambda: goal_record(__import__("models.services.sales_plan", fromlist=["goal"])
                                      .goal(db, record.id, on=on))) if record.id else None,
            intro=tr("A SMART goal: what (the goal and its steps), measured from Repdesk data "
                     "(revenue, won deals, new accounts or a key number) against its target, "
                     "owned, with a deadline. Its progress is computed, never typed."),
            parent=parent)
        self.form.inputs["plan_id"].setEnabled(record.id is None)
        self.form.inputs["measure"].currentIndexChanged.connect(self._measure_changed)
        self._measure_changed()

    def _measure_changed(self) -> None:
        self.form.inputs["metric_id"].setEnabled(
            self.form.inputs["measure"].currentData() == "activity")



# -- deleting ------------------------------------------------------------------------------------
def may_plan(acting, level: str, team_id: int | None) -> str | None:
    """None when the user may change plans at that level and team, else the sentence why not
    (the service checks again when deleting)."""
    from models.db.errors import PermissionDenied
    from models.services.sales_plan import require_may_plan
    try:
        require_may_plan(acting, level, team_id)
    except PermissionDenied as why:
        return str(why)
    return None


def plan_delete_question(plan, parts) -> str:
    """The confirmation naming the plan and what goes with it (its goals, the plans split from
    it: models/services/sales_plan.py says why they go too)."""
    lines = [tr("Delete the plan {period} of {owner}?").format(period=plan.period.label(),
                                                              owner=plan.owner_name)]
    if parts.sub_plans:
        lines.append(ngettext("The {n} shorter plan split from it will be deleted with it.",
                              "The {n} shorter plans split from it will be deleted with it.",
                              parts.sub_plans).format(n=parts.sub_plans))
    if parts.goals:
        lines.append(ngettext("{n} goal will be deleted with it.",
                              "{n} goals will be deleted with it.",
                              parts.goals).format(n=parts.goals))
    lines.append(tr("The history keeps every deleted row; an admin can restore it there."))
    return "\n\n".join(lines)


def goal_delete_question(goal) -> str:
    return "\n\n".join([
        tr("Delete the goal “{title}” of the plan {plan}?").format(title=goal.title,
                                                                  plan=goal.plan_owner),
        tr("The history keeps every deleted row; an admin can restore it there.")])


def delete_plan(db, acting, plan):
    """Off the GUI thread: the plan deleted as the user saw it (its version)."""
    from models.services import sales_plan as svc
    return _guarded(svc.delete_plan)(db, acting, plan.id, plan.version)


def delete_goal(db, acting, goal) -> None:
    from models.services import sales_plan as svc
    _guarded(svc.delete_goal)(db, acting, goal.id, goal.version)


# -- the week as a sprint ------------------------------------------------------------------------
@dataclass(frozen=True)
class WeekRecord:
    id: int | None               # the rep's id: a week is found by rep and Monday
    version: int                 # 0: not planned yet
    rep_id: int | None
    calls: int
    meetings: int
    proposals: int
    deals: tuple                 # planning: the deals to advance; Friday: those that moved on
    note: str | None


def week_fields(*, friday: bool) -> list[Field]:
    what = tr("done") if friday else tr("planned")
    return [Field("rep_id", tr("Rep *"), "choice"),
            Field("calls", tr("Calls {what}").format(what=what), "int", optional=False,
                  maximum=10_000),
            Field("meetings", tr("Meetings {what}").format(what=what), "int", optional=False,
                  maximum=10_000),
            Field("proposals", tr("Proposals {what}").format(what=what), "int", optional=False,
                  maximum=10_000),
            Field("note", tr("Note"), "multiline")]


class WeekForm(ListForm):
    list_key = "deals"
    list_alias = "deal"

    def __init__(self, fields, label, checklist, *, deals_of, friday: bool, planned=(),
                 choices=None):
        self.deals_of, self.friday, self.planned = deals_of, friday, planned
        super().__init__(fields, label, checklist, choices=choices)
        self.inputs["rep_id"].currentIndexChanged.connect(self._rep_changed)

    def fill_list(self, record) -> None:
        self._filled_for = record.rep_id
        self._fill(record.rep_id, set(record.deals))

    def _rep_changed(self) -> None:
        # set_record choosing the record's own rep must not clear the ticks it just filled
        rep_id = self.inputs["rep_id"].currentData()
        if self.friday or rep_id == getattr(self, "_filled_for", None):
            return
        self._filled_for = rep_id
        self._fill(rep_id, set())

    def _fill(self, rep_id, ticked: set) -> None:
        self.checklist.clear()
        if self.friday:
            choices = list(self.planned)
        else:   # the rep's open deals, and a planned one closed since (still the week's plan)
            choices = list(self.deals_of(rep_id))
            known = {d for d, _title in choices}
            choices += [(d, title) for d, title in self.planned if d not in known and d in ticked]
        for deal_id, title in choices:
            self.checklist.add(title, deal_id in ticked, deal_id)

    def read_list(self):
        return tuple(data for _text, done, data in self.checklist.items() if done)


def save_week(db, acting, record: WeekRecord, day: dt.date, *, friday: bool,
              today: dt.date) -> WeekRecord:
    from models.services import sales_plan as svc
    if record.rep_id is None:
        from models.db.errors import ValidationError
        raise ValidationError({"rep_id": tr("Choose the rep whose week this is.")})
    common = dict(calls=record.calls, meetings=record.meetings, proposals=record.proposals,
                  note=record.note, expected_version=record.version, acting=acting)
    if friday:
        _guarded(svc.record_sprint_done)(db, record.rep_id, day,
                                         advanced_deal_ids=list(record.deals), today=today,
                                         **common)
    else:
        _guarded(svc.plan_sprint)(db, record.rep_id, day, deal_ids=list(record.deals), **common)
    return week_record(svc.sprint(db, record.rep_id, day), record.rep_id, friday=friday)


def week_record(row, rep_id: int | None, *, friday: bool) -> WeekRecord:
    """The dialog's record of a week: Monday's plan, or Friday's report (the plan's figures
    offered as the starting point while nothing is reported yet)."""
    if row is None:
        return WeekRecord(rep_id, 0, rep_id, 0, 0, 0, (), None)
    if not friday:
        return WeekRecord(row.rep_id, row.version, row.rep_id, row.planned["calls"],
                          row.planned["meetings"], row.planned["proposals"],
                          tuple(d for d, _t, _m in row.deals), row.plan_note)
    done = row.done or row.planned
    return WeekRecord(row.rep_id, row.version, row.rep_id, done["calls"], done["meetings"],
                      done["proposals"], tuple(d for d, _t, moved in row.deals if moved),
                      row.done_note)


class WeekDialog(RecordDialog):
    """Monday: the week's planned calls, meetings, proposals and the deals to advance. Friday
    (`sprint` given): what was done and which planned deals moved on."""

    def __init__(self, ctx, *, week: Period, reps, open_deals: dict, sprint=None,
                 rep_id: int | None = None, friday: bool = False, today: dt.date,
                 parent=None):
        record = week_record(sprint, sprint.rep_id if sprint else rep_id, friday=friday)
        planned = [(d, title) for d, title, _m in sprint.deals] if sprint else []
        deals = CheckList(editable=False)
        form = WeekForm(week_fields(friday=friday),
                        tr("Deals that moved on") if friday else tr("Deals to advance"), deals,
                        deals_of=lambda r: open_deals.get(r, []), friday=friday,
                        planned=planned,
                        choices={"rep_id": [(None, tr("— choose —"))] + list(reps)})
        db, acting = ctx.db, ctx.user
        day = week.start
        if friday:
            title = tr("Friday's report: week {week} of {rep}").format(
                week=week.label(), rep=sprint.rep_name)
            intro = tr("What was done this week, and which of the planned deals moved on. The "
                       "team sees it beside Monday's plan.")
        else:
            title = tr("Plan the week {week}").format(week=week.label())
            intro = tr("Monday's plan: the calls, meetings and proposals of the week and the "
                       "rep's open deals to advance. Shared with the team.")
        super().__init__(
            ctx, title, form,
            lambda r: save_week(db, acting, r, day, friday=friday, today=today),
            record=record,
            load=lambda: week_record(__import__("models.services.sales_plan",
                                                fromlist=["sprint"]).sprint(db, record.rep_id,
                                                                            day),
                                     record.rep_id, friday=friday),
            intro=intro, parent=parent)
        self.form.inputs["rep_id"].setEnabled(sprint is None and not friday)
