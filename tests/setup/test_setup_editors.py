"""The Company menu's editors on the demo company, driven like a user, on both databases: a bad
value is shown under its field and saves nothing; undo and redo are saves in the history; an
archived team comes back with Undo, a deleted deal too; a deal is split and handed over; a stale
edit shows who changed what; a sales manager is refused another team's deal in one sentence."""
import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from desktop.context import AppContext
from desktop.tasks import TaskRunner
from models.db.core import Rep, Team
from models.db.funnel import Deal
from models.domain.enums import UserRole
from models.services import history
from models.services.users import CurrentUser, sign_in
from tests.setup.test_first_start_guide import TIMEOUT, add, fill, loaded, settle


@pytest.fixture
def told(monkeypatch):
    """What the editors told the user in a message box (a modal box would stop the test)."""
    said = []
    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, **k: said.append(a[2]))
    return said


@pytest.fixture
def make_ctx(qtbot, told):
    made = []

    def build(db, role="admin", team_id=None):
        me = sign_in(db)
        ctx = AppContext(db=db, user=CurrentUser(me.login, me.display_name, UserRole(role),
                                                 team_id), tasks=TaskRunner())
        made.append(ctx)
        return ctx
    yield build
    for ctx in made:
        ctx.tasks.wait()


def open_editor(qtbot, ctx, key):
    from desktop.setup.menu import make_editor
    editor = make_editor(ctx, key)
    qtbot.addWidget(editor)
    editor.show()
    loaded(qtbot, editor)
    return editor


def wait_version(qtbot, db, entity, row_id, version):
    def now():
        with db.read() as s:
            row = s.get(entity, row_id)
            return None if row is None else row.version
    qtbot.waitUntil(lambda: now() == version, timeout=TIMEOUT)


def test_team_edit_undo_redo_and_archive_undo(demo_db, make_ctx, qtbot, told):
    ctx = make_ctx(demo_db)
    teams = open_editor(qtbot, ctx, "teams")
    team = teams.record_by_name("Manila Field Sales")
    assert teams.select_id(team.id)

    # a wrong value: shown under the field, nothing saved
    dialog = teams.edit_selected(exec_dialog=False)
    fill(dialog.form, {"time_zone": "Manila/Nowhere"})
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=TIMEOUT)
    assert dialog.result() == 0
    assert "not a time zone" in dialog.form.errors["time_zone"].text()
    with demo_db.read() as s:
        assert s.get(Team, team.id).version == team.version

    fill(dialog.form, {"time_zone": "Asia/Manila", "name": "Manila Field Sales Ñ"})
    dialog.accept()
    settle(qtbot, dialog)
    with demo_db.read() as s:
        assert s.get(Team, team.id).name == "Manila Field Sales Ñ"
    teams.undo_action.trigger()
    wait_version(qtbot, demo_db, Team, team.id, team.version + 2)
    with demo_db.read() as s:
        row = s.get(Team, team.id)
        assert (row.name, row.time_zone) == ("Manila Field Sales", None)
    teams.redo_action.trigger()
    wait_version(qtbot, demo_db, Team, team.id, team.version + 3)
    with demo_db.read() as s:
        assert s.get(Team, team.id).name == "Manila Field Sales Ñ"
    names = [c.new for e in history.history(demo_db, "teams", team.id) if e.action != "insert"
             for c in e.changes if c.field == "name"]
    assert names == ["Manila Field Sales Ñ", "Manila Field Sales", "Manila Field Sales Ñ"]

    # archiving a team with reps is refused in one sentence; an empty one is archived and
    # Undo brings it back
    warnings = told
    qtbot.waitUntil(lambda: getattr(teams.record_by_name("Manila Field Sales Ñ"), "version",
                                    None) == team.version + 3, timeout=TIMEOUT)
    teams.select_id(team.id)
    teams.delete_selected(confirm=False)
    qtbot.waitUntil(lambda: bool(warnings), timeout=TIMEOUT)
    assert "still has" in warnings[0] and "move them" in warnings[0]
    empty = add(qtbot, teams, name="Davao Start-up")
    teams.select_id(empty.id)
    steps = teams.undo_stack.count()
    teams.delete_selected(confirm=False)
    qtbot.waitUntil(lambda: teams.undo_stack.count() == steps + 1, timeout=TIMEOUT)
    wait_version(qtbot, demo_db, Team, empty.id, empty.version + 1)
    with demo_db.read() as s:
        assert s.get(Team, empty.id).archived_on == dt.date.today()
    teams.undo_action.trigger()
    wait_version(qtbot, demo_db, Team, empty.id, empty.version + 2)
    with demo_db.read() as s:
        assert s.get(Team, empty.id).archived_on is None


