"""What imports leave behind besides their data: each run as a batch that can be undone, the daily
numbers a batch overwrote, and column mappings saved under a name (models/imports/batches.py and
profiles.py)."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import (BigInteger, Date, DateTime, ForeignKey, Index, Integer, String,
                        UniqueConstraint)
from sqlalchemy.orm import Mapped, mapped_column

from models.db.base import Base, Versioned, utcnow
from models.db.types import JsonValue


class ImportBatch(Base):
    """One run of an import: who, when, which file, what it counted and how it read the columns.

    `tx` is the transaction that wrote it, the same number as audit_log.tx: the audit rows of that
    transaction are what the batch changed. Not itself audited (it *is* the record of a change);
    an undo stamps `undone_at`, `undone_by` and its own `undo_tx`."""
    __tablename__ = "import_batches"
    __table_args__ = (Index("ix_import_batches_kind_at", "kind", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))          # reps / deals / activity / evaluations
    file_name: Mapped[str] = mapped_column(String(260))
    file_sha256: Mapped[str] = mapped_column(String(64))
    user_login: Mapped[str] = mapped_column(String(120))
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    tx: Mapped[int | None] = mapped_column(BigInteger)
    rows: Mapped[int] = mapped_column(Integer, default=0)
    created: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    unchanged: Mapped[int] = mapped_column(Integer, default=0)
    bad: Mapped[int] = mapped_column(Integer, default=0)
    # {"map": the user's header -> field, "columns": field -> header as read, "options": {...}}
    mapping: Mapped[dict | None] = mapped_column(JsonValue)
    undone_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    undone_by: Mapped[str | None] = mapped_column(String(120))
    undo_tx: Mapped[int | None] = mapped_column(BigInteger)


class ImportBatchCell(Base):
    """A day's number an activity import changed: old -> new (old None: the cell was empty).

    Activity imports write in bulk, which the audit trail records only as a count, so the batch
    keeps each changed cell itself: an overwritten day can be shown and put back."""
    __tablename__ = "import_batch_cells"

    batch_id: Mapped[int] = mapped_column(
        ForeignKey("import_batches.id", ondelete="CASCADE"), primary_key=True)
    rep_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    metric_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    old_value: Mapped[int | None] = mapped_column(Integer)
    new_value: Mapped[int] = mapped_column(Integer)


class ImportProfile(Versioned, Base):
    """A column mapping saved under a name for one kind of import, shared by everyone."""
    __tablename__ = "import_profiles"
    __table_args__ = (UniqueConstraint("kind", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(120))
    mapping: Mapped[dict] = mapped_column(JsonValue)        # file header -> field
    options: Mapped[dict] = mapped_column(JsonValue)        # the import's other choices
    headers: Mapped[list] = mapped_column(JsonValue)        # the file's headers it was saved from
    saved_by: Mapped[str] = mapped_column(String(120))
