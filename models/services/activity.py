"""Key numbers: the metrics, the daily values (entry grid saves and bulk loads), goals, holidays, and
the weekly rollup that every write keeps in step.

Daily values are bulk data: they are written with Core statements in one transaction, audited with
`record_bulk` (one audit row per cell for grid saves, a summary for bulk loads), and after each
write the touched weeks of `activity_weekly` are rebuilt from `activity_values` in the same
transaction, so the rollup can never disagree with the numbers.
"""
from __future__ import annotations

import datetime as dt
import io
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from operator import itemgetter
from typing import Iterable, Sequence

from sqlalchemy import and_, bindparam, delete, func, insert, select, text, update
from sqlalchemy.orm import Session

from models.db.activity import ActivityGoal, ActivityMetric, ActivityValue, ActivityWeekly
from models.db.audit import record_bulk
from models.db.core import Rep, Team
from models.db.database import Database
from models.db.errors import ConflictError, RepdeskError, ValidationError
from models.domain.activity_goals import Goal, goal_in_force, is_working_day, week_start
from models import formatting
from models.i18n import _

MAX_DAILY_VALUE = 100_000
BIG_LOAD = 100_000   # rows: after a load this size PostgreSQL gets fresh statistics


UNCHECKED = object()


@dataclass(frozen=True)
class MetricRow:
    id: int
    key: str
    name: str
    team_id: int | None
    sort_order: int


@dataclass(frozen=True)
class CellEdit:
    rep_id: int
    metric_id: int
    day: dt.date
    value: int | None       # None clears the cell
    expected: object = UNCHECKED   # the value the editor saw (None: empty); checked when given


@dataclass(frozen=True)
class RepBrief:
    id: int
    name: str
    team_id: int | None
    team: str | None
    status: str
    role: str = "sales_rep"


MANAGER_ROLES = ("sales_manager",)


# -- reading ---------------------------------------------------------------------------------------
def list_metrics(db: Database, team_id: int | None = None) -> list[MetricRow]:
    stmt = select(ActivityMetric).where(ActivityMetric.active.is_(True))
    if team_id is not None:
        stmt = stmt.where((ActivityMetric.team_id.is_(None)) | (ActivityMetric.team_id == team_id))
    with db.read() as s:
        rows = s.scalars(stmt.order_by(ActivityMetric.sort_order, ActivityMetric.id)).all()
        return [MetricRow(m.id, m.key, m.name, m.team_id, m.sort_order) for m in rows]


def metric_by_key(db: Database, key: str) -> MetricRow:
    for m in list_metrics(db):
        if m.key == key or m.name.lower() == key.lower():
            return m
    raise RepdeskError(_("There is no metric '{key}'.").format(key=key))


def add_metric(db: Database, key: str, name: str, team_id: int | None = None) -> MetricRow:
    key = key.strip().lower().replace(" ", "_")
    if not key or not name.strip():
        raise ValidationError({"name": _("a metric needs a key and a name")})
    with db.write() as s:
        if s.scalar(select(func.count()).where(ActivityMetric.key == key)):
            raise ValidationError({"key": _("a metric '{key}' already exists").format(key=key)})
        order = (s.scalar(select(func.max(ActivityMetric.sort_order))) or 0) + 10
        metric = ActivityMetric(key=key, name=name.strip(), team_id=team_id, sort_order=order)
        s.add(metric)
        s.flush()
        return MetricRow(metric.id, metric.key, metric.name, metric.team_id, metric.sort_order)


def list_reps(db: Database, team_id: int | None = None, *, include_departed: bool = False,
              include_managers: bool = False) -> list[RepBrief]:
    """The reps who enter key numbers (sales managers do not, unless asked for)."""
    stmt = (select(Rep.id, Rep.full_name, Rep.team_id, Team.name, Rep.status, Rep.role)
            .outerjoin(Team, Team.id == Rep.team_id).order_by(Rep.full_name, Rep.id))
    if team_id is not None:
        stmt = stmt.where(Rep.team_id == team_id)
    if not include_departed:
        stmt = stmt.where(Rep.status != "departed")
    if not include_managers:
        stmt = stmt.where(Rep.role.not_in(MANAGER_ROLES))
    with db.read() as s:
        return [RepBrief(r[0], r[1], r[2], r[3], str(getattr(r[4], "value", r[4])),
                         str(getattr(r[5], "value", r[5]))) for r in s.execute(stmt)]


