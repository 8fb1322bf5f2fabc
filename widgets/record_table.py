"""A read-only table model over a list of row tuples: the simplest way to show plain records."""
from __future__ import annotations

from typing import Any, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

DISPLAY = Qt.ItemDataRole.DisplayRole  # bound once: looking the enum up per call costs ~4 µs
ALIGN = Qt.ItemDataRole.TextAlignmentRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class RecordTableModel(QAbstractTableModel):
    def __init__(self, headers: Sequence[str], rows: Sequence[Sequence[Any]] = (), parent=None,
                 *, header_tips: Sequence[str | None] = ()):
        """`header_tips`: what each column's figure means, shown when hovering its heading."""
        super().__init__(parent)
        self._headers = list(headers)
        self._rows = list(rows)
        self._tips = list(header_tips) + [None] * (len(self._headers) - len(header_tips))

    def set_header_tips(self, tips: Sequence[str | None]) -> None:
        self._tips = list(tips) + [None] * (len(self._headers) - len(tips))

    def set_rows(self, rows: Sequence[Sequence[Any]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, index: int) -> Sequence[Any]:
        return self._rows[index]

    def rows_shown(self) -> Sequence[Sequence[Any]]:
        """The rows as given, in the order shown (for measuring them without `data()`)."""
        return self._rows

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: QModelIndex, role=DISPLAY):
        if role == DISPLAY:
            value = self._rows[index.row()][index.column()]
            return "" if value is None else str(value)
        if role == ALIGN and isinstance(self._rows[index.row()][index.column()], (int, float)):
            return RIGHT
        return None

    def headerData(self, section: int, orientation, role=DISPLAY):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == DISPLAY:
            return self._headers[section]
        if role == TOOLTIP:
            return self._tips[section]
        return None
