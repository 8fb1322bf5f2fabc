"""Market intelligence: notes from the field about competitors, prices, products, what customers
need and events, tagged by territory, account and competitor.

A note belongs to its author's team (`team_id`) and is read and written by that team; marked
`company_wide`, every registered login reads it too (the server's extra read policy, see
models/db/guard.py, and models/db/scope.py on SQLite). Edits stay with the team.

`search_text` is the note's words folded for search (models/services/field_notes.fold): case and
accents dropped, so 'σύμβαση' finds 'Σύμβαση' with a plain LIKE on both databases.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import (Boolean, CheckConstraint, Date, DateTime, ForeignKey, Index, Integer,
                        String, Text, false)
from sqlalchemy.orm import Mapped, mapped_column

from models.db.base import Base, Versioned, utcnow

NOTE_KINDS = ("competitor", "price", "product", "customer_need", "event")


class FieldNote(Versioned, Base):
    __tablename__ = "field_notes"
    __table_args__ = (
        CheckConstraint("kind IN ('competitor', 'price', 'product', 'customer_need', 'event')",
                        name="kind_known"),
        Index("ix_field_notes_noted_on", "noted_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text, default="")
    noted_on: Mapped[dt.date] = mapped_column(Date)
    team_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("teams.id", ondelete="SET NULL"), index=True)
    company_wide: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    author: Mapped[str] = mapped_column(String(120))
    territory_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("territories.id", ondelete="SET NULL"))
    account_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("accounts.id", ondelete="SET NULL"))
    competitor: Mapped[str | None] = mapped_column(String(200))
    search_text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
