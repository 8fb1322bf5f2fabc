"""A sales manager runs their team from the window on a PostgreSQL server, signed in with their
OWN login (made as `repdesk db grant` does): deals of their team's reps are created, edited and
moved to Won in the Company ▸ Deals editor and on the board, and their team's accounts are added
and edited. What only an admin may do — a team, a territory, a pipeline, the company settings —
and another team's deal are refused with one sentence in the dialog, and nothing is written
(checked as the admin).

PostgreSQL only, by nature: SQLite has no per-user security (the README says so); there every
program acts as the file's user. The `backend` fixture is set to PostgreSQL, so there is no SQLite
variant to skip."""
import datetime as dt
import uuid
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from desktop.context import AppContext
from desktop.tasks import TaskRunner
from models.db.core import Rep, Team, Territory
from models.db.funnel import Account, Deal, Pipeline, Stage
from models.db.migrate import open_database
from models.services.company import company_settings
from models.services.users import sign_in
from tests.pg_logins import FIRST_ADMIN, drop_logins, login_url, register_login
from tests.setup.test_first_start_guide import TIMEOUT, add, fill, loaded, settle

pytestmark = pytest.mark.parametrize("backend", ["postgresql"])

TEAM = "Manila Field Sales"


@pytest.fixture
def told(monkeypatch):
    """What the window told the user in a message box (a modal box would stop the test)."""
    said = []
    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, **k: said.append(a[2]))
    return said


@pytest.fixture
def office(demo_db_url, qtbot, told):
    """(the admin's database, the manager's window context, the manager's team id)."""
    admin_db = open_database(login_url(demo_db_url, FIRST_ADMIN))
    login = f"rdt_{uuid.uuid4().hex[:8]}_mgr"
    ctx = None
    try:
        manager_db = open_database(register_login(demo_db_url, login, "sales_manager", team=TEAM))
        me = sign_in(manager_db)
        with admin_db.read() as s:
            team_id = s.scalar(select(Team.id).where(Team.name == TEAM))
        assert (me.role.value, me.team_id) == ("sales_manager", team_id)
        ctx = AppContext(db=manager_db, user=me, tasks=TaskRunner())
        yield admin_db, ctx, team_id
    finally:
        if ctx is not None:
            ctx.tasks.wait()
            ctx.db.dispose()
        admin_db.dispose()
        drop_logins(demo_db_url, [login])


def open_editor(qtbot, ctx, key):
    from desktop.setup.menu import make_editor
    editor = make_editor(ctx, key)
    qtbot.addWidget(editor)
    editor.show()
    loaded(qtbot, editor)
    return editor


def one_sentence(text: str) -> str:
    """A refusal a person reads: one sentence, none of the server's or Python's own words."""
    text = text.strip()
    assert text and "\n" not in text, text
    assert text.endswith("."), text
    assert text[:-1].count(". ") == 0, text
    for raw in ("Traceback", "psycopg", "permission denied for", "SQL", "row-level security",
                "Error:", "sqlalchemy"):
        assert raw not in text, text
    return text


def refused(qtbot, dialog) -> str:
    """Save was pressed: the dialog stays open with one sentence and nothing saved."""
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=TIMEOUT)
    assert dialog.result() == 0 and dialog.saved_record is None
    assert dialog.summary.isVisibleTo(dialog)
    return one_sentence(dialog.summary.text())


def count(db, entity, *where) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(entity).where(*where))


def stages_of(db, pipeline_id) -> dict:
    with db.read() as s:
        return {role: sid for sid, role in s.execute(
            select(Stage.id, Stage.role).where(Stage.pipeline_id == pipeline_id))}


