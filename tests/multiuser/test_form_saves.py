"""How a form saves, driven like a user: someone else saves first and the user picks Re-apply,
Reload or Cancel (the answer is injected: no modal dialog in tests); the server drops the
connection while a rep is being edited and the save still lands, once."""
import datetime as dt
import threading

import pytest
from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from sqlalchemy import create_engine, event, select

from desktop.conflicts import (CANCEL, RECONNECTING, RELOAD, REAPPLY, conflict_rows,
                               save_resolving_conflicts)
from desktop.context import AppContext
from desktop.settings import Settings
from desktop.tasks import TaskRunner
from models.db.core import AuditEntry, Rep
from models.db.retry import EditConflict, RetriesExhausted
from models.domain.enums import UserRole
from models.services.users import CurrentUser
from tests.multiuser.helpers import make_team_with_reps

TODAY = dt.date(2026, 11, 23)
GREEK, CHINESE = "Μαρία Παπαδοπούλου", "王秀英"
ADMIN = CurrentUser("tester", "Tester", UserRole.ADMIN, None)


@pytest.fixture
def roster(qtbot, db, tmp_path):
    """The roster page of a team with a Greek and a Chinese name; the Greek rep selected."""
    from desktop.roster.page import RosterPage
    _, (rep_id, _other) = make_team_with_reps(db, "Ἀθῆναι", [GREEK, CHINESE])
    ctx = AppContext(db=db, user=ADMIN, tasks=TaskRunner())
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    page = RosterPage(ctx, settings=settings, today=TODAY)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.data is not None and page._loading is None, timeout=20000)
    assert page.select_id(rep_id)
    yield page, rep_id
    QThreadPool.globalInstance().waitForDone()


def alice_sets(alice, rep_id, **values):
    from models.services.reps import get_rep, save_rep
    record = get_rep(alice, rep_id, sees_compensation=False)
    save_rep(alice, record.with_values(**values), sees_compensation=False, fields=list(values))


def rep(db, rep_id) -> Rep:
    with db.read() as s:
        return s.get(Rep, rep_id)


def updates(db, table, row_id):
    with db.read() as s:
        return s.execute(select(AuditEntry.user_login, AuditEntry.new_values).where(
            AuditEntry.table_name == table, AuditEntry.row_id == str(row_id),
            AuditEntry.action == "update").order_by(AuditEntry.id)).all()


def answering(choice, asked):
    def ask(_parent, error):
        asked.append(error)
        return choice
    return ask


# -- conflicts in the rep editor ---------------------------------------------------------------
def test_rep_editor_reapply_saves_on_top_of_the_other_change(roster, db, alice):
    page, rep_id = roster
    asked = []
    editor = page.edit_selected(exec_dialog=False, ask=answering(REAPPLY, asked))
    alice_sets(alice, rep_id, home_base="Θεσσαλονίκη")
    editor.phone.setText("+30 210 555 0101")
    editor.accept()
    editor.wait_saved()
    assert editor.result() == QDialog.DialogCode.Accepted
    (error,) = asked
    assert isinstance(error, EditConflict) and "alice" in str(error) and GREEK in str(error)
    rows = {r.field: r for r in conflict_rows(error)}
    assert rows["Phone"].mine == "+30 210 555 0101" and rows["Phone"].changed_by == ""
    assert rows["Home base"].theirs == "Θεσσαλονίκη" and rows["Home base"].changed_by == "alice"
    saved = rep(db, rep_id)
    assert (saved.home_base, saved.phone) == ("Θεσσαλονίκη", "+30 210 555 0101")
    assert [(user, sorted(values)) for user, values in updates(db, "reps", rep_id)] == \
        [("alice", ["home_base"]), ("tester", ["phone"])]
    # Undo takes back my change only: alice's stays.
    page.undo_action.trigger()
    undone = rep(db, rep_id)
    assert (undone.home_base, undone.phone) == ("Θεσσαλονίκη", None)


