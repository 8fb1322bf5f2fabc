"""Safe writes between workstations: retries, "being edited" locks and version-checked saves.

- `with_retry(fn)` runs a write again when PostgreSQL reports a serialization failure (40001) or a
  deadlock (40P01), and waits for a dropped server connection to come back (pool_pre_ping gives
  the next attempt a fresh connection), reporting a "reconnecting" state meanwhile.
- `lock_for_edit()` takes the row with `SELECT … FOR UPDATE NOWAIT` on PostgreSQL: a row someone
  else is saving answers "being edited by X" at once instead of waiting.
- `save_changes()` is the load-check-save of one record against the version the user started from;
  a stale version raises `EditConflict` listing what changed since, who changed it and when.
- `bulk_update_versioned()` is the bulk path: one transaction, the version in each UPDATE's WHERE
  clause (the ORM's check does not cover Core statements) and one audit row per saved row.
"""
from __future__ import annotations

import random
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, TypeVar

from sqlalchemy import exc, inspect, select, text, update
from sqlalchemy.orm import Session

from models.db.audit import record_bulk, to_json
from models.db.base import utcnow
from models.db.errors import ConflictError, DatabaseBusyError, RepdeskError

T = TypeVar("T")
RETRYABLE_SQLSTATES = {"40001", "40P01"}  # serialization_failure, deadlock_detected
LOCK_NOT_AVAILABLE = "55P03"
APP_NAME_PREFIX = "repdesk:"


@dataclass(frozen=True)
class FieldChange:
    user: str
    at: Any
    field: str
    old: Any
    new: Any


class EditConflict(ConflictError):
    """The record changed after the user loaded it. `changes` says what, who and when; `current`
    holds the record's values now and `mine` the change that was not saved."""

    def __init__(self, message: str, *, table: str, row_id, changes: list[FieldChange],
                 current: dict, mine: dict, current_version: int | None, deleted: bool = False):
        last = changes[-1] if changes else None
        super().__init__(message, changed_by=last.user if last else None,
                         changed_at=last.at if last else None, current=current)
        self.table, self.row_id = table, row_id
        self.changes, self.mine = changes, mine
        self.current_version, self.deleted = current_version, deleted


class BeingEdited(ConflictError):
    """Another workstation holds the record in a save right now."""

    def __init__(self, message: str, *, editor: str | None):
        super().__init__(message, changed_by=editor)
        self.editor = editor


class RetriesExhausted(RepdeskError):
    """The database kept refusing the write (serialization failures or no connection)."""


class WriteRefused(RepdeskError):
    """The database cannot take writes now: disk full or read-only. Nothing was written."""


def storage_problem(error: BaseException) -> str | None:
    """A user-facing sentence for a full disk or a read-only database, else None."""
    if not isinstance(error, exc.DBAPIError):
        return None
    text_ = str(getattr(error, "orig", error)).lower()
    state = sqlstate(error)
    if state in ("53100",) or "disk is full" in text_ or "no space left" in text_:
        return ("The disk holding the database is full; nothing was saved (the change was rolled "
                "back completely). Free some space, then save again.")
    if state == "25006" or "readonly" in text_ or "read-only" in text_:
        return ("The database is read-only right now; nothing was saved. Check the file's "
                "permissions (or the server's state) and save again.")
    return None


SERVER_AWAY = ("The database server cannot be reached right now; Repdesk reconnects by itself and "
               "reloads this when the connection is back.")


def plain_message(error: BaseException) -> str:
    """What to tell the user about an error from the database: their mistake as written, a lost
    server, a full disk or the server's refusal in one sentence — never a driver's traceback text."""
    from models.db.errors import refused_by_server
    if isinstance(error, RepdeskError):
        return str(error)
    if is_disconnect(error):
        return SERVER_AWAY
    refusal = refused_by_server(error)
    if refusal is not None:
        return str(refusal)
    problem = storage_problem(error)
    if problem:
        return problem
    orig = getattr(error, "orig", None)
    text_ = str(orig if orig is not None else error).splitlines()
    return text_[0] if text_ else type(error).__name__


