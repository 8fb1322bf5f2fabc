"""Review cycles and reviews: create a quarter's reviews for a team, fill them in, move them through
draft -> submitted -> acknowledged -> closed, and read them back as plain records (with the computed
figures beside each dimension) for the form and the PDFs."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Callable, Iterable, Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.db.core import Rep, Team
from models.db.database import Database
from models.db.errors import PermissionDenied, RepdeskError, ValidationError
from models.db.reviews import (CompensationDecision, ReviewCycle, ReviewDimension, Review,
                               ReviewGoal, ReviewRating, ReviewTemplate)
from models.domain.reviews import (DEFAULT_DIMENSIONS, CompensationKind, Figure,
                                   ReviewAction, ReviewStatus, Scale, SmartGoal, allowed_actions,
                                   ensure_editable, next_status, overall_rating, quarter_bounds,
                                   suggest_rating, weighted_rating)
from models.services import review_figures
from models.services.reviews_plans import PlanView, plans_for
from models.i18n import _, using_language

DEFAULT_TEMPLATE = "Quarterly review (default)"
# A plan started up to this many days after the quarter (from the review conversation) belongs
# to that quarter's review.
PLAN_WINDOW_DAYS = 90


# -- records --------------------------------------------------------------------------------------

@dataclass
class CycleRow:
    id: int
    name: str
    period_start: dt.date
    period_end: dt.date
    team: str | None
    counts: dict[str, int]


@dataclass
class ReviewRow:
    id: int
    rep_id: int
    rep_name: str
    team: str | None
    status: str
    rating: Decimal | None
    on_plan: bool


@dataclass
class DimensionLine:
    dimension_id: int
    key: str
    name: str
    weight: Decimal
    source: str
    figure: Figure | None
    rating: int | None
    suggested: int | None
    comment: str | None
    not_applicable: bool = False   # marked by the reviewer; left out of the overall rating


@dataclass
class CompensationView:
    base_salary: Decimal | None
    currency: str
    commission_rate: Decimal | None
    decision_kind: str | None = None
    decision_amount: Decimal | None = None
    decision_effective_on: dt.date | None = None
    decision_note: str | None = None
    decided_by: str | None = None
    decision_version: int | None = None


@dataclass
class ReviewDetail:
    id: int
    version: int
    company: str
    cycle: str
    period_start: dt.date
    period_end: dt.date
    rep_id: int
    rep_name: str
    team: str | None
    rep_role: str
    reviewer: str | None
    status: str
    scale: Scale
    dimensions: list[DimensionLine]
    strengths: str | None
    improvements: str | None
    rep_comments: str | None
    computed_rating: Decimal | None
    override_rating: Decimal | None
    override_reason: str | None
    goals: list[SmartGoal]
    plans: list[PlanView]
    previous: tuple[str, Decimal | None, str] | None    # (cycle, final rating, status)
    one_on_ones: list[tuple[dt.date, str, str]]         # (day, status, note)
    submitted_on: dt.date | None
    acknowledged_on: dt.date | None
    closed_on: dt.date | None
    actions: list[str] = field(default_factory=list)
    compensation: CompensationView | None = None        # only for HR and admins
    quarter_goals: list[SmartGoal] = field(default_factory=list)   # set in the previous review
    rep_language: str | None = None     # the rep's review language (None: the printer's)

    @property
    def final_rating(self) -> Decimal | None:
        return self.override_rating if self.override_rating is not None else self.computed_rating

    @property
    def read_only(self) -> bool:
        return self.status == ReviewStatus.CLOSED

    @property
    def figures(self) -> dict[str, Figure]:
        return {d.figure.key: d.figure for d in self.dimensions if d.figure is not None}

    def document_date(self) -> dt.date:
        """The date a PDF of this review carries: its latest milestone, else the quarter's end
        (from the data, never the clock, so the same data gives the same file)."""
        dates = [d for d in (self.closed_on, self.acknowledged_on, self.submitted_on) if d]
        return max(dates) if dates else self.period_end


# -- templates and cycles -------------------------------------------------------------------------

def ensure_default_template(session: Session) -> ReviewTemplate:
    template = session.execute(select(ReviewTemplate).where(
        ReviewTemplate.name == DEFAULT_TEMPLATE)).scalar_one_or_none()
    if template is None:
        scale = Scale()
        template = ReviewTemplate(name=DEFAULT_TEMPLATE, scale_low=scale.low,
                                  scale_high=scale.high, scale_labels=list(scale.labels))
        session.add(template)
        session.flush()
        for order, d in enumerate(DEFAULT_DIMENSIONS):
            session.add(ReviewDimension(template_id=template.id, key=d.key, name=d.name,
                                        weight=d.weight, source=d.source, figure_key=d.figure_key,
                                        sort_order=order))
        session.flush()
    return template


def create_cycle(db: Database, name: str, *, team_id: int | None = None,
                 rep_ids: Sequence[int] | None = None, everyone: bool = False,
                 submit_due: dt.date | None = None, reviewer: str | None = None) -> int:
    """A cycle for the quarter `name` (e.g. 2026-Q3) with a draft review for each participant:
    the team's reps who worked during the quarter, the chosen reps, or (`everyone`) every rep
    who worked during the quarter. The reviewer is each rep's manager where known."""
    start, end = quarter_bounds(name)
    if team_id is None and not rep_ids and not everyone:
        raise ValidationError({"participants": _("choose a team or some reps")})
    with db.write() as s:
        if s.execute(select(ReviewCycle.id).where(ReviewCycle.name == name)).first():
            raise ValidationError({"name": _("a review cycle named {name} already exists").format(
                                               name=name)})
        template = ensure_default_template(s)
        cycle = ReviewCycle(name=name, period_start=start, period_end=end, template_id=template.id,
                            team_id=team_id, submit_due=submit_due or end + dt.timedelta(days=21),
                            acknowledge_due=end + dt.timedelta(days=35),
                            close_due=end + dt.timedelta(days=45))
        s.add(cycle)
        s.flush()
        stmt = select(Rep.id).where((Rep.hire_date.is_(None)) | (Rep.hire_date <= end),
                                    (Rep.end_date.is_(None)) | (Rep.end_date >= start))
        if team_id is not None:
            stmt = stmt.where(Rep.team_id == team_id)
        elif rep_ids:
            stmt = stmt.where(Rep.id.in_(list(rep_ids)))
        chosen = list(s.scalars(stmt.order_by(Rep.id)))
        if not chosen:
            raise ValidationError({"participants": _("nobody in this choice worked during {name}")
                                   .format(name=name)})
        managers = dict(s.execute(select(Rep.id, Rep.full_name)).all())
        manager_of = dict(s.execute(select(Rep.id, Rep.manager_id).where(Rep.id.in_(chosen))).all())
        for rep_id in chosen:
            s.add(Review(cycle_id=cycle.id, rep_id=rep_id,
                         reviewer=reviewer or managers.get(manager_of.get(rep_id)) or db.user))
        return cycle.id


