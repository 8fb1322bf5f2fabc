"""The roster as column lists (one list per field, one entry per rep), ready for a column-array
table model: who is on the team, their territories, tenure, quota attainment this quarter, next
one-on-one, overdue onboarding items and the probation flag."""
from __future__ import annotations

import datetime as dt
import logging
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import aliased

from models.db.core import Agency, Rep, Team, Territory, TerritoryAssignment
from models.db.database import Database
from models.db.roster import OnboardingItem
from models.domain.enums import label
from models.domain.probation import attainment, probation_verdict
from models.domain.progress import Progress
from models.domain.quotas import Period, previous_quarter, quarter_of
from models.services.quotas import quota_targets
from models.i18n import _

log = logging.getLogger(__name__)
MAX_RULE_QUARTERS = 8


@dataclass
class RosterData:
    today: dt.date
    quarter: Period
    id: list[int] = field(default_factory=list)
    name: list[str] = field(default_factory=list)
    role: list[str] = field(default_factory=list)
    team: list[str] = field(default_factory=list)
    team_id: list[int] = field(default_factory=list)         # 0 for no team
    manager: list[str] = field(default_factory=list)
    work_mode: list[str] = field(default_factory=list)       # enum values
    employment: list[str] = field(default_factory=list)      # enum values
    agency: list[str] = field(default_factory=list)
    status: list[str] = field(default_factory=list)          # enum values
    email: list[str] = field(default_factory=list)
    territories: list[str] = field(default_factory=list)
    hire_date: list[dt.date | None] = field(default_factory=list)
    attainment: list[float | None] = field(default_factory=list)   # this quarter, 1.0 = 100%
    next_one_on_one: list[dt.date | None] = field(default_factory=list)
    overdue_onboarding: list[int] = field(default_factory=list)
    probation_reason: list[str] = field(default_factory=list)  # "" when not flagged

    def __len__(self) -> int:
        return len(self.id)


def _won_by_rep():
    try:
        from models.services.sales_results import won_by_rep
    except ImportError:  # the funnel area is not installed
        return None
    return won_by_rep


def quarter_attainment(session, quarter: Period) -> dict[int, Decimal]:
    """{rep_id: won / quota} for reps with a money quota in the quarter (won deals by close date)."""
    targets = quota_targets(session, quarter.start, quarter.end)
    won_by_rep = _won_by_rep()
    won = won_by_rep(session, quarter.start, quarter.end) if won_by_rep and targets else {}
    out = {}
    for rep_id, (target, _currency) in targets.items():
        ratio = attainment(won.get(rep_id, (Decimal(0), 0))[0], target)
        if ratio is not None:
            out[rep_id] = ratio
    return out


def probation_flags(session, today: dt.date, rules: dict[int, int],
                    current: dict[int, Decimal] | None = None) -> dict[int, str]:
    """{rep_id: reason} for reps below quota for their team's number of completed quarters and
    not yet at quota this quarter. `rules` maps rep_id to the team's quarters_to_reach_quota;
    `current` is this quarter's attainment (read here when not given)."""
    if not rules:
        return {}
    depth = min(max(rules.values()), MAX_RULE_QUARTERS)
    if depth <= 0:
        return {}
    quarters = [previous_quarter(quarter_of(today))]
    while len(quarters) < depth:
        quarters.append(previous_quarter(quarters[-1]))
    quarters.reverse()  # oldest first
    per_quarter = [quarter_attainment(session, q) for q in quarters]
    if current is None:
        current = quarter_attainment(session, quarter_of(today))
    flags = {}
    for rep_id, required in rules.items():
        ratios = [ratios_q.get(rep_id) for ratios_q in per_quarter]
        verdict = probation_verdict(ratios, required, current.get(rep_id))
        if verdict.flagged:
            flags[rep_id] = verdict.reason()
    return flags


