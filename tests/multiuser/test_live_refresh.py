"""A change saved elsewhere reaches this workstation without a manual refresh."""
import sqlite3
import subprocess
import sys
import time

import uuid

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from desktop.context import AppContext
from desktop.live_refresh import (COALESCE_MS, LISTENER_APP_NAME, LiveRefresh, PgListener,
                                   start_live_refresh, visible_to)
from models.db.core import Compensation, Rep
from models.db.migrate import open_database
from models.db.retry import save_changes
from models.domain.enums import UserRole
from models.services.users import CurrentUser
from tests.multiuser.helpers import make_team_with_reps
from tests.pg_logins import drop_logins, open_as, register_login

ADMIN = CurrentUser("tester", "Tester", UserRole.ADMIN, None)


def collect(ctx):
    seen = []
    ctx.changed.connect(seen.append)
    return seen


def test_events_are_limited_to_what_the_user_may_see():
    """Before any re-read: pay events never reach those who may not see pay; the rest pass on
    (a manager's listener then re-reads the row under their own login, tested below)."""
    manager = CurrentUser("m", "M", UserRole.SALES_MANAGER, 3)
    trainer = CurrentUser("t", "T", UserRole.TRAINER, None)
    hr = CurrentUser("h", "H", UserRole.HR, None)
    assert visible_to(manager, {"t": "reps", "op": "U", "id": 1})
    assert visible_to(manager, {"t": "territories", "op": "I", "id": 1})
    assert not visible_to(manager, {"t": "compensation", "op": "U", "id": 1})
    assert visible_to(trainer, {"t": "reps", "op": "U", "id": 1})
    assert not visible_to(trainer, {"t": "compensation", "op": "U", "id": 1})
    assert visible_to(hr, {"t": "compensation", "op": "U", "id": 1})
    assert visible_to(ADMIN, {"t": "compensation", "id": 1, "team": 4})


def test_a_save_on_another_workstation_shows_here(qtbot, db, db_url, backend):
    _, (rep_id,) = make_team_with_reps(db, "Live", ["Ἑλένη"])
    ctx = AppContext(db=db, user=ADMIN, tasks=None)
    live = LiveRefresh(ctx)
    try:
        if backend == "postgresql":
            assert live.listener.connected.wait(5)
        seen = collect(ctx)
        other = open_as(db_url, "alice")
        try:
            save_changes(other, Rep, rep_id, 1, {"home_base": "Cebu"})
            qtbot.waitUntil(lambda: "reps" in seen, timeout=5000)
        finally:
            other.dispose()
    finally:
        live.stop()


def test_sqlite_checks_when_the_window_becomes_active(qtbot, db, db_url, backend):
    if backend != "sqlite":
        pytest.skip("PostgreSQL pushes changes; SQLite polls")
    _, (rep_id,) = make_team_with_reps(db, "Focus", ["Dewi"])
    ctx = AppContext(db=db, user=ADMIN, tasks=None)
    live = LiveRefresh(ctx)
    live.poll.stop()  # only the explicit check below may notice the change
    seen = collect(ctx)
    try:
        # Another process (not this one's connections) commits to the file.
        subprocess.run([sys.executable, "-c", (
            "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
            "c.execute(\"INSERT INTO audit_log (table_name, row_id, action, user_login, at) "
            "VALUES ('reps', '1', 'update', 'other', '2026-11-23 10:00:00')\"); c.commit()"),
            db_url], check=True)
        qtbot.wait(300)
        assert seen == []
        live.check_now()
        qtbot.waitUntil(lambda: seen == ["reps"], timeout=2000)
    finally:
        live.stop()


