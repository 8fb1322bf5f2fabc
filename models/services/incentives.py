"""Incentive plans and the commission run: won deals × the team's plan, against quota.

Pay data: only HR and admin may run it (on the SQLite default the local user's role decides;
see models.services.users.sign_in).
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from models.db.core import Compensation, Rep, Team
from models.db.database import Database
from models.db.errors import PermissionDenied, RepdeskError
from models.db.quality import IncentiveBonus, IncentivePlan, IncentiveTier, Recognition
from models.domain.commission import (Bonus, BonusKind, CommissionResult, Plan, Tier, TierMode,
                                      commission)
from models.domain.enums import UserRole
from models.i18n import _


@dataclass(frozen=True)
class CommissionRow:
    rep_id: int
    rep_name: str
    team: str | None
    plan: str
    tier_mode: str
    currency: str
    deals: int
    quality: Decimal | None
    result: CommissionResult
    note: str = ""      # won deals left out for want of a rate, a quota that cannot be compared


def _plan(row: IncentivePlan) -> Plan:
    return Plan(Decimal(row.base_rate),
                tuple(Tier(Decimal(t.from_attainment), Decimal(t.rate)) for t in row.tiers),
                TierMode(row.tier_mode),
                tuple(Bonus(b.name, BonusKind(b.kind), Decimal(b.threshold), Decimal(b.amount))
                      for b in row.bonuses))


def plans_by_team(session: Session, on: dt.date) -> dict[int | None, tuple[str, Plan]]:
    """{team_id or None (the company default): (plan name, plan)} for plans valid on `on`.
    Read as plain rows (three queries), not ORM objects: a company has a plan per team."""
    valid = ((IncentivePlan.valid_from.is_(None) | (IncentivePlan.valid_from <= on))
             & (IncentivePlan.valid_to.is_(None) | (IncentivePlan.valid_to >= on)))
    plans = session.execute(
        select(IncentivePlan.id, IncentivePlan.name, IncentivePlan.team_id,
               IncentivePlan.base_rate, IncentivePlan.tier_mode)
        .where(valid).order_by(IncentivePlan.id)).all()
    tiers: dict[int, list[Tier]] = defaultdict(list)
    bonuses: dict[int, list[Bonus]] = defaultdict(list)
    for plan_id, start, rate in session.execute(
            select(IncentiveTier.plan_id, IncentiveTier.from_attainment, IncentiveTier.rate)
            .join(IncentivePlan, IncentivePlan.id == IncentiveTier.plan_id).where(valid)
            .order_by(IncentiveTier.plan_id, IncentiveTier.from_attainment)):
        tiers[plan_id].append(Tier(Decimal(start), Decimal(rate)))
    for plan_id, name, kind, threshold, amount in session.execute(
            select(IncentiveBonus.plan_id, IncentiveBonus.name, IncentiveBonus.kind,
                   IncentiveBonus.threshold, IncentiveBonus.amount)
            .join(IncentivePlan, IncentivePlan.id == IncentiveBonus.plan_id).where(valid)
            .order_by(IncentiveBonus.plan_id, IncentiveBonus.id)):
        bonuses[plan_id].append(Bonus(name, BonusKind(kind), Decimal(threshold), Decimal(amount)))
    result: dict[int | None, tuple[str, Plan]] = {}
    for plan_id, name, team_id, base_rate, tier_mode in plans:   # a later plan wins, as before
        result[team_id] = (name, Plan(Decimal(base_rate), tuple(tiers[plan_id]),
                                      TierMode(tier_mode), tuple(bonuses[plan_id])))
    return result


def require_pay_access(user) -> None:
    if UserRole(user.role) not in (UserRole.HR, UserRole.ADMIN):
        raise PermissionDenied(
            _("Commission is pay data: only HR and admin may see it, and {login} is a "
              "{replace}. Ask an admin to change your role.").format(
                login=user.login, replace=UserRole(user.role).value.replace('_', ' ')))


def commission_run(db: Database, user, start: dt.date, end: dt.date, *,
                   rep_ids=None, quota_lines=None) -> list[CommissionRow]:
    """Each rep with won deals or a quota in [start, end]: commission and bonuses, with the
    arithmetic. `rep_ids`: only these reps (a slice of the company; each rep's commission is
    their own, so it is the same as in the whole run); `quota_lines`: the period's quota lines,
    when the caller has read them already. Raises PermissionDenied unless `user` is HR or
    admin."""
    require_pay_access(user)
    try:
        from models.services.quotas import quota_targets
        from models.services.sales_results import sales_money, won_by_rep_money
    except ImportError as error:  # an installation without the funnel or quotas areas
        raise RepdeskError(_("Commission needs won deals and quotas, which this installation "
                             "cannot read yet ({error}).").format(error=error)) from None
    from models.services.quality_scores import quality_scores
    with db.read() as session:
        money = sales_money(session)
        won_detail = won_by_rep_money(session, start, end, money, rep_ids=rep_ids)
        won = won_detail.amounts
        if quota_lines is None:
            targets = quota_targets(session, start, end, rep_ids=rep_ids)
        else:
            from models.domain.quotas import totals_inside
            wanted = None if rep_ids is None else set(rep_ids)
            targets = totals_inside([q for q in quota_lines if wanted is None
                                     or q.rep_id in wanted], start, end)   # = quota_targets
        quality = quality_scores(session, start, end, rep_ids)
        plans = plans_by_team(session, end)
        reps = session.execute(
            select(Rep.id, Rep.full_name, Rep.team_id, Team.name, Compensation.currency,
                   Compensation.commission_rate)
            .outerjoin(Team, Team.id == Rep.team_id)
            .outerjoin(Compensation, Compensation.rep_id == Rep.id)
            .where(Rep.id.in_(set(won) | set(targets)))
            .order_by(Team.name, Rep.full_name)).all()
    if not plans:
        raise RepdeskError(_("There is no incentive plan valid in this period: add one first."))
    rows = []
    for rep_id, name, team_id, team, currency, own_rate in reps:
        plan_name, plan = plans.get(team_id) or plans.get(None) or (None, None)
        if plan is None:
            plan_name, plan = _("Personal rate"), Plan(Decimal(own_rate or 0))
        amount, deals = won.get(rep_id, (Decimal(0), 0))
        target, quota_currency = targets.get(rep_id, (None, None))
        notes = [won_detail.note(rep_id)]
        basis = won_detail.currency
        if target is not None and quota_currency and quota_currency != basis:
            # Attainment compares like with like: the quota in the won amounts' currency.
            converted = money.rates.convert_between(target, quota_currency, basis, end)
            if converted is None:
                notes.append(f"no {quota_currency} rate to compare the quota with {basis}")
            target = None if converted is None else converted.quantize(Decimal("0.01"))
        score = quality.get(rep_id, (None, 0))[0]
        result = commission(amount, target, plan, deals=deals, quality=score)
        # Commission is a share of the won amounts, so it is in their currency.
        rows.append(CommissionRow(rep_id, name, team, plan_name, plan.tier_mode.value,
                                  basis, deals, score, result,
                                  "; ".join(n for n in notes if n)))
    return rows


@dataclass(frozen=True)
class RecognitionRow:
    rep_name: str
    kind: str
    title: str
    given_on: dt.date


def recognitions(db: Database, *, since: dt.date | None = None) -> list[RecognitionRow]:
    with db.read() as session:
        stmt = (select(Rep.full_name, Recognition.kind, Recognition.title, Recognition.given_on)
                .join(Rep, Rep.id == Recognition.rep_id)
                .order_by(Recognition.given_on.desc(), Rep.full_name))
        if since:
            stmt = stmt.where(Recognition.given_on >= since)
        return [RecognitionRow(n, str(k.value), t, d) for n, k, t, d in session.execute(stmt)]


def add_recognition(db: Database, rep_id: int, kind: str, title: str, *,
                    given_on: dt.date | None = None, note: str | None = None) -> int:
    """Non-material recognition: the honour roll, a training opportunity, an award."""
    from models.db.errors import ValidationError
    from models.domain.commission import RecognitionKind
    if not title.strip():
        raise ValidationError({"title": _("say what the recognition is for")})
    with db.write() as session:
        row = Recognition(rep_id=rep_id, kind=RecognitionKind(kind), title=title.strip(),
                          given_on=given_on or dt.date.today(), given_by=db.user, note=note)
        session.add(row)
        session.flush()
        return row.id


@dataclass
class PlanDraft:
    name: str
    base_rate: Decimal
    tier_mode: TierMode = TierMode.MARGINAL
    tiers: list[tuple[Decimal, Decimal]] = None          # (from attainment, rate)
    bonuses: list[tuple[str, BonusKind, Decimal, Decimal]] = None  # (name, kind, threshold, amount)
    team_id: int | None = None
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    id: int | None = None

    def plan(self) -> Plan:
        return Plan(Decimal(self.base_rate),
                    tuple(Tier(Decimal(a), Decimal(r)) for a, r in self.tiers or []),
                    TierMode(self.tier_mode),
                    tuple(Bonus(n, BonusKind(k), Decimal(t), Decimal(a))
                          for n, k, t, a in self.bonuses or []))


def list_plans(db: Database) -> list[PlanDraft]:
    with db.read() as session:
        rows = session.execute(select(IncentivePlan).options(
            selectinload(IncentivePlan.tiers), selectinload(IncentivePlan.bonuses))
            .order_by(IncentivePlan.team_id.is_not(None), IncentivePlan.name)).scalars().all()
        return [PlanDraft(p.name, p.base_rate, TierMode(p.tier_mode),
                          [(t.from_attainment, t.rate) for t in p.tiers],
                          [(b.name, BonusKind(b.kind), b.threshold, b.amount) for b in p.bonuses],
                          p.team_id, p.valid_from, p.valid_to, p.id) for p in rows]


def save_plan(db: Database, user, draft: PlanDraft) -> int:
    """Create or replace a plan (HR and admin only). Tiers must start at 0% of quota."""
    from models.db.errors import ValidationError
    from models.db.quality import IncentiveBonus, IncentiveTier
    from models.domain.commission import validate_plan
    require_pay_access(user)
    problems = {}
    if not draft.name.strip():
        problems["name"] = _("a plan needs a name")
    plan_problems = validate_plan(draft.plan())
    if plan_problems:
        problems["tiers"] = "; ".join(plan_problems)
    if any(not name.strip() or Decimal(amount) < 0 for name, _k, _t, amount in draft.bonuses or []):
        problems["bonuses"] = _("each bonus needs a name and an amount of 0 or more")
    if draft.valid_from and draft.valid_to and draft.valid_to < draft.valid_from:
        problems["valid to"] = _("ends before it starts")
    if problems:
        raise ValidationError(problems)
    with db.write() as session:
        row = session.get(IncentivePlan, draft.id) if draft.id else IncentivePlan()
        if row is None:
            raise RepdeskError(_("Incentive plan {id} was deleted meanwhile.").format(id=draft.id))
        row.name, row.team_id = draft.name.strip(), draft.team_id
        row.base_rate, row.tier_mode = Decimal(draft.base_rate), TierMode(draft.tier_mode)
        row.valid_from, row.valid_to = draft.valid_from, draft.valid_to
        if draft.id is not None:   # delete the old tiers first: (plan, from) is unique
            row.tiers, row.bonuses = [], []
            session.flush()
        row.tiers = [IncentiveTier(from_attainment=Decimal(a), rate=Decimal(r))
                     for a, r in sorted(draft.tiers or [])]
        row.bonuses = [IncentiveBonus(name=n.strip(), kind=BonusKind(k), threshold=Decimal(t),
                                      amount=Decimal(a)) for n, k, t, a in draft.bonuses or []]
        if draft.id is None:
            session.add(row)
        session.flush()
        return row.id
