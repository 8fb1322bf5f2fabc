"""Entered costs of the sales system (revision 0017): tools and travel (and other) per month, for
a team or, without a team, the whole company. They join base pay, commission and agency fees in
the cost of sales per unit of revenue (models/services/sales_analysis.py).

Row scope (models/db/access.py): a sales manager reads and writes their teams' costs; the
company's own (no team) and every team's are for admins and HR.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import CheckConstraint, Date, DateTime, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.db.base import Base, Versioned, utcnow
from models.db.types import Money

COST_KINDS = ("tools", "travel", "other")


class OtherCost(Versioned, Base):
    """One entered cost: `month` is the first day of the month it was spent in."""
    __tablename__ = "other_costs"
    __table_args__ = (
        CheckConstraint("kind IN ('tools', 'travel', 'other')", name="kind_known"),
        CheckConstraint("amount >= 0", name="amount_not_negative"),
        Index("ix_other_costs_month", "month"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    month: Mapped[dt.date] = mapped_column(Date)
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"),
                                                index=True)
    kind: Mapped[str] = mapped_column(String(10))
    amount: Mapped[Decimal] = mapped_column(Money)
    currency: Mapped[str] = mapped_column(String(3))
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