def list_cycles(db: Database) -> list[CycleRow]:
    with db.read() as s:
        counts: dict[int, dict[str, int]] = defaultdict(dict)
        for cycle_id, status, n in s.execute(select(Review.cycle_id, Review.status, func.count())
                                             .group_by(Review.cycle_id, Review.status)):
            counts[cycle_id][str(ReviewStatus(status))] = n
        rows = s.execute(select(ReviewCycle, Team.name).outerjoin(Team, Team.id == ReviewCycle.team_id)
                         .order_by(ReviewCycle.period_start.desc(), ReviewCycle.name)).all()
        return [CycleRow(c.id, c.name, c.period_start, c.period_end, team, counts.get(c.id, {}))
                for c, team in rows]


def cycle_by_name(session: Session, name: str) -> ReviewCycle:
    cycle = session.execute(select(ReviewCycle).where(ReviewCycle.name == name)).scalar_one_or_none()
    if cycle is None:
        known = ", ".join(session.scalars(select(ReviewCycle.name).order_by(ReviewCycle.name))) \
            or _("none yet")
        raise RepdeskError(_("There is no review cycle named {name} (known: {known}).").format(
                               name=name, known=known))
    return cycle


def list_reviews(db: Database, cycle_id: int, *, team_id: int | None = None,
                 rep_id: int | None = None) -> list[ReviewRow]:
    from models.db.reviews import ImprovementPlan
    from models.domain.improvement_plans import PlanOutcome
    with db.read() as s:
        cycle = s.get(ReviewCycle, cycle_id)
        stmt = (select(Review, Rep.full_name, Team.name).join(Rep, Rep.id == Review.rep_id)
                .outerjoin(Team, Team.id == Rep.team_id).where(Review.cycle_id == cycle_id))
        if team_id is not None:
            stmt = stmt.where(Rep.team_id == team_id)
        if rep_id is not None:
            stmt = stmt.where(Rep.id == rep_id)
        on_plan = set(s.scalars(select(ImprovementPlan.rep_id).where(
            ImprovementPlan.start_date <= cycle.period_end + dt.timedelta(days=PLAN_WINDOW_DAYS),
            (ImprovementPlan.outcome == PlanOutcome.OPEN)
            | (ImprovementPlan.outcome_on >= cycle.period_start))))
        weights = {d.id: Decimal(d.weight) for d in s.scalars(select(ReviewDimension).where(
            ReviewDimension.template_id == cycle.template_id))}
        rows = s.execute(stmt.order_by(Rep.full_name, Review.id)).all()
        given: dict[int, dict[int, int]] = defaultdict(dict)
        not_applicable: dict[int, set[int]] = defaultdict(set)
        for review_id, dimension_id, value, skipped in s.execute(
                select(ReviewRating.review_id, ReviewRating.dimension_id, ReviewRating.rating,
                       ReviewRating.not_applicable)
                .join(Review, Review.id == ReviewRating.review_id)
                .where(Review.cycle_id == cycle_id)):
            given[review_id][dimension_id] = value
            if skipped:
                not_applicable[review_id].add(dimension_id)
        out = []
        for review, name, team in rows:
            # computed from the ratings (a part-rated draft has none), not the stored figure
            computed = weighted_rating(weights, given.get(review.id, {}),
                                       not_applicable.get(review.id, ()))
            final = review.override_rating if review.override_rating is not None else computed
            out.append(ReviewRow(review.id, review.rep_id, name, team, str(review.status),
                                 final, review.rep_id in on_plan))
        return out


