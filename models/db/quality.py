"""Quality of selling: scorecards and evaluations, training, incentive plans and recognition.

Scorecards are versioned: a template owns numbered versions; a version owns its sections and
questions and is never changed once an evaluation uses it (editing then makes a new version), so
every evaluation keeps the scoring it was made with. Each evaluation stores its score and its
section scores as computed at save time (evaluation_section_scores), which keeps trends, league
tables and gap detection to simple indexed reads.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (Boolean, CheckConstraint, Date, DateTime, ForeignKey, Index, Integer,
                        Numeric, String, Text, UniqueConstraint)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.db.base import Base, Versioned, utcnow
from models.db.types import JsonValue, Money, Rate, str_enum
from models.domain.commission import BonusKind, RecognitionKind, TierMode
from models.domain.scoring import Channel, CriticalMode, EvaluationSource, QuestionKind
from models.domain.training_gaps import EnrolmentStatus

Score = Numeric(7, 4)   # a fraction 0–1 (0.8125 = 81.25%)
Weight = Numeric(9, 3)


# -- scorecards ---------------------------------------------------------------------------------
class ScorecardTemplate(Versioned, Base):
    __tablename__ = "scorecard_templates"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    description: Mapped[str | None] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    versions: Mapped[list[ScorecardVersion]] = relationship(
        back_populates="template", order_by="ScorecardVersion.number")


class ScorecardVersion(Versioned, Base):
    __tablename__ = "scorecard_versions"
    __table_args__ = (UniqueConstraint("template_id", "number", name="template_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[int] = mapped_column(ForeignKey("scorecard_templates.id"))
    number: Mapped[int] = mapped_column(Integer)
    critical_mode: Mapped[CriticalMode] = mapped_column(
        str_enum(CriticalMode, "critical_mode"), default=CriticalMode.ZERO)
    critical_cap: Mapped[Decimal] = mapped_column(Score, default=Decimal("0.5"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    created_by: Mapped[str | None] = mapped_column(String(120))

    template: Mapped[ScorecardTemplate] = relationship(back_populates="versions")
    sections: Mapped[list[ScorecardSection]] = relationship(
        back_populates="version", order_by="ScorecardSection.position",
        cascade="all, delete-orphan")


class ScorecardSection(Versioned, Base):
    __tablename__ = "scorecard_sections"

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("scorecard_versions.id", ondelete="CASCADE"),
                                            index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(200))   # also the competence courses are mapped to
    weight: Mapped[Decimal] = mapped_column(Weight, default=Decimal(1))

    version: Mapped[ScorecardVersion] = relationship(back_populates="sections")
    questions: Mapped[list[ScorecardQuestion]] = relationship(
        back_populates="section", order_by="ScorecardQuestion.position",
        cascade="all, delete-orphan")


class ScorecardQuestion(Versioned, Base):
    __tablename__ = "scorecard_questions"

    id: Mapped[int] = mapped_column(primary_key=True)
    section_id: Mapped[int] = mapped_column(ForeignKey("scorecard_sections.id", ondelete="CASCADE"),
                                            index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    kind: Mapped[QuestionKind] = mapped_column(str_enum(QuestionKind, "question_kind"))
    weight: Mapped[Decimal] = mapped_column(Weight, default=Decimal(1))
    max_points: Mapped[int] = mapped_column(Integer, default=1)
    choices: Mapped[list | None] = mapped_column(JsonValue)   # [{"label": .., "points": ..}]
    critical: Mapped[bool] = mapped_column(Boolean, default=False)
    allow_na: Mapped[bool] = mapped_column(Boolean, default=False)

    section: Mapped[ScorecardSection] = relationship(back_populates="questions")


class EvaluationWave(Versioned, Base):
    """A campaign of mystery shops (or call reviews) over a period, often by an outside agency."""
    __tablename__ = "evaluation_waves"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    template_id: Mapped[int | None] = mapped_column(ForeignKey("scorecard_templates.id"))
    agency_name: Mapped[str | None] = mapped_column(String(200))
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)


class Evaluation(Versioned, Base):
    __tablename__ = "evaluations"
    __table_args__ = (
        Index("ix_evaluations_rep_date", "rep_id", "evaluated_on"),
        Index("ix_evaluations_date", "evaluated_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("scorecard_versions.id"), index=True)
    rep_id: Mapped[int] = mapped_column(ForeignKey("reps.id"))
    evaluated_on: Mapped[dt.date] = mapped_column(Date)
    channel: Mapped[Channel] = mapped_column(str_enum(Channel, "evaluation_channel"))
    source: Mapped[EvaluationSource] = mapped_column(str_enum(EvaluationSource, "evaluation_source"))
    agency_name: Mapped[str | None] = mapped_column(String(200))
    evaluator: Mapped[str | None] = mapped_column(String(200))
    wave_id: Mapped[int | None] = mapped_column(ForeignKey("evaluation_waves.id"), index=True)
    comments: Mapped[str | None] = mapped_column(Text)
    recording_url: Mapped[str | None] = mapped_column(String(1000))
    score: Mapped[Decimal | None] = mapped_column(Score)            # after the critical rule
    uncapped_score: Mapped[Decimal | None] = mapped_column(Score)   # before it
    critical_failed: Mapped[bool] = mapped_column(Boolean, default=False)

    answers: Mapped[list[EvaluationAnswer]] = relationship(cascade="all, delete-orphan")
    section_scores: Mapped[list[EvaluationSectionScore]] = relationship(
        cascade="all, delete-orphan")


class EvaluationAnswer(Base):
    __tablename__ = "evaluation_answers"
    __table_args__ = (UniqueConstraint("evaluation_id", "question_id", name="one_per_question"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    evaluation_id: Mapped[int] = mapped_column(ForeignKey("evaluations.id", ondelete="CASCADE"))
    question_id: Mapped[int] = mapped_column(ForeignKey("scorecard_questions.id"))
    value: Mapped[Decimal | None] = mapped_column(Numeric(9, 3))  # yes 1/no 0, scale, choice index
    na: Mapped[bool] = mapped_column(Boolean, default=False)
    text: Mapped[str | None] = mapped_column(Text)


class EvaluationSectionScore(Base):
    __tablename__ = "evaluation_section_scores"
    __table_args__ = (Index("ix_evaluation_section_scores_eval", "evaluation_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    evaluation_id: Mapped[int] = mapped_column(ForeignKey("evaluations.id", ondelete="CASCADE"))
    section_name: Mapped[str] = mapped_column(String(200))
    weight: Mapped[Decimal] = mapped_column(Weight)
    score: Mapped[Decimal | None] = mapped_column(Score)


# -- training -----------------------------------------------------------------------------------
class Course(Versioned, Base):
    __tablename__ = "courses"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    topic: Mapped[str | None] = mapped_column(String(120))  # product knowledge, prospecting, …
    description: Mapped[str | None] = mapped_column(Text)
    duration_hours: Mapped[Decimal | None] = mapped_column(Numeric(6, 2))
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    sections: Mapped[list[CourseSection]] = relationship(cascade="all, delete-orphan")


class CourseSection(Base):
    """A scorecard section (competence) the course trains."""
    __tablename__ = "course_sections"
    __table_args__ = (UniqueConstraint("course_id", "section_name", name="course_section"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    course_id: Mapped[int] = mapped_column(ForeignKey("courses.id", ondelete="CASCADE"))
    section_name: Mapped[str] = mapped_column(String(200))


class TrainingSession(Versioned, Base):
    __tablename__ = "training_sessions"
    __table_args__ = (CheckConstraint("ends_at >= starts_at", name="ends_after_start"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    course_id: Mapped[int] = mapped_column(ForeignKey("courses.id"), index=True)
    starts_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), index=True)
    ends_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    trainer: Mapped[str | None] = mapped_column(String(200))
    remote: Mapped[bool] = mapped_column(Boolean, default=False)
    location: Mapped[str | None] = mapped_column(String(300))   # a room or a meeting link
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id"))
    capacity: Mapped[int | None] = mapped_column(Integer)


class Enrolment(Versioned, Base):
    __tablename__ = "enrolments"
    __table_args__ = (
        Index("ix_enrolments_rep", "rep_id", "course_id"),
        CheckConstraint("assessment_score IS NULL OR (assessment_score >= 0 AND "
                        "assessment_score <= 1)", name="assessment_fraction"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    rep_id: Mapped[int] = mapped_column(ForeignKey("reps.id"))
    course_id: Mapped[int] = mapped_column(ForeignKey("courses.id"))
    session_id: Mapped[int | None] = mapped_column(ForeignKey("training_sessions.id"), index=True)
    status: Mapped[EnrolmentStatus] = mapped_column(
        str_enum(EnrolmentStatus, "enrolment_status"), default=EnrolmentStatus.ASSIGNED)
    assigned_on: Mapped[dt.date] = mapped_column(Date)
    assigned_by: Mapped[str | None] = mapped_column(String(120))
    reason: Mapped[str | None] = mapped_column(Text)   # e.g. the gap that led to it
    attended: Mapped[bool] = mapped_column(Boolean, default=False)
    completed_on: Mapped[dt.date | None] = mapped_column(Date)
    assessment_score: Mapped[Decimal | None] = mapped_column(Score)


# -- incentives and recognition -----------------------------------------------------------------
class IncentivePlan(Versioned, Base):
    __tablename__ = "incentive_plans"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id"), index=True)  # None: default
    base_rate: Mapped[Decimal] = mapped_column(Rate)
    tier_mode: Mapped[TierMode] = mapped_column(str_enum(TierMode, "tier_mode"),
                                                default=TierMode.MARGINAL)
    valid_from: Mapped[dt.date | None] = mapped_column(Date)
    valid_to: Mapped[dt.date | None] = mapped_column(Date)

    tiers: Mapped[list[IncentiveTier]] = relationship(
        cascade="all, delete-orphan", order_by="IncentiveTier.from_attainment")
    bonuses: Mapped[list[IncentiveBonus]] = relationship(cascade="all, delete-orphan")


class IncentiveTier(Base):
    __tablename__ = "incentive_tiers"
    __table_args__ = (UniqueConstraint("plan_id", "from_attainment", name="plan_tier"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("incentive_plans.id", ondelete="CASCADE"))
    from_attainment: Mapped[Decimal] = mapped_column(Rate)   # 0.5 = 50% of quota
    rate: Mapped[Decimal] = mapped_column(Rate)


class IncentiveBonus(Base):
    __tablename__ = "incentive_bonuses"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("incentive_plans.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[BonusKind] = mapped_column(str_enum(BonusKind, "bonus_kind"))
    threshold: Mapped[Decimal] = mapped_column(Numeric(12, 4))
    amount: Mapped[Decimal] = mapped_column(Money)


class Recognition(Versioned, Base):
    """Non-material recognition: the honour roll, a training opportunity, an award."""
    __tablename__ = "recognitions"

    id: Mapped[int] = mapped_column(primary_key=True)
    rep_id: Mapped[int] = mapped_column(ForeignKey("reps.id"), index=True)
    kind: Mapped[RecognitionKind] = mapped_column(str_enum(RecognitionKind, "recognition_kind"))
    title: Mapped[str] = mapped_column(String(300))
    given_on: Mapped[dt.date] = mapped_column(Date)
    given_by: Mapped[str | None] = mapped_column(String(120))
    note: Mapped[str | None] = mapped_column(Text)