# -- retry -------------------------------------------------------------------------------------
def sqlstate(error: BaseException) -> str | None:
    orig = getattr(error, "orig", None) or error
    return getattr(orig, "sqlstate", None) or getattr(getattr(orig, "diag", None), "sqlstate", None)


def is_retryable(error: BaseException) -> bool:
    return isinstance(error, exc.DBAPIError) and sqlstate(error) in RETRYABLE_SQLSTATES


def is_disconnect(error: BaseException) -> bool:
    if not isinstance(error, exc.DBAPIError):
        return False
    if error.connection_invalidated:
        return True
    text_ = str(getattr(error, "orig", error)).lower()
    return any(s in text_ for s in ("server closed the connection", "terminating connection",
                                    "connection refused", "connection is closed",
                                    "consuming input failed", "could not receive data",
                                    "connection timeout expired", "the database system is"))


def with_retry(fn: Callable[[], T], *, attempts: int = 5, reconnect_seconds: float = 30.0,
               on_reconnecting: Callable[[str], None] | None = None,
               sleep: Callable[[float], None] = time.sleep) -> T:
    """Call `fn()` (which opens its own write transaction) until it succeeds.

    Serialization failures and deadlocks are retried `attempts` times with a short random backoff;
    a lost connection is retried until `reconnect_seconds` have passed. A half-done transaction is
    always rolled back by the database before the next attempt, so nothing is written twice by a
    retry (version-checked saves additionally recognise their own already-committed change)."""
    tries = 0
    deadline = None
    while True:
        try:
            return fn()
        except (exc.DBAPIError, DatabaseBusyError) as caught:
            error = _database_error(caught)
            if error is None:
                raise
            if is_retryable(error):
                tries += 1
                if tries >= attempts:
                    raise RetriesExhausted(
                        "The database kept refusing this save because other workstations were "
                        "saving the same records; nothing was written. Try again.") from None
                sleep(random.uniform(0.01, 0.05) * (2 ** tries))
                continue
            if isinstance(caught, DatabaseBusyError):
                raise
            problem = storage_problem(error)
            if problem:
                raise WriteRefused(problem) from None
            if is_disconnect(error):
                now = time.monotonic()
                deadline = deadline or now + reconnect_seconds
                if now >= deadline:
                    raise RetriesExhausted(
                        "The database server cannot be reached; your change was not saved. It "
                        "is kept in the window: save again when the server is back.") from None
                if on_reconnecting:
                    on_reconnecting("Connection to the database lost — reconnecting…")
                sleep(0.5)
                continue
            raise


def _database_error(caught: BaseException) -> exc.DBAPIError | None:
    """The driver error behind `caught`. Database.write() reports any PostgreSQL error whose text
    contains "locked" (a deadlock's "blocked by process …" does) as DatabaseBusyError; the
    original is still its __context__."""
    if isinstance(caught, exc.DBAPIError):
        return caught
    inner = caught.__context__
    return inner if isinstance(inner, exc.DBAPIError) else None


