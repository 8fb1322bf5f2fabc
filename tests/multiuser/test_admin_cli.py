"""`repdesk db grant / users / backup / restore` from the command line."""
import sqlite3
import threading
import time

import pytest
from sqlalchemy import func, select

from desktop.main import main
from models.db.core import AppUser, Rep
from models.db.migrate import open_database
from models.domain.enums import UserRole
from models.services.users import sign_in
from tests.multiuser.helpers import make_team_with_reps
from tests.pg_logins import cli_as, drop_logins, open_as


def test_grant_sets_role_and_team_and_is_admin_only(db, db_url, backend, capsys):
    make_team_with_reps(db, "Ἀθῆναι", ["Ἑλένη"])
    sign_in(db)  # 'tester' is the first user: admin
    login = "maria.santos" if backend == "sqlite" else None
    if backend == "postgresql":
        import uuid
        login = f"rdt_{uuid.uuid4().hex[:8]}_cli"
    try:
        assert main(["--db", db_url, "--user", "tester", "db", "grant", login, "--role", "manager",
                     "--team", "Ἀθῆναι"]) == 0
        out = capsys.readouterr().out
        assert f"{login} is now sales manager of team Ἀθῆναι" in out
        assert ("no per-user security" in out) == (backend == "sqlite")
        with db.read() as s:
            user = s.execute(select(AppUser).where(AppUser.login == login)).scalar_one()
        assert user.role == UserRole.SALES_MANAGER and user.team_id is not None
        # The manager may not grant anything.
        assert main([*cli_as(db_url, login), "db", "grant", "x", "--role", "admin"]) == 1
        assert "Only an admin" in capsys.readouterr().err
        assert main(["--db", db_url, "--user", "tester", "db", "users"]) == 0
        assert login in capsys.readouterr().out
    finally:
        if backend == "postgresql":
            drop_logins(db.url, [login])


def test_backup_while_another_process_writes_then_restore(db_url, backend, tmp_path, capsys):
    if backend != "sqlite":
        pytest.skip("PostgreSQL is backed up with pg_dump (README)")
    db = open_as(db_url, "tester")
    sign_in(db)
    make_team_with_reps(db, "Backup", [f"Rep {i}" for i in range(50)])
    stop = threading.Event()

    def writer():  # another workstation keeps saving during the backup
        n = 0
        while not stop.is_set():
            with db.write() as s:
                s.add(Rep(full_name=f"王 {n}"))
            n += 1
    thread = threading.Thread(target=writer)
    thread.start()
    try:
        time.sleep(0.2)
        target = tmp_path / "copy.sqlite"
        assert main(["--db", db_url, "--user", "tester", "db", "backup", str(target)]) == 0
    finally:
        stop.set()
        thread.join()
    with sqlite3.connect(target) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        in_copy = copy.execute("SELECT count(*) FROM reps").fetchone()[0]
    assert 50 <= in_copy
    total = db.scalar(select(func.count()).select_from(Rep))
    assert total >= in_copy
    # Restore brings the file back to the copy's content.
    assert main(["--db", db_url, "--user", "tester", "db", "restore", str(target), "--yes"]) == 0
    db.dispose()
    db = open_as(db_url, "tester")
    assert db.scalar(select(func.count()).select_from(Rep)) == in_copy
    db.dispose()
    # A file that is not a Repdesk database is refused, nothing changed.
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database at all")
    assert main(["--db", db_url, "--user", "tester", "db", "restore", str(junk), "--yes"]) == 1
    assert "not a Repdesk backup" in capsys.readouterr().err
    # Non-admins may not back up.
    assert main(["--db", db_url, "--user", "newcomer", "db", "backup", str(tmp_path / "b.sqlite")]) == 1


def test_history_command_lists_changes_with_filters(db, db_url, capsys):
    from models.db.retry import save_changes
    _, (rep_id,) = make_team_with_reps(db, "Hist", ["Ng̃alan Mañalac"])
    alice = open_as(db_url, "alice")
    try:
        save_changes(alice, Rep, rep_id, 1, {"home_base": "Θεσσαλονίκη"})
    finally:
        alice.dispose()
    assert main(["--db", db_url, "--user", "tester", "db", "history", "reps", str(rep_id)]) == 0
    out = capsys.readouterr().out
    assert "Θεσσαλονίκη" in out and "alice" in out and "Ng̃alan Mañalac" in out
    assert main(["--db", db_url, "--user", "tester", "db", "history", "reps", str(rep_id),
                 "--by", "alice"]) == 0
    out = capsys.readouterr().out
    assert "alice" in out and "insert" not in out
