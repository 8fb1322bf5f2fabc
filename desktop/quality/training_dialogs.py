"""Small dialogs of the training tab: a new course, a new session, a training outcome."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QDate, QDateTime, QTime, Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDateTimeEdit, QDialog,
                               QDialogButtonBox, QDoubleSpinBox, QFormLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QSpinBox)

from desktop.i18n import tr
from desktop.tasks import DialogLoad, failure_message
from models.db.errors import RepdeskError
from models.services import training
from models.services.quality_analysis import team_options
from widgets.date_fields import show_dates


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class _SavingDialog(QDialog):
    """OK runs `save()`; a RepdeskError is shown in the dialog and keeps it open."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b03030;")
        self.message.setWordWrap(True)
        self.saved = None

    def accept(self) -> None:
        try:
            self.saved = self.save()
        except RepdeskError as error:
            self.message.setText(str(error))
            return
        super().accept()

    def save(self):  # pragma: no cover - overridden
        raise NotImplementedError


class CourseDialog(_SavingDialog):
    def __init__(self, ctx, sections: list[str], parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(tr("New course"))
        self.name = QLineEdit()
        self.topic = QComboBox()
        self.topic.setEditable(True)
        # suggestions in the reader's language; what is typed or chosen is saved as it reads
        self.topic.addItems([tr("product knowledge"), tr("competitive intelligence"),
                             tr("prospecting"), tr("opportunity management"),
                             tr("territory planning"), tr("professional communication"),
                             tr("sales standards")])
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0.5, 200)
        self.hours.setValue(3)
        self.hours.setSuffix(tr(" h", "hours"))
        self.sections = QListWidget()
        for name in sections:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.sections.addItem(item)
        form = QFormLayout(self)
        form.addRow(tr("Name"), self.name)
        form.addRow(tr("Topic"), self.topic)
        form.addRow(tr("Length"), self.hours)
        form.addRow(tr("Scorecard sections it trains\n(gaps there suggest it)"), self.sections)
        form.addRow(self.message)
        form.addRow(_buttons(self))
        self.resize(520, 420)

    def chosen_sections(self) -> list[str]:
        return [self.sections.item(i).text() for i in range(self.sections.count())
                if self.sections.item(i).checkState() == Qt.CheckState.Checked]

    def save(self) -> int:
        return training.create_course(self.ctx.db, self.name.text(),
                                      sections=self.chosen_sections(),
                                      topic=self.topic.currentText().strip() or None,
                                      duration_hours=Decimal(str(self.hours.value())))


class SessionDialog(_SavingDialog):
    """The courses and teams are read in the background through the window's runner (seven
    statements, which a server across a network would make a freeze)."""

    def __init__(self, ctx, parent=None, *, today: dt.date | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(tr("New training session"))
        self.course = QComboBox()
        day = (today or dt.date.today()) + dt.timedelta(days=7)
        self.start = QDateTimeEdit(QDateTime(QDate(day.year, day.month, day.day), QTime(9, 30)))
        self.start.setCalendarPopup(True)
        show_dates(self.start, time=True)
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0.5, 40)
        self.hours.setSuffix(tr(" h", "hours"))
        self.course.currentIndexChanged.connect(self._course_changed)
        self._course_changed()
        self.trainer = QLineEdit(getattr(ctx.user, "display_name", "") or "")
        self.remote = QCheckBox(tr("Remote"))
        self.location = QLineEdit()
        self.location.setPlaceholderText(tr("a room, or the meeting link"))
        self.team = QComboBox()
        self.team.addItem(tr("open to every team"), None)
        self.capacity = QSpinBox()
        self.capacity.setRange(0, 500)
        self.capacity.setValue(12)
        self.capacity.setSpecialValueText(tr("no limit"))
        form = QFormLayout(self)
        for caption, widget in ((tr("Course"), self.course), (tr("Starts"), self.start),
                                (tr("Length"), self.hours), (tr("Trainer"), self.trainer),
                                ("", self.remote), (tr("Where"), self.location),
                                (tr("For"), self.team), (tr("Seats"), self.capacity)):
            form.addRow(caption, widget)
        form.addRow(self.message)
        form.addRow(_buttons(self))
        self.resize(480, 360)
        self._load = DialogLoad(getattr(ctx, "tasks", None))
        db = ctx.db
        self.setEnabled(False)
        self._load.load(lambda: (training.list_courses(db, today=today), team_options(db)),
                        self._fill, self._failed)

    @property
    def loading(self) -> bool:
        return self._load.busy

    def _fill(self, read) -> None:
        courses, teams = read
        for c in courses:
            self.course.addItem(c.name, (c.id, c.duration_hours))
        for t in teams:
            self.team.addItem(t.name, t.id)
        self.setEnabled(True)

    def _failed(self, error) -> None:
        message = failure_message(error)
        self.setEnabled(True)
        self.message.setText(message)

    def _course_changed(self) -> None:
        data = self.course.currentData()
        if data and data[1]:
            self.hours.setValue(float(data[1]))

    def save(self) -> int:
        if self.course.currentData() is None:
            raise RepdeskError(tr("Add a course to the catalogue first."))
        start = self.start.dateTime().toPython().replace(tzinfo=dt.timezone.utc)
        return training.add_session(
            self.ctx.db, self.course.currentData()[0], start,
            start + dt.timedelta(hours=self.hours.value()), trainer=self.trainer.text() or None,
            remote=self.remote.isChecked(), location=self.location.text() or None,
            team_id=self.team.currentData(), capacity=self.capacity.value() or None)


class OutcomeDialog(_SavingDialog):
    """Attendance, completion and the assessment score of one enrolment."""

    def __init__(self, ctx, history_row, parent=None, *, today: dt.date | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.row = history_row
        self.setWindowTitle(tr("Outcome · {course}").format(course=history_row.course))
        self.attended = QCheckBox(tr("Attended"))
        self.attended.setChecked(True)
        self.completed = QCheckBox(tr("Completed on"))
        self.completed.setChecked(True)
        day = history_row.session_start.date() if history_row.session_start else \
            (today or dt.date.today())
        self.completed_on = QDateEdit(QDate(day.year, day.month, day.day))
        self.completed_on.setCalendarPopup(True)
        show_dates(self.completed_on)
        self.completed.toggled.connect(self.completed_on.setEnabled)
        self.assessment = QSpinBox()
        self.assessment.setRange(-1, 100)
        self.assessment.setValue(-1)
        self.assessment.setSpecialValueText(tr("no test"))
        self.assessment.setSuffix(" %")
        form = QFormLayout(self)
        form.addRow("", self.attended)
        form.addRow(self.completed, self.completed_on)
        form.addRow(tr("Assessment score"), self.assessment)
        form.addRow(self.message)
        form.addRow(_buttons(self))

    def save(self) -> None:
        qdate = self.completed_on.date()
        completed = dt.date(qdate.year(), qdate.month(), qdate.day()) \
            if self.completed.isChecked() else None
        score = None if self.assessment.value() < 0 else Decimal(self.assessment.value()) / 100
        training.record_outcome(self.ctx.db, self.row.enrolment_id,
                                attended=self.attended.isChecked() or completed is not None,
                                completed_on=completed, assessment_score=score)
