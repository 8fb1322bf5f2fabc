"""A kanban board: one virtualised QListView per column with a painted card delegate.

The board is fed plain card records (see widgets.kanban_delegate for the attributes it paints, plus
`id`) and never changes stages on its own: a drop or a keyboard move emits `move_requested(ids,
to_key)`; the page asks its service and then calls `apply_move()` (or reloads on refusal).
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from operator import attrgetter
from decimal import Decimal
from typing import Any, Sequence

from PySide6.QtCore import (QByteArray, QItemSelectionModel, QMimeData, QModelIndex,
                            QPoint, QStringListModel, Qt, QTimer, Signal)
from PySide6.QtGui import QColor, QCursor, QDrag, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QHBoxLayout, QListView, QMenu,
                               QScrollArea, QSizePolicy, QVBoxLayout, QWidget)

from models import formatting
from models.i18n import ngettext
from models.domain.funnel_board import ColumnMoney, ColumnSummary, ColumnTotals, short_money
from widgets.i18n import tr
from widgets.kanban_delegate import CARD_HEIGHT, CardDelegate, warm_card_texts

MIME_TYPE = "application/x-repdesk-card-ids"
COLUMN_WIDTH = 280       # the widest a column grows; they share the board's width
COLUMN_MIN_WIDTH = 140   # seven stages fit beside the sidebar of a 1280-wide window
LEFT_ALIGN = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
COLUMN_STYLE = ("#kanbanColumn { background: #f1f3f4; border-radius: 6px; } "
                "#kanbanColumn QListView { background: #f1f3f4; }")
TEXT, RED, GREY = QColor("#202124"), QColor("#d93025"), QColor("#5f6368")


@dataclass
class ColumnSpec:
    key: Any                 # the stage id
    title: str
    probability: Decimal     # 0..1, for the weighted total
    cards: list
    closed: bool = False     # a Won / Lost column
    stuck_after_days: int | None = None
    # Cards in several currencies are totalled in this one, each card's `company_amount`
    # (models.domain.funnel_board.ColumnTotals); cards in one currency in theirs.
    company_currency: str = ""
    # The ColumnTotals of `cards` when the caller worked them out already (in a background
    # load): adding up 50,000 cards on the GUI thread froze the window.
    totals: Any = None
    # Everything else the column shows, worked out by prepare_column() off the GUI thread.
    prepared: "PreparedColumn | None" = None


@dataclass(frozen=True)
class HeaderTexts:
    """What a column header says (ColumnHeader paints them; see header_texts())."""
    title: str
    counts: str       # "12 deals · 3 stuck": the header paints the part after " · " in red
    summary: str      # "USD 56.4k · weighted 19.7k": two lines in the header
    rate_note: str    # "2 without a rate", or ""
    tooltip: str
    short_counts: str = ""   # "12 · 3 stuck": what a column too narrow for `counts` shows


@dataclass
class PreparedColumn:
    """A column's content ready to be shown: assigning it costs the GUI thread no per-card
    work (at 50,000 cards, counting, titling and formatting them froze the window)."""
    titles: list[str]
    stuck: int
    money: ColumnMoney
    summary: ColumnSummary
    header: HeaderTexts


_title, _stuck = attrgetter("title"), attrgetter("stuck")


def header_texts(spec: ColumnSpec, count: int, stuck: int, money: ColumnMoney
                 ) -> tuple[ColumnSummary, HeaderTexts]:
    """The header of a column with these figures (plain text work: it may run in the
    background)."""
    total, weighted = money.total, money.weighted
    summary = ColumnSummary(count, total.amount, weighted.amount, stuck)
    deals = ngettext("{n} deal", "{n} deals", count).format(n=formatting.number(count))
    # " · " parts the two pieces the header paints in two colours (paintEvent splits there)
    counts = deals + (" · " + tr("{n} stuck").format(n=formatting.number(stuck))
                      if stuck else "")
    # left out of the total, and said so in red on a line of its own
    rate_note = (tr("{n} without a rate").format(n=formatting.number(total.missing_count))
                 if total.missing else "")
    # "≈": converted from several currencies at each deal's rate (the tooltip says so)
    text = ("≈" if total.converted else "") + short_money(total.amount, total.currency)
    if not spec.closed:
        # " · ": the header paints the weighted amount on a line of its own
        text += " · " + tr("weighted {amount}").format(amount=short_money(weighted.amount))
    limit = (tr("; stuck after {days} days").format(
        days=formatting.number(spec.stuck_after_days)) if spec.stuck_after_days else "")
    basis = (f" ({total.basis()})" if total.converted else "")
    missing = (tr(". Left out of the total: {what}").format(what=total.missing_sentence())
               if total.missing else "")
    tooltip = tr("{deals}, total {currency} {total}{basis}, weighted by {probability} = "
                 "{weighted}").format(
        deals=deals, currency=total.currency, total=formatting.number(summary.total, 2),
        basis=basis, probability=formatting.percent(spec.probability, 0),
        weighted=formatting.number(summary.weighted, 2)) + limit + missing
    short = formatting.number(count) + (" · " + tr("{n} stuck").format(
        n=formatting.number(stuck)) if stuck else "")
    return summary, HeaderTexts(spec.title, counts, text, rate_note, tooltip, short)


def prepare_column(spec: ColumnSpec) -> ColumnSpec:
    """`spec` with its totals, stuck count, titles and header texts worked out. Plain Python over
    plain records, no widget: a page calls it in its background load, so that showing the
    column is only assigning them."""
    cards = spec.cards
    totals = spec.totals if spec.totals is not None else ColumnTotals(cards)
    stuck = sum(map(_stuck, cards))
    money = totals.money(spec.probability, spec.company_currency)
    summary, header = header_texts(spec, len(cards), stuck, money)
    warm_card_texts(cards[:60])   # the cards seen first: their texts are then ready to paint
    return replace(spec, totals=totals,
                   prepared=PreparedColumn(list(map(_title, cards)), stuck, money, summary,
                                           header))


def _waiting(spec: ColumnSpec) -> ColumnSpec:
    """An empty column with only its title, until its cards are shown (set_columns)."""
    totals = ColumnTotals()
    money = totals.money(spec.probability, spec.company_currency)
    return replace(spec, cards=[], totals=totals, prepared=PreparedColumn(
        [], 0, money, ColumnSummary(0, Decimal(0), Decimal(0), 0),
        HeaderTexts(spec.title, "", "", "", "")))


def cards_by_id(specs: Sequence[ColumnSpec]) -> dict[int, Any]:
    """Each card of these columns by its id (what KanbanBoard.card() reads)."""
    by_id: dict[int, Any] = {}
    for spec in specs:
        by_id.update(zip(map(_id, spec.cards), spec.cards))
    return by_id


_id = attrgetter("id")


def encode_ids(ids: Sequence[int]) -> QByteArray:
    return QByteArray(",".join(str(i) for i in ids).encode())


def decode_ids(data: QByteArray) -> list[int]:
    text = bytes(data).decode()
    return [int(part) for part in text.split(",") if part]


class CardListModel:
    """The cards of one column, and the Qt model its view shows.

    The view's model is a plain C++ QStringListModel of the titles, never a Python subclass:
    QListView asks the model for an index of every row on each relayout, and each of those calls
    into a Python-derived model costs ~5 µs (75 ms per card move in a 15,000-card column, against
    4 ms in C++). The delegate and the view read the card records from `cards` by row.
    """

    def __init__(self, key, cards: list, parent=None, titles: list[str] | None = None):
        self.key = key
        self.cards = cards
        self.qt = QStringListModel(titles if titles is not None else list(map(_title, cards)),
                                   parent)

    def rowCount(self) -> int:  # noqa: N802 - mirrors Qt's name
        return len(self.cards)

    def index(self, row: int) -> QModelIndex:
        return self.qt.index(row)

    def card_at(self, row: int):
        return self.cards[row] if 0 <= row < len(self.cards) else None

    def tooltip(self, row: int) -> str:
        c = self.cards[row]
        overdue = getattr(c, "overdue_days", 0)
        days = formatting.number(c.days_in_stage)
        stage = (tr("{days} days in this stage — stuck") if c.stuck
                 else tr("{days} days in this stage")).format(days=days)
        late = (tr("Expected to close {date}, {days} days ago").format(
            date=formatting.date(c.expected_close), days=formatting.number(overdue))
            if overdue else "")
        lines = [c.title, c.account or "",
                 f"{formatting.money(c.amount, c.currency)} · {c.rep_name}", stage]
        return "\n".join(lines + ([late] if late else []))

    def mimeData(self, indexes) -> QMimeData:  # noqa: N802
        mime = QMimeData()
        rows = sorted({i.row() for i in indexes})
        mime.setData(MIME_TYPE, encode_ids([self.cards[r].id for r in rows]))
        return mime

    # -- changes made by the board ---------------------------------------------------------
    def set_cards(self, cards: list, titles: list[str] | None = None) -> None:
        self.cards = cards
        self.qt.setStringList(titles if titles is not None else list(map(_title, cards)))

    def take(self, card) -> None:
        row = self.cards.index(card)
        del self.cards[row]
        self.qt.removeRows(row, 1)

    def append(self, card) -> int:
        row = len(self.cards)
        self.cards.append(card)
        self.qt.insertRows(row, 1)
        self.qt.setData(self.qt.index(row), card.title)
        return row

    def replace(self, old, new) -> None:
        row = self.cards.index(old)
        self.cards[row] = new
        self.qt.setData(self.qt.index(row), new.title)


class CardListView(QListView):
    """A column's list: drags its selected cards, accepts card drops from the other columns."""
    dropped = Signal(list, object)          # ids, this column's key
    key_move = Signal(int)                  # -1 / +1: move the selection to the previous/next column
    open_requested = Signal(object)         # a card

    def __init__(self, key, cards: CardListModel, parent=None):
        super().__init__(parent)
        self.key = key
        self.cards = cards
        self.setModel(cards.qt)
        self.setUniformItemSizes(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
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
        self.doubleClicked.connect(
            lambda index: self.open_requested.emit(self.cards.card_at(index.row())))

    def startDrag(self, actions) -> None:  # noqa: N802 - Qt override
        rows = sorted(i.row() for i in self.selectionModel().selectedIndexes())
        if not rows:
            return
        drag = QDrag(self)
        drag.setMimeData(self.cards.mimeData([self.cards.index(r) for r in rows]))
        rect = self.visualRect(self.cards.index(rows[0]))
        if rect.isValid():  # the card itself under the pointer
            drag.setPixmap(self.viewport().grab(rect))
            drag.setHotSpot(self.viewport().mapFromGlobal(QCursor.pos()) - rect.topLeft())
        drag.exec(Qt.DropAction.MoveAction)

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
            self.open_requested.emit(self.cards.card_at(self.currentIndex().row()))
            return
        super().keyPressEvent(event)


class HeaderLine:
    """One line of a column header; setting its text only repaints the header (no relayout)."""

    def __init__(self, header: "ColumnHeader"):
        self._header = header
        self._text = ""

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:  # noqa: N802 - reads like QLabel
        if text != self._text:
            self._text = text
            self._header.update()


class ColumnHeader(QWidget):
    """Stage name; count and stuck count (stuck in red); total and weighted amount. Painted, with
    a fixed height, so that updating the numbers after a move costs no layout pass."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.lines = (HeaderLine(self), HeaderLine(self), HeaderLine(self))
        # "2 without a rate": deals left out of the total (the tooltip names their currency)
        self.rate_note = HeaderLine(self)
        self.short_counts = ""   # the counts without "deals", for a narrow column
        self.set_rows(4)   # the total and the weighted amount on lines of their own

    def set_rows(self, rows: int) -> None:
        """4 lines, or 5 while any column of the board has deals without a rate (the board keeps
        every header the same height, so that the cards stay aligned)."""
        height = rows * self.fontMetrics().height() + 6
        if self.height() != height or self.minimumHeight() != height:
            self.setFixedHeight(height)

    def _bold(self) -> tuple[QFont, QFontMetrics]:
        """The title's font and metrics, made once per font (not on every paint)."""
        font = self.font()
        if getattr(self, "_bold_for", None) != font:
            bold = QFont(font)
            bold.setBold(True)
            self._bold_for, self._bold_font = QFont(font), (bold, QFontMetrics(bold))
        return self._bold_font

    def counts_shown(self) -> tuple[str, str]:
        """The deal count and the stuck count (red) as painted at the header's width: without
        the word "deals" when the two do not fit side by side (the tooltip says it), the stuck
        count elided only when even that does not fit."""
        metrics = self.fontMetrics()
        width = self.width() - 12
        counts = self.lines[1].text()
        if metrics.horizontalAdvance(counts) > width and self.short_counts:
            counts = self.short_counts
        deals, _, stuck = counts.partition(" · ")
        room = width - metrics.horizontalAdvance(deals + " · ")
        return deals, metrics.elidedText(stuck, Qt.TextElideMode.ElideRight, room) if stuck else ""

    def paintEvent(self, _event) -> None:  # noqa: N802
        title, _counts, summary = (line.text() for line in self.lines)
        painter = QPainter(self)
        metrics = self.fontMetrics()
        height = metrics.height()
        width = self.width() - 12
        bold, bold_metrics = self._bold()
        painter.setFont(bold)
        painter.setPen(TEXT)
        painter.drawText(6, 0, width, height, LEFT_ALIGN,
                         bold_metrics.elidedText(title, Qt.TextElideMode.ElideRight, width))
        painter.setFont(self.font())
        deals, stuck = self.counts_shown()
        painter.drawText(6, height, width, height, LEFT_ALIGN, deals)
        if stuck:
            painter.setPen(RED)
            offset = metrics.horizontalAdvance(deals + " · ")
            painter.drawText(6 + offset, height, width - offset, height, LEFT_ALIGN, stuck)
        painter.setPen(GREY)
        total, _, weighted = summary.partition(" · ")   # a narrow column cut them off side by side
        painter.drawText(6, 2 * height, width, height, LEFT_ALIGN, total)
        if weighted:
            painter.drawText(6, 3 * height, width, height, LEFT_ALIGN, weighted)
        if self.rate_note.text():
            painter.setPen(RED)
            row = 4 if weighted else 3   # a Won or Lost column has no weighted line
            painter.drawText(6, row * height, width, height, LEFT_ALIGN, self.rate_note.text())
        painter.end()


class KanbanColumn(QFrame):
    def __init__(self, spec: ColumnSpec, parent=None):
        super().__init__(parent)
        if spec.prepared is None:
            spec = prepare_column(spec)
        self.spec = spec
        self.setMinimumWidth(COLUMN_MIN_WIDTH)
        self.setMaximumWidth(COLUMN_WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setObjectName("kanbanColumn")   # styled by the board (COLUMN_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 6, 4, 4)
        layout.setSpacing(4)
        self.header = ColumnHeader(self)
        self.title, self.counts, self.summary = self.header.lines
        self.model = CardListModel(spec.key, spec.cards, self, spec.prepared.titles)
        self.view = CardListView(spec.key, self.model, self)
        # The card's tooltip comes from the delegate's helpEvent: a Python viewportEvent() was
        # called for every event of the list, each waiting for the interpreter while a
        # background load ran.
        self.view.setItemDelegate(CardDelegate(self.model.card_at, self.view,
                                               tooltip=self.model.tooltip))
        layout.addWidget(self.header)
        layout.addWidget(self.view, 1)
        self._take(spec)

    def show_spec(self, spec: ColumnSpec) -> None:
        """Show new cards (a reload or a filter): the model is reset with the prepared titles,
        the header takes the prepared figures and texts."""
        if spec.prepared is None:
            spec = prepare_column(spec)
        self.spec = spec
        self.model.set_cards(spec.cards, spec.prepared.titles)
        self._take(spec)

    def _take(self, spec: ColumnSpec) -> None:
        prepared = spec.prepared
        self._count = len(spec.cards)
        self._money = spec.totals
        self._stuck = prepared.stuck
        self._show_header(prepared.summary, prepared.money, prepared.header)

    def recount(self, totals: ColumnTotals | None = None) -> None:
        """Recompute the column's totals from its cards (after new cards were set), or take
        `totals` already worked out for them."""
        cards = self.model.cards
        self._count = len(cards)
        self._money = totals if totals is not None else ColumnTotals(cards)
        self._stuck = sum(map(_stuck, cards))
        self.update_header()

    def adjust(self, card, sign: int) -> None:
        """Add (+1) or take away (-1) one card's share of the totals, without a full recount."""
        self._count += sign
        self._money.add(card, sign)
        self._stuck += sign * bool(card.stuck)

    def update_header(self) -> None:
        money = self._money.money(self.spec.probability, self.spec.company_currency)
        summary, texts = header_texts(self.spec, self._count, self._stuck, money)
        self._show_header(summary, money, texts)

    def _show_header(self, summary: ColumnSummary, money: ColumnMoney, texts: HeaderTexts
                     ) -> None:
        self.title.setText(texts.title)
        self.counts.setText(texts.counts)
        self.header.short_counts = texts.short_counts
        self.header.rate_note.setText(texts.rate_note)
        self.summary.setText(texts.summary)
        if self.header.toolTip() != texts.tooltip:
            self.header.setToolTip(texts.tooltip)
        self.summary_values = summary
        self.money = money


class KanbanBoard(QWidget):
    """Columns side by side in a horizontal scroll area. Each card's `stage_id` is the key of the
    column it is in."""
    move_requested = Signal(list, object)     # card ids, target column key
    open_requested = Signal(object)           # a card
    reopen_requested = Signal(object)         # a closed card
    current_changed = Signal(object)          # a card or None

    def __init__(self, parent=None):
        super().__init__(parent)
        self.columns: list[KanbanColumn] = []
        self._column_by_key: dict[Any, KanbanColumn] = {}
        self._by_id: dict[int, Any] = {}
        self._generation = 0      # set_columns() calls; a gradual one stops when it changes
        self._thens: list = []    # what to run once the board asked for last is shown
        self._strip = QWidget()
        # One style sheet for every column (one per column and list cost ~10 ms each to build)
        self._strip.setStyleSheet(COLUMN_STYLE)
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
    def _align_headers(self) -> None:
        rows = 5 if any(c.header.rate_note.text() for c in self.columns) else 4
        for column in self.columns:
            column.header.set_rows(rows)

    def set_columns(self, specs: list[ColumnSpec], *, by_id: dict | None = None,
                    gradually: bool = False, then=None) -> None:
        """Show these columns; when the keys are unchanged the views are reused (a reload or a
        filter only resets the models). Specs made by prepare_column() (and `by_id`, their cards
        by id: cards_by_id()) cost no per-card work here.

        `gradually`: one column per turn of the event loop, the others showing what they showed
        until their turn, so that the window never stands still for the whole board; `then()`
        runs once the last column is shown. A newer set_columns() drops the turns left; the
        `then()` of the older runs when the newer board is shown."""
        self._generation += 1
        generation = self._generation
        if then is not None:
            self._thens.append(then)
        if [c.spec.key for c in self.columns] != [s.key for s in specs]:
            # Other stages: new columns, all at once and empty (so that the board is laid out
            # once, not again as each column comes); their cards come at their turn below.
            for column in self.columns:
                self._row.removeWidget(column)
                column.deleteLater()
            while self._row.count():
                self._row.takeAt(0)
            self.columns = [self._new_column(_waiting(spec) if gradually else spec)
                            for spec in specs]
            for column in self.columns:
                self._row.addWidget(column, 1)
            self._row.addStretch(1)
            self._column_by_key = {c.spec.key: c for c in self.columns}
            # built with their cards, or (gradually) empty until their turn
            steps = list(zip(self.columns, specs)) if gradually else []
        else:
            steps = list(zip(self.columns, specs))

        def finish() -> None:
            self._by_id = by_id if by_id is not None else cards_by_id(specs)
            self._align_headers()
            thens, self._thens = self._thens, []
            for done in thens:
                done()

        if not gradually:
            for column, spec in steps:
                column.show_spec(spec)
            finish()
            return

        def next_column() -> None:
            if generation != self._generation:
                return   # a newer board is being shown
            if steps:
                column, spec = steps.pop(0)
                column.show_spec(spec)
                # the cards of a column shown already must be found before the last turn
                self._by_id.update(zip(map(_id, spec.cards), spec.cards))
                # 1 ms, not 0: a zero timer is a posted call, and Qt runs the calls posted
                # meanwhile in the same pass, so all the turns ran back to back with no paint
                # or input between them.
                QTimer.singleShot(1, self, next_column)
            else:
                finish()
        next_column()

    def _new_column(self, spec: ColumnSpec) -> KanbanColumn:
        column = KanbanColumn(spec, self._strip)
        column.view.dropped.connect(self.move_requested)
        column.view.key_move.connect(lambda step, c=column: self._keyboard_move(c, step))
        column.view.open_requested.connect(self.open_requested)
        column.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        column.view.customContextMenuRequested.connect(
            lambda pos, c=column: self._context_menu(c, pos))
        column.view.selectionModel().currentChanged.connect(
            lambda current, _previous, c=column:
            self.current_changed.emit(c.model.card_at(current.row())))
        return column

    def column(self, key) -> KanbanColumn:
        return self._column_by_key[key]

    def card(self, card_id: int):
        return self._by_id.get(card_id)

    def column_of(self, card_id: int):
        card = self._by_id.get(card_id)
        return card.stage_id if card is not None else None

    def selected_ids(self, column: KanbanColumn | None = None) -> list[int]:
        columns = [column] if column else self.columns
        return [c.model.cards[row].id for c in columns
                for row in sorted(i.row() for i in c.view.selectionModel().selectedIndexes())]

    def apply_move(self, updated_cards: list) -> None:
        """Move cards (new records with the same ids, their new column in `stage_id`) to the end
        of that column, and select them there. Cards compare by identity."""
        touched: set[KanbanColumn] = set()
        for new in updated_cards:
            old = self._by_id[new.id]
            source = self._column_by_key[old.stage_id]
            target = self._column_by_key[new.stage_id]
            if target is source:
                source.model.replace(old, new)
                source.adjust(old, -1)
                source.adjust(new, +1)
            else:
                source.model.take(old)
                source.adjust(old, -1)
                target.model.append(new)
                target.adjust(new, +1)
            self._by_id[new.id] = new
            touched |= {source, target}
        for column in touched:
            column.update_header()
        self._align_headers()
        if not updated_cards:
            return
        target = self._column_by_key[updated_cards[-1].stage_id]
        selection = target.view.selectionModel()
        selection.clearSelection()
        rows = [target.model.cards.index(new) for new in updated_cards
                if new.stage_id == target.spec.key]
        for row in rows:
            selection.select(target.model.index(row), QItemSelectionModel.SelectionFlag.Select)
        current = target.model.index(rows[-1])
        selection.setCurrentIndex(current, QItemSelectionModel.SelectionFlag.NoUpdate)
        target.view.scrollTo(current)

    def select(self, card_id: int) -> None:
        card = self._by_id[card_id]
        column = self._column_by_key[card.stage_id]
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
        card = column.model.card_at(index.row())
        ids = self.selected_ids(column) or [card.id]
        menu = QMenu(self)
        menu.addAction(tr("Open details"), lambda: self.open_requested.emit(card))
        move = menu.addMenu(ngettext("Move {n} card to", "Move {n} cards to", len(ids)).format(
            n=formatting.number(len(ids))))
        for other in self.columns:
            if other is not column:
                move.addAction(other.spec.title,
                               lambda key=other.spec.key: self.move_requested.emit(ids, key))
        if card.status == "lost":
            menu.addAction(tr("Reopen…"), lambda: self.reopen_requested.emit(card))
        menu.exec(column.view.viewport().mapToGlobal(pos))
