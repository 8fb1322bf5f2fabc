"""The dashboard's Goals tab: the sales plan's goals running this quarter for the team shown (or
all the user sees), each with its status — on track, at risk, missed, met — and its progress,
measured from Repdesk data (models/services/sales_plan.py). Loaded in the background."""
from __future__ import annotations

import datetime as dt

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.analysis.common import FigureTableModel, figure_table
from desktop.i18n import tr
from desktop.plans.page import STATUS_COLOURS
from desktop.tasks import LatestLoad
from models import formatting
from models.domain.quotas import quarter_of

HEADERS = [QT_TRANSLATE_NOOP("QCoreApplication", "Goal"),
           QT_TRANSLATE_NOOP("QCoreApplication", "Plan"),
           QT_TRANSLATE_NOOP("QCoreApplication", "Deadline"),
           QT_TRANSLATE_NOOP("QCoreApplication", "Status"),
           QT_TRANSLATE_NOOP("QCoreApplication", "Progress")]
STATUS_COLUMN = 3


def load_goals(db, *, today: dt.date, team_id: int | None):
    from models.services import sales_plan as svc
    return svc.scope_goals(db, today, team_id=team_id)


def _figure(goal, value) -> str:
    if goal.measure.is_money:
        return formatting.money(value, goal.currency, cents=False)
    return formatting.number(value, 0 if value == value.to_integral_value() else 1)


def goal_line(goal) -> list[str]:
    """Goal, plan, deadline, status, progress ("8,000 of 30,000 · 27%")."""
    p = goal.progress
    if p is None:
        status, progress = tr("not measured"), goal.note
    else:
        status = p.status.label
        progress = tr("{actual} of {target}").format(actual=_figure(goal, p.actual),
                                                     target=_figure(goal, p.target))
        if p.share is not None:
            progress = tr("{progress} · {share}").format(progress=progress,
                                                         share=formatting.percent(p.share, 0))
    return [goal.title, goal.plan_owner, formatting.date(goal.deadline), status, progress]


class GoalsModel(FigureTableModel):
    """Goals in five columns: the status in its colour and its word (for anyone who does not
    tell the colours apart)."""

    def __init__(self):
        super().__init__([tr(h) for h in HEADERS], header_tips=[
            None, tr("The plan the goal belongs to"), None,
            tr("met: target reached; missed: deadline passed without it; at risk: below 90% of "
               "the straight-line pace; on track: at or above it"),
            tr("Counted from Repdesk data from the goal's start to today (or its deadline), of "
               "the target")])
        self.statuses = []

    def set_goals(self, rows, statuses) -> None:
        self.statuses = list(statuses)
        self.set_rows(rows)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == STATUS_COLUMN:
            status = self.statuses[index.row()] if index.row() < len(self.statuses) else None
            return STATUS_COLOURS.get(status)
        return super().data(index, role)


class GoalsPanel(QWidget):
    loaded = Signal()

    def __init__(self, ctx, today_fn, team_id_fn, parent=None):
        super().__init__(parent)
        self.ctx, self.today_fn, self.team_id_fn = ctx, today_fn, team_id_fn
        self._load = LatestLoad(ctx.tasks)
        self.goals: list = []
        self.model = GoalsModel()
        self.view = figure_table(self.model, sideways=True)
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        # loaded with the dashboard (DashboardTab.reload: the team shown is known by then), and
        # again when a plan or goal is saved anywhere in the window
        ctx.changed.connect(lambda what: self.reload() if what in ("plans", "*") else None)

    @staticmethod
    def tab_title() -> str:
        return tr("Goals")

    @property
    def busy(self) -> bool:
        return self._load.busy

    def reload(self) -> None:
        if not shiboken6.isValid(self):
            return
        db, today, team_id = self.ctx.db, self.today_fn(), self.team_id_fn()
        self.summary.setText(tr("Loading…"))
        self._load.load(lambda: (today, load_goals(db, today=today, team_id=team_id)),
                        self.show_goals, self._failed)

    def _failed(self, error) -> None:
        from models.db.retry import plain_message
        if shiboken6.isValid(self):
            self.summary.setText(tr("Could not load the goals: {why}").format(
                why=plain_message(error)))

    def show_goals(self, loaded) -> None:
        if not shiboken6.isValid(self):
            return
        today, goals = loaded
        self.goals = goals
        self.model.set_goals([goal_line(g) for g in goals],
                             [g.progress.status if g.progress else None for g in goals])
        counts = {}
        for g in goals:
            if g.progress is not None:
                counts[g.progress.status] = counts.get(g.progress.status, 0) + 1
        if not goals:
            self.summary.setText(tr("No goal of the sales plan runs in {quarter}. Set goals on "
                                    "the Plans page.").format(quarter=quarter_of(today).label()))
        else:
            parts = ", ".join(tr("{status}: {n}").format(status=s.label,
                                                          n=formatting.number(n))
                              for s, n in sorted(counts.items(), key=lambda i: i[0].value))
            self.summary.setText(tr("Goals running in {quarter}, status on {day}: {parts}")
                                 .format(quarter=quarter_of(today).label(),
                                         day=formatting.date(today), parts=parts or "–"))
        self.loaded.emit()