def list_teams(db: Database) -> list[tuple[int, str]]:
    with db.read() as s:
        return [(r[0], r[1]) for r in s.execute(select(Team.id, Team.name).order_by(Team.name))]


def team_by_name(db: Database, name: str) -> int:
    for team_id, team_name in list_teams(db):
        if team_name.lower() == name.strip().lower() or str(team_id) == name.strip():
            return team_id
    raise RepdeskError(_("There is no team '{name}'.").format(name=name))


def holidays(db: Database, start: dt.date | None = None, end: dt.date | None = None, *,
             team_id: int | None = None) -> set[dt.date]:
    """Days off between the dates: the company-wide holidays, plus, for `team_id`, those of the
    team's country and its own (models.services.company.holidays_for_team)."""
    from models.services.company import holidays_for_team
    with db.read() as s:
        return holidays_for_team(s, team_id, start or dt.date.min, end or dt.date.max)


def load_goals(session: Session) -> list[Goal]:
    return [Goal(g.metric_id, g.per, Decimal(g.target), g.effective_from, g.rep_id, g.team_id)
            for g in session.scalars(select(ActivityGoal))]


def goals(db: Database) -> list[Goal]:
    with db.read() as s:
        return load_goals(s)


def set_goal(db: Database, metric_id: int, per: str, target: Decimal | int, effective_from: dt.date,
             *, rep_id: int | None = None, team_id: int | None = None, note: str | None = None,
             one_on_one_id: int | None = None, session: Session | None = None) -> int:
    if per not in ("day", "week"):
        raise ValidationError({"per": _("a goal is per day or per week")})
    if Decimal(target) < 0:
        raise ValidationError({"target": _("a goal cannot be negative")})
    if rep_id is not None and team_id is not None:
        raise ValidationError({"scope": _("a goal is for a rep or for a team, not both")})

    def write(s: Session) -> int:
        goal = ActivityGoal(metric_id=metric_id, per=per, target=Decimal(target),
                            effective_from=effective_from, rep_id=rep_id, team_id=team_id,
                            note=note, one_on_one_id=one_on_one_id)
        s.add(goal)
        s.flush()
        return goal.id

    if session is not None:
        return write(session)
    with db.write() as s:
        return write(s)


# -- the grid --------------------------------------------------------------------------------------
@dataclass
class GridData:
    """Values and daily goals for an entry grid. Keys are (rep_id, metric_id, day)."""
    reps: list[RepBrief]
    metrics: list[MetricRow]
    days: list[dt.date]
    values: dict[tuple[int, int, dt.date], int]
    goals: dict[tuple[int, int, dt.date], Decimal]   # the daily goal in force that day
    holidays: set[dt.date]        # the team's (the only rep's when one rep is asked for)
    weekdays: tuple[int, ...] = (0, 1, 2, 3, 4)   # the company's working weekdays, Monday = 0


def grid_data(db: Database, days: Sequence[dt.date], *, team_id: int | None = None,
              rep_ids: Sequence[int] | None = None) -> GridData:
    metrics = list_metrics(db, team_id)
    reps = list_reps(db, team_id)
    if rep_ids is not None:
        wanted = set(rep_ids)
        reps = [r for r in reps if r.id in wanted]
    ids = [r.id for r in reps]
    start, end = min(days), max(days)
    with db.read() as s:
        rows = s.execute(select(ActivityValue.rep_id, ActivityValue.metric_id, ActivityValue.day,
                                ActivityValue.value)
                         .where(ActivityValue.rep_id.in_(ids), ActivityValue.day >= start,
                                ActivityValue.day <= end)).all()
        all_goals = load_goals(s)
        from models.services.company import holidays_for_team, settings_in
        weekdays = settings_in(s).working_days
        # each rep's goal skips their own team's days off, not another team's
        off_by_team = {t: holidays_for_team(s, t, start, end)
                       for t in {team_id, *(r.team_id for r in reps)}}
    values = {(r[0], r[1], r[2]): r[3] for r in rows}
    goal_map: dict[tuple[int, int, dt.date], Decimal] = {}
    for rep in reps:
        for metric in metrics:
            for day in days:
                if not is_working_day(day, off_by_team[rep.team_id], weekdays):
                    continue
                goal = goal_in_force(all_goals, metric.id, rep.id, rep.team_id, day)
                if goal is not None:
                    goal_map[(rep.id, metric.id, day)] = goal.daily_in(weekdays)
    shown_team = reps[0].team_id if rep_ids is not None and len(reps) == 1 else team_id
    return GridData(reps, metrics, list(days), values, goal_map, off_by_team[shown_team],
                    tuple(weekdays))


