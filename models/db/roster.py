"""Roster entities: quotas (per rep and per territory) and onboarding checklists."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.db.base import Base, Versioned
from models.db.types import Money, str_enum
from models.domain.quotas import Measure, PeriodKind


class Quota(Versioned, Base):
    """A target for one period. rep_id set: a rep's quota (with territory_id too: that rep's share of
    the territory's quota). Only territory_id set: the territory's own quota. An annual quota split
    into quarters/months/weeks keeps the parts as rows whose parent_id is the whole."""
    __tablename__ = "quotas"
    __table_args__ = (
        CheckConstraint("rep_id IS NOT NULL OR territory_id IS NOT NULL", name="has_owner"),
        CheckConstraint("period_end >= period_start", name="end_after_start"),
        CheckConstraint("target >= 0", name="target_not_negative"),
        Index("ix_quotas_rep_period", "rep_id", "period_start"),
        Index("ix_quotas_territory_period", "territory_id", "period_start"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    rep_id: Mapped[int | None] = mapped_column(ForeignKey("reps.id", ondelete="CASCADE"))
    territory_id: Mapped[int | None] = mapped_column(ForeignKey("territories.id"))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("quotas.id", ondelete="CASCADE"),
                                                  index=True)
    period_kind: Mapped[PeriodKind] = mapped_column(str_enum(PeriodKind, "period_kind"))
    period_start: Mapped[dt.date] = mapped_column(Date)
    period_end: Mapped[dt.date] = mapped_column(Date)  # inclusive
    measure: Mapped[Measure] = mapped_column(str_enum(Measure, "quota_measure"),
                                             default=Measure.AMOUNT)
    target: Mapped[Decimal] = mapped_column(Money)
    currency: Mapped[str | None] = mapped_column(String(3))
    note: Mapped[str | None] = mapped_column(Text)


class OnboardingItem(Versioned, Base):
    """One step of a new rep's onboarding checklist, with a due date and who it is done with."""
    __tablename__ = "onboarding_items"
    __table_args__ = (Index("ix_onboarding_items_rep", "rep_id", "due_date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    rep_id: Mapped[int] = mapped_column(ForeignKey("reps.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String(200))
    with_whom: Mapped[str | None] = mapped_column(String(32))  # manager / mentor / trainer
    due_date: Mapped[dt.date] = mapped_column(Date)
    done_date: Mapped[dt.date | None] = mapped_column(Date)

