"""Is the window ever frozen? The longest the event loop stood still while each page opened and
refreshed, on SQLite and on PostgreSQL behind 2 ms of added latency per round trip.

- A QTimer ticking every 4 ms records when it fires; a gap longer than the interval is the time
  the GUI thread was busy elsewhere (a stall). Reported: the longest gap minus the interval
  ("max") and the 99th percentile, from the moment the page is asked for until its data is shown
  and the loop has been quiet for 300 ms.
- Floor: the longest gap of the same probe over an idle loop in the same run (the timer's own
  jitter on a shared machine).
- Opening: a fresh window on the database shows the page (its widgets built, its data loaded in
  the background). The first page's window stays open until the window has read the other pages'
  code, as it does while a user looks at the first page; the first page's figure includes reading
  the Qt-free code in the background and its own module.
- Refreshing: a change of everything is announced (what a reconnect or another workstation's
  import does) and the page reloads.
- Data: the demo company (REPDESK_BENCH_STALL_REPS reps, default 200) plus 50,000 open deals.
- PostgreSQL: as an admin's own login (no superuser), through bench/latency_proxy.py holding each
  chunk 1 ms each way. Target: every stall ≤ 50 ms.
- Round trips: the statements each open and refresh sent (a listener on the engine), against the
  page's budget (ROUND_TRIPS, the same as tests/desktop/test_round_trips.py's at the demo's
  size: a page's count should not grow with the company).
"""
from __future__ import annotations

import datetime as dt
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

NAME = "stall"
DEALS = int(os.environ.get("REPDESK_BENCH_FUNNEL_DEALS", "50000"))
REPS = int(os.environ.get("REPDESK_BENCH_STALL_REPS", "200"))
TODAY = dt.date(2026, 11, 23)
TICK_MS = 4
QUIET_MS = 300
BENCH_LOGIN = "repdesk_bench_admin"
# statements per page open (and per refresh): tests/desktop/test_round_trips.py's budgets
ROUND_TRIPS = {"roster": 25, "territories": 10, "funnel": 40, "numbers": 160, "reviews": 140,
               "quality": 12, "analysis": 45, "plans": 50, "notes": 10}


class StatementCount:
    """Statements sent to the database (round trips over a network)."""

    def __init__(self, engine):
        from sqlalchemy import event
        self.engine, self.count = engine, 0
        event.listen(engine, "before_cursor_execute", self._seen)

    def _seen(self, *_args) -> None:
        self.count += 1

    def take(self) -> int:
        count, self.count = self.count, 0
        return count

    def close(self) -> None:
        from sqlalchemy import event
        event.remove(self.engine, "before_cursor_execute", self._seen)


class StallProbe:
    """Records the gaps between the ticks of a fast timer on the GUI thread."""

    def __init__(self, interval_ms: int = TICK_MS):
        from PySide6.QtCore import Qt, QTimer
        self.interval = interval_ms
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)
        self.ticks: list[float] = []

    def _tick(self) -> None:
        self.ticks.append(time.perf_counter())

    def start(self) -> None:
        self.ticks = [time.perf_counter()]
        self.timer.start()

    def stop(self) -> list[float]:
        """The stalls seen (ms each tick came later than due), the last one up to now."""
        self.timer.stop()
        self.ticks.append(time.perf_counter())
        return [max(0.0, (b - a) * 1000 - self.interval) for a, b in zip(self.ticks, self.ticks[1:])]


def max_and_p99(stalls: list[float]) -> tuple[float, float]:
    if not stalls:
        return 0.0, 0.0
    ordered = sorted(stalls)
    return ordered[-1], ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]


def settle(app, runner, quiet_ms: int = QUIET_MS, timeout_s: float = 120) -> None:
    """Run the loop until no background work is left (nor GUI work queued a turn at a time:
    widgets.turns) and nothing has run for `quiet_ms`."""
    from widgets.turns import queue
    deadline = time.perf_counter() + timeout_s
    quiet_since = time.perf_counter()
    while time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.002)
        if runner._running or queue().pending:
            quiet_since = time.perf_counter()
        elif (time.perf_counter() - quiet_since) * 1000 >= quiet_ms:
            return
    raise TimeoutError("the page did not finish loading in time")


def seed(db, reps: int = REPS, deals: int = DEALS) -> None:
    """The demo company plus `deals` open deals spread over its reps, accounts and open stages."""
    from sqlalchemy import insert, select
    from models.db.core import Rep
    from models.db.funnel import Account, Deal, DealStageChange, Stage
    from models.demo import generate
    generate(db, reps=reps, seed=7, today=TODAY)
    rng = random.Random(7)
    with db.write() as s:
        conn = s.connection()
        stages = conn.execute(select(Stage.id, Stage.pipeline_id, Stage.role)
                              .order_by(Stage.pipeline_id, Stage.position)).all()
        pipeline = stages[0].pipeline_id
        open_stages = [st.id for st in stages if st.pipeline_id == pipeline
                       and st.role not in ("won", "lost")]
        rep_ids = list(conn.execute(select(Rep.id).where(Rep.status == "active")).scalars())
        account_ids = list(conn.execute(select(Account.id)).scalars())
        base = dt.datetime(2026, 11, 23, 12, tzinfo=dt.timezone.utc)
        for first in range(0, deals, 10_000):
            rows = []
            for i in range(first, min(deals, first + 10_000)):
                entered = base - dt.timedelta(days=rng.randint(0, 60), hours=rng.randint(0, 23))
                rows.append({"title": f"Bench deal {i} — fleet tracking",
                             "account_id": rng.choice(account_ids), "rep_id": rng.choice(rep_ids),
                             "pipeline_id": pipeline, "stage_id": rng.choice(open_stages),
                             "amount": Decimal(rng.randint(500, 90000)), "currency": "USD",
                             "source": "referral", "status": "open", "stage_entered_at": entered,
                             "lead_received_at": entered, "version": 1})
            ids = conn.execute(insert(Deal).returning(Deal.id, Deal.stage_id, Deal.stage_entered_at),
                               rows).all()
            conn.execute(insert(DealStageChange), [
                {"deal_id": d, "from_stage_id": None, "to_stage_id": st, "changed_at": at,
                 "changed_by": "bench"} for d, st, at in ids])


