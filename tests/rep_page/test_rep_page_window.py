"""The rep's page in the real window, driven like a user: double-click (or Enter) on the roster
opens it, its parts show the rep, a manager never sees the pay part, Alt+Left goes back and
Alt+Right forward again, and Ctrl+H shows the rep's history."""
from html import escape

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from desktop.context import AppContext
from desktop.main_window import MainWindow
from desktop.settings import Settings
from desktop.tasks import TaskRunner
from models.domain.enums import UserRole
from models.services.users import CurrentUser, sign_in
from tests.rep_page.test_rep_page_service import a_sales_rep
from tests.window_pages import go_to_page


@pytest.fixture
def open_window(qtbot, tmp_path):
    made = []

    def build(db, role="admin", team_id=None):
        settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
        win = MainWindow(settings)
        qtbot.addWidget(win)
        win.resize(1280, 800)
        win.show()
        win.activateWindow()
        qtbot.waitUntil(win.isActiveWindow)  # shortcuts (Alt+Left, Ctrl+H) reach an active window
        me = sign_in(db)
        user = CurrentUser(me.login, me.display_name, UserRole(role), team_id)
        ctx = AppContext(db=db, user=user, tasks=TaskRunner(win), settings=settings)
        win.set_context(ctx)
        made.append(ctx)
        win.sidebar.setCurrentRow(0)
        qtbot.waitUntil(lambda: win.page("roster") is not None, timeout=20_000)
        roster = win.page("roster")
        qtbot.waitUntil(lambda: roster.data is not None and roster.model.rowCount() > 0,
                        timeout=20_000)
        return win, roster
    yield build
    for ctx in made:
        ctx.tasks.wait()