# -- locks -------------------------------------------------------------------------------------
def tag_transaction(session: Session) -> None:
    """Name this transaction's user on PostgreSQL so a blocked colleague can be told who it is."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT set_config('application_name', :n, true)"),
                        {"n": APP_NAME_PREFIX + str(session.info.get("user", "?"))[:50]})


def who_holds(conn, table: str, row_id) -> str | None:
    """The user whose open transaction holds a row lock (PostgreSQL)."""
    from models.db.security import q
    row = conn.execute(text(
        f"SELECT a.application_name, a.usename FROM {q(table)} t "
        "JOIN pg_locks l ON l.locktype = 'transactionid' AND l.granted "
        "AND l.transactionid::text = t.xmax::text "
        "JOIN pg_stat_activity a ON a.pid = l.pid WHERE t.id = :id"), {"id": row_id}).first()
    if row is None:
        return None
    app, login = row
    if app and app.startswith(APP_NAME_PREFIX):
        return app[len(APP_NAME_PREFIX):]
    return login


def lock_for_edit(session: Session, entity, row_id):
    """Load a row for a save. PostgreSQL: `FOR UPDATE NOWAIT` — a row held by another save raises
    BeingEdited at once. SQLite: the write transaction already holds the file's write lock."""
    if session.get_bind().dialect.name != "postgresql":
        return session.get(entity, row_id, populate_existing=True)
    tag_transaction(session)
    try:
        # No savepoint: a lock taken in a subtransaction is not traceable to its holder.
        return session.execute(select(entity).where(entity.id == row_id)
                               .with_for_update(nowait=True)
                               .execution_options(populate_existing=True)).scalar_one_or_none()
    except exc.OperationalError as error:
        if sqlstate(error) != LOCK_NOT_AVAILABLE:
            raise
        # This transaction is aborted now; ask on a connection of its own.
        with session.get_bind().connect() as conn:
            editor = who_holds(conn, entity.__tablename__, row_id)
        kind = type_label(entity)
        raise BeingEdited(f"{kind} {row_id} is being edited by {editor or 'someone else'} right "
                          "now; nothing was saved. Try again in a moment.", editor=editor) from None


def type_label(entity) -> str:
    name = entity.__name__ if isinstance(entity, type) else type(entity).__name__
    return {"Rep": "Rep", "TerritoryAssignment": "Territory assignment",
            "AppUser": "User"}.get(name, name)


# -- version-checked saves ---------------------------------------------------------------------
def values_of(obj) -> dict[str, Any]:
    return {a.key: to_json(getattr(obj, a.key)) for a in inspect(obj).mapper.column_attrs}


def changes_since(session: Session, table: str, row_id, count: int) -> list[FieldChange]:
    """The field changes of the last `count` audited writes of a row, oldest first."""
    from models.db.core import AuditEntry
    if count <= 0:
        return []
    entries = session.execute(
        select(AuditEntry).where(AuditEntry.table_name == table, AuditEntry.row_id == str(row_id))
        .order_by(AuditEntry.id.desc()).limit(count)).scalars().all()
    out: list[FieldChange] = []
    for entry in reversed(entries):
        new = entry.new_values or {}
        old = entry.old_values or {}
        for key in new.keys() | old.keys():
            if key in ("id", "version", "updated_at"):
                continue
            out.append(FieldChange(entry.user_login, entry.at, key, old.get(key), new.get(key)))
    return out


def conflict_for(session: Session, obj, entity, row_id, expected_version: int, mine: dict, *,
                 what: str | None = None,
                 not_saved: str | None = None) -> EditConflict:
    """The conflict of a save against `expected_version` of a row now at `obj` (None: deleted).
    `what` names the record in the message (default: its kind and name), `not_saved` says what
    did not happen ("nothing was moved")."""
    from models import formatting
    from models.i18n import _
    not_saved = not_saved or _("your change was not saved")
    table = entity.__tablename__
    kind = type_label(entity)
    if obj is None:
        from models.db.database import last_change
        who = last_change(session, table, row_id)
        what = what or f"{kind} {row_id}"
        said = (_("{what} was deleted by {who} after you opened it; {not_saved}.").format(
                    what=what, who=who[0], not_saved=not_saved) if who else
                _("{what} was deleted after you opened it; {not_saved}.").format(
                    what=what, not_saved=not_saved))
        return EditConflict(said, table=table, row_id=row_id, changes=[],
                            current={}, mine=mine, current_version=None, deleted=True)
    changes = changes_since(session, table, row_id, obj.version - expected_version)
    if what is None:
        name = getattr(obj, "full_name", None) or getattr(obj, "name", None)
        what = f"{kind} {name} (#{row_id})" if name else f"{kind} {row_id}"
    people = ", ".join(sorted({c.user for c in changes})) or _("someone else")
    when = changes[-1].at if changes else None
    if when:
        said = _("{what} was changed by {people} at {when} after you opened it; {not_saved}. "
                 "Reload to see the current values, re-apply your change, or cancel.").format(
            what=what, people=people, when=formatting.date_time(when), not_saved=not_saved)
    else:
        said = _("{what} was changed by {people} after you opened it; {not_saved}. Reload to "
                 "see the current values, re-apply your change, or cancel.").format(
            what=what, people=people, not_saved=not_saved)
    return EditConflict(
        said,
        table=table, row_id=row_id, changes=changes, current=values_of(obj), mine=mine,
        current_version=obj.version)


