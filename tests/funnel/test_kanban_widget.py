"""The board widget alone, fed plain records (no database)."""
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QItemSelectionModel, Qt

import widgets.kanban as kanban
from widgets.kanban import MIME_TYPE, ColumnSpec, KanbanBoard, decode_ids


@dataclass(eq=False)
class Card:
    id: int
    title: str
    stage_id: int
    amount: Decimal = Decimal("1000")
    account: str = "Acme"
    currency: str = "USD"
    rep_name: str = "Dewi Lestari"
    days_in_stage: int = 3
    stuck: bool = False
    status: str = "open"
    version: int = 1


def board_with(qtbot, sizes=(5, 2)):
    board = KanbanBoard()
    qtbot.addWidget(board)
    board.resize(900, 600)
    board.set_columns([ColumnSpec(key, f"Stage {key}", Decimal("0.5"),
                                  [Card(key * 100 + i, f"Deal {key}-{i}", key) for i in range(n)])
                       for key, n in enumerate(sizes, start=1)])
    board.show()
    return board


def test_dragging_selected_cards_carries_their_ids(qtbot, monkeypatch):
    started = []

    class FakeDrag:
        def __init__(self, source):
            self.source = source

        def setMimeData(self, mime):  # noqa: N802
            self.mime = mime

        def setPixmap(self, pixmap):  # noqa: N802
            self.pixmap = pixmap

        def setHotSpot(self, point):  # noqa: N802
            pass

        def exec(self, action):
            started.append((decode_ids(self.mime.data(MIME_TYPE)), self.pixmap.isNull()))

    monkeypatch.setattr(kanban, "QDrag", FakeDrag)
    board = board_with(qtbot)
    view = board.column(1).view
    for row in (1, 3):
        view.selectionModel().select(view.model().index(row), QItemSelectionModel.SelectionFlag.Select)
    view.startDrag(Qt.DropAction.MoveAction)
    assert started == [([101, 103], False)]


def test_apply_move_updates_both_columns_and_their_totals(qtbot):
    board = board_with(qtbot)
    card = board.card(102)
    moved = Card(card.id, card.title, 2, amount=Decimal("1000"), stuck=False)
    board.apply_move([moved])
    assert [c.id for c in board.column(1).model.cards] == [100, 101, 103, 104]
    assert [c.id for c in board.column(2).model.cards] == [200, 201, 102]
    assert board.column(1).model.qt.rowCount() == 4 and board.column(2).model.qt.rowCount() == 3
    assert board.column(1).summary_values.total == Decimal("4000")
    assert board.column(2).summary_values.weighted == Decimal("1500.00")
    assert board.column_of(102) == 2 and board.selected_ids() == [102]


def test_stuck_cards_are_counted_in_the_header(qtbot):
    board = board_with(qtbot, sizes=(3,))
    cards = board.column(1).model.cards
    cards[0].stuck = True
    board.set_columns([ColumnSpec(1, "Proposal sent", Decimal("0.35"), cards)])
    assert board.column(1).counts.text() == "3 deals · 1 stuck"
    assert board.column(1).summary.text() == "USD 3,000 · weighted 1,050"


def test_a_gradual_board_shows_one_column_per_turn(qtbot):
    """set_columns(gradually=True): the first column at once, the others on later turns of the
    event loop (the window answers in between); then() once all are shown; a newer board drops
    the turns left of the older one."""
    board = board_with(qtbot, sizes=(1, 1, 1))
    new = [ColumnSpec(key, f"Stage {key}", Decimal("0.5"),
                      [Card(key * 1000 + i, f"New {key}-{i}", key) for i in range(2)])
           for key in (1, 2, 3)]
    done = []
    board.set_columns([kanban.prepare_column(spec) for spec in new],
                      gradually=True, then=lambda: done.append(True))
    assert [len(c.model.cards) for c in board.columns] == [2, 1, 1]   # the rest: still the old
    assert board.card(1000) is not None and board.card(2000) is None
    qtbot.waitUntil(lambda: done == [True], timeout=5000)
    assert [len(c.model.cards) for c in board.columns] == [2, 2, 2]
    assert board.column(3).counts.text() == "2 deals"
    assert board.card(3001).title == "New 3-1" and board.card(300) is None
    # a newer board while one is coming: the older one's turns stop, its then() runs once the
    # newer board is shown
    older, newer = [], []
    board.set_columns([kanban.prepare_column(spec) for spec in new],
                      gradually=True, then=lambda: older.append(True))
    board.set_columns([ColumnSpec(key, f"Stage {key}", Decimal("0.5"), []) for key in (1, 2, 3)],
                      then=lambda: newer.append(True))
    assert older == newer == [True] and [len(c.model.cards) for c in board.columns] == [0, 0, 0]
    qtbot.wait(50)
    assert older == [True] and [len(c.model.cards) for c in board.columns] == [0, 0, 0]


