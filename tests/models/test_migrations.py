"""Migrations: an empty database, a previous version's file, a newer database, two at once."""
import shutil
import sqlite3
import multiprocessing
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from models.db.core import Rep
from models.db.database import Database
from models.db.errors import NewerDatabaseError
from models.db.migrate import known_heads, open_database, schema_state, upgrade
from tests.pg_logins import as_owner

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "databases"


def test_empty_database_is_upgraded_to_every_head(empty_db_url):
    db = open_database(empty_db_url, user="tester")
    try:
        state = schema_state(db)
        assert state.current == known_heads()
        assert {"reps", "teams", "audit_log", "territory_assignments"} <= set(db.table_names())
    finally:
        db.dispose()


@pytest.mark.parametrize("fixture", sorted(p.name for p in FIXTURES.glob("*.sqlite")))
def test_previous_version_file_opens_after_upgrade_with_its_data(tmp_path, fixture):
    path = tmp_path / fixture
    shutil.copyfile(FIXTURES / fixture, path)
    before = sqlite3.connect(path).execute("SELECT full_name FROM reps ORDER BY id").fetchall()
    db = open_database(str(path), user="tester")
    try:
        assert schema_state(db).up_to_date
        with db.read() as s:
            after = s.execute(select(Rep.full_name).order_by(Rep.id)).all()
        assert [tuple(r) for r in after] == before and len(before) == 24
    finally:
        db.dispose()
    if set(known_heads()) != {fixture.removesuffix(".sqlite")}:
        backups = list(tmp_path.glob(f"{path.stem}.before-*.sqlite"))
        assert len(backups) == 1, "a copy is kept before a SQLite file is upgraded"


def test_database_from_a_newer_version_is_refused_untouched(db_url):
    db = open_database(db_url, user="tester")
    # What a newer Repdesk's upgrade would leave (on PostgreSQL only the owner may write it).
    with (as_owner(db.url) if db.backend == "postgresql" else db.engine.begin()) as conn:
        conn.execute(text("DELETE FROM alembic_version"))
        conn.execute(text("INSERT INTO alembic_version (version_num) VALUES ('9999_future')"))
    db.dispose()
    with pytest.raises(NewerDatabaseError, match="newer version of Repdesk"):
        open_database(db_url, user="tester")
    check = Database.connect(db_url, user="tester")
    try:
        with check.engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "9999_future"
    finally:
        check.dispose()


def _open_and_report(url, queue):
    try:
        open_database(url, user="tester").dispose()
        queue.put("ok")
    except Exception as error:  # sent back to the test
        queue.put(repr(error))


def test_two_workstations_upgrading_at_once_both_succeed(empty_db_url):
    # Separate processes, as two workstations are (Alembic's context is per process).
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    workers = [ctx.Process(target=_open_and_report, args=(empty_db_url, queue)) for _ in range(2)]
    for w in workers:
        w.start()
    results = [queue.get(timeout=120) for _ in workers]
    for w in workers:
        w.join(timeout=30)
    assert results == ["ok", "ok"]
    db = open_database(empty_db_url, user="tester")
    try:
        assert schema_state(db).up_to_date
        assert db.scalar(select(func.count()).select_from(Rep)) == 0
    finally:
        db.dispose()


def test_an_upgrade_is_one_transaction(empty_db_url):
    """The whole upgrade commits once: another workstation cannot slip in between two revisions
    (SQLite's write lock is held throughout), and a crash leaves the old schema, not half of one."""
    from sqlalchemy import event

    from models.db.migrate import upgrade
    db = Database.connect(empty_db_url, user="tester")
    commits = []
    event.listen(db.engine, "commit", lambda conn: commits.append(1))
    try:
        upgrade(db)
        assert schema_state(db).up_to_date
    finally:
        db.dispose()
    assert len(commits) == (1 if db.backend == "sqlite" else 3)  # PostgreSQL: lock, upgrade, unlock
