"""Demo key numbers: two years of daily numbers per rep with a weekly rhythm (weekends empty,
Friday lighter), public holidays, days nobody entered, goals, alert settings, team meetings and a
few one-on-ones.

Story reps (ctx.story_reps): 'dropping' — activity (CRM actions most of all) slides from seven weeks
before today to about 40% of normal, a month ahead of the sales drop the funnel shows; 'steady' —
the same numbers week in week out; 'volatile' — busy months and idle months in turn. Two other
reps stopped entering numbers a week ago (the 'no numbers' alert).
"""
from __future__ import annotations

import datetime as dt
import zlib
from itertools import repeat
from decimal import Decimal

import numpy as np
from sqlalchemy import insert

from models.db.activity import (ActivityGoal, ActivityWeekly, AlertSetting, Holiday, OneOnOne,
                                 TeamMeeting)
from models.db.audit import record_bulk
from models.demo.context import DemoContext
from models.domain.activity_goals import is_working_day
from models.services.activity import bulk_upsert

DAYS_BACK = 730   # two years
BLOCK_ROWS = 400_000  # rows audited as one bulk write (bulk_upsert's block elsewhere)
# metric id (seeded by the migration) -> typical count on a working day
TYPICAL = {1: 38.0, 2: 24.0, 3: 1.1, 4: 0.6, 5: 30.0, 6: 9.0, 7: 3.0, 8: 22.0}
WEEKDAY_FACTOR = [1.05, 1.1, 1.0, 1.0, 0.7, 0.0, 0.0]
DROP_WEEKS = 7


def public_holidays(start: dt.date, end: dt.date) -> list[tuple[dt.date, str]]:
    fixed = [(1, 1, "New Year's Day"), (5, 1, "Labour Day"), (8, 15, "Assumption Day"),
             (10, 28, "Ohi Day"), (12, 25, "Christmas Day"), (12, 26, "Boxing Day"),
             (6, 12, "Independence Day (Philippines)"), (8, 17, "Independence Day (Indonesia)")]
    out = []
    for year in range(start.year, end.year + 1):
        for month, day, name in fixed:
            d = dt.date(year, month, day)
            if start <= d <= end:
                out.append((d, name))
    return sorted(out)


def _counts(draw: np.random.Generator, mean: np.ndarray) -> np.ndarray:
    """A day's count around each mean: small counts as a few yes/no draws (binomial), larger ones
    spread like real tallies (normal, sd 0.9 × sqrt(mean)), never negative."""
    mean = np.maximum(mean, 0.0)
    tries = (mean * 3).astype(np.int64) + 1
    small = draw.binomial(tries, mean / tries)
    large = np.maximum(0, np.rint(draw.normal(mean, np.sqrt(mean) * 0.9)))
    return np.where(mean < 4, small, large)


def _weekly_rows(rep_id: int, metric_id: int, index: np.ndarray, values: np.ndarray,
                 week: np.ndarray, week_text: np.ndarray, day_text: np.ndarray) -> list[tuple]:
    """activity_weekly rows (rep_id, metric_id, week_start, total, days, last_day) of one rep's
    metric: total, days entered and last day per Monday week (what refresh_rollup's GROUP BY
    gives), from the days entered (`index`, ascending); the dates as their ISO text."""
    if not len(index):
        return []
    weeks = week[index]
    starts = np.flatnonzero(np.r_[True, weeks[1:] != weeks[:-1]])
    ends = np.r_[starts[1:], len(weeks)]
    totals = np.add.reduceat(values, starts)
    n = len(starts)
    return list(zip(repeat(rep_id, n), repeat(metric_id, n), week_text[weeks[starts]].tolist(),
                    totals.tolist(), (ends - starts).tolist(), day_text[index[ends - 1]].tolist()))