def test_a_manager_runs_their_team_from_the_window(office, qtbot, told):
    from desktop.funnel.page import FunnelPage
    admin_db, ctx, team_id = office
    with admin_db.read() as s:
        mine = s.scalars(select(Rep.id).where(Rep.team_id == team_id,
                                              Rep.end_date.is_(None)).order_by(Rep.id)).all()
    assert len(mine) >= 2
    rep, other_rep = mine[0], mine[1]

    # a deal for a rep of their team: created, edited, moved to Won in the editor
    deals = open_editor(qtbot, ctx, "deals")
    assert {rep, other_rep} <= {rid for rid, _name in deals.choices["_deal"].reps}
    first = add(qtbot, deals, title="Kontrata ng ilaw — Ἀθῆναι 分店", rep_id=rep,
                amount="180000")
    assert not told
    won = stages_of(admin_db, first.pipeline_id)["won"]
    assert deals.select_id(first.id)
    edit = deals.edit_selected(exec_dialog=False)
    fill(edit.form, {"amount": "195000.50"})
    edit.accept()
    settle(qtbot, edit)
    loaded(qtbot, deals)
    assert deals.select_id(first.id)
    to_won = deals.edit_selected(exec_dialog=False)
    fill(to_won.form, {"stage_id": won})
    to_won.accept()
    settle(qtbot, to_won)
    with admin_db.read() as s:
        row = s.get(Deal, first.id)
        assert (row.title, row.rep_id, row.amount, row.status, row.stage_id) == (
            "Kontrata ng ilaw — Ἀθῆναι 分店", rep, Decimal("195000.50"), "won", won)
        assert row.closed_on == dt.date.today()

    # a second deal, moved to Won on the board
    second = add(qtbot, deals, title="Pagsasanay sa benta", rep_id=other_rep, amount="42000")
    page = FunnelPage(ctx, today=dt.date.today())
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    qtbot.waitUntil(lambda: page.data is not None and page.loading is None, timeout=TIMEOUT)
    on_board = {c.id: c for cards in page.data.cards.values() for c in cards}
    assert second.id in on_board and first.id in on_board   # won today: still shown
    board_won = next(st.id for st in page.data.stages if st.role == "won")
    page.board.move_requested.emit([second.id], board_won)
    qtbot.waitUntil(lambda: page.message.text().startswith("Moved 1 deal"), timeout=TIMEOUT)
    assert not told, told
    with admin_db.read() as s:
        assert (s.get(Deal, second.id).status, s.get(Deal, second.id).stage_id) == ("won",
                                                                                    board_won)
    page.reload()
    qtbot.waitUntil(lambda: page.loading is None and any(
        c.id == second.id and c.status == "won"
        for cards in page.data.cards.values() for c in cards), timeout=TIMEOUT)

    # an account of their team: created and edited
    accounts = open_editor(qtbot, ctx, "accounts")
    account = add(qtbot, accounts, name="Sari-sari Mañalac 商店", owner_rep_id=rep,
                  annual_turnover="3500000")
    assert accounts.record_by_name("Sari-sari Mañalac 商店") is not None
    assert accounts.select_id(account.id)
    edit = accounts.edit_selected(exec_dialog=False)
    fill(edit.form, {"segment": "SMB", "is_client": True})
    edit.accept()
    settle(qtbot, edit)
    loaded(qtbot, accounts)
    with admin_db.read() as s:
        row = s.get(Account, account.id)
        assert (row.name, row.owner_rep_id, row.segment, row.is_client, row.annual_turnover) == (
            "Sari-sari Mañalac 商店", rep, "SMB", True, Decimal("3500000"))
    assert accounts.record_by_name("Sari-sari Mañalac 商店").segment == "SMB"
    assert not told, told


