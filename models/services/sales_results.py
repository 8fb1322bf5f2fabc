"""Sales results other areas read (roster, numbers, reviews, incentives): won and open pipeline per rep.

A won deal counts in the period of its close date (`closed_on`).
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.db.funnel import Deal, Stage
from models.domain.funnel import DealStatus

CENT = Decimal("0.01")


def won_by_rep(session: Session, start: dt.date, end: dt.date) -> dict[int, tuple[Decimal, int]]:
    """{rep_id: (won amount, won deal count)} for deals won with closed_on in [start, end]."""
    rows = session.execute(
        select(Deal.rep_id, func.coalesce(func.sum(Deal.amount), 0), func.count(Deal.id))
        .where(Deal.status == DealStatus.WON, Deal.closed_on >= start, Deal.closed_on <= end)
        .group_by(Deal.rep_id)).all()
    return {rep_id: (Decimal(total).quantize(CENT), int(count)) for rep_id, total, count in rows}


def open_weighted_by_rep(session: Session, expected_by: dt.date | None = None
                         ) -> dict[int, Decimal]:
    """{rep_id: sum of open deal amount x its stage's win probability}.

    With `expected_by` (a quarter's last day), only deals expected to close by then count: a
    deal the rep expects next quarter is no part of this quarter's forecast. A deal without an
    expected close date still counts (nothing says it falls outside), and so does one whose date
    has passed (it is late, not gone)."""
    stmt = (select(Deal.rep_id, func.coalesce(func.sum(Deal.amount * Stage.probability), 0))
            .join(Stage, Stage.id == Deal.stage_id)
            .where(Deal.status == DealStatus.OPEN))
    if expected_by is not None:
        stmt = stmt.where((Deal.expected_close.is_(None)) | (Deal.expected_close <= expected_by))
    rows = session.execute(stmt.group_by(Deal.rep_id)).all()
    return {rep_id: Decimal(total).quantize(CENT) for rep_id, total in rows}
