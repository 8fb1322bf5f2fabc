"""The single place the app writes the audit trail — on SQLite.

On PostgreSQL the database writes it (models/db/server_audit.py: triggers that record every
change, whoever makes it, under the session's login), so the functions here write nothing there.

ORM changes are caught in `after_flush` (primary keys are known there and attribute history is still
intact), so every insert, update and delete made through a session is recorded with who, when and
old -> new. Bulk Core writes (imports, demo data) bypass the ORM and call `record_bulk` themselves.
"""
from __future__ import annotations

import datetime as dt
import enum
import secrets
from decimal import Decimal
from typing import Any, Iterable

from sqlalchemy import event, insert, inspect, select
from sqlalchemy.orm import Session

from models.db.base import Base, Versioned, utcnow
from models.db.core import AuditEntry
from models.db.server_audit import DETAILS

SKIPPED_COLUMNS = {"version", "updated_at"}


def to_json(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def _columns(obj) -> dict[str, Any]:
    mapper = inspect(obj).mapper
    return {attr.key: to_json(getattr(obj, attr.key)) for attr in mapper.column_attrs
            if attr.key not in SKIPPED_COLUMNS}


def _changes(obj) -> tuple[dict[str, Any], dict[str, Any]]:
    state = inspect(obj)
    old: dict[str, Any] = {}
    new: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        if attr.key in SKIPPED_COLUMNS:
            continue
        history = state.attrs[attr.key].history
        if history.has_changes():
            before = history.deleted[0] if history.deleted else None
            after = history.added[0] if history.added else None
            if to_json(before) != to_json(after):
                old[attr.key] = to_json(before)
                new[attr.key] = to_json(after)
    return old, new


def _row_id(obj) -> str:
    key = inspect(obj).mapper.primary_key_from_instance(obj)
    return ",".join(str(part) for part in key if part is not None)


def current_user(session: Session) -> str:
    return session.info.get("user", "system")


def server_writes_audit(bind) -> bool:
    return bind.dialect.name == "postgresql"


def transaction_number(session: Session) -> int:
    """One number per write transaction on SQLite (PostgreSQL uses txid_current())."""
    if "audit_tx" not in session.info:
        session.info["audit_tx"] = secrets.randbits(62)
    return session.info["audit_tx"]


def _entry(obj, action: str, user: str, at: dt.datetime, old=None, new=None, tx=None) -> dict:
    return {"table_name": obj.__tablename__, "row_id": _row_id(obj), "action": action,
            "user_login": user, "at": at, "old_values": old, "new_values": new, "tx": tx}


@event.listens_for(Session, "after_commit")
@event.listens_for(Session, "after_rollback")
def _new_transaction_number(session: Session) -> None:
    session.info.pop("audit_tx", None)


@event.listens_for(Session, "after_flush")
def _record_flush(session: Session, _flush_context) -> None:
    if server_writes_audit(session.get_bind()):
        return
    user, at, tx = current_user(session), utcnow(), transaction_number(session)
    rows = []
    for obj in session.new:
        if isinstance(obj, Versioned):
            rows.append(_entry(obj, "insert", user, at, new=_columns(obj), tx=tx))
    for obj in session.dirty:
        if isinstance(obj, Versioned) and session.is_modified(obj, include_collections=False):
            old, new = _changes(obj)
            if new:
                rows.append(_entry(obj, "update", user, at, old, new, tx=tx))
    for obj in session.deleted:
        if isinstance(obj, Versioned):
            rows.append(_entry(obj, "delete", user, at, old=_columns(obj), tx=tx))
    rows += session.info.pop("cascaded_deletes", [])
    if rows:
        session.connection().execute(insert(AuditEntry), rows)


def record_bulk(connection, table_name: str, action: str, user: str,
                rows: Iterable[dict[str, Any]] | None = None, summary: dict | None = None) -> None:
    """Audit a Core bulk write: one entry per row when `rows` (each with an 'id'), else a summary.
    Nothing on PostgreSQL: the server's triggers recorded the write itself."""
    if server_writes_audit(connection):
        return
    at = utcnow()
    if rows is not None:
        entries = [{"table_name": table_name, "row_id": str(r.get("id", "")), "action": action,
                    "user_login": user, "at": at, "old_values": None,
                    "new_values": {k: to_json(v) for k, v in r.items()}} for r in rows]
    else:
        entries = [{"table_name": table_name, "row_id": None, "action": action,
                    "user_login": user, "at": at, "old_values": None, "new_values": summary}]
    if entries:
        connection.execute(insert(AuditEntry), entries)


@event.listens_for(Session, "before_flush")
def _remember_versioned_writes(session: Session, _flush_context, _instances) -> None:
    """Keep (table, id) of rows about to be updated or deleted, to name them in a conflict."""
    pending = session.info.setdefault("versioned_writes", [])
    for obj in list(session.dirty) + list(session.deleted):
        if isinstance(obj, Versioned) and inspect(obj).identity:
            pending.append((obj.__tablename__, _row_id(obj), type(obj).__name__))
    if not server_writes_audit(session.get_bind()):
        _remember_cascaded_deletes(session)
    for obj in session.deleted:
        # A deleted row is audited with all its values; deferred ones (a rep's private details)
        # cannot be loaded after the DELETE, so load them now.
        state = inspect(obj)
        if isinstance(obj, Versioned) and state.identity:
            for key in state.unloaded:
                if key in state.mapper.column_attrs:
                    getattr(obj, key)


def _remember_cascaded_deletes(session: Session) -> None:
    """Details the database deletes with their parent (ON DELETE CASCADE: a deal's notes and stage
    history) never pass through the session: record them as deleted too, so the parent can come
    back with them. (On PostgreSQL the server's triggers see the cascade themselves.)"""
    deleted = [obj for obj in session.deleted if inspect(obj).identity]
    if not deleted:
        return
    in_session = {(o.__tablename__, _row_id(o)) for o in session.deleted}
    user, at, tx = current_user(session), utcnow(), transaction_number(session)
    entries = session.info.setdefault("cascaded_deletes", [])
    for detail, (link, parent) in DETAILS.items():
        ids = [o.id for o in deleted if o.__tablename__ == parent]
        if not ids:
            continue
        table = Base.metadata.tables[detail]
        keys = [c.name for c in table.primary_key.columns]
        for row in session.connection().execute(select(table).where(table.c[link].in_(ids))):
            values = dict(row._mapping)
            row_id = ",".join(str(values[k]) for k in keys)
            if (detail, row_id) in in_session:
                continue  # the session deletes and audits it itself
            entries.append({"table_name": detail, "row_id": row_id, "action": "delete",
                            "user_login": user, "at": at, "new_values": None, "tx": tx,
                            "old_values": {k: to_json(v) for k, v in values.items()
                                           if k not in SKIPPED_COLUMNS}})
