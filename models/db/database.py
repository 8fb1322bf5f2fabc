"""One engine per opened database and a session per user action.

    db = Database.open("postgresql://…" or a file path, user="maria")
    with db.read() as s:   ... plain reads (SQLite: deferred BEGIN)
    with db.write() as s:  ... commits on success (SQLite: BEGIN IMMEDIATE), rolls back on error

Widgets never hold a session: services open one per action and return plain records.
"""
from __future__ import annotations

import contextlib
import getpass
from pathlib import Path
from typing import Iterator

from sqlalchemy import create_engine, event, exc, select
from sqlalchemy.engine import URL, Engine
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

import models.db.audit  # noqa: F401  (registers the audit listener)
import models.db.scope  # noqa: F401  (registers the read-scope listeners)
from models.db import entities  # noqa: F401  (the whole schema on Base.metadata)
from models.db.errors import (ConflictError, DatabaseBusyError, DatabaseOpenError,
                              RepdeskError)
from models.db.location import check_sqlite_file, to_url
from models.i18n import _

SQLITE_BUSY_TIMEOUT_MS = 10_000


def _set_wal(cursor, attempts: int = 50) -> None:
    """Switching a new file to WAL needs a moment alone with it; another process creating the
    same file at that instant makes SQLite answer 'locked' without waiting, so try again."""
    import sqlite3
    import time
    for attempt in range(attempts):
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or attempt == attempts - 1:
                raise
            time.sleep(0.1)


def _sqlite_engine(url: URL) -> Engine:
    engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection, _record):
        # Let SQLAlchemy's "begin" event issue BEGIN itself, so writes can use BEGIN IMMEDIATE.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        _set_wal(cursor)
        cursor.execute("PRAGMA synchronous=FULL")  # NORMAL can lose the last commits on power loss
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn):
        # A deferred BEGIN that reads then writes cannot wait for the lock and fails at once with
        # "database is locked"; taking the write lock up front makes writers queue instead.
        if conn.get_execution_options().get("repdesk_write"):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")

    return engine


def _postgres_engine(url: URL, user: str | None) -> Engine:
    engine = create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=5,
                           connect_args={"connect_timeout": 5, "application_name": "repdesk"})
    # A bulk INSERT goes as multi-row statements of up to 1,000 rows (as SQLAlchemy already does
    # for psycopg2), not one statement per row: the server's audit and change-event triggers run
    # once per statement, so a 200,000-deal demo would otherwise fire them 200,000 times.
    engine.dialect.use_insertmanyvalues_wo_returning = True
    if user:
        @event.listens_for(engine, "connect")
        def _name_app_user(dbapi_connection, _record):
            # Whom the audit trail names when this login is not a person's own (the schema
            # owner setting up); a person's login is always recorded as itself (server_audit.py).
            with dbapi_connection.cursor() as cursor:
                cursor.execute("SELECT set_config('repdesk.app_user', %s, false)", (user,))
            dbapi_connection.commit()
    return engine


def describe_url(url: URL) -> str:
    if url.get_backend_name() == "sqlite":
        return _("SQLite file {path}").format(path=url.database)
    host = url.host or "localhost"
    port = f":{url.port}" if url.port else ""
    return f"PostgreSQL {url.username or ''}@{host}{port}/{url.database or ''}".replace(" @", " ")


def explain_connect_error(url: URL, error: Exception) -> str:
    text = str(getattr(error, "orig", None) or error).strip().splitlines()[0]
    if url.get_backend_name() == "sqlite":
        if "not a database" in text or "malformed" in text:
            return f"{url.database} is not a Repdesk database (SQLite says: {text})."
        if "readonly" in text or "read-only" in text:
            return f"{url.database} is read-only: Repdesk needs to write to it."
        return f"Cannot open {url.database}: {text}"
    return (f"Cannot reach the database server {describe_url(url)}: {text}. Check that the server "
            "runs, the address and the user name, and that this workstation may connect.")