def test_deals_split_hand_over_delete_and_undo(demo_db, make_ctx, qtbot, told):
    ctx = make_ctx(demo_db)
    with demo_db.read() as s:
        giver, taker = s.execute(select(Rep.id).join(Deal, Deal.rep_id == Rep.id)
                                 .where(Deal.status == "open", Deal.amount > 1000)
                                 .group_by(Rep.id, Rep.team_id).order_by(Rep.id)
                                 .limit(2)).scalars().all()
        open_before = s.scalar(select(func.count()).select_from(Deal)
                               .where(Deal.rep_id == giver, Deal.status == "open"))
    deals = open_editor(qtbot, ctx, "deals")
    deals.rep_filter.setCurrentIndex(deals.rep_filter.findData(giver))
    loaded(qtbot, deals)
    line = next(d for d in deals.records if d.record.status == "open")
    deal = line.record
    deals.select_id(deal.id)

    deals.split_selected(amount="1000", title="Second phase", exec_dialog=False)
    qtbot.waitUntil(lambda: told or any(d.record.title == "Second phase" for d in deals.records),
                    timeout=TIMEOUT)
    assert not told
    with demo_db.read() as s:
        assert s.get(Deal, deal.id).amount == deal.amount - Decimal("1000")
        part = s.execute(select(Deal).where(Deal.title == "Second phase")).scalar_one()
        assert (part.amount, part.rep_id, part.stage_id) == (Decimal("1000.00"), giver,
                                                               deal.stage_id)

    deals.reassign(to_rep_id=taker, exec_dialog=False)
    qtbot.waitUntil(lambda: "handed over" in deals.summary.text(), timeout=TIMEOUT)
    assert deals.summary.text().startswith(f"{open_before + 1} deals handed over")
    with demo_db.read() as s:
        assert not s.scalar(select(func.count()).select_from(Deal)
                            .where(Deal.rep_id == giver, Deal.status == "open"))

    deals.rep_filter.setCurrentIndex(deals.rep_filter.findData(taker))
    qtbot.waitUntil(lambda: any(d.id == part.id and d.record.rep_id == taker
                                for d in deals.records), timeout=TIMEOUT)
    assert deals.select_id(part.id)
    deals.delete_selected(confirm=False)
    qtbot.waitUntil(lambda: all(d.id != part.id for d in deals.records), timeout=TIMEOUT)
    with demo_db.read() as s:
        assert s.get(Deal, part.id) is None
    deals.undo_action.trigger()     # an admin's undo: back from the audit trail with its id
    qtbot.waitUntil(lambda: any(d.id == part.id for d in deals.records), timeout=TIMEOUT)
    with demo_db.read() as s:
        assert s.get(Deal, part.id).title == "Second phase"
    assert [e.action for e in history.history(demo_db, "deals", part.id)][-2:] == ["delete",
                                                                                   "insert"]


def test_a_stale_deal_edit_shows_the_conflict_and_reapply_saves(demo_db, make_ctx, qtbot,
                                                                  monkeypatch):
    from desktop.setup.deals import open_deal_editor
    from models.services.setup.deals import get_deal, save_deal
    from widgets.conflict_dialog import REAPPLY, ConflictDialog
    ctx = make_ctx(demo_db)
    with demo_db.read() as s:
        deal_id = s.scalar(select(Deal.id).where(Deal.status == "open").order_by(Deal.id))
    editor = open_deal_editor(ctx, None, deal_id=deal_id, exec_dialog=False)
    qtbot.addWidget(editor)
    other = get_deal(demo_db, deal_id)
    save_deal(demo_db, sign_in(demo_db), other.with_values(title="Renamed by a colleague"))
    shown = []

    def answer(dialog):
        table = dialog.table   # Field, Your change, Saved now, Changed by, When
        shown.append([(table.item(r, 0).text(), table.item(r, 2).text())
                      for r in range(table.rowCount())])
        dialog.choice = REAPPLY
        return 0
    monkeypatch.setattr(ConflictDialog, "exec", answer)
    fill(editor.form, {"amount": "4321"})
    editor.accept()
    qtbot.waitUntil(lambda: editor.result() == 1, timeout=TIMEOUT)
    assert shown and any(theirs == "Renamed by a colleague" for _f, theirs in shown[0])
    saved = get_deal(demo_db, deal_id)
    assert (saved.amount, saved.title) == (Decimal("4321.00"), "Renamed by a colleague")


