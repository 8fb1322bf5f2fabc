"""A list of one kind of set-up record with New, Edit, Delete, History (Ctrl+H) and Undo/Redo.

A kind is described as data (`RecordKind`): its list, its form fields and the choices they
offer, and the service calls that save and delete. Every read and write runs on the task
runner; undo and redo are saves too (version-checked and audited, so they show in the history
like any change), and a deleted record comes back through the audit trail (admins).
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QHBoxLayout, QHeaderView, QLabel,
                               QMessageBox, QPushButton, QTableWidget, QTableWidgetItem,
                               QToolButton, QVBoxLayout)

from desktop.i18n import tr
from desktop.setup.editor import RecordDialog, plain_error, warn
from desktop.setup.form import Field, RecordForm
from models import formatting as fmt


@dataclass
class RecordKind:
    table: str                                    # the audit trail's name for it ('teams')
    # The texts below are given translated (the kinds are built when their dialog opens):
    title: str                                    # tr('Teams')
    noun: str                                     # tr('team')
    columns: list[tuple[str, Callable[[Any], str]]]
    fields: list[Field]
    list_fn: Callable                             # (db) -> [record]
    new_record: Callable[[], Any]
    save: Callable                                # (db, user, record) -> record
    delete: Callable | None = None                # (db, user, id, version) -> None
    choices: Callable | None = None               # (db) -> {field key: [(value, text)]}
    name: Callable[[Any], str] = field(default=lambda r: getattr(r, "name", "") or "")
    intro: str = ""
    delete_word: str = ""                         # '': tr("Delete")
    plural: str = ""                              # '' : the noun and an s (English only: kinds
                                                  # give tr('teams'))
    get: Callable | None = None                   # (db, id) -> record as saved now; default:
                                                  # found in list_fn

    def current(self, db, record_id):
        """The record as saved now (undo and redo save on top of it); RepdeskError when it is
        gone (someone deleted it meanwhile)."""
        from models.db.errors import RepdeskError
        found = self.get(db, record_id) if self.get is not None else next(
            (r for r in self.list_fn(db) if r.id == record_id), None)
        if found is None:
            raise RepdeskError(tr("This {thing} no longer exists: someone deleted it.").format(
                thing=self.noun))
        return found
    actions: list = field(default_factory=list)   # (button text, fn(dialog, record)) for the selected

    @property
    def delete_text(self) -> str:
        return self.delete_word or tr("Delete")
    form: Callable | None = None                  # (choices) -> RecordForm, for a form of its own
    rebase: Callable = field(default=lambda target, current: replace(target,
                                                                     version=current.version))
    undelete: Callable | None = None              # (db, user, id): undo of delete; default:
                                                  # the audit trail's restore (admins)


class SetupDialog(QDialog):
    changed = Signal()

    def __init__(self, ctx, kind: RecordKind, parent=None):
        super().__init__(parent)
        self.ctx, self.kind = ctx, kind
        self.records: list = []
        self.choices: dict = {}
        self.loading = False
        self.setWindowTitle(tr("Company — {editor}").format(editor=kind.title))
        self.resize(860, 520)
        self.undo_stack = QUndoStack(self)

        self.summary = QLabel(tr("Loading…"))
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, len(kind.columns))
        self.table.setHorizontalHeaderLabels([c for c, _ in kind.columns])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.itemSelectionChanged.connect(self._selection_changed)

        self.new_button = QPushButton(tr("New {thing}…").format(thing=kind.noun))
        self.edit_button = QPushButton(tr("Edit…"))
        self.delete_button = QPushButton(tr("{action}…").format(action=kind.delete_text))
        self.history_button = QPushButton(tr("History…"))
        self.history_button.setToolTip(tr("Every change of the selected record (Ctrl+H)"))
        self.undo_button, self.redo_button = QToolButton(), QToolButton()
        undo = self.undo_stack.createUndoAction(self, tr("Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, tr("Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.addAction(undo)
        self.addAction(redo)
        self.undo_button.setDefaultAction(undo)
        self.redo_button.setDefaultAction(redo)
        self.undo_action, self.redo_action = undo, redo
        QShortcut(QKeySequence("Ctrl+H"), self, activated=self.show_history)

        self.new_button.clicked.connect(lambda: self.add())
        self.edit_button.clicked.connect(lambda: self.edit_selected())
        self.delete_button.clicked.connect(lambda: self.delete_selected())
        self.history_button.clicked.connect(self.show_history)
        self.delete_button.setVisible(kind.delete is not None)

        self.action_buttons = []
        for text, act in kind.actions:
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, a=act: self.selected() is not None
                                   and a(self, self.selected()))
            self.action_buttons.append(button)
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.summary, 1)
        for button in self.action_buttons:
            self.buttons.addWidget(button)
        for widget in (self.undo_button, self.redo_button, self.history_button,
                       self.delete_button, self.edit_button, self.new_button):
            self.buttons.addWidget(widget)
        layout = QVBoxLayout(self)
        if kind.intro:
            intro = QLabel(kind.intro)
            intro.setWordWrap(True)
            layout.addWidget(intro)
        self.filters = QHBoxLayout()   # kinds with filters put them here (see DealsDialog)
        layout.addLayout(self.filters)
        layout.addLayout(self.buttons)
        layout.addWidget(self.table, 1)
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        self._selection_changed()
        self.reload()

    # -- loading -------------------------------------------------------------------------------
    def reload(self) -> None:
        self.loading = True
        kind, db = self.kind, self.ctx.db

        def load(progress=None):
            return kind.list_fn(db), (kind.choices(db) if kind.choices else {})
        self.run_load(load)

    def run_load(self, load) -> None:
        """Run a load; one that ends after a newer one started is dropped."""
        self._generation = getattr(self, "_generation", 0) + 1
        generation = self._generation

        def loaded(result) -> None:
            if generation == self._generation:
                self._loaded(result)

        def failed(error) -> None:
            if generation == self._generation:
                self._load_failed(error)
        self.ctx.tasks.run(load, on_success=loaded, on_error=failed)

    def _loaded(self, result) -> None:
        self.loading = False
        selected = self.selected()
        self.records, self.choices = result
        self.table.setRowCount(len(self.records))
        for row, record in enumerate(self.records):
            for column, (_title, text) in enumerate(self.kind.columns):
                item = QTableWidgetItem(text(record))
                item.setData(Qt.ItemDataRole.UserRole, record.id)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        for column in range(self.table.columnCount()):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column) + 16, 320))
        count = len(self.records)
        plural = self.kind.plural or self.kind.noun + "s"
        self.summary.setText(tr("<b>{count}</b> {things}").format(
            count=fmt.number(count), things=self.kind.noun if count == 1 else plural))
        if selected is not None:
            self.select_id(selected.id)
        self._selection_changed()

    def _load_failed(self, error) -> None:
        self.loading = False
        self.summary.setText("<span style='color:#b3261e'>{}</span>".format(
            tr("Could not load: {reason}").format(reason=plain_error(error))))

    # -- selection -----------------------------------------------------------------------------
    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.records[rows[0].row()] if rows and rows[0].row() < len(self.records) else None

    def select_id(self, record_id) -> bool:
        for row, record in enumerate(self.records):
            if record.id == record_id:
                self.table.selectRow(row)
                return True
        return False

    def record_by_name(self, name: str):
        return next((r for r in self.records if self.kind.name(r) == name), None)

    def _selection_changed(self) -> None:
        has = self.selected() is not None
        for button in (self.edit_button, self.delete_button, self.history_button,
                       *self.action_buttons):
            button.setEnabled(has)

    def current_record(self):
        record = self.selected()
        return None if record is None else (self.kind.table, record.id, self.kind.name(record))

    # -- editing -------------------------------------------------------------------------------
    def form(self) -> RecordForm:
        if self.kind.form is not None:
            return self.kind.form(self.choices)
        return RecordForm(self.kind.fields, choices=self.choices)

    def editor(self, record, title: str) -> RecordDialog:
        kind, db, user = self.kind, self.ctx.db, self.ctx.user
        load = None
        if record.id is not None:
            def load():
                return next((r for r in kind.list_fn(db) if r.id == record.id), record)
        dialog = RecordDialog(self.ctx, title, self.form(), lambda r: kind.save(db, user, r),
                              record=record, load=load, parent=self)
        dialog.saved.connect(self._saved)
        return dialog

    def add(self, *, exec_dialog: bool = True) -> RecordDialog:
        dialog = self.editor(self.kind.new_record(), tr("New {thing}").format(thing=self.kind.noun))
        if exec_dialog:
            dialog.exec()
        return dialog

    def edit_selected(self, *, exec_dialog: bool = True) -> RecordDialog | None:
        record = self.selected()
        if record is None:
            return None
        title = tr("Edit {thing} — {name}").format(thing=self.kind.noun,
                                                   name=self.kind.name(record))
        dialog = self.editor(record, title)
        if exec_dialog:
            dialog.exec()
        return dialog

    def _saved(self, before, after) -> None:
        self.undo_stack.push(SaveCommand(self, before, after))
        self._changed()

    def _changed(self) -> None:
        self.ctx.changed.emit(self.kind.table)
        if self.kind.table == "deals":
            # The board reloads on this, not on "deals", which its own card moves also send.
            self.ctx.changed.emit("deals-edited")
        self.changed.emit()
        self.reload()

    def delete_selected(self, *, confirm: bool = True) -> None:
        record = self.selected()
        if record is None or self.kind.delete is None:
            return
        name = self.kind.name(record)
        if confirm and QMessageBox.question(
                self, tr("{action} {thing}").format(action=self.kind.delete_text,
                                                    thing=self.kind.noun),
                tr("{action} {thing} “{name}”?\n\nThe change is recorded in the history; Undo "
                   "(Ctrl+Z) brings it back.").format(action=self.kind.delete_text,
                                                      thing=self.kind.noun, name=name)
        ) != QMessageBox.StandardButton.Yes:
            return
        kind, db, user = self.kind, self.ctx.db, self.ctx.user
        self.write(lambda: kind.delete(db, user, record.id, record.version),
                   lambda _r: (self.undo_stack.push(DeleteCommand(self, record)), self._changed()),
                   tr("{action} {thing}").format(action=self.kind.delete_text,
                                                 thing=self.kind.noun))

    def write(self, fn, done, title: str) -> None:
        """Run a write off the GUI thread; a refusal is one sentence."""
        self.ctx.tasks.run(lambda progress=None: fn(), on_success=done,
                           on_error=lambda e: (warn(self, title, e), self.reload()))

    def show_history(self) -> None:
        from desktop.history_dialog import open_history
        record = self.current_record()
        if record is not None:
            self._history = open_history(self.ctx, record[0], record[1], title=record[2],
                                         parent=self)


class SaveCommand(QUndoCommand):
    """A create or an edit. Undo puts the earlier values back (or deletes what was created);
    redo saves the new values again, each on top of the version the last step left."""

    def __init__(self, dialog: SetupDialog, before, after):
        text = (tr("Add {thing} “{name}”") if before is None else
                tr("Edit {thing} “{name}”"))
        super().__init__(text.format(thing=dialog.kind.noun, name=dialog.kind.name(after)))
        self.dialog, self.before, self.after = dialog, before, after
        self.first = True

    def redo(self) -> None:
        if self.first:
            self.first = False   # the dialog saved it already
            return
        kind, d, db = self.dialog.kind, self.dialog, self.dialog.ctx.db

        def again():
            if self.before is None:  # created, undone (deleted): create it again
                target = replace(self.after, id=None, version=None)
            else:
                target = kind.rebase(self.after, kind.current(db, self.after.id))
            return kind.save(db, d.ctx.user, target)
        d.write(again, lambda saved: (setattr(self, "after", saved), d._changed()), tr("Redo"))

    def undo(self) -> None:
        kind, d, db = self.dialog.kind, self.dialog, self.dialog.ctx.db

        def back():
            current = kind.current(db, self.after.id)
            if self.before is None:
                return kind.delete(db, d.ctx.user, self.after.id, current.version)
            return kind.save(db, d.ctx.user, kind.rebase(self.before, current))
        d.write(back, lambda _r: d._changed(), tr("Undo"))


class DeleteCommand(QUndoCommand):
    """Undo brings the record back from the audit trail with its id (admins)."""

    def __init__(self, dialog: SetupDialog, record):
        super().__init__(tr("{action} {thing} “{name}”").format(
            action=dialog.kind.delete_text, thing=dialog.kind.noun,
            name=dialog.kind.name(record)))
        self.dialog, self.record = dialog, record
        self.first = True

    def redo(self) -> None:
        if self.first:
            self.first = False
            return
        kind, d, rid = self.dialog.kind, self.dialog, self.record.id

        def again():
            kind.delete(d.ctx.db, d.ctx.user, rid, kind.current(d.ctx.db, rid).version)
        d.write(again, lambda _r: d._changed(), tr("Redo"))

    def undo(self) -> None:
        from models.services.history import restore_deleted
        d, rid = self.dialog, self.record.id
        if d.kind.undelete is not None:
            d.write(lambda: d.kind.undelete(d.ctx.db, d.ctx.user, rid), lambda _r: d._changed(),
                    tr("Undo"))
            return
        d.write(lambda: restore_deleted(d.ctx.db, d.ctx.user, d.kind.table, rid),
                lambda _r: d._changed(), tr("Undo"))