def test_what_a_manager_may_not_do_is_refused_in_one_sentence(office, qtbot, told):
    from desktop.setup.company import open_company_settings
    from desktop.setup.deals import open_deal_editor
    admin_db, ctx, team_id = office
    before = {e: count(admin_db, e) for e in (Team, Territory, Pipeline, Stage)}

    teams = open_editor(qtbot, ctx, "teams")
    dialog = teams.add(exec_dialog=False)
    fill(dialog.form, {"name": "Jakarta Inside Sales"})
    assert "admin" in refused(qtbot, dialog)

    territories = open_editor(qtbot, ctx, "territories")
    dialog = territories.add(exec_dialog=False)
    fill(dialog.form, {"name": "Visayas"})
    assert "admin" in refused(qtbot, dialog)

    pipelines = open_editor(qtbot, ctx, "pipelines")
    dialog = pipelines.add(exec_dialog=False)
    fill(dialog.form, {"name": "Manila only"})
    assert "admin" in refused(qtbot, dialog)

    settings_before = company_settings(admin_db)
    dialog = open_company_settings(ctx, None, exec_dialog=False)
    qtbot.addWidget(dialog)
    fill(dialog.form, {"name": "Taken over by a manager"})
    assert "admin" in refused(qtbot, dialog)
    assert company_settings(admin_db) == settings_before

    # another team's deal: not shown to this login, and not saved when asked for by its id
    with admin_db.read() as s:
        theirs = s.execute(select(Deal.id, Deal.version, Deal.title).join(Rep, Deal.rep_id == Rep.id)
                           .where(Rep.team_id != team_id, Deal.status == "open")
                           .order_by(Deal.id)).first()
        other_rep = s.scalar(select(Rep.id).where(Rep.team_id != team_id).order_by(Rep.id))
    deals = open_editor(qtbot, ctx, "deals")
    assert other_rep not in {rid for rid, _n in deals.choices["_deal"].reps}
    assert all(line.id != theirs.id for line in deals.records)
    from models.services.setup.deals import DealRecord, save_deal
    from models.db.errors import RepdeskError
    with pytest.raises(RepdeskError) as error:   # what the editor would save for it
        save_deal(ctx.db, ctx.user, DealRecord(id=theirs.id, version=theirs.version,
                                               title="Taken", rep_id=other_rep))
    one_sentence(str(error.value))
    mine = deals.choices["_deal"].reps[0][0]
    editor = open_deal_editor(ctx, None, exec_dialog=False, title="Para sa ibang koponan")
    qtbot.addWidget(editor)
    fill(editor.form, {"rep_id": mine, "amount": "100"})
    editor.form.inputs["rep_id"].addItem("another team's rep", other_rep)
    fill(editor.form, {"rep_id": other_rep})
    assert "own team" in refused(qtbot, editor)

    with admin_db.read() as s:
        assert s.get(Deal, theirs.id).title == theirs.title
        assert s.get(Deal, theirs.id).version == theirs.version
    assert count(admin_db, Deal, Deal.title == "Para sa ibang koponan") == 0
    assert {e: count(admin_db, e) for e in before} == before
    assert not told, told


def test_a_deal_handed_to_another_team_meanwhile_is_not_saved(office, qtbot, told,
                                                               monkeypatch):
    """The manager opens their team's deal; the admin hands it to another team's rep; the
    manager's Save is refused in words and writes nothing."""
    from PySide6.QtWidgets import QLabel

    from models.services.setup.deals import get_deal, save_deal
    from widgets.conflict_dialog import ConflictDialog
    admin_db, ctx, team_id = office
    with admin_db.read() as s:
        deal_id = s.scalar(select(Deal.id).join(Rep, Deal.rep_id == Rep.id)
                           .where(Rep.team_id == team_id, Deal.status == "open")
                           .order_by(Deal.id))
        elsewhere = s.scalar(select(Rep.id).where(Rep.team_id != team_id).order_by(Rep.id))
    deals = open_editor(qtbot, ctx, "deals")
    deals.search.setText(get_deal(admin_db, deal_id).title)
    deals.reload()
    loaded(qtbot, deals)
    assert deals.select_id(deal_id)
    editor = deals.edit_selected(exec_dialog=False)
    admin = sign_in(admin_db)
    handed = save_deal(admin_db, admin, get_deal(admin_db, deal_id).with_values(rep_id=elsewhere))
    shown = []

    def answer(dialog):
        shown.append(" ".join(label.text() for label in dialog.findChildren(QLabel)))
        return 0
    monkeypatch.setattr(ConflictDialog, "exec", answer)
    fill(editor.form, {"amount": "1"})
    sentence = refused(qtbot, editor)
    assert not shown, shown     # not reported as deleted: nobody deleted it
    assert "no longer your team's" in sentence and "own team" in sentence
    assert get_deal(admin_db, deal_id) == handed
    assert not told, told
