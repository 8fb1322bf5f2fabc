"""Every import is a batch that can be undone.

Each run of an import (`reps`, `deals`, `activity`, `evaluations`, from the window or the command
line) records one `import_batches` row in the import's own transaction: who, when, which file and
its SHA-256, the counts and the column mapping used. A dry run records nothing (its transaction is
rolled back), and a re-import of an unchanged file writes no data: its batch counts the rows
unchanged.

What a batch changed is not kept twice. An import is one transaction, and the audit trail tags
each row with its transaction (`audit_log.tx`: txid_current() on PostgreSQL, where the server's
triggers write it; one number per transaction on SQLite), so the audit rows with the batch's `tx`
are exactly its inserts, updates and deletes with their old values. Two gaps are closed here:
- Daily numbers are written in bulk and audited as one summary row: the import keeps each cell it
  changed, old -> new, in `import_batch_cells` (only cells whose value changed).
- On SQLite the app audits only Versioned rows; inside an import or an undo the details without a
  version (a deal's stage changes, an evaluation's answers and section scores) are recorded too,
  and bulk rows written before the transaction number existed are given it.

`undo_batch` (models/imports/undo.py) puts everything back: created rows removed, overwritten
values and deleted rows restored, cells given their old values (or emptied). It refuses, with one
sentence and writing nothing, when a later change depends on the batch: a row it wrote was changed
later, a row it created gained details later (a note, a stage move), a cell holds another value
now, or a created row is now used elsewhere. The undo is itself audited as ordinary changes.

Who sees and undoes a batch: the login that ran it, and an admin; admins and HR see every batch,
trainers every evaluations batch (models/db/access.py says why; the server enforces it on
PostgreSQL; on SQLite list_batches applies the same rule).
"""
from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

from sqlalchemy import event, func, insert, or_, select, text, true, update
from sqlalchemy.orm import Session, object_session

from models.db import audit
from models.db.activity import ActivityMetric, ActivityValue
from models.db.base import Base, Versioned, utcnow
from models.db.core import AppUser, AuditEntry, Rep
from models.db.errors import RepdeskError
from models.db.imports import ImportBatch as BatchRow
from models.db.imports import ImportBatchCell
from models.domain.enums import UserRole

KINDS = ("reps", "deals", "activity", "evaluations")
SESSION_FLAG = "import_batch"   # Session.info: this session is an import's or an undo's


class UndoRefused(RepdeskError):
    """The batch cannot be undone as it stands; the message says why in one sentence."""


@dataclass(frozen=True)
class ImportBatch:
    id: int
    kind: str
    file_name: str
    file_sha256: str
    user_login: str
    at: dt.datetime
    created: int
    updated: int
    unchanged: int
    bad: int
    rows: int
    undone_at: dt.datetime | None
    undone_by: str | None = None
    mapping: dict | None = None


@dataclass(frozen=True)
class UndoResult:
    batch_id: int
    removed: int      # rows the batch had created
    restored: int     # rows whose old values (or whose deletion) were put back
    cells: int        # daily numbers put back

    def summary(self) -> str:
        text = (f"Import {self.batch_id} undone: {self.removed} created row(s) removed, "
                f"{self.restored} row(s) restored")
        if self.cells:
            text += f", {self.cells} daily number(s) put back"
        return text + "."