def test_rep_editor_reload_shows_the_other_values(roster, db, alice):
    page, rep_id = roster
    asked = []
    editor = page.edit_selected(exec_dialog=False, ask=answering(RELOAD, asked))
    alice_sets(alice, rep_id, home_base="Θεσσαλονίκη", full_name=f"{GREEK}-Λάμπρου")
    editor.phone.setText("+30 210 555 0101")
    editor.accept()
    editor.wait_saved()
    assert len(asked) == 1 and editor.result() == 0 and not editor.saving
    assert editor.full_name.text() == f"{GREEK}-Λάμπρου"
    assert editor.home_base.text() == "Θεσσαλονίκη" and editor.phone.text() == ""
    assert "Reloaded" in editor.save_state.text()
    assert rep(db, rep_id).phone is None and len(updates(db, "reps", rep_id)) == 1
    # The form now holds the current version: saving again goes through without a conflict.
    editor.phone.setText("+30 210 555 0102")
    editor.accept()
    editor.wait_saved()
    assert len(asked) == 1 and editor.result() == QDialog.DialogCode.Accepted
    assert (rep(db, rep_id).phone, rep(db, rep_id).home_base) == ("+30 210 555 0102",
                                                                  "Θεσσαλονίκη")


def test_rep_editor_cancel_keeps_my_edits_and_saves_nothing(roster, db, alice):
    page, rep_id = roster
    asked = []
    editor = page.edit_selected(exec_dialog=False, ask=answering(CANCEL, asked))
    alice_sets(alice, rep_id, home_base="Θεσσαλονίκη")
    editor.phone.setText("+30 210 555 0101")
    editor.time_zone.setText("Asia/Shanghai")
    editor.accept()
    editor.wait_saved()
    assert len(asked) == 1 and editor.result() == 0
    assert editor.phone.text() == "+30 210 555 0101"
    assert editor.time_zone.text() == "Asia/Shanghai" and editor.home_base.text() == ""
    assert "Not saved" in editor.save_state.text()
    assert editor.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    saved = rep(db, rep_id)
    assert (saved.phone, saved.time_zone, saved.home_base) == (None, None, "Θεσσαλονίκη")
    assert [user for user, _ in updates(db, "reps", rep_id)] == ["alice"]
    assert page.undo_stack.count() == 0


def test_rep_deleted_meanwhile_offers_no_reapply(roster, db, alice):
    from models.services.reps import delete_rep
    page, rep_id = roster
    asked = []
    editor = page.edit_selected(exec_dialog=False, ask=answering(REAPPLY, asked))
    delete_rep(alice, rep_id, rep(db, rep_id).version)
    editor.phone.setText("+30 1")
    editor.accept()
    editor.wait_saved()
    assert len(asked) == 1 and asked[0].deleted and "deleted by alice" in str(asked[0])
    assert editor.result() == 0 and editor.phone.text() == "+30 1"


def test_reload_of_a_deleted_rep_keeps_the_edits_and_says_so(roster, db, alice):
    from models.services.reps import delete_rep
    page, rep_id = roster
    editor = page.edit_selected(exec_dialog=False, ask=answering(RELOAD, []))
    delete_rep(alice, rep_id, rep(db, rep_id).version)
    editor.phone.setText("+30 1")
    editor.accept()
    editor.wait_saved()
    assert editor.result() == 0 and editor.phone.text() == "+30 1"
    assert "Could not reload; your edits are kept" in editor.save_state.text()
    assert "deleted" in editor.save_state.text()


