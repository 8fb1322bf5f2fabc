"""The team dashboard: goal attainment bars per rep, the attention list (schedule a one-on-one from
it in one step), drawdown alerts and the quarter forecast."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QGroupBox, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QSplitter, QTableView, QTabWidget, QVBoxLayout,
                               QWidget)

from desktop.i18n import tr
from desktop.numbers.goals_panel import GoalsPanel   # the sales plan's goals, by status
from desktop.numbers.next_month import NextMonthBox
from desktop.rep_page import open_on_activate  # double-click / Enter: the rep's page
from desktop.numbers.talks import ScheduleDialog, next_working_morning
from models.domain.activity_goals import period_of
from models import formatting
from models.i18n import _, ngettext
from models.domain.attention import URGENCY_HELP, AttentionItem
from models.domain.forecast import Forecast
from models.services import activity_kpi as kpi
from models.services.attention import build_attention_list
from widgets.attainment import AttainmentBars
from widgets.record_table import RecordTableModel

PERIODS = [(QT_TRANSLATE_NOOP("QCoreApplication", "This week"), "week"),   # translated where shown
           (QT_TRANSLATE_NOOP("QCoreApplication", "This month"), "month"),
           (QT_TRANSLATE_NOOP("QCoreApplication", "This quarter"), "quarter")]
QUOTA = "quota"   # the metric combo's entry for quota attainment (won deals against quota)


@dataclass
class DashboardData:
    bars: list[tuple[str, float | None]]
    attention: list[AttentionItem]
    alerts: list[kpi.AlertRow]
    forecast_rows: list[kpi.ForecastRow]
    team_forecast: Forecast | None
    quarter: str


def load_dashboard(db, *, today: dt.date, team_id: int | None, metric_key: str, period: str,
                   forecast=None, progress=None) -> DashboardData:
    """Everything the dashboard shows, as plain records (runs off the GUI thread)."""
    p = period_of(period, today)
    if metric_key == QUOTA:
        quota_rows = kpi.quota_attainment(db, p, team_id=team_id, today=today)
        quota_rows.sort(key=lambda r: (r.ratio is None, r.ratio or 0))
        bars = [(f"{r.rep_name} · {r.consistency.label_text()}",
                 float(r.ratio) if r.ratio is not None else None) for r in quota_rows]
    else:
        rows = kpi.goal_attainment(db, p, team_id=team_id, metric_keys=[metric_key], upto=today)
        rows.sort(key=lambda r: (r.ratio is None, r.ratio or 0))
        bars = [(r.rep_name, float(r.ratio) if r.ratio is not None else None) for r in rows]
    if progress:
        progress.step(1, 4, tr("Attention list…"))
    attention = build_attention_list(db, today=today, team_id=team_id, forecast=forecast)
    if progress:
        progress.step(2, 4, tr("Alerts…"))
    alerts = kpi.alerts(db, today=today, team_id=team_id)
    if progress:
        progress.step(3, 4, tr("Forecast…"))
    f_rows, team_f, quarter = kpi.quarter_forecast(db, today=today, team_id=team_id)
    return DashboardData(bars, attention, alerts, f_rows, team_f, quarter.label)


def _table(headers, widths, tips=()) -> tuple[QTableView, RecordTableModel]:
    model = RecordTableModel(headers, header_tips=tips)
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.setWordWrap(False)
    for col, width in enumerate(widths):
        view.setColumnWidth(col, width)
    return view, model


FORECAST_TIPS = [   # translated where shown
    None,
    QT_TRANSLATE_NOOP("QCoreApplication", "Won so far this quarter (deals by close date)"),
    QT_TRANSLATE_NOOP("QCoreApplication",
                      "Open deals expected to close by the quarter's end (or with no date), each "
                      "× its stage's win probability"),
    QT_TRANSLATE_NOOP("QCoreApplication",
                      "What the rep's pace so far would add in the working days left: won ÷ days "
                      "gone × days left"),
    QT_TRANSLATE_NOOP("QCoreApplication",
                      "Won + the average of the weighted funnel and the run-rate rest"),
    QT_TRANSLATE_NOOP("QCoreApplication", "The rep's quota for the quarter"),
    QT_TRANSLATE_NOOP("QCoreApplication", "Expected ÷ quota"),
]


class DashboardTab(QWidget):
    loaded = Signal()
    scheduled = Signal(object)   # the OneOnOneRow just saved

    def __init__(self, ctx, team_id_fn, today_fn=dt.date.today, parent=None):
        super().__init__(parent)
        self.ctx, self.team_id_fn, self.today_fn = ctx, team_id_fn, today_fn
        self.data: DashboardData | None = None
        self._request = 0
        self.schedule_dialog: ScheduleDialog | None = None

        self.metric_box = QComboBox()   # filled by set_metrics() once they are read
        self.metric_box.setSizeAdjustPolicy(   # the metrics arrive later: room for them
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.metric_box.setMinimumContentsLength(12)
        self.metric_box.addItem(tr("Quota attainment"), QUOTA)
        self._metrics_read = False
        self.period = QComboBox()
        for text, key in PERIODS:
            self.period.addItem(tr(text), key)
        self.period.setCurrentIndex(1)
        self.metric_box.currentIndexChanged.connect(lambda _i: self.reload())
        self.period.currentIndexChanged.connect(lambda _i: self.reload())
        self.bars = AttainmentBars(title="")
        bars_box = QGroupBox(tr("Attainment"))
        bars_layout = QVBoxLayout(bars_box)
        pickers = QHBoxLayout()
        pickers.addWidget(self.metric_box)
        pickers.addWidget(self.period)
        pickers.addStretch(1)
        bars_layout.addLayout(pickers)
        bars_layout.addWidget(self.bars)

        self.attention_view, self.attention_model = _table(
            [tr("Urgency"), tr("Rep"), tr("Why (points each reason adds)")], [64, 170, 400],
            [_(URGENCY_HELP), None, tr("The reasons, most urgent first, with the points each adds "
                                    "to the urgency")])
        open_on_activate(self.attention_view,
                         lambda index: self.data.attention[index.row()].rep_id)
        self.schedule_button = QPushButton(tr("Schedule one-on-one…"))
        self.schedule_button.clicked.connect(self.schedule_selected)
        att_box = QGroupBox(tr("Needs attention"))
        att_layout = QVBoxLayout(att_box)
        att_layout.addWidget(self.attention_view)
        row = QHBoxLayout()
        self.attention_note = QLabel()
        row.addWidget(self.attention_note, 1)
        row.addWidget(self.schedule_button)
        att_layout.addLayout(row)

        self.alerts_view, self.alerts_model = _table(
            [tr("Rep"), tr("Alert")], [170, 420],
            [None, tr("A drawdown: a key number well below the rep's own usual level (the median "
                      "of their recent weeks); or no numbers entered for several working days")])
        self.alerts_view.doubleClicked.connect(lambda _i: self.schedule_from_alert())
        alerts_box = QGroupBox(tr("Drawdown and missing-numbers alerts"))
        QVBoxLayout(alerts_box).addWidget(self.alerts_view)

        self.forecast_view, self.forecast_model = _table(
            [tr("Rep"), tr("Won"), tr("Weighted funnel"), tr("Run rate rest"), tr("Expected"),
             tr("Quota"), tr("Expected %")],
            [170, 90, 110, 100, 100, 90], [tip and tr(tip) for tip in FORECAST_TIPS])
        self.forecast_box = QGroupBox(tr("Quarter forecast"))
        f_layout = QVBoxLayout(self.forecast_box)
        self.forecast_summary = QLabel()
        f_layout.addWidget(self.forecast_summary)
        f_layout.addWidget(self.forecast_view)

        # Fitted on request, once; its predicted falls then join the attention list.
        self.next_month = NextMonthBox(ctx, today_fn, team_id_fn)
        self.next_month.predicted.connect(lambda _f: self.reload())

        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(att_box)
        right.addWidget(alerts_box)
        # The quarter and next month share one place: each table needs the height to be read.
        outlook = QTabWidget()
        outlook.addTab(self.forecast_box, tr("Quarter forecast"))
        outlook.addTab(self.next_month, tr("Next month"))
        self.goals_panel = GoalsPanel(ctx, today_fn, team_id_fn)
        outlook.addTab(self.goals_panel, self.goals_panel.tab_title())
        self.outlook = outlook
        right.addWidget(outlook)
        right.setSizes([300, 200, 240])
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(bars_box)
        split.addWidget(right)
        split.setSizes([420, 700])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)

    def set_metrics(self, metrics) -> None:
        """The company's key numbers to choose from (read in the background by the page)."""
        # first time: the CRM actions; later (a metric added): what the user had chosen
        current = self.metric_box.currentData() if self._metrics_read else "crm_actions"
        self._metrics_read = True
        self.metric_box.blockSignals(True)
        self.metric_box.clear()
        for m in metrics:
            self.metric_box.addItem(m.name, m.key)
        self.metric_box.addItem(tr("Quota attainment"), QUOTA)
        self.metric_box.setCurrentIndex(max(0, self.metric_box.findData(current)))
        self.metric_box.blockSignals(False)

    # -- loading ---------------------------------------------------------------------------------
    def reload(self) -> None:
        self._request += 1
        request = self._request
        self.goals_panel.reload()   # the team shown may have changed
        self.ctx.tasks.run(load_dashboard, self.ctx.db, today=self.today_fn(),
                           team_id=self.team_id_fn(), metric_key=self.metric_box.currentData(),
                           period=self.period.currentData(),
                           forecast=self.next_month.forecast,
                           on_success=lambda data: self.show_data(data, request),
                           on_error=self._failed)

    def _failed(self, error) -> None:
        from models.db.retry import plain_message
        if not shiboken6.isValid(self):
            return   # closed while it loaded, as show_data checks
        self.attention_note.setText(tr("Could not load: {reason}").format(
            reason=plain_message(error)))

    def show_data(self, data: DashboardData, request: int | None = None) -> None:
        if not shiboken6.isValid(self) or (request is not None and request != self._request):
            return   # closed meanwhile, or a newer choice is on its way
        self.data = data
        self.next_month.show_team()
        self.bars.set_bars(data.bars)
        self.bars.setMinimumHeight(min(2000, 26 * len(data.bars) + 60))
        self.attention_model.set_rows([(i.urgency_points, i.rep_name, i.explained())
                                       for i in data.attention])
        self.attention_note.setText(ngettext(
            "{n} rep needs attention. Urgency: the points of the reasons added up (hover the "
            "heading for the scale). Double-click a rep for their page; Schedule one-on-one… "
            "books the talk.",
            "{n} reps need attention. Urgency: the points of the reasons added up (hover the "
            "heading for the scale). Double-click a rep for their page; Schedule one-on-one… "
            "books the talk.", len(data.attention)).format(
            n=formatting.number(len(data.attention))))
        self.attention_note.setWordWrap(True)
        self.alerts_model.set_rows([(a.rep_name, a.text) for a in data.alerts])
        self.forecast_model.set_rows([
            (r.rep_name, formatting.number(r.forecast.won),
             formatting.number(r.forecast.weighted_open), formatting.number(r.forecast.run_rate_rest),
             formatting.number(r.forecast.expected_total), formatting.number(r.forecast.target),
             formatting.percent(r.forecast.expected_attainment, 0))
            for r in data.forecast_rows])
        if data.team_forecast is None:
            self.forecast_summary.setText(tr("{quarter}: no won deals, open funnel or quotas "
                                             "recorded yet.").format(quarter=data.quarter))
        else:
            self.forecast_summary.setText(tr("{quarter}: team {forecast}").format(
                quarter=f"<b>{data.quarter}</b>", forecast=data.team_forecast.describe()))
        self.loaded.emit()

    # -- one-on-ones in one step -----------------------------------------------------------------
    def selected_item(self) -> AttentionItem | None:
        rows = self.attention_view.selectionModel().selectedRows()
        if not rows or self.data is None:
            return None
        return self.data.attention[rows[0].row()]

    def schedule_selected(self) -> ScheduleDialog | None:
        item = self.selected_item()
        if item is None:
            return None
        return self._open_schedule(item.rep_id, item.rep_name, item.agenda(), item.summary())

    def schedule_from_alert(self) -> ScheduleDialog | None:
        rows = self.alerts_view.selectionModel().selectedRows()
        if not rows or self.data is None:
            return None
        alert = self.data.alerts[rows[0].row()]
        agenda = tr("Why we meet:\n- {alert}\n\nAgree: activity goals until the follow-up.").format(
            alert=alert.text)
        return self._open_schedule(alert.rep_id, alert.rep_name, agenda, alert.text)

    def _open_schedule(self, rep_id, rep_name, agenda, reason) -> ScheduleDialog:
        dialog = ScheduleDialog(self.ctx.db, rep_id, rep_name, agenda=agenda, reason=reason,
                                when=next_working_morning(self.today_fn()), parent=self)
        self.schedule_dialog = dialog

        def done(result: int) -> None:
            if result and dialog.saved is not None:
                self.ctx.changed.emit("activity")
                self.scheduled.emit(dialog.saved)
        dialog.finished.connect(done)
        dialog.open()
        return dialog
