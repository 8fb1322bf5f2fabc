"""The sales plan: a plan per period for the company, a team or a rep, its SMART goals, and each
rep's week as a sprint (revision 0016).

Row scope (models/db/access.py): plans and goals carry the team they belong to (a rep's plan: the
rep's team when it was made; the company's: none), so a sales manager reads and edits their teams'
plans and goals and everyone reads the company's. A sprint belongs to its rep's team.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.db.base import Base, Versioned
from models.db.types import JsonValue, Money


class SalesPlan(Versioned, Base):
    """Targets for one period. `level` company: no team, no rep; team: team_id; rep: rep_id and
    the rep's team. `parent_id`: the plan this one was split from (a quarter of a year's plan)."""
    __tablename__ = "sales_plans"
    __table_args__ = (
        CheckConstraint("level IN ('company', 'team', 'rep')", name="level_known"),
        CheckConstraint("(level = 'company' AND team_id IS NULL AND rep_id IS NULL) OR "
                        "(level = 'team' AND team_id IS NOT NULL AND rep_id IS NULL) OR "
                        "(level = 'rep' AND rep_id IS NOT NULL)", name="owner_fits_level"),
        CheckConstraint("period_kind IN ('year', 'quarter', 'month', 'week')",
                        name="period_kind_known"),
        CheckConstraint("(revenue IS NULL OR revenue >= 0) AND (won_deals IS NULL OR "
                        "won_deals >= 0) AND (new_accounts IS NULL OR new_accounts >= 0) AND "
                        "(activity IS NULL OR activity >= 0)", name="targets_not_negative"),
        Index("ix_sales_plans_period", "period_start", "period_end"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    level: Mapped[str] = mapped_column(String(10))
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"),
                                                index=True)
    rep_id: Mapped[int | None] = mapped_column(ForeignKey("reps.id", ondelete="CASCADE"))
    period_kind: Mapped[str] = mapped_column(String(10))
    period_start: Mapped[dt.date] = mapped_column(Date)
    period_end: Mapped[dt.date] = mapped_column(Date)
    revenue: Mapped[Decimal | None] = mapped_column(Money)
    currency: Mapped[str | None] = mapped_column(String(3))
    won_deals: Mapped[int | None] = mapped_column(Integer)
    new_accounts: Mapped[int | None] = mapped_column(Integer)
    activity: Mapped[int | None] = mapped_column(Integer)
    activity_metric_id: Mapped[int | None] = mapped_column(ForeignKey("activity_metrics.id"))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("sales_plans.id",
                                                             ondelete="CASCADE"))
    note: Mapped[str | None] = mapped_column(Text)


class PlanGoal(Versioned, Base):
    """A SMART goal of a plan: what (title), the steps, who owns it, by when, and the measure it is
    followed by (revenue, won deals, new accounts or an activity metric of the plan's people)
    with its target. Progress is measured from Repdesk data, never typed in."""
    __tablename__ = "plan_goals"
    __table_args__ = (
        CheckConstraint("measure IN ('revenue', 'won_deals', 'new_accounts', 'activity')",
                        name="measure_known"),
        CheckConstraint("measure <> 'activity' OR metric_id IS NOT NULL", name="activity_metric"),
        CheckConstraint("target > 0", name="target_positive"),
        CheckConstraint("deadline >= start_date", name="deadline_after_start"),
        Index("ix_plan_goals_deadline", "deadline"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("sales_plans.id", ondelete="CASCADE"),
                                         index=True)
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(Text)
    steps: Mapped[str | None] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(200))
    start_date: Mapped[dt.date] = mapped_column(Date)
    deadline: Mapped[dt.date] = mapped_column(Date)
    measure: Mapped[str] = mapped_column(String(20))
    metric_id: Mapped[int | None] = mapped_column(ForeignKey("activity_metrics.id"))
    target: Mapped[Decimal] = mapped_column(Money)


class SprintWeek(Versioned, Base):
    """A rep's week (Monday `week_start`): the calls, meetings and proposals planned and the named
    deals to advance (`deal_ids`), then what was done (`done_*`, `advanced_deal_ids`, `done_on`)."""
    __tablename__ = "sprint_weeks"
    __table_args__ = (
        Index("ix_sprint_weeks_rep_week", "rep_id", "week_start", unique=True),
        CheckConstraint("planned_calls >= 0 AND planned_meetings >= 0 AND planned_proposals >= 0",
                        name="planned_not_negative"),
        CheckConstraint("(done_calls IS NULL OR done_calls >= 0) AND (done_meetings IS NULL OR "
                        "done_meetings >= 0) AND (done_proposals IS NULL OR done_proposals >= 0)",
                        name="done_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    rep_id: Mapped[int] = mapped_column(ForeignKey("reps.id", ondelete="CASCADE"))
    week_start: Mapped[dt.date] = mapped_column(Date)
    planned_calls: Mapped[int] = mapped_column(Integer, default=0)
    planned_meetings: Mapped[int] = mapped_column(Integer, default=0)
    planned_proposals: Mapped[int] = mapped_column(Integer, default=0)
    deal_ids: Mapped[list] = mapped_column(JsonValue, default=list)
    plan_note: Mapped[str | None] = mapped_column(Text)
    done_calls: Mapped[int | None] = mapped_column(Integer)
    done_meetings: Mapped[int | None] = mapped_column(Integer)
    done_proposals: Mapped[int | None] = mapped_column(Integer)
    advanced_deal_ids: Mapped[list | None] = mapped_column(JsonValue)
    done_note: Mapped[str | None] = mapped_column(Text)
    done_on: Mapped[dt.date | None] = mapped_column(Date)