def test_prepared_columns_show_the_same_header_as_plain_ones(qtbot):
    cards = [Card(i, f"Deal {i}", 1, amount=Decimal(1000 * (i + 1)), stuck=i == 0)
             for i in range(3)]
    plain, prepared = board_with(qtbot, sizes=(1,)), board_with(qtbot, sizes=(1,))
    spec = ColumnSpec(1, "Proposal sent", Decimal("0.35"), cards, stuck_after_days=10)
    plain.set_columns([spec])
    prepared.set_columns([kanban.prepare_column(ColumnSpec(1, "Proposal sent", Decimal("0.35"),
                                                           list(cards), stuck_after_days=10))])
    a, b = plain.column(1), prepared.column(1)
    assert (a.title.text(), a.counts.text(), a.summary.text(), a.header.toolTip()) == (
        b.title.text(), b.counts.text(), b.summary.text(), b.header.toolTip())
    assert b.counts.text() == "3 deals · 1 stuck" and b.summary.text() == "USD 6,000 · weighted 2,100"
    assert b.model.qt.stringList() == ["Deal 0", "Deal 1", "Deal 2"]


def test_a_card_says_more_when_the_pointer_rests_on_it(qtbot, monkeypatch):
    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtGui import QHelpEvent

    import widgets.kanban_delegate as delegate_module
    shown = []
    monkeypatch.setattr(delegate_module.QToolTip, "showText",
                        lambda pos, text, widget=None: shown.append(text))
    board = board_with(qtbot, sizes=(3,))
    view = board.column(1).view
    rect = view.visualRect(view.model().index(1))
    event = QHelpEvent(QEvent.Type.ToolTip, rect.center(), view.viewport().mapToGlobal(rect.center()))
    view.viewportEvent(event)
    assert shown and shown[0].splitlines()[:2] == ["Deal 1-1", "Acme"]
    assert "3 days in this stage" in shown[0]
    shown.clear()
    view.viewportEvent(QHelpEvent(QEvent.Type.ToolTip, QPoint(5, 5000), QPoint(5, 5000)))
    assert shown == []     # below the last card: nothing to say


def test_a_narrow_column_still_shows_both_counts_whole(qtbot):
    """Seen at 1280 wide with 10,086 deals: the red stuck count was cut to '9,99'."""
    board = KanbanBoard()
    qtbot.addWidget(board)
    board.set_columns([ColumnSpec(1, "Qualified", Decimal("0.5"),
                                  [Card(i, f"Deal {i}", 1, stuck=i % 10 != 0)
                                   for i in range(10_086)])])
    board.show()
    column = board.column(1)
    header = column.header
    assert column.counts.text() == "10,086 deals · 9,077 stuck"
    header.setFixedWidth(400)
    assert header.counts_shown() == ("10,086 deals", "9,077 stuck")
    header.setFixedWidth(150)   # as on a seven-stage board at 1280 wide
    width = header.width() - 12
    deals, stuck = header.counts_shown()
    assert (deals, stuck) == ("10,086", "9,077 stuck")
    painted = header.fontMetrics().horizontalAdvance(deals + " · " + stuck)
    assert painted <= width
    header.setFixedWidth(90)    # too narrow even so: the stuck count is elided, not cut
    deals, stuck = header.counts_shown()
    assert deals == "10,086" and stuck.endswith("…")