# -- reading reviews ------------------------------------------------------------------------------

def _scale(template: ReviewTemplate) -> Scale:
    return Scale(template.scale_low, template.scale_high, tuple(template.scale_labels or ()))


def load_review(db: Database, review_id: int, user, *, today: dt.date | None = None) -> ReviewDetail:
    return load_reviews(db, [review_id], user, today=today)[0]


def load_reviews(db: Database, review_ids: Sequence[int], user, *, today: dt.date | None = None,
                 company: str = "Repdesk", in_reps_languages: bool = False
                 ) -> list[ReviewDetail]:
    """Reviews as plain records, in the order given; figures and plans are read in batches.
    `in_reps_languages`: the figures' texts in each rep's own language (for their review PDFs),
    else in the current one (the window)."""
    with db.read() as s:
        return details(s, review_ids, user, today=today, company=company,
                       in_reps_languages=in_reps_languages)


def details(s: Session, review_ids: Sequence[int], user, *, today: dt.date | None = None,
            company: str = "Repdesk", in_reps_languages: bool = False) -> list[ReviewDetail]:
    ids = list(dict.fromkeys(review_ids))
    if not ids:
        return []
    reviews = {r.id: r for r in s.scalars(select(Review).where(Review.id.in_(ids)))}
    missing = [i for i in ids if i not in reviews]
    if missing:
        raise RepdeskError(_("Review {missing} does not exist (it may have been deleted).").format(
                               missing=missing[0]))
    cycles = {c.id: c for c in s.scalars(select(ReviewCycle).where(
        ReviewCycle.id.in_({r.cycle_id for r in reviews.values()})))}
    templates = {t.id: t for t in s.scalars(select(ReviewTemplate).where(
        ReviewTemplate.id.in_({c.template_id for c in cycles.values()})))}
    dims: dict[int, list[ReviewDimension]] = defaultdict(list)
    for d in s.scalars(select(ReviewDimension).where(ReviewDimension.template_id.in_(templates))
                       .order_by(ReviewDimension.sort_order, ReviewDimension.id)):
        dims[d.template_id].append(d)
    reps = {r.id: r for r in s.scalars(select(Rep).where(
        Rep.id.in_({r.rep_id for r in reviews.values()})))}
    teams = dict(s.execute(select(Team.id, Team.name)).all())
    ratings: dict[int, dict[int, ReviewRating]] = defaultdict(dict)
    for rr in s.scalars(select(ReviewRating).where(ReviewRating.review_id.in_(ids))):
        ratings[rr.review_id][rr.dimension_id] = rr
    goals: dict[int, list[SmartGoal]] = defaultdict(list)
    for g in s.scalars(select(ReviewGoal).where(ReviewGoal.review_id.in_(ids))
                       .order_by(ReviewGoal.sort_order, ReviewGoal.id)):
        goals[g.review_id].append(SmartGoal(g.specific, g.measure, g.target, g.deadline))

    # computed figures: one batch per cycle
    figures: dict[tuple[int, int], dict[str, Figure]] = {}
    by_cycle: dict[int, list[Review]] = defaultdict(list)
    for r in reviews.values():
        by_cycle[r.cycle_id].append(r)
    for cycle_id, items in by_cycle.items():
        c = cycles[cycle_id]
        keys = [d.figure_key for d in dims[c.template_id] if d.figure_key]
        # A figure's text is written here: for review PDFs, one batch per rep language.
        by_language: dict[str | None, list[Review]] = defaultdict(list)
        for r in items:
            by_language[reps[r.rep_id].language if in_reps_languages else None].append(r)
        for language, group in by_language.items():
            with using_language(language):
                found = review_figures.compute_figures(
                    s, [review_figures.RepKey(r.rep_id, reps[r.rep_id].team_id) for r in group],
                    c.period_start, c.period_end, keys)
            for r in group:
                figures[(cycle_id, r.rep_id)] = found[r.rep_id]

    plan_map = plans_for(s, {r.rep_id for r in reviews.values()}, today=today)
    previous = _previous_reviews(s, reviews.values(), cycles)
    earlier_goals: dict[int, list[SmartGoal]] = defaultdict(list)
    earlier_ids = [p[3] for p in previous.values()]
    for g in s.scalars(select(ReviewGoal).where(ReviewGoal.review_id.in_(earlier_ids))
                       .order_by(ReviewGoal.sort_order, ReviewGoal.id)):
        earlier_goals[g.review_id].append(SmartGoal(g.specific, g.measure, g.target, g.deadline))
    meetings = _one_on_ones(s, reviews.values(), cycles)
    comp = _compensation(s, reviews.values()) if getattr(user, "sees_compensation", False) else {}

    out = []
    for review_id in ids:
        r = reviews[review_id]
        c = cycles[r.cycle_id]
        template = templates[c.template_id]
        scale = _scale(template)
        rep = reps[r.rep_id]
        figs = figures[(c.id, r.rep_id)]
        lines = []
        for d in dims[c.template_id]:
            rated = ratings[r.id].get(d.id)
            figure = figs.get(d.figure_key) if d.figure_key else None
            lines.append(DimensionLine(
                d.id, d.key, d.name, Decimal(d.weight), str(d.source), figure,
                rated.rating if rated else None,
                suggest_rating(scale, figure.ratio) if figure and figure.available else None,
                rated.comment if rated else None,
                bool(rated.not_applicable) if rated else False))
        plans = [p for p in plan_map.get(r.rep_id, [])
                 if p.start_date <= c.period_end + dt.timedelta(days=PLAN_WINDOW_DAYS)
                 and p.end_date >= c.period_start]
        out.append(ReviewDetail(
            r.id, r.version, company, c.name, c.period_start, c.period_end, rep.id, rep.full_name,
            teams.get(rep.team_id), str(rep.role), r.reviewer, str(r.status), scale, lines,
            r.strengths, r.improvements, r.rep_comments,
            # from the ratings, not the stored figure: files saved before a part-rated draft
            # lost its overall rating still hold one
            weighted_rating({l.key: l.weight for l in lines}, {l.key: l.rating for l in lines},
                            {l.key for l in lines if l.not_applicable}),
            Decimal(r.override_rating) if r.override_rating is not None else None,
            r.override_reason, goals[r.id], plans,
            previous[r.id][:3] if r.id in previous else None, meetings.get(r.id, []),
            r.submitted_on, r.acknowledged_on, r.closed_on,
            [a.value for a in allowed_actions(r.status)], comp.get(r.id),
            earlier_goals.get(previous[r.id][3], []) if r.id in previous else [],
            rep_language=rep.language))
    return out


