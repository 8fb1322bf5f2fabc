"""Trend charts: a metric over time per team or for several reps overlaid, with the goal line."""
from __future__ import annotations

import datetime as dt

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFileDialog, QHBoxLayout, QLabel,
                               QListWidget, QListWidgetItem, QPushButton, QSplitter, QVBoxLayout,
                               QWidget)

from desktop.i18n import tr
from desktop.tasks import LatestLoad
from models.domain.activity_goals import week_start
from models.services import activity as svc
from models.services.activity_trends import conversion_trend, quota_trend, trend
from widgets.charts import LazyChart, TrendChart

# translated where shown
RANGES = [(QT_TRANSLATE_NOOP("QCoreApplication", "Last 3 months"), 91),
          (QT_TRANSLATE_NOOP("QCoreApplication", "Last 6 months"), 182),
          (QT_TRANSLATE_NOOP("QCoreApplication", "Last 12 months"), 365),
          (QT_TRANSLATE_NOOP("QCoreApplication", "Last 3 years"), 3 * 365)]
BUCKETS = [(QT_TRANSLATE_NOOP("QCoreApplication", "Weeks"), "week"),
           (QT_TRANSLATE_NOOP("QCoreApplication", "Days"), "day"),
           (QT_TRANSLATE_NOOP("QCoreApplication", "Months"), "month")]
# the y axis of a key number: "Calls per week"
PER_BUCKET = {"week": QT_TRANSLATE_NOOP("QCoreApplication", "{metric} per week"),
              "day": QT_TRANSLATE_NOOP("QCoreApplication", "{metric} per day"),
              "month": QT_TRANSLATE_NOOP("QCoreApplication", "{metric} per month")}


QUOTA = "quota"   # the metric combo's entries for quota attainment by quarter and funnel
CONVERSION = "conversion"   # conversion (lead to won) by month


def load_trend(db, metric_id, start, end, bucket, rep_ids, team_id, progress=None):
    if metric_id == QUOTA:
        quarters = max(2, round((end - start).days / 91))
        return quota_trend(db, end, quarters, rep_ids=rep_ids, team_id=team_id)
    if metric_id == CONVERSION:
        months = max(2, round((end - start).days / 30.4))
        return conversion_trend(db, end, months, rep_ids=rep_ids, team_id=team_id)
    return trend(db, metric_id, start, end, bucket, rep_ids=rep_ids, team_id=team_id)