# -- the review form ---------------------------------------------------------------------------
def test_review_form_reapply_keeps_the_other_reviewers_text(qtbot, db, alice):
    from desktop.reviews.form import ReviewForm
    from models.services import reviews as svc
    team_id, _ = make_team_with_reps(db, "Ἀθῆναι", [GREEK])
    cycle_id = svc.create_cycle(db, "2026-Q3", team_id=team_id)
    review_id = svc.list_reviews(db, cycle_id)[0].id
    form = ReviewForm(AppContext(db=db, user=ADMIN, tasks=TaskRunner()), today=TODAY)
    qtbot.addWidget(form)
    form.setProperty("quiet", True)
    asked = []
    form.ask = answering(REAPPLY, asked)
    form.show_review(svc.load_review(db, review_id, ADMIN))
    seen = form.detail.version
    svc.save_review(alice, review_id, seen, svc.ReviewEdit(strengths="Ισχυρή σχέση με πελάτες",
                                                            only=frozenset({"strengths"})))
    form.improvements.setPlainText("More calls to 王秀英's accounts")
    with qtbot.waitSignal(form.saved, timeout=20000):
        outcome = form.save().wait()
    assert outcome.saved and len(asked) == 1 and "alice" in str(asked[0])
    assert asked[0].mine == {"improvements": "More calls to 王秀英's accounts"}
    saved = svc.load_review(db, review_id, ADMIN)
    assert saved.strengths == "Ισχυρή σχέση με πελάτες"
    assert saved.improvements == "More calls to 王秀英's accounts"
    assert form.detail.version == saved.version == seen + 2
    assert form.status.text() == "Saved."


def test_review_form_cancel_keeps_the_text(qtbot, db, alice):
    from desktop.reviews.form import ReviewForm
    from models.services import reviews as svc
    team_id, _ = make_team_with_reps(db, "Ἀθῆναι", [GREEK])
    review_id = svc.list_reviews(db, svc.create_cycle(db, "2026-Q3", team_id=team_id))[0].id
    form = ReviewForm(AppContext(db=db, user=ADMIN, tasks=TaskRunner()), today=TODAY)
    qtbot.addWidget(form)
    form.ask = answering(CANCEL, [])
    form.show_review(svc.load_review(db, review_id, ADMIN))
    svc.save_review(alice, review_id, form.detail.version, svc.ReviewEdit(strengths="theirs"))
    form.strengths.setPlainText("mine")
    assert not form.save().wait().saved
    assert form.strengths.toPlainText() == "mine" and "Not saved" in form.status.text()
    assert form.save_button.isEnabled()
    assert svc.load_review(db, review_id, ADMIN).strengths == "theirs"


def test_review_status_step_cancel_then_reapply(qtbot, db, alice):
    """Returning a submitted review someone else changed meanwhile asks like a save does."""
    from desktop.reviews.form import ReviewForm
    from models.db.retry import save_changes
    from models.db.reviews import Review
    from models.services import reviews as svc
    from models.domain.reviews import DEFAULT_DIMENSIONS
    team_id, _ = make_team_with_reps(db, "Ἀθῆναι", [GREEK])
    review_id = svc.list_reviews(db, svc.create_cycle(db, "2026-Q3", team_id=team_id))[0].id
    svc.save_review(db, review_id, None,
                    svc.ReviewEdit(ratings={d.key: 3 for d in DEFAULT_DIMENSIONS}))
    svc.act(db, review_id, "submit", on=TODAY)
    form = ReviewForm(AppContext(db=db, user=ADMIN, tasks=TaskRunner()), today=TODAY)
    qtbot.addWidget(form)
    form.setProperty("quiet", True)
    form.background = False
    asked = []
    form.ask = answering(CANCEL, asked)
    form.show_review(svc.load_review(db, review_id, ADMIN))
    save_changes(alice, Review, review_id, form.detail.version, {"reviewer": "Ἀλίκη"})
    form.act("return")
    assert len(asked) == 1 and "alice" in str(asked[0])
    assert str(svc.load_review(db, review_id, ADMIN).status) == "submitted"
    assert "Not done" in form.status.text()
    form.ask = answering(REAPPLY, asked)
    form.act("return")
    assert len(asked) == 2
    assert str(svc.load_review(db, review_id, ADMIN).status) == "draft"
    assert form.status.text() == "Review returned."


