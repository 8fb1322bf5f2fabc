"""A spreadsheet-like grid for typing counts fast: type to start editing, Tab moves right, Enter
moves down, Ctrl+V pastes a block copied from a spreadsheet, Delete clears, Ctrl+Z / Ctrl+Y undo and
redo. Cells below their goal are coloured.

The grid knows nothing of reps, metrics or days: rows and columns are (key, label) pairs, values and
goals are dicts keyed by (row key, column key). `edits()` returns what changed since `load()`.
"""
from __future__ import annotations

from typing import Any, Hashable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QHeaderView, QTableView

from models import formatting
from widgets.i18n import tr

DISPLAY = Qt.ItemDataRole.DisplayRole
EDIT = Qt.ItemDataRole.EditRole
BACKGROUND = Qt.ItemDataRole.BackgroundRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
ALIGN = Qt.ItemDataRole.TextAlignmentRole
FOREGROUND = Qt.ItemDataRole.ForegroundRole
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
BELOW_GOAL = QBrush(QColor("#f8d0cc"))
MET_GOAL = QBrush(QColor("#d9f2dc"))
CHANGED_TEXT = QBrush(QColor("#0b57d0"))
OFF_DAY = QBrush(QColor("#eeeeee"))
MAX_VALUE = 100_000

Key = tuple[Hashable, Hashable]


class BadValue(ValueError):
    pass


def parse_count(text: Any) -> int | None:
    """'' -> None (cleared); '12' / ' 12 ' / '12.0' -> 12; anything else raises BadValue."""
    if text is None:
        return None
    if isinstance(text, int):
        value = text
    else:
        s = str(text).strip().replace("\u00a0", "").replace(" ", "")
        if s == "":
            return None
        try:
            number = float(s.replace(",", "")) if s.count(",") and "." not in s and \
                len(s.rsplit(",", 1)[1]) == 3 else float(s.replace(",", "."))
        except ValueError:
            raise BadValue(tr("'{text}' is not a count").format(text=text)) from None
        if number != int(number):
            raise BadValue(tr("'{text}' is not a whole number").format(text=text))
        value = int(number)
    if not 0 <= value <= MAX_VALUE:
        raise BadValue(tr("{value} is outside 0–{most}").format(
            value=value, most=formatting.number(MAX_VALUE)))
    return value


class _SetCells(QUndoCommand):
    def __init__(self, model: "EntryGridModel", changes: list[tuple[Key, int | None, int | None]],
                 text: str):
        super().__init__(text)
        self.model = model
        self.changes = changes  # (key, old, new)

    def redo(self) -> None:
        self.model._apply([(k, new) for k, _old, new in self.changes])

    def undo(self) -> None:
        self.model._apply([(k, old) for k, old, _new in self.changes])


