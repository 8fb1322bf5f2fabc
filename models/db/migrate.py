"""Bring a database to this version's schema, or refuse one that is newer.

- SQLite: a backup copy of the file is made (online backup API) before any upgrade.
- PostgreSQL: a session-level advisory lock is held around the upgrade, so two workstations that
  start at once never migrate together; the second waits, then finds nothing to do.
Areas add their own migration files; several heads (one branch per area off the foundation) are
fine: we always upgrade to "heads".
"""
from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from models.db.database import Database
from models.db.errors import DatabaseOpenError, NewerDatabaseError
from models.i18n import _

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"
ADVISORY_LOCK_KEY = 0x52455044  # "REPD"


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def known_heads() -> set[str]:
    return set(ScriptDirectory.from_config(alembic_config()).get_heads())


def known_revisions() -> set[str]:
    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


@dataclass(frozen=True)
class SchemaState:
    current: frozenset[str]
    heads: frozenset[str]
    empty: bool

    @property
    def up_to_date(self) -> bool:
        return self.current == self.heads


def schema_state(db: Database) -> SchemaState:
    with db.engine.connect() as conn:
        current = frozenset(MigrationContext.configure(conn).get_current_heads())
        tables = set(inspect(conn).get_table_names())
    heads = frozenset(known_heads())
    unknown = current - known_revisions()
    if unknown:
        raise NewerDatabaseError(
            _("This database was written by a newer version of Repdesk (schema {unknown}). "
              "Update Repdesk on this workstation to open it; nothing was changed.").format(
                unknown=', '.join(sorted(unknown))))
    if not current and tables - {"alembic_version"}:
        raise DatabaseOpenError(
            _("{db} holds tables but is not a Repdesk database; nothing was changed.").format(
                db=db.describe()))
    return SchemaState(current=current, heads=heads, empty=not current)


def backup_sqlite(db: Database, label: str) -> Path:
    source = Path(db.url.database)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = source.with_name(f"{source.stem}.before-{label}-{stamp}{source.suffix}")
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    src.close()
    dst.close()
    return target


def upgrade(db: Database) -> Path | None:
    """Upgrade to this version's heads. Returns the SQLite backup path when one was made."""
    state = schema_state(db)
    if state.up_to_date:
        return None
    backup = None
    if db.backend == "sqlite" and not state.empty:
        backup = backup_sqlite(db, "-".join(sorted(state.current)))
    cfg = alembic_config()
    # SQLite: BEGIN IMMEDIATE (the write option) makes a second workstation wait for the first.
    with db.engine.execution_options(repdesk_write=True).connect() as conn:
        if db.backend == "postgresql":
            conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": ADVISORY_LOCK_KEY})
            conn.commit()
        try:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "heads")
            conn.commit()
        finally:
            if db.backend == "postgresql":
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": ADVISORY_LOCK_KEY})
                conn.commit()
    return backup


def open_database(url, *, user: str | None = None, create: bool = True) -> Database:
    """Connect, refuse a newer schema, upgrade an older one. The one way the app opens a database."""
    db = Database.connect(url, user=user, create=create)
    try:
        upgrade(db)
        secure_when_owner(db)
    except Exception:
        db.dispose()
        raise
    return db


def secure_when_owner(db: Database) -> None:
    """PostgreSQL, opened by the database's owner: put back who may connect. A database restored
    with pg_restore, or copied from a template, lets PUBLIC connect again; the README's restore
    steps end with `db upgrade` as the owner, which lands here."""
    if db.backend != "postgresql":
        return
    from models.db import guard
    with db.engine.connect() as conn:
        owner = conn.execute(text(
            "SELECT pg_has_role(session_user, d.datdba, 'MEMBER') AND NOT r.rolsuper "
            "FROM pg_database d, pg_roles r WHERE d.datname = current_database() "
            "AND r.rolname = session_user")).scalar()
        if owner and conn.execute(text("SELECT to_regclass('public.app_users')")).scalar():
            guard.secure_database(conn)
            conn.commit()
