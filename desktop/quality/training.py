"""Gaps -> suggested course -> assign in one step; the catalogue with each course's effect; the
training calendar with .ics export; the selected rep's training history."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDoubleSpinBox, QFileDialog,
                               QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton,
                               QSpinBox, QSplitter, QStyle, QTableView, QTabWidget, QVBoxLayout, QWidget)

from desktop.i18n import tr
from desktop.tasks import LatestLoad, failure_message
from models import formatting
from models.db.errors import RepdeskError
from models.i18n import ngettext
from models.domain.enums import label
from models.domain.scoring import as_percent
from models.services import quality_analysis as qa
from models.services import training
from widgets.record_table import RecordTableModel


def _table(model: RecordTableModel, stretch: int = 0) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    # Every column at least as wide as its heading; the table scrolls sideways when narrow. (A
    # stretched column took what the others left: "ections it trai" in 40 pixels.)
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    padding = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 12
    for column in range(model.columnCount()):
        text = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        width = header.fontMetrics().horizontalAdvance(text) + padding
        view.setColumnWidth(column, max(width, 70) * (2 if column == stretch else 1))
    return view


class TrainingTab(QWidget):
    rep_requested = Signal(int)   # "show this rep's trend"

    def __init__(self, ctx, parent=None, *, today: dt.date | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.today = today or dt.date.today()
        self.threshold = QDoubleSpinBox()
        self.threshold.setRange(10, 100)
        self.threshold.setDecimals(0)
        self.threshold.setSuffix(" %")
        self.threshold.setValue(70)
        self.last_n = QSpinBox()
        self.last_n.setRange(1, 20)
        self.last_n.setValue(3)
        self.team = QComboBox()
        self.team.addItem(tr("all teams"), None)    # the teams are read with the catalogue
        for widget in (self.threshold, self.last_n):
            widget.valueChanged.connect(lambda _v: self.reload_gaps())
        self.team.currentIndexChanged.connect(lambda _i: self.reload())
        self.assign_button = QPushButton(tr("Assign suggested course"))
        self.assign_button.clicked.connect(self.assign_selected)
        bar = QHBoxLayout()
        for caption, widget in ((tr("Gap: a section below"), self.threshold),
                                (tr("over the last"), self.last_n),
                                (tr("evaluations ·"), self.team)):
            bar.addWidget(QLabel(caption))
            bar.addWidget(widget)
        bar.addStretch(1)
        trend = QPushButton(tr("Show rep's trend"))
        trend.clicked.connect(self.request_trend)
        self.gap_summary = QLabel()
        self.gap_summary.setWordWrap(True)
        # The summary and the buttons under the filters: on one row they made the window wider
        # than a 1024 screen.
        actions = QHBoxLayout()
        actions.addWidget(self.gap_summary, 1)
        actions.addWidget(trend)
        actions.addWidget(self.assign_button)
        self.gap_model = RecordTableModel([tr("Rep"), tr("Team"), tr("Section"), tr("Average"),
                                           tr("Evaluations"), tr("Since"),
                                           tr("Suggested course")])
        self.gap_view = _table(self.gap_model, 6)
        self.gap_view.selectionModel().selectionChanged.connect(lambda *_: self.show_history())
        self.gap_view.doubleClicked.connect(lambda _i: self.assign_selected())

        self.course_model = RecordTableModel([tr("Course"), tr("Topic"), tr("Sections it trains"),
                                              tr("Upcoming"), tr("Completed"),
                                              tr("Open", "enrolments not completed"),
                                              tr("Score before"), tr("Score after"),
                                              tr("Change")])
        self.calendar_model = RecordTableModel([tr("Starts"), tr("Course"), tr("Hours"),
                                                tr("Trainer"), tr("Where"), tr("Enrolled")])
        self.history_model = RecordTableModel([tr("Course"), tr("Status"), tr("Assigned"),
                                               tr("Session"), tr("Trainer"), tr("Completed"),
                                               tr("Assessment"), tr("Why")])
        export = QPushButton(tr("Export calendar (.ics)…"))
        export.clicked.connect(lambda: self.export_calendar())
        new_session = QPushButton(tr("New session…"))
        new_session.clicked.connect(self.new_session)
        calendar_box = QWidget()
        calendar_layout = QVBoxLayout(calendar_box)
        calendar_layout.setContentsMargins(0, 0, 0, 0)
        calendar_row = QHBoxLayout()
        self.calendar_label = QLabel()
        calendar_row.addWidget(self.calendar_label, 1)
        calendar_row.addWidget(new_session)
        calendar_row.addWidget(export)
        calendar_layout.addLayout(calendar_row)
        calendar_layout.addWidget(_table(self.calendar_model, 1), 1)
        self.lower = QTabWidget()
        self.course_view = _table(self.course_model, 2)
        for column, width in enumerate([260, 170, 160, 110, 80, 60, 90, 90, 150]):
            self.course_view.setColumnWidth(column, width)
        new_course = QPushButton(tr("New course…"))
        new_course.clicked.connect(self.new_course)
        course_row = QHBoxLayout()
        explained = QLabel(tr("Score before vs after: each rep's average in the 120 days before "
                              "completing the course against the 120 days after."))
        explained.setWordWrap(True)   # one line of it made the window 1,095 pixels wide
        course_row.addWidget(explained, 1)
        course_row.addWidget(new_course)
        course_box = QWidget()
        course_layout = QVBoxLayout(course_box)
        course_layout.setContentsMargins(0, 0, 0, 0)
        course_layout.addLayout(course_row)
        course_layout.addWidget(self.course_view, 1)
        self.lower.addTab(course_box, tr("Courses and their effect"))
        self.lower.addTab(calendar_box, tr("Training calendar"))
        self.history_view = _table(self.history_model, 7)
        for column, width in enumerate([240, 90, 90, 130, 150, 90, 90]):
            self.history_view.setColumnWidth(column, width)
        self.history_view.doubleClicked.connect(lambda _i: self.record_outcome())
        self.history_rep = QComboBox()
        self.history_rep.setEditable(True)
        self.history_rep.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.history_rep.setMinimumWidth(260)
        self.history_rep.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.history_rep.activated.connect(lambda _i: self.show_history(self.history_rep.currentData()))
        outcome = QPushButton(tr("Record outcome…"))
        outcome.clicked.connect(lambda: self.record_outcome())
        history_row = QHBoxLayout()
        history_row.addWidget(QLabel(tr("Rep")))
        history_row.addWidget(self.history_rep)
        history_row.addStretch(1)
        history_row.addWidget(outcome)
        history_box = QWidget()
        history_layout = QVBoxLayout(history_box)
        history_layout.setContentsMargins(0, 0, 0, 0)
        history_layout.addLayout(history_row)
        history_layout.addWidget(self.history_view, 1)
        self.lower.addTab(history_box, tr("Rep's training history"))
        self.history: list = []
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(bar)
        top_layout.addLayout(actions)
        top_layout.addWidget(self.gap_view, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.lower)
        splitter.setSizes([380, 300])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.gaps: list[qa.GapRow] = []
        # Everything shown is read in the background (a page's GUI thread never waits on the
        # database); the last content stays shown meanwhile. The gaps and the catalogue with
        # the calendar are two loads: a change of the gap criteria reads the gaps only.
        self._gaps_load = LatestLoad(ctx.tasks)
        self._catalogue_load = LatestLoad(ctx.tasks)
        self._history_load = LatestLoad(ctx.tasks)    # the chosen rep's training history
        self._options_read = False        # the teams and reps of the filters, read once
        self.assigned = 0
        self.reload()

    @property
    def loading(self) -> bool:
        return self._gaps_load.busy or self._catalogue_load.busy or self._history_load.busy

    def reload(self) -> None:
        self.reload_gaps()
        self.reload_catalogue()

    def reload_gaps(self) -> None:
        """Find the gaps in the background (a large company takes a moment); a newer request
        makes the answer of an older one be ignored."""
        self.gap_summary.setText(tr("Looking for gaps…"))
        criteria = dict(threshold=Decimal(str(self.threshold.value())) / 100,
                        last_n=self.last_n.value(), team_id=self.team.currentData(),
                        since=self.today - dt.timedelta(days=365))
        db = self.ctx.db
        self._gaps_load.load(lambda: qa.training_gaps(db, **criteria), self._show_gaps,
                             self._gaps_failed)

    def _gaps_failed(self, error) -> None:
        from models.db.retry import plain_message
        self.gap_summary.setText(tr("Gaps could not be read: {reason}").format(
            reason=plain_message(error)))

    def _show_gaps(self, gaps) -> None:
        self.gaps = gaps
        self.gap_model.set_rows([
            (g.rep_name, g.team, g.gap.section, as_percent(g.gap.average), g.gap.evaluations,
             g.gap.since,
             g.gap.course_name or tr("— none left: every course for it is taken or none is mapped —"))
            for g in self.gaps])
        reps = len({g.gap.rep_id for g in self.gaps})
        assigned = (" " + tr("<b>%n</b> course(s) just assigned.", "", self.assigned)
                    if self.assigned else "")
        self.assigned = 0
        bold_gaps = "<b>{}</b>".format(formatting.number(len(self.gaps)))
        bold_reps = "<b>{}</b>".format(formatting.number(reps))
        self.gap_summary.setText(tr("{gaps} for {reps}, weakest first. Select rows and assign (or "
                                    "double-click one).").format(
            gaps=ngettext("{n} gap", "{n} gaps", len(self.gaps)).format(n=bold_gaps),
            reps=ngettext("{n} rep", "{n} reps", reps).format(n=bold_reps)) + assigned)
        for column, width in enumerate([200, 180, 150, 70, 80, 90]):
            self.gap_view.setColumnWidth(column, width)

    def reload_catalogue(self) -> None:
        """Read the courses with their effect and the calendar (and, the first time, the teams
        and reps of the filters) in the background."""
        db, today, team_id = self.ctx.db, self.today, self.team.currentData()
        with_options = not self._options_read

        def read():
            options = (qa.team_options(db), qa.evaluated_reps(db)) if with_options else None
            effects = {e.course_id: e for e in training.course_effects(db)}
            courses = training.list_courses(db, today=today)
            sessions = training.calendar(db, today, today + dt.timedelta(days=90),
                                         team_id=team_id)
            return options, effects, courses, sessions
        self._catalogue_load.load(read, self._show_catalogue, self._catalogue_failed)

    def _catalogue_failed(self, error: BaseException) -> None:
        """Said above the calendar (the connection was lost, the server stopped); what was shown
        stays. (A rep's history that could not be read is said there too.)"""
        self.calendar_label.setText(failure_message(error))

    def _show_catalogue(self, result) -> None:
        options, effects, courses, sessions = result
        if options is not None:
            self._options_read = True
            teams, reps = options
            self.team.blockSignals(True)
            for t in teams:
                self.team.addItem(t.name, t.id)
            self.team.blockSignals(False)
            for r in reps:
                self.history_rep.addItem(r.name, r.id)
        rows = []
        for c in courses:
            effect = effects.get(c.id)
            e = effect.effect if effect else None
            rows.append((c.name, c.topic, ", ".join(c.sections) or "—", c.upcoming_sessions,
                         c.completed, c.open_enrolments,
                         as_percent(e.before) if e else "", as_percent(e.after) if e else "",
                         (ngettext("{change} pts ({count} rep)", "{change} pts ({count} reps)",
                                   e.before_count).format(change=f"{e.change * 100:+.1f}",
                                                          count=e.before_count)
                          if e and e.change is not None else "")))
        self.course_model.set_rows(rows)
        self.calendar_model.set_rows([
            (s.starts_at.strftime("%Y-%m-%d %H:%M"), s.course,
             f"{(s.ends_at - s.starts_at).total_seconds() / 3600:g}", s.trainer,
             tr("Remote") if s.remote else (s.location or ""), s.enrolled) for s in sessions])
        self.calendar_label.setText(ngettext("{count} session in the next 90 days",
                                             "{count} sessions in the next 90 days",
                                             len(sessions)).format(count=f"<b>{len(sessions)}</b>"))

    def selected_gaps(self) -> list[qa.GapRow]:
        rows = sorted({i.row() for i in self.gap_view.selectionModel().selectedRows()})
        return [self.gaps[r] for r in rows]

    def show_history(self, rep_id: int | None = None) -> None:
        if rep_id is None:
            chosen = self.selected_gaps()
            if not chosen:
                return
            rep_id = chosen[0].gap.rep_id
            self.history_rep.setCurrentIndex(max(0, self.history_rep.findData(rep_id)))
        self.lower.setTabText(2, tr("Training history · {rep}").format(
            rep=self.history_rep.currentText()))
        db = self.ctx.db
        self._history_load.load(lambda: training.rep_history(db, rep_id), self._show_history,
                                self._catalogue_failed)

    def _show_history(self, history) -> None:
        self.history = history
        self.history_model.set_rows([
            (h.course, label(h.status), h.assigned_on,
             h.session_start.strftime("%Y-%m-%d %H:%M") if h.session_start else "", h.trainer,
             h.completed_on, as_percent(h.assessment_score, 0), h.reason) for h in self.history])

    # -- catalogue, sessions, outcomes ---------------------------------------------------------
    def new_course(self, *, run: bool = True):
        from desktop.quality.training_dialogs import CourseDialog
        from models.services.quality import section_names
        dialog = CourseDialog(self.ctx, section_names(self.ctx.db), self)
        if run and dialog.exec() == dialog.DialogCode.Accepted:
            self._saved("training")
        return dialog

    def new_session(self, *, run: bool = True):
        from desktop.quality.training_dialogs import SessionDialog
        dialog = SessionDialog(self.ctx, parent=self, today=self.today)   # it reads its lists
        if run and dialog.exec() == dialog.DialogCode.Accepted:
            self._saved("training")
        return dialog

    def record_outcome(self, *, run: bool = True):
        rows = sorted({i.row() for i in self.history_view.selectionModel().selectedRows()})
        if not rows:
            QMessageBox.information(self, tr("Record an outcome"),
                                    tr("Select a course in the rep's training history."))
            return None
        from desktop.quality.training_dialogs import OutcomeDialog
        dialog = OutcomeDialog(self.ctx, self.history[rows[0]], self, today=self.today)
        if run and dialog.exec() == dialog.DialogCode.Accepted:
            self._saved("training")
        return dialog

    def _saved(self, area: str) -> None:
        rep_id = self.history_rep.currentData()
        self.reload()
        if rep_id is not None and self.history:
            self.show_history(rep_id)
        self.ctx.changed.emit(area)

    def request_trend(self) -> None:
        chosen = self.selected_gaps()
        if chosen:
            self.rep_requested.emit(chosen[0].gap.rep_id)

    def assign_selected(self) -> int:
        chosen = [g for g in self.selected_gaps() if g.gap.course_id]
        if not chosen:
            QMessageBox.information(self, tr("Assign a course"),
                                    tr("Select gaps that have a suggested course."))
            return 0
        done = 0
        try:
            for g in chosen:
                training.assign_course(
                    self.ctx.db, g.gap.rep_id, g.gap.course_id, today=self.today,
                    reason=f"{g.gap.section} at {as_percent(g.gap.average)} over the last "
                           f"{g.gap.evaluations} evaluations")
                done += 1
        except RepdeskError as error:
            QMessageBox.warning(self, tr("Not assigned"), str(error))
        self.assigned = done
        self.reload()
        self.ctx.changed.emit("training")
        return done

    def export_calendar(self, path: str | None = None) -> int:
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, tr("Export training calendar"),
                                                  "training.ics", tr("iCalendar (*.ics)"))
            if not path:
                return 0
        count = training.export_ics(self.ctx.db, path, self.today - dt.timedelta(days=30),
                                    self.today + dt.timedelta(days=180),
                                    team_id=self.team.currentData())
        self.calendar_label.setText(ngettext("{count} session written to {path}",
                                             "{count} sessions written to {path}", count).format(
            count=f"<b>{count}</b>", path=path))
        return count