def test_a_manager_is_refused_another_teams_deal(demo_db, make_ctx, qtbot):
    with demo_db.read() as s:
        team_id, other_rep = s.execute(
            select(Team.id, Rep.id).join(Rep, Rep.team_id != Team.id)
            .order_by(Team.id, Rep.id)).first()
    ctx = make_ctx(demo_db, "sales_manager", team_id)
    from desktop.setup.deals import open_deal_editor
    editor = open_deal_editor(ctx, None, exec_dialog=False, title="Not mine")
    qtbot.addWidget(editor)
    fill(editor.form, {"rep_id": other_rep, "amount": "100"})
    editor.accept()
    qtbot.waitUntil(lambda: not editor.busy, timeout=TIMEOUT)
    assert editor.result() == 0
    assert "own team" in editor.summary.text() or "own team" in \
        editor.form.errors["rep_id"].text()
    with demo_db.read() as s:
        assert s.scalar(select(func.count()).select_from(Deal)
                        .where(Deal.title == "Not mine")) == 0


def test_the_board_opens_the_deal_editor(demo_db, make_ctx, qtbot, monkeypatch):
    """Double-click on a card edits that deal; New deal… starts one for the rep filtered."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton

    from desktop.funnel.page import FunnelPage
    from desktop.setup.editor import RecordDialog
    opened = []
    monkeypatch.setattr(RecordDialog, "exec", lambda self: opened.append(self) or 0)
    ctx = make_ctx(demo_db)
    page = FunnelPage(ctx, today=dt.date(2026, 11, 23))
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    qtbot.waitUntil(lambda: page.data is not None and page.loading is None, timeout=TIMEOUT)
    column = next(page.board.column(st.id) for st in page.data.stages
                  if page.board.column(st.id).model.cards)
    card = column.model.cards[0]
    rect = column.view.visualRect(column.model.index(0))
    qtbot.mouseClick(column.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(column.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened and opened[-1].form.inputs["title"].text() == card.title
    assert opened[-1].form.inputs["stage_id"].currentData() == card.stage_id

    rep_index = 1
    page.rep.setCurrentIndex(rep_index)
    new_button = next(b for b in page.findChildren(QPushButton) if b.text() == "New deal…")
    new_button.click()
    dialog = opened[-1]
    assert dialog.windowTitle() == "New deal"
    assert dialog.form.inputs["rep_id"].currentData() == page.rep.itemData(rep_index)
    fill(dialog.form, {"title": "Pulled from the board", "amount": "777"})
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=TIMEOUT)
    assert dialog.saved_record is not None, dialog.summary.text()
    qtbot.waitUntil(lambda: page.loading is None and any(
        c.title == "Pulled from the board" for cards in page.data.cards.values() for c in cards),
        timeout=TIMEOUT)


def test_users_and_roles_as_db_grant_does(demo_db, make_ctx, qtbot, backend):
    """An admin sets a person up as a team's sales manager; on PostgreSQL that person's own login
    then signs in with that role and team. Deactivating is undone with Undo."""
    import uuid

    from models.db.migrate import open_database
    from models.services import users
    ctx = make_ctx(demo_db)
    dialog = open_editor(qtbot, ctx, "users")
    login = f"rdt_{uuid.uuid4().hex[:8]}_mgr"
    try:
        saved = add(qtbot, dialog, login=login, display_name="Ἑλένη Κωνσταντίνου",
                    role="Sales manager", team="Manila Field Sales")
        assert (saved.role, saved.team) == ("sales_manager", "Manila Field Sales")
        if backend == "postgresql":
            from tests.multiuser.people import url_as
            db = open_database(url_as(demo_db.url, login))
            try:
                me = users.sign_in(db)
            finally:
                db.dispose()
            with demo_db.read() as s:
                team_id = s.scalar(select(Team.id).where(Team.name == "Manila Field Sales"))
            assert (me.role, me.team_id) == (UserRole.SALES_MANAGER, team_id)
        assert dialog.select_id(login)
        dialog.delete_selected(confirm=False)
        qtbot.waitUntil(lambda: not dialog.record_by_name(login).active if
                        dialog.record_by_name(login) else False, timeout=TIMEOUT)
        dialog.undo_action.trigger()
        qtbot.waitUntil(lambda: getattr(dialog.record_by_name(login), "active", False),
                        timeout=TIMEOUT)
    finally:
        if backend == "postgresql":
            from tests.pg_logins import drop_logins
            drop_logins(demo_db.url, [login])


def test_a_teams_own_holiday_is_added_and_undone(demo_db, make_ctx, qtbot):
    from models.services.company import list_holidays
    ctx = make_ctx(demo_db)
    dialog = open_editor(qtbot, ctx, "holidays")
    day = dt.date(2026, 12, 8)
    saved = add(qtbot, dialog, day=day, name="Feast of the Immaculate Conception",
                team_id=dialog.choices["team_id"][1][0])
    assert [h.name for h in list_holidays(demo_db, day, day)] == [saved.name]
    assert [e.action for e in history.history(demo_db, "holidays", saved.id)] == ["insert"]
    dialog.undo_action.trigger()
    qtbot.waitUntil(lambda: not list_holidays(demo_db, day, day), timeout=TIMEOUT)


def test_the_deal_panel_links_the_owner_to_the_reps_page(demo_db, make_ctx, qtbot):
    from PySide6.QtCore import QPoint, Qt

    from desktop.funnel.page import FunnelPage
    ctx = make_ctx(demo_db)
    page = FunnelPage(ctx, today=dt.date(2026, 11, 23))
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    qtbot.waitUntil(lambda: page.data is not None and page.loading is None, timeout=TIMEOUT)
    card = next(c for cards in page.data.cards.values() for c in cards)
    page.open_card(card)
    label = page.deal_panel.fields["rep"]
    assert f"href='{card.rep_id}'" in label.text()
    qtbot.waitUntil(label.isVisible, timeout=TIMEOUT)
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton, pos=QPoint(4, label.height() // 2))
    qtbot.waitUntil(lambda: getattr(page.deal_panel, "_rep_page_window", None) is not None,
                    timeout=TIMEOUT)
    rep_page = page.deal_panel._rep_page_window
    qtbot.addWidget(rep_page)
    qtbot.waitUntil(lambda: rep_page.data is not None, timeout=TIMEOUT)
    assert rep_page.data.rep_id == card.rep_id and rep_page.data.name == card.rep_name


def test_a_deal_edited_in_the_company_menu_shows_on_an_open_board(demo_db, make_ctx, qtbot,
                                                                  told):
    from desktop.funnel.page import FunnelPage
    ctx = make_ctx(demo_db)
    page = FunnelPage(ctx, today=dt.date(2026, 11, 23))
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    qtbot.waitUntil(lambda: page.data is not None and page.loading is None, timeout=TIMEOUT)
    column = next(page.board.column(st.id) for st in page.data.stages
                  if page.board.column(st.id).model.cards)
    card = column.model.cards[0]
    deals = open_editor(qtbot, ctx, "deals")
    deals.rep_filter.setCurrentIndex(deals.rep_filter.findData(card.rep_id))
    loaded(qtbot, deals)
    deals.select_id(card.deal_id if hasattr(card, "deal_id") else card.id)
    dialog = deals.edit_selected(exec_dialog=False)
    fill(dialog.form, {"title": "Renamed in the Company menu · 已改名"})
    dialog.accept()
    settle(qtbot, dialog)

    def shown_titles():
        return {c.title for st in page.data.stages for c in page.board.column(st.id).model.cards}
    qtbot.waitUntil(lambda: page.loading is None
                    and "Renamed in the Company menu · 已改名" in shown_titles(), timeout=TIMEOUT)
    assert not told