# -- the one-on-one outcome dialog --------------------------------------------------------------
def test_one_on_one_outcome_reapply_and_reload(qtbot, db, alice):
    from desktop.numbers.talks import RecordDialog
    from models.services import one_on_ones as talks
    _, (rep_id,) = make_team_with_reps(db, "Ἀθῆναι", [GREEK])
    talk = talks.schedule(db, rep_id, dt.datetime(2026, 11, 24, 10, 0), agenda="Pipeline")
    asked = []
    dialog = RecordDialog(db, talk, ask=answering(REAPPLY, asked))
    qtbot.addWidget(dialog)
    talks.record(alice, talk.id, talk.version, notes="Alice: σύντομη συνάντηση")
    dialog.notes.setPlainText("王秀英 joins next time")
    dialog.accept()
    dialog.wait_saved()
    assert dialog.result() == QDialog.DialogCode.Accepted and len(asked) == 1
    assert "alice" in str(asked[0]) and asked[0].mine["notes"] == "王秀英 joins next time"
    (saved,) = talks.list_one_on_ones(db, rep_id=rep_id)
    assert saved.notes == "王秀英 joins next time" and saved.status == "held"
    assert [user for user, _ in updates(db, "one_on_ones", talk.id)] == ["alice", "tester"]

    again = RecordDialog(db, saved, ask=answering(RELOAD, asked))
    qtbot.addWidget(again)
    talks.record(alice, talk.id, saved.version, notes="Alice again")
    again.notes.setPlainText("stale")
    again.accept()
    again.wait_saved()
    assert again.result() == 0 and again.notes.toPlainText() == "Alice again"
    assert "Reloaded" in again.state.text()


# -- the quota panel ----------------------------------------------------------------------------
def test_quota_panel_reapply_on_top_of_the_other_quota(qtbot, db, alice):
    from decimal import Decimal

    from desktop.roster.quotas import QuotaPanel
    from models.db.core import Territory
    from models.services.quotas import set_quota, territory_quotas
    with db.write() as s:
        territory = Territory(name="Κρήτη")
        s.add(territory)
        s.flush()
        tid = territory.id
    panel = QuotaPanel(AppContext(db=db, user=ADMIN, tasks=TaskRunner()), TODAY)
    qtbot.addWidget(panel)
    asked = []
    panel.ask = answering(REAPPLY, asked)
    period = panel.period.currentData()
    set_quota(db, territory_id=tid, period=period, target=Decimal(1000), currency="EUR")
    panel.set_territory(tid, "Κρήτη")
    set_quota(alice, territory_id=tid, period=period, target=Decimal(2000),
              expected_version=panel.view.own.version)
    panel.target.setText("1,500")
    assert panel.save_quota().wait().saved
    assert len(asked) == 1 and "alice" in str(asked[0])
    assert territory_quotas(db, tid, period).own.target == Decimal(1500)
    assert panel.target.text() == "1,500" and panel.save_target.isEnabled()   # whole: no cents


# -- the save helper on its own --------------------------------------------------------------
def test_save_helper_gives_up_and_says_so(qtbot):
    from sqlalchemy import exc
    calls = []

    def unreachable(version):
        calls.append(version)
        raise exc.OperationalError("SELECT 1", {}, Exception("connection refused"))
    states = []
    job = save_resolving_conflicts(None, unreachable, 4, reconnect_seconds=0.6,
                                   on_reconnecting=states.append)
    outcome = job.wait(20000)
    assert not outcome.saved and isinstance(outcome.error, RetriesExhausted)
    assert "kept in the window" in outcome.message
    assert len(calls) >= 2 and set(calls) == {4} and states and states[0] == RECONNECTING


