"""The single place that writes the audit trail.

ORM changes are caught in `after_flush` (primary keys are known there and attribute history is still
intact), so every insert, update and delete made through a session is recorded with who, when and
old -> new. Bulk Core writes (imports, demo data) bypass the ORM and call `record_bulk` themselves.
"""
from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal
from typing import Any, Iterable

from sqlalchemy import event, inspect, insert
from sqlalchemy.orm import Session

from models.db.base import Versioned, utcnow
from models.db.core import AuditEntry

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


def _entry(obj, action: str, user: str, at: dt.datetime, old=None, new=None) -> dict:
    return {"table_name": obj.__tablename__, "row_id": _row_id(obj), "action": action,
            "user_login": user, "at": at, "old_values": old, "new_values": new}


@event.listens_for(Session, "after_flush")
def _record_flush(session: Session, _flush_context) -> None:
    user, at = current_user(session), utcnow()
    rows = []
    for obj in session.new:
        if isinstance(obj, Versioned):
            rows.append(_entry(obj, "insert", user, at, new=_columns(obj)))
    for obj in session.dirty:
        if isinstance(obj, Versioned) and session.is_modified(obj, include_collections=False):
            old, new = _changes(obj)
            if new:
                rows.append(_entry(obj, "update", user, at, old, new))
    for obj in session.deleted:
        if isinstance(obj, Versioned):
            rows.append(_entry(obj, "delete", user, at, old=_columns(obj)))
    if rows:
        session.connection().execute(insert(AuditEntry), rows)


def record_bulk(connection, table_name: str, action: str, user: str,
                rows: Iterable[dict[str, Any]] | None = None, summary: dict | None = None) -> None:
    """Audit a Core bulk write: one entry per row when `rows` (each with an 'id'), else a summary."""
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
    for obj in session.deleted:
        # A deleted row is audited with all its values; deferred ones (a rep's private details)
        # cannot be loaded after the DELETE, so load them now.
        state = inspect(obj)
        if isinstance(obj, Versioned) and state.identity:
            for key in state.unloaded:
                if key in state.mapper.column_attrs:
                    getattr(obj, key)
