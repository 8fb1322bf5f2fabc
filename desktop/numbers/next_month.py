"""The dashboard's "Next month, predicted" box: each rep's coming month from this month's activity
and funnel (models/services/rep_prediction.py), with how well the model did on past months.

Fitting takes seconds on a real company, so it runs in the background when asked, once per day
and team; the predicted falls then join the attention list."""
from __future__ import annotations

import datetime as dt

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout

from desktop.i18n import tr
from models import formatting as fmt
from models.i18n import ngettext
from models.services.rep_prediction import RepForecast, forecast_next_month
from widgets.record_table import RecordTableModel

RANGE_TIP = QT_TRANSLATE_NOOP("QCoreApplication",
                              "Eight times in ten the month's wins should land in this range: "
                              "the model's 10th and 90th percentiles")


def _predict(db, *, as_of: dt.date, progress=None) -> RepForecast:
    if progress:
        progress.step(0, 1, tr("Fitting the model on every rep's months…"))
    return forecast_next_month(db, as_of=as_of)


def backtest_text(f: RepForecast) -> str:
    bt = f.backtest
    if bt.model_wape is None:
        return tr("Not enough finished months yet to test the model on the past.")
    if bt.beats_naive:
        text = tr("Tested on {first} – {last} ({predictions}): off by {off} of what was won, "
                  "better than “same as last month” ({last_month}) and the 3-month average "
                  "({average}).")
    else:
        text = tr("Tested on {first} – {last} ({predictions}): off by {off} of what was won, "
                  "<b>not</b> better than “same as last month” ({last_month}) and the 3-month "
                  "average ({average}).")
    return text.format(
        first=fmt.month(bt.origins[0]), last=fmt.month(bt.origins[-1]),
        predictions=ngettext("{n} prediction", "{n} predictions", bt.predictions).format(
            n=fmt.number(bt.predictions)),
        off=fmt.percent(bt.model_wape, 0), last_month=fmt.percent(bt.last_month_wape, 0),
        average=fmt.percent(bt.trailing3_wape, 0))


class NextMonthBox(QGroupBox):
    predicted = Signal(object)          # the RepForecast

    def __init__(self, ctx, today_fn, team_id_fn=lambda: None, parent=None):
        super().__init__(tr("Next month, predicted"), parent)
        self.ctx, self.today_fn, self.team_id_fn = ctx, today_fn, team_id_fn
        self.forecast: RepForecast | None = None
        self.model = RecordTableModel([tr("Rep"), tr("Expected"), tr("Likely range")],
                                      header_tips=[None, tr("Won revenue predicted for the month"),
                                                   tr(RANGE_TIP)])
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setColumnWidth(0, 170)
        self.view.setColumnWidth(1, 100)
        self.note = QLabel(tr("Predict each rep's won revenue next month from this month's "
                              "activity and funnel. Predicted falls join the attention list."))
        self.note.setWordWrap(True)
        self.button = QPushButton(tr("Predict"))
        self.button.clicked.connect(self.predict)
        top = QHBoxLayout()
        top.addWidget(self.note, 1)
        top.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view)

    def predict(self) -> None:
        self.button.setEnabled(False)
        self.note.setText(tr("Fitting the model on every rep's months… (the window stays usable)"))
        self.ctx.tasks.run(_predict, self.ctx.db, as_of=self.today_fn(),
                           on_success=self.show_forecast, on_error=self._failed)

    def _failed(self, error) -> None:
        from models.db.retry import plain_message
        if shiboken6.isValid(self):
            self.button.setEnabled(True)
            self.note.setText(tr("Could not predict: {reason}").format(reason=plain_message(error)))

    def show_forecast(self, f: RepForecast) -> None:
        if not shiboken6.isValid(self):
            return
        self.forecast = f
        self.button.setEnabled(True)
        self.button.setText(tr("Predict again"))
        self.setTitle(tr("{month}, predicted").format(month=fmt.month(f.month)))
        self.show_team()
        missing = "".join(" " + ngettext(
            "{n} won deal in {currency} has no exchange rate and is left out.",
            "{n} won deals in {currency} have no exchange rate and are left out.", n).format(
                n=fmt.number(n), currency=c) for c, n in sorted(f.unconverted.items()))
        self.note.setText(backtest_text(f) + missing)
        self.predicted.emit(f)

    def show_team(self) -> None:
        """The reps of the team the dashboard shows (all the viewer may see without one)."""
        f = self.forecast
        if f is None:
            return
        team = self.team_id_fn()
        shown = [p for p in f.predictions if team is None or f.teams.get(p.rep_id) == team]
        ordered = sorted(shown, key=lambda p: (p.expected is None, -(p.expected or 0)))
        self.model.set_rows([
            (f.names.get(p.rep_id, str(p.rep_id)),
             fmt.money(round(p.expected), f.currency) if p.expected is not None
             else ngettext("too little history ({n} month)", "too little history ({n} months)",
                           p.history_months).format(n=fmt.number(p.history_months)),
             "" if p.low is None else
             f"{fmt.money(round(p.low), f.currency)} – {fmt.money(round(p.high), f.currency)}")
            for p in ordered])
