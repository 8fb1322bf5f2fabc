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
    distinct = set(values)
    folded = {v: fold(v) for v in distinct}
    ordered = sorted(set(folded.values()))
    position = {f: i for i, f in enumerate(ordered)}
    if "" in position:
        position[""] = len(ordered)
    rank = {v: position[f] for v, f in folded.items()}
    # Small ranks fit 16 bits, where numpy's stable sort is a radix sort.
    dtype = np.int16 if len(ordered) < 2**15 - 1 else np.int32
    return np.fromiter((rank[v] for v in values), dtype=dtype, count=len(values))


def number_sort_key(values: Iterable) -> np.ndarray:
    """Sort key for numbers with blanks (None) last in either direction.

    With fewer than 32,767 distinct values (days of tenure, dates) the key is their rank as int16,
    which numpy sorts with a radix sort; otherwise floats with NaN for blanks."""
    values = list(values)
    distinct = {v for v in values if v is not None}
    if len(distinct) < 2**15 - 1:
        rank = {v: i for i, v in enumerate(sorted(distinct))}
        blank = len(distinct)
        return np.fromiter((blank if v is None else rank[v] for v in values), dtype=np.int16,
                           count=len(values))
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
    blank_key: int | None = None       # the rank blanks hold in an integer sort key, if any
    help: str | None = None            # what the column's figure means (its heading's tooltip)

    @classmethod
    def texts(cls, key: str, title: str, values: Sequence[str], **kw) -> TableColumn:
        sort_key = text_sort_key(values)
        blank = next((int(k) for v, k in zip(values, sort_key) if not v), None)
        return cls(key, title, object_array(values), sort_key, blank_key=blank, **kw)

    @classmethod
    def numbers(cls, key: str, title: str, values: Sequence, shown: Sequence[str],
                **kw) -> TableColumn:
        values = list(values)
        sort_key = number_sort_key(values)
        blank = None
        if sort_key.dtype.kind != "f" and any(v is None for v in values):
            blank = int(sort_key.max())
        return cls(key, title, object_array(shown), sort_key, numeric=True, blank_key=blank, **kw)


@dataclass
class SearchText:
    """What the search box looks in. `rows`: one folded text array per field that differs per row
    (name, email). `repeated`: (codes, folded distinct values) for fields with few distinct
    values (territories, agency): the search runs over the distinct values, then maps by code."""
    rows: list[np.ndarray]
    repeated: list[tuple[np.ndarray, np.ndarray]]

    @classmethod
    def build(cls, rows: Sequence[Sequence[str]] = (),
              repeated: Sequence[Sequence[str]] = ()) -> SearchText:
        row_arrays = []
        for part in rows:
            cache = {v: fold(v) for v in set(part)}
            row_arrays.append(np.array([cache[v] for v in part], dtype=np.str_))
        lookups = []
        for part in repeated:
            distinct = sorted(set(part))
            code = {v: i for i, v in enumerate(distinct)}
            codes = np.fromiter((code[v] for v in part), dtype=np.int32, count=len(part))
            lookups.append((codes, np.array([fold(v) for v in distinct] or [""], dtype=np.str_)))
        return cls(row_arrays, lookups)

    def __len__(self) -> int:
        if self.rows:
            return len(self.rows[0])
        return len(self.repeated[0][0]) if self.repeated else 0

    def matches(self, query: str, among: np.ndarray | None = None) -> np.ndarray:
        """Boolean mask of rows containing `query`; with `among` (row indices), only those rows
        are searched (the rest are False)."""
        n = len(self)
        if among is not None and len(among) > n // 3:
            among = None  # copying most of the rows costs more than searching them all
        mask = np.zeros(n if among is None else len(among), dtype=bool)
        for texts in self.rows:
            subset = texts if among is None else texts[among]
            mask |= np.strings.find(subset, query) >= 0
        for codes, values in self.repeated:
            hit = np.strings.find(values, query) >= 0  # one flag per distinct value
            if hit.any():
                subset = codes if among is None else codes[among]
                mask |= hit[subset]
        if among is None:
            return mask
        full = np.zeros(n, dtype=bool)
        full[among[mask]] = True
        return full


@dataclass
class TableData:
    """Everything the model shows: the columns, row ids, the search text, and integer category
    codes per row for quick filters."""
    columns: list[TableColumn]
    ids: np.ndarray
    search: SearchText | None = None
    categories: dict[str, np.ndarray] | None = None


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
        search = self._data.search
        if not query or search is None:
            self._search_mask = None
        elif self._search_mask is not None and self._query and query.startswith(self._query):
            # Typing narrows the result: search only the rows that matched the shorter text.
            self._search_mask = search.matches(query, np.flatnonzero(self._search_mask))
        else:
            self._search_mask = search.matches(query)
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
            if len(allowed) == 1:
                keep = codes == allowed[0]
            else:  # a lookup table: one gather instead of np.isin's sort
                table = np.zeros(max(int(codes.max(initial=0)), int(allowed.max(initial=0))) + 1,
                                 dtype=bool)
                table[allowed[allowed >= 0]] = True
                keep = table[codes]
            mask = keep if mask is None else mask & keep
        return mask

    def _visible_rows(self) -> np.ndarray:
        mask = self._mask()
        return self._order if mask is None else self._order[mask[self._order]]

    # -- sorting -----------------------------------------------------------------------------
    def _sorted_order(self, column: int, ascending: bool) -> np.ndarray:
        key = self._data.columns[column].sort_key
        if not ascending:  # negate in the same dtype: int16 ranks keep their radix sort
            if key.dtype.kind == "f":
                key = -key
            else:  # ranks: blanks hold the largest rank and stay last
                blank = self._data.columns[column].blank_key
                top = int(key.max(initial=0)) if blank is None else blank - 1
                flipped = (top - key.astype(np.int32)).astype(key.dtype)
                if blank is not None:
                    flipped[key == blank] = blank
                key = flipped
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
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._data.columns[section].help
        return None