def save_values(db: Database, edits: Iterable[CellEdit]) -> int:
    """Save grid cells in one transaction: insert, change or clear; each change audited old -> new.
    Returns the number of cells changed."""
    edits = list({(e.rep_id, e.metric_id, e.day): e for e in edits}.values())  # last edit wins
    problems = {}
    for e in edits:
        if e.value is not None and not 0 <= int(e.value) <= MAX_DAILY_VALUE:
            problems[f"{e.day} rep {e.rep_id}"] = _("{value} is not a count between 0 and "
                                                    "{most}").format(
                                                      value=e.value,
                                                      most=formatting.number(MAX_DAILY_VALUE))
    if problems:
        raise ValidationError(problems)
    if not edits:
        return 0
    with db.write() as s:
        conn = s.connection()
        check_references(conn, {e.rep_id for e in edits}, {e.metric_id for e in edits})
        keys = [(e.rep_id, e.metric_id, e.day) for e in edits]
        old: dict[tuple, int] = {}
        rep_ids = sorted({k[0] for k in keys})
        start, end = min(k[2] for k in keys), max(k[2] for k in keys)
        for r in conn.execute(select(ActivityValue.rep_id, ActivityValue.metric_id,
                                     ActivityValue.day, ActivityValue.value)
                              .where(ActivityValue.rep_id.in_(rep_ids),
                                     ActivityValue.day.between(start, end))):
            old[(r[0], r[1], r[2])] = r[3]
        changed_meanwhile = [
            (e, old.get((e.rep_id, e.metric_id, e.day))) for e in edits
            if e.expected is not UNCHECKED and old.get((e.rep_id, e.metric_id, e.day)) != e.expected
            and old.get((e.rep_id, e.metric_id, e.day)) != e.value]
        if changed_meanwhile:
            raise _cells_conflict(s, changed_meanwhile)
        inserts, updates, deletes, audit = [], [], [], []
        for e in edits:
            key = (e.rep_id, e.metric_id, e.day)
            before = old.get(key)
            after = None if e.value is None else int(e.value)
            if before == after:
                continue
            if after is None:
                deletes.append({"r": e.rep_id, "m": e.metric_id, "d": e.day})
            elif before is None:
                inserts.append({"rep_id": e.rep_id, "metric_id": e.metric_id, "day": e.day,
                                "value": after})
            else:
                updates.append({"r": e.rep_id, "m": e.metric_id, "d": e.day, "v": after})
            audit.append({"id": f"{e.rep_id}/{e.metric_id}/{e.day.isoformat()}",
                          "rep_id": e.rep_id, "metric_id": e.metric_id, "day": e.day,
                          "old": before, "value": after})
        t = ActivityValue.__table__
        match = and_(t.c.rep_id == bindparam("r"), t.c.metric_id == bindparam("m"),
                     t.c.day == bindparam("d"))
        if inserts:
            conn.execute(insert(t), inserts)
        if updates:
            conn.execute(update(t).where(match).values(value=bindparam("v")), updates)
        if deletes:
            conn.execute(delete(t).where(match), deletes)
        if audit:
            record_bulk(conn, "activity_values", "grid_save", s.info.get("user", "system"),
                        rows=audit)
            touched_reps = sorted({a["rep_id"] for a in audit})
            refresh_rollup(conn, min(a["day"] for a in audit), max(a["day"] for a in audit),
                           rep_ids=touched_reps)
        return len(audit)


def _cells_conflict(session: Session, cells) -> ConflictError:
    names = dict(session.execute(select(Rep.id, Rep.full_name)).all())
    metrics = dict(session.execute(select(ActivityMetric.id, ActivityMetric.name)).all())
    def shown(value) -> str:
        return _("empty") if value is None else formatting.number(value)
    lines = [_("{rep}, {metric}, {day}: now {now}, you had {had}").format(
                rep=names.get(e.rep_id, e.rep_id), metric=metrics.get(e.metric_id, e.metric_id),
                day=formatting.date(e.day), now=shown(now), had=shown(e.expected))
             for e, now in cells[:10]]
    if len(cells) > 10:
        lines.append(_("… and {n} more").format(n=formatting.number(len(cells) - 10)))
    return ConflictError(_("Someone saved these numbers meanwhile; nothing was saved. Reload to "
                           "see their values, then enter yours again:\n{lines}").format(
                               lines="\n".join(lines)),
                         current={(e.rep_id, e.metric_id, e.day): now for e, now in cells})


