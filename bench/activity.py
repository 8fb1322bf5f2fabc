"""Key numbers at scale, on SQLite and PostgreSQL, plus the 1M-point chart.

- Import speed: `bulk_upsert` (raw sqlite3 executemany / PostgreSQL COPY, then the rollup rebuild)
  of N daily rows; baseline: SQLAlchemy Core executemany of N/10 rows, scaled to N.
- Trends: company and team weekly trends raw vs from the rollup, one rep's trend through the key,
  the rep × week leaderboard raw vs from the rollup.
- Chart: 1M points, first render and a pan frame, with clip-to-view + peak downsampling vs the
  pyqtgraph defaults.

N defaults to 1,000,000 (2,000 reps × 500 working days of one metric) so a run stays within a
couple of minutes; REPDESK_BENCH_ACTIVITY_ROWS=10000000 measures the issue's 10M targets.
"""
from __future__ import annotations

import datetime as dt
import os
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import insert, text

NAME = "activity"


def at_10m(target: str) -> dict:
    """A target stated for 10M rows: shown, and checked only when 10M rows were measured."""
    return {"target": target, "limit": None if ROWS >= 10_000_000 else -1}
ROWS = int(os.environ.get("REPDESK_BENCH_ACTIVITY_ROWS", "1000000"))
REPS = 2000


