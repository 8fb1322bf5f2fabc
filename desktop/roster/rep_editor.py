"""The rep detail editor: add or edit one rep, with validation shown next to each field and pay
fields only for HR and admins. The dialog holds no database session: the page hands it a `save`
function (run off the GUI thread), a `load` function (the rep as saved now) and the choices for
its drop-downs.

Saving goes through desktop/conflicts.py: while the database server cannot be reached the dialog
says so, keeps the edits and saves when the server is back; when someone else saved the rep first
the user sees what changed and by whom and picks Reload, Re-apply or Cancel."""
from __future__ import annotations

import datetime as dt
from typing import Callable

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox,
                               QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QMessageBox, QVBoxLayout, QWidget)

from widgets.field_error import ERROR_STYLE, with_error_label

from desktop.i18n import tr
from desktop.conflicts import CANCEL, RELOAD, FormSave, SaveOutcome, resolve_conflict
from models import formatting
from models.db.errors import RepdeskError, ValidationError
from models.domain.enums import Employment, RepProfile, RepRole, RepStatus, WorkMode, label
from models.i18n import LANGUAGES
from models.services.reps import EditorChoices, RepRecord, check
from widgets.date_fields import show_dates

BUSY_STYLE = "color: #8a5a00; background: #fff4d6; border: 1px solid #e8c766; padding: 4px;"
BAD_FIELD = "border: 1px solid #b3261e;"


class OptionalDate(QWidget):
    """A date that may be absent: a check box turns the date edit on."""

    def __init__(self, text: str, parent=None):
        super().__init__(parent)
        self.enabled = QCheckBox(text)
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        show_dates(self.edit)
        self.edit.setDate(QDate.currentDate())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addWidget(self.edit, 1)
        self.enabled.toggled.connect(self.edit.setEnabled)
        self.edit.setEnabled(False)

    def set_value(self, value: dt.date | None) -> None:
        self.enabled.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(QDate(value.year, value.month, value.day))

    def value(self) -> dt.date | None:
        if not self.enabled.isChecked():
            return None
        d = self.edit.date()
        return dt.date(d.year(), d.month(), d.day())


def _combo(items: list[tuple[object, str]]) -> QComboBox:
    combo = QComboBox()
    for value, text in items:
        combo.addItem(text, value)
    return combo


def _select(combo: QComboBox, value) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(index if index >= 0 else 0)