def load_roster(db: Database, today: dt.date | None = None, *, team_id: int | None = None,
                progress: Progress | None = None) -> RosterData:
    today = today or dt.date.today()
    quarter = quarter_of(today)
    data = RosterData(today, quarter)
    manager = aliased(Rep)
    stmt = (select(Rep.id, Rep.full_name, Rep.role, Team.name, Rep.team_id, manager.full_name,
                   Rep.work_mode, Rep.employment, Agency.name, Rep.status, Rep.email,
                   Rep.hire_date, Team.quarters_to_reach_quota)
            .outerjoin(Team, Rep.team_id == Team.id)
            .outerjoin(manager, Rep.manager_id == manager.id)
            .outerjoin(Agency, Rep.agency_id == Agency.id)
            .order_by(Rep.full_name, Rep.id))
    if team_id is not None:
        stmt = stmt.where(Rep.team_id == team_id)
    current = and_(TerritoryAssignment.start_date <= today,
                   or_(TerritoryAssignment.end_date.is_(None), TerritoryAssignment.end_date >= today))
    with db.read() as s:
        rows = s.execute(stmt).all()
        if progress:
            progress.step(1, 4, _("Territories…"))
        covered: dict[int, list[str]] = defaultdict(list)
        for rep_id, name, role in s.execute(
                select(TerritoryAssignment.rep_id, Territory.name, TerritoryAssignment.role)
                .join(Territory, Territory.id == TerritoryAssignment.territory_id)
                .where(current).order_by(TerritoryAssignment.role, Territory.name)):
            covered[rep_id].append(name if role == "primary" else f"{name} (overlay)")
        overdue = dict(s.execute(
            select(OnboardingItem.rep_id, func.count())
            .where(OnboardingItem.done_date.is_(None), OnboardingItem.due_date < today)
            .group_by(OnboardingItem.rep_id)).all())
        if progress:
            progress.step(2, 4, _("Quota attainment…"))
        try:
            ratios = quarter_attainment(s, quarter)
            rules = {r[0]: r[12] for r in rows if r[12] and r[9] != "departed"}
            flags = probation_flags(s, today, rules, ratios)
        except Exception as error:  # noqa: BLE001 - a database without the funnel tables
            log.info("attainment unavailable: %s", error)
            s.rollback()
            ratios, flags = {}, {}
        if progress:
            progress.step(3, 4, _("One-on-ones…"))
        next_meeting = _next_one_on_ones(s, today)
    for r in rows:
        rep_id = r[0]
        data.id.append(rep_id)
        data.name.append(r[1])
        data.role.append(str(r[2]))
        data.team.append(r[3] or "")
        data.team_id.append(r[4] or 0)
        data.manager.append(r[5] or "")
        data.work_mode.append(str(r[6]))
        data.employment.append(str(r[7]))
        data.agency.append(r[8] or "")
        data.status.append(str(r[9]))
        data.email.append(r[10] or "")
        data.territories.append(", ".join(covered.get(rep_id, ())))
        data.hire_date.append(r[11])
        ratio = ratios.get(rep_id)
        data.attainment.append(None if ratio is None else float(ratio))
        data.next_one_on_one.append(next_meeting.get(rep_id))
        data.overdue_onboarding.append(int(overdue.get(rep_id, 0)))
        data.probation_reason.append(flags.get(rep_id, ""))
    if progress:
        progress.step(4, 4, "")
    return data


def _next_one_on_ones(session, today: dt.date) -> dict[int, dt.date]:
    """Next scheduled one-on-one per rep, from the key-numbers area when it is installed."""
    try:
        from models.db.activity import OneOnOne
    except ImportError:
        return {}
    start = dt.datetime.combine(today, dt.time())
    try:
        rows = session.execute(
            select(OneOnOne.rep_id, func.min(OneOnOne.scheduled_at))
            .where(OneOnOne.status == "scheduled", OneOnOne.scheduled_at >= start)
            .group_by(OneOnOne.rep_id)).all()
    except Exception as error:  # noqa: BLE001
        log.info("one-on-ones unavailable: %s", error)
        return {}
    return {rep_id: (at.date() if isinstance(at, dt.datetime) else at) for rep_id, at in rows}


def status_labels() -> dict[str, str]:
    from models.domain.enums import RepStatus
    return {s.value: label(s.value) for s in RepStatus}


def team_rule(db: Database, team_id: int) -> int:
    from models.db.core import Team as _Team
    with db.read() as s:
        team = s.get(_Team, team_id)
        return int(team.quarters_to_reach_quota) if team else 0


def set_quarters_to_reach_quota(db: Database, team_id: int, quarters: int) -> None:
    """The team's probation rule (audited, version-checked through the ORM)."""
    from models.db.errors import ConflictError, ValidationError
    if not 0 <= int(quarters) <= MAX_RULE_QUARTERS:
        raise ValidationError({"quarters_to_reach_quota":
                               _("Choose between 0 (never flag) and {max_rule_quarters} "
                                 "quarters.").format(max_rule_quarters=MAX_RULE_QUARTERS)})
    with db.write() as s:
        team = s.get(Team, team_id)
        if team is None:
            raise ConflictError(_("That team no longer exists."))
        team.quarters_to_reach_quota = int(quarters)