class _Writer:
    """Writes the days' numbers and their weekly rollup, audited a block at a time as the
    imports' bulk path (bulk_upsert) audits each file it writes.

    SQLite: each rep's rows go in as they are drawn, by the driver's executemany of plain tuples
    into the empty tables (the days' text made once per day; no upsert: nothing is there to
    replace), and a block's audit entry is written when it is full. Elsewhere the block goes
    through bulk_upsert, as an import does."""

    def __init__(self, conn, user: str, source: str, days: list[dt.date]):
        self.conn, self.user, self.source, self.days = conn, user, source, days
        self.sqlite = conn.dialect.name == "sqlite"
        self._new_block()

    def _new_block(self) -> None:
        self.rows = 0
        self.first, self.last = len(self.days), -1
        self._values: list[tuple] = []
        self._weekly: list[tuple] = []

    def add(self, values: list[tuple], weekly: list[tuple], first: int, last: int) -> None:
        """`values`: (rep_id, metric_id, day text, value) of one rep (the reps come in id order,
        so the rows append to the primary key's B-tree); `weekly`: their
        activity_weekly rows; `first`/`last`: indexes (into days) of the earliest and latest."""
        if not values:
            return
        self.rows += len(values)
        self.first, self.last = min(self.first, first), max(self.last, last)
        if not self.sqlite:
            self._values += values
            self._weekly += weekly
            return
        cursor = self.conn.connection.driver_connection.cursor()
        try:
            cursor.executemany("INSERT INTO activity_values (rep_id, metric_id, day, value) "
                               "VALUES (?, ?, ?, ?)", values)
            cursor.executemany("INSERT INTO activity_weekly (rep_id, metric_id, week_start, "
                               "total, days, last_day) VALUES (?, ?, ?, ?, ?, ?)", weekly)
        finally:
            cursor.close()

    def end_block(self) -> None:
        if not self.rows:
            return
        if self.sqlite:
            record_bulk(self.conn, "activity_values", "bulk_upsert", self.user,
                        summary={"rows": self.rows, "source": self.source,
                                 "from": self.days[self.first].isoformat(),
                                 "to": self.days[self.last].isoformat()})
        else:
            from models.demo.funnel import fast_insert
            day = {d.isoformat(): d for d in self.days}
            bulk_upsert(self.conn, [(r, m, day[d], v) for r, m, d, v in self._values],
                        user=self.user, source=self.source, refresh=False)
            fast_insert(self.conn, ActivityWeekly.__table__, [
                {"rep_id": r, "metric_id": m, "week_start": dt.date.fromisoformat(w),
                 "total": t, "days": n, "last_day": day[d]}
                for r, m, w, t, n, d in self._weekly])
        self._new_block()


