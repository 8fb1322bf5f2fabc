"""A kanban board: one virtualised QListView per column with a painted card delegate.

The board is fed plain card records (see widgets.kanban_delegate for the attributes it paints, plus
`id`) and never changes stages on its own: a drop or a keyboard move emits `move_requested(ids,
to_key)`; the page asks its service and then calls `apply_move()` (or reloads on refusal).
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Sequence

from PySide6.QtCore import (QAbstractListModel, QByteArray, QItemSelectionModel, QMimeData,
                            QModelIndex, QPoint, Qt, Signal)
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QHBoxLayout, QLabel, QListView, QMenu,
                               QScrollArea, QSizePolicy, QVBoxLayout, QWidget)

from models.domain.funnel_board import column_summary, short_money
from widgets.kanban_delegate import CARD_HEIGHT, CARD_ROLE, CardDelegate

MIME_TYPE = "application/x-repdesk-card-ids"
DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
COLUMN_WIDTH = 215


@dataclass
class ColumnSpec:
    key: Any                 # the stage id
    title: str
    probability: Decimal     # 0..1, for the weighted total
    cards: list
    closed: bool = False     # a Won / Lost column
    stuck_after_days: int | None = None


def encode_ids(ids: Sequence[int]) -> QByteArray:
    return QByteArray(",".join(str(i) for i in ids).encode())


def decode_ids(data: QByteArray) -> list[int]:
    text = bytes(data).decode()
    return [int(part) for part in text.split(",") if part]


class CardListModel(QAbstractListModel):
    def __init__(self, key, cards: list, parent=None):
        super().__init__(parent)
        self.key = key
        self.cards = cards

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.cards)

    def data(self, index: QModelIndex, role=DISPLAY):
        if role == CARD_ROLE:
            return self.cards[index.row()]
        if role == DISPLAY:
            return self.cards[index.row()].title
        if role == TOOLTIP:
            c = self.cards[index.row()]
            return (f"{c.title}\n{c.account or ''}\n{c.currency} {c.amount:,.2f} · {c.rep_name}\n"
                    f"{c.days_in_stage} days in this stage" + (" — stuck" if c.stuck else ""))
        return None

    def flags(self, index: QModelIndex):
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else Qt.ItemFlag.ItemIsDropEnabled

    def supportedDragActions(self):  # noqa: N802
        return Qt.DropAction.MoveAction

    def supportedDropActions(self):  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME_TYPE]

    def mimeData(self, indexes) -> QMimeData:  # noqa: N802
        mime = QMimeData()
        rows = sorted({i.row() for i in indexes})
        mime.setData(MIME_TYPE, encode_ids([self.cards[r].id for r in rows]))
        return mime

    # -- changes made by the board ---------------------------------------------------------
    def set_cards(self, cards: list) -> None:
        self.beginResetModel()
        self.cards = cards
        self.endResetModel()

    def take(self, card) -> None:
        row = self.cards.index(card)
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.cards[row]
        self.endRemoveRows()

    def append(self, card) -> int:
        row = len(self.cards)
        self.beginInsertRows(QModelIndex(), row, row)
        self.cards.append(card)
        self.endInsertRows()
        return row

    def replace(self, old, new) -> None:
        row = self.cards.index(old)
        self.cards[row] = new
        index = self.index(row)
        self.dataChanged.emit(index, index)


class CardListView(QListView):
    """A column's list: accepts card drops from the other columns."""
    dropped = Signal(list, object)          # ids, this column's key
    key_move = Signal(int)                  # -1 / +1: move the selection to the previous/next column
    open_requested = Signal(object)         # a card

    def __init__(self, key, parent=None):
        super().__init__(parent)
        self.key = key
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalScrollBar().setSingleStep(CARD_HEIGHT // 2)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setStyleSheet("QListView { background: #f1f3f4; }")
        self.doubleClicked.connect(lambda index: self.open_requested.emit(index.data(CARD_ROLE)))

    def _accepts(self, event) -> bool:
        return event.mimeData().hasFormat(MIME_TYPE) and event.source() is not self

    def dragEnterEvent(self, event):  # noqa: N802
        if self._accepts(event):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dragMoveEvent(self, event):  # noqa: N802
        if self._accepts(event):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dropEvent(self, event):  # noqa: N802
        if not self._accepts(event):
            event.ignore()
            return
        ids = decode_ids(event.mimeData().data(MIME_TYPE))
        # Accept as a copy so the source view never deletes rows itself: the board moves the
        # cards once the service has saved the move.
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.dropped.emit(ids, self.key)

    def keyPressEvent(self, event):  # noqa: N802
        ctrl = event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        if ctrl and event.key() in (Qt.Key.Key_Right, Qt.Key.Key_Left):
            self.key_move.emit(1 if event.key() == Qt.Key.Key_Right else -1)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex().data(CARD_ROLE))
            return
        super().keyPressEvent(event)


