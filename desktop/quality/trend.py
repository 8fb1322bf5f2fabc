"""Per-rep trend: monthly score and a chosen section against the team, weakest sections listed,
plus the league tables per team, territory and wave."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QCompleter, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget)

from desktop.i18n import tr
from desktop.tasks import LatestLoad, failure_message
from models import formatting
from models.domain.scoring import as_percent
from models.services import incentives
from models.services import quality as q
from models.services import quality_analysis as qa
from widgets.record_table import RecordTableModel
from widgets.score_trend import PALETTE, ScoreTrendChart, Series


def signed_points(value) -> str:
    return "" if value is None else tr("{points} pts").format(points=f"{value * 100:+.1f}")


class RepTrendTab(QWidget):
    def __init__(self, ctx, parent=None, *, today: dt.date | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.today = today or dt.date.today()
        self.rep = QComboBox()
        self.rep.setEditable(True)
        self.rep.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.rep.setMinimumWidth(260)
        self.rep.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.rep.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.period = QComboBox()
        for months in (6, 12, 24):
            self.period.addItem(tr("last {count} months").format(count=months), months)
        self.period.setCurrentIndex(1)
        self.section = QComboBox()
        self.section.setMinimumWidth(200)
        self.rep.activated.connect(lambda _i: self.show_rep())
        self.period.currentIndexChanged.connect(lambda _i: self.show_rep())
        self.section.currentIndexChanged.connect(lambda _i: self.draw())
        bar = QHBoxLayout()
        for caption, widget in ((tr("Rep"), self.rep), (tr("Period"), self.period),
                                (tr("Section"), self.section)):
            bar.addWidget(QLabel(caption))
            bar.addWidget(widget)
        bar.addStretch(1)
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.chart = ScoreTrendChart()    # painted: cheap to make and to draw
        self.model = RecordTableModel([tr("Section"), tr("Rep average"), tr("Team average"),
                                       tr("Rep vs team"), tr("Evaluations")])
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.clicked.connect(lambda index: self.section.setCurrentText(
            self.model.row(index.row())[0]))
        splitter = self.splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.chart)
        splitter.addWidget(self.table)
        splitter.setSizes([420, 220])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.headline)
        layout.addWidget(splitter, 1)
        self.trend: qa.RepTrend | None = None
        # The reps and the chosen rep's trend are read in the background (a page's GUI thread
        # never waits on the database); the last content stays shown meanwhile.
        self._load = LatestLoad(ctx.tasks)
        self._wanted: int | None = None      # a rep asked for before the list was read
        self.reload()

    @property
    def loading(self) -> bool:
        return self._load.busy

    def _start(self) -> dt.date:
        months = self.period.currentData()
        return (self.today.replace(day=1) - dt.timedelta(days=31 * (months - 1))).replace(day=1)

    def reload(self) -> None:
        """Read the reps (with their evaluations) and the trend of the one shown, or of the
        busiest rep the first time."""
        db, start, end = self.ctx.db, self._start(), self.today
        wanted = self._wanted or self.rep.currentData()

        def read():
            reps = [r for r in qa.evaluated_reps(db) if r.evaluations]
            ids = {r.id for r in reps}
            rep_id = wanted if wanted in ids else (
                max(reps, key=lambda r: r.evaluations).id if reps else None)
            return reps, rep_id, (qa.rep_trend(db, rep_id, start, end) if rep_id else None)
        self._load.load(read, self._reps_read, self._load_failed)

    def _reps_read(self, result) -> None:
        reps, rep_id, trend = result
        self._wanted = None
        self.rep.blockSignals(True)
        self.rep.clear()
        for r in reps:
            self.rep.addItem(f"{r.name}  ({r.evaluations})", r.id)
        if reps:
            self.rep.setCurrentIndex(max(0, self.rep.findData(rep_id)))
        self.rep.blockSignals(False)
        self._show_trend(trend)

    def select_rep(self, rep_id: int) -> None:
        index = self.rep.findData(rep_id)
        if index < 0 and self.loading:      # the list is still being read: show them then
            self._wanted = rep_id
            self.reload()
            return
        self.rep.setCurrentIndex(max(0, index))
        self.show_rep()

    def show_rep(self) -> None:
        rep_id = self.rep.currentData()
        if rep_id is None:
            self._load.load(lambda: None, self._show_trend)   # drops a load still under way
            return
        db, start, end = self.ctx.db, self._start(), self.today
        self._load.load(lambda: qa.rep_trend(db, rep_id, start, end), self._show_trend,
                        self._load_failed)

    def _load_failed(self, error: BaseException) -> None:
        """Said in the headline (the connection was lost, the server stopped); what was shown
        stays."""
        self.headline.setText(tr("The trend could not be read: {reason}").format(
            reason=failure_message(error)))

    def _show_trend(self, trend: qa.RepTrend | None) -> None:
        self.trend = trend
        if trend is None:
            self.headline.setText(tr("No evaluations yet: record one on the Evaluations tab."))
            self.model.set_rows([])
            self.chart.set_scores([], [])
            return
        chosen = self.section.currentText()
        self.section.blockSignals(True)
        self.section.clear()
        self.section.addItem(tr("— overall only —"), None)
        for name in self.trend.sections:
            self.section.addItem(name, name)
        weakest = self.trend.weakest[0].name if self.trend.weakest else None
        self.section.setCurrentIndex(max(0, self.section.findData(
            chosen if chosen in self.trend.sections else weakest)))
        self.section.blockSignals(False)
        self.model.set_rows([(s.name, as_percent(s.rep_average), as_percent(s.team_average),
                              signed_points(s.gap_to_team), s.evaluations)
                             for s in self.trend.summary])
        weak = ", ".join(f"{s.name} {as_percent(s.rep_average, 0)}" for s in self.trend.weakest)
        self.headline.setText(tr("{rep} · {team} · weakest sections: {sections}").format(
            rep=f"<b>{self.trend.rep_name}</b>", team=self.trend.team or tr("no team"),
            sections=weak or "—"))
        self.draw()

    def draw(self) -> None:
        if self.trend is None:
            return
        months = [p.month for p in self.trend.overall]
        series = [Series(tr("Rep overall"), [p.score for p in self.trend.overall], PALETTE[0],
                         width=2.5),
                  Series(tr("Team overall"), [p.team_score for p in self.trend.overall], PALETTE[0],
                         dashed=True, width=1.5)]
        section = self.section.currentData()
        if section:
            points = self.trend.sections[section]
            series += [Series(tr("Rep · {section}").format(section=section), [p.score for p in points], PALETTE[1]),
                       Series(tr("Team · {section}").format(section=section), [p.team_score for p in points], PALETTE[1],
                              dashed=True, width=1.5)]
        self.chart.set_scores(months, series, title=tr("Monthly average score"))


class LeagueTab(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.by = QComboBox()
        self.by.addItem(tr("per team"), "team")
        self.by.addItem(tr("per territory"), "territory")
        self.by.addItem(tr("per wave of mystery shops"), "wave")
        self.group = QComboBox()
        self.group.setMinimumWidth(260)
        self.by.currentIndexChanged.connect(lambda _i: self.reload())
        self.group.currentIndexChanged.connect(lambda _i: self.show_group())
        honour = QPushButton(tr("Put on the honour roll"))
        honour.clicked.connect(lambda: self.honour_selected())
        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("League table")))
        bar.addWidget(self.by)
        bar.addWidget(self.group)
        bar.addStretch(1)
        bar.addWidget(honour)
        self.model = RecordTableModel([tr("Rank"), tr("Rep"), tr("Group"), tr("Evaluations"),
                                       tr("Average"), tr("Best"), tr("Worst"),
                                       tr("Critical fails")])
        self.table = QTableView()
        self.table.setModel(self.model)
        from desktop.rep_page import open_on_activate  # double-click / Enter: the rep's page
        open_on_activate(self.table, lambda index: self.shown[index.row()].rep_id)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.honour = QLabel()
        self.honour.setWordWrap(True)
        self.honour.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.honour)
        self.rows: list[qa.LeagueRow] = []
        self.shown: list[qa.LeagueRow] = []
        self._load = LatestLoad(ctx.tasks)     # the table and honour roll, in the background
        self.reload()

    @property
    def loading(self) -> bool:
        return self._load.busy

    def reload(self) -> None:
        db, by = self.ctx.db, self.by.currentData()

        def read():
            rows = qa.league_table(db, by=by)
            groups = sorted({r.group for r in rows})
            if by == "wave":
                order = [w.name for w in q.list_waves(db)]
                groups.sort(key=lambda g: order.index(g) if g in order else len(order))
            recent = [r for r in incentives.recognitions(db) if r.kind == "honour_roll"][:8]
            return rows, groups, honour_roll_html(recent)
        self._load.load(read, self._read)

    def _read(self, result) -> None:
        self.rows, groups, honour = result
        self.group.blockSignals(True)
        self.group.clear()
        self.group.addItem(tr("all"), None)
        for g in groups:
            self.group.addItem(g, g)
        self.group.blockSignals(False)
        self.show_group()
        self.honour.setText(honour)

    def honour_selected(self, today: dt.date | None = None) -> int:
        """The selected reps go on the honour roll, with their rank and average as the reason."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        for r in (self.shown[i] for i in rows):
            incentives.add_recognition(
                self.ctx.db, r.rep_id, "honour_roll",
                f"#{r.rank} of {r.group} ({as_percent(r.average, 0)} over {r.evaluations} "
                "evaluations)", given_on=today)
        if rows:
            self.reload()
            self.ctx.changed.emit("recognition")
        return len(rows)

    def show_group(self) -> None:
        wanted = self.group.currentData()
        self.shown = [r for r in self.rows if wanted is None or r.group == wanted]
        self.model.set_rows([(r.rank, r.rep_name, r.group, r.evaluations, as_percent(r.average),
                              as_percent(r.best), as_percent(r.worst), r.critical_fails or "")
                             for r in self.rows if wanted is None or r.group == wanted])
        # Fixed columns as wide as their heading needs in the reader's language (at least the
        # width their figures need); the rep's name takes what is left.
        header = self.table.horizontalHeader()
        metrics = header.fontMetrics()
        for column, width in enumerate([50, 220, 180, 80, 70, 70, 70, 90]):
            if column != 1:
                title = self.model.headerData(column, Qt.Orientation.Horizontal)
                self.table.setColumnWidth(column, max(width, metrics.horizontalAdvance(title) + 24))


def honour_roll_html(recent) -> str:
    """The latest honour-roll entries as a list, one person a line (a run-on paragraph of names
    and titles read as one sentence); names are escaped, they are data."""
    from html import escape
    if not recent:
        return tr("<b>Honour roll:</b> nobody yet.")
    items = "".join(f"<li><b>{escape(r.rep_name)}</b> — {escape(r.title)}"
                    f" <span style='color:#555'>({formatting.date(r.given_on)})</span></li>"
                    for r in recent)
    return "<b>{}</b><ul style='margin-top:2px'>{}</ul>".format(tr("Honour roll"), items)
