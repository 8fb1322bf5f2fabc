"""A table model over column arrays that sorts and filters itself.

Each column is a numpy object array of display strings plus a numeric sort key computed once
(`text_sort_key`, `number_sort_key`). Sorting is one `argsort` of a key column; filtering is a
boolean mask (search text, category filters) applied to the current order, then a model reset.
No `QSortFilterProxyModel`: with 100,000 rows its Python `data()` calls take seconds where this takes
milliseconds. Item roles are bound once at import: looking up `Qt.ItemDataRole.DisplayRole` per
call costs more than the whole `data()` body.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Iterable, Sequence

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from models.domain.roster_text import fold

DISPLAY = Qt.ItemDataRole.DisplayRole
ALIGN = Qt.ItemDataRole.TextAlignmentRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
FOREGROUND = Qt.ItemDataRole.ForegroundRole
ID_ROLE = Qt.ItemDataRole.UserRole
HORIZONTAL = Qt.Orientation.Horizontal
ASCENDING = Qt.SortOrder.AscendingOrder
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

# Tone codes a column may carry per row (e.g. attainment colours); 0 = default text colour.
TONES = {1: QColor("#1b7f3b"), 2: QColor("#1f5fbf"), 3: QColor("#9a6b00"), 4: QColor("#b3261e")}


def text_sort_key(values: Sequence[str]) -> np.ndarray:
    """Ranks of the folded (case- and accent-insensitive) texts; empty texts sort last."""
    folded = [fold(v) for v in values]
    unique = sorted(set(folded))
    rank = {v: i for i, v in enumerate(unique)}
    if "" in rank:
        rank[""] = len(unique)
    return np.fromiter((rank[v] for v in folded), dtype=np.int32, count=len(folded))


def number_sort_key(values: Iterable) -> np.ndarray:
    """Floats with None as NaN (argsort puts NaN last in either direction)."""
    return np.array([math.nan if v is None else float(v) for v in values], dtype=np.float64)


def object_array(values: Sequence) -> np.ndarray:
    out = np.empty(len(values), dtype=object)
    out[:] = list(values)
    return out


@dataclass
class TableColumn:
    key: str
    title: str
    text: np.ndarray                  # object array of display strings
    sort_key: np.ndarray              # numeric (int ranks or floats with NaN for blanks)
    numeric: bool = False             # right-aligned
    tooltip: np.ndarray | None = None  # object array of str or None
    tone: np.ndarray | None = None     # int8 codes into TONES

    @classmethod
    def texts(cls, key: str, title: str, values: Sequence[str], **kw) -> TableColumn:
        return cls(key, title, object_array(values), text_sort_key(values), **kw)

    @classmethod
    def numbers(cls, key: str, title: str, values: Sequence, shown: Sequence[str],
                **kw) -> TableColumn:
        return cls(key, title, object_array(shown), number_sort_key(values), numeric=True, **kw)


@dataclass
class TableData:
    """Everything the model shows: the columns, row ids, a folded search text per row, and
    integer category codes per row for quick filters."""
    columns: list[TableColumn]
    ids: np.ndarray
    search: np.ndarray | None = None          # numpy str array of folded haystacks
    categories: dict[str, np.ndarray] | None = None

    @staticmethod
    def haystack(*parts: Sequence[str]) -> np.ndarray:
        return np.array([fold("\x1f".join(p)) for p in zip(*parts)], dtype=np.str_)


class ColumnTableModel(QAbstractTableModel):
    filtered = Signal(int, int)  # visible rows, total rows

    def __init__(self, data: TableData | None = None, parent=None):
        super().__init__(parent)
        self._data = TableData([], np.zeros(0, dtype=np.int64))
        self._text: list[np.ndarray] = []
        self._visible = np.zeros(0, dtype=np.int64)
        self._order = np.zeros(0, dtype=np.int64)     # all rows in the current sort order
        self._sort: tuple[int, bool] | None = None    # (column, ascending)
        self._query = ""
        self._search_mask: np.ndarray | None = None
        self._category_allowed: dict[str, np.ndarray] = {}
        if data is not None:
            self.set_table(data)

    # -- loading -----------------------------------------------------------------------------
    def set_table(self, data: TableData) -> None:
        n = len(data.ids)
        self._data = data
        self._text = [c.text for c in data.columns]
        self._tooltips = [c.tooltip for c in data.columns]
        self._tones = [c.tone for c in data.columns]
        self._order = np.arange(n, dtype=np.int64)
        if self._sort is not None and self._sort[0] < len(data.columns):
            self._order = self._sorted_order(*self._sort)
        else:
            self._sort = None
        self._search_mask = None
        query, self._query = self._query, ""
        self.beginResetModel()
        self._apply_search(query)
        self._visible = self._visible_rows()
        self.endResetModel()
        self.filtered.emit(len(self._visible), n)

    def column_keys(self) -> list[str]:
        return [c.key for c in self._data.columns]

    def column_of(self, key: str) -> int:
        return self.column_keys().index(key)

    # -- filtering ---------------------------------------------------------------------------
    def set_search(self, text: str) -> None:
        """Keep rows whose search text contains `text` (folded: case and accents ignored)."""
        query = fold(text.strip())
        if query == self._query:
            return
        self.beginResetModel()
        self._apply_search(query)
        self._visible = self._visible_rows()
        self.endResetModel()
        self.filtered.emit(len(self._visible), len(self._data.ids))

    def _apply_search(self, query: str) -> None:
        haystack = self._data.search
        if not query or haystack is None:
            self._search_mask = None
        elif self._search_mask is not None and self._query and query.startswith(self._query):
            # Typing narrows the result: search only the rows that matched the shorter text.
            candidates = np.flatnonzero(self._search_mask)
            mask = np.zeros(len(haystack), dtype=bool)
            mask[candidates[np.strings.find(haystack[candidates], query) >= 0]] = True
            self._search_mask = mask
        else:
            self._search_mask = np.strings.find(haystack, query) >= 0
        self._query = query

    def set_category_filter(self, key: str, allowed: Iterable[int] | None) -> None:
        """Keep rows whose category `key` code is in `allowed` (None: no filter on `key`)."""
        if allowed is None:
            if self._category_allowed.pop(key, None) is None:
                return
        else:
            self._category_allowed[key] = np.fromiter(allowed, dtype=np.int64)
        self.beginResetModel()
        self._visible = self._visible_rows()
        self.endResetModel()
        self.filtered.emit(len(self._visible), len(self._data.ids))

    def _mask(self) -> np.ndarray | None:
        mask = self._search_mask
        for key, allowed in self._category_allowed.items():
            codes = (self._data.categories or {}).get(key)
            if codes is None:
                continue
            keep = np.isin(codes, allowed) if len(allowed) != 1 else codes == allowed[0]
            mask = keep if mask is None else mask & keep
        return mask

    def _visible_rows(self) -> np.ndarray:
        mask = self._mask()
        return self._order if mask is None else self._order[mask[self._order]]

    # -- sorting -----------------------------------------------------------------------------
    def _sorted_order(self, column: int, ascending: bool) -> np.ndarray:
        key = self._data.columns[column].sort_key
        if not ascending:
            key = -key.astype(np.float64) if key.dtype.kind == "f" else -key.astype(np.int64)
        return np.argsort(key, kind="stable")

    def sort(self, column: int, order=ASCENDING) -> None:  # Qt override
        if not 0 <= column < len(self._data.columns):
            return
        ascending = order == ASCENDING
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, ascending)
        self._order = self._sorted_order(column, ascending)
        self._visible = self._visible_rows()
        self.layoutChanged.emit()

    # -- rows --------------------------------------------------------------------------------
    def row_id(self, row: int) -> int:
        return int(self._data.ids[self._visible[row]])

    def row_of_id(self, rep_id: int) -> int:
        where = np.flatnonzero(self._data.ids[self._visible] == rep_id)
        return int(where[0]) if len(where) else -1

    def visible_ids(self) -> list[int]:
        return [int(i) for i in self._data.ids[self._visible]]

    def total_rows(self) -> int:
        return len(self._data.ids)

    def text(self, row: int, key: str) -> str:
        return self._text[self.column_of(key)][self._visible[row]]

    # -- Qt model API ------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._text)

    def data(self, index: QModelIndex, role=DISPLAY):
        if role == DISPLAY:
            return self._text[index.column()][self._visible[index.row()]]
        column = index.column()
        if role == ALIGN:
            return RIGHT if self._data.columns[column].numeric else LEFT
        if role == FOREGROUND:
            tones = self._tones[column]
            return None if tones is None else TONES.get(int(tones[self._visible[index.row()]]))
        if role == TOOLTIP:
            tips = self._tooltips[column]
            return None if tips is None else tips[self._visible[index.row()]]
        if role == ID_ROLE:
            return self.row_id(index.row())
        return None

    def headerData(self, section: int, orientation, role=DISPLAY):  # noqa: N802
        if orientation == HORIZONTAL and 0 <= section < len(self._data.columns):
            if role == DISPLAY:
                return self._data.columns[section].title
            if role == ALIGN:
                return RIGHT if self._data.columns[section].numeric else LEFT
        return None
