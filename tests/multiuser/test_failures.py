"""When things fail: a killed importer leaves all or nothing; a dropped connection is survived."""
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from desktop.context import AppContext
from desktop.live_refresh import LiveRefresh
from models.db.core import AuditEntry, Rep
from models.db.migrate import open_database
from models.db.retry import lock_for_edit, save_changes, with_retry
from models.domain.enums import UserRole
from models.services.users import CurrentUser
from tests.multiuser.helpers import make_team_with_reps
from tests.pg_logins import as_superuser, open_as

ROOT = Path(__file__).resolve().parents[2]
KILLS = int(os.environ.get("REPDESK_KILLS", "20"))
CHUNKS, PER_CHUNK = 25, 40


def count_batch(db, tag: str) -> tuple[int, int]:
    """Reps of the batch, and its audit entries: SQLite's one summary per chunk written by the
    import, PostgreSQL's one entry per row written by the server's trigger."""
    with db.read() as s:
        reps = s.execute(select(func.count()).select_from(Rep)
                         .where(Rep.full_name.like(f"{tag} %"))).scalar()
        audits = [a for a in s.execute(select(AuditEntry.new_values).where(
                      AuditEntry.table_name == "reps",
                      AuditEntry.action.in_(("bulk_insert", "insert")))).scalars()
                  if a and (a.get("source") == tag or str(a.get("full_name", "")).startswith(tag))]
    return reps, len(audits)


def test_killing_an_import_leaves_all_or_nothing(db, db_url, backend):
    rng = random.Random(20261123)
    outcomes = {"none": 0, "all": 0}
    for round_ in range(KILLS):
        tag = f"K{round_:02d}x{rng.randrange(10**6)}"
        proc = subprocess.Popen([sys.executable, "-m", "tests.multiuser.import_worker", db_url, tag,
                                 str(CHUNKS), str(PER_CHUNK)], cwd=ROOT, stdout=subprocess.PIPE,
                                text=True)
        assert proc.stdout.readline().strip() == "BEGIN"
        time.sleep(rng.uniform(0.0, 0.9))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        if backend == "postgresql":  # the server notices the dead client and rolls back
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline and db.scalar(text(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                    "AND application_name = 'repdesk' AND state LIKE 'idle in transaction%'")):
                time.sleep(0.05)
        reps, audits = count_batch(db, tag)
        whole = CHUNKS * PER_CHUNK if backend == "postgresql" else CHUNKS
        assert (reps, audits) in ((0, 0), (CHUNKS * PER_CHUNK, whole)), \
            f"round {round_}: {reps} reps and {audits} audit entries of batch {tag}"
        outcomes["all" if reps else "none"] += 1
        if backend == "sqlite":
            with sqlite3.connect(db_url) as conn:
                assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            conn.close()
    assert outcomes["none"] > 0  # most kills really hit the open transaction
    print(f"\nKILL {backend}: {KILLS} kills, {outcomes}")
    # The database still opens and takes writes.
    again = open_as(db_url, "after")
    try:
        _, (rep_id,) = make_team_with_reps(again, "After the kills", ["Ng̃alan"])
        assert save_changes(again, Rep, rep_id, 1, {"home_base": "ok"}) == 2
    finally:
        again.dispose()


def _terminate_clients(admin_db, *, except_pid=None) -> int:
    # What a server restart or a network cut does; only the superuser may end others' sessions.
    with as_superuser(admin_db.url) as conn:
        return conn.execute(text(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()")).scalar()


def test_connections_killed_while_editing_the_edit_is_saved_and_listeners_reload(
        qtbot, db, db_url, backend):
    if backend != "postgresql":
        pytest.skip("a server-side connection loss is a PostgreSQL matter")
    _, (rep_id,) = make_team_with_reps(db, "Restart", ["Μαρία Παπαδοπούλου"])
    editor = open_as(db_url, "alice")
    watcher_ctx = AppContext(db=db, user=CurrentUser("tester", "T", UserRole.ADMIN, None), tasks=None)
    live = LiveRefresh(watcher_ctx)
    seen = []
    watcher_ctx.changed.connect(seen.append)
    try:
        assert live.listener.connected.wait(5)
        with editor.read() as s:  # the editor loaded the record: its pool holds a connection
            version = s.get(Rep, rep_id).version
        # The server drops every connection of this database (a restart, a network cut)…
        assert _terminate_clients(db) >= 2
        started = time.monotonic()
        # …the user presses Save: the pool notices (pre-ping), reconnects, saves.
        states = []
        assert save_changes(editor, Rep, rep_id, version, {"home_base": "Θεσσαλονίκη"},
                            on_reconnecting=states.append) == 2
        # The listening workstation reloads everything within 5 s, then gets the new change too.
        qtbot.waitUntil(lambda: "*" in seen, timeout=5000)
        assert time.monotonic() - started < 5
        qtbot.waitUntil(lambda: "reps" in seen or seen.count("*") >= 1, timeout=5000)

        # A connection lost in the middle of a save: rolled back by the server, retried, saved once.
        attempts = []

        def once():
            with editor.write() as s:
                rep = lock_for_edit(s, Rep, rep_id)
                rep.phone = "+30 231 000"
                s.flush()
                if not attempts:
                    attempts.append(s.execute(text("SELECT pg_backend_pid()")).scalar())
                    with as_superuser(db.url) as conn:
                        conn.execute(text("SELECT pg_terminate_backend(:p)"), {"p": attempts[0]})
                return rep.version
        reconnecting = []
        assert with_retry(once, on_reconnecting=reconnecting.append) == 3
        assert reconnecting  # the user was told it was reconnecting
        with db.read() as s:
            rep = s.get(Rep, rep_id)
            updates = s.execute(select(AuditEntry).where(AuditEntry.table_name == "reps",
                                                         AuditEntry.action == "update")).scalars().all()
        assert (rep.home_base, rep.phone, rep.version) == ("Θεσσαλονίκη", "+30 231 000", 3)
        assert [u.user_login for u in updates] == ["alice", "alice"]  # nothing half or twice
    finally:
        live.stop()
        editor.dispose()
