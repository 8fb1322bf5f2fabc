"""The bench's standard dataset: a real-size company (`repdesk demo --reps 2000`: two years of
history) and what its users wait for, end to end, on SQLite.

- Generation: `repdesk demo` in its own process, wall time and peak resident memory, at 2,000 reps
  and at 10,000 reps (both cached between runs, see below; the first run generates them, some
  ten minutes at 10,000 reps; `BENCH_ARGS="company --no-big"` or REPDESK_BENCH_BIG=0 leaves the
  10,000-rep company out) and at 300 reps (`make run`'s demo, every run). Floor: raw sqlite3
  executemany of as many rows as the company holds, measured in the same run (the cost of only
  writing them).
- Start: process start -> first page filled with its data (bench/page_probe.py drives the real
  window). Floor: a bare PySide6 window painted.
- Pages: each page opened from the sidebar until its data is shown, then its main filter changed
  until the data is shown again; the window's resident memory after every page was visited.
- Trends on the company's daily values; review PDFs of one cycle read from the company and
  written by two processes (what `repdesk reviews pdf` does), with the profile of one review.

The 2,000-rep company is kept in ~/.cache/repdesk-bench (REPDESK_BENCH_CACHE), keyed by a hash of
the generator's and the schema's source, with the figures of the run that generated it; those
figures are printed with the date they were measured.
"""
from __future__ import annotations

import cProfile
import datetime as dt
import hashlib
import io
import json
import os
import pstats
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

NAME = "company"
REPS = 2000
BIG_REPS = 10_000
SEED = 42
TODAY = dt.date(2026, 11, 23)
USER = "bench"
STARTS = 3              # window starts measured (after one that warms the file cache)
REVIEWS = int(os.environ.get("REPDESK_BENCH_REVIEWS", "500"))
ROOT = Path(__file__).resolve().parent.parent
CACHE = Path(os.environ.get("REPDESK_BENCH_CACHE", Path.home() / ".cache" / "repdesk-bench"))
# target (limit) per size: seconds, peak MB
GENERATION_TARGETS = {300: (5, None), REPS: (30, 1536), BIG_REPS: (150, 4096)}


def generator_version() -> str:
    """Changes whenever the generator or the schema changes (a faster write path writes the same
    company: it does not make a new one)."""
    digest = hashlib.sha1()
    sources = sorted((ROOT / "models" / "demo").glob("*.py"))
    sources += sorted((ROOT / "models" / "migrations" / "versions").glob("*.py"))
    for source in sources:
        digest.update(source.name.encode())
        digest.update(source.read_bytes())
    return digest.hexdigest()[:12]