class EntryGridModel(QAbstractTableModel):
    edits_changed = Signal(int)          # number of cells that differ from what was loaded
    rejected = Signal(str)               # a typed or pasted value that is not a count

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[tuple[Hashable, str]] = []
        self.cols: list[tuple[Hashable, str]] = []
        self.values: dict[Key, int] = {}
        self.loaded: dict[Key, int] = {}
        self.goals: dict[Key, float] = {}
        self.off_columns: set[Hashable] = set()
        self.undo_stack = QUndoStack(self)

    # -- loading ---------------------------------------------------------------------------------
    def load(self, rows: Sequence[tuple[Hashable, str]], cols: Sequence[tuple[Hashable, str]],
             values: dict[Key, int], goals: dict[Key, float] | None = None,
             off_columns: set[Hashable] | None = None) -> None:
        self.beginResetModel()
        self.rows, self.cols = list(rows), list(cols)
        self.values = dict(values)
        self.loaded = dict(values)
        self.goals = dict(goals or {})
        self.off_columns = set(off_columns or ())
        self.undo_stack.clear()
        self.endResetModel()
        self.edits_changed.emit(0)

    def key(self, row: int, col: int) -> Key:
        return (self.rows[row][0], self.cols[col][0])

    def edits(self) -> dict[Key, int | None]:
        """Cells whose value differs from the loaded one (None: cleared)."""
        keys = set(self.values) | set(self.loaded)
        return {k: self.values.get(k) for k in keys if self.values.get(k) != self.loaded.get(k)}

    def mark_saved(self) -> None:
        self.loaded = dict(self.values)
        self.undo_stack.clear()
        self.edits_changed.emit(0)
        if self.rows and self.cols:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.rows) - 1, len(self.cols) - 1))

    # -- Qt model --------------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.cols)

    def headerData(self, section, orientation, role=DISPLAY):  # noqa: N802
        if role != DISPLAY:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.cols[section][1] if section < len(self.cols) else None
        return self.rows[section][1] if section < len(self.rows) else None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEditable)

    def data(self, index, role=DISPLAY):
        if not index.isValid():
            return None
        key = self.key(index.row(), index.column())
        if role == DISPLAY or role == EDIT:
            value = self.values.get(key)
            return "" if value is None else str(value)
        if role == ALIGN:
            return RIGHT
        if role == BACKGROUND:
            value, goal = self.values.get(key), self.goals.get(key)
            if value is not None and goal:
                return BELOW_GOAL if value < goal else MET_GOAL
            if key[1] in self.off_columns:
                return OFF_DAY
            return None
        if role == FOREGROUND:
            return CHANGED_TEXT if self.values.get(key) != self.loaded.get(key) else None
        if role == TOOLTIP:
            goal = self.goals.get(key)
            parts = [f"{self.rows[index.row()][1]} · {self.cols[index.column()][1]}"]
            if goal:
                parts.append(tr("goal {goal}").format(goal=formatting.number(goal, 0 if float(goal).is_integer() else 2)))
            if self.values.get(key) != self.loaded.get(key):
                before = self.loaded.get(key)
                parts.append(tr("was empty") if before is None
                             else tr("was {value}").format(value=before))
            return " — ".join(parts)
        return None

    def setData(self, index, value, role=EDIT) -> bool:  # noqa: N802
        if role != EDIT or not index.isValid():
            return False
        try:
            new = parse_count(value)
        except BadValue as error:
            self.rejected.emit(str(error))
            return False
        return self.set_cells([(index.row(), index.column(), new)], tr("Edit"))

    # -- edits through the undo stack ------------------------------------------------------------
    def set_cells(self, cells: Sequence[tuple[int, int, int | None]], text: str) -> bool:
        changes = []
        for row, col, new in cells:
            if not (0 <= row < len(self.rows) and 0 <= col < len(self.cols)):
                continue
            key = self.key(row, col)
            old = self.values.get(key)
            if old != new:
                changes.append((key, old, new))
        if not changes:
            return False
        self.undo_stack.push(_SetCells(self, changes, text))
        return True

    def _apply(self, items: Sequence[tuple[Key, int | None]]) -> None:
        row_of = {k: i for i, (k, _) in enumerate(self.rows)}
        col_of = {k: i for i, (k, _) in enumerate(self.cols)}
        for key, value in items:
            if value is None:
                self.values.pop(key, None)
            else:
                self.values[key] = value
            index = self.index(row_of[key[0]], col_of[key[1]])
            self.dataChanged.emit(index, index)
        self.edits_changed.emit(len(self.edits()))

    def paste_text(self, top: int, left: int, text: str) -> int:
        """Paste tab-separated rows from a spreadsheet at (top, left), as one undo step. A bad value
        rejects the whole block (nothing changes). Returns the number of cells pasted."""
        lines = text.replace("\r\n", "\n").replace("\r", "\n").rstrip("\n").split("\n")
        cells = []
        for r, line in enumerate(lines):
            for c, raw in enumerate(line.split("\t")):
                row, col = top + r, left + c
                if row >= len(self.rows) or col >= len(self.cols):
                    continue
                try:
                    cells.append((row, col, parse_count(raw)))
                except BadValue as error:
                    self.rejected.emit(tr("Paste refused, row {row} column {column}: {problem}").format(
                        row=r + 1, column=c + 1, problem=error))
                    return 0
        self.set_cells(cells, tr("Paste"))
        return len(cells)

    def clear_cells(self, indexes: Sequence[QModelIndex]) -> None:
        self.set_cells([(i.row(), i.column(), None) for i in indexes], tr("Clear"))

    def copy_text(self, indexes: Sequence[QModelIndex]) -> str:
        if not indexes:
            return ""
        rows = sorted({i.row() for i in indexes})
        cols = sorted({i.column() for i in indexes})
        return "\n".join("\t".join(self.data(self.index(r, c)) for c in cols) for r in rows)


class EntryGridView(QTableView):
    """Keyboard-first editing of an EntryGridModel."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setTabKeyNavigation(True)
        self.verticalHeader().setDefaultSectionSize(24)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setDefaultSectionSize(96)
        self.setAlternatingRowColors(False)

    def grid_model(self) -> EntryGridModel:
        return self.model()

    def move_down(self) -> None:
        current = self.currentIndex()
        if current.isValid() and current.row() + 1 < self.model().rowCount():
            self.setCurrentIndex(current.sibling(current.row() + 1, current.column()))

    def closeEditor(self, editor, hint):  # noqa: N802 - Qt override
        super().closeEditor(editor, hint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:   # Enter in the editor
            self.move_down()

    def paste(self) -> int:
        current = self.currentIndex()
        if not current.isValid():
            return 0
        selected = self.selectedIndexes() or [current]
        top = min(i.row() for i in selected)
        left = min(i.column() for i in selected)
        return self.grid_model().paste_text(top, left, QGuiApplication.clipboard().text())

    def keyPressEvent(self, event):  # noqa: N802 - Qt override
        model = self.grid_model()
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste()
            return
        if event.matches(QKeySequence.StandardKey.Copy):
            QGuiApplication.clipboard().setText(model.copy_text(self.selectedIndexes()))
            return
        if event.matches(QKeySequence.StandardKey.Undo):
            model.undo_stack.undo()
            return
        if event.matches(QKeySequence.StandardKey.Redo):
            model.undo_stack.redo()
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) \
                and self.state() != QAbstractItemView.State.EditingState:
            model.clear_cells(self.selectedIndexes() or [self.currentIndex()])
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and self.state() != QAbstractItemView.State.EditingState:
            self.move_down()
            return
        super().keyPressEvent(event)