class RepEditor(QDialog):
    def __init__(self, record: RepRecord, choices: EditorChoices, *,
                 save: Callable[..., RepRecord], sees_compensation: bool, parent=None,
                 onboarding: list | None = None, tick: Callable | None = None,
                 today: dt.date | None = None, load: Callable[[], RepRecord] | None = None,
                 ask=resolve_conflict, background: bool = True, reconnect_seconds: float = 30.0):
        """`save(record, fields=[…])` stores the rep (off the GUI thread) and returns it as saved;
        `load()` reads it as saved now (for Reload); `ask(parent, conflict)` answers a conflict
        with RELOAD, REAPPLY or CANCEL (the conflict dialog unless a test injects one)."""
        super().__init__(parent)
        self.tick_fn = tick
        self.record = record          # as loaded: the version a save is checked against
        self.choices = choices
        self.save_fn, self.load_fn, self.ask = save, load, ask
        self.background, self.reconnect_seconds = background, reconnect_seconds
        self.sees_compensation = sees_compensation
        self.saved_record: RepRecord | None = None
        self.replaced_record: RepRecord | None = None  # the rep just before this save (for undo)
        self.saving: FormSave | None = None
        self._reload_failed = False  # the last Reload could not read the rep
        self.setWindowTitle(tr("Edit {name}").format(name=record.full_name) if record.id
                            else tr("Add a rep"))
        self.setMinimumWidth(520)
        self.errors: dict[str, QLabel] = {}
        self.inputs: dict[str, QWidget] = {}

        self.full_name = QLineEdit(record.full_name)
        self.preferred_name = QLineEdit(record.preferred_name or "")
        self.email = QLineEdit(record.email or "")
        self.phone = QLineEdit(record.phone or "")
        self.team = _combo([(None, tr("— no team —"))] + [(c.id, c.name) for c in choices.teams])
        self.manager = QComboBox()
        self.mentor = QComboBox()
        self.role = _combo([(r.value, label(r.value)) for r in RepRole])
        self.work_mode = _combo([(m.value, label(m.value)) for m in WorkMode])
        self.employment = _combo([(e.value, label(e.value)) for e in Employment])
        self.agency = _combo([(None, tr("— none —"))] + [(c.id, c.name) for c in choices.agencies])
        self.status = _combo([(s.value, label(s.value)) for s in RepStatus])
        self.hire_date = OptionalDate(tr("known", "hire date"))
        self.end_date = OptionalDate(tr("has left"))
        self.home_base = QLineEdit(record.home_base or "")
        self.time_zone = QLineEdit(record.time_zone or "")
        # The language their review PDF is printed in, each language named in itself.
        self.language = _combo([(None, tr("Company default"))] + list(LANGUAGES.items()))
        self.language.setToolTip(tr("The language this rep's review PDF is printed in: its labels, "
                                    "dates and numbers. Comments stay as written. Company "
                                    "default: the language of whoever prints it."))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, text, widget in [
                ("full_name", tr("Full name *"), self.full_name),
                ("preferred_name", tr("Preferred name"), self.preferred_name),
                ("email", tr("Email"), self.email), ("phone", tr("Phone"), self.phone),
                ("team_id", tr("Team"), self.team), ("manager_id", tr("Manager"), self.manager),
                ("mentor_id", tr("Mentor"), self.mentor), ("role", tr("Role"), self.role),
                ("work_mode", tr("Work mode"), self.work_mode),
                ("employment", tr("Employment"), self.employment),
                ("agency_id", tr("Agency"), self.agency), ("status", tr("Status"), self.status),
                ("hire_date", tr("Hire date"), self.hire_date),
                ("end_date", tr("End date"), self.end_date),
                ("home_base", tr("Home base"), self.home_base),
                ("time_zone", tr("Time zone"), self.time_zone),
                ("language", tr("Review language"), self.language)]:
            self._row(form, key, text, widget)

        layout = QVBoxLayout(self)
        layout.addLayout(form)

        # Hiring facts: shown on the rep's page, kept with the private details.
        self.hiring_group = QGroupBox(tr("Hiring"))
        hiring = QFormLayout(self.hiring_group)
        hiring.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.referral_source = QLineEdit()
        self.referral_source.setPlaceholderText(tr("e.g. referred by a rep, job board, agency"))
        self.prior_performance_verified = QCheckBox(tr("verified"))
        self.prior_performance_note = QLineEdit()
        self.prior_performance_note.setPlaceholderText(tr("How: reference call, payslips, W-2…"))
        self.prior_performance_note.setMinimumWidth(  # the hint whole, not "…payslips, W"
            self.prior_performance_note.fontMetrics().horizontalAdvance(
                self.prior_performance_note.placeholderText()) + 16)
        prior = QWidget()
        prior_row = QHBoxLayout(prior)
        prior_row.setContentsMargins(0, 0, 0, 0)
        prior_row.addWidget(self.prior_performance_verified)
        prior_row.addWidget(self.prior_performance_note, 1)
        self.profile = _combo([(None, tr("— not set —"))] + [
            (RepProfile.BUILDER.value, tr("Builder — opens new accounts")),
            (RepProfile.PRODUCER.value, tr("Producer — grows existing accounts"))])
        self._row(hiring, "referral_source", tr("Referred by"), self.referral_source)
        self._row(hiring, "prior_performance_note", tr("Prior results"), prior)
        self._row(hiring, "profile", tr("Profile"), self.profile)
        # side by side with pay: the editor stays within a 700-pixel-high screen
        groups = QHBoxLayout()
        groups.addWidget(self.hiring_group, 1)
        layout.addLayout(groups)

        self.pay_group = None
        if sees_compensation:
            self.pay_group = QGroupBox(tr("Compensation (visible to HR and admins only)"))
            pay = QFormLayout(self.pay_group)
            self.base_salary = QLineEdit(formatting.editable_number(record.base_salary))
            self.currency = QLineEdit(record.currency or "")
            self.currency.setMaxLength(3)
            self.commission_rate = QLineEdit(
                "" if record.commission_rate is None else formatting.percent(record.commission_rate))
            self.commission_rate.setPlaceholderText(tr("e.g. 5%"))
            self._row(pay, "base_salary", tr("Base salary"), self.base_salary)
            self._row(pay, "currency", tr("Currency"), self.currency)
            self._row(pay, "commission_rate", tr("Commission rate"), self.commission_rate)
            groups.addWidget(self.pay_group, 1)
            self.setMinimumWidth(780)  # the hiring and pay groups side by side

        self.onboarding_group = None
        self.onboarding_boxes: list[QCheckBox] = []
        if onboarding:
            self.onboarding_group = QGroupBox(tr("Onboarding checklist"))
            column = QVBoxLayout(self.onboarding_group)
            for item in onboarding:
                box = QCheckBox(tr("{item} — with the {whom}, due {date}").format(
                    item=item.title, whom=item.with_whom or tr("rep", "onboarding: with the rep"),
                    date=formatting.date(item.due_date)))
                box.setChecked(item.done_date is not None)
                if item.overdue(today or dt.date.today()):
                    box.setStyleSheet(ERROR_STYLE)
                    box.setText(tr("{item}  (overdue)").format(item=box.text()))
                box.toggled.connect(lambda on, i=item, b=box: self._tick(i, b, on))
                column.addWidget(box)
                self.onboarding_boxes.append(box)
            layout.addWidget(self.onboarding_group)

        self.summary = QLabel()
        self.summary.setStyleSheet(ERROR_STYLE)
        self.summary.setWordWrap(True)
        self.summary.hide()
        layout.addWidget(self.summary)
        self.save_state = QLabel()  # "Saving…", "Reconnecting to the database…"
        self.save_state.setWordWrap(True)
        self.save_state.hide()
        layout.addWidget(self.save_state)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save |
                                   QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout.addWidget(buttons)

        self.fill(record)
        self.team.currentIndexChanged.connect(lambda _i: self._fill_people())
        self.employment.currentIndexChanged.connect(lambda _i: self._agency_state())

    def fill(self, record: RepRecord) -> None:
        """Show `record` in the inputs (when the editor opens, and on Reload)."""
        self.record = record
        for widget, value in [(self.full_name, record.full_name),
                              (self.preferred_name, record.preferred_name),
                              (self.email, record.email), (self.phone, record.phone),
                              (self.home_base, record.home_base),
                              (self.time_zone, record.time_zone),
                              (self.referral_source, record.referral_source),
                              (self.prior_performance_note, record.prior_performance_note)]:
            widget.setText(value or "")
        self.prior_performance_verified.setChecked(bool(record.prior_performance_verified))
        _select(self.profile, record.profile)
        _select(self.language, record.language)
        if self.sees_compensation:
            self.base_salary.setText(formatting.editable_number(record.base_salary))
            self.currency.setText(record.currency or "")
            self.commission_rate.setText(
                "" if record.commission_rate is None else formatting.percent(record.commission_rate))
        for combo in (self.team, self.employment, self.manager, self.mentor):
            combo.blockSignals(True)
        _select(self.team, record.team_id)
        _select(self.role, record.role)
        _select(self.work_mode, record.work_mode)
        _select(self.employment, record.employment)
        _select(self.status, record.status)
        self.manager.clear()
        self.mentor.clear()
        for combo in (self.team, self.employment, self.manager, self.mentor):
            combo.blockSignals(False)
        self.hire_date.set_value(record.hire_date)
        self.end_date.set_value(record.end_date)
        _select(self.agency, record.agency_id)
        self._fill_people()
        self._agency_state()

    def _row(self, form: QFormLayout, key: str, text: str, widget: QWidget) -> None:
        box, error = with_error_label(widget)
        form.addRow(text, box)
        self.errors[key] = error
        self.inputs[key] = widget

    def _fill_people(self) -> None:
        """Managers and mentors from the chosen team (mentors: senior reps), plus current ones."""
        team_id = self.team.currentData()
        manager_id = self.manager.currentData() if self.manager.count() else self.record.manager_id
        mentor_id = self.mentor.currentData() if self.mentor.count() else self.record.mentor_id
        people = [c for c in self.choices.people if c.id != self.record.id or self.record.id is None]
        same_team = [c for c in people if team_id is None or c.team_id == team_id]
        for combo, pool, current in [
                (self.manager, same_team, manager_id),
                (self.mentor, [c for c in same_team if c.senior], mentor_id)]:
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(tr("— none —"), None)
            ids = set()
            for c in pool:
                combo.addItem(c.name, c.id)
                ids.add(c.id)
            if current is not None and current not in ids:
                named = next((c.name for c in self.choices.people if c.id == current), f"#{current}")
                combo.addItem(named, current)
            _select(combo, current)
            combo.blockSignals(False)

    def _tick(self, item, box: QCheckBox, on: bool) -> None:
        """Checklist items are saved at once (they are not part of the rep's record)."""
        if self.tick_fn is None:
            return
        try:
            self.tick_fn(item, on)
        except RepdeskError as error:
            box.blockSignals(True)
            box.setChecked(not on)
            box.blockSignals(False)
            QMessageBox.warning(self, tr("Not saved"), str(error))

    def _agency_state(self) -> None:
        is_agency = self.employment.currentData() == Employment.AGENCY.value
        self.agency.setEnabled(is_agency)
        if not is_agency:
            _select(self.agency, None)

    # -- values and saving ---------------------------------------------------------------------
    def values(self) -> tuple[RepRecord, dict[str, str]]:
        """The record as edited, and problems found while reading the inputs (bad numbers)."""
        problems: dict[str, str] = {}
        values = dict(
            full_name=self.full_name.text(), preferred_name=self.preferred_name.text(),
            email=self.email.text().strip(), phone=self.phone.text(),
            team_id=self.team.currentData(), manager_id=self.manager.currentData(),
            mentor_id=self.mentor.currentData(), role=self.role.currentData(),
            work_mode=self.work_mode.currentData(), employment=self.employment.currentData(),
            agency_id=self.agency.currentData(), status=self.status.currentData(),
            hire_date=self.hire_date.value(), end_date=self.end_date.value(),
            home_base=self.home_base.text(), time_zone=self.time_zone.text(),
            referral_source=self.referral_source.text(),
            prior_performance_verified=self.prior_performance_verified.isChecked(),
            prior_performance_note=self.prior_performance_note.text(),
            profile=self.profile.currentData(), language=self.language.currentData())
        if self.sees_compensation:
            for key, widget, parse in [("base_salary", self.base_salary, formatting.parse_number),
                                       ("commission_rate", self.commission_rate,
                                        formatting.parse_percent)]:
                try:
                    values[key] = parse(widget.text())
                except ValueError as error:
                    problems[key] = str(error)
            values["currency"] = self.currency.text().strip().upper() or None
        return self.record.with_values(**values), problems

    def show_problems(self, problems: dict[str, str]) -> None:
        for key, error in self.errors.items():
            text = problems.get(key)
            error.setText(text or "")
            error.setVisible(bool(text))
            widget = self.inputs[key]
            if isinstance(widget, QLineEdit):
                widget.setStyleSheet(BAD_FIELD if text else "")
        others = [f"{k}: {v}" for k, v in problems.items() if k not in self.errors]
        self.summary.setText(tr("Please correct the marked fields.") +
                             ("\n" + "\n".join(others) if others else "") if problems else "")
        self.summary.setVisible(bool(problems))

    def changed_fields(self, record: RepRecord) -> list[str]:
        """The fields the user changed since the rep was loaded (or reloaded)."""
        names = RepRecord.REP_FIELDS + (RepRecord.PAY_FIELDS if self.sees_compensation else ())

        def plain(value):  # an empty box is no value, as the service stores it
            return (value.strip() or None) if isinstance(value, str) else value
        return [n for n in names if plain(getattr(record, n)) != plain(getattr(self.record, n))]

    def accept(self) -> None:
        if self.saving is not None:
            return  # a save is under way
        record, problems = self.values()
        if problems:
            self.show_problems(problems)
            return
        try:
            check(record)
        except ValidationError as error:
            self.show_problems(error.problems)
            return
        self.show_problems({})
        fields = self.changed_fields(record) if record.id is not None else None
        if fields == []:
            self.saved_record = self.replaced_record = self.record
            super().accept()  # nothing changed: nothing to save
            return
        self._set_busy(True, tr("Saving…"))
        self.saving = FormSave(self, lambda version: self.save_fn(
            record.with_values(version=version), fields=fields), record.version,
            reload=lambda _error: self.reload_from_database(), ask=self.ask,
            background=self.background, reconnect_seconds=self.reconnect_seconds)
        self.saving.reconnecting.connect(lambda text: self._set_busy(True, text))
        self.saving.finished.connect(lambda outcome: self._saved(outcome, fields))
        self.saving.start()

    def _saved(self, outcome: SaveOutcome, fields: list[str] | None) -> None:
        self.saving = None
        self._set_busy(False)
        if outcome.saved:
            self.saved_record = saved = outcome.result
            self.replaced_record = None if fields is None else saved.with_values(
                **{n: getattr(self.record, n) for n in fields})
            super().accept()
        elif isinstance(outcome.error, ValidationError):
            self.show_problems(outcome.error.problems)
        elif outcome.error is not None:
            self._set_state(tr("Not saved: {problem}").format(problem=outcome.message)
                            if not outcome.message.startswith(("Not saved", tr("Not saved")))
                            else outcome.message, ERROR_STYLE)
        elif outcome.choice == RELOAD and not self._reload_failed:
            self._set_state(tr("Reloaded: the fields show the rep as saved now. Make your change "
                               "again if it is still needed."), "")
        elif outcome.choice == CANCEL:
            self._set_state(tr("Not saved: someone else changed this rep. Your edits are still "
                               "here; saving again checks them against the current version."), "")

    def wait_saved(self, msecs: int = 60_000) -> None:
        """Process events until a save under way has ended (tests and scripts)."""
        if self.saving is not None:
            self.saving.wait(msecs)

    def reload_from_database(self) -> None:
        if self.load_fn is None:
            return
        from sqlalchemy.exc import DBAPIError
        self._reload_failed = False
        try:
            self.fill(self.load_fn())
        except (RepdeskError, DBAPIError) as error:  # deleted meanwhile, or the server is away
            self._reload_failed = True
            from models.db.retry import plain_message
            self._set_state(tr("Could not reload; your edits are kept. {problem}").format(
                problem=plain_message(error)), ERROR_STYLE)

    def reject(self) -> None:
        if self.saving is not None:
            self.saving.cancel()  # stop waiting for the server; the edits stay
            self._set_state(tr("Stopping the save…"), BUSY_STYLE)
            return
        super().reject()

    # -- the save's state ----------------------------------------------------------------------
    def _set_state(self, text: str, style: str) -> None:
        self.save_state.setText(text)
        self.save_state.setStyleSheet(style)
        self.save_state.setVisible(bool(text))

    def _set_busy(self, busy: bool, text: str = "") -> None:
        """While saving, the inputs are locked and Save is disabled; Cancel stays (it stops the
        save). Text boxes turn read-only rather than grey, so the kept edits stay legible."""
        for widget in self.inputs.values():
            if isinstance(widget, QLineEdit):
                widget.setReadOnly(busy)
            else:
                widget.setEnabled(not busy)
        if not busy:
            self._agency_state()
        for group in (self.pay_group, self.onboarding_group):
            if group is not None:
                group.setEnabled(not busy)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(not busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            tr("Stop saving") if busy else tr("Cancel"))
        if busy:
            self._set_state(text, BUSY_STYLE)
        elif self.save_state.styleSheet() == BUSY_STYLE:
            self._set_state("", "")
