"""Daily key numbers: the metrics catalogue, daily values per rep, effective-dated goals, a weekly
rollup kept in step with every write, public holidays, one-on-ones, team meetings and alert settings.

`activity_values` and `activity_weekly` are bulk tables (millions of rows): they are written with Core
statements by `models.services.activity` (which audits each save) and carry no version counter.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (Boolean, CheckConstraint, Date, DateTime, ForeignKey, Index, Integer,
                        Numeric, String, Text)
from sqlalchemy.orm import Mapped, mapped_column

from models.db.base import Base, Versioned, utcnow
from models.db.types import JsonValue


class ActivityMetric(Versioned, Base):
    """A key number counted per rep per day. `team_id` set: a metric only that team uses."""
    __tablename__ = "activity_metrics"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id"))
    sort_order: Mapped[int] = mapped_column(Integer, default=100)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class ActivityValue(Base):
    """One rep's count of one metric on one day.

    No foreign keys here, on purpose: PostgreSQL checks them with a trigger per row, which made a
    1M-row load 6x slower (30 s instead of 5 s by COPY, measured on this machine). The services
    that write this table check that every rep and metric exists before writing."""
    __tablename__ = "activity_values"
    # One B-tree keyed (rep, metric, day) on SQLite (no rowid table beside the key index): a rep's
    # series is one range scan, and bulk loads in key order append. Team and company trends read
    # the weekly rollup instead of a second index here, which would double the cost of a load.
    __table_args__ = (
        CheckConstraint("value >= 0", name="not_negative"),
        {"sqlite_with_rowid": False},
    )

    rep_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    metric_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    value: Mapped[int] = mapped_column(Integer)


class ActivityWeekly(Base):
    """Sum of a rep's metric over a Monday-to-Sunday week, and the number of days entered.
    Derived from activity_values; rebuilt for the touched weeks by every save and import. No
    foreign keys, like activity_values."""
    __tablename__ = "activity_weekly"
    # covering: a company or team trend reads (metric, week, total) from the index alone
    __table_args__ = (Index("ix_activity_weekly_metric_week", "metric_id", "week_start", "total"),
                      {"sqlite_with_rowid": False})

    rep_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    metric_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    week_start: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    total: Mapped[int] = mapped_column(Integer)
    days: Mapped[int] = mapped_column(Integer)
    last_day: Mapped[dt.date] = mapped_column(Date)   # the latest day entered in the week


class ActivityGoal(Versioned, Base):
    """A goal for a metric, per day or per week, from `effective_from` until a later goal replaces
    it. Rep-specific goals win over the team's, which win over the company default (both NULL)."""
    __tablename__ = "activity_goals"
    __table_args__ = (
        CheckConstraint("per IN ('day', 'week')", name="per_day_or_week"),
        CheckConstraint("rep_id IS NULL OR team_id IS NULL", name="rep_or_team"),
        CheckConstraint("target >= 0", name="target_not_negative"),
        Index("ix_activity_goals_metric", "metric_id", "effective_from"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    metric_id: Mapped[int] = mapped_column(ForeignKey("activity_metrics.id"))
    rep_id: Mapped[int | None] = mapped_column(ForeignKey("reps.id"), index=True)
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id"))
    per: Mapped[str] = mapped_column(String(8), default="day")
    target: Mapped[Decimal] = mapped_column(Numeric(10, 2))
    effective_from: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(String(300))
    one_on_one_id: Mapped[int | None] = mapped_column(ForeignKey("one_on_ones.id"))


class Holiday(Versioned, Base):
    """A public holiday: not a working day (for goals, run rates and 'no numbers' alerts).

    For everyone when both `country` and `only_team_id` are empty; else for the teams in that
    country (teams.country), or for that one team. (Not `team_id`: holidays are company-wide
    reference data every login reads, not rows of a team's scope.)"""
    __tablename__ = "holidays"
    __table_args__ = (Index("ix_holidays_day", "day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date)
    name: Mapped[str] = mapped_column(String(200))
    country: Mapped[str | None] = mapped_column(String(2))
    only_team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"))


class OneOnOne(Versioned, Base):
    __tablename__ = "one_on_ones"
    __table_args__ = (
        CheckConstraint("status IN ('scheduled', 'held', 'cancelled')", name="status_known"),
        Index("ix_one_on_ones_rep", "rep_id", "scheduled_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    rep_id: Mapped[int] = mapped_column(ForeignKey("reps.id"))
    scheduled_at: Mapped[dt.datetime] = mapped_column(DateTime)  # local wall-clock time
    duration_minutes: Mapped[int] = mapped_column(Integer, default=30)
    agenda: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str | None] = mapped_column(Text)      # the alert that caused it
    notes: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default="scheduled")
    follow_up_on: Mapped[dt.date | None] = mapped_column(Date)
    organiser: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class TeamMeeting(Versioned, Base):
    """A recurring team meeting: the daily morning meeting or the weekly planning meeting."""
    __tablename__ = "team_meetings"
    __table_args__ = (
        CheckConstraint("kind IN ('daily', 'weekly')", name="kind_known"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(16))
    weekday: Mapped[int | None] = mapped_column(Integer)  # 0 = Monday, for weekly meetings
    start_time: Mapped[str] = mapped_column(String(5))  # 'HH:MM' local time
    duration_minutes: Mapped[int] = mapped_column(Integer, default=15)
    starts_on: Mapped[dt.date] = mapped_column(Date)
    location: Mapped[str | None] = mapped_column(String(200))


class AlertSetting(Versioned, Base):
    """Drawdown and missing-numbers thresholds; team_id NULL is the company default."""
    __tablename__ = "alert_settings"

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id"), unique=True)
    drawdown_threshold: Mapped[Decimal] = mapped_column(Numeric(5, 2), default=Decimal("0.70"))
    baseline_weeks: Mapped[int] = mapped_column(Integer, default=8)
    missing_working_days: Mapped[int] = mapped_column(Integer, default=3)
    metric_keys: Mapped[list | None] = mapped_column(JsonValue)  # None: the busy metrics
