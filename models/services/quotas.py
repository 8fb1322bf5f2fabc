"""Quotas: reading totals for other areas, setting, splitting and allocating them."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from models.db.core import Rep, TerritoryAssignment
from models.db.database import Database
from models.db.errors import ConflictError, ValidationError
from models.db.roster import Quota
from models.domain.quotas import (Measure, Period, PeriodKind, QuotaLine, allocation_gap,
                                  split_quota, totals_inside)
from models import formatting
from models.i18n import _


def quota_lines(session, start: dt.date, end: dt.date, *, measure: Measure = Measure.AMOUNT,
                rep_ids=None) -> list[QuotaLine]:
    """Rep quotas (rep_id set) of `measure` overlapping [start, end]."""
    stmt = (select(Quota.rep_id, Quota.period_kind, Quota.period_start, Quota.period_end,
                   Quota.target, Quota.currency)
            .where(Quota.rep_id.is_not(None), Quota.measure == measure,
                   Quota.period_start <= end, Quota.period_end >= start))
    if rep_ids is not None:
        stmt = stmt.where(Quota.rep_id.in_(list(rep_ids)))
    return [QuotaLine(r[0], PeriodKind(r[1]), r[2], r[3], Decimal(r[4]), r[5])
            for r in session.execute(stmt)]


def quota_targets(session, start: dt.date, end: dt.date, *, prorate: bool = False,
                  rep_ids=None) -> dict[int, tuple[Decimal, str]]:
    """Each rep's total money quota for the periods inside [start, end]: {rep_id: (target, currency)}.

    `session` is an open SQLAlchemy session (e.g. `with db.read() as s`). A yearly quota split into
    quarters is counted once (the coarsest period kind inside the range is used per rep). Reps with
    no quota inside the range are left out, unless `prorate=True`, which gives them the day-share of
    the quotas overlapping the range (a monthly view of quarterly quotas). `rep_ids`: only
    these reps' quotas (None: every rep's).
    """
    return totals_inside(quota_lines(session, start, end, rep_ids=rep_ids), start, end,
                         prorate_outside=prorate)


# -- editing: per territory, splits and allocations ---------------------------------------------


@dataclass(frozen=True)
class QuotaRow:
    id: int
    rep_id: int | None
    rep_name: str | None
    territory_id: int | None
    period: Period
    measure: str
    target: Decimal
    currency: str | None
    parent_id: int | None
    version: int


@dataclass(frozen=True)
class TerritoryQuotas:
    period: Period
    own: QuotaRow | None                 # the territory's quota for the period
    allocations: list[QuotaRow]          # rep quotas allocated from it
    reps: list[tuple[int, str]]          # reps covering the territory during the period
    parts: list[QuotaRow]                # the split of `own` into shorter periods

    @property
    def allocated(self) -> Decimal:
        return sum((a.target for a in self.allocations), Decimal(0))

    @property
    def gap(self) -> Decimal | None:
        """Territory quota minus what is allocated to reps (0 = it adds up)."""
        if self.own is None:
            return None
        return allocation_gap(self.own.target, [a.target for a in self.allocations])


def _row(q: Quota, name: str | None = None) -> QuotaRow:
    return QuotaRow(q.id, q.rep_id, name, q.territory_id,
                    Period(PeriodKind(q.period_kind), q.period_start, q.period_end),
                    str(q.measure), Decimal(q.target), q.currency, q.parent_id, q.version)


def territory_quotas(db: Database, territory_id: int, period: Period,
                     measure: Measure = Measure.AMOUNT) -> TerritoryQuotas:
    same = (Quota.territory_id == territory_id, Quota.measure == measure,
            Quota.period_start == period.start, Quota.period_end == period.end)
    with db.read() as s:
        own = s.execute(select(Quota).where(*same, Quota.rep_id.is_(None))).scalars().first()
        allocations = [_row(q, n) for q, n in s.execute(
            select(Quota, Rep.full_name).join(Rep, Rep.id == Quota.rep_id)
            .where(*same).order_by(Rep.full_name))]
        reps = s.execute(
            select(Rep.id, Rep.full_name).join(TerritoryAssignment,
                                               TerritoryAssignment.rep_id == Rep.id)
            .where(TerritoryAssignment.territory_id == territory_id,
                   TerritoryAssignment.start_date <= period.end,
                   (TerritoryAssignment.end_date.is_(None)) |
                   (TerritoryAssignment.end_date >= period.start))
            .distinct().order_by(Rep.full_name)).all()
        parts = [] if own is None else [_row(q) for q in s.execute(
            select(Quota).where(Quota.parent_id == own.id).order_by(Quota.period_start)).scalars()]
        return TerritoryQuotas(period, _row(own) if own else None, allocations,
                               [(r[0], r[1]) for r in reps], parts)


def _check_target(target: Decimal) -> Decimal:
    target = Decimal(target)
    if target < 0:
        raise ValidationError({"target": _("A quota cannot be negative.")})
    return target


def set_quota(db: Database, *, period: Period, target: Decimal, rep_id: int | None = None,
              territory_id: int | None = None, measure: Measure = Measure.AMOUNT,
              currency: str | None = None, expected_version: int | None = None) -> int:
    """Create or change the quota of a rep and/or territory for a period (ORM: audited,
    version-checked). Returns its id."""
    if rep_id is None and territory_id is None:
        raise ValidationError({"owner": _("A quota belongs to a rep or a territory.")})
    target = _check_target(target)
    with db.write() as s:
        quota = s.execute(select(Quota).where(
            Quota.rep_id.is_(None) if rep_id is None else Quota.rep_id == rep_id,
            Quota.territory_id.is_(None) if territory_id is None else
            Quota.territory_id == territory_id,
            Quota.measure == measure, Quota.period_start == period.start,
            Quota.period_end == period.end)).scalars().first()
        if quota is None:
            quota = Quota(rep_id=rep_id, territory_id=territory_id, period_kind=period.kind,
                          period_start=period.start, period_end=period.end, measure=measure)
            s.add(quota)
        elif expected_version is not None and quota.version != expected_version:
            from models.db.retry import conflict_for
            raise conflict_for(s, quota, Quota, quota.id, expected_version,
                               {"target": target, "currency": currency or quota.currency},
                               what=_("This quota ({start} to {end})").format(
                                   start=formatting.date(quota.period_start),
                                   end=formatting.date(quota.period_end)))
        quota.target = target
        quota.currency = currency or quota.currency
        s.flush()
        return quota.id


def split_and_save(db: Database, quota_id: int, kind: PeriodKind | str,
                   weights=None) -> list[QuotaRow]:
    """Split a quota into `kind` periods (evenly or by seasonal weights); the parts are stored as
    its children (replacing an earlier split of that kind) and add up to the whole exactly."""
    with db.write() as s:
        whole = s.get(Quota, quota_id)
        if whole is None:
            raise ConflictError(_("That quota no longer exists."))
        period = Period(PeriodKind(whole.period_kind), whole.period_start, whole.period_end)
        try:
            parts = split_quota(Decimal(whole.target), period, kind, weights, whole.measure)
        except ValueError as error:
            raise ValidationError({"weights": str(error)}) from None
        existing = {q.period_start: q for q in s.execute(select(Quota).where(
            Quota.parent_id == quota_id, Quota.period_kind == PeriodKind(kind))).scalars()}
        rows = []
        for part, amount in parts:
            q = existing.pop(part.start, None)
            if q is None:
                q = Quota(rep_id=whole.rep_id, territory_id=whole.territory_id,
                          parent_id=whole.id, period_kind=part.kind, period_start=part.start,
                          period_end=part.end, measure=whole.measure, currency=whole.currency)
                s.add(q)
            q.target = amount
            rows.append(q)
        for stale in existing.values():
            s.delete(stale)
        s.flush()
        return [_row(q) for q in rows]


def allocate(db: Database, territory_id: int, period: Period, amounts: dict[int, Decimal], *,
             measure: Measure = Measure.AMOUNT, currency: str | None = None) -> TerritoryQuotas:
    """Set each rep's share of the territory's quota for the period (0 removes a share).
    Returns the territory's quotas, whose `gap` shows any difference left."""
    with db.write() as s:
        current = {q.rep_id: q for q in s.execute(select(Quota).where(
            Quota.territory_id == territory_id, Quota.rep_id.is_not(None),
            Quota.measure == measure, Quota.period_start == period.start,
            Quota.period_end == period.end)).scalars()}
        for rep_id, amount in amounts.items():
            amount = _check_target(amount)
            q = current.get(rep_id)
            if amount == 0:
                if q is not None:
                    s.delete(q)
                continue
            if q is None:
                q = Quota(rep_id=rep_id, territory_id=territory_id, period_kind=period.kind,
                          period_start=period.start, period_end=period.end, measure=measure,
                          currency=currency)
                s.add(q)
            q.target = amount
    return territory_quotas(db, territory_id, period, measure)
