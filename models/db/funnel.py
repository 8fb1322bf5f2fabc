"""The funnel: accounts, pipelines with ordered stages, deals, every stage change, lost reasons, notes.

`deal_stage_changes` is append-only (one row per move, so time in each stage is exact); the deal
keeps `stage_entered_at` as a copy of its newest change so the board can show days in stage cheaply.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (Boolean, CheckConstraint, Date, DateTime, ForeignKey, Index, Integer,
                        String, Text, UniqueConstraint)
from sqlalchemy.orm import Mapped, mapped_column

from models.db.base import Base, Versioned, utcnow
from models.db.types import Money, Rate, str_enum
from models.domain.funnel import DealSource, DealStatus, StageRole


class LostReason(Versioned, Base):
    """An entry of the editable catalogue of reasons a deal was lost."""
    __tablename__ = "lost_reasons"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    is_dirty_lead: Mapped[bool] = mapped_column(Boolean, default=False)  # wrong or fake contact
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=100)
    # Set: a reason of that pipeline's own catalogue; NULL: offered in every pipeline. A plain id:
    # a foreign key to pipelines would make the company-wide catalogue a pipeline's detail rows
    # in the SQLite team scope (models/db/scope.py).
    pipeline_id: Mapped[int | None] = mapped_column(Integer)


class Account(Versioned, Base):
    """A client company."""
    __tablename__ = "accounts"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), index=True)
    segment: Mapped[str | None] = mapped_column(String(100))
    territory_id: Mapped[int | None] = mapped_column(ForeignKey("territories.id"))
    owner_rep_id: Mapped[int | None] = mapped_column(ForeignKey("reps.id"))
    annual_turnover: Mapped[Decimal | None] = mapped_column(Money)
    is_client: Mapped[bool] = mapped_column(Boolean, default=False)  # False: a potential client


class Pipeline(Versioned, Base):
    """An ordered set of stages. `team_id` set: that team's own pipeline."""
    __tablename__ = "pipelines"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id"))
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)
    archived_on: Mapped[dt.date | None] = mapped_column(Date)


class Stage(Versioned, Base):
    __tablename__ = "stages"
    __table_args__ = (
        UniqueConstraint("pipeline_id", "name", name="uq_stages_pipeline_name"),
        CheckConstraint("probability >= 0 AND probability <= 1", name="probability_range"),
        CheckConstraint("stuck_after_days IS NULL OR stuck_after_days > 0", name="stuck_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    pipeline_id: Mapped[int] = mapped_column(ForeignKey("pipelines.id", ondelete="CASCADE"),
                                             index=True)
    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer)
    role: Mapped[StageRole] = mapped_column(str_enum(StageRole, "stage_role"),
                                            default=StageRole.OTHER)
    probability: Mapped[Decimal] = mapped_column(Rate, default=Decimal(0))   # 0..1
    stuck_after_days: Mapped[int | None] = mapped_column(Integer)


class Deal(Versioned, Base):
    __tablename__ = "deals"
    __table_args__ = (
        UniqueConstraint("crm_system", "crm_id", name="uq_deals_crm_system_crm_id"),
        CheckConstraint("amount IS NULL OR amount >= 0", name="amount_not_negative"),
        CheckConstraint("(status = 'open' AND closed_on IS NULL) OR "
                        "(status <> 'open' AND closed_on IS NOT NULL)", name="closed_on_iff_closed"),
        Index("ix_deals_status_stage", "status", "stage_id"),
        Index("ix_deals_rep_status", "rep_id", "status"),
        Index("ix_deals_closed_on", "closed_on"),
        Index("ix_deals_lead_received_at", "lead_received_at"),
        # what the sales analysis and the customer base read (revision 0020): answered from
        # the index alone
        Index("ix_deals_won_closed", "status", "closed_on", "currency", "rep_id", "account_id",
              "amount", "cost", "territory_id", "product_line"),
        Index("ix_deals_account_status", "account_id", "status", "closed_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"), index=True)
    rep_id: Mapped[int] = mapped_column(ForeignKey("reps.id"))
    territory_id: Mapped[int | None] = mapped_column(ForeignKey("territories.id"))
    pipeline_id: Mapped[int] = mapped_column(ForeignKey("pipelines.id"))
    stage_id: Mapped[int] = mapped_column(ForeignKey("stages.id"))
    amount: Mapped[Decimal | None] = mapped_column(Money)
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    expected_close: Mapped[dt.date | None] = mapped_column(Date)
    source: Mapped[DealSource] = mapped_column(str_enum(DealSource, "deal_source"),
                                               default=DealSource.OTHER)
    lead_received_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    first_call_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    status: Mapped[DealStatus] = mapped_column(str_enum(DealStatus, "deal_status"),
                                               default=DealStatus.OPEN)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    lost_reason_id: Mapped[int | None] = mapped_column(ForeignKey("lost_reasons.id"))
    reopened_from_id: Mapped[int | None] = mapped_column(ForeignKey("deals.id"))
    stage_entered_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    crm_system: Mapped[str | None] = mapped_column(String(32))   # 'salesforce', 'hubspot', …
    crm_id: Mapped[str | None] = mapped_column(String(100))      # the CRM's own id, for re-import
    # What the sale cost the company (goods, delivery, discounts given): revenue minus cost is
    # its gross profit. None: not known, so the deal is left out of margin figures.
    cost: Mapped[Decimal | None] = mapped_column(Money)
    product_line: Mapped[str | None] = mapped_column(String(100))


class DealStageChange(Base):
    """One move of a deal between stages (from NULL = the deal was created in `to_stage_id`)."""
    __tablename__ = "deal_stage_changes"
    __table_args__ = (
        Index("ix_deal_stage_changes_deal", "deal_id", "changed_at"),
        Index("ix_deal_stage_changes_to_at", "to_stage_id", "changed_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    deal_id: Mapped[int] = mapped_column(ForeignKey("deals.id", ondelete="CASCADE"))
    from_stage_id: Mapped[int | None] = mapped_column(ForeignKey("stages.id"))
    to_stage_id: Mapped[int] = mapped_column(ForeignKey("stages.id"))
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    changed_by: Mapped[str] = mapped_column(String(120))
    lost_reason_id: Mapped[int | None] = mapped_column(ForeignKey("lost_reasons.id"))


class DealNote(Versioned, Base):
    __tablename__ = "deal_notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    deal_id: Mapped[int] = mapped_column(ForeignKey("deals.id", ondelete="CASCADE"), index=True)
    body: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