def _previous_reviews(s: Session, reviews: Iterable[Review], cycles) -> dict[int, tuple]:
    reviews = list(reviews)
    rows = s.execute(
        select(Review.rep_id, ReviewCycle.name, ReviewCycle.period_end, Review.computed_rating,
               Review.override_rating, Review.status, Review.id)
        .join(ReviewCycle, ReviewCycle.id == Review.cycle_id)
        .where(Review.rep_id.in_({r.rep_id for r in reviews}))).all()
    out = {}
    for r in reviews:
        end = cycles[r.cycle_id].period_start
        earlier = [row for row in rows if row[0] == r.rep_id and row[2] < end]
        if earlier:
            row = max(earlier, key=lambda row: row[2])
            final = row[4] if row[4] is not None else row[3]
            out[r.id] = (row[1], Decimal(final) if final is not None else None, str(row[5]),
                         row[6])
    return out


def _one_on_ones(s: Session, reviews: Iterable[Review], cycles) -> dict[int, list]:
    """The quarter's one-on-ones, from the key-numbers area's table where it exists."""
    from sqlalchemy import inspect as sa_inspect
    if not sa_inspect(s.connection()).has_table("one_on_ones"):
        return {}
    try:
        from models.db.activity import OneOnOne
    except ImportError:
        return {}
    reviews = list(reviews)
    starts = min(cycles[r.cycle_id].period_start for r in reviews)
    ends = max(cycles[r.cycle_id].period_end for r in reviews)
    rows = s.execute(select(OneOnOne.rep_id, OneOnOne.scheduled_at, OneOnOne.status,
                            OneOnOne.agenda, OneOnOne.notes)
                     .where(OneOnOne.rep_id.in_({r.rep_id for r in reviews}),
                            OneOnOne.scheduled_at >= dt.datetime.combine(starts, dt.time()),
                            OneOnOne.scheduled_at < dt.datetime.combine(
                                ends + dt.timedelta(days=1), dt.time()))
                     .order_by(OneOnOne.scheduled_at)).all()
    out: dict[int, list] = defaultdict(list)
    for r in reviews:
        c = cycles[r.cycle_id]
        for rep_id, at, status, agenda, notes in rows:
            if rep_id == r.rep_id and c.period_start <= at.date() <= c.period_end:
                out[r.id].append((at.date(), status, (notes or agenda or "").strip()))
    return out