def double_click_rep(qtbot, roster, rep_id):
    assert roster.select_id(rep_id)
    index = roster.table.currentIndex()
    rect = roster.table.visualRect(roster.model.index(roster.model.row_of_id(rep_id), 0))
    # as a mouse does it: a press and release, then the second press that is the double-click
    qtbot.mouseClick(roster.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(roster.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    return index


def wait_loaded(qtbot, win, rep_id):
    qtbot.waitUntil(lambda: win.rep_page is not None and win.rep_page.data is not None
                    and win.rep_page.data.rep_id == rep_id and not win.rep_page.is_loading(),
                    timeout=20_000)
    return win.rep_page


def test_manager_opens_a_rep_from_the_roster_and_sees_no_pay(open_window, demo_db, qtbot):
    rep_id, team_id = a_sales_rep(demo_db)
    win, roster = open_window(demo_db, "sales_manager", team_id)
    double_click_rep(qtbot, roster, rep_id)
    page = wait_loaded(qtbot, win, rep_id)
    assert win.stack.currentWidget() is page
    name = page.data.name
    assert name in page.title.text()
    for part in ("profile", "status", "quota", "key_numbers", "deals", "one_on_ones", "reviews",
                 "quality", "training", "history"):
        assert page.boxes[part].isVisible(), part
    assert "commission" not in page.boxes or not page.boxes["commission"].isVisible()
    assert not any("Base salary" in label.text() for label in page.texts.values())
    deals_text = page.texts["deals"].text()
    assert f"<b>{len(page.data.open_deals)}</b> open" in deals_text
    first = (page.data.open_deals + page.data.won_deals)[0]
    assert escape(first.title) in deals_text

    # back to the roster and forward again, with the keys a browser uses (the offscreen platform
    # has no window manager to keep the window active)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert page.isAncestorOf(QApplication.focusWidget())  # the keys go to the rep's page
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert win.stack.currentWidget() is roster
    assert win.sidebar.currentRow() == 0
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert win.stack.currentWidget() is page and page.rep_id == rep_id


def test_admin_sees_pay_and_enter_opens_the_page_and_ctrl_h_its_history(open_window, demo_db,
                                                                        qtbot):
    rep_id, _team = a_sales_rep(demo_db)
    win, roster = open_window(demo_db, "admin")
    assert roster.select_id(rep_id)
    roster.table.setFocus()
    qtbot.keyClick(roster.table, Qt.Key.Key_Return)
    page = wait_loaded(qtbot, win, rep_id)
    assert page.boxes["commission"].isVisible()
    assert "Base salary" in page.texts["commission"].text()
    win.show_history()
    dialog = win._history
    qtbot.addWidget(dialog)
    assert page.data.name in dialog.windowTitle()
    dialog.close()
    QApplication.processEvents()


def test_the_hiring_facts_show_on_the_page_after_an_edit(open_window, demo_db, qtbot):
    rep_id, _team = a_sales_rep(demo_db)
    win, roster = open_window(demo_db, "admin")
    page = win.open_rep(rep_id)
    wait_loaded(qtbot, win, rep_id)
    editor = page.edit_rep(exec_dialog=False)
    qtbot.addWidget(editor)
    editor.referral_source.setText("Referido por María Ñañez — 介绍人")
    editor.prior_performance_verified.setChecked(True)
    editor.prior_performance_note.setText("Reference call: 118% of quota at Ayala Corp.")
    editor.profile.setCurrentIndex(editor.profile.findData("builder"))
    editor.accept()
    editor.wait_saved()
    assert editor.result() == 1
    qtbot.waitUntil(lambda: "María Ñañez" in page.texts["profile"].text() and
                    not page.is_loading(), timeout=20_000)
    text = page.texts["profile"].text()
    assert "verified — Reference call: 118% of quota" in text and "Builder" in text
    events = page.data.history
    assert any(c.field == "referral_source" for ev in events for c in ev.changes)


def test_the_page_opens_from_attention_league_reviews_and_territory_tree(open_window, demo_db,
                                                                         qtbot):
    from widgets.territory_tree import ID, KIND, REP
    win, _roster = open_window(demo_db, "admin")

    def double_click(view, index):
        rect = view.visualRect(index)
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    # the attention list of Numbers & trends
    dashboard = go_to_page(qtbot, win, "numbers").dashboard
    qtbot.waitUntil(lambda: dashboard.data is not None and bool(dashboard.data.attention),
                    timeout=20_000)
    double_click(dashboard.attention_view, dashboard.attention_view.model().index(0, 1))
    wait_loaded(qtbot, win, dashboard.data.attention[0].rep_id)

    # the league table of Quality & training
    quality = go_to_page(qtbot, win, "quality")
    league_index = next(i for i, (title, _m) in enumerate(quality.specs)
                        if title == "League tables")
    quality.tabs.setCurrentIndex(league_index)
    league = quality.tab(league_index)
    qtbot.waitUntil(lambda: league.model.rowCount() > 0, timeout=20_000)
    double_click(league.table, league.table.model().index(0, 1))
    wait_loaded(qtbot, win, league.shown[0].rep_id)

    # the review list
    reviews = go_to_page(qtbot, win, "reviews")
    qtbot.waitUntil(lambda: reviews.table.rowCount() > 0 and len(reviews.rows) > 0,
                    timeout=20_000)
    double_click(reviews.table, reviews.table.model().index(0, 0))
    wait_loaded(qtbot, win, reviews.rows[0].rep_id)

    # a rep under a territory of the tree
    tree = go_to_page(qtbot, win, "territories").tree

    def first_rep():
        items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
        while items:
            item = items.pop(0)
            if item.data(0, KIND) == REP:
                return item
            items += [item.child(i) for i in range(item.childCount())]
        return None
    qtbot.waitUntil(lambda: first_rep() is not None, timeout=20_000)
    item = first_rep()
    tree.scrollToItem(item)
    double_click(tree, tree.indexFromItem(item))
    wait_loaded(qtbot, win, item.data(0, ID))
    assert win.stack.currentWidget() is win.rep_page
