"""Quotas: reading totals for other areas, setting, splitting and allocating them."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import select

from models.db.roster import Quota
from models.domain.quotas import Measure, PeriodKind, QuotaLine, totals_inside


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


def quota_targets(session, start: dt.date, end: dt.date, *, prorate: bool = False
                  ) -> dict[int, tuple[Decimal, str]]:
    """Each rep's total money quota for the periods inside [start, end]: {rep_id: (target, currency)}.

    `session` is an open SQLAlchemy session (e.g. `with db.read() as s`). A yearly quota split into
    quarters is counted once (the coarsest period kind inside the range is used per rep). Reps with
    no quota inside the range are left out, unless `prorate=True`, which gives them the day-share of
    the quotas overlapping the range (a monthly view of quarterly quotas).
    """
    return totals_inside(quota_lines(session, start, end), start, end, prorate_outside=prorate)