def _compensation(s: Session, reviews: Iterable[Review]) -> dict[int, CompensationView]:
    from models.db.core import Compensation
    reviews = list(reviews)
    pay = {c.rep_id: c for c in s.scalars(select(Compensation).where(
        Compensation.rep_id.in_({r.rep_id for r in reviews})))}
    decisions = {d.review_id: d for d in s.scalars(select(CompensationDecision).where(
        CompensationDecision.review_id.in_([r.id for r in reviews])))}
    out = {}
    for r in reviews:
        p, d = pay.get(r.rep_id), decisions.get(r.id)
        view = CompensationView(p.base_salary if p else None, p.currency if p else "USD",
                                p.commission_rate if p else None)
        if d is not None:
            view.decision_kind, view.decision_amount = str(d.kind), d.amount
            view.decision_effective_on, view.decision_note = d.effective_on, d.note
            view.decided_by, view.decision_version = d.decided_by, d.version
        out[r.id] = view
    return out


# -- editing ----------------------------------------------------------------------------------

@dataclass
class ReviewEdit:
    ratings: dict[str, int | None] = field(default_factory=dict)   # dimension key -> rating
    # dimension key -> marked not applicable (True) or not (False). Marking one clears its
    # rating; giving a rating (in `ratings`) clears the mark.
    not_applicable: dict[str, bool] = field(default_factory=dict)
    comments: dict[str, str | None] = field(default_factory=dict)
    strengths: str | None = None
    improvements: str | None = None
    override_rating: Decimal | None = None
    override_reason: str | None = None
    goals: list[SmartGoal] | None = None       # None: leave the goals as they are
    # The parts the user changed, of "strengths", "improvements", "override"; the others are left
    # as saved (so re-applying a change on top of someone else's keeps theirs). None: all.
    only: frozenset[str] | None = None

    def touches(self, part: str) -> bool:
        return self.only is None or part in self.only


