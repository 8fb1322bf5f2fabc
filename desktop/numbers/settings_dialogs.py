"""Small dialogs of the Numbers page: activity goals, a team's own metric, alert thresholds."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialog, QDialogButtonBox, QDoubleSpinBox,
                               QFormLayout, QHeaderView, QLabel, QLineEdit, QMessageBox, QSpinBox,
                               QTableView, QVBoxLayout)

from desktop.i18n import tr
from models import formatting
from models.db.errors import RepdeskError
from models.services import activity as svc
from models.services import activity_kpi as kpi
from widgets.record_table import RecordTableModel
from widgets.date_fields import show_dates


def read_goal_setup(db, team_id: int | None) -> tuple[list, list, list]:
    """What the Goals dialog shows: the team's key numbers, its reps, every goal (read in the
    background before the dialog opens: NumbersPage.edit_goals)."""
    return svc.list_metrics(db, team_id), svc.list_reps(db, team_id), list(svc.goals(db))


class GoalDialog(QDialog):
    """Goals in force for the team and its reps, and a form to set a new one from a date.
    `setup`: read_goal_setup()'s result, read already; None: read now."""

    def __init__(self, db, team_id: int | None, team_name: str, parent=None, *, setup=None):
        super().__init__(parent)
        self.db, self.team_id = db, team_id
        self.setWindowTitle(tr("Activity goals — {team}").format(team=team_name))
        self.metrics, self.reps, goals = setup if setup is not None else \
            read_goal_setup(db, team_id)
        names = {r.id: r.name for r in self.reps}
        metric_names = {m.id: m.name for m in self.metrics}
        rows = []
        for g in sorted(goals, key=lambda g: (g.metric_id, g.scope_rank, g.effective_from)):
            if g.rep_id is not None and g.rep_id not in names:
                continue
            if g.team_id is not None and g.team_id != team_id:
                continue
            scope = names.get(g.rep_id) if g.rep_id else (team_name if g.team_id
                                                          else tr("Company default"))
            rows.append((metric_names.get(g.metric_id, g.metric_id), scope,
                         _per(g.per).format(n=formatting.number(g.target, 1 if g.target % 1 else 0)),
                         formatting.date(g.effective_from)))
        table = QTableView()
        table.setModel(RecordTableModel([tr("Metric"), tr("For"), tr("Goal"), tr("From")], rows))
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.setMinimumSize(560, 220)

        self.metric_box = QComboBox()
        for m in self.metrics:
            self.metric_box.addItem(m.name, m.id)
        self.scope = QComboBox()
        if team_id is not None:
            self.scope.addItem(tr("Team default: {team}").format(team=team_name), ("team", team_id))
        else:
            self.scope.addItem(tr("Company default"), ("company", None))
        for r in self.reps:
            self.scope.addItem(r.name, ("rep", r.id))
        self.per = QComboBox()
        self.per.addItem(tr("a day"), "day")
        self.per.addItem(tr("a week"), "week")
        self.target = QDoubleSpinBox()
        self.target.setRange(0, 10_000)
        self.target.setDecimals(1)
        self.target.setValue(25)       # only when no goal is in force for the choice
        self._goals = goals
        self._rep_teams = {r.id: r.team_id for r in self.reps}
        today = dt.date.today()
        self.start = QDateEdit(QDate(today.year, today.month, today.day))
        self.start.setCalendarPopup(True)
        show_dates(self.start)
        form = QFormLayout()
        form.addRow(tr("Metric"), self.metric_box)
        form.addRow(tr("For"), self.scope)
        form.addRow(tr("Goal"), self.target)
        form.addRow(tr("Per"), self.per)
        form.addRow(tr("From"), self.start)
        self.in_force = QLabel("")
        form.addRow("", self.in_force)
        for box in (self.metric_box, self.scope):
            box.currentIndexChanged.connect(lambda _i: self.show_goal_in_force())
        self.show_goal_in_force()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("Set goal"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Goals in force (a rep's own goal wins over the team's, which "
                                   "wins over the company default; each runs until a later one):")))
        layout.addWidget(table)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def show_goal_in_force(self) -> None:
        """Start from the goal in force for the metric and scope chosen, and say what it is."""
        from models.domain.activity_goals import goal_for_scope
        if self.metric_box.currentData() is None or self.scope.currentData() is None:
            return
        kind, ident = self.scope.currentData()
        goal = goal_for_scope(self._goals, self.metric_box.currentData(), kind, ident,
                              self.start.date().toPython(), self._rep_teams.get(ident))
        if goal is None:
            self.in_force.setText(tr("No goal in force for this choice yet."))
            return
        self.target.setValue(float(goal.target))
        self.per.setCurrentIndex(max(0, self.per.findData(goal.per)))
        amount = _per(goal.per).format(
            n=formatting.number(goal.target, 1 if goal.target % 1 else 0))
        self.in_force.setText(tr("In force: {amount} since {date}").format(
            amount=amount, date=formatting.date(goal.effective_from)))

    def accept(self) -> None:
        kind, ident = self.scope.currentData()
        try:
            svc.set_goal(self.db, self.metric_box.currentData(), self.per.currentData(),
                         Decimal(str(self.target.value())), self.start.date().toPython(),
                         rep_id=ident if kind == "rep" else None,
                         team_id=ident if kind == "team" else None, note="Set on the Numbers page")
        except RepdeskError as error:
            QMessageBox.warning(self, tr("Goal not set"), str(error))
            return
        super().accept()