class KanbanColumn(QFrame):
    def __init__(self, spec: ColumnSpec, delegate: CardDelegate, parent=None):
        super().__init__(parent)
        self.spec = spec
        self.setFixedWidth(COLUMN_WIDTH)
        self.setObjectName("kanbanColumn")
        self.setStyleSheet("#kanbanColumn { background: #f1f3f4; border-radius: 6px; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 6, 4, 4)
        layout.setSpacing(4)
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold;")
        self.counts = QLabel()
        self.summary = QLabel()
        self.summary.setStyleSheet("color: #5f6368;")
        for header in (self.title, self.counts, self.summary):
            header.setContentsMargins(6, 0, 6, 0)
        self.model = CardListModel(spec.key, spec.cards, self)
        self.view = CardListView(spec.key, self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(delegate)
        layout.addWidget(self.title)
        layout.addWidget(self.counts)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        self.update_header()

    def update_header(self) -> None:
        cards = self.model.cards
        summary = column_summary((c.amount for c in cards), self.spec.probability,
                                 (c.stuck for c in cards))
        currency = cards[0].currency if cards else ""
        self.title.setText(self.spec.title)
        counts = f"{summary.count:,} deal{'' if summary.count == 1 else 's'}"
        if summary.stuck:
            counts += f" · <span style='color:#d93025'>{summary.stuck:,} stuck</span>"
        self.counts.setText(counts)
        text = short_money(summary.total, currency)
        if not self.spec.closed:
            text += f" · weighted {short_money(summary.weighted)}"
        self.summary.setText(text)
        limit = (f"; stuck after {self.spec.stuck_after_days} days"
                 if self.spec.stuck_after_days else "")
        self.summary.setToolTip(
            f"{summary.count:,} deals, total {summary.total:,.2f}, weighted by "
            f"{self.spec.probability:.0%} = {summary.weighted:,.2f}{limit}")
        self.summary_values = summary


class KanbanBoard(QWidget):
    """Columns side by side in a horizontal scroll area."""
    move_requested = Signal(list, object)     # card ids, target column key
    open_requested = Signal(object)           # a card
    reopen_requested = Signal(object)         # a closed card
    current_changed = Signal(object)          # a card or None

    def __init__(self, parent=None):
        super().__init__(parent)
        self.delegate = CardDelegate(self)
        self.columns: list[KanbanColumn] = []
        self._by_id: dict[int, tuple[KanbanColumn, Any]] = {}
        self._strip = QWidget()
        self._row = QHBoxLayout(self._strip)
        self._row.setContentsMargins(6, 6, 6, 6)
        self._row.setSpacing(8)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._strip)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    # -- content ---------------------------------------------------------------------------
    def set_columns(self, specs: list[ColumnSpec]) -> None:
        """Show these columns; when the keys are unchanged the views are reused (a reload or a
        filter only resets the models)."""
        if [c.spec.key for c in self.columns] == [s.key for s in specs]:
            for column, spec in zip(self.columns, specs):
                column.spec = spec
                column.model.set_cards(spec.cards)
                column.update_header()
        else:
            for column in self.columns:
                self._row.removeWidget(column)
                column.deleteLater()
            self.columns = []
            for spec in specs:
                column = KanbanColumn(spec, self.delegate, self._strip)
                column.view.dropped.connect(self.move_requested)
                column.view.key_move.connect(
                    lambda step, c=column: self._keyboard_move(c, step))
                column.view.open_requested.connect(self.open_requested)
                column.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
                column.view.customContextMenuRequested.connect(
                    lambda pos, c=column: self._context_menu(c, pos))
                column.view.selectionModel().currentChanged.connect(
                    lambda current, _previous: self.current_changed.emit(current.data(CARD_ROLE)))
                self._row.addWidget(column)
                self.columns.append(column)
            self._row.addStretch(1)
        self._by_id = {card.id: (column, card) for column in self.columns
                       for card in column.model.cards}

    def column(self, key) -> KanbanColumn:
        return next(c for c in self.columns if c.spec.key == key)

    def card(self, card_id: int):
        found = self._by_id.get(card_id)
        return found[1] if found else None

    def column_of(self, card_id: int):
        found = self._by_id.get(card_id)
        return found[0].spec.key if found else None

    def selected_ids(self, column: KanbanColumn | None = None) -> list[int]:
        columns = [column] if column else self.columns
        return [index.data(CARD_ROLE).id for c in columns
                for index in sorted(c.view.selectionModel().selectedIndexes(), key=lambda i: i.row())]

    def apply_move(self, updated_cards: list) -> None:
        """Move cards (new records with the same ids, their new stage in `stage_id`) to the
        column of their stage, and select them there. Cards compare by identity."""
        touched: set[KanbanColumn] = set()
        for new in updated_cards:
            old_column, old = self._by_id[new.id]
            target = self.column(new.stage_id)
            if target is old_column:
                old_column.model.replace(old, new)
            else:
                old_column.model.take(old)
                target.model.append(new)
            self._by_id[new.id] = (target, new)
            touched |= {old_column, target}
        for column in touched:
            column.update_header()
        if not updated_cards:
            return
        target = self._by_id[updated_cards[-1].id][0]
        selection = target.view.selectionModel()
        selection.clearSelection()
        rows = [target.model.cards.index(new) for new in updated_cards
                if self._by_id[new.id][0] is target]
        for row in rows:
            selection.select(target.model.index(row), QItemSelectionModel.SelectionFlag.Select)
        current = target.model.index(rows[-1])
        selection.setCurrentIndex(current, QItemSelectionModel.SelectionFlag.NoUpdate)
        target.view.scrollTo(current)

    def select(self, card_id: int) -> None:
        column, card = self._by_id[card_id]
        index = column.model.index(column.model.cards.index(card))
        column.view.setFocus()
        column.view.setCurrentIndex(index)
        column.view.scrollTo(index)

    # -- user actions ----------------------------------------------------------------------
    def _keyboard_move(self, column: KanbanColumn, step: int) -> None:
        ids = self.selected_ids(column)
        position = self.columns.index(column) + step
        if ids and 0 <= position < len(self.columns):
            self.move_requested.emit(ids, self.columns[position].spec.key)

    def _context_menu(self, column: KanbanColumn, pos: QPoint) -> None:
        index = column.view.indexAt(pos)
        if not index.isValid():
            return
        card = index.data(CARD_ROLE)
        ids = self.selected_ids(column) or [card.id]
        menu = QMenu(self)
        menu.addAction("Open details", lambda: self.open_requested.emit(card))
        move = menu.addMenu(f"Move {len(ids)} card{'s' if len(ids) > 1 else ''} to")
        for other in self.columns:
            if other is not column:
                move.addAction(other.spec.title,
                               lambda key=other.spec.key: self.move_requested.emit(ids, key))
        if card.status == "lost":
            menu.addAction("Reopen…", lambda: self.reopen_requested.emit(card))
        menu.exec(column.view.viewport().mapToGlobal(pos))