# -- recording ----------------------------------------------------------------------------
def file_sha256(path: str | Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def start(session: Session, kind: str) -> None:
    """Called where an import's write transaction opens (models/imports/locks.py)."""
    session.info[SESSION_FLAG] = kind
    if session.get_bind().dialect.name == "sqlite":
        # The write lock is held from here to the commit, so every audit row after this mark
        # is this transaction's (record_bulk writes its rows without the transaction number).
        session.info["audit_mark"] = session.execute(select(func.max(AuditEntry.id))).scalar() or 0


def header_names(table, columns: dict[str, int]) -> dict[str, str]:
    """field -> the file's header it is read from (an import's `columns` hold indexes)."""
    return {name: table.headers[i] for name, i in columns.items() if i < len(table.headers)}


def transaction_id(session: Session) -> int:
    if session.get_bind().dialect.name == "postgresql":
        return int(session.execute(text("SELECT txid_current()")).scalar())
    return audit.transaction_number(session)


def _login(session: Session) -> str:
    if session.get_bind().dialect.name == "postgresql":
        return str(session.execute(text("SELECT session_user")).scalar())
    return audit.current_user(session)


def record_batch(session: Session, kind: str, path: str | Path, report, *, rows: int,
                 mapping: dict[str, str] | None = None, columns: dict[str, str] | None = None,
                 options: dict[str, Any] | None = None,
                 cells: Sequence[tuple[int, int, dt.date, int, int | None]] = ()) -> int | None:
    """Record the import's batch in its transaction (nothing in a dry run) and set
    `report.batch_id`. `cells`: (rep, metric, day, new, old) of each daily number changed."""
    from models.imports.locks import in_dry_run
    if in_dry_run():
        return None
    session.flush()
    tx = transaction_id(session)
    mark = session.info.get("audit_mark")
    if mark is not None:
        session.execute(update(AuditEntry).where(AuditEntry.id > mark, AuditEntry.tx.is_(None))
                        .values(tx=tx))
    batch = BatchRow(
        kind=kind, file_name=Path(path).name[:260], file_sha256=file_sha256(path),
        user_login=_login(session), at=utcnow(), tx=tx, rows=rows,
        created=sum(c[4] is None for c in cells) if cells else getattr(report, "created", 0),
        updated=sum(c[4] is not None for c in cells) if cells else getattr(report, "updated", 0),
        unchanged=report.unchanged, bad=len(report.skipped),
        mapping={"map": dict(mapping or {}), "columns": dict(columns or {}),
                 "options": {k: _plain(v) for k, v in (options or {}).items()}})
    session.add(batch)
    session.flush()
    if cells:
        _write_cells(session, batch.id, cells)
    report.batch_id = batch.id
    return batch.id


def _plain(value):
    return audit.to_json(value) if not isinstance(value, (dict, list)) else value


def _write_cells(session: Session, batch_id: int, cells) -> None:
    """One bulk statement: executemany on SQLite, one INSERT from arrays on PostgreSQL (held to
    the login's row security like the numbers themselves)."""
    conn = session.connection()
    if conn.dialect.name == "postgresql":
        conn.execute(text(
            "INSERT INTO import_batch_cells (batch_id, rep_id, metric_id, day, new_value, "
            "old_value) SELECT :b, r, m, d, n, o FROM unnest(CAST(:r AS integer[]), "
            "CAST(:m AS integer[]), CAST(:d AS date[]), CAST(:n AS integer[]), "
            "CAST(:o AS integer[])) AS t(r, m, d, n, o)"),
            {"b": batch_id, "r": [c[0] for c in cells], "m": [c[1] for c in cells],
             "d": [c[2] for c in cells], "n": [c[3] for c in cells], "o": [c[4] for c in cells]})
        return
    cursor = conn.connection.driver_connection.cursor()
    cursor.executemany(
        "INSERT INTO import_batch_cells (batch_id, rep_id, metric_id, day, new_value, old_value) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [(batch_id, r, m, d.isoformat(), n, o) for r, m, d, n, o in cells])
    cursor.close()


def changed_cells(session: Session, rows: Sequence[tuple[int, int, dt.date, int]]
                  ) -> list[tuple[int, int, dt.date, int, int | None]]:
    """(rep, metric, day, new, old) for the rows whose value differs from what the cell holds."""
    if not rows:
        return []
    days = [r[2] for r in rows]
    reps = sorted({r[0] for r in rows})
    held: dict[tuple, int] = {}
    for start_at in range(0, len(reps), 500):
        for rep, metric, day, value in session.execute(
                select(ActivityValue.rep_id, ActivityValue.metric_id, ActivityValue.day,
                       ActivityValue.value)
                .where(ActivityValue.rep_id.in_(reps[start_at:start_at + 500]),
                       ActivityValue.day.between(min(days), max(days)))):
            held[(rep, metric, day)] = value
    return [(r, m, d, v, held.get((r, m, d))) for r, m, d, v in rows
            if held.get((r, m, d)) != v]


_NOT_DETAILS = (Versioned, AuditEntry, BatchRow, ImportBatchCell)


@event.listens_for(Session, "after_flush")
def _record_details(session: Session, _flush_context) -> None:
    """SQLite, inside an import or an undo: audit the rows without a version too (a deal's stage
    changes, an evaluation's answers), so the batch's transaction holds all it changed."""
    if SESSION_FLAG not in session.info or audit.server_writes_audit(session.get_bind()):
        return
    user, at, tx = audit.current_user(session), utcnow(), audit.transaction_number(session)
    skip = _NOT_DETAILS
    rows = []
    for obj in session.new:
        if isinstance(obj, Base) and not isinstance(obj, skip):
            rows.append(audit._entry(obj, "insert", user, at, new=audit._columns(obj), tx=tx))
    for obj in session.dirty:
        if isinstance(obj, Base) and not isinstance(obj, skip) and session.is_modified(obj):
            old, new = audit._changes(obj)
            if new:
                rows.append(audit._entry(obj, "update", user, at, old, new, tx=tx))
    if rows:
        session.connection().execute(insert(AuditEntry), rows)


@event.listens_for(Base, "after_delete", propagate=True)
def _record_deleted_detail(_mapper, connection, target) -> None:
    """The deletes of the same rows, one by one as the flush makes them: an orphan (a section
    score replaced on re-import) is never in `session.deleted`."""
    session = object_session(target)
    if (session is None or SESSION_FLAG not in session.info or isinstance(target, _NOT_DETAILS)
            or audit.server_writes_audit(connection)):
        return
    connection.execute(insert(AuditEntry), [audit._entry(
        target, "delete", audit.current_user(session), utcnow(), old=audit._columns(target),
        tx=audit.transaction_number(session))])


# -- reading ------------------------------------------------------------------------------
def _batch(row: BatchRow) -> ImportBatch:
    return ImportBatch(row.id, row.kind, row.file_name, row.file_sha256, row.user_login, row.at,
                       row.created, row.updated, row.unchanged, row.bad, row.rows, row.undone_at,
                       row.undone_by, row.mapping)


def list_batches(db, *, kind: str | None = None, limit: int = 200) -> list[ImportBatch]:
    """The newest batches first. On PostgreSQL the server shows each login what it may see
    (models/db/guard.py); on SQLite the same rule is applied here: one's own batches, and every
    batch for admins and HR, every evaluations batch for trainers."""
    stmt = select(BatchRow).order_by(BatchRow.id.desc()).limit(limit)
    if kind:
        stmt = stmt.where(BatchRow.kind == kind)
    with db.read() as session:
        if db.backend == "sqlite":
            stmt = stmt.where(_visible_on_sqlite(session, db))
        return [_batch(row) for row in session.execute(stmt).scalars()]


def _visible_on_sqlite(session, db):
    scope = getattr(db, "read_scope", None)
    login = (scope.login if scope is not None else None) or db.user
    role = session.execute(select(AppUser.role).where(AppUser.login == login)).scalar()
    own = BatchRow.user_login == login
    if scope is not None or role in (None, UserRole.SALES_MANAGER):
        return own
    if role == UserRole.TRAINER:
        return or_(own, BatchRow.kind == "evaluations")
    return true()


def batch_cells(db, batch_id: int) -> list[tuple[str, str, dt.date, int | None, int]]:
    """(rep, metric, day, old, new) of the daily numbers a batch changed, for showing them."""
    with db.read() as session:
        return [tuple(r) for r in session.execute(
            select(Rep.full_name, ActivityMetric.name, ImportBatchCell.day,
                   ImportBatchCell.old_value, ImportBatchCell.new_value)
            .join(Rep, Rep.id == ImportBatchCell.rep_id)
            .join(ActivityMetric, ActivityMetric.id == ImportBatchCell.metric_id)
            .where(ImportBatchCell.batch_id == batch_id)
            .order_by(ImportBatchCell.day, Rep.full_name, ActivityMetric.sort_order))]


# -- undoing ------------------------------------------------------------------------------
def undo_batch(db, acting_user, batch_id: int) -> UndoResult:
    """Undo a whole batch in one transaction, or refuse (UndoRefused, PermissionDenied) with one
    sentence and change nothing (models/imports/undo.py)."""
    from models.imports.undo import undo_batch as undo
    return undo(db, acting_user, batch_id)