def generate(ctx: DemoContext) -> None:
    rng = ctx.rng("activity")
    today, source = ctx.today, f"demo seed {ctx.seed}"
    start = today - dt.timedelta(days=DAYS_BACK)
    conn = ctx.connection

    holidays = public_holidays(start, today + dt.timedelta(days=120))
    conn.execute(insert(Holiday), [{"id": i + 1, "day": d, "name": n, "version": 1}
                                   for i, (d, n) in enumerate(holidays)])
    off = {d for d, _ in holidays}

    story = ctx.story_reps
    dropping, steady, volatile = story.get("dropping"), story.get("steady"), story.get("volatile")
    drop_start = today - dt.timedelta(weeks=DROP_WEEKS)
    sellers = [r for r in ctx.reps if r.manager_id is not None]
    quiet = [r.id for r in sellers if r.status == "active" and r.id not in story.values()][:2]
    quiet_since = today - dt.timedelta(days=8)

    # Numbers are drawn with numpy, a rep's whole history at a time, and written a block of reps
    # at a time (memory holds one block), each block audited as one bulk write like an import's.
    # Their weekly rollup is summed from the same arrays: bulk_upsert's own refresh re-reads and
    # groups every row just written, which took longer than writing them.
    draw = np.random.default_rng(ctx.seed * 1_000_003 + zlib.crc32(b"activity"))
    days = [start + dt.timedelta(days=i) for i in range(DAYS_BACK + 1)]
    day_text = np.array([d.isoformat() for d in days], dtype=object)
    ordinal = np.array([d.toordinal() for d in days])
    working = np.array([is_working_day(d, off) for d in days])
    weekday_factor = np.array([WEEKDAY_FACTOR[d.weekday()] for d in days])
    odd_month = np.array([d.month % 2 == 1 for d in days])
    slide = np.clip(np.array([(d - drop_start).days for d in days]) /
                    max(1, (today - drop_start).days), 0, None)
    after_drop = ordinal >= drop_start.toordinal()
    metrics = list(TYPICAL.items())
    monday = start - dt.timedelta(days=start.weekday())
    week = (ordinal - monday.toordinal()) // 7
    week_text = np.array([(monday + dt.timedelta(weeks=w)).isoformat()
                          for w in range(int(week[-1]) + 1)], dtype=object)
    writer = _Writer(conn, ctx.user, source, days)
    for done, rep in enumerate(sellers):
        first = max(start, rep.hire_date)
        last = min(today, rep.end_date) if rep.end_date else today
        if rep.status == "leave":
            last = min(last, today - dt.timedelta(days=30))
        if rep.id in quiet:
            last = quiet_since
        level = 0.95 if rep.id == steady else rng.uniform(0.7, 1.3)
        noise = 0.03 if rep.id == steady else 0.15
        skip = 0.0 if rep.id in (steady, dropping, volatile) else 0.02
        entered = (working & (ordinal >= first.toordinal()) & (ordinal <= last.toordinal())
                   & (draw.random(len(days)) >= skip))
        factor = level * weekday_factor * draw.uniform(1 - noise, 1 + noise, len(days))
        if rep.id == volatile:
            factor *= np.where(odd_month, 1.4, 0.55)
        if rep.id == dropping:
            factor *= np.where(after_drop, 1 - 0.6 * slide, 1.0)
        if rep.status == "onboarding":
            factor *= np.where(ordinal - rep.hire_date.toordinal() < 45, 0.5, 1.0)
        index = np.flatnonzero(entered)
        factor = factor[index]
        n = len(index)
        texts = day_text[index].tolist()
        values_rows: list[tuple] = []
        weekly: list[tuple] = []
        for metric_id, typical in metrics:
            mean = typical * factor
            if metric_id == 5 and rep.id == dropping:
                mean = mean * np.where(after_drop[index], 0.8, 1.0)  # CRM actions fall first
            values = (np.rint(mean) if rep.id == steady else _counts(draw, mean)).astype(np.int64)
            values_rows.extend(zip(repeat(rep.id, n), repeat(metric_id, n), texts, values.tolist()))
            weekly += _weekly_rows(rep.id, metric_id, index, values, week, week_text, day_text)
        if n:
            writer.add(values_rows, weekly, int(index[0]), int(index[-1]))
        if writer.rows >= BLOCK_ROWS:
            writer.end_block()
        ctx.advance((done + 1) / len(sellers))
    writer.end_block()

    # Goals: each team's default for CRM actions and calls; a few personal goals
    goals, goal_id = [], 100
    for team_id in ctx.team_ids:
        goals.append({"id": goal_id, "metric_id": 5, "team_id": team_id, "per": "day",
                      "target": Decimal(rng.choice([22, 25, 28])),
                      "effective_from": start, "note": "Team default", "version": 1})
        goal_id += 1
        goals.append({"id": goal_id, "metric_id": 1, "team_id": team_id, "per": "day",
                      "target": Decimal(rng.choice([30, 35])), "effective_from": start,
                      "note": "Team default", "version": 1})
        goal_id += 1
    conn.execute(insert(ActivityGoal), goals)
    record_bulk(conn, "activity_goals", "bulk_insert", ctx.user,
                summary={"rows": len(goals), "source": source})

    conn.execute(insert(AlertSetting), [{"id": 100 + t, "team_id": t,
                                         "drawdown_threshold": Decimal("0.70"),
                                         "baseline_weeks": 8, "missing_working_days": 3,
                                         "metric_keys": None, "version": 1}
                                        for t in ctx.team_ids[:1]])
    meetings = []
    for i, team_id in enumerate(ctx.team_ids):
        meetings.append({"id": 2 * i + 1, "team_id": team_id, "title": "Morning meeting",
                         "kind": "daily", "weekday": None, "start_time": "08:30",
                         "duration_minutes": 15, "starts_on": start, "location": None,
                         "version": 1})
        meetings.append({"id": 2 * i + 2, "team_id": team_id, "title": "Weekly planning",
                         "kind": "weekly", "weekday": 0, "start_time": "09:00",
                         "duration_minutes": 45, "starts_on": start, "location": None,
                         "version": 1})
    conn.execute(insert(TeamMeeting), meetings)

    # One-on-ones: a held one with the volatile rep, one planned with a quiet rep
    talks = []
    if volatile:
        talks.append({"id": 1, "rep_id": volatile, "scheduled_at": dt.datetime.combine(
            today - dt.timedelta(days=40), dt.time(16, 0)), "duration_minutes": 30,
            "agenda": "Why we meet:\n- Activity swings month to month", "status": "held",
            "reason": "Activity swings month to month",
            "notes": "Agreed a steady daily rhythm: 30 CRM actions every day.",
            "follow_up_on": today - dt.timedelta(days=10), "organiser": ctx.user,
            "created_at": dt.datetime.combine(today - dt.timedelta(days=45), dt.time(9, 0),
                                              tzinfo=dt.timezone.utc), "version": 1})
    if quiet:
        talks.append({"id": 2, "rep_id": quiet[0], "scheduled_at": dt.datetime.combine(
            today + dt.timedelta(days=2), dt.time(10, 0)), "duration_minutes": 30,
            "agenda": "Why we meet:\n- No numbers entered this week", "status": "scheduled",
            "reason": "No numbers entered this week", "notes": None, "follow_up_on": None,
            "organiser": ctx.user, "created_at": dt.datetime.combine(
                today, dt.time(9, 0), tzinfo=dt.timezone.utc), "version": 1})
    if talks:
        conn.execute(insert(OneOnOne), talks)
        if volatile:
            conn.execute(insert(ActivityGoal), [{
                "id": goal_id, "metric_id": 5, "rep_id": volatile, "per": "day",
                "target": Decimal(30), "effective_from": today - dt.timedelta(days=40),
                "note": "Agreed in a one-on-one", "one_on_one_id": 1, "version": 1}])