def _ms(fn, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _rows(n: int, reps: int = REPS, metric_id: int = 2, rep_offset: int = 0):
    days_needed = -(-n // reps)
    day, days = dt.date(2024, 1, 1), []
    while len(days) < days_needed:
        if day.weekday() < 5:
            days.append(day)
        day += dt.timedelta(days=1)
    out = []
    for rep in range(1, reps + 1):
        base = 15 + rep % 20
        for i, d in enumerate(days):
            out.append((rep + rep_offset, metric_id, d, base + (i * 7 + rep) % 11))
            if len(out) == n:
                return out
    return out


def _seed_people(db, reps: int) -> None:
    from models.db.core import Rep, Team
    with db.write() as s:
        conn = s.connection()
        conn.execute(insert(Team), [{"id": t, "name": f"Team {t}", "version": 1,
                                     "sales_model": "island", "quarters_to_reach_quota": 2}
                                    for t in range(1, reps // 12 + 2)])
        conn.execute(insert(Rep), [{"id": r, "full_name": f"Rep {r}", "team_id": r // 12 + 1,
                                    "status": "active", "version": 1} for r in range(1, reps + 1)])


def _bench_database(report, db, label: str) -> None:
    from models.services.activity import bulk_upsert, week_expr
    from models.db.activity import ActivityValue
    _seed_people(db, REPS)
    rows = _rows(ROWS)

    # baseline: Core executemany of a twentieth, into another metric, scaled up
    base_rows = [{"rep_id": r, "metric_id": 3, "day": d, "value": v}
                 for r, _m, d, v in _rows(ROWS // 20)]
    start = time.perf_counter()
    with db.write() as s:
        s.connection().execute(insert(ActivityValue), base_rows)
    core_ms = (time.perf_counter() - start) * 1000 * 20
    with db.write() as s:
        s.connection().execute(text("DELETE FROM activity_values WHERE metric_id = 3"))

    start = time.perf_counter()
    with db.write() as s:
        bulk_upsert(s.connection(), rows, user="bench", source="bench", refresh=False)
    write_ms = (time.perf_counter() - start) * 1000
    report.figure(NAME, f"{label}: import {ROWS:,} rows (bulk write)", write_ms,
                  baseline=f"Core executemany (scaled, {core_ms:,.0f} ms)", baseline_ms=core_ms,
                  target="≤ 3,000 ms at 1M" if ROWS == 1_000_000 else "")
    from models.services.activity import rebuild_rollup
    start = time.perf_counter()
    rebuild_rollup(db)
    rollup_ms = (time.perf_counter() - start) * 1000
    report.figure(NAME, f"{label}: rebuild weekly rollup", rollup_ms,
                  baseline="bulk write", baseline_ms=write_ms)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
        conn.commit()

    week = week_expr(db.backend, "v.day")
    team = 42
    with db.engine.connect() as conn:
        def q(sql, **params):
            return lambda: conn.execute(text(sql), params).all()
        raw_all = _ms(q(f"SELECT {week}, SUM(v.value) FROM activity_values v WHERE v.metric_id = 2 "
                        f"GROUP BY {week}"), 1 if ROWS > 2_000_000 else 3)
        roll_all = _ms(q("SELECT week_start, SUM(total) FROM activity_weekly WHERE metric_id = 2 "
                         "GROUP BY week_start"))
        report.figure(NAME, f"{label}: company weekly trend, rollup", roll_all,
                      baseline="raw", baseline_ms=raw_all, **at_10m("≤ 150 ms at 10M"))
        raw_team = _ms(q(f"SELECT {week}, SUM(v.value) FROM activity_values v JOIN reps p ON "
                         f"p.id = v.rep_id WHERE p.team_id = :t AND v.metric_id = 2 GROUP BY {week}",
                         t=team))
        roll_team = _ms(q("SELECT v.week_start, SUM(v.total) FROM activity_weekly v JOIN reps p "
                          "ON p.id = v.rep_id WHERE p.team_id = :t AND v.metric_id = 2 "
                          "GROUP BY v.week_start", t=team))
        report.figure(NAME, f"{label}: team weekly trend, rollup", roll_team,
                      baseline="raw", baseline_ms=raw_team, **at_10m("≤ 150 ms at 10M"))
        one_rep = _ms(q("SELECT day, value FROM activity_values WHERE rep_id = :r AND "
                        "metric_id = 2 AND day BETWEEN :s AND :e", r=777, s=dt.date(2024, 1, 1),
                        e=dt.date(2026, 12, 31)))
        report.figure(NAME, f"{label}: one rep's daily trend (key)", one_rep,
                      baseline="team weekly trend, rollup", baseline_ms=roll_team,
                      **at_10m("≤ 10 ms at 10M"))
        last_day = rows[-1][2]
        first_week = last_day - dt.timedelta(weeks=13)
        raw_board = _ms(q(f"SELECT v.rep_id, {week}, SUM(v.value) FROM activity_values v "
                          f"WHERE v.metric_id = 2 AND v.day > :s GROUP BY v.rep_id, {week}",
                          s=first_week), 1)
        roll_board = _ms(q("SELECT rep_id, week_start, total FROM activity_weekly WHERE "
                           "metric_id = 2 AND week_start > :s ORDER BY rep_id, week_start",
                           s=first_week))
        report.figure(NAME, f"{label}: rep × week leaderboard (13 weeks), rollup", roll_board,
                      baseline="raw", baseline_ms=raw_board, **at_10m("≤ 1,000 ms at 10M"))


def _bench_sqlite(report) -> None:
    from models.db.migrate import open_database
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(str(Path(tmp) / "bench.sqlite"), user="bench")
        try:
            _bench_database(report, db, "SQLite")
        finally:
            db.dispose()


BENCH_LOGIN = "repdesk_bench_admin"


def _bench_postgres(report) -> None:
    """As people use the server: an owner login (no superuser) makes the schema, and the figures
    are taken as an admin's own login, under row-level security and the server's audit trigger.
    The superuser only creates and drops the database and the two logins."""
    from bench.pg_database import as_login, server_problem, throwaway_database
    from models.db.migrate import open_database
    problem = server_problem()
    if problem:  # no server
        print(f"{NAME}: PostgreSQL skipped ({problem})")
        return
    with throwaway_database(BENCH_LOGIN) as url:
        db = open_database(as_login(url, BENCH_LOGIN))
        try:
            _bench_database(report, db, "PostgreSQL (admin login)")
        finally:
            db.dispose()

def _bench_chart(report) -> None:
    import numpy as np
    import pyqtgraph as pg
    from PySide6.QtWidgets import QApplication

    from widgets.charts import TrendChart, configure_fast

    app = QApplication.instance() or QApplication([])
    n = 1_000_000
    xs = np.arange(n, dtype=float) * 86400.0 + 1.6e9
    ys = np.cumsum(np.random.default_rng(7).normal(size=n))

    def measure(kind: str) -> tuple[float, float]:
        if kind == "chart":
            chart = TrendChart()
            widget, plot = chart, chart.plot
        else:
            widget = pg.PlotWidget()
            plot = widget.getPlotItem()
            if kind == "fast":
                configure_fast(plot)
        widget.resize(1200, 700)
        widget.show()
        app.processEvents()
        start = time.perf_counter()
        if kind == "chart":
            chart.add_arrays("series", xs, ys)
        else:
            plot.plot(xs, ys)
        widget.grab()
        first = (time.perf_counter() - start) * 1000
        frames = []
        for i in range(7):
            plot.setXRange(xs[0] + i * 1e7, xs[0] + i * 1e7 + 3e9, padding=0)
            t0 = time.perf_counter()
            widget.grab()
            frames.append((time.perf_counter() - t0) * 1000)
        widget.close()
        widget.deleteLater()
        app.processEvents()
        return first, statistics.median(frames)

    default_first, default_pan = measure("default")
    for kind, label in (("fast", "PlotItem clip-to-view + peak downsampling"),
                        ("chart", "TrendChart (date axis, grid, legend, hover)")):
        first, pan = measure(kind)
        report.figure(NAME, f"1M points, {label}: first render", first,
                      baseline="pyqtgraph defaults", baseline_ms=default_first, target="≤ 60 ms")
        report.figure(NAME, f"1M points, {label}: pan/zoom frame", pan,
                      baseline="pyqtgraph defaults", baseline_ms=default_pan, target="≤ 16 ms")


def run(report) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _bench_sqlite(report)
    _bench_postgres(report)
    _bench_chart(report)


if __name__ == "__main__":
    from bench.__main__ import Report
    run(Report())
