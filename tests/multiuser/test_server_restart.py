"""The PostgreSQL server really stops and starts while people work.

A save started while the server is down waits, reconnects (pool pre-ping) and lands exactly once
when it is back; a save cut off by the shutdown is rolled back by the server and then saved once;
the listening workstation reloads within 5 s of the server accepting connections again; the main
window says "Reconnecting…", comes back to "Live" and loads its pages again.

These tests restart a PostgreSQL cluster of their own (initdb in a temporary directory, own port),
never the machine's shared server, which other test runs may be using at the same moment. Where no
such cluster can be made (no server programs installed) they are skipped with the reason; the
pg_terminate_backend test in test_failures.py still covers the reconnect path.
"""
from __future__ import annotations

import threading
import time
import uuid

import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.pool import NullPool

from desktop.live_refresh import PgListener
from models.db.core import AuditEntry, Rep
from models.db.migrate import open_database
from models.db.retry import lock_for_edit, save_changes, with_retry
from models.services import users
from models.services.users import sign_in
from tests.multiuser.helpers import PrivateServer, ServerUnavailable, make_team_with_reps
from tests.pg_logins import OWNER_LOGIN, login_url, owner_work

TEMPLATE = "repdesk_restart_tpl"
DOWN_SECONDS = 2.0          # how long the server stays down while the client is saving
RELOAD_WITHIN = 5.0         # the requirement: listeners reload within 5 s of the server's return


def _admin(server: PrivateServer):
    return create_engine(server.url(), isolation_level="AUTOCOMMIT", poolclass=NullPool,
                         connect_args={"connect_timeout": 3})


@pytest.fixture(scope="module")
def server():
    """A private, migrated PostgreSQL cluster for this module; always stopped and removed after."""
    try:
        srv = PrivateServer.create()
    except ServerUnavailable as error:
        pytest.skip(f"cannot make a private PostgreSQL server to restart: {error}. The "
                    "pg_terminate_backend test in test_failures.py covers the reconnect path.")
    try:
        srv.start()
        engine = _admin(srv)
        with engine.connect() as conn:  # as on the shared server: an owner login makes the schema
            conn.exec_driver_sql(f"CREATE ROLE {OWNER_LOGIN} LOGIN NOSUPERUSER CREATEROLE")
            conn.exec_driver_sql(f'CREATE DATABASE "{TEMPLATE}" OWNER {OWNER_LOGIN}')
        engine.dispose()
        with owner_work():
            owner_db = open_database(login_url(srv.url(TEMPLATE), OWNER_LOGIN), user="tester")
            try:
                admin = sign_in(owner_db)
                for login in ("tester", "alice"):
                    users.grant(owner_db, admin, login, "admin")
            finally:
                owner_db.dispose()
        yield srv
    finally:
        srv.destroy()


class Restartable:
    """A throwaway migrated database on the private server, and the server itself."""

    def __init__(self, server: PrivateServer, url: str):
        self.server, self.url = server, url
        self.name = url.rsplit("/", 1)[1]


@pytest.fixture
def pg(backend, request):
    """A Restartable; whatever the test did, the server is running again afterwards."""
    if backend != "postgresql":
        pytest.skip("a server restart is a PostgreSQL matter (SQLite has no server to restart)")
    srv: PrivateServer = request.getfixturevalue("server")  # made only when a test needs it
    srv.ensure_running()
    name = f"repdesk_r_{uuid.uuid4().hex[:10]}"
    engine = _admin(srv)
    with engine.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}" OWNER {OWNER_LOGIN} TEMPLATE "{TEMPLATE}"')
    try:
        yield Restartable(srv, login_url(srv.url(name), "tester"))
    finally:
        srv.ensure_running()
        with engine.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        engine.dispose()


def _wait(predicate, timeout: float, step: float = 0.02) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(step)
    return predicate()


def _rep_and_updates(db, rep_id):
    with db.read() as s:
        rep = s.get(Rep, rep_id)
        updates = s.execute(select(AuditEntry).where(
            AuditEntry.table_name == "reps", AuditEntry.row_id == str(rep_id),
            AuditEntry.action == "update").order_by(AuditEntry.id)).scalars().all()
    return rep, updates


class Recorder:
    """PgListener callbacks (they run on the listener's thread), with the time of each."""

    def __init__(self):
        self.states: list[tuple[float, str]] = []
        self.events: list[tuple[float, dict]] = []
        self.reloads: list[float] = []
        self.reloaded = threading.Event()

    def on_state(self, state: str) -> None:
        self.states.append((time.monotonic(), state))

    def on_event(self, event: dict) -> None:
        self.events.append((time.monotonic(), event))

    def on_reconnected(self) -> None:
        self.reloads.append(time.monotonic())
        self.reloaded.set()

    def said(self, state: str) -> bool:
        return any(s == state for _, s in self.states)