class TrendsTab(QWidget):
    loaded = Signal()

    def __init__(self, ctx, team_id_fn, today_fn=dt.date.today, parent=None):
        super().__init__(parent)
        self.ctx, self.team_id_fn, self.today_fn = ctx, team_id_fn, today_fn
        self._request = 0
        self._reps = LatestLoad(ctx.tasks)
        self._metrics_read = False
        self.metric_box = QComboBox()   # the company's metrics join by set_metrics()
        self.metric_box.setSizeAdjustPolicy(   # the metrics arrive later: room for them
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.metric_box.setMinimumContentsLength(12)
        self.metric_box.addItem(tr("Quota attainment (by quarter)"), QUOTA)
        self.metric_box.addItem(tr("Funnel: leads won % (by month)"), CONVERSION)
        self.range = QComboBox()
        for text, days in RANGES:
            self.range.addItem(tr(text), days)
        self.range.setCurrentIndex(1)
        self.bucket = QComboBox()
        for text, key in BUCKETS:
            self.bucket.addItem(tr(text), key)
        export = QPushButton(tr("Export PNG…"))
        export.clicked.connect(self.export)
        bar = QHBoxLayout()
        for w in (QLabel(tr("Metric")), self.metric_box, QLabel(tr("Period")), self.range,
                  QLabel(tr("By", "grouped by days, weeks or months")), self.bucket):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(export)
        self.reps = QListWidget()
        self.reps.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.reps.setToolTip(tr("Select reps to overlay them; select none for the whole team."))
        self.chart_place = LazyChart(TrendChart)   # made when the tab is first shown
        self._pending = None   # figures that arrived before the chart was made
        self.chart_place.installEventFilter(self)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(tr("Overlay reps (none: the team)")))
        self.problem = QLabel()   # a failed read, in words
        self.problem.setWordWrap(True)
        self.problem.hide()
        left_layout.addWidget(self.problem)
        left_layout.addWidget(self.reps)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.chart_place)
        split.setSizes([220, 900])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        for combo in (self.metric_box, self.range, self.bucket):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.reps.itemSelectionChanged.connect(self.reload)

    def set_metrics(self, metrics) -> None:
        """The company's key numbers (read in the background by the page), before the quota and
        the funnel; the choice made stays chosen."""
        current = self.metric_box.currentData()
        self.metric_box.blockSignals(True)
        while self.metric_box.count() > 2:   # the company's metrics; quota and funnel stay
            self.metric_box.removeItem(0)
        for index, m in enumerate(metrics):
            self.metric_box.insertItem(index, m.name, m.id)
        # first time: the first metric; later (one was added): what the user had chosen
        self.metric_box.setCurrentIndex(max(0, self.metric_box.findData(current))
                                        if self._metrics_read else 0)
        self._metrics_read = True
        self.metric_box.blockSignals(False)

    @property
    def busy(self) -> bool:
        return self._reps.busy

    def fill_reps(self) -> None:
        """Read the team's reps in the background, list them, then draw the chart."""
        db, team_id = self.ctx.db, self.team_id_fn()
        self._reps.load(lambda: svc.list_reps(db, team_id), self._show_reps, self._failed)

    def _failed(self, error) -> None:
        """The reps could not be read (the server away): said above the list; the next change
        or reconnect reads again."""
        from models.db.retry import plain_message
        self.problem.setText(tr("Could not load: {reason}").format(reason=plain_message(error)))
        self.problem.show()

    def _show_reps(self, reps) -> None:
        self.problem.hide()
        self.reps.blockSignals(True)
        self.reps.clear()
        for r in reps:
            item = QListWidgetItem(r.name)
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            self.reps.addItem(item)
        self.reps.blockSignals(False)
        self.reload()

    def selected_reps(self) -> list[int]:
        return [i.data(Qt.ItemDataRole.UserRole) for i in self.reps.selectedItems()][:8]

    def reload(self) -> None:
        today = self.today_fn()
        bucket = self.bucket.currentData()
        # a bucket still running would show as a plunge: end with the last whole one
        if self.metric_box.currentData() in (QUOTA, CONVERSION):
            end = today
        elif bucket == "week":
            end = week_start(today) - dt.timedelta(days=1)
        elif bucket == "month":
            end = today.replace(day=1) - dt.timedelta(days=1)
        else:
            end = today
        start = end - dt.timedelta(days=self.range.currentData())
        self._request += 1
        request = self._request
        self.ctx.tasks.run(load_trend, self.ctx.db, self.metric_box.currentData(), start, end,
                           self.bucket.currentData(), self.selected_reps(), self.team_id_fn(),
                           on_success=lambda series: self.show_series(series, request))

    @property
    def chart(self) -> TrendChart:
        return self.chart_place.build()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        # the chart's place is shown: once made, it draws what arrived before
        if watched is self.chart_place and event.type() == QEvent.Type.Show and self._pending:
            pending, self._pending = self._pending, None
            QTimer.singleShot(0, lambda: self.show_series(*pending))
        return False

    def show_series(self, series, request: int | None = None) -> None:
        if not shiboken6.isValid(self) or (request is not None and request != self._request):
            return   # closed meanwhile, or a newer choice is on its way
        if self.chart_place.chart is None and not self.chart_place.isVisible():
            self._pending = (series, request)   # drawn when the tab is first shown
            return
        kind = self.metric_box.currentData()
        quota = kind == QUOTA
        goal = series[0].goal if len(series) == 1 or (quota and series) else []
        if kind == QUOTA:
            unit = tr("% of quota per quarter")
        elif kind == CONVERSION:
            unit = tr("% of new leads won, per month")
        else:
            unit = tr(PER_BUCKET.get(self.bucket.currentData(), PER_BUCKET["week"])).format(
                metric=self.metric_box.currentText())
        self.chart.set_series([(s.label, s.points) for s in series], goal=goal, y_label=unit)
        if kind in (QUOTA, CONVERSION) and not any(s.points for s in series):
            self.chart.readout.setText(tr("No quotas or deals recorded for this period."))
        elif series and series[0].note:
            self.chart.readout.setText(tr("{note}. Hover over the chart for exact values.").format(
                note=series[0].note))
        self.loaded.emit()

    def export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("Export chart"), "trend.png",
                                              tr("PNG image (*.png)"))
        if path:
            self.chart.export_png(path)
