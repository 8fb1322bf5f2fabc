"""Core schema: teams, agencies, reps, compensation, territories, assignments, users, audit log."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (BigInteger, Boolean, CheckConstraint, Date, DateTime, ForeignKey, Index, Integer,
                        String, Text)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.db.base import Base, Versioned, utcnow
from models.db.types import JsonValue, Money, Rate, str_enum
from models.domain.enums import (AssignmentRole, Employment, RepProfile, RepRole, RepStatus,
                                 SalesModel, TerritoryKind, UserRole, WorkMode)


class Team(Versioned, Base):
    __tablename__ = "teams"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    sales_model: Mapped[SalesModel] = mapped_column(
        str_enum(SalesModel, "sales_model"), default=SalesModel.ISLAND)
    # Probation rule: reps below quota this many consecutive quarters are flagged.
    quarters_to_reach_quota: Mapped[int] = mapped_column(Integer, default=2)
    # Set-up (revision 0013). The manager and default pipeline are plain ids, checked by the
    # set-up services: a foreign key would make teams, reps and pipelines a cycle.
    manager_rep_id: Mapped[int | None] = mapped_column(Integer)
    default_pipeline_id: Mapped[int | None] = mapped_column(Integer)
    time_zone: Mapped[str | None] = mapped_column(String(64))      # IANA name, e.g. Asia/Manila
    country: Mapped[str | None] = mapped_column(String(2))         # ISO code: its public holidays
    archived_on: Mapped[dt.date | None] = mapped_column(Date)


class Agency(Versioned, Base):
    """An outsourcing agency that supplies reps."""
    __tablename__ = "agencies"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    contact_name: Mapped[str | None] = mapped_column(String(200))
    contact_email: Mapped[str | None] = mapped_column(String(320))
    contact_phone: Mapped[str | None] = mapped_column(String(64))
    contract_start: Mapped[dt.date | None] = mapped_column(Date)
    contract_end: Mapped[dt.date | None] = mapped_column(Date)
    terms: Mapped[str | None] = mapped_column(Text)
    fee_model: Mapped[str | None] = mapped_column(String(32))  # per_head / per_hour / percent / fixed
    fee: Mapped[Decimal | None] = mapped_column(Money)
    fee_currency: Mapped[str | None] = mapped_column(String(3))
    notice_days: Mapped[int | None] = mapped_column(Integer)


# The rep columns trainers do not read: contact and background details (see Rep).
PRIVATE = "private"
PRIVATE_REP_COLUMNS = ("phone", "home_base", "time_zone", "referral_source",
                       "prior_performance_verified", "prior_performance_note", "profile")


class Rep(Versioned, Base):
    __tablename__ = "reps"
    __table_args__ = (
        CheckConstraint("end_date IS NULL OR hire_date IS NULL OR end_date >= hire_date",
                        name="end_after_hire"),
        CheckConstraint("mentor_id IS NULL OR mentor_id <> id", name="not_own_mentor"),
        CheckConstraint("language IS NULL OR language IN ('en', 'fil', 'id', 'el', 'zh_CN')",
                        name="language_known"),
        Index("ix_reps_team_status", "team_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(String(300))
    preferred_name: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(320), unique=True)
    phone: Mapped[str | None] = mapped_column(String(64), deferred=True, deferred_group=PRIVATE)
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id"), index=True)
    manager_id: Mapped[int | None] = mapped_column(ForeignKey("reps.id"))
    mentor_id: Mapped[int | None] = mapped_column(ForeignKey("reps.id"))
    role: Mapped[RepRole] = mapped_column(str_enum(RepRole, "rep_role"), default=RepRole.SALES_REP)
    work_mode: Mapped[WorkMode] = mapped_column(str_enum(WorkMode, "work_mode"),
                                                default=WorkMode.FIELD)
    employment: Mapped[Employment] = mapped_column(str_enum(Employment, "employment"),
                                                   default=Employment.EMPLOYEE)
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"))
    hire_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[RepStatus] = mapped_column(str_enum(RepStatus, "rep_status"),
                                              default=RepStatus.ACTIVE)
    # The language their review PDF is printed in (models/i18n.LANGUAGES); None: the language of
    # whoever prints it.
    language: Mapped[str | None] = mapped_column(String(16))
    # Private details: deferred, so a plain `select(Rep)` (and every relationship load) reads only
    # the columns a trainer's login may read on PostgreSQL; forms that show them undefer the group.
    home_base: Mapped[str | None] = mapped_column(String(200), deferred=True,
                                                  deferred_group=PRIVATE)
    time_zone: Mapped[str | None] = mapped_column(String(64), deferred=True,
                                                  deferred_group=PRIVATE)
    referral_source: Mapped[str | None] = mapped_column(String(200), deferred=True,
                                                        deferred_group=PRIVATE)
    prior_performance_verified: Mapped[bool] = mapped_column(Boolean, default=False, deferred=True,
                                                             deferred_group=PRIVATE)
    prior_performance_note: Mapped[str | None] = mapped_column(Text, deferred=True,
                                                               deferred_group=PRIVATE)
    profile: Mapped[RepProfile | None] = mapped_column(str_enum(RepProfile, "rep_profile"),
                                                       deferred=True, deferred_group=PRIVATE)

    team: Mapped[Team | None] = relationship(foreign_keys=[team_id])
    agency: Mapped[Agency | None] = relationship(foreign_keys=[agency_id])


class Compensation(Versioned, Base):
    """HR-sensitive pay data, kept in its own table so database grants can hide it."""
    __tablename__ = "compensation"

    id: Mapped[int] = mapped_column(primary_key=True)
    rep_id: Mapped[int] = mapped_column(ForeignKey("reps.id", ondelete="CASCADE"), unique=True)
    base_salary: Mapped[Decimal | None] = mapped_column(Money)
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    commission_rate: Mapped[Decimal | None] = mapped_column(Rate)


class Territory(Versioned, Base):
    """A node of the territory tree (region -> territory -> ..., any depth)."""
    __tablename__ = "territories"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("territories.id"), index=True)
    kind: Mapped[TerritoryKind] = mapped_column(str_enum(TerritoryKind, "territory_kind"),
                                                default=TerritoryKind.GEOGRAPHIC)
    market_potential: Mapped[Decimal | None] = mapped_column(Money)
    archived_on: Mapped[dt.date | None] = mapped_column(Date)  # kept with its history


class TerritoryAssignment(Versioned, Base):
    """Effective-dated: a reassignment ends the old row and starts a new one; nothing is overwritten."""
    __tablename__ = "territory_assignments"
    __table_args__ = (
        CheckConstraint("end_date IS NULL OR end_date >= start_date", name="end_after_start"),
        Index("ix_territory_assignments_rep", "rep_id", "start_date"),
        Index("ix_territory_assignments_territory", "territory_id", "start_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    rep_id: Mapped[int] = mapped_column(ForeignKey("reps.id"))
    territory_id: Mapped[int] = mapped_column(ForeignKey("territories.id"))
    role: Mapped[AssignmentRole] = mapped_column(str_enum(AssignmentRole, "assignment_role"),
                                                 default=AssignmentRole.PRIMARY)
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)


class AppUser(Versioned, Base):
    """Someone who signs in to Repdesk: a manager, HR, a trainer or an admin."""
    __tablename__ = "app_users"

    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(120), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[UserRole] = mapped_column(str_enum(UserRole, "user_role"))
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id"))  # scope; None = all
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class AuditEntry(Base):
    """One recorded change: who, when, which row, old -> new. Written by models.db.audit only."""
    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_row", "table_name", "row_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str | None] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(16))  # insert / update / delete / bulk_insert
    user_login: Mapped[str] = mapped_column(String(120))
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    old_values: Mapped[dict | None] = mapped_column(JsonValue)
    new_values: Mapped[dict | None] = mapped_column(JsonValue)
    # The team the changed row belongs to, so a manager reads only their teams' history. Set by
    # the server on PostgreSQL (revision 0010_role_scopes); NULL for company-wide rows and on SQLite.
    team_id: Mapped[int | None] = mapped_column(Integer)
    # The transaction that made the change (PostgreSQL: txid_current(); SQLite: one number per
    # write transaction), so a record deleted with its details comes back with them.
    tx: Mapped[int | None] = mapped_column(BigInteger, index=True)
