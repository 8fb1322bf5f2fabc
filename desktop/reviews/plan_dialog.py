"""Put a rep on an improvement plan: 30/60/90 days, a weekly target for a key number, check-ins
every two weeks, and the reason (the attention-list flag or the probation rule)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
                               QLabel, QLineEdit, QPlainTextEdit, QSpinBox)

from desktop.i18n import tr
from models.domain.improvement_plans import PLAN_LENGTHS, WeeklyTarget, plan_weeks
from widgets.date_fields import show_dates


class PlanDialog(QDialog):
    def __init__(self, ctx, rep_id: int, rep_name: str, parent=None, *,
                 start: dt.date | None = None, reason: str = ""):
        super().__init__(parent)
        self.ctx, self.rep_id = ctx, rep_id
        self.plan_id: int | None = None
        self.setWindowTitle(tr("Improvement plan: {rep}").format(rep=rep_name))
        form = QFormLayout(self)
        self.start = QDateEdit()
        self.start.setCalendarPopup(True)
        show_dates(self.start)
        day = start or dt.date.today()
        self.start.setDate(QDate(day.year, day.month, day.day))
        self.length = QComboBox()
        for days in PLAN_LENGTHS:
            self.length.addItem(tr("{n} days").format(n=days), days)
        self.length.setCurrentIndex(1)
        self.metric_key = QLineEdit("calls")
        self.metric_key.setToolTip(tr("The key number measured each week (its key, e.g. calls)"))
        self.target = QSpinBox()
        self.target.setRange(1, 100_000)
        self.target.setValue(180)
        self.reason = QPlainTextEdit(reason)
        self.reason.setFixedHeight(60)
        self.error = QLabel("")
        self.error.setStyleSheet("color: #c0392b")
        form.addRow(tr("Starts"), self.start)
        form.addRow(tr("Length"), self.length)
        form.addRow(tr("Measured by"), self.metric_key)
        form.addRow(tr("Weekly target"), self.target)
        form.addRow(tr("Why"), self.reason)
        form.addRow(QLabel(tr("Check-ins are scheduled every two weeks.")))
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        from models.db.errors import RepdeskError
        from models.services.reviews_plans import create_plan
        q = self.start.date()
        start = dt.date(q.year(), q.month(), q.day())
        length = self.length.currentData()
        weeks = plan_weeks(start, length)
        targets = [WeeklyTarget(n, self.metric_key.text().strip(), Decimal(self.target.value()))
                   for n, _a, _b in weeks]
        check_ins = [start + dt.timedelta(days=d) for d in range(13, length, 14)]
        try:
            self.plan_id = create_plan(self.ctx.db, self.rep_id, start, length,
                                       self.reason.toPlainText(), targets=targets,
                                       check_ins=check_ins)
        except RepdeskError as error:
            self.error.setText(str(error))
            return
        super().accept()
