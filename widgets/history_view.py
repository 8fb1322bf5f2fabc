"""The change history of one record: when, who, what, old -> new, with filters.

Fed plain event records (any objects with `audit_id`, `at`, `user`, `action`, `changes` — each
change with `field`, `old`, `new` — and `restorable`); it never reads the database. Filters are
announced with `filters_changed(user or '', since, until)`; an admin's restore with
`restore_requested(event)`.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QHBoxLayout, QHeaderView,
                               QLabel, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
                               QWidget)

from models import formatting
from models.i18n import ngettext
from widgets.i18n import tr
from widgets.date_fields import show_dates

# Shown with tr(): action_label() below.
ACTIONS = {"insert": QT_TRANSLATE_NOOP("QCoreApplication", "Created"),
           "update": QT_TRANSLATE_NOOP("QCoreApplication", "Changed"),
           "delete": QT_TRANSLATE_NOOP("QCoreApplication", "Deleted"),
           "bulk_update": QT_TRANSLATE_NOOP("QCoreApplication", "Changed (batch)"),
           "bulk_insert": QT_TRANSLATE_NOOP("QCoreApplication", "Imported")}
EMPTY = "—"


def field_label(name: str) -> str:
    return name.replace("_id", "").replace("_", " ").capitalize()


NOT_RECORDED = QT_TRANSLATE_NOOP("QCoreApplication", "(not recorded)")


def action_label(action: str) -> str:
    """What an audit action is called on screen ('update' -> 'Changed'), in the window's language."""
    return tr(ACTIONS[action]) if action in ACTIONS else action


def before(change) -> str:
    if not getattr(change, "old_known", True):
        return tr(NOT_RECORDED)
    return show(change.old, getattr(change, "old_label", None))


def after(change) -> str:
    return show(change.new, getattr(change, "new_label", None))


def show(value, label: str | None = None) -> str:
    """A recorded value as a person reads it: the name an id stands for, a timestamp to the
    minute in local time (no microseconds, no '+00:00'), grouped numbers."""
    if label:
        return label
    if value is None or value == "":
        return EMPTY
    if isinstance(value, bool):
        return tr("yes") if value else tr("no")
    if isinstance(value, (int, float, Decimal)):
        return formatting.number(value, 0 if float(value).is_integer() else 2)
    text = str(value)
    moment = _timestamp(text)
    if moment is not None:
        return moment
    return text.replace("_", " ") if text.islower() and " " not in text and "_" in text else text


def _timestamp(text: str) -> str | None:
    """An ISO date or date-time as stored in the audit trail, or None when the text is not one."""
    if not (10 <= len(text) <= 35 and text[:4].isdigit() and text[4:5] == "-"):
        return None
    try:
        if len(text) == 10:
            return formatting.date(dt.date.fromisoformat(text))
        moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    return formatting.date_time(moment)