def _load_for_edit(s: Session, review_id: int, version: int | None,
                   mine: Callable[[Review], dict] | None = None) -> Review:
    """The review to change. A review deleted or saved by someone else since `version` raises
    EditConflict (who changed which field, the current values and version; `mine(review)` says
    what this save would have changed)."""
    from models.db.retry import conflict_for, lock_for_edit
    review = lock_for_edit(s, Review, review_id)  # "being edited by X" at once, never a wait
    if review is None and version is None:
        raise RepdeskError(_("Review {review_id} does not exist (it may have been "
                             "deleted).").format(
                               review_id=review_id))
    if review is None or (version is not None and review.version != version):
        what = _("This review")
        if review is not None:
            cycle = s.get(ReviewCycle, review.cycle_id)
            what = _("The review of {rep} ({cycle})").format(
                rep=s.get(Rep, review.rep_id).full_name, cycle=cycle.name)
        changes = mine(review) if mine is not None and review is not None else {}
        raise conflict_for(s, review, Review, review_id, version or 0, changes, what=what)
    ensure_editable(review.status)
    return review


def _edit_changes(s: Session, review: Review, edit: ReviewEdit) -> dict:
    """What `edit` would change on the review as saved now (for a conflict message)."""
    def text(value):
        return (value or "").strip() or None
    mine = {}
    for part, name, value in (
            ("strengths", "strengths", text(edit.strengths)),
            ("improvements", "improvements", text(edit.improvements)),
            ("override", "override_rating", edit.override_rating),
            ("override", "override_reason", text(edit.override_reason)
             if edit.override_rating is not None else None)):
        if edit.touches(part) and value != getattr(review, name):
            mine[name] = value
    template_id = s.get(ReviewCycle, review.cycle_id).template_id
    dims = dict(s.execute(select(ReviewDimension.key, ReviewDimension.id)
                          .where(ReviewDimension.template_id == template_id)).all())
    stored = dict(s.execute(select(ReviewRating.dimension_id, ReviewRating.rating)
                            .where(ReviewRating.review_id == review.id)).all())
    for key, value in edit.ratings.items():
        if key in dims and stored.get(dims[key]) != value:
            mine[f"rating_{key}"] = value
    marked = dict(s.execute(select(ReviewRating.dimension_id, ReviewRating.not_applicable)
                            .where(ReviewRating.review_id == review.id)).all())
    for key, value in edit.not_applicable.items():
        if key in dims and bool(marked.get(dims[key])) != value:
            mine[f"not_applicable_{key}"] = value
    return mine