def save_changes(db, entity, row_id, expected_version: int, changes: dict[str, Any], *,
                 retry: bool = True, on_reconnecting=None) -> int:
    """Apply `changes` to one record if it is still at `expected_version`; returns the new version.

    Raises EditConflict (stale or deleted), BeingEdited (another save holds it, PostgreSQL), or
    RetriesExhausted. A retry after a lost connection that finds its own change already committed
    returns that version instead of reporting a conflict."""
    attempt = {"n": 0}

    def once() -> int:
        attempt["n"] += 1
        with db.write() as session:
            obj = lock_for_edit(session, entity, row_id)
            if obj is not None and obj.version != expected_version and attempt["n"] > 1 \
                    and already_applied(session, obj, entity, row_id, db.user, changes):
                return obj.version
            if obj is None or obj.version != expected_version:
                raise conflict_for(session, obj, entity, row_id, expected_version, changes)
            for key, value in changes.items():
                setattr(obj, key, value)
            session.flush()
            return obj.version

    return with_retry(once, on_reconnecting=on_reconnecting) if retry else once()


def already_applied(session, obj, entity, row_id, user, changes) -> bool:
    """The row's newest audited change is `user`'s and holds `changes`: a save retried after the
    connection dropped while its commit was on the way."""
    from models.db.core import AuditEntry
    last = session.execute(
        select(AuditEntry).where(AuditEntry.table_name == entity.__tablename__,
                                 AuditEntry.row_id == str(row_id))
        .order_by(AuditEntry.id.desc()).limit(1)).scalar_one_or_none()
    return (last is not None and last.user_login == user
            and all(to_json(getattr(obj, k)) == to_json(v) for k, v in changes.items()))


@dataclass
class BulkResult:
    saved: list = field(default_factory=list)
    conflicts: list = field(default_factory=list)


def bulk_update_versioned(db, entity, items: Iterable[tuple[Any, int, dict[str, Any]]], *,
                          skip_conflicts: bool = False, session: Session | None = None) -> BulkResult:
    """Update many rows in one transaction: `items` are (id, version the user saw, changes).

    Each UPDATE carries `version = :seen` in its WHERE clause. By default one stale row refuses the
    whole batch (ConflictError, nothing written); with `skip_conflicts` the stale rows are left
    out and listed in the result. Rows are updated in id order so two batches never deadlock."""
    table = entity.__table__
    ordered = sorted(items, key=lambda item: item[0])

    def run(s: Session) -> BulkResult:
        result = BulkResult()
        conn = s.connection()
        now = utcnow()
        audited = []
        for row_id, seen, changes in ordered:
            stmt = (update(table).where(table.c.id == row_id, table.c.version == seen)
                    .values(**changes, version=seen + 1, updated_at=now))
            if conn.execute(stmt).rowcount == 1:
                result.saved.append(row_id)
                audited.append({"id": row_id, **changes})
            elif skip_conflicts:
                result.conflicts.append(row_id)
            else:
                raise conflict_for(s, s.get(entity, row_id), entity, row_id, seen, changes)
        record_bulk(conn, entity.__tablename__, "bulk_update", s.info.get("user", "system"),
                    rows=audited)
        return result

    if session is not None:
        return run(session)

    def once() -> BulkResult:
        with db.write() as s:
            return run(s)
    return with_retry(once)