def _measure(app, fn, runner) -> tuple[float, float]:
    probe = StallProbe()
    probe.start()
    fn()
    settle(app, runner)
    return max_and_p99(probe.stop())


def measure_pages(report, db, label: str) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication
    from desktop.context import AppContext
    from desktop.main_window import MainWindow
    from desktop.pages import PAGES
    from desktop.settings import Settings
    from desktop.tasks import TaskRunner
    from models.services.users import sign_in

    app = QApplication.instance() or QApplication([])
    user = sign_in(db)
    idle = StallProbe()
    idle.start()
    end = time.perf_counter() + 1.0
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.002)
    floor = max_and_p99(idle.stop())[0]
    statements = StatementCount(db.engine)
    with tempfile.TemporaryDirectory() as folder:
        for spec in PAGES:
            settings = Settings(QSettings(str(Path(folder) / f"{spec.key}.ini"),
                                          QSettings.Format.IniFormat))
            settings.set_last_page(spec.key)
            window = MainWindow(settings)   # no database yet: no page is built
            window.resize(1280, 800)
            window.show()
            runner = TaskRunner(window)
            settle(app, runner, quiet_ms=100)
            ctx = AppContext(db=db, user=user, tasks=runner)
            for action, fn in (("open", lambda: window.set_context(ctx)),
                               ("refresh", lambda: ctx.changed.emit("*"))):
                statements.take()
                worst, p99 = _measure(app, fn, runner)
                report.figure(NAME, f"{label}: {action} {spec.title} (p99 {p99:.1f} ms)", worst,
                              baseline="idle loop", baseline_ms=floor, target="≤ 50 ms")
                budget = ROUND_TRIPS.get(spec.key)
                report.figure(NAME, f"{label}: {action} {spec.title}, round trips",
                              statements.take(), unit="statements",
                              limit=budget if budget else -1,
                              target=f"≤ {budget}" if budget else "")
            if spec is PAGES[0]:
                # a user looks at the first page a few seconds before going on: meanwhile the
                # window reads the other pages' code, a module at a time (MainWindow)
                _until_pages_read(app, [p for p in PAGES if p.allows(user.role.value)])
            runner.wait()
            window.close()
            window.deleteLater()
            app.processEvents()
    statements.close()


def _until_pages_read(app, allowed, timeout_s: float = 60) -> None:
    from desktop.main_window import page_modules
    deadline = time.perf_counter() + timeout_s
    while page_modules(allowed) and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.01)


def _bench_sqlite(report) -> None:
    from models.db.migrate import open_database
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(str(Path(folder) / "bench.sqlite"), user="bench")
        try:
            seed(db)
            measure_pages(report, db, "SQLite")
        finally:
            db.dispose()


def start_proxy(host: str, port: int, delay_ms: float = 1.0) -> tuple[subprocess.Popen, int]:
    proxy = subprocess.Popen([sys.executable, "-m", "bench.latency_proxy", host, str(port),
                              str(delay_ms)], stdout=subprocess.PIPE, text=True,
                             cwd=Path(__file__).resolve().parent.parent)
    line = proxy.stdout.readline().split()
    if not line or line[0] != "LISTENING":
        proxy.kill()
        raise RuntimeError("the latency proxy did not start")
    return proxy, int(line[1])


def _bench_postgres(report) -> None:
    """As people use the server: an owner login makes the schema, an admin's own login (under
    row-level security and the audit trigger) fills it and opens the pages through the proxy."""
    from bench.pg_database import as_login, server_problem, throwaway_database
    from models.db.migrate import open_database
    problem = server_problem()
    if problem:  # no server
        report.note(NAME, f"PostgreSQL skipped ({problem})")
        return
    with throwaway_database(BENCH_LOGIN) as url:
        direct = open_database(as_login(url, BENCH_LOGIN))
        try:
            seed(direct)
        finally:
            direct.dispose()
        proxy, port = start_proxy(url.host or "127.0.0.1", url.port or 5432, 1.0)
        try:
            slow = url.set(host="127.0.0.1", port=port)
            db = open_database(as_login(slow, BENCH_LOGIN))
            try:
                measure_pages(report, db, "PostgreSQL +2 ms")
            finally:
                db.dispose()
        finally:
            proxy.kill()
            proxy.wait()

def run(report) -> None:
    _bench_sqlite(report)
    _bench_postgres(report)


if __name__ == "__main__":  # python -m bench.stall: this bench alone
    from bench.__main__ import Report
    run(Report())