def save_review(db: Database, review_id: int, version: int | None, edit: ReviewEdit) -> int:
    """Save the reviewer's part. Returns the new version. Closed reviews refuse every change."""
    with db.write() as s:
        review = _load_for_edit(s, review_id, version, lambda r: _edit_changes(s, r, edit))
        cycle = s.get(ReviewCycle, review.cycle_id)
        template = s.get(ReviewTemplate, cycle.template_id)
        scale = _scale(template)
        dims = {d.key: d for d in s.scalars(select(ReviewDimension).where(
            ReviewDimension.template_id == template.id))}
        unknown = (set(edit.ratings) | set(edit.not_applicable)) - set(dims)
        if unknown:
            raise ValidationError({"ratings": _("unknown dimension {unknown}").format(
                                                  unknown=sorted(unknown)[0])})
        existing = {rr.dimension_id: rr for rr in s.scalars(
            select(ReviewRating).where(ReviewRating.review_id == review.id))}
        for key in dict.fromkeys([*edit.ratings, *edit.not_applicable]):
            value = edit.ratings.get(key)
            scale.check(value, key)
            skipped = edit.not_applicable.get(key)
            if skipped and value is not None:
                raise ValidationError({key: _("a dimension marked not applicable cannot also "
                                              "have a rating")})
            dim = dims[key]
            row = existing.get(dim.id)
            if row is None:
                row = ReviewRating(review_id=review.id, dimension_id=dim.id)
                s.add(row)
                existing[dim.id] = row
            if key in edit.ratings:
                row.rating = value
            if skipped:
                row.rating = None              # not applicable: nothing to rate
                row.not_applicable = True
            elif skipped is False or value is not None:
                row.not_applicable = False     # rated (or unmarked): it counts again
            if key in edit.comments:
                row.comment = (edit.comments[key] or "").strip() or None
        all_ratings = {d.key: (existing[d.id].rating if d.id in existing else None)
                       for d in dims.values()}
        not_applicable = {d.key for d in dims.values()
                          if d.id in existing and existing[d.id].not_applicable}
        override, reason = ((edit.override_rating, edit.override_reason)
                            if edit.touches("override")
                            else (review.override_rating, review.override_reason))
        overall = overall_rating(scale, {k: Decimal(d.weight) for k, d in dims.items()},
                                 all_ratings, override, reason, not_applicable)
        review.computed_rating = overall.computed
        review.override_rating = overall.override
        review.override_reason = overall.reason
        if edit.touches("strengths"):
            review.strengths = (edit.strengths or "").strip() or None
        if edit.touches("improvements"):
            review.improvements = (edit.improvements or "").strip() or None
        if edit.goals is not None:
            problems = {}
            for n, goal in enumerate(edit.goals, 1):
                for field_name, why in goal.problems().items():
                    problems[f"goal {n} {field_name}"] = why
            if problems:
                raise ValidationError(problems)
            for old in s.scalars(select(ReviewGoal).where(ReviewGoal.review_id == review.id)):
                s.delete(old)
            for n, goal in enumerate(edit.goals):
                s.add(ReviewGoal(review_id=review.id, specific=goal.specific.strip(),
                                 measure=goal.measure.strip(), target=goal.target.strip(),
                                 deadline=goal.deadline, sort_order=n))
        s.flush()
        return review.version


