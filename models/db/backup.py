"""Copies of the SQLite default, safe while the app runs (SQLite's online backup API).

PostgreSQL is backed up with the server's own tools (pg_dump / pg_restore; see the README).
"""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from models.db.errors import RepdeskError
from models.db.location import SQLITE_MAGIC
from models.db.migrate import known_revisions
from models.i18n import _

PAGES_PER_STEP = 1024
REPDESK_TABLES = {"alembic_version", "reps", "audit_log"}  # enough to tell our file from others


def _sqlite_path(db) -> Path:
    if db.backend != "sqlite":
        raise RepdeskError(
            _("Backup and restore here are for SQLite files. Back up a PostgreSQL database with "
              "pg_dump -Fc (and restore with pg_restore): see 'Sharing one database' in the "
              "README."))
    return Path(db.url.database)


def backup(db, target: str | Path, *, progress=None) -> Path:
    """Copy the open database to `target` page by page; other workstations may keep writing (the
    copy is a consistent snapshot). The copy is written beside the target and renamed at the end,
    so a failed backup never leaves a half-written file under the target's name."""
    source = _sqlite_path(db)
    target = Path(target).expanduser().resolve()
    if target == source:
        raise RepdeskError(_("The backup must go to another file than the database itself."))
    if target.is_dir():
        raise RepdeskError(_("{target} is a folder; give a file name for the backup.").format(
                               target=target))
    partial = target.with_name(target.name + ".partial")
    try:
        partial.unlink(missing_ok=True)
        _copy_checked(source, partial, progress)
        os.replace(partial, target)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise RepdeskError(_("Cannot write the backup {target}: {strerror}.").format(
                               target=target, strerror=error.strerror)) from None
    except sqlite3.Error as error:
        partial.unlink(missing_ok=True)
        raise RepdeskError(_("The backup failed: {error}. Nothing was written to {target}.").format(
                               error=error, target=target)) from None
    except BaseException:  # a failed check or Ctrl+C: no half-written copy is left behind
        partial.unlink(missing_ok=True)
        raise
    return target


def _copy_checked(source: Path, copy: Path, progress) -> None:
    with sqlite3.connect(source, timeout=10) as src, sqlite3.connect(copy) as dst:
        def report(_status, remaining, total):
            if progress:
                progress.step(total - remaining, total, "Copying…")
        src.backup(dst, pages=PAGES_PER_STEP, progress=report)
        dst.execute("PRAGMA journal_mode=DELETE")
        health = _first_problem(dst.execute("PRAGMA integrity_check").fetchone()[0])
    src.close()
    dst.close()
    if health != "ok":
        raise RepdeskError(_("The copy failed its integrity check ({health}); nothing was "
                             "replaced.").format(health=health))


def check_backup_file(path: str | Path) -> Path:
    """Refuse, before anything is replaced, a file that is not a whole Repdesk database this
    version can open: not SQLite, damaged or cut short, another program's, or from a newer Repdesk
    (restoring that would leave a database this workstation then refuses to open)."""
    path = Path(path).expanduser().resolve()
    if not path.is_file():
        raise RepdeskError(_("There is no backup file at {path}.").format(path=path))
    with open(path, "rb") as fh:
        if fh.read(16) != SQLITE_MAGIC:
            raise RepdeskError(_("{path} is not a Repdesk backup (not a SQLite file).").format(
                                   path=path))
    try:
        health, tables, revisions = _read_backup(path)
    except sqlite3.Error as error:  # a truncated file often fails before any check can run
        raise RepdeskError(_("{path} is damaged ({error}); nothing was restored.").format(
                               path=path, error=error)) from None
    if health != "ok":
        raise RepdeskError(_("{path} is damaged ({health}); nothing was restored.").format(
                               path=path, health=health))
    if not REPDESK_TABLES <= tables:
        raise RepdeskError(_("{path} is a SQLite file but not a Repdesk database.").format(
                               path=path))
    newer = revisions - known_revisions()
    if newer:
        raise RepdeskError(
            _("{path} was written by a newer version of Repdesk (schema {newer}): update "
              "Repdesk on this workstation before restoring it; nothing was restored.").format(
                path=path, newer=', '.join(sorted(newer))))
    return path


def _first_problem(report: str) -> str:
    """integrity_check's first row lists many problems after a '*** in database main ***' line;
    the first problem is enough for a one-sentence refusal."""
    lines = [line for line in report.splitlines() if line.strip() and not line.startswith("***")]
    return lines[0].strip() if lines else report.strip()


def _read_backup(path: Path) -> tuple[str, set[str], set[str]]:
    """(integrity check's first line, table names, schema revisions) of a backup, opened read-only."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        # integrity_check, not quick_check: it also reads every index against its table.
        health = _first_problem(conn.execute("PRAGMA integrity_check").fetchone()[0])
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        revisions = set()
        if "alembic_version" in tables:
            revisions = {r[0] for r in conn.execute("SELECT version_num FROM alembic_version")}
    finally:
        conn.close()
    return health, tables, revisions


def restore(db, source: str | Path, *, progress=None) -> None:
    """Replace the open database's content with a backup, in one step under the write lock: other
    processes see either the old database or the restored one, never a mix. The schema of an older
    backup is upgraded the next time the app opens the file."""
    target = _sqlite_path(db)
    source = check_backup_file(source)
    if source == target:
        raise RepdeskError(_("That is the database itself, not a backup of it."))
    try:
        with sqlite3.connect(source) as src, sqlite3.connect(target, timeout=30) as dst:
            def report(_status, remaining, total):
                if progress:
                    progress.step(total - remaining, total, "Restoring…")
            src.backup(dst, pages=0, progress=report)  # pages=0: all at once, one transaction
        src.close()
        dst.close()
    except sqlite3.Error as error:
        raise RepdeskError(_("The restore failed: {error}. The database was left as it "
                             "was.").format(
                               error=error)) from None
    db.engine.dispose()  # pooled connections would hold the old schema cache
