"""One-on-ones on the Numbers page: the schedule dialog (pre-filled from an alert), recording the
outcome with agreed goals, the list, and the calendar export."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDateTime, QDate, Qt, QTime, Signal
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDateTimeEdit, QDialog, QDialogButtonBox,
                               QFileDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QMessageBox, QPlainTextEdit, QPushButton, QSpinBox,
                               QSplitter, QTableView, QTextBrowser, QTimeEdit, QVBoxLayout,
                               QWidget)

from desktop.i18n import tr
from desktop.tasks import LatestLoad
from models import formatting
from models.db.errors import RepdeskError
from models.domain.enums import label
from models.i18n import ngettext
from models.services import one_on_ones as talks
from models.services.activity import list_metrics
from widgets.record_table import RecordTableModel
from widgets.date_fields import show_dates


def next_working_morning(today: dt.date, hour: int = 10) -> dt.datetime:
    day = today + dt.timedelta(days=1)
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    return dt.datetime.combine(day, dt.time(hour, 0))


def to_qdatetime(value: dt.datetime) -> QDateTime:
    return QDateTime(QDate(value.year, value.month, value.day),
                     QTime(value.hour, value.minute))


class ScheduleDialog(QDialog):
    """Rep, date and time, duration and agenda; OK saves."""

    def __init__(self, db, rep_id: int, rep_name: str, *, agenda: str = "",
                 reason: str | None = None, when: dt.datetime | None = None, parent=None):
        super().__init__(parent)
        self.db, self.rep_id, self.reason = db, rep_id, reason
        self.saved: talks.OneOnOneRow | None = None
        self.setWindowTitle(tr("One-on-one with {rep}").format(rep=rep_name))
        self.when = QDateTimeEdit(to_qdatetime(when or next_working_morning(dt.date.today())))
        self.when.setCalendarPopup(True)
        show_dates(self.when, weekday=True, time=True)
        self.duration = QSpinBox()
        self.duration.setRange(5, 240)
        self.duration.setSingleStep(5)
        self.duration.setValue(30)
        self.duration.setSuffix(tr(" min", "minutes"))
        self.agenda = QPlainTextEdit(agenda)
        self.agenda.setMinimumSize(460, 160)
        form = QFormLayout()
        form.addRow(tr("Rep"), QLabel(f"<b>{escape(rep_name)}</b>"))
        form.addRow(tr("When"), self.when)
        form.addRow(tr("Duration"), self.duration)
        form.addRow(tr("Agenda"), self.agenda)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Schedule"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        when = self.when.dateTime().toPython()
        try:
            self.saved = talks.schedule(self.db, self.rep_id, when,
                                        agenda=self.agenda.toPlainText(), reason=self.reason,
                                        duration_minutes=self.duration.value())
        except RepdeskError as error:
            QMessageBox.warning(self, tr("Not scheduled"), str(error))
            return
        super().accept()


class RecordDialog(QDialog):
    """Notes, agreed daily goals (become the rep's goals from the meeting date), follow-up."""

    def __init__(self, db, talk: talks.OneOnOneRow, parent=None, *, ask=None,
                 background: bool = True):
        from desktop.conflicts import resolve_conflict
        super().__init__(parent)
        self.db, self.talk = db, talk
        self.ask, self.background = ask or resolve_conflict, background
        self.saving = None  # the save under way (desktop.conflicts.FormSave)
        self.setWindowTitle(tr("Outcome: one-on-one with {rep}").format(rep=talk.rep_name))
        self.notes = QPlainTextEdit(talk.notes or "")
        self.notes.setMinimumSize(420, 120)
        self.goal_inputs: dict[int, QSpinBox] = {}
        form = QFormLayout()
        form.addRow(tr("Agenda"), QLabel(talk.agenda or "—"))
        form.addRow(tr("Notes"), self.notes)
        for metric in list_metrics(db)[:6]:
            spin = QSpinBox()
            spin.setRange(0, 1000)
            spin.setSpecialValueText(tr("no change"))
            form.addRow(tr("Agreed {metric} a day").format(metric=metric.name), spin)
            self.goal_inputs[metric.id] = spin
        self.follow_up = QDateEdit(QDate.currentDate().addDays(14))
        self.follow_up.setCalendarPopup(True)
        show_dates(self.follow_up)
        form.addRow(tr("Follow up on"), self.follow_up)
        if talk.follow_up_on:
            self.follow_up.setDate(talk.follow_up_on)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        self.state = QLabel()  # "Saving…", "Reconnecting to the database…", "Not saved: …"
        self.state.setWordWrap(True)
        self.state.hide()
        self.form = QWidget()
        self.form.setLayout(form)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.state)
        layout.addWidget(buttons)

    def accept(self) -> None:
        """Save off the GUI thread through desktop/conflicts.py: a lost server is waited for with
        the notes kept; a one-on-one someone else saved meanwhile asks Reload / Re-apply / Cancel."""
        from desktop.conflicts import FormSave
        if self.saving is not None:
            return
        agreed = [talks.AgreedGoal(mid, "day", Decimal(spin.value()))
                  for mid, spin in self.goal_inputs.items() if spin.value() > 0]
        notes, follow_up = self.notes.toPlainText(), self.follow_up.date().toPython()
        db, talk_id = self.db, self.talk.id
        self.saving = FormSave(self, lambda version: talks.record(
            db, talk_id, version, notes=notes, agreed=agreed, follow_up_on=follow_up),
            self.talk.version, reload=lambda _error: self.reload_from_database(), ask=self.ask,
            background=self.background)
        self.saving.reconnecting.connect(lambda text: self._busy(True, text))
        self.saving.finished.connect(self._saved)
        self._busy(True, tr("Saving…"))
        self.saving.start()

    def _saved(self, outcome) -> None:
        from desktop.conflicts import RELOAD
        self.saving = None
        self._busy(False)
        if outcome.saved:
            self.talk = outcome.result
            super().accept()
        elif outcome.error is not None:
            self._say(tr("Not saved: {reason}").format(reason=outcome.message), "color: #b3261e;")
        elif outcome.choice == RELOAD:
            self._say(tr("Reloaded: the notes show the one-on-one as saved now."), "")
        else:
            self._say(tr("Not saved: someone else changed this one-on-one. Your notes are "
                         "still here."), "")

    def reload_from_database(self) -> None:
        from sqlalchemy.exc import DBAPIError
        try:
            current = next((t for t in talks.list_one_on_ones(self.db, rep_id=self.talk.rep_id)
                            if t.id == self.talk.id), None)
        except DBAPIError as error:  # the server is away
            from models.db.retry import plain_message
            self._say(tr("Could not reload; your notes are kept. {reason}").format(
                reason=plain_message(error)), "color: #b3261e;")
            return
        if current is None:
            self._say(tr("This one-on-one no longer exists."), "color: #b3261e;")
            return
        self.talk = current
        self.notes.setPlainText(current.notes or "")
        if current.follow_up_on:
            self.follow_up.setDate(current.follow_up_on)

    def reject(self) -> None:
        if self.saving is not None:
            self.saving.cancel()  # stop waiting for the server; the notes stay
            return
        super().reject()

    def wait_saved(self, msecs: int = 60_000) -> None:
        if self.saving is not None:
            self.saving.wait(msecs)

    def _say(self, text: str, style: str) -> None:
        self.state.setText(text)
        self.state.setStyleSheet(style)
        self.state.setVisible(bool(text))

    def _busy(self, busy: bool, text: str = "") -> None:
        self.form.setEnabled(not busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            tr("Stop saving") if busy else tr("Cancel"))
        if busy:
            self._say(text, "color: #8a5a00; background: #fff4d6; padding: 4px;")
        elif self.state.text() == tr("Saving…") or self.state.text().startswith("Reconnecting"):
            self._say("", "")


