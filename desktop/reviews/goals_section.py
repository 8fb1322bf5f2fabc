"""The review form's section of the sales plan's goals: the rep's own goals whose deadline fell in
the reviewed quarter, each met or not met (still running when the review is written early), read
in the background when a review is shown (models/reports/review_goals.py has the lines)."""
from __future__ import annotations

import datetime as dt

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QGroupBox, QHeaderView, QLabel, QTableWidget, QTableWidgetItem,
                               QVBoxLayout)

from desktop.i18n import tr
from desktop.tasks import LatestLoad
from models import formatting

HEADERS = [QT_TRANSLATE_NOOP("QCoreApplication", "Goal"),
           QT_TRANSLATE_NOOP("QCoreApplication", "Deadline"),
           QT_TRANSLATE_NOOP("QCoreApplication", "Measure"),
           QT_TRANSLATE_NOOP("QCoreApplication", "Target"),
           QT_TRANSLATE_NOOP("QCoreApplication", "Achieved"),
           QT_TRANSLATE_NOOP("QCoreApplication", "Outcome")]
MET, NOT_MET = QColor("#1e7e34"), QColor("#c5221f")


class ReviewGoalsSection(QGroupBox):
    loaded = Signal()

    def __init__(self, ctx, *, today: dt.date | None = None, parent=None):
        super().__init__(tr("Goals of the sales plan due in the quarter"), parent)
        self.ctx, self.today = ctx, today
        self._load = LatestLoad(ctx.tasks)
        self.lines: list = []
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setHorizontalHeaderLabels([tr(h) for h in HEADERS])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, len(HEADERS)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        self.table.hide()

    @property
    def busy(self) -> bool:
        return self._load.busy

    def show_for(self, detail) -> None:
        """Read the goals of `detail`'s rep due in its period, off the GUI thread."""
        from models.reports.review_goals import load_plan_goals
        db, on = self.ctx.db, self.today or dt.date.today()
        rep_id, start, end = detail.rep_id, detail.period_start, detail.period_end
        self.summary.setText(tr("Loading…"))
        self._load.load(lambda: load_plan_goals(db, rep_id, start, end, on), self.show_goals,
                        self._failed)

    def _failed(self, error) -> None:
        from models.db.retry import plain_message
        if shiboken6.isValid(self):
            self.summary.setText(tr("The goals of the sales plan could not be read: {why}")
                                 .format(why=plain_message(error)))

    def show_goals(self, goals) -> None:
        from models.reports.review_goals import outcome_rows
        if not shiboken6.isValid(self):
            return
        self.lines = outcome_rows(goals)
        self.table.setRowCount(len(self.lines))
        for row, line in enumerate(self.lines):
            for col, text in enumerate((line.title, line.deadline, line.measure, line.target,
                                        line.achieved, line.outcome)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if col == 5 and line.met is not None:
                    item.setForeground(MET if line.met else NOT_MET)
                if col in (3, 4):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        self.table.resizeRowsToContents()
        self.table.setFixedHeight(self.table.horizontalHeader().height() + 4 + sum(
            self.table.rowHeight(r) for r in range(self.table.rowCount())))
        self.table.setVisible(bool(self.lines))
        met = sum(1 for line in self.lines if line.met)
        if not self.lines:
            self.summary.setText(tr("No goal of the rep's sales plan was due in this quarter."))
        else:
            self.summary.setText(tr("{met} of {all} met (the rep's own plan's goals with their "
                                    "deadline in this quarter, measured from Repdesk data).")
                                 .format(met=formatting.number(met),
                                         all=formatting.number(len(self.lines))))
        self.loaded.emit()
