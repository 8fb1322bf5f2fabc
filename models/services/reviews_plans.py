"""Improvement plans: put a rep on a 30/60/90-day plan with weekly targets and check-ins, record
the outcome, and read the plan's progress computed from the key numbers."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from typing import Iterable, Sequence

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from models.db.core import Rep
from models.db.database import Database
from models.db.errors import RepdeskError, ValidationError
from models.db.reviews import ImprovementPlan, PlanCheckIn, PlanTarget
from models.domain.improvement_plans import (PlanOutcome, PlanProgress, WeeklyTarget, plan_end,
                                             plan_progress, plan_weeks)
from models.i18n import _


@dataclass
class PlanView:
    id: int
    version: int
    rep_id: int
    start_date: dt.date
    end_date: dt.date
    length_days: int
    reason: str
    owner: str | None
    outcome: str
    outcome_on: dt.date | None
    outcome_note: str | None
    progress: PlanProgress
    check_ins: list[tuple[dt.date, bool, str]]
    numbers_source: str         # 'key numbers' or 'entered by hand'


def create_plan(db: Database, rep_id: int, start: dt.date, length_days: int, reason: str, *,
                targets: Sequence[WeeklyTarget], check_ins: Sequence[dt.date] = (),
                owner: str | None = None) -> int:
    if not reason.strip():
        raise ValidationError({"reason": _("say why the rep is put on a plan")})
    weeks = {n for n, _a, _b in plan_weeks(start, length_days)}
    end = plan_end(start, length_days)
    for t in targets:
        if t.week not in weeks:
            raise ValidationError({"targets": _("week {week} is outside a {length_days}-day "
                                                "plan").format(
                                                  week=t.week, length_days=length_days)})
    for day in check_ins:
        if not start <= day <= end:
            raise ValidationError({"check_ins": _("{day} is outside the plan ({start} to "
                                                  "{end})").format(
                                                    day=day, start=start, end=end)})
    with db.write() as s:
        if s.get(Rep, rep_id) is None:
            raise RepdeskError(_("Rep {rep_id} does not exist.").format(rep_id=rep_id))
        plan = ImprovementPlan(rep_id=rep_id, start_date=start, length_days=length_days,
                               reason=reason.strip(), owner=owner or db.user)
        s.add(plan)
        s.flush()
        for t in targets:
            s.add(PlanTarget(plan_id=plan.id, week=t.week, metric=t.metric, target=t.target))
        for day in sorted(check_ins):
            s.add(PlanCheckIn(plan_id=plan.id, scheduled_on=day))
        return plan.id


def set_outcome(db: Database, plan_id: int, outcome: PlanOutcome | str, on: dt.date,
                note: str | None = None, *, extend_days: int | None = None) -> None:
    outcome = PlanOutcome(outcome)
    with db.write() as s:
        plan = s.get(ImprovementPlan, plan_id)
        if plan is None:
            raise RepdeskError(_("Improvement plan {plan_id} does not exist.").format(
                                   plan_id=plan_id))
        if outcome is PlanOutcome.EXTENDED:
            new_length = extend_days or min(90, plan.length_days + 30)
            if new_length <= plan.length_days:
                raise ValidationError({"length": _("an extension needs a longer plan (at most "
                                                   "90 days)")})
            plan_end(plan.start_date, new_length)
            plan.length_days = new_length
        plan.outcome = outcome
        plan.outcome_on = on
        plan.outcome_note = (note or "").strip() or None


def record_actual(db: Database, plan_id: int, week: int, metric: str, actual: Decimal | None) -> None:
    """A week's number entered by hand (for a target the key numbers do not track)."""
    with db.write() as s:
        row = s.execute(select(PlanTarget).where(PlanTarget.plan_id == plan_id,
                                                 PlanTarget.week == week,
                                                 PlanTarget.metric == metric)).scalar_one_or_none()
        if row is None:
            raise RepdeskError(_("Plan {plan_id} has no target for {metric} in week "
                                 "{week}.").format(
                                   plan_id=plan_id, metric=metric, week=week))
        row.actual = actual