# -- the rollup ------------------------------------------------------------------------------------
def week_expr(dialect: str, column: str = "day") -> str:
    """SQL for the Monday of the week of a date column."""
    if dialect == "sqlite":
        return f"date({column}, 'weekday 0', '-6 days')"   # the next Sunday (or itself) - 6
    return f"CAST(date_trunc('week', {column}) AS DATE)"


def month_expr(dialect: str, column: str = "day") -> str:
    if dialect == "sqlite":
        return f"strftime('%Y-%m-01', {column})"
    return f"CAST(date_trunc('month', {column}) AS DATE)"


def refresh_rollup(conn, start: dt.date, end: dt.date, *, rep_ids: Sequence[int] | None = None
                   ) -> None:
    """Rebuild activity_weekly for the whole weeks around start..end (optionally for some reps)."""
    first = week_start(start)
    last = week_start(end) + dt.timedelta(days=6)
    dialect = conn.dialect.name
    rep_filter = ""
    params: dict = {"first": first, "last": last}
    if rep_ids is not None and len(rep_ids) <= 500:
        rep_filter = " AND rep_id IN ({})".format(",".join(str(int(r)) for r in rep_ids))
    conn.execute(text(f"DELETE FROM activity_weekly WHERE week_start BETWEEN :first AND :last"
                      f"{rep_filter}"), params)
    if dialect == "postgresql":
        # a big rebuild groups hundreds of thousands of rep-weeks: keep the hash in memory
        # (the 4 MB default spilled to disk and took several times longer)
        conn.execute(text("SET LOCAL work_mem = '64MB'"))
    week = week_expr(dialect)
    conn.execute(text(
        f"INSERT INTO activity_weekly (rep_id, metric_id, week_start, total, days, last_day) "
        f"SELECT rep_id, metric_id, {week}, SUM(value), COUNT(*), MAX(day) FROM activity_values "
        f"WHERE day BETWEEN :first AND :last{rep_filter} GROUP BY rep_id, metric_id, {week}"),
        params)


def rebuild_rollup(db: Database) -> None:
    with db.write() as s:
        conn = s.connection()
        span = conn.execute(select(func.min(ActivityValue.day), func.max(ActivityValue.day))).one()
        conn.execute(delete(ActivityWeekly))
        if span[0] is not None:
            refresh_rollup(conn, span[0], span[1])


# -- bulk loading ----------------------------------------------------------------------------------
def check_references(conn, rep_ids: set[int], metric_ids: set[int]) -> None:
    """The daily tables carry no foreign keys (for load speed): refuse unknown reps and metrics."""
    known_reps = set(conn.execute(select(Rep.id)).scalars())
    known_metrics = set(conn.execute(select(ActivityMetric.id)).scalars())
    missing_reps = sorted(set(rep_ids) - known_reps)
    missing_metrics = sorted(set(metric_ids) - known_metrics)
    if missing_reps or missing_metrics:
        parts = []
        if missing_reps:
            parts.append(_("no rep with id {ids}").format(
                ids=", ".join(map(str, missing_reps[:10]))))
        if missing_metrics:
            parts.append(_("no metric with id {ids}").format(
                ids=", ".join(map(str, missing_metrics[:10]))))
        raise RepdeskError(_("Nothing was saved: {problems}.").format(problems="; ".join(parts)))