def act(db: Database, review_id: int, action: ReviewAction | str, *, version: int | None = None,
        rep_comments: str | None = None, on: dt.date | None = None) -> str:
    """Move a review on: submit (needs every weighted dimension rated), return to draft,
    acknowledge (with the rep's comments), close. Returns the new status."""
    action = ReviewAction(action)
    on = on or dt.date.today()
    with db.write() as s:
        review = _load_for_edit(s, review_id, version)
        new = next_status(review.status, action)
        if action is ReviewAction.SUBMIT:
            cycle = s.get(ReviewCycle, review.cycle_id)
            # rated, or marked not applicable: nothing left to rate
            rated = {rr.dimension_id for rr in s.scalars(select(ReviewRating).where(
                ReviewRating.review_id == review.id,
                ReviewRating.rating.is_not(None) | ReviewRating.not_applicable))}
            missing = [d.name for d in s.scalars(select(ReviewDimension).where(
                ReviewDimension.template_id == cycle.template_id, ReviewDimension.weight > 0))
                if d.id not in rated]
            if missing:
                raise ValidationError({"ratings": _("rate every dimension before submitting "
                                                    "(missing: {missing})").format(
                                                      missing=', '.join(missing))})
            review.submitted_on = on
        elif action is ReviewAction.RETURN:
            review.submitted_on = None
        elif action is ReviewAction.ACKNOWLEDGE:
            review.rep_comments = (rep_comments or "").strip() or review.rep_comments
            review.acknowledged_on = on
        elif action is ReviewAction.CLOSE:
            review.closed_on = on
        review.status = new
        return new.value


def record_compensation(db: Database, user, review_id: int, kind: CompensationKind | str, *,
                        amount: Decimal | None = None, currency: str = "USD",
                        effective_on: dt.date | None = None, note: str | None = None) -> None:
    """HR's raise or bonus decision with a review. Only HR and admins may record it."""
    if not getattr(user, "sees_compensation", False):
        raise PermissionDenied(_("Only HR and administrators can record pay decisions."))
    kind = CompensationKind(kind)
    if kind is not CompensationKind.NO_CHANGE and (amount is None or amount <= 0):
        raise ValidationError({"amount": _("a raise or bonus needs an amount above zero")})
    with db.write() as s:
        review = _load_for_edit(s, review_id, None)
        decision = s.execute(select(CompensationDecision).where(
            CompensationDecision.review_id == review.id)).scalar_one_or_none()
        if decision is None:
            decision = CompensationDecision(review_id=review.id, decided_by=user.login, kind=kind)
            s.add(decision)
        decision.kind = kind
        decision.amount = None if kind is CompensationKind.NO_CHANGE else amount
        decision.currency = currency
        decision.effective_on = effective_on
        decision.note = (note or "").strip() or None
        decision.decided_by = user.login


def review_history(db: Database, review_id: int) -> list[tuple]:
    """The audit trail of a review and its parts: (time, user, table, action, new values)."""
    from models.db.core import AuditEntry
    with db.read() as s:
        rating_ids = [str(i) for i in s.scalars(select(ReviewRating.id).where(
            ReviewRating.review_id == review_id))]
        stmt = select(AuditEntry).where(
            ((AuditEntry.table_name == "reviews") & (AuditEntry.row_id == str(review_id)))
            | ((AuditEntry.table_name == "review_ratings") & AuditEntry.row_id.in_(rating_ids)))
        return [(a.at, a.user_login, a.table_name, a.action, a.new_values)
                for a in s.scalars(stmt.order_by(AuditEntry.id))]


def review_ids_for(db: Database, cycle: str, *, team: str | None = None,
                   rep_id: int | None = None) -> list[int]:
    """The reviews of a cycle (by name), optionally of one team (by name) or one rep."""
    with db.read() as s:
        c = cycle_by_name(s, cycle)
        stmt = select(Review.id).join(Rep, Rep.id == Review.rep_id).where(Review.cycle_id == c.id)
        if team is not None:
            team_id = s.execute(select(Team.id).where(Team.name == team)).scalar_one_or_none()
            if team_id is None:
                raise RepdeskError(_("There is no team named {team}.").format(team=team))
            stmt = stmt.where(Rep.team_id == team_id)
        if rep_id is not None:
            stmt = stmt.where(Rep.id == rep_id)
        ids = list(s.scalars(stmt.order_by(Rep.full_name, Review.id)))
        if not ids:
            raise RepdeskError(_("Cycle {cycle} has no review for this choice.").format(
                                   cycle=cycle))
        return ids