def table_rows(path: Path) -> dict[str, int]:
    con = sqlite3.connect(path)
    try:
        names = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        return {n: con.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
    finally:
        con.close()


def raw_insert_floor_s(rows: int, sample: int = 500_000) -> float:
    """Seconds raw sqlite3 executemany takes for `rows` 4-column rows (measured on `sample`)."""
    with tempfile.TemporaryDirectory() as folder:
        con = sqlite3.connect(Path(folder) / "floor.sqlite", isolation_level=None)
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("CREATE TABLE t (a INTEGER, b INTEGER, c TEXT, d INTEGER, "
                    "PRIMARY KEY (a, b, c)) WITHOUT ROWID")
        days = [(dt.date(2024, 1, 1) + dt.timedelta(days=d)).isoformat() for d in range(500)]
        data = [(i // 4000, i % 8, days[(i // 8) % 500], i % 50)
                for i in range(sample)]
        data.sort()
        start = time.perf_counter()
        con.execute("BEGIN")
        con.executemany("INSERT INTO t VALUES (?, ?, ?, ?)", data)
        con.execute("COMMIT")
        elapsed = time.perf_counter() - start
        con.close()
    return elapsed * rows / sample


def run_demo(db: str, login: str, reps: int) -> tuple[float, float]:
    """`repdesk demo --reps N` into `db` in its own process: (seconds, peak resident MB)."""
    command = [sys.executable, "-m", "desktop", "--db", db, "--user", login, "demo",
               "--reps", str(reps), "--seed", str(SEED), "--today", TODAY.isoformat()]
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    _out, err = process.communicate()
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"repdesk demo --reps {reps} failed: {err.decode()[-800:]}")
    return seconds, usage.ru_maxrss / 1024


def generate(path: Path, reps: int) -> dict:
    """`repdesk demo` in its own process: seconds, peak resident MB, rows, the floor."""
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    seconds, peak_mb = run_demo(str(path), USER, reps)
    rows = table_rows(path)
    total = sum(rows.values())
    return {"reps": reps, "seconds": seconds, "peak_mb": peak_mb,
            "rows": rows, "total_rows": total, "floor_s": raw_insert_floor_s(total),
            "measured": dt.datetime.now().isoformat(timespec="minutes"),
            "version": generator_version()}


def report_generation(report, figures: dict, cached: bool) -> None:
    reps, rows = figures["reps"], figures["rows"]
    seconds_target, mb_target = GENERATION_TARGETS.get(reps, (None, None))
    when = f" (cached; measured {figures['measured']})" if cached else ""
    report.figure(NAME, f"demo --reps {reps:,}: generated{when}", figures["seconds"] * 1000,
                  baseline=f"raw sqlite3 insert of its {figures['total_rows']:,} rows",
                  baseline_ms=figures["floor_s"] * 1000,
                  target=f"≤ {seconds_target:,} s" if seconds_target else "")
    if mb_target:
        report.figure(NAME, f"demo --reps {reps:,}: peak memory{when}", figures["peak_mb"],
                      unit="MB", target=f"≤ {mb_target:,} MB")
    report.note(NAME, f"demo --reps {reps:,}: {rows.get('deals', 0):,} deals, "
                      f"{rows.get('deal_stage_changes', 0):,} stage changes, "
                      f"{rows.get('activity_values', 0):,} daily values, "
                      f"{rows.get('evaluations', 0):,} evaluations, "
                      f"{rows.get('review_cycles', 0)} review cycles, "
                      f"{rows.get('reviews', 0):,} reviews")


def company(report, reps: int = REPS) -> Path:
    """The cached company of `reps` reps, generated (and its figures printed) when missing."""
    CACHE.mkdir(parents=True, exist_ok=True)
    version = generator_version()
    path = CACHE / f"company-{reps}-seed{SEED}-{version}.sqlite"
    meta = path.with_suffix(".json")
    if path.exists() and meta.exists():
        report_generation(report, json.loads(meta.read_text()), cached=True)
        return path
    for old in CACHE.glob(f"company-{reps}-*"):   # an older generator's company
        old.unlink()
    report.note(NAME, f"generating the {reps:,}-rep company (not cached yet for generator "
                      f"{version})…")
    figures = generate(path, reps)
    meta.write_text(json.dumps(figures, indent=1))
    report_generation(report, figures, cached=False)
    return path


# -- the window ----------------------------------------------------------------------------------
BARE_WINDOW = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
class Window(QMainWindow):
    painted = False
    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            print(f"PAINTED {time.time():.6f}", flush=True)
            QTimer.singleShot(0, app.quit)
app = QApplication(sys.argv[:1])
window = Window()
window.resize(1280, 800)
window.show()
app.exec()
"""


def _env(folder: str) -> dict:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=folder,
                PYTHONPATH=str(ROOT))


def bare_window_ms(folder: str) -> float:
    def once() -> float:
        started = time.time()
        done = subprocess.run([sys.executable, "-c", BARE_WINDOW], capture_output=True,
                              text=True, env=_env(folder), timeout=60)
        line = next(x for x in done.stdout.splitlines() if x.startswith("PAINTED"))
        return (float(line.split()[1]) - started) * 1000
    once()
    return statistics.median(once() for _ in range(STARTS))


def probe(database: Path | str, folder: str, login: str = USER) -> dict:
    """One window start and tour of the pages (bench/page_probe.py) as `login` on a file or a
    database URL; times in ms from the start."""
    settings = Path(folder) / "probe-settings"
    shutil.rmtree(settings, ignore_errors=True)  # every start opens the first page, as a new user
    started = time.time()
    done = subprocess.run([sys.executable, "-m", "bench.page_probe", str(database), login],
                          capture_output=True, text=True, env=_env(str(settings)), cwd=ROOT,
                          timeout=600)
    line = next((x for x in done.stdout.splitlines() if x.startswith("PROBE ")), None)
    if line is None:
        raise RuntimeError(f"the window probe failed: {done.stdout[-400:]} {done.stderr[-1500:]}")
    result = json.loads(line[6:])
    result["filled_ms"] = (result["filled"] - started) * 1000
    return result


def report_window(report, database: Path | str, folder: str, login: str = USER) -> None:
    bare = bare_window_ms(folder)
    probe(database, folder, login)  # warms the file cache
    runs = [probe(database, folder, login) for _ in range(STARTS)]
    report.figure(NAME, f"start -> first page filled ({REPS:,} reps, median of {STARTS})",
                  statistics.median(r["filled_ms"] for r in runs),
                  baseline="bare PySide6 window painted", baseline_ms=bare, target="≤ 400 ms")
    floor = statistics.median(r["floor_ms"] for r in runs)
    for key in runs[0]["pages"]:
        opened = statistics.median(r["pages"][key]["open_ms"] for r in runs)
        if runs[0]["pages"][key].get("first"):
            report.note(NAME, f"{key} page: the first page, opened with the window (above)")
        else:
            report.figure(NAME, f"open {key} page until its data is shown", opened,
                          baseline="bare 2,000-row table shown", baseline_ms=floor,
                          target="≤ 300 ms")
        if "filter_ms" in runs[0]["pages"][key]:
            entry = runs[0]["pages"][key]
            filtered = statistics.median(r["pages"][key]["filter_ms"] for r in runs)
            empty = " (no rows for it)" if entry.get("filter_empty") else ""
            report.figure(NAME, f"{key}: main filter ({entry['filter']} → "
                                f"{entry['filter_text'][:18]}) until shown{empty}", filtered,
                          baseline="bare 2,000-row table shown", baseline_ms=floor,
                          target="≤ 300 ms")
        else:
            report.note(NAME, f"{key}: no filter with a choice found to change")
    report.figure(NAME, "window memory after visiting every page",
                  statistics.median(r["rss_mb"] for r in runs), unit="MB",
                  baseline="bare Qt process", baseline_ms=statistics.median(
                      r["bare_rss_mb"] for r in runs), target="≤ 500 MB")


# -- services on the company ------------------------------------------------------------------------
def _median_ms(fn, runs: int = 3) -> float:
    fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def report_trends(report, database: Path) -> None:
    """The trends read through the service (rollup query + goal line), each beside the same
    rollup query in raw sqlite3 (what reading the numbers alone costs)."""
    from models.db.migrate import open_database
    from models.services import activity_trends as trends
    db = open_database(str(database), user=USER)
    con = sqlite3.connect(database)
    try:
        values = table_rows(database)["activity_values"]
        start, end = TODAY - dt.timedelta(days=730), TODAY
        first = end - dt.timedelta(weeks=13)

        def raw(sql, *params):
            return lambda: con.execute(sql, params).fetchall()
        company_floor = _median_ms(raw(
            "SELECT week_start, SUM(total) FROM activity_weekly WHERE metric_id = 5 AND "
            "week_start BETWEEN ? AND ? GROUP BY week_start", start.isoformat(), end.isoformat()))
        team_floor = _median_ms(raw(
            "SELECT w.week_start, SUM(w.total) FROM activity_weekly w JOIN reps r ON r.id = "
            "w.rep_id WHERE r.team_id = 2 AND w.metric_id = 5 AND w.week_start BETWEEN ? AND ? "
            "GROUP BY w.week_start", start.isoformat(), end.isoformat()))
        board_floor = _median_ms(raw(
            "SELECT rep_id, week_start, total FROM activity_weekly WHERE metric_id = 5 AND "
            "week_start BETWEEN ? AND ? ORDER BY rep_id, week_start", first.isoformat(),
            end.isoformat()))
        size = f"{values / 1e6:.1f}M daily values"
        report.figure(NAME, f"company weekly trend + goal line, 2 years ({size})",
                      _median_ms(lambda: trends.trend(db, 5, start, end, "week")),
                      baseline="its rollup query, raw", baseline_ms=company_floor,
                      target="≤ 150 ms")
        report.figure(NAME, f"team weekly trend + goal line, 2 years ({size})",
                      _median_ms(lambda: trends.trend(db, 5, start, end, "week", team_id=2)),
                      baseline="its rollup query, raw", baseline_ms=team_floor, target="≤ 150 ms")
        report.figure(NAME, f"rep × week leaderboard, 13 weeks ({size})",
                      _median_ms(lambda: trends.leaderboard(db, 5, first, end)),
                      baseline="its rollup query, raw", baseline_ms=board_floor,
                      target="≤ 1,000 ms")
    finally:
        con.close()
        db.dispose()


def _floor_pdf(out: Path, count: int) -> float:
    from reportlab.pdfgen import canvas
    start = time.perf_counter()
    for i in range(count):
        page = canvas.Canvas(str(out / f"floor-{i}.pdf"))
        page.drawString(72, 720, f"Review {i}")
        page.save()
    return (time.perf_counter() - start) * 1000


def report_reviews(report, database: Path, folder: str) -> None:
    from models.db.migrate import open_database
    from models.reports.batch import write_review_pdfs
    from models.reports.review_pdf import render_review
    from models.services.reviews import load_reviews, review_ids_for
    from models.services.users import sign_in
    db = open_database(str(database), user=USER)
    try:
        user = sign_in(db)
        ids = review_ids_for(db, "2026-Q3")[:REVIEWS]
        out = Path(folder) / "reviews"
        out.mkdir()
        floor = _floor_pdf(out, len(ids))
        start = time.perf_counter()
        result = write_review_pdfs(db, ids, out / "two", user=user, jobs=2, created=TODAY)
        batch = (time.perf_counter() - start) * 1000
        assert len(result.written) == len(ids) and not result.failed
        report.figure(NAME, f"{len(ids)} review PDFs from the company, 2 processes", batch,
                      baseline="one-line reportlab PDFs", baseline_ms=floor, target="≤ 8 s")
        start = time.perf_counter()
        details = load_reviews(db, ids, user)
        read = (time.perf_counter() - start) * 1000
        report.figure(NAME, f"  of which reading the {len(ids)} reviews' figures", read,
                      baseline="the whole batch", baseline_ms=batch)
        sample = ids[:50]
        render_review(details[0])
        cpu = time.process_time()
        for detail in load_reviews(db, sample, user):
            render_review(detail)
        each = (time.process_time() - cpu) * 1000 / len(sample)
        profile = cProfile.Profile()   # a second pass, profiled (the profiler slows it down)
        profile.enable()
        for detail in load_reviews(db, sample, user):
            render_review(detail)
        profile.disable()
        report.figure(NAME, "CPU per review: read its figures + render (one process)", each,
                      target="≤ 15 ms")
        text = io.StringIO()
        pstats.Stats(profile, stream=text).sort_stats("cumulative").print_stats(
            r"models/(reports|services)", 14)
        lines = [x for x in text.getvalue().splitlines() if ".py:" in x]
        report.note(NAME, f"where the CPU of {len(sample)} reviews goes (cumulative s, profiled):")
        for line in lines[:14]:
            parts = line.split()
            report.note(NAME, f"    {parts[3]:>8} s  {parts[-1].split('models/')[-1]}")
    finally:
        db.dispose()


def report_analysis(report, database: Path) -> None:
    """Each part of the Analysis page for one quarter, as its tab reads it (service call in a
    fresh session to its result), beside a bare COUNT over the deals in the same run (what
    touching the table alone costs): the sales analysis with its month chart for one slice of
    every kind the page offers; the customer base and volume against value for the company and
    a team; agencies compared (always the whole company); and the next-month prediction trained
    and backtested for every rep, as the page starts it in the background."""
    from sqlalchemy import text

    from models.db.migrate import open_database
    from models.services.agency_comparison import compare_agencies
    from models.services.analysis_slices import monthly_revenue
    from models.services.customer_base import customer_base
    from models.services.deal_size import volume_vs_value
    from models.services.rep_prediction import forecast_next_month
    from models.services.sales_analysis import Slice, analyse_sales
    from models.services.users import sign_in
    db = open_database(str(database), user=USER)
    con = sqlite3.connect(database)
    try:
        user = sign_in(db)
        start, end = dt.date(2026, 7, 1), dt.date(2026, 9, 30)

        def largest(sql: str):
            with db.read() as s:
                return s.execute(text(sql + " GROUP BY 1 ORDER BY count(*) DESC, 1")).scalar()
        team = largest("SELECT team_id FROM reps WHERE team_id IS NOT NULL")
        slices = {
            "company": Slice(), "team": Slice(team_id=team),
            "territory": Slice(territory_id=largest(
                "SELECT territory_id FROM accounts WHERE territory_id IS NOT NULL")),
            "rep": Slice(rep_id=largest("SELECT rep_id FROM deals")),
            "agency": Slice(agency_id=largest(
                "SELECT agency_id FROM reps WHERE agency_id IS NOT NULL")),
            "segment": Slice(segment=largest(
                "SELECT segment FROM accounts WHERE segment IS NOT NULL")),
            "product line": Slice(product_line=largest(
                "SELECT product_line FROM deals WHERE product_line IS NOT NULL")),
        }
        deals = table_rows(database)["deals"]
        floor = _median_ms(lambda: con.execute("SELECT count(*) FROM deals").fetchone())

        def figure(what: str, read) -> None:
            report.figure(NAME, f"analysis, {what}, Q3 ({deals:,} deals)", _median_ms(read),
                          baseline="SELECT count(*) FROM deals", baseline_ms=floor,
                          target="≤ 300 ms")
        for label, part in slices.items():
            figure(f"sales: {label}", lambda: (analyse_sales(db, user, start, end, part),
                                               monthly_revenue(db, part, end.year, TODAY)))
        for label, part in (("company", slices["company"]), ("team", slices["team"])):
            figure(f"customers: {label}", lambda: customer_base(db, TODAY, team_id=part.team_id))
            figure(f"deal sizes: {label}", lambda: volume_vs_value(
                db, start, end, team_id=part.team_id, today=TODAY))
        figure("agencies: every agency beside every in-house team",
               lambda: compare_agencies(db, user, start, end, today=TODAY))
        began = time.perf_counter()
        forecast = forecast_next_month(db, as_of=TODAY)
        trained = (time.perf_counter() - began) * 1000
        report.figure(NAME, f"next-month prediction: read, train and backtest for "
                            f"{len(forecast.names):,} reps (background)", trained,
                      target="≤ 10 s", limit=10_000)
        tested = forecast.backtest

        def wape(value):
            return "—" if value is None else f"{value:.1%}"
        report.note(NAME, f"prediction backtest over {len(tested.origins)} months, "
                          f"{tested.predictions:,} predictions: WAPE model {wape(tested.model_wape)}"
                          f", last month {wape(tested.last_month_wape)}, trailing 3 months "
                          f"{wape(tested.trailing3_wape)}; actual inside the range "
                          f"{wape(tested.range_coverage)}")
    finally:
        con.close()
        db.dispose()


def run(report) -> None:
    options = set(getattr(report, "options", ()))
    big = "--no-big" not in options and os.environ.get("REPDESK_BENCH_BIG") != "0"
    with tempfile.TemporaryDirectory() as folder:
        small = generate(Path(folder) / "demo-300.sqlite", 300)
        report_generation(report, small, cached=False)
        cached = company(report)
        biggest = company(report, BIG_REPS) if big else None
        database = Path(folder) / "company.sqlite"
        shutil.copyfile(cached, database)   # the window may write (sign-in, settings)
        report_window(report, database, folder)
        report_trends(report, database)
        if biggest is not None:   # the trends beyond 10M daily values (31.9M at 10,000 reps);
            report_trends(report, biggest)   # they only read, so the cached file is used as is
        report_analysis(report, database)
        report_reviews(report, database, folder)


if __name__ == "__main__":
    from bench.__main__ import Report
    run(Report())
