"""Copies of the SQLite default, safe while the app runs (SQLite's online backup API).

PostgreSQL is backed up with the server's own tools (pg_dump / pg_restore; see the README).
"""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from models.db.errors import RepdeskError
from models.db.location import SQLITE_MAGIC

PAGES_PER_STEP = 1024


def _sqlite_path(db) -> Path:
    if db.backend != "sqlite":
        raise RepdeskError(
            "Backup and restore here are for SQLite files. Back up a PostgreSQL database with "
            "pg_dump -Fc (and restore with pg_restore): see 'Sharing one database' in the README.")
    return Path(db.url.database)


def backup(db, target: str | Path, *, progress=None) -> Path:
    """Copy the open database to `target` page by page; other workstations may keep writing (the
    copy is a consistent snapshot). The copy is written beside the target and renamed at the end,
    so a failed backup never leaves a half-written file under the target's name."""
    source = _sqlite_path(db)
    target = Path(target).expanduser().resolve()
    if target == source:
        raise RepdeskError("The backup must go to another file than the database itself.")
    if target.is_dir():
        raise RepdeskError(f"{target} is a folder; give a file name for the backup.")
    partial = target.with_name(target.name + ".partial")
    try:
        partial.unlink(missing_ok=True)
        with sqlite3.connect(source, timeout=10) as src, sqlite3.connect(partial) as dst:
            def report(_status, remaining, total):
                if progress:
                    progress.step(total - remaining, total, "Copying…")
            src.backup(dst, pages=PAGES_PER_STEP, progress=report)
            dst.execute("PRAGMA journal_mode=DELETE")
            ok = dst.execute("PRAGMA integrity_check").fetchone()[0]
        src.close()
        dst.close()
        if ok != "ok":
            raise RepdeskError(f"The copy failed its integrity check ({ok}); nothing was replaced.")
        os.replace(partial, target)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise RepdeskError(f"Cannot write the backup {target}: {error.strerror}.") from None
    except sqlite3.Error as error:
        partial.unlink(missing_ok=True)
        raise RepdeskError(f"The backup failed: {error}. Nothing was written to {target}.") from None
    return target


def check_backup_file(path: str | Path) -> Path:
    path = Path(path).expanduser().resolve()
    if not path.is_file():
        raise RepdeskError(f"There is no backup file at {path}.")
    with open(path, "rb") as fh:
        if fh.read(16) != SQLITE_MAGIC:
            raise RepdeskError(f"{path} is not a Repdesk backup (not a SQLite file).")
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        ok = conn.execute("PRAGMA quick_check").fetchone()[0]
    conn.close()
    if not {"alembic_version", "reps", "audit_log"} <= tables:
        raise RepdeskError(f"{path} is a SQLite file but not a Repdesk database.")
    if ok != "ok":
        raise RepdeskError(f"{path} is damaged ({ok}); nothing was restored.")
    return path


def restore(db, source: str | Path, *, progress=None) -> None:
    """Replace the open database's content with a backup, in one step under the write lock: other
    processes see either the old database or the restored one, never a mix. The schema of an older
    backup is upgraded the next time the app opens the file."""
    target = _sqlite_path(db)
    source = check_backup_file(source)
    if source == target:
        raise RepdeskError("That is the database itself, not a backup of it.")
    try:
        with sqlite3.connect(source) as src, sqlite3.connect(target, timeout=30) as dst:
            def report(_status, remaining, total):
                if progress:
                    progress.step(total - remaining, total, "Restoring…")
            src.backup(dst, pages=0, progress=report)  # pages=0: all at once, one transaction
        src.close()
        dst.close()
    except sqlite3.Error as error:
        raise RepdeskError(f"The restore failed: {error}. The database was left as it was.") from None
    db.engine.dispose()  # pooled connections would hold the old schema cache
