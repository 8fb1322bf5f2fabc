"""Reviews: templates (weighted dimensions on a scale), cycles, reviews with their ratings, SMART
goals and comments, improvement plans, and HR's compensation decisions (in their own table so
database grants can hide them)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (Boolean, CheckConstraint, Date, ForeignKey, Index, Integer, Numeric, String,
                        Text, UniqueConstraint, false)
from sqlalchemy.orm import Mapped, mapped_column

from models.db.base import Base, Versioned
from models.db.types import JsonValue, Money, str_enum
from models.domain.improvement_plans import PlanOutcome
from models.domain.reviews import CompensationKind, DimensionSource, ReviewStatus
from models.i18n import _

Rating = Numeric(4, 2)


class ReviewTemplate(Versioned, Base):
    __tablename__ = "review_templates"
    __table_args__ = (CheckConstraint("scale_high > scale_low", name="scale_order"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    scale_low: Mapped[int] = mapped_column(Integer, default=1)
    scale_high: Mapped[int] = mapped_column(Integer, default=5)
    scale_labels: Mapped[list | None] = mapped_column(JsonValue)


class ReviewDimension(Versioned, Base):
    __tablename__ = "review_dimensions"
    __table_args__ = (UniqueConstraint("template_id", "key", name="uq_review_dimensions_key"),
                      CheckConstraint("weight >= 0", name="weight_not_negative"))

    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[int] = mapped_column(ForeignKey("review_templates.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(200))
    weight: Mapped[Decimal] = mapped_column(Numeric(6, 2))
    source: Mapped[DimensionSource] = mapped_column(str_enum(DimensionSource, "dimension_source"))
    figure_key: Mapped[str | None] = mapped_column(String(64))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class ReviewCycle(Versioned, Base):
    __tablename__ = "review_cycles"
    __table_args__ = (CheckConstraint("period_end >= period_start", name="end_after_start"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)       # e.g. 2026-Q3
    period_start: Mapped[dt.date] = mapped_column(Date)
    period_end: Mapped[dt.date] = mapped_column(Date)
    template_id: Mapped[int] = mapped_column(ForeignKey("review_templates.id"))
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id"))  # None: chosen reps
    submit_due: Mapped[dt.date | None] = mapped_column(Date)
    acknowledge_due: Mapped[dt.date | None] = mapped_column(Date)
    close_due: Mapped[dt.date | None] = mapped_column(Date)


class Review(Versioned, Base):
    __tablename__ = "reviews"
    __table_args__ = (UniqueConstraint("cycle_id", "rep_id", name="uq_reviews_cycle_rep"),
                      CheckConstraint("override_rating IS NULL OR override_reason IS NOT NULL",
                                      name="override_has_reason"),
                      Index("ix_reviews_rep", "rep_id"))

    id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int] = mapped_column(ForeignKey("review_cycles.id", ondelete="CASCADE"))
    rep_id: Mapped[int] = mapped_column(ForeignKey("reps.id", ondelete="CASCADE"))
    reviewer: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[ReviewStatus] = mapped_column(str_enum(ReviewStatus, "review_status"),
                                                 default=ReviewStatus.DRAFT)
    strengths: Mapped[str | None] = mapped_column(Text)
    improvements: Mapped[str | None] = mapped_column(Text)
    rep_comments: Mapped[str | None] = mapped_column(Text)
    computed_rating: Mapped[Decimal | None] = mapped_column(Rating)
    override_rating: Mapped[Decimal | None] = mapped_column(Rating)
    override_reason: Mapped[str | None] = mapped_column(Text)
    submitted_on: Mapped[dt.date | None] = mapped_column(Date)
    acknowledged_on: Mapped[dt.date | None] = mapped_column(Date)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)


class ReviewRating(Versioned, Base):
    __tablename__ = "review_ratings"
    __table_args__ = (UniqueConstraint("review_id", "dimension_id", name="uq_review_ratings_dim"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id", ondelete="CASCADE"))
    dimension_id: Mapped[int] = mapped_column(ForeignKey("review_dimensions.id"))
    rating: Mapped[int | None] = mapped_column(Integer)
    comment: Mapped[str | None] = mapped_column(Text)
    # marked not applicable by the reviewer: no rating, left out of the overall rating
    not_applicable: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class ReviewGoal(Versioned, Base):
    """A SMART goal for the next quarter: specific, measurable target, deadline."""
    __tablename__ = "review_goals"

    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id", ondelete="CASCADE"),
                                           index=True)
    specific: Mapped[str] = mapped_column(Text)
    measure: Mapped[str] = mapped_column(String(200))
    target: Mapped[str] = mapped_column(String(200))
    deadline: Mapped[dt.date] = mapped_column(Date)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class CompensationDecision(Versioned, Base):
    """HR's raise or bonus decision taken with a review. Only HR and admins read or write it."""
    __tablename__ = "review_compensation_decisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id", ondelete="CASCADE"),
                                           unique=True)
    kind: Mapped[CompensationKind] = mapped_column(str_enum(CompensationKind, "compensation_kind"))
    amount: Mapped[Decimal | None] = mapped_column(Money)
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    effective_on: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)
    decided_by: Mapped[str] = mapped_column(String(120))


