"""Trend series for the charts, computed in the database.

- week buckets come from the `activity_weekly` rollup (a team's weekly trend over 10M daily rows
  reads a few thousand rollup rows instead);
- day buckets read `activity_values` through its (rep, metric, day) key / (metric, day) index;
- month buckets sum the rollup's weeks by the month of their Monday for a team, and the raw days
  for one rep (exact month edges).
The goal line is the goal in force summed over each bucket's working days (per rep, or the sum of
the reps' goals for a team).
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from typing import Sequence

from sqlalchemy import func, literal_column, select

from models.db.activity import ActivityValue, ActivityWeekly
from models.db.core import Rep
from models import formatting
from models.db.database import Database
from models.domain.activity_goals import (month_of, target_for, week_start, working_days)
from models.i18n import _
from models.services.activity import holidays, list_reps, load_goals, month_expr
from models.services.company import company_settings, holidays_for_team, settings_in

BUCKETS = ("day", "week", "month")


@dataclass(frozen=True)
class Series:
    label: str
    points: list[tuple[dt.date, float]]       # bucket start, value
    goal: list[tuple[dt.date, float]]         # bucket start, goal (empty: no goal)
    note: str = ""                            # how to read the last point, when it is special


def buckets(start: dt.date, end: dt.date, bucket: str) -> list[tuple[dt.date, dt.date]]:
    out = []
    if bucket == "day":
        day = start
        while day <= end:
            out.append((day, day))
            day += dt.timedelta(days=1)
    elif bucket == "week":
        day = week_start(start)
        while day <= end:
            out.append((day, day + dt.timedelta(days=6)))
            day += dt.timedelta(weeks=1)
    else:
        day = start.replace(day=1)
        while day <= end:
            m = month_of(day)
            out.append((m.start, m.end))
            day = m.end + dt.timedelta(days=1)
    return out


def _as_date(value) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def series_query(db: Database, metric_id: int, start: dt.date, end: dt.date, bucket: str, *,
                 rep_id: int | None = None, team_id: int | None = None) -> dict[dt.date, float]:
    """{bucket start: total} for one rep, one team, or everyone (everyone a session may read:
    written with the mapped classes, so a manager's read scope on SQLite applies too)."""
    if bucket == "day" or (bucket == "month" and rep_id is not None):
        table, amount, day = ActivityValue, ActivityValue.value, ActivityValue.day
        first = start.replace(day=1) if bucket == "month" else start
    else:
        table, amount, day = ActivityWeekly, ActivityWeekly.total, ActivityWeekly.week_start
        first = week_start(start.replace(day=1) if bucket == "month" else start)
    key = day if bucket != "month" else literal_column(month_expr(db.backend, day.expression.name))
    stmt = (select(key, func.sum(amount)).where(table.metric_id == metric_id,
                                                day.between(first, end))
            .group_by(key))
    if rep_id is not None:
        stmt = stmt.where(table.rep_id == rep_id)
    if team_id is not None:
        stmt = stmt.join(Rep, Rep.id == table.rep_id).where(Rep.team_id == team_id)
    with db.read() as s:
        return {_as_date(r[0]): float(r[1]) for r in s.execute(stmt)}


def goal_line(db: Database, metric_id: int, bucket_list: Sequence[tuple[dt.date, dt.date]], *,
              rep_ids: Sequence[int], team_of: dict[int, int | None]) -> list[tuple[dt.date, float]]:
    if not bucket_list:
        return []
    first_day, last_day = bucket_list[0][0], bucket_list[-1][1]
    with db.read() as s:
        goals = [g for g in load_goals(s) if g.metric_id == metric_id]
        if not goals:
            return []
        weekdays = settings_in(s).working_days
        # each team's own days off: a team's holiday lowers only that team's goal
        off = {t: holidays_for_team(s, t, first_day, last_day)
               for t in {None, *(team_of.get(r) for r in rep_ids)}}
    # Reps without a goal of their own share their team's goals: work each team's target out once
    # and count its reps (a company of 2,000 reps over two years was 200,000 target_for calls).
    personal = {g.rep_id for g in goals if g.rep_id is not None}
    groups = Counter((rep_id if rep_id in personal else None, team_of.get(rep_id))
                     for rep_id in rep_ids)
    # Teams whose goals have the same figures (in the same order) and the same days off have the
    # same target: one target_for per such shape and bucket.
    shapes: dict[tuple, list] = {}
    for (rep_id, team_id), count in groups.items():
        scoped = [g for g in goals if g.rep_id in (None, rep_id) and g.team_id in (None, team_id)]
        shape = tuple((g.per, g.target, g.effective_from, g.scope_rank,
                       g.rep_id is not None and g.team_id is not None) for g in scoped) \
            + (frozenset(off[team_id]),)
        if shape in shapes:
            shapes[shape][-1] += count
        else:
            shapes[shape] = [scoped, rep_id, team_id, count]
    out = []
    for first, last in bucket_list:
        if not working_days(first, last, off[None], weekdays):
            continue
        total = Decimal(0)
        for scoped, rep_id, team_id, count in shapes.values():
            t = target_for(scoped, metric_id, rep_id, team_id, first, last, off[team_id],
                           weekdays)
            total += (t or 0) * count
        out.append((first, float(total)))
    return out


def trend(db: Database, metric_id: int, start: dt.date, end: dt.date, bucket: str = "week", *,
          rep_ids: Sequence[int] = (), team_id: int | None = None, with_goal: bool = True
          ) -> list[Series]:
    """One series per rep in `rep_ids` (overlay), else one for the team (or everyone)."""
    if bucket not in BUCKETS:
        raise ValueError(bucket)
    reps = list_reps(db, include_departed=True, include_managers=True)
    names = {r.id: r.name for r in reps}
    team_of = {r.id: r.team_id for r in reps}
    bucket_list = buckets(start, end, bucket)
    out = []
    if rep_ids:
        for rep_id in rep_ids:
            values = series_query(db, metric_id, start, end, bucket, rep_id=rep_id)
            goal = goal_line(db, metric_id, bucket_list, rep_ids=[rep_id], team_of=team_of) \
                if with_goal and len(rep_ids) == 1 else []
            out.append(Series(names.get(rep_id, str(rep_id)),
                              [(b, values.get(b, 0.0)) for b, _unused in bucket_list], goal))
        return out
    values = series_query(db, metric_id, start, end, bucket, team_id=team_id)
    members = [r.id for r in list_reps(db, team_id)]
    goal = goal_line(db, metric_id, bucket_list, rep_ids=members, team_of=team_of) \
        if with_goal else []
    label = "Everyone" if team_id is None else next(
        (r.team for r in reps if r.team_id == team_id), str(team_id))
    out.append(Series(label or "Team", [(b, values.get(b, 0.0)) for b, _unused in bucket_list], goal))
    return out


def leaderboard(db: Database, metric_id: int, first_week: dt.date, last_week: dt.date, *,
                team_id: int | None = None) -> list[tuple[int, dt.date, int]]:
    """Rep × week totals from the rollup: (rep_id, week_start, total)."""
    w = ActivityWeekly
    stmt = (select(w.rep_id, w.week_start, w.total)
            .where(w.metric_id == metric_id, w.week_start.between(week_start(first_week), last_week))
            .order_by(w.rep_id, w.week_start))
    if team_id is not None:
        stmt = stmt.join(Rep, Rep.id == w.rep_id).where(Rep.team_id == team_id)
    with db.read() as s:
        return [(r[0], _as_date(r[1]), int(r[2])) for r in s.execute(stmt)]


def quota_trend(db: Database, end: dt.date, quarters: int = 8, *, rep_ids: Sequence[int] = (),
                team_id: int | None = None) -> list[Series]:
    """Quota attainment (%) by quarter, per rep in `rep_ids` or for the team; goal line at 100%.
    Empty when the quotas and funnel areas are not in this database."""
    from models.domain.activity_goals import attainment, quarter_of
    from models.services.activity_kpi import _safe, _sales
    sales = _sales(db)
    if sales is None:
        return []
    won_by_rep, _open, quota_targets = sales
    periods, q = [], quarter_of(end)
    for _unused in range(quarters):
        periods.append(q)
        q = quarter_of(q.start - dt.timedelta(days=1))
    periods.reverse()
    per_quarter = [(p, _safe(db, won_by_rep, p.start, p.end), _safe(db, quota_targets, p.start,
                                                                     p.end)) for p in periods]
    reps = list_reps(db, include_departed=True)
    names = {r.id: r.name for r in reps}
    groups = [(names.get(r, str(r)), [r]) for r in rep_ids] or [
        ("Everyone" if team_id is None else next((r.team for r in reps if r.team_id == team_id),
                                                 "Team"),
         [r.id for r in reps if team_id is None or r.team_id == team_id])]
    # The quarter still running is measured against the share of its quota due by `end` (by
    # working days): against the full quota it would plunge every time, a dip that is only
    # the calendar.
    running = per_quarter[-1][0] if per_quarter and per_quarter[-1][0].end > end else None
    share = Decimal(1)
    note = ""
    if running is not None:
        from models.services.activity_kpi import quarter_elapsed_share
        share = quarter_elapsed_share(end, holidays(db, running.start, running.end),
                                      company_settings(db).working_days)
        note = _("{period} to date: measured against {share} of its quota, the share due by "
                 "{day}").format(period=running.label, share=formatting.percent(share, 0),
                                 day=formatting.date(end))
    out = []
    for label, members in groups:
        points = []
        for p, won, targets in per_quarter:
            target = sum((targets[m][0] for m in members if m in targets), Decimal(0))
            if p is running:
                target *= share
            amount = sum((won.get(m, (Decimal(0), 0))[0] for m in members), Decimal(0))
            ratio = attainment(amount, target) if target else None
            if ratio is not None:
                points.append((p.start, float(ratio) * 100))
        out.append(Series(label, points, [(p.start, 100.0) for p, _unused, _unused in per_quarter], note))
    return out


def conversion_trend(db: Database, end: dt.date, months: int = 12, *,
                     rep_ids: Sequence[int] = (), team_id: int | None = None,
                     ratio: str = "lead_to_won_pct") -> list[Series]:
    """Funnel conversion (%) by month from the funnel area's KPIs, per rep or for the team.
    Empty when the funnel area is not in this database."""
    try:
        from models.services.funnel_kpis import funnel_kpis
    except ImportError:
        return []
    periods, first = [], end.replace(day=1)
    for _unused in range(months):
        periods.append(month_of(first))
        first = (first - dt.timedelta(days=1)).replace(day=1)
    periods.reverse()
    names = {r.id: r.name for r in list_reps(db, include_departed=True, include_managers=True)}
    labels = [names.get(r, str(r)) for r in rep_ids] or ["Team" if team_id else "Everyone"]
    points: list[list[tuple[dt.date, float]]] = [[] for _unused in labels]
    for p in periods:
        try:
            if rep_ids:
                rows = {row.key: row.kpis for row in funnel_kpis(db, p.start, p.end, by="rep",
                                                                  team_id=team_id)}
                values = [getattr(rows[r], ratio) if r in rows else None for r in rep_ids]
            else:
                rows = funnel_kpis(db, p.start, p.end, by="team" if team_id else "company",
                                   team_id=team_id)
                values = [getattr(rows[0].kpis, ratio) if rows else None]
        except Exception:   # a database without the funnel tables
            return []
        for i, value in enumerate(values):
            if value is not None:
                points[i].append((p.start, float(value)))
    return [Series(label, pts, []) for label, pts in zip(labels, points)]
