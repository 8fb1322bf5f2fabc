"""Everything about one rep on one page, gathered from the other services.

`load_rep_page(db, viewer, rep_id)` returns plain records, one per part of the page. A part the
viewer's role may not see is not loaded at all (its name is in `hidden`), so a trainer's login
never asks the server for deals or quotas and a manager's never for pay. A part whose area is
missing or unreadable in this database carries a sentence in `unavailable` instead of failing
the whole page.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Callable

from sqlalchemy import select
from sqlalchemy.orm import aliased

from models.db.core import Agency, Rep, Team, TerritoryAssignment, Territory
from models.db.errors import PermissionDenied, RepdeskError
from models.domain.activity_goals import Period, quarter_of
from models.domain.enums import UserRole
from models.i18n import _

# The parts of the page, in page order, and the roles that see each. Trainers work on quality and
# training only (see desktop/pages.py); pay is for HR and admins (UserRole.sees_compensation).
EVERYONE = frozenset(UserRole)
NOT_TRAINERS = frozenset({UserRole.ADMIN, UserRole.SALES_MANAGER, UserRole.HR})
PAY_READERS = frozenset({UserRole.ADMIN, UserRole.HR})
PARTS: dict[str, frozenset] = {
    "profile": EVERYONE,
    "status": NOT_TRAINERS,
    "quota": NOT_TRAINERS,
    "key_numbers": NOT_TRAINERS,
    "deals": NOT_TRAINERS,
    "one_on_ones": NOT_TRAINERS,
    "reviews": NOT_TRAINERS,
    "quality": EVERYONE,
    "training": EVERYONE,
    "commission": PAY_READERS,
    "history": NOT_TRAINERS,
}
QUARTERS_SHOWN = 6
TREND_WEEKS = 13


def visible_parts(role: UserRole | str) -> list[str]:
    role = UserRole(role)
    return [name for name, roles in PARTS.items() if role in roles]


@dataclass(frozen=True)
class Profile:
    id: int
    version: int
    full_name: str
    preferred_name: str | None
    email: str | None
    role: str
    team_id: int | None
    team: str | None
    manager: str | None
    mentor: str | None
    work_mode: str
    employment: str
    agency: str | None
    hire_date: dt.date | None
    end_date: dt.date | None
    status: str
    territories: list[str]
    private_loaded: bool = False          # contact and hiring facts (not for trainers on a server)
    phone: str | None = None
    home_base: str | None = None
    time_zone: str | None = None
    referral_source: str | None = None
    prior_performance_verified: bool = False
    prior_performance_note: str | None = None
    profile: str | None = None            # builder / producer


@dataclass(frozen=True)
class StatusPart:
    probation_reason: str                 # '' when the probation rule does not flag the rep
    onboarding: list                      # models.services.reps.OnboardingRow
    plans: list                           # models.services.reviews_plans.PlanView


@dataclass(frozen=True)
class QuarterLine:
    label: str                            # '2026-Q3'
    target: Decimal | None
    won: Decimal
    currency: str | None
    ratio: Decimal | None


@dataclass(frozen=True)
class DealLine:
    id: int
    title: str
    account: str | None
    stage: str
    amount: Decimal | None
    currency: str
    expected_close: dt.date | None
    closed_on: dt.date | None
    status: str


@dataclass(frozen=True)
class ReviewLine:
    id: int
    cycle: str
    period_end: dt.date
    status: str
    rating: Decimal | None
    reviewer: str | None


@dataclass(frozen=True)
class CommissionPart:
    period: str
    row: Any | None                       # models.services.incentives.CommissionRow
    base_salary: Decimal | None
    currency: str | None
    commission_rate: Decimal | None


@dataclass
class RepPageData:
    rep_id: int
    name: str
    today: dt.date
    quarter: str
    parts: list[str]                                  # what the viewer may see, in page order
    hidden: list[str]                                 # what the viewer's role may not see
    unavailable: dict[str, str] = field(default_factory=dict)  # part -> why it could not load
    profile: Profile | None = None
    status: StatusPart | None = None
    quota: list[QuarterLine] = field(default_factory=list)
    key_numbers: list = field(default_factory=list)   # activity_kpi.GoalRow of this quarter
    trends: list = field(default_factory=list)        # activity_trends.Series, one per metric
    open_deals: list[DealLine] = field(default_factory=list)
    won_deals: list[DealLine] = field(default_factory=list)
    lost_deals: list[DealLine] = field(default_factory=list)
    next_one_on_ones: list = field(default_factory=list)   # one_on_ones.OneOnOneRow
    past_one_on_ones: list = field(default_factory=list)   # one_on_ones.HistoryRow, newest first
    reviews: list[ReviewLine] = field(default_factory=list)
    quality: list = field(default_factory=list)       # quality_analysis.SectionSummary
    training: list = field(default_factory=list)      # training.HistoryRow
    commission: CommissionPart | None = None
    history: list = field(default_factory=list)       # history.HistoryEvent, newest first


def load_rep_page(db, viewer, rep_id: int, *, today: dt.date | None = None,
                  progress=None) -> RepPageData:
    """The page of one rep for `viewer` (a CurrentUser). A sales manager sees only the reps of
    their own team; everything else follows `PARTS`."""
    today = today or dt.date.today()
    quarter = quarter_of(today)
    role = UserRole(viewer.role)
    # contact and hiring details are not a trainer's, whatever the database lets them read
    profile = _profile(db, rep_id, private=role != UserRole.TRAINER)
    if not viewer.sees_team(profile.team_id):
        raise PermissionDenied(_("{full_name} is not on your team: a sales manager sees the "
                                 "pages of their own team's reps only.").format(
                                   full_name=profile.full_name))
    parts = visible_parts(role)
    page = RepPageData(rep_id, profile.full_name, today, quarter.label, parts,
                       [p for p in PARTS if p not in parts], profile=profile)
    loaders: list[tuple[str, Callable[[], None]]] = [
        ("status", lambda: _status(db, page, today)),
        ("quota", lambda: _quota(db, page, quarter)),
        ("key_numbers", lambda: _key_numbers(db, page, quarter, today)),
        ("deals", lambda: _deals(db, page, quarter)),
        ("one_on_ones", lambda: _one_on_ones(db, page, today)),
        ("reviews", lambda: _reviews(db, page)),
        ("quality", lambda: _quality(db, page, today)),
        ("training", lambda: _training(db, page)),
        ("commission", lambda: _commission(db, viewer, page, quarter, today)),
        ("history", lambda: _history(db, viewer, page)),
    ]
    wanted = [(name, load) for name, load in loaders if name in parts]
    for done, (name, load) in enumerate(wanted):
        if progress is not None:
            progress.step(done, len(wanted), name.replace("_", " ").capitalize() + "…")
        try:
            load()
        except RepdeskError as error:
            page.unavailable[name] = str(error)
        except Exception as error:  # noqa: BLE001 - one part's failure must not hide the rest
            from models.db.retry import is_disconnect, plain_message
            if is_disconnect(error):
                raise
            page.unavailable[name] = plain_message(error)
    return page


# -- the parts -----------------------------------------------------------------------------------
def _profile(db, rep_id: int, *, private: bool) -> Profile:
    from models.db.private_columns import reads_private_details
    manager, mentor = aliased(Rep), aliased(Rep)
    with db.read() as s:
        private = private and reads_private_details(s)
        row = s.execute(
            select(Rep.id, Rep.version, Rep.full_name, Rep.preferred_name, Rep.email, Rep.role,
                   Rep.team_id, Team.name, manager.full_name, mentor.full_name, Rep.work_mode,
                   Rep.employment, Agency.name, Rep.hire_date, Rep.end_date, Rep.status)
            .outerjoin(Team, Team.id == Rep.team_id)
            .outerjoin(manager, manager.id == Rep.manager_id)
            .outerjoin(mentor, mentor.id == Rep.mentor_id)
            .outerjoin(Agency, Agency.id == Rep.agency_id)
            .where(Rep.id == rep_id)).one_or_none()
        if row is None:
            raise RepdeskError(_("There is no rep with id {rep_id}: someone may have deleted "
                                 "it.").format(
                                   rep_id=rep_id))
        today = dt.date.today()
        current = (TerritoryAssignment.start_date <= today) & (
            TerritoryAssignment.end_date.is_(None) | (TerritoryAssignment.end_date >= today))
        territories = [name if role == "primary" else f"{name} (overlay)" for name, role in
                       s.execute(select(Territory.name, TerritoryAssignment.role)
                                 .join(Territory, Territory.id == TerritoryAssignment.territory_id)
                                 .where(TerritoryAssignment.rep_id == rep_id, current)
                                 .order_by(TerritoryAssignment.role, Territory.name))]
        extra: dict = {}
        if private:
            p = s.execute(select(Rep.phone, Rep.home_base, Rep.time_zone, Rep.referral_source,
                                 Rep.prior_performance_verified, Rep.prior_performance_note,
                                 Rep.profile).where(Rep.id == rep_id)).one()
            extra = dict(private_loaded=True, phone=p[0], home_base=p[1], time_zone=p[2],
                         referral_source=p[3], prior_performance_verified=bool(p[4]),
                         prior_performance_note=p[5], profile=_value(p[6]))
    return Profile(row[0], row[1], row[2], row[3], row[4], _value(row[5]), row[6], row[7], row[8],
                   row[9], _value(row[10]), _value(row[11]), row[12], row[13], row[14],
                   _value(row[15]), territories, **extra)


def _value(v):
    return None if v is None else str(getattr(v, "value", v))


def _status(db, page: RepPageData, today: dt.date) -> None:
    from models.services.reps import onboarding_checklist
    from models.services.reviews_plans import plans_of
    from models.services.roster import probation_flags
    rule = None
    if page.profile.team_id is not None and page.profile.status != "departed":
        with db.read() as s:
            rule = s.get(Team, page.profile.team_id).quarters_to_reach_quota
    reason = ""
    if rule:
        with db.read() as s:
            reason = probation_flags(s, today, {page.rep_id: rule}).get(page.rep_id, "")
    page.status = StatusPart(reason, onboarding_checklist(db, page.rep_id),
                             plans_of(db, page.rep_id, today=today))


def _quota(db, page: RepPageData, quarter: Period) -> None:
    from models.services.quotas import quota_targets
    from models.services.sales_results import won_by_rep
    from models.domain.activity_goals import attainment
    periods = [quarter]
    while len(periods) < QUARTERS_SHOWN:
        periods.append(quarter_of(periods[-1].start - dt.timedelta(days=1)))
    lines = []
    with db.read() as s:
        for p in reversed(periods):
            target, currency = quota_targets(s, p.start, p.end).get(page.rep_id, (None, None))
            won = won_by_rep(s, p.start, p.end).get(page.rep_id, (Decimal(0), 0))[0]
            lines.append(QuarterLine(p.label, target, won, currency,
                                     attainment(won, target) if target else None))
    page.quota = lines


def _key_numbers(db, page: RepPageData, quarter: Period, today: dt.date) -> None:
    from models.services.activity import list_metrics
    from models.services.activity_kpi import goal_attainment
    from models.services.activity_trends import trend
    rows = [r for r in goal_attainment(db, quarter, team_id=page.profile.team_id, upto=today)
            if r.rep_id == page.rep_id]
    page.key_numbers = rows
    keys = {r.metric_key for r in rows}
    start = today - dt.timedelta(weeks=TREND_WEEKS)
    page.trends = [_named(trend(db, m.id, start, today, "week", rep_ids=[page.rep_id])[0], m.name)
                   for m in list_metrics(db, page.profile.team_id) if m.key in keys]


def _named(series, name: str):
    from dataclasses import replace
    return replace(series, label=name)


def _deals(db, page: RepPageData, quarter: Period) -> None:
    from models.db.funnel import Account, Deal, Stage
    with db.read() as s:
        rows = s.execute(
            select(Deal.id, Deal.title, Account.name, Stage.name, Deal.amount, Deal.currency,
                   Deal.expected_close, Deal.closed_on, Deal.status)
            .join(Stage, Stage.id == Deal.stage_id)
            .outerjoin(Account, Account.id == Deal.account_id)
            .where(Deal.rep_id == page.rep_id)
            .where((Deal.status == "open") | Deal.closed_on.between(quarter.start, quarter.end))
            .order_by(Deal.expected_close, Deal.id)).all()
    lines = [DealLine(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], _value(r[8])) for r in rows]
    page.open_deals = [d for d in lines if d.status == "open"]
    page.won_deals = [d for d in lines if d.status == "won"]
    page.lost_deals = [d for d in lines if d.status == "lost"]


def _one_on_ones(db, page: RepPageData, today: dt.date) -> None:
    from models.services import one_on_ones
    page.next_one_on_ones = [t for t in one_on_ones.list_one_on_ones(db, rep_id=page.rep_id,
                                                                     start=today,
                                                                     status="scheduled")]
    page.past_one_on_ones = list(reversed(one_on_ones.history(db, page.rep_id)))


def _reviews(db, page: RepPageData) -> None:
    from models.db.reviews import Review, ReviewCycle
    with db.read() as s:
        rows = s.execute(
            select(Review.id, ReviewCycle.name, ReviewCycle.period_end, Review.status,
                   Review.override_rating, Review.computed_rating, Review.reviewer)
            .join(ReviewCycle, ReviewCycle.id == Review.cycle_id)
            .where(Review.rep_id == page.rep_id)
            .order_by(ReviewCycle.period_end.desc(), Review.id.desc())).all()
    page.reviews = [ReviewLine(r[0], r[1], r[2], _value(r[3]),
                               r[4] if r[4] is not None else r[5], r[6]) for r in rows]


def _quality(db, page: RepPageData, today: dt.date) -> None:
    from models.services.quality_analysis import rep_trend
    page.quality = rep_trend(db, page.rep_id, today - dt.timedelta(days=365), today).summary


def _training(db, page: RepPageData) -> None:
    from models.services.training import rep_history
    page.training = rep_history(db, page.rep_id)


def _commission(db, viewer, page: RepPageData, quarter: Period, today: dt.date) -> None:
    from models.db.core import Compensation
    from models.services.incentives import commission_run
    with db.read() as s:
        pay = s.execute(select(Compensation.base_salary, Compensation.currency,
                               Compensation.commission_rate)
                        .where(Compensation.rep_id == page.rep_id)).one_or_none()
    base, currency, rate = pay if pay is not None else (None, None, None)
    page.commission = CommissionPart(quarter.label, None, base, currency, rate)
    rows = commission_run(db, viewer, quarter.start, quarter.end)
    row = next((r for r in rows if r.rep_id == page.rep_id), None)
    page.commission = CommissionPart(quarter.label, row, base, currency, rate)


def _history(db, viewer, page: RepPageData) -> None:
    from models.services.history import rep_history
    page.history = list(reversed(rep_history(db, page.rep_id, viewer=viewer)))