class Database:
    def __init__(self, url: URL, engine: Engine, user: str):
        self.url = url
        self.engine = engine
        self.user = user
        self.backend = url.get_backend_name()
        # What a sales manager is shown on SQLite (models/db/scope.py); None: everything.
        self.read_scope = None
        self._read = sessionmaker(bind=engine, expire_on_commit=False)
        self._write = sessionmaker(bind=engine.execution_options(repdesk_write=True),
                                   expire_on_commit=False)

    # -- opening ---------------------------------------------------------------------------
    @classmethod
    def connect(cls, url: str | URL, *, user: str | None = None, create: bool = True) -> Database:
        """Open the engine and prove the connection works. Does not migrate (see migrate.py)."""
        url = to_url(url) if isinstance(url, str) else url
        if url.get_backend_name() == "sqlite":
            check_sqlite_file(Path(url.database), create=create)
            engine = _sqlite_engine(url)
        else:
            engine = _postgres_engine(url, user)
        try:
            with engine.connect() as conn:
                conn.exec_driver_sql("SELECT 1")
                if url.get_backend_name() == "sqlite":  # reads the header: fails on a non-database
                    conn.exec_driver_sql("SELECT count(*) FROM sqlite_master")
        except exc.DBAPIError as error:
            engine.dispose()
            raise DatabaseOpenError(explain_connect_error(url, error)) from None
        # On PostgreSQL the database login is the user; on SQLite, the local account.
        return cls(url, engine, user or url.username or getpass.getuser())

    def describe(self) -> str:
        return describe_url(self.url)

    def dispose(self) -> None:
        self.engine.dispose()

    # -- sessions --------------------------------------------------------------------------
    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        with self._read() as session:
            session.info["user"] = self.user
            session.info["read_scope"] = self.read_scope
            yield session  # closing ends the transaction and keeps loaded objects readable

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back (nothing written) on error."""
        with self._write() as session:
            session.info["user"] = self.user
            session.info["read_scope"] = self.read_scope
            session.info["versioned_writes"] = []
            try:
                yield session
                session.commit()
            except StaleDataError as error:
                session.rollback()
                raise self._conflict(session, error) from None
            except exc.OperationalError as error:
                session.rollback()
                if self.backend == "sqlite" and ("locked" in str(error.orig)
                                                 or "busy" in str(error.orig)):
                    raise DatabaseBusyError(
                        _("The database is busy: another workstation is saving. Nothing was "
                          "written; try again in a moment.")) from None
                raise
            except BaseException:
                session.rollback()
                raise

    def _conflict(self, session: Session, error: StaleDataError) -> RepdeskError:
        """Name who changed the record and when, from the audit trail."""
        table = str(error).split("'")[1] if "'" in str(error) else None
        candidates = [w for w in session.info.get("versioned_writes", []) if w[0] == table]
        if candidates:
            table, row_id, kind = candidates[-1]
            with self.read() as fresh:
                change = last_change(fresh, table, row_id)
            if change:
                who, when = change
                stamp = when.strftime("%Y-%m-%d %H:%M") if when else "an unknown time"
                return ConflictError(
                    _("{kind} {row_id} was changed by {who} at {stamp} after you opened it; "
                      "your change was not saved. Reload to see the current values, then apply "
                      "your change again.").format(kind=kind, row_id=row_id, who=who, stamp=stamp),
                    changed_by=who, changed_at=when)
            return ConflictError(_("{kind} {row_id} was changed or deleted by someone else "
                                   "after you opened it; your change was not saved.").format(
                                     kind=kind, row_id=row_id))
        return ConflictError(_("This record was changed by someone else after you opened it; "
                               "your change was not saved. Reload to see the current values."))

    # -- helpers ---------------------------------------------------------------------------
    def scalar(self, statement):
        with self.read() as session:
            return session.execute(statement).scalar()

    def table_names(self) -> list[str]:
        from sqlalchemy import inspect
        return inspect(self.engine).get_table_names()


def last_change(session: Session, table_name: str, row_id) -> tuple[str, object] | None:
    """(user, time) of the newest audit entry for a row, for conflict messages."""
    from models.db.core import AuditEntry
    row = session.execute(
        select(AuditEntry.user_login, AuditEntry.at)
        .where(AuditEntry.table_name == table_name, AuditEntry.row_id == str(row_id))
        .order_by(AuditEntry.id.desc()).limit(1)).first()
    return (row[0], row[1]) if row else None