def test_server_stopped_while_editing_the_save_lands_once_and_listeners_reload(pg):
    db = open_database(pg.url)
    editor = open_database(login_url(pg.url, "alice"))
    _, (rep_id,) = make_team_with_reps(db, "Restart", ["Μαρία Παπαδοπούλου"])
    heard = Recorder()
    listener = PgListener(login_url(pg.server.url(pg.name, driver="postgresql"), "tester"),
                          heard.on_event, heard.on_state, heard.on_reconnected)
    listener.start()
    outcome: dict = {}
    saver = None
    try:
        assert listener.connected.wait(5)
        with editor.read() as s:  # the user opened the record: the editor's pool holds a connection
            version = s.get(Rep, rep_id).version
        mine = {"home_base": "Θεσσαλονίκη", "phone": "+30 2310 555 000"}

        # The server goes down (a restart's fast shutdown ends every session).
        down_at = pg.server.stop()
        assert _wait(lambda: heard.said("reconnecting"), 5), heard.states
        reconnecting: list[str] = []

        def save() -> None:
            outcome["started"] = time.monotonic()
            try:
                outcome["version"] = save_changes(editor, Rep, rep_id, version, mine,
                                                  on_reconnecting=reconnecting.append)
            except BaseException as error:  # noqa: BLE001 - reported by the asserts below
                outcome["error"] = error
            outcome["ended"] = time.monotonic()

        # The user presses Save while the server is down: the save waits, saying so.
        saver = threading.Thread(target=save, name="save-while-down")
        saver.start()
        time.sleep(DOWN_SECONDS)
        assert saver.is_alive(), outcome.get("error")
        assert reconnecting and "reconnecting" in reconnecting[0]

        up_at = pg.server.start()
        saver.join(35)
        assert not saver.is_alive(), "the save did not finish after the server came back"
        assert "error" not in outcome, repr(outcome.get("error"))
        assert outcome["version"] == version + 1

        # The listening workstation reconnects and reloads everything within 5 s.
        assert heard.reloaded.wait(max(0.0, up_at + RELOAD_WITHIN - time.monotonic())), \
            f"no reload within {RELOAD_WITHIN} s of the server's return: {heard.states}"
        reload_after = heard.reloads[0] - up_at
        assert reload_after < RELOAD_WITHIN
        assert len(heard.reloads) == 1
        assert heard.states[-1][1] == "live"

        # Saved exactly once, whole: both fields, one version step, one audit row.
        rep, updates = _rep_and_updates(db, rep_id)
        assert (rep.home_base, rep.phone, rep.version) == (*mine.values(), version + 1)
        assert [(u.user_login, u.new_values["home_base"], u.new_values["phone"])
                for u in updates] == [("alice", *mine.values())]

        # And the listener hears new changes again (NOTIFY at commit).
        heard.events.clear()
        save_changes(db, Rep, rep_id, version + 1, {"home_base": "Αθήνα"})
        assert _wait(lambda: any(e.get("t") == "reps" for _, e in heard.events), 5)

        print(f"\nRESTART save-while-down: server down {up_at - down_at:.2f} s; the save waited "
              f"{outcome['ended'] - outcome['started']:.2f} s and landed "
              f"{outcome['ended'] - up_at:.2f} s after the server accepted connections; "
              f"listener reloaded {reload_after:.2f} s after it "
              f"({heard.reloads[0] - down_at:.2f} s after the stop); "
              f"{len(reconnecting)} 'reconnecting' reports")
    finally:
        pg.server.ensure_running()
        if saver is not None:
            saver.join(35)
        listener.stop()
        listener.join(3)
        editor.dispose()
        db.dispose()


def test_server_stopped_in_the_middle_of_a_save_nothing_is_half_written(pg):
    db = open_database(pg.url)
    editor = open_database(login_url(pg.url, "alice"))
    _, (rep_id,) = make_team_with_reps(db, "Mid-save", ["Ng̃alan Santos"])
    flushed, may_commit = threading.Event(), threading.Event()
    seen_by_attempt: list[tuple] = []
    outcome: dict = {}

    def once() -> int:
        with editor.write() as s:
            rep = lock_for_edit(s, Rep, rep_id)
            seen_by_attempt.append((rep.home_base, rep.phone, rep.version))
            rep.home_base, rep.phone = "Iloilo", "+63 33 000"
            s.flush()  # the UPDATE and its audit row are written, not yet committed
            if len(seen_by_attempt) == 1:
                flushed.set()
                may_commit.wait(30)
            return rep.version

    def save() -> None:
        try:
            outcome["version"] = with_retry(once, on_reconnecting=outcome.setdefault("said", []).append)
        except BaseException as error:  # noqa: BLE001
            outcome["error"] = error

    saver = threading.Thread(target=save, name="save-cut-off")
    saver.start()
    try:
        assert flushed.wait(10)
        down_at = pg.server.stop()  # the open transaction is cut off by the shutdown
        may_commit.set()  # the commit now fails: the connection is gone
        time.sleep(DOWN_SECONDS)
        assert saver.is_alive(), outcome.get("error")
        up_at = pg.server.start()
        saver.join(35)
        assert not saver.is_alive()
        assert "error" not in outcome, repr(outcome.get("error"))
        assert outcome["version"] == 2
        # The retry found the record untouched: the cut-off transaction was rolled back whole.
        assert seen_by_attempt[0] == (None, None, 1)
        assert seen_by_attempt[-1] == (None, None, 1)
        rep, updates = _rep_and_updates(db, rep_id)
        assert (rep.home_base, rep.phone, rep.version) == ("Iloilo", "+63 33 000", 2)
        assert [u.user_login for u in updates] == ["alice"]
        print(f"\nRESTART cut-off save: {len(seen_by_attempt)} attempts, server down "
              f"{up_at - down_at:.2f} s, saved once")
    finally:
        may_commit.set()
        pg.server.ensure_running()
        saver.join(35)
        editor.dispose()
        db.dispose()


