"""Roster: everyone on the teams, searchable and filterable, with a detail editor and undo."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QHeaderView,
                               QLabel, QLineEdit, QMenu, QMessageBox, QPushButton, QTableView,
                               QToolButton, QVBoxLayout, QWidget)

from desktop.roster.table import (COLUMNS, EMPLOYMENT_CODES, MODE_CODES, STATUS_CODES, ATTENTION,
                                  load_table)
from desktop.roster.undo import AddRepCommand, SaveRepCommand
from desktop.i18n import tr
from desktop.settings import Settings
from models import formatting
from models.i18n import ngettext
from models.domain.enums import label
from widgets.column_table_model import ColumnTableModel

HEADER_KEY = "roster/header_state"
HEADER_COLUMNS_KEY = "roster/header_columns"  # the column keys the saved state was made for
BIG_TABLE = 50_000  # above this many rows the search waits for a pause in typing


class RosterPage(QWidget):
    def __init__(self, ctx, parent=None, *, settings: Settings | None = None,
                 today: dt.date | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.settings = settings or getattr(ctx, "settings", None) or Settings()
        self.today = today
        self.data = None
        self.undo_stack = QUndoStack(self)
        self._restoring = False
        self._loading = None

        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search name, email, territory, agency…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(self.search.fontMetrics().horizontalAdvance(
            self.search.placeholderText()) + 40)
        self.team_filter = QComboBox()
        self.status_filter = QComboBox()
        self.mode_filter = QComboBox()
        self.employment_filter = QComboBox()
        self.attention = QCheckBox(tr("Needs attention"))
        self.attention.setToolTip(tr("Below quota for the team's probation rule, or onboarding "
                                     "overdue"))
        for combo, everything, items in [
                (self.status_filter, tr("All statuses"), STATUS_CODES),
                (self.mode_filter, tr("All work modes"), MODE_CODES),
                (self.employment_filter, tr("All employment"), EMPLOYMENT_CODES)]:
            combo.addItem(everything, None)
            for value, code in items.items():
                combo.addItem(label(value), code)
        self.team_filter.addItem(tr("All teams"), None)
        for combo in (self.team_filter, self.status_filter, self.mode_filter,
                      self.employment_filter):   # long names are elided, not widen the page
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        self.team_filter.setMinimumContentsLength(12)

        self.add_button = QPushButton(tr("Add rep…"))
        self.edit_button = QPushButton(tr("Edit…"))
        self.import_button = QPushButton(tr("Import…"))
        self.export_button = QPushButton(tr("Export…"))
        self.rule_button = QPushButton(tr("Probation rule…"))
        self.rule_button.setToolTip(tr("Quarters below quota, in a row, before a rep of the "
                                       "chosen team is flagged"))
        self.rule_button.setEnabled(False)
        self.columns_button = QToolButton()
        self.columns_button.setText(tr("Columns"))
        self.columns_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.undo_action = self.undo_stack.createUndoAction(self, tr("Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, tr("Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        # The buttons say "Undo" / "Redo"; what they undo ("Undo Edit Αθανάσιος …") is in their
        # tooltip: the action's own text made the button, and the window, as wide as a name.
        self.undo_button = self._short_button(tr("Undo"), self.undo_stack.undo,
                                              self.undo_stack.canUndoChanged,
                                              self.undo_stack.undoTextChanged)
        self.redo_button = self._short_button(tr("Redo"), self.undo_stack.redo,
                                              self.undo_stack.canRedoChanged,
                                              self.undo_stack.redoTextChanged)

        self.summary = QLabel(tr("Loading the roster…"))
        self.summary.setWordWrap(True)   # "… below quota per the probation rule" widened the window
        self.model = ColumnTableModel(parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(lambda pos: self.columns_menu().exec(
            header.mapToGlobal(pos)))
        header.sectionMoved.connect(lambda *_: self.save_layout())
        header.sectionResized.connect(lambda *_: self._save_soon.start())
        header.sortIndicatorChanged.connect(lambda *_: self.save_layout())
        self._save_soon = QTimer(self, singleShot=True, interval=400)
        self._save_soon.timeout.connect(self.save_layout)
        self._search_timer = QTimer(self, singleShot=True, interval=150)
        self._search_timer.timeout.connect(self._apply_search)

        filters = QHBoxLayout()   # two rows: in one the search box was squeezed to a few letters
        filters.addWidget(self.search, 3)
        for widget in (self.team_filter, self.status_filter):
            filters.addWidget(widget)
        more_filters = QHBoxLayout()
        for widget in (self.mode_filter, self.employment_filter, self.attention):
            more_filters.addWidget(widget)
        more_filters.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.summary, 1)
        for widget in (self.undo_button, self.redo_button, self.rule_button, self.columns_button,
                       self.import_button,
                       self.export_button, self.edit_button, self.add_button):
            actions.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(more_filters)
        layout.addLayout(actions)
        layout.addWidget(self.table)

        self.search.textChanged.connect(self._search_changed)
        self.team_filter.currentIndexChanged.connect(
            lambda _i: self.model.set_category_filter("team", self._codes(self.team_filter)))
        self.status_filter.currentIndexChanged.connect(
            lambda _i: self.model.set_category_filter("status", self._codes(self.status_filter)))
        self.mode_filter.currentIndexChanged.connect(
            lambda _i: self.model.set_category_filter("work_mode", self._codes(self.mode_filter)))
        self.employment_filter.currentIndexChanged.connect(
            lambda _i: self.model.set_category_filter("employment",
                                                      self._codes(self.employment_filter)))
        self.attention.toggled.connect(
            lambda on: self.model.set_category_filter("attention", [ATTENTION] if on else None))
        self.model.filtered.connect(self._show_count)
        self.model.modelReset.connect(self._selection_changed)
        from desktop.rep_page import open_on_activate  # double-click / Enter: the rep's page
        open_on_activate(self.table, lambda index: self.model.row_id(index.row()))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.add_button.clicked.connect(self.add_rep)
        self.rule_button.clicked.connect(lambda: self.edit_probation_rule())
        self.team_filter.currentIndexChanged.connect(
            lambda _i: self.rule_button.setEnabled(self.team_filter.currentData() is not None))
        self.edit_button.clicked.connect(self.edit_selected)
        self.import_button.clicked.connect(self.import_reps)
        self.export_button.clicked.connect(self.export_reps)
        self.columns_button.setMenu(self.columns_menu())
        self.columns_button.menu().aboutToShow.connect(self._refresh_columns_menu)
        ctx.changed.connect(self._on_changed)
        self._selection_changed()
        self.reload()

    @staticmethod
    def _short_button(text: str, slot, can_changed, text_changed) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setEnabled(False)
        button.clicked.connect(slot)
        can_changed.connect(button.setEnabled)
        text_changed.connect(lambda what: button.setToolTip(
            tr("{action} {what}", "undo or redo, then what").format(action=text, what=what)
            if what else ""))
        return button

    # -- loading -------------------------------------------------------------------------------
    def reload(self) -> None:
        if self.data is None:
            self.summary.setText(tr("Loading the roster…"))
        self._generation = getattr(self, "_generation", 0) + 1
        generation = self._generation
        self._loading = self.ctx.tasks.run(
            load_table, self.ctx.db, self.today,
            on_success=lambda result: self._loaded(result, generation),
            on_error=lambda error: self._failed(error, generation))

    def _loaded(self, result, generation: int | None = None) -> None:
        if generation is not None and generation != self._generation:
            return  # an older load finished after a newer one started
        self._loading = None
        data, table = result
        first = self.data is None
        self.data = data
        selected = self.selected_id()
        self.model.set_table(table)
        teams = sorted({(t, i) for t, i in zip(data.team, data.team_id) if i})
        current_team = self.team_filter.currentData()
        self.team_filter.blockSignals(True)
        self.team_filter.clear()
        self.team_filter.addItem(tr("All teams"), None)
        for name, team_id in teams:
            self.team_filter.addItem(name, team_id)
        index = self.team_filter.findData(current_team)
        self.team_filter.setCurrentIndex(max(index, 0))
        self.team_filter.blockSignals(False)
        if first:
            self.restore_layout()
        if selected is not None:
            self.select_id(selected)

    def _failed(self, error, generation: int | None = None) -> None:
        if generation is not None and generation != self._generation:
            return
        self._loading = None
        from html import escape

        from models.db.retry import plain_message
        self.summary.setText("<span style='color:#b3261e'>"
                             + tr("Could not load the roster: {problem}").format(
                                 problem=escape(plain_message(error))) + "</span>")

    def _on_changed(self, area: str) -> None:
        if area in ("reps", "roster", "territories", "quotas", "deals", "*"):
            self.reload()

    def _show_count(self, visible: int, total: int) -> None:
        flagged = sum(1 for r in (self.data.probation_reason if self.data else []) if r)
        if visible != total:
            text = ngettext("<b>{shown}</b> of {n} rep", "<b>{shown}</b> of {n} reps", total).format(
                shown=formatting.number(visible), n=formatting.number(total))
        else:
            text = ngettext("<b>{n}</b> rep", "<b>{n}</b> reps", total).format(
                n=formatting.number(total))
        if flagged:
            text += "  ·  " + tr("<span style='color:#b3261e'>{n} on quota watch</span> (below "
                                 "quota the team's number of quarters in a row)").format(
                                     n=formatting.number(flagged))
        self.summary.setText(text)

    # -- filtering -----------------------------------------------------------------------------
    @staticmethod
    def _codes(combo: QComboBox):
        value = combo.currentData()
        return None if value is None else [value]

    def _search_changed(self, _text: str) -> None:
        if self.model.total_rows() > BIG_TABLE:
            self._search_timer.start()
        else:
            self._apply_search()

    def _apply_search(self) -> None:
        self.model.set_search(self.search.text())

    # -- columns and layout --------------------------------------------------------------------
    def columns_menu(self) -> QMenu:
        menu = QMenu(self)
        self._column_actions = []
        for index, (key, title, _w, _hidden) in enumerate(COLUMNS):
            action = QAction(tr(title), menu, checkable=True)
            action.setChecked(not self.table.isColumnHidden(index))
            action.toggled.connect(lambda on, i=index: self.set_column_visible(i, on))
            menu.addAction(action)
            self._column_actions.append(action)
        menu.addSeparator()
        menu.addAction(tr("Reset columns"), self.reset_layout)
        return menu

    def _refresh_columns_menu(self) -> None:
        for index, action in enumerate(self._column_actions):
            action.blockSignals(True)
            action.setChecked(not self.table.isColumnHidden(index))
            action.blockSignals(False)

    def set_column_visible(self, index: int, visible: bool) -> None:
        shown = sum(not self.table.isColumnHidden(i) for i in range(len(COLUMNS)))
        if not visible and shown <= 1:
            return  # keep at least one column
        self.table.setColumnHidden(index, not visible)
        self.save_layout()

    def reset_layout(self) -> None:
        header = self.table.horizontalHeader()
        self._restoring = True
        for index, (_key, _title, width, hidden) in enumerate(COLUMNS):
            header.moveSection(header.visualIndex(index), index)
            self.table.setColumnWidth(index, width)
            self.table.setColumnHidden(index, hidden)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self._restoring = False
        self.model.sort(0, Qt.SortOrder.AscendingOrder)
        self.save_layout()

    def save_layout(self) -> None:
        if self._restoring or self.model.columnCount() == 0:
            return
        self.settings.set_value(HEADER_KEY, self.table.horizontalHeader().saveState())
        self.settings.set_value(HEADER_COLUMNS_KEY, ",".join(k for k, *_ in COLUMNS))

    def restore_layout(self) -> None:
        state = self.settings.value(HEADER_KEY)
        same_columns = self.settings.value(HEADER_COLUMNS_KEY) == ",".join(k for k, *_ in COLUMNS)
        if isinstance(state, QByteArray) and same_columns and not state.isEmpty():
            self._restoring = True
            ok = self.table.horizontalHeader().restoreState(state)
            self._restoring = False
            if ok:
                header = self.table.horizontalHeader()
                if header.sortIndicatorSection() < len(COLUMNS):
                    self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
                return
        self.reset_layout()

    # -- selection and editing -----------------------------------------------------------------
    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.row_id(rows[0].row()) if rows else None

    def current_record(self) -> tuple[str, int, str] | None:
        """(table, id, title) of the selected rep, for the window's History action."""
        rep_id = self.selected_id()
        if rep_id is None:
            return None
        row = self.model.row_of_id(rep_id)
        name = self.model.index(row, 0).data() if row >= 0 else None
        return "reps", rep_id, name or tr("Rep {id}").format(id=rep_id)

    def select_id(self, rep_id: int) -> bool:
        row = self.model.row_of_id(rep_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _selection_changed(self) -> None:
        self.edit_button.setEnabled(self.selected_id() is not None)

    def _report(self, error: Exception) -> None:
        QMessageBox.warning(self, tr("Not saved"), str(error))
        self.reload()

    def _save(self, record):
        saved = self._store(record)
        self.ctx.changed.emit("reps")
        return saved

    def _store(self, record, fields=None):
        """Save a rep; touches no widget (the editor runs it on a worker thread)."""
        from models.services.reps import save_rep
        return save_rep(self.ctx.db, record, sees_compensation=self.ctx.user.sees_compensation,
                        today=self.today, fields=fields)

    def _load(self, rep_id: int):
        from models.services.reps import get_rep
        return get_rep(self.ctx.db, rep_id, sees_compensation=self.ctx.user.sees_compensation)

    def _delete(self, rep_id: int, version) -> None:
        from models.services.reps import delete_rep
        delete_rep(self.ctx.db, rep_id, version)
        self.ctx.changed.emit("reps")

    def open_editor(self, record, **options):
        """The rep editor; `options` go to RepEditor (tests inject `ask`)."""
        from desktop.roster.rep_editor import RepEditor
        from models.services.reps import editor_choices, onboarding_checklist
        items = onboarding_checklist(self.ctx.db, record.id) if record.id else []
        load = (lambda: self._load(record.id)) if record.id else None
        return RepEditor(record, editor_choices(self.ctx.db, self.today), save=self._store,
                         load=load, sees_compensation=self.ctx.user.sees_compensation,
                         parent=self, onboarding=items, tick=self._tick, today=self.today,
                         **options)

    def _tick(self, item, done: bool) -> None:
        from models.services.reps import set_onboarding_done
        today = self.today or dt.date.today()
        set_onboarding_done(self.ctx.db, item.id, today if done else None)
        self.ctx.changed.emit("roster")

    def edit_selected(self, *, exec_dialog: bool = True, **options):
        rep_id = self.selected_id()
        if rep_id is None:
            return None
        editor = self.open_editor(self._load(rep_id), **options)
        editor.accepted.connect(lambda: self._edited(editor.replaced_record,
                                                     editor.saved_record))
        if exec_dialog:
            editor.exec()
        return editor

    def _edited(self, before, after) -> None:
        if after is not None and before is not None and after.changed_fields(before):
            self.ctx.changed.emit("reps")
            self.undo_stack.push(SaveRepCommand(before, after, save=self._save,
                                                report=self._report))

    def add_rep(self, *, exec_dialog: bool = True, **options):
        from models.services.reps import RepRecord
        team_id = self.team_filter.currentData()
        record = RepRecord(team_id=team_id, hire_date=self.today or dt.date.today(),
                           status="onboarding",
                           compensation_loaded=self.ctx.user.sees_compensation)
        editor = self.open_editor(record, **options)
        editor.accepted.connect(lambda: self._added(editor.saved_record))
        if exec_dialog:
            editor.exec()
        return editor

    def _added(self, added) -> None:
        if added is not None:
            self.ctx.changed.emit("reps")
            self.undo_stack.push(AddRepCommand(added, save=self._save, delete=self._delete,
                                               report=self._report))

    def edit_probation_rule(self, quarters: int | None = None) -> bool:
        """Set the chosen team's "quarters to reach quota" (0 turns the flag off)."""
        from PySide6.QtWidgets import QInputDialog

        from models.db.errors import RepdeskError
        from models.services.roster import set_quarters_to_reach_quota, team_rule
        team_id = self.team_filter.currentData()
        if team_id is None:
            return False
        if quarters is None:
            current = team_rule(self.ctx.db, team_id)
            quarters, ok = QInputDialog.getInt(
                self, tr("Probation rule"), tr("{team}: flag reps below quota this many quarters "
                                               "in a row (0: never)").format(
                    team=self.team_filter.currentText()), current, 0, 8)
            if not ok:
                return False
        try:
            set_quarters_to_reach_quota(self.ctx.db, team_id, quarters)
        except RepdeskError as error:
            QMessageBox.warning(self, tr("Not saved"), str(error))
            return False
        self.ctx.changed.emit("roster")
        return True

    # -- import / export -------------------------------------------------------------------------
    def import_reps(self):
        """The import wizard with reps chosen; the roster reloads on the 'reps' change."""
        from desktop.imports.wizard import open_import_wizard
        return open_import_wizard(self.ctx, "reps", self)

    def export_reps(self) -> None:
        from desktop.roster.export_dialog import run_export_dialog
        run_export_dialog(self)


def create_page(ctx):
    return RosterPage(ctx)
