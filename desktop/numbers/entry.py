"""Entering numbers: reps × metrics for a day, or one rep × days for a week, saved in one go."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (QComboBox, QDateEdit, QHBoxLayout, QLabel, QMessageBox,
                               QPushButton, QVBoxLayout, QWidget)

from desktop.i18n import tr
from desktop.tasks import LatestLoad
from models import formatting
from models.db.errors import RepdeskError
from models.db.retry import plain_message
from models.i18n import ngettext
from models.domain.activity_goals import last_working_day, week_start
from models.services import activity as svc
from widgets.entry_grid import EntryGridModel, EntryGridView
from widgets.date_fields import show_dates


class EntryTab(QWidget):
    saved = Signal(int)

    def __init__(self, ctx, team_id_fn, today_fn=dt.date.today, parent=None):
        super().__init__(parent)
        self.ctx, self.team_id_fn, self.today_fn = ctx, team_id_fn, today_fn
        self._stale = False   # a reload waits for the tab to be shown
        self.mode = QComboBox()
        self.mode.addItem(tr("Day: every rep"), "day")
        self.mode.addItem(tr("Week: one rep"), "week")
        self._reps = LatestLoad(ctx.tasks)
        self._grid = LatestLoad(ctx.tasks)
        self._working_days_known = False
        today = today_fn()   # until the company's working week is read: set_working_days()
        self.date = QDateEdit(QDate(today.year, today.month, today.day))
        self.date.setCalendarPopup(True)
        show_dates(self.date, weekday=True)
        self.rep = QComboBox()
        self.rep.setMinimumWidth(220)
        self.rep.hide()   # the day's grid (the default) is every rep: shown for a week of one
        self.save_button = QPushButton(tr("Save"))
        self.save_button.setEnabled(False)
        self.undo_button = QPushButton(tr("Undo"))
        self.redo_button = QPushButton(tr("Redo"))
        self.status = QLabel()
        bar = QHBoxLayout()
        for w in (self.mode, self.date, self.rep):
            bar.addWidget(w)
        bar.addStretch(1)
        for w in (self.undo_button, self.redo_button, self.save_button):
            bar.addWidget(w)
        self.model = EntryGridModel(self)
        self.view = EntryGridView()
        # a column's width from its first rows (counts as wide as each other), not from every
        # rep's cell: with 200 reps fitting the columns took 50 ms of the GUI thread
        self.view.horizontalHeader().setResizeContentsPrecision(30)
        self.view.setModel(self.model)
        hint = QLabel(tr("Type a number to fill a cell; Tab moves right, Enter moves down; "
                         "paste a block copied from a spreadsheet with Ctrl+V; Ctrl+Z undoes. "
                         "Red: below the day's goal, green: goal met."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(hint)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)

        self.undo_button.clicked.connect(self.model.undo_stack.undo)
        self.redo_button.clicked.connect(self.model.undo_stack.redo)
        self.save_button.clicked.connect(self.save)
        self.model.edits_changed.connect(self._edits_changed)
        self.model.rejected.connect(lambda message: self.status.setText("⚠ " + message))
        self.mode.currentIndexChanged.connect(lambda _i: self.reload())
        self.date.dateChanged.connect(lambda _d: self.reload())
        self.rep.currentIndexChanged.connect(lambda _i: self.reload())
        self._keys: dict = {}

    def set_working_days(self, weekdays) -> None:
        """Open on the company's last working day: on a Sunday the numbers to enter are Friday's
        (Saturday's where Saturday is a working day). Only once: later the user's date stays."""
        if self._working_days_known:
            return
        self._working_days_known = True
        day = last_working_day(self.today_fn(), weekdays=weekdays)
        self.date.blockSignals(True)
        self.date.setDate(QDate(day.year, day.month, day.day))
        self.date.blockSignals(False)

    def fill_reps(self) -> None:
        """Read the team's reps in the background, list them, then load the grid."""
        db, team_id = self.ctx.db, self.team_id_fn()
        self._reps.load(lambda: svc.list_reps(db, team_id), self._show_reps, self._failed)

    def _show_reps(self, reps) -> None:
        self.rep.blockSignals(True)
        current = self.rep.currentData()
        self.rep.clear()
        for r in reps:
            self.rep.addItem(r.name, r.id)
        index = self.rep.findData(current)
        self.rep.setCurrentIndex(max(index, 0))
        self.rep.blockSignals(False)
        self.reload()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale:   # a reload waited for the tab to be shown
            self.reload()

    def _edits_changed(self, count: int) -> None:
        self.save_button.setEnabled(count > 0)
        self.save_button.setText(ngettext("Save {n} change", "Save {n} changes", count).format(
            n=formatting.number(count)) if count else tr("Save"))

    @property
    def busy(self) -> bool:
        return self._reps.busy or self._grid.busy

    def reload(self) -> None:
        """Read the grid's numbers, goals and days off in the background, then show them; when
        the tab is not the one shown, once it is (showEvent): filling 200 reps' rows took
        20–50 ms of the GUI thread on every opening and refresh of the page."""
        if not self.isVisibleTo(self.window()):
            self._stale = True
            return
        self._stale = False
        day = self.date.date().toPython()
        week = self.mode.currentData() == "week"
        self.rep.setVisible(week)
        db, team_id = self.ctx.db, self.team_id_fn()
        if week:
            rep_id = self.rep.currentData()
            if rep_id is None:
                self._grid.load(lambda: None, lambda _none: self.model.load([], [], {}))
                return
            days = [week_start(day) + dt.timedelta(days=i) for i in range(7)]
            self._grid.load(lambda: svc.grid_data(db, days, team_id=team_id, rep_ids=[rep_id]),
                            lambda data: self._show_grid(data, day, days, rep_id), self._failed)
        else:
            self._grid.load(lambda: svc.grid_data(db, [day], team_id=team_id),
                            lambda data: self._show_grid(data, day, None, None), self._failed)

    def _failed(self, error) -> None:
        """A read that failed (the server away): said where the counts go; the next change or
        reconnect reads again."""
        self.status.setText(tr("Could not load: {reason}").format(reason=plain_message(error)))

    def _show_grid(self, data, day: dt.date, days: list[dt.date] | None, rep_id) -> None:
        if days is not None:   # a week of one rep
            rows = [(m.id, m.name) for m in data.metrics]
            cols = [(d, formatting.day_month(d, weekday=True)) for d in days]
            self._keys = {(m, d): (rep_id, m, d) for m, _ in rows for d, _ in cols}
            off = {d for d in days if d.weekday() not in data.weekdays or d in data.holidays}
        else:
            rows = [(r.id, r.name) for r in data.reps]
            cols = [(m.id, m.name) for m in data.metrics]
            self._keys = {(r, m): (r, m, day) for r, _ in rows for m, _ in cols}
            off = set()
        values = {gk: data.values[k] for gk, k in self._keys.items() if k in data.values}
        goals = {gk: float(data.goals[k]) for gk, k in self._keys.items() if k in data.goals}
        self.model.load(rows, cols, values, goals, off)
        self.view.resizeColumnsToContents()
        entered = len(values)
        self.status.setText(ngettext("{n} cell already entered.", "{n} cells already entered.", entered).format(
            n=formatting.number(entered)) if entered else
                            tr("Nothing entered yet for this selection."))

    def save(self) -> int:
        edits = [svc.CellEdit(*self._keys[k], v, expected=self.model.loaded.get(k))
                 for k, v in self.model.edits().items()]
        try:
            count = svc.save_values(self.ctx.db, edits)
        except RepdeskError as error:
            QMessageBox.warning(self, tr("Not saved"), str(error))
            return 0
        self.model.mark_saved()
        self.status.setText(ngettext("Saved {n} cell.", "Saved {n} cells.", count).format(
            n=formatting.number(count)))
        self.ctx.changed.emit("activity")
        self.saved.emit(count)
        return count