# -- the app window across a restart ------------------------------------------------------------
@pytest.fixture
def settings(tmp_path):
    from PySide6.QtCore import QSettings
    from desktop.settings import Settings
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def test_the_window_says_reconnecting_and_works_again_after_a_restart(qtbot, settings, pg):
    from desktop.context import AppContext
    from desktop.live_refresh import start_live_refresh
    from desktop.main_window import MainWindow
    from desktop.pages import PAGES
    from desktop.tasks import TaskRunner

    db = open_database(pg.url)
    _, rep_ids = make_team_with_reps(db, "Window", ["Ana Reyes", "Budi Santoso", "Ἑλένη Κ."])
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.sidebar.setCurrentRow(next(i for i, p in enumerate(PAGES) if p.key == "roster"))
    win.show()
    ctx = AppContext(db=db, user=sign_in(db), tasks=TaskRunner(win))
    win.set_context(ctx)
    live = start_live_refresh(ctx, win)
    other = None
    try:
        qtbot.waitUntil(lambda: win.page("roster") is not None, timeout=10000)
        roster = win.page("roster")
        qtbot.waitUntil(lambda: roster.data is not None and len(roster.data) == 3, timeout=10000)
        qtbot.waitUntil(lambda: live.indicator.plain_text() == "● Live", timeout=10000)

        pg.server.stop()
        qtbot.waitUntil(lambda: live.indicator.plain_text() == "Reconnecting…", timeout=10000)
        assert "unsaved edits are kept" in live.indicator.toolTip()
        loads_before = roster._generation
        # The user opens a page that was not loaded yet: it says why it is empty, no traceback.
        rows = {p.key: i for i, p in enumerate(PAGES)}
        win.sidebar.setCurrentRow(rows["territories"])
        # The page reads its data in the background: it opens at once, and its failed load
        # says why in plain words.
        qtbot.waitUntil(lambda: win.page("territories") is not None, timeout=10000)
        territories = win.page("territories")
        qtbot.waitUntil(lambda: territories.problem.isVisible(), timeout=10000)
        assert "database server cannot be reached" in territories.problem.text()
        assert "Traceback" not in territories.problem.text()
        qtbot.wait(int(DOWN_SECONDS * 1000))  # the window stays responsive while the server is away
        assert win.isVisible() and live.state == "reconnecting"

        pg.server.start()
        qtbot.waitUntil(lambda: live.indicator.plain_text() == "● Live", timeout=10000)
        # …and that page loads by itself after the reconnect.
        qtbot.waitUntil(lambda: not territories.problem.isVisible(), timeout=10000)
        assert win.stack.currentWidget() is territories
        win.sidebar.setCurrentRow(rows["roster"])
        assert win.stack.currentWidget() is roster
        # The reconnect reloads every page (changes made meanwhile were not announced).
        qtbot.waitUntil(lambda: roster._generation > loads_before and roster._loading is None,
                        timeout=10000)
        assert "Could not load" not in roster.summary.text()

        # Another workstation saves after the restart: the window hears it and shows it.
        other = open_database(login_url(pg.url, "alice"))
        save_changes(other, Rep, rep_ids[0], 1, {"full_name": "Ana Reyes-Cruz"})
        qtbot.waitUntil(lambda: roster.data is not None and "Ana Reyes-Cruz" in roster.data.name,
                        timeout=10000)

        # A reload asked for by hand works too, and the user's own save goes through.
        roster.reload()
        qtbot.waitUntil(lambda: roster._loading is None, timeout=10000)
        assert "Could not load" not in roster.summary.text()
        assert sorted(roster.data.name) == ["Ana Reyes-Cruz", "Budi Santoso", "Ἑλένη Κ."]
        assert save_changes(db, Rep, rep_ids[1], 1, {"home_base": "Jakarta"}) == 2
        qtbot.waitUntil(lambda: roster._loading is None, timeout=10000)
    finally:
        pg.server.ensure_running()
        live.stop()
        ctx.tasks.wait()
        if other is not None:
            other.dispose()
        db.dispose()