def _weekly_numbers(s: Session, plans: list[ImprovementPlan], metrics: set[str]
                    ) -> dict[tuple[int, str], dict[dt.date, int]] | None:
    """(rep_id, metric key) -> {day: value} from the key numbers, or None if that area is absent."""
    if not metrics or not inspect(s.connection()).has_table("activity_values"):
        return None
    try:
        from models.db.activity import ActivityMetric, ActivityValue
    except ImportError:
        return None
    ids = dict(s.execute(select(ActivityMetric.key, ActivityMetric.id)
                         .where(ActivityMetric.key.in_(metrics))).all())
    if not ids:
        return None
    first = min(p.start_date for p in plans)
    last = max(plan_end(p.start_date, p.length_days) for p in plans)
    by_id = {v: k for k, v in ids.items()}
    out: dict[tuple[int, str], dict[dt.date, int]] = defaultdict(dict)
    for rep_id, metric_id, day, value in s.execute(
            select(ActivityValue.rep_id, ActivityValue.metric_id, ActivityValue.day,
                   ActivityValue.value)
            .where(ActivityValue.rep_id.in_({p.rep_id for p in plans}),
                   ActivityValue.metric_id.in_(list(ids.values())),
                   ActivityValue.day.between(first, last))):
        out[(rep_id, by_id[metric_id])][day] = value
    return out


def plans_for(s: Session, rep_ids: Iterable[int], *, today: dt.date | None = None
              ) -> dict[int, list[PlanView]]:
    """Every plan of these reps with its progress on `today` (default: the plan's end, i.e. the
    whole plan as far as numbers exist)."""
    plans = list(s.scalars(select(ImprovementPlan).where(ImprovementPlan.rep_id.in_(set(rep_ids)))
                           .order_by(ImprovementPlan.start_date, ImprovementPlan.id)))
    if not plans:
        return {}
    ids = [p.id for p in plans]
    targets: dict[int, list[PlanTarget]] = defaultdict(list)
    for t in s.scalars(select(PlanTarget).where(PlanTarget.plan_id.in_(ids))):
        targets[t.plan_id].append(t)
    checkins: dict[int, list] = defaultdict(list)
    for c in s.scalars(select(PlanCheckIn).where(PlanCheckIn.plan_id.in_(ids))
                       .order_by(PlanCheckIn.scheduled_on)):
        checkins[c.plan_id].append((c.scheduled_on, c.held, c.note or ""))
    numbers = _weekly_numbers(s, plans, {t.metric for ts in targets.values() for t in ts})
    out: dict[int, list[PlanView]] = defaultdict(list)
    for p in plans:
        end = plan_end(p.start_date, p.length_days)
        actuals: dict[tuple[int, str], Decimal | None] = {}
        source = "entered by hand"
        for week, first, last in plan_weeks(p.start_date, p.length_days):
            for t in targets[p.id]:
                if t.week != week:
                    continue
                days = (numbers or {}).get((p.rep_id, t.metric))
                if days:
                    source = "key numbers"
                    actuals[(week, t.metric)] = Decimal(sum(v for d, v in days.items()
                                                            if first <= d <= last))
                elif t.actual is not None:
                    actuals[(week, t.metric)] = Decimal(t.actual)
        as_of = today or end + dt.timedelta(days=1)
        progress = plan_progress(p.start_date, p.length_days,
                                 [WeeklyTarget(t.week, t.metric, Decimal(t.target))
                                  for t in targets[p.id]], actuals, as_of)
        out[p.rep_id].append(PlanView(p.id, p.version, p.rep_id, p.start_date, end,
                                      p.length_days, p.reason, p.owner, str(p.outcome),
                                      p.outcome_on, p.outcome_note, progress, checkins[p.id],
                                      source))
    return out


def plans_of(db: Database, rep_id: int, *, today: dt.date | None = None) -> list[PlanView]:
    with db.read() as s:
        return plans_for(s, [rep_id], today=today).get(rep_id, [])
