"""A form for one record of the set-up services: fields described as data, inputs built from
them, a problem shown under each field, and the record read back with `dataclasses.replace`.

    FIELDS = [Field("name", "Name *"), Field("currency", "Currency", "text", width=4),
              Field("notice_days", "Notice (days)", "int"), Field("team_id", "Team", "choice")]
    form = RecordForm(FIELDS, choices={"team_id": [(None, "— none —"), (3, "Manila")]})
    form.set_record(record);  record, problems = form.record()
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDateTimeEdit, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QWidget)

from desktop.i18n import tr
from widgets.field_error import ERROR_STYLE, with_error_label  # noqa: F401 - editors import it here
from widgets.date_fields import show_dates

BAD_FIELD = "border: 1px solid #b3261e;"


@dataclass(frozen=True)
class Field:
    key: str
    label: str              # label and hint are given translated: tr("Name *")
    kind: str = "text"      # text | multiline | int | decimal | date | datetime | bool | choice
    #                         | weekdays (a tuple of weekday numbers, Monday 0) | password
    hint: str = ""          # placeholder or the check box's text
    optional: bool = True   # dates and numbers: may be empty
    minimum: int = 0
    maximum: int = 1_000_000


class OptionalDate(QWidget):
    """A date (or date and time) that may be absent: a check box turns the editor on."""

    def __init__(self, with_time: bool = False, parent=None):
        super().__init__(parent)
        self.with_time = with_time
        self.enabled = QCheckBox()
        self.edit = QDateTimeEdit() if with_time else QDateEdit()
        self.edit.setCalendarPopup(True)
        show_dates(self.edit, time=with_time)
        self.edit.setDateTime(QDateTime.currentDateTime()) if with_time else \
            self.edit.setDate(QDate.currentDate())
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.enabled)
        row.addWidget(self.edit, 1)
        self.enabled.toggled.connect(self.edit.setEnabled)
        self.edit.setEnabled(False)

    def set_value(self, value) -> None:
        self.enabled.setChecked(value is not None)
        if value is None:
            return
        if self.with_time:
            local = value.astimezone() if value.tzinfo else value
            self.edit.setDateTime(QDateTime(QDate(local.year, local.month, local.day),
                                            QTime(local.hour, local.minute)))
        else:
            self.edit.setDate(QDate(value.year, value.month, value.day))

    def value(self):
        if not self.enabled.isChecked():
            return None
        if self.with_time:
            q = self.edit.dateTime()
            d, t = q.date(), q.time()
            return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute()).astimezone()
        d = self.edit.date()
        return dt.date(d.year(), d.month(), d.day())


class Weekdays(QWidget):
    """Seven check boxes, Monday first: the value is the tuple of the days ticked (Monday 0)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.boxes = [QCheckBox(name) for name in (tr("Mon"), tr("Tue"), tr("Wed"), tr("Thu"),
                                                   tr("Fri"), tr("Sat"), tr("Sun"))]
        for box in self.boxes:
            row.addWidget(box)
        row.addStretch(1)

    def set_value(self, days) -> None:
        for day, box in enumerate(self.boxes):
            box.setChecked(day in set(days or ()))

    def value(self) -> tuple[int, ...]:
        return tuple(day for day, box in enumerate(self.boxes) if box.isChecked())


def select_data(combo: QComboBox, value) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(index if index >= 0 else 0)


class RecordForm(QWidget):
    def __init__(self, fields: list[Field], *, choices: dict | None = None, parent=None):
        super().__init__(parent)
        self.fields = fields
        self.inputs: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.base = None
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field in fields:
            widget = self._input(field)
            box, error = with_error_label(widget)
            self.form.addRow(field.label, box)
            self.inputs[field.key], self.errors[field.key] = widget, error
        for key, items in (choices or {}).items():
            self.set_choices(key, items)

    def _input(self, field: Field) -> QWidget:
        if field.kind == "multiline":
            widget = QPlainTextEdit()
            widget.setFixedHeight(70)
            widget.setPlaceholderText(field.hint)
        elif field.kind == "int" and not field.optional:
            widget = QSpinBox()
            widget.setRange(field.minimum, field.maximum)
        elif field.kind in ("date", "datetime"):
            widget = OptionalDate(with_time=field.kind == "datetime")
        elif field.kind == "weekdays":
            widget = Weekdays()
        elif field.kind == "bool":
            widget = QCheckBox(field.hint)
        elif field.kind == "choice":
            widget = QComboBox()
            widget.setMinimumContentsLength(18)
        else:
            widget = QLineEdit()
            widget.setPlaceholderText(field.hint)
            if field.kind == "password":
                widget.setEchoMode(QLineEdit.EchoMode.Password)
        widget.setObjectName(field.key)
        return widget

    def set_choices(self, key: str, items: list[tuple[object, str]]) -> None:
        combo: QComboBox = self.inputs[key]
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for value, text in items:
            combo.addItem(text, value)
        select_data(combo, current)
        combo.blockSignals(False)

    # -- record in, record out -----------------------------------------------------------------
    def set_record(self, record) -> None:
        self.base = record
        for field in self.fields:
            widget, value = self.inputs[field.key], getattr(record, field.key)
            if field.kind == "multiline":
                widget.setPlainText(value or "")
            elif field.kind == "int" and not field.optional:
                widget.setValue(int(value or 0))
            elif field.kind in ("date", "datetime", "weekdays"):
                widget.set_value(value)
            elif field.kind == "bool":
                widget.setChecked(bool(value))
            elif field.kind == "choice":
                select_data(widget, value)
            else:
                widget.setText("" if value is None else str(value))
        self.show_problems({})

    def record(self):
        """(the record as edited, problems found reading the inputs: numbers that are not)."""
        values, problems = {}, {}
        for field in self.fields:
            widget = self.inputs[field.key]
            if field.kind == "multiline":
                values[field.key] = widget.toPlainText()
            elif field.kind == "int" and not field.optional:
                values[field.key] = widget.value()
            elif field.kind in ("date", "datetime", "weekdays"):
                values[field.key] = widget.value()
            elif field.kind == "bool":
                values[field.key] = widget.isChecked()
            elif field.kind == "choice":
                values[field.key] = widget.currentData()
            elif field.kind in ("int", "decimal"):
                text = widget.text().strip().replace(",", "").replace("\u00a0", "")
                try:
                    number = Decimal(text) if text else None
                    if number is not None and not number.is_finite():
                        raise InvalidOperation
                    if field.kind == "int" and number is not None:
                        if number != number.to_integral_value():
                            raise InvalidOperation
                        number = int(number)
                    values[field.key] = number
                except InvalidOperation:
                    problems[field.key] = (tr("“{text}” is not a whole number.") if
                                           field.kind == "int" else
                                           tr("“{text}” is not a number.")).format(
                                               text=widget.text())
            else:
                values[field.key] = widget.text()
        return replace(self.base, **values), problems

    def show_problems(self, problems: dict[str, str]) -> list[str]:
        """Show each problem under its field; returns those of fields this form has not."""
        for key, label in self.errors.items():
            text = problems.get(key)
            label.setText(text or "")
            label.setVisible(bool(text))
            widget = self.inputs[key]
            if isinstance(widget, QLineEdit):
                widget.setStyleSheet(BAD_FIELD if text else "")
        return [f"{v}" for k, v in problems.items() if k not in self.errors]

    def focus_first(self) -> None:
        if self.fields:
            self.inputs[self.fields[0].key].setFocus(Qt.FocusReason.OtherFocusReason)