class HistoryView(QWidget):
    filters_changed = Signal(str, object, object)   # user ('' = everyone), since, until (date|None)
    restore_requested = Signal(object)              # the event whose old values to put back

    def __init__(self, parent: QWidget | None = None, *, can_restore: bool = False,
                 tz: dt.tzinfo | None = None):
        super().__init__(parent)
        self.can_restore = can_restore
        self.tz = tz
        self._events: list = []

        self.user_filter = QComboBox()
        self.user_filter.addItem(tr("Everyone"), "")
        self.user_filter.setMinimumContentsLength(12)
        self.since = QDateEdit()
        self.until = QDateEdit()
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            show_dates(edit)
            edit.setSpecialValueText(" ")
            edit.setMinimumDate(QDate(2000, 1, 1))
            edit.setDate(edit.minimumDate())  # the special (empty) value: no limit
        self.clear_button = QPushButton(tr("Clear filters"))
        self.count_label = QLabel()
        self.count_label.setStyleSheet("color: palette(mid);")

        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("By", "changed by")))
        bar.addWidget(self.user_filter)
        bar.addSpacing(12)
        bar.addWidget(QLabel(tr("From", "date range")))
        bar.addWidget(self.since)
        bar.addWidget(QLabel(tr("to", "date range")))
        bar.addWidget(self.until)
        bar.addWidget(self.clear_button)
        bar.addStretch(1)
        bar.addWidget(self.count_label)

        self.tree = QTreeWidget()
        self.tree.setColumnCount(5)
        self.tree.setHeaderLabels([tr("When"), tr("Who"), tr("Field"), tr("Before"), tr("After")])
        self.tree.setRootIsDecorated(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.tree.setColumnWidth(0, 170)
        self.tree.setColumnWidth(1, 120)
        self.tree.setColumnWidth(2, 150)
        self.tree.setColumnWidth(3, 200)

        self.restore_button = QPushButton(tr("Restore these values"))
        self.restore_button.setToolTip(tr("Put the 'Before' values of the selected change back "
                                          "(recorded as a new change)"))
        self.restore_button.setVisible(can_restore)
        self.restore_button.setEnabled(False)
        self.empty_label = QLabel(tr("No changes recorded for this record yet."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: palette(mid); padding: 24px;")
        self.empty_label.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty_label)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.restore_button)
        layout.addLayout(bottom)

        self.user_filter.currentIndexChanged.connect(self._emit_filters)
        self.since.dateChanged.connect(self._emit_filters)
        self.until.dateChanged.connect(self._emit_filters)
        self.clear_button.clicked.connect(self.clear_filters)
        self.tree.currentItemChanged.connect(self._selection_changed)
        self.restore_button.clicked.connect(self._restore)

    # -- data -------------------------------------------------------------------------------
    def set_users(self, users: list[str]) -> None:
        current = self.user_filter.currentData()
        self.user_filter.blockSignals(True)
        self.user_filter.clear()
        self.user_filter.addItem(tr("Everyone"), "")
        for user in users:
            self.user_filter.addItem(user, user)
        index = self.user_filter.findData(current)
        self.user_filter.setCurrentIndex(max(index, 0))
        self.user_filter.blockSignals(False)

    def set_events(self, events: list) -> None:
        """Newest first on screen; each event a row, its field changes as children."""
        self._events = list(events)
        self.tree.clear()
        for event in reversed(self._events):
            when = self._stamp(event.at)
            action = action_label(event.action)
            changes = list(event.changes)
            if len(changes) == 1 and event.action in ("update", "bulk_update"):
                c = changes[0]
                top = QTreeWidgetItem([when, event.user, field_label(c.field), before(c), after(c)])
            else:
                top = QTreeWidgetItem([when, event.user, action, "", ""])
                for c in changes:
                    QTreeWidgetItem(top, ["", "", field_label(c.field), before(c), after(c)])
            top.setToolTip(0, tr("{action} — audit entry {id}").format(action=action,
                                                                       id=event.audit_id))
            if event.action == "delete":
                for col in range(5):
                    top.setForeground(col, QColor(170, 40, 40))
            elif event.action in ("update", "bulk_update") and len(changes) == 1:
                top.setToolTip(2, action)
            top.setData(0, Qt.ItemDataRole.UserRole, event)
            self.tree.addTopLevelItem(top)
            if event.action in ("update", "bulk_update") and len(changes) <= 4:
                top.setExpanded(True)
        # Fields of a record's parts are long ("Results against quota · rating"): fit, within reason.
        fit = self.tree.sizeHintForColumn(2) + 24
        self.tree.setColumnWidth(2, max(150, min(fit, 320)))
        n = len(self._events)
        self.count_label.setText(ngettext("{n} change", "{n} changes", n).format(
            n=formatting.number(n)))
        self.empty_label.setVisible(n == 0)
        self.tree.setVisible(n > 0)
        self.restore_button.setEnabled(False)

    def _stamp(self, at) -> str:
        if at is None:
            return ""
        if isinstance(at, dt.datetime):
            if at.tzinfo is None:
                at = at.replace(tzinfo=dt.timezone.utc)
            return formatting.date_time(at.astimezone(self.tz).replace(tzinfo=None))
        return str(at)

    # -- filters ----------------------------------------------------------------------------
    def filters(self) -> tuple[str, dt.date | None, dt.date | None]:
        def value(edit: QDateEdit):
            return None if edit.date() == edit.minimumDate() else edit.date().toPython()
        return self.user_filter.currentData() or "", value(self.since), value(self.until)

    def clear_filters(self) -> None:
        for w in (self.user_filter, self.since, self.until):
            w.blockSignals(True)
        self.user_filter.setCurrentIndex(0)
        self.since.setDate(self.since.minimumDate())
        self.until.setDate(self.until.minimumDate())
        for w in (self.user_filter, self.since, self.until):
            w.blockSignals(False)
        self._emit_filters()

    def _emit_filters(self, *_args) -> None:
        self.filters_changed.emit(*self.filters())

    # -- restore ----------------------------------------------------------------------------
    def selected_event(self):
        item = self.tree.currentItem()
        while item is not None and item.parent() is not None:
            item = item.parent()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def _selection_changed(self, *_args) -> None:
        event = self.selected_event()
        ok = bool(self.can_restore and event is not None and event.restorable)
        self.restore_button.setEnabled(ok)
        if event is not None and event.action == "delete":
            self.restore_button.setText(tr("Restore the deleted record"))
        else:
            self.restore_button.setText(tr("Restore these values"))

    def _restore(self) -> None:
        event = self.selected_event()
        if event is not None:
            self.restore_requested.emit(event)