def bulk_upsert(conn, rows: Sequence[tuple[int, int, dt.date, int]], *, user: str, source: str,
                refresh: bool = True) -> int:
    """Write (rep_id, metric_id, day, value) rows (each key once), replacing the value a cell
    already had, in the caller's transaction: raw sqlite3 executemany on SQLite, COPY into a
    staging table and one INSERT on PostgreSQL (see _copy_postgres). Then the touched weeks of
    the rollup are rebuilt and one summary audit row is written."""
    if not rows:
        return 0
    check_references(conn, {r[0] for r in rows}, {r[1] for r in rows})
    raw = conn.connection.driver_connection
    iso: dict[dt.date, str] = {}   # a few hundred distinct days: format each once

    def day_text(day: dt.date) -> str:
        text = iso.get(day)
        if text is None:
            text = iso[day] = day.isoformat()
        return text

    if conn.dialect.name == "sqlite":
        rows = sorted(rows, key=itemgetter(0, 1, 2))  # primary-key order: the B-tree appends
        cursor = raw.cursor()
        cursor.executemany(
            "INSERT INTO activity_values (rep_id, metric_id, day, value) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (rep_id, metric_id, day) DO UPDATE SET value = excluded.value",
            [(r, m, day_text(d), v) for r, m, d, v in rows])
        cursor.close()
    else:
        _copy_postgres(raw, rows, day_text)
    days = [r[2] for r in rows]
    if conn.dialect.name == "postgresql" and len(rows) >= BIG_LOAD and conn.execute(text(
            "SELECT pg_has_role(relowner, 'USAGE') FROM pg_class "
            "WHERE oid = 'activity_values'::regclass")).scalar():
        # fresh statistics for the rollup's plan (only the tables' owner may take them; people's
        # logins leave it to autovacuum)
        conn.execute(text("ANALYZE activity_values"))
    if refresh:
        rep_ids = sorted({r[0] for r in rows})
        refresh_rollup(conn, min(days), max(days), rep_ids=rep_ids)
    record_bulk(conn, "activity_values", "bulk_upsert", user,
                summary={"rows": len(rows), "source": source, "from": min(days).isoformat(),
                         "to": max(days).isoformat()})
    return len(rows)


def _copy_rows(cursor, table: str, rows, day_text) -> None:
    with cursor.copy(f"COPY {table} (rep_id, metric_id, day, value) FROM STDIN") as cp:
        buffer = io.StringIO()
        for r, m, d, v in rows:
            buffer.write(f"{r}\t{m}\t{day_text(d)}\t{v}\n")
            if buffer.tell() > 1 << 20:
                cp.write(buffer.getvalue())
                buffer = io.StringIO()
        cp.write(buffer.getvalue())


STAGING = "activity_values_load"


def _copy_postgres(raw, rows, day_text) -> None:
    """COPY the rows into a temporary staging table, then one INSERT … SELECT … ON CONFLICT into
    activity_values.

    The people's logins are held to row-level security, and PostgreSQL refuses COPY FROM into a
    table with row security (only superusers and the BYPASSRLS kind could COPY straight in). A
    temporary table has no policies; the INSERT into the real table is checked against them row
    by row like any other write, so a sales manager's file may only hold their own teams' reps.
    A cell that already holds the same value is left alone (re-importing a file rewrites
    nothing)."""
    with raw.cursor() as cursor:
        cursor.execute(f"DROP TABLE IF EXISTS pg_temp.{STAGING}")
        cursor.execute(f"CREATE TEMP TABLE {STAGING} (LIKE activity_values INCLUDING DEFAULTS) "
                       "ON COMMIT DROP")
        _copy_rows(cursor, STAGING, rows, day_text)
        cursor.execute(
            "INSERT INTO activity_values AS v (rep_id, metric_id, day, value) "
            f"SELECT rep_id, metric_id, day, value FROM {STAGING} "
            "ON CONFLICT (rep_id, metric_id, day) DO UPDATE SET value = EXCLUDED.value "
            "WHERE v.value IS DISTINCT FROM EXCLUDED.value")
        cursor.execute(f"DROP TABLE pg_temp.{STAGING}")


def last_entry_by_rep(session: Session) -> dict[int, dt.date]:
    """The latest day each rep entered anything (from the rollup: a few rows per rep-week)."""
    return {r[0]: _as_date(r[1]) for r in session.execute(
        select(ActivityWeekly.rep_id, func.max(ActivityWeekly.last_day))
        .group_by(ActivityWeekly.rep_id))}


def _as_date(value) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def weekly_totals(session: Session, metric_ids: Sequence[int], first_week: dt.date,
                  last_week: dt.date, rep_ids: Sequence[int] | None = None
                  ) -> dict[tuple[int, int], dict[dt.date, int]]:
    """(rep_id, metric_id) -> {week_start: total} from the rollup."""
    stmt = (select(ActivityWeekly.rep_id, ActivityWeekly.metric_id, ActivityWeekly.week_start,
                   ActivityWeekly.total)
            .where(ActivityWeekly.metric_id.in_(list(metric_ids)),
                   ActivityWeekly.week_start.between(first_week, last_week)))
    if rep_ids is not None:
        stmt = stmt.where(ActivityWeekly.rep_id.in_(list(rep_ids)))
    out: dict[tuple[int, int], dict[dt.date, int]] = defaultdict(dict)
    for r in session.execute(stmt):
        out[(r[0], r[1])][r[2]] = r[3]
    return out
