"""Scorecard results other areas read: the 'quality of selling' of a rep over a period.

Scores are fractions 0–1 (0.8125 = 81.25%): the plain average of the stored evaluation scores
(after the critical-question rule) with `evaluated_on` in [start, end]. None: no evaluation.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.db.quality import Evaluation
from models.domain.scoring import quantize


def quality_score(session: Session, rep_id: int, start: dt.date, end: dt.date) -> Decimal | None:
    """The rep's average evaluation score in [start, end], or None when there is none."""
    value = session.execute(
        select(func.avg(Evaluation.score))
        .where(Evaluation.rep_id == rep_id, Evaluation.evaluated_on >= start,
               Evaluation.evaluated_on <= end, Evaluation.score.is_not(None))).scalar()
    return None if value is None else quantize(Decimal(str(value)))


def quality_scores(session: Session, start: dt.date, end: dt.date,
                   rep_ids: Iterable[int] | None = None) -> dict[int, tuple[Decimal, int]]:
    """{rep_id: (average score, number of evaluations)} for every rep evaluated in [start, end]
    (one query; for roster columns and review batches)."""
    stmt = (select(Evaluation.rep_id, func.avg(Evaluation.score), func.count(Evaluation.id))
            .where(Evaluation.evaluated_on >= start, Evaluation.evaluated_on <= end,
                   Evaluation.score.is_not(None))
            .group_by(Evaluation.rep_id))
    if rep_ids is not None:
        stmt = stmt.where(Evaluation.rep_id.in_(list(rep_ids)))
    return {rep: (quantize(Decimal(str(avg))), int(n)) for rep, avg, n in session.execute(stmt)}