class MetricDialog(QDialog):
    def __init__(self, db, team_id: int | None, team_name: str, parent=None):
        super().__init__(parent)
        self.db, self.team_id = db, team_id
        self.setWindowTitle(tr("Add a metric"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(tr("e.g. Site visits"))
        form = QFormLayout(self)
        form.addRow(tr("Name"), self.name)
        form.addRow(tr("Used by"), QLabel(team_name if team_id else tr("every team")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        try:
            svc.add_metric(self.db, self.name.text(), self.name.text(), team_id=self.team_id)
        except RepdeskError as error:
            QMessageBox.warning(self, tr("Metric not added"), str(error))
            return
        super().accept()


class AlertSettingsDialog(QDialog):
    def __init__(self, db, team_id: int | None, team_name: str, parent=None):
        super().__init__(parent)
        self.db, self.team_id = db, team_id
        self.setWindowTitle(tr("Alert settings — {scope}").format(
            scope=team_name if team_id else tr("company default")))
        settings = kpi.alert_settings(db)
        current = settings.get(team_id, settings[None])
        self.threshold = QSpinBox()
        self.threshold.setRange(10, 100)
        self.threshold.setSuffix(tr(" % of the usual"))
        self.threshold.setValue(int(current.threshold * 100))
        self.weeks = QSpinBox()
        self.weeks.setRange(2, 26)
        self.weeks.setSuffix(tr(" weeks"))
        self.weeks.setValue(current.weeks)
        self.missing = QSpinBox()
        self.missing.setRange(1, 30)
        self.missing.setSuffix(tr(" working days"))
        self.missing.setValue(current.missing_days)
        form = QFormLayout(self)
        form.addRow(tr("Drawdown alert below"), self.threshold)
        form.addRow(tr("Usual = median of the last"), self.weeks)
        form.addRow(tr("No numbers for"), self.missing)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        kpi.save_alert_settings(self.db, self.team_id,
                                threshold=Decimal(self.threshold.value()) / 100,
                                weeks=self.weeks.value(), missing_days=self.missing.value())
        super().accept()


def _per(per: str) -> str:
    """'{n} a day' or '{n} a week', translated, for a goal's `per`."""
    return tr("{n} a week") if per == "week" else tr("{n} a day")
