"""Declarative base shared by every entity.

A naming convention on the metadata gives every constraint a stable name, which Alembic needs to
alter constraints on SQLite (batch mode) and to produce the same schema on both databases.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, Integer, MetaData, func
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Versioned:
    """Mixin for editable rows: an optimistic-lock counter and a last-changed stamp.

    SQLAlchemy adds `AND version = :old` to every ORM UPDATE/DELETE and raises StaleDataError when
    another workstation saved first; services turn that into a ConflictError naming who and when.
    Every Versioned entity is also written to the audit trail (see models.db.audit).
    """

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, default=utcnow, onupdate=utcnow,
        server_default=func.current_timestamp(),
    )

    @declared_attr.directive
    def __mapper_args__(cls):  # noqa: N805 - SQLAlchemy's signature
        return {"version_id_col": cls.version}
