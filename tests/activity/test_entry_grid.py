"""The entry grid as a user drives it: type, Tab, Enter, paste a block, undo, colours."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit

from widgets.entry_grid import BELOW_GOAL, MET_GOAL, EntryGridModel, EntryGridView, parse_count

ROWS = [(1, "Μαρία Παπαδοπούλου"), (2, "王伟"), (3, "Juan dela Cruz")]
COLS = [("calls", "Calls"), ("cold", "Cold calls"), ("crm", "CRM actions")]


@pytest.fixture
def grid(qtbot):
    model = EntryGridModel()
    view = EntryGridView()
    view.setModel(model)
    model.load(ROWS, COLS, {(2, "cold"): 30}, goals={(r, "cold"): 25 for r, _ in ROWS})
    qtbot.addWidget(view)
    view.resize(600, 200)
    view.show()
    qtbot.waitExposed(view)
    view.setFocus()
    view.setCurrentIndex(model.index(0, 0))
    return view, model


def type_into(qtbot, view, text):
    """Type as a user: the first key opens the editor (unless Tab already opened the next
    cell's), the rest go to it."""
    if view.state() != view.State.EditingState:
        qtbot.keyClick(view, text[0])
        text = text[1:]
    qtbot.wait(1)   # let the closed editor go
    editors = [e for e in view.findChildren(QLineEdit) if e.isVisible()]
    assert editors, "typing did not open an editor"
    editor = editors[-1]
    qtbot.keyClicks(editor, text)
    return editor


def test_type_tab_enter(qtbot, grid):
    view, model = grid
    editor = type_into(qtbot, view, "42")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)                 # commit, move right
    qtbot.wait(1)                                          # the delegate commits queued
    assert model.values[(1, "calls")] == 42
    assert view.currentIndex().column() == 1
    editor = type_into(qtbot, view, "18")
    qtbot.keyClick(editor, Qt.Key.Key_Return)              # commit, move down
    qtbot.wait(1)
    assert model.values[(1, "cold")] == 18
    assert (view.currentIndex().row(), view.currentIndex().column()) == (1, 1)
    # colours: 18 < 25 below goal, 30 meets it
    assert model.data(model.index(0, 1), Qt.ItemDataRole.BackgroundRole) == BELOW_GOAL
    assert model.data(model.index(1, 1), Qt.ItemDataRole.BackgroundRole) == MET_GOAL
    assert model.edits() == {(1, "calls"): 42, (1, "cold"): 18}


def test_bad_value_is_refused(qtbot, grid):
    view, model = grid
    with qtbot.waitSignal(model.rejected) as blocker:
        editor = type_into(qtbot, view, "x7")
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.wait(1)
    assert "not a count" in blocker.args[0]
    assert model.edits() == {}


def test_paste_block_and_undo_redo(qtbot, grid):
    view, model = grid
    view.setCurrentIndex(model.index(1, 0))
    QGuiApplication.clipboard().setText("10\t20\t30\r\n11\t\t31\r\n")
    qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert model.values[(2, "calls")] == 10 and model.values[(3, "crm")] == 31
    assert model.values[(2, "cold")] == 20                  # overwrote 30
    assert (3, "cold") not in model.values                   # an empty cell in the block
    assert len(model.edits()) == 5
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)   # one step undoes all
    assert model.values == {(2, "cold"): 30} and model.edits() == {}
    qtbot.keyClick(view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert model.values[(3, "crm")] == 31
    # a bad cell in the block: nothing is pasted
    QGuiApplication.clipboard().setText("1\tabc\n")
    before = dict(model.values)
    view.setCurrentIndex(model.index(0, 0))
    assert view.paste() == 0 and model.values == before
    # Delete clears the selection; undo brings it back
    view.setCurrentIndex(model.index(2, 2))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert (3, "crm") not in model.values
    model.undo_stack.undo()
    assert model.values[(3, "crm")] == 31


def test_parse_count():
    assert parse_count(" 12 ") == 12 and parse_count("") is None and parse_count("1,234") == 1234
    assert parse_count("12.0") == 12
    for bad in ("-1", "2.5", "abc", "1000001"):
        with pytest.raises(ValueError):
            parse_count(bad)
