"""Several processes writing one SQLite file: every write lands, the file stays sound."""
import multiprocessing

from sqlalchemy import func, select, text

from models.db.core import AuditEntry, Team
from models.db.migrate import open_database

WRITES = 150


def _writer(path: str, name: str, queue) -> None:
    db = open_database(path, user=name)
    errors = 0
    try:
        for i in range(WRITES):
            try:
                with db.write() as s:  # read, then write: the pattern that deadlocks on deferred BEGIN
                    count = s.execute(select(func.count()).select_from(Team)).scalar()
                    s.add(Team(name=f"{name} {i} after {count}"))
            except Exception:
                errors += 1
    finally:
        db.dispose()
    queue.put(errors)


def test_four_processes_read_then_write_without_lock_errors(tmp_path):
    path = str(tmp_path / "shared.sqlite")
    open_database(path).dispose()
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    workers = [ctx.Process(target=_writer, args=(path, f"ws{n}", queue)) for n in range(4)]
    for w in workers:
        w.start()
    errors = [queue.get(timeout=300) for _ in workers]
    for w in workers:
        w.join(timeout=30)
    assert errors == [0, 0, 0, 0]
    db = open_database(path)
    try:
        assert db.scalar(select(func.count()).select_from(Team)) == 4 * WRITES
        assert db.scalar(select(func.count()).select_from(AuditEntry)) == 4 * WRITES
        with db.engine.connect() as conn:
            assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    finally:
        db.dispose()