def test_a_manager_is_not_told_of_other_teams(qtbot, db, db_url, backend):
    """Events carry table and id only (any login may LISTEN); the manager's own login re-reads
    the row, so another team's changes and pay changes never reach their pages."""
    if backend != "postgresql":
        pytest.skip("team-filtered events are a PostgreSQL feature")
    from models.db.migrate import open_database
    from models.services import users
    north, (mine,) = make_team_with_reps(db, "North", ["Ana"])
    _, (theirs,) = make_team_with_reps(db, "South", ["Budi"])
    login = f"rdl_{uuid.uuid4().hex[:8]}_mgr"
    manager_db = open_database(register_login(db_url, login, "manager", team="North"))
    ctx = AppContext(db=manager_db, user=users.sign_in(manager_db), tasks=None)
    live = LiveRefresh(ctx)
    try:
        assert live.listener.connected.wait(5)
        seen = collect(ctx)
        save_changes(db, Rep, theirs, 1, {"home_base": "x"})
        with db.write() as s:
            s.add(Compensation(rep_id=mine))
        qtbot.wait(800)
        assert seen == []
        save_changes(db, Rep, mine, 1, {"home_base": "y"})
        qtbot.waitUntil(lambda: seen == ["reps"], timeout=5000)
    finally:
        live.stop()
        manager_db.dispose()
        drop_logins(db_url, [login])


def test_listener_reconnects_and_reloads_after_its_connection_is_killed(qtbot, db, db_url, backend):
    if backend != "postgresql":
        pytest.skip("PostgreSQL connection loss")
    _, (rep_id,) = make_team_with_reps(db, "Restart", ["Μαρία"])
    ctx = AppContext(db=db, user=ADMIN, tasks=None)
    live = LiveRefresh(ctx)
    states = []
    live.state_changed.connect(states.append)
    try:
        assert live.listener.connected.wait(5)
        old_pid = live.listener.backend_pid
        seen = collect(ctx)
        with db.engine.connect() as conn:
            conn.execute(text("SELECT pg_terminate_backend(:p)"), {"p": old_pid})
        started = time.monotonic()
        qtbot.waitUntil(lambda: "*" in seen, timeout=5000)   # reloads everything within 5 s
        assert time.monotonic() - started < 5
        assert "reconnecting" in states and states[-1] == "live"
        assert live.listener.backend_pid != old_pid
        seen.clear()
        save_changes(db, Rep, rep_id, 1, {"home_base": "after"})
        qtbot.waitUntil(lambda: "reps" in seen, timeout=5000)
    finally:
        live.stop()


def test_status_bar_says_live_and_warns_about_sqlite(qtbot, db, backend):
    from PySide6.QtWidgets import QMainWindow
    window = QMainWindow()
    qtbot.addWidget(window)
    live = start_live_refresh(AppContext(db=db, user=ADMIN, tasks=None), window)
    try:
        if backend == "postgresql":
            qtbot.waitUntil(lambda: live.indicator.plain_text() == "● Live", timeout=5000)
        else:
            assert " ".join(live.indicator.plain_text().split()) == "● Shared file · No per-user security"
            assert "PostgreSQL" in live.indicator.toolTip()
    finally:
        live.stop()


def test_nothing_is_announced_after_stop(qtbot, db, backend):
    ctx = AppContext(db=db, user=ADMIN, tasks=None)
    live = LiveRefresh(ctx)
    seen = collect(ctx)
    live._event.emit({"t": "reps"})  # arrived just as the window moved to another database
    live.stop()
    qtbot.wait(COALESCE_MS * 4)
    assert seen == []


def test_the_listener_outlives_a_failing_callback(db, db_url, backend):
    if backend != "postgresql":
        pytest.skip("the LISTEN thread is PostgreSQL's")
    import threading
    _, (rep_id,) = make_team_with_reps(db, "Sturdy", ["Dewi"])
    heard, reloaded = [], threading.Event()

    def on_event(event):
        heard.append(event)
        if len(heard) == 1:
            raise RuntimeError("a bug in a page's handler")

    url = make_url(db_url).set(drivername="postgresql").render_as_string(hide_password=False)
    listener = PgListener(url, on_event, lambda state: None, reloaded.set)
    listener.start()
    try:
        assert listener.connected.wait(5)
        save_changes(db, Rep, rep_id, 1, {"home_base": "one"})
        assert reloaded.wait(5)  # it started over (and reloads, as after any lost connection)
        assert listener.connected.wait(5)
        save_changes(db, Rep, rep_id, 2, {"home_base": "two"})
        deadline = time.monotonic() + 5
        while len(heard) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert len(heard) == 2
        assert isinstance(listener.last_error, RuntimeError)
    finally:
        listener.stop()
        listener.join(3)