class ImprovementPlan(Versioned, Base):
    __tablename__ = "improvement_plans"
    __table_args__ = (CheckConstraint("length_days IN (30, 60, 90)", name="length_known"),
                      Index("ix_improvement_plans_rep", "rep_id", "start_date"))

    id: Mapped[int] = mapped_column(primary_key=True)
    rep_id: Mapped[int] = mapped_column(ForeignKey("reps.id", ondelete="CASCADE"))
    start_date: Mapped[dt.date] = mapped_column(Date)
    length_days: Mapped[int] = mapped_column(Integer, default=60)
    reason: Mapped[str] = mapped_column(Text)   # e.g. 'attention list: activity down 40%'
    owner: Mapped[str | None] = mapped_column(String(200))
    outcome: Mapped[PlanOutcome] = mapped_column(str_enum(PlanOutcome, "plan_outcome"),
                                                 default=PlanOutcome.OPEN)
    outcome_on: Mapped[dt.date | None] = mapped_column(Date)
    outcome_note: Mapped[str | None] = mapped_column(Text)


class PlanTarget(Versioned, Base):
    __tablename__ = "improvement_plan_targets"
    __table_args__ = (UniqueConstraint("plan_id", "week", "metric", name="uq_plan_targets_week"),
                      CheckConstraint("week >= 1", name="week_positive"))

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("improvement_plans.id", ondelete="CASCADE"))
    week: Mapped[int] = mapped_column(Integer)
    metric: Mapped[str] = mapped_column(String(64))       # activity metric key
    target: Mapped[Decimal] = mapped_column(Numeric(14, 2))
    actual: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))  # entered by hand if no numbers


class PlanCheckIn(Versioned, Base):
    __tablename__ = "improvement_plan_checkins"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("improvement_plans.id", ondelete="CASCADE"),
                                         index=True)
    scheduled_on: Mapped[dt.date] = mapped_column(Date)
    held: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str | None] = mapped_column(Text)


# -- closed reviews are read-only, whoever writes ---------------------------------------------------

def _closed_guard(session, _flush_context, _instances) -> None:
    """Refuse any change to a closed review or its ratings, goals and pay decision, even from
    code that bypasses the review services."""
    from sqlalchemy import inspect as sa_inspect
    from models.domain.reviews import ReviewClosedError

    def was_closed(review: Review) -> bool:
        history = sa_inspect(review).attrs.status.history
        before = history.deleted[0] if history.deleted else review.status
        return str(before) == ReviewStatus.CLOSED.value

    for obj in list(session.dirty) + list(session.deleted):
        if isinstance(obj, Review) and was_closed(obj) and (
                obj in session.deleted or session.is_modified(obj, include_collections=False)):
            raise ReviewClosedError(_("This review is closed and can no longer be changed."))
    for obj in list(session.new) + list(session.dirty) + list(session.deleted):
        if isinstance(obj, (ReviewRating, ReviewGoal, CompensationDecision)):
            with session.no_autoflush:
                review = session.get(Review, obj.review_id)
            if review is not None and was_closed(review):
                raise ReviewClosedError(_("This review is closed and can no longer be changed."))


def _install_guard() -> None:
    from sqlalchemy import event
    from sqlalchemy.orm import Session
    if not event.contains(Session, "before_flush", _closed_guard):
        event.listen(Session, "before_flush", _closed_guard)


_install_guard()
