"""The conflict dialog and the history view, driven like a user would."""
import datetime as dt

import pytest
from PySide6.QtCore import QDate

from desktop.context import AppContext
from desktop.conflicts import conflict_rows, save_or_resolve
from desktop.history_dialog import HistoryDialog
from models.db.core import Rep
from models.db.migrate import open_database
from models.db.retry import EditConflict, save_changes
from models.domain.enums import UserRole
from models.services.users import CurrentUser
from tests.multiuser.helpers import make_team_with_reps
from widgets.conflict_dialog import CANCEL, RELOAD, REAPPLY, ConflictDialog, ConflictRow
from tests.pg_logins import open_as

ADMIN = CurrentUser("tester", "Tester", UserRole.ADMIN, None)
TRAINER = CurrentUser("tina", "Tina", UserRole.TRAINER, None)


@pytest.fixture
def edited(db, db_url):
    _, (rep_id,) = make_team_with_reps(db, "Ἀθῆναι", ["Ng̃alan Mañalac"])
    alice = open_as(db_url, "alice")
    save_changes(alice, Rep, rep_id, 1, {"home_base": "Θεσσαλονίκη", "phone": "+30 1"})
    yield rep_id
    alice.dispose()


@pytest.mark.parametrize("button,choice", [("reload_button", RELOAD), ("reapply_button", REAPPLY),
                                           ("cancel_button", CANCEL)])
def test_conflict_dialog_buttons(qtbot, button, choice):
    dialog = ConflictDialog("t", "m", [ConflictRow("Home base", "Cebu", "Jakarta", "alice", "now")])
    qtbot.addWidget(dialog)
    getattr(dialog, button).click()
    assert dialog.choice == choice
    assert dialog.table.item(0, 3).text() == "alice"


def test_conflict_rows_show_mine_theirs_and_who(db, edited):
    with pytest.raises(EditConflict) as caught:
        save_changes(db, Rep, edited, 1, {"home_base": "Cebu"})
    rows = {r.field: r for r in conflict_rows(caught.value)}
    assert rows["Home base"].mine == "Cebu" and rows["Home base"].theirs == "Θεσσαλονίκη"
    assert rows["Home base"].changed_by == "alice" and rows["Phone"].mine == ""
    assert rows["Phone"].theirs == "+30 1"


def test_reapply_saves_on_top_and_reload_saves_nothing(qtbot, db, edited):
    ctx = AppContext(db=db, user=ADMIN, tasks=None)
    reloaded = []
    version = save_or_resolve(ctx, None, Rep, edited, 1, {"full_name": "王秀英"},
                              on_reload=lambda: reloaded.append(1), ask=lambda p, e: RELOAD)
    assert version is None and reloaded == [1]
    with db.read() as s:
        assert s.get(Rep, edited).full_name == "Ng̃alan Mañalac"
    with qtbot.waitSignal(ctx.changed, timeout=2000):
        version = save_or_resolve(ctx, None, Rep, edited, 1, {"full_name": "王秀英"},
                                  ask=lambda p, e: REAPPLY)
    assert version == 3
    with db.read() as s:
        rep = s.get(Rep, edited)
    assert (rep.full_name, rep.home_base) == ("王秀英", "Θεσσαλονίκη")  # theirs kept, mine on top


def test_history_dialog_filters_and_admin_restore(qtbot, db, edited, monkeypatch):
    from PySide6.QtWidgets import QMessageBox
    ctx = AppContext(db=db, user=ADMIN, tasks=None)
    dialog = HistoryDialog(ctx, "reps", edited, title="Ng̃alan")
    qtbot.addWidget(dialog)
    view = dialog.view
    assert view.tree.topLevelItemCount() == 2  # created, changed by alice
    assert [view.user_filter.itemText(i) for i in range(view.user_filter.count())] == \
        ["Everyone", "alice", "tester"]
    view.user_filter.setCurrentIndex(view.user_filter.findData("alice"))
    assert view.tree.topLevelItemCount() == 1
    view.since.setDate(QDate.currentDate().addDays(1))
    assert view.tree.topLevelItemCount() == 0 and view.empty_label.isVisibleTo(dialog)
    view.clear_filters()
    assert view.tree.topLevelItemCount() == 2
    # Select alice's change (newest first) and restore it.
    view.tree.setCurrentItem(view.tree.topLevelItem(0))
    assert view.restore_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(ctx.changed, timeout=2000):
        view.restore_button.click()
    with db.read() as s:
        rep = s.get(Rep, edited)
    assert (rep.home_base, rep.phone) == (None, None)
    assert view.tree.topLevelItemCount() == 3
    assert view.tree.topLevelItem(0).text(1) == "tester"


def test_history_has_no_restore_for_non_admins(qtbot, db, edited):
    dialog = HistoryDialog(AppContext(db=db, user=TRAINER, tasks=None), "reps", edited)
    qtbot.addWidget(dialog)
    assert not dialog.view.restore_button.isVisibleTo(dialog)