WEEKDAY_NAMES = [QT_TRANSLATE_NOOP("QCoreApplication", "Monday"),   # translated where shown
                 QT_TRANSLATE_NOOP("QCoreApplication", "Tuesday"),
                 QT_TRANSLATE_NOOP("QCoreApplication", "Wednesday"),
                 QT_TRANSLATE_NOOP("QCoreApplication", "Thursday"),
                 QT_TRANSLATE_NOOP("QCoreApplication", "Friday"),
                 QT_TRANSLATE_NOOP("QCoreApplication", "Saturday"),
                 QT_TRANSLATE_NOOP("QCoreApplication", "Sunday")]


class TeamMeetingsDialog(QDialog):
    """The team's recurring meetings (they go into the calendar export) and a form to add one."""

    def __init__(self, db, team_id: int, team_name: str, parent=None):
        super().__init__(parent)
        self.db, self.team_id = db, team_id
        self.setWindowTitle(tr("Team meetings — {team}").format(team=team_name))
        rows = [(m.title, tr("every working day") if m.kind == "daily" else
                 tr("every {weekday}").format(weekday=tr(WEEKDAY_NAMES[m.weekday])),
                 m.start_time, tr("{n} min").format(n=m.duration_minutes),
                 formatting.date(m.starts_on)) for m in talks.list_team_meetings(db, team_id)]
        table = QTableView()
        table.setModel(RecordTableModel([tr("Meeting"), tr("When"), tr("At"), tr("Length"),
                                         tr("Since")], rows))
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.setMinimumSize(520, 140)
        self.title = QLineEdit(tr("Morning meeting"))
        self.kind = QComboBox()
        self.kind.addItem(tr("Every working day"), "daily")
        self.kind.addItem(tr("Once a week"), "weekly")
        self.weekday = QComboBox()
        self.weekday.addItems([tr(day) for day in WEEKDAY_NAMES[:5]])
        self.time = QTimeEdit(QTime(8, 30))
        self.time.setDisplayFormat("HH:mm")
        self.length = QSpinBox()
        self.length.setRange(5, 240)
        self.length.setValue(15)
        self.length.setSuffix(tr(" min", "minutes"))
        form = QFormLayout()
        form.addRow(tr("Title"), self.title)
        form.addRow(tr("Repeats"), self.kind)
        form.addRow(tr("On (weekly)"), self.weekday)
        form.addRow(tr("At"), self.time)
        form.addRow(tr("Length"), self.length)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("Add meeting"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        kind = self.kind.currentData()
        try:
            talks.add_team_meeting(self.db, self.team_id, self.title.text().strip() or tr("Meeting"),
                                   kind, self.time.time().toString("HH:mm"),
                                   weekday=self.weekday.currentIndex() if kind == "weekly" else None,
                                   duration_minutes=self.length.value())
        except RepdeskError as error:
            QMessageBox.warning(self, tr("Meeting not added"), str(error))
            return
        super().accept()


HEADERS = [QT_TRANSLATE_NOOP("QCoreApplication", "When"),   # translated where shown
           QT_TRANSLATE_NOOP("QCoreApplication", "Rep"),
           QT_TRANSLATE_NOOP("QCoreApplication", "Status"),
           QT_TRANSLATE_NOOP("QCoreApplication", "Why"),
           QT_TRANSLATE_NOOP("QCoreApplication", "Notes"),
           QT_TRANSLATE_NOOP("QCoreApplication", "Follow-up")]


class OneOnOnesTab(QWidget):
    changed = Signal()

    def __init__(self, ctx, team_fn=lambda: (None, ""), parent=None):
        super().__init__(parent)
        self.ctx, self.team_fn = ctx, team_fn
        self.rows: list[talks.OneOnOneRow] = []
        self.model = RecordTableModel([tr(h) for h in HEADERS])
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.record_selected())
        self.show_what = QComboBox()
        self.show_what.addItems([tr("Upcoming and recent"), tr("All")])
        self.show_what.currentIndexChanged.connect(lambda _i: self.reload())
        record = QPushButton(tr("Record outcome…"))
        record.clicked.connect(self.record_selected)
        export = QPushButton(tr("Export calendar (.ics)…"))
        export.clicked.connect(self.export_calendar)
        meetings = QPushButton(tr("Team meetings…"))
        meetings.clicked.connect(self.edit_meetings)
        bar = QHBoxLayout()
        bar.addWidget(self.show_what)
        bar.addStretch(1)
        bar.addWidget(record)
        bar.addWidget(meetings)
        bar.addWidget(export)
        self.history = QTextBrowser()
        self.history.setPlaceholderText(tr("Select a one-on-one to see the rep's history: goals "
                                           "agreed and whether the numbers recovered afterwards."))
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.history)
        split.setSizes([420, 220])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.show_history())
        self._rows_load = LatestLoad(ctx.tasks)
        self._history_load = LatestLoad(ctx.tasks)

    @property
    def busy(self) -> bool:
        return self._rows_load.busy or self._history_load.busy

    def show_history(self) -> None:
        """The selected rep's one-on-ones, read in the background."""
        talk = self.selected()
        if talk is None:
            self._history_load.load(lambda: None, lambda _none: self.history.clear())
            return
        db = self.ctx.db
        self._history_load.load(lambda: talks.history(db, talk.rep_id),
                                lambda rows: self._show_history(talk, rows), self._failed)

    def _show_history(self, talk, rows) -> None:
        if not rows:
            self.history.setHtml(tr("{rep}: no one-on-one held yet.").format(
                rep=f"<b>{escape(talk.rep_name)}</b>"))
            return
        parts = [tr("{rep} — one-on-ones held:").format(rep=f"<b>{escape(talk.rep_name)}</b>") + "<ul>"]
        for h in rows:
            verdict = {True: tr("numbers recovered"), False: tr("numbers did not recover"),
                       None: tr("too early to tell")}[h.recovered]
            change = ", ".join(tr("{metric} {before} → {after} a day").format(
                metric=escape(k), before=formatting.number(h.before_per_day.get(k, 0), 1),
                after=formatting.number(v, 1))
                for k, v in h.after_per_day.items())
            goals = "; ".join(escape(g) for g in h.goals) or tr("no goals agreed")
            parts.append(f"<li>{formatting.date(h.one_on_one.scheduled_at)}: {goals}. "
                         f"<i>{verdict}</i>{' (' + change + ')' if change else ''}"
                         f"{'<br>' + escape(h.one_on_one.notes) if h.one_on_one.notes else ''}"
                         "</li>")
        self.history.setHtml("".join(parts) + "</ul>")

    def reload(self) -> None:
        """Read the one-on-ones in the background, then list them."""
        start = None if self.show_what.currentIndex() == 1 else \
            dt.date.today() - dt.timedelta(days=60)
        db, team_id = self.ctx.db, self.team_fn()[0]
        self._rows_load.load(lambda: talks.list_one_on_ones(db, start=start, team_id=team_id),
                             self._show_rows, self._failed)

    def _failed(self, error) -> None:
        """A read that failed (the server away) is said below the list; the next change or
        reconnect reads again."""
        from models.db.retry import plain_message
        self.history.setPlainText(tr("Could not load: {reason}").format(
            reason=plain_message(error)))

    def _show_rows(self, rows) -> None:
        self.rows = sorted(rows, key=lambda t: t.scheduled_at, reverse=True)
        self.model.set_rows([(formatting.date_time(t.scheduled_at), t.rep_name, label(t.status),
                              (t.reason or "").splitlines()[0] if t.reason else "",
                              (t.notes or "").replace("\n", " ")[:80],
                              t.follow_up_on or "") for t in self.rows])
        for col, width in enumerate([170, 190, 80, 380, 260]):
            self.table.setColumnWidth(col, width)

    def selected(self) -> talks.OneOnOneRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def record_selected(self) -> None:
        talk = self.selected()
        if talk is None:
            return
        if RecordDialog(self.ctx.db, talk, self).exec():
            self.ctx.changed.emit("activity")
            self.reload()

    def edit_meetings(self) -> None:
        team_id, team_name = self.team_fn()
        if team_id is None:
            QMessageBox.information(self, tr("Team meetings"), tr("Choose a team first."))
            return
        TeamMeetingsDialog(self.ctx.db, team_id, team_name, self).exec()

    def export_calendar(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("Export calendar"), "repdesk-meetings.ics",
                                              tr("Calendar (*.ics)"))
        if not path:
            return
        count = talks.export_calendar(self.ctx.db, path, start=dt.date.today(),
                                      team_id=self.team_fn()[0])
        QMessageBox.information(self, tr("Calendar exported"),
                                ngettext("{n} event written to {path}.",
                                         "{n} events written to {path}.", count).format(
                                    n=formatting.number(count), path=path))
