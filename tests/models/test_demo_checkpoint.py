"""On SQLite the demo's commit does not wait for the write-ahead log to be copied into the
database file (a few hundred milliseconds of the first start): the rows are there once it
returns, the copy follows on a thread of its own, and the connection checkpoints after its
later commits as before."""
import datetime as dt
import sqlite3

from sqlalchemy import func, select

from models.db.activity import ActivityValue
from models.db.migrate import open_database
from models.demo import generate

generate_module = __import__("models.demo.generate", fromlist=["_DeferredCheckpoint"])


def _rows_in_the_file_itself(path) -> int:
    """activity_values' rows as the database file holds them, the log ignored (immutable)."""
    direct = sqlite3.connect(f"file:{path}?immutable=1", uri=True)
    try:
        if not direct.execute("SELECT count(*) FROM sqlite_master "
                              "WHERE name = 'activity_values'").fetchone()[0]:
            return 0     # not even the schema there yet
        return direct.execute("SELECT count(*) FROM activity_values").fetchone()[0]
    finally:
        direct.close()


def test_demo_rows_are_committed_in_the_log_then_copied_into_the_file(tmp_path, monkeypatch):
    started = []
    monkeypatch.setattr(generate_module._DeferredCheckpoint, "start", lambda self: started.append(self))
    path = tmp_path / "demo.sqlite"
    db = open_database(str(path), user="demo")
    try:
        generate(db, reps=12, seed=3, today=dt.date(2026, 11, 23), defer_checkpoint=True)
        with db.read() as s:
            committed = s.scalar(select(func.count()).select_from(ActivityValue))
        assert committed > 1000
        assert _rows_in_the_file_itself(path) == 0       # in the log only: no checkpoint waited
        with db.engine.connect() as conn:                # the generating connection, pooled
            assert conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == 1000
        [deferred] = started
        deferred._checkpoint()                          # what its thread runs
        assert _rows_in_the_file_itself(path) == committed
    finally:
        db.dispose()


def test_without_deferring_the_file_holds_the_demo_once_made(tmp_path):
    """The default (the command line, a test's template that is copied at once): the copy into
    the file is part of the commit."""
    path = tmp_path / "demo.sqlite"
    db = open_database(str(path), user="demo")
    try:
        generate(db, reps=12, seed=3, today=dt.date(2026, 11, 23))
        with db.read() as s:
            committed = s.scalar(select(func.count()).select_from(ActivityValue))
        assert _rows_in_the_file_itself(path) == committed > 1000
    finally:
        db.dispose()