# -- a lost server (PostgreSQL) ----------------------------------------------------------------
def terminate_other_connections(db_url) -> int:
    admin = create_engine(db_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            return len(conn.exec_driver_sql(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()").all())
    finally:
        admin.dispose()


@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_rep_edit_lands_after_the_connections_were_killed(roster, db, db_url):
    page, rep_id = roster
    editor = page.edit_selected(exec_dialog=False)
    editor.home_base.setText("Κέρκυρα")
    assert terminate_other_connections(db_url) >= 1
    editor.accept()
    editor.wait_saved()
    assert editor.result() == QDialog.DialogCode.Accepted
    assert rep(db, rep_id).home_base == "Κέρκυρα"
    assert [user for user, _ in updates(db, "reps", rep_id)] == ["tester"]


@pytest.fixture
def server_down(db):
    """While the event is clear, every new connection of `db` is refused as by a server that is
    restarting (the pooled ones are killed by the test)."""
    import psycopg
    up = threading.Event()
    up.set()

    def connect(*_args):
        if not up.is_set():
            raise psycopg.OperationalError("connection failed: Connection refused (server "
                                           "restarting)")
    event.listen(db.engine, "do_connect", connect)
    yield up
    up.set()
    event.remove(db.engine, "do_connect", connect)


@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_rep_editor_shows_reconnecting_then_saves_once(qtbot, roster, db, db_url, server_down):
    page, rep_id = roster
    editor = page.edit_selected(exec_dialog=False)
    editor.show()
    editor.home_base.setText("Κέρκυρα")
    editor.phone.setText("+30 26610 0000")
    server_down.clear()
    terminate_other_connections(db_url)
    editor.accept()
    qtbot.waitUntil(lambda: RECONNECTING in editor.save_state.text(), timeout=20000)
    save = editor.buttons.button(QDialogButtonBox.StandardButton.Save)
    cancel = editor.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert not save.isEnabled() and cancel.isEnabled() and editor.home_base.isReadOnly()
    assert editor.home_base.text() == "Κέρκυρα" and editor.isVisible()
    server_down.set()  # the server is back
    editor.wait_saved()
    assert editor.result() == QDialog.DialogCode.Accepted
    saved = rep(db, rep_id)
    assert (saved.home_base, saved.phone) == ("Κέρκυρα", "+30 26610 0000")
    assert [user for user, _ in updates(db, "reps", rep_id)] == ["tester"]


@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_stopping_a_save_that_waits_for_the_server_keeps_the_edits(qtbot, roster, db, db_url,
                                                                   server_down):
    page, rep_id = roster
    editor = page.edit_selected(exec_dialog=False)
    editor.show()
    editor.home_base.setText("Κέρκυρα")
    server_down.clear()
    terminate_other_connections(db_url)
    editor.accept()
    qtbot.waitUntil(lambda: RECONNECTING in editor.save_state.text(), timeout=20000)
    editor.reject()  # "Stop saving"
    editor.wait_saved()
    assert editor.isVisible() and editor.result() == 0
    assert editor.home_base.text() == "Κέρκυρα" and "press Save to try again" in \
        editor.save_state.text()
    server_down.set()
    assert rep(db, rep_id).home_base is None and updates(db, "reps", rep_id) == []


@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_review_form_waits_for_the_server_then_saves(qtbot, db, db_url, server_down):
    from desktop.reviews.form import ReviewForm
    from models.services import reviews as svc
    team_id, _ = make_team_with_reps(db, "Ἀθῆναι", [GREEK])
    review_id = svc.list_reviews(db, svc.create_cycle(db, "2026-Q3", team_id=team_id))[0].id
    form = ReviewForm(AppContext(db=db, user=ADMIN, tasks=TaskRunner()), today=TODAY)
    qtbot.addWidget(form)
    form.show()
    form.show_review(svc.load_review(db, review_id, ADMIN))
    form.strengths.setPlainText("Ισχυρή σχέση με πελάτες")
    server_down.clear()
    terminate_other_connections(db_url)
    job = form.save()
    qtbot.waitUntil(lambda: RECONNECTING in form.status.text(), timeout=20000)
    assert form.stop_button.isVisible() and not form.save_button.isEnabled()
    assert form.strengths.toPlainText() == "Ισχυρή σχέση με πελάτες"
    server_down.set()
    assert job.wait().saved and form.status.text() == "Saved."
    assert not form.stop_button.isVisible()
    assert svc.load_review(db, review_id, ADMIN).strengths == "Ισχυρή σχέση με πελάτες"
