"""Cold start: process start -> main window painted (and -> the database opened), on a 10,000-rep
demo database (its company part), as a ratio to a bare PySide6 window started the same way in the
same run. The whole wait, start -> first page filled with its data, is in bench/company.py."""
from __future__ import annotations

import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

RUNS = 3
BARE_WINDOW = textwrap.dedent("""
    import sys, time
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow
    class Window(QMainWindow):
        painted = False
        def paintEvent(self, event):
            super().paintEvent(event)
            if not self.painted:
                self.painted = True
                print(f"REPDESK_PAINTED {time.time():.6f}", flush=True)
                QTimer.singleShot(0, app.quit)
    app = QApplication(sys.argv[:1])
    window = Window()
    window.resize(1280, 800)
    window.show()
    app.exec()
""")


def make_database(path: Path, reps: int = 10_000) -> None:
    """The company part of the demo (teams, reps, pay, territories): what the first screen reads."""
    from models.db.migrate import open_database
    from models.demo import core_company
    from models.demo.context import DemoContext
    db = open_database(str(path), user="bench")
    with db.write() as session:
        ctx = DemoContext(connection=session.connection(), seed=1, today=dt.date.today(), user="bench")
        ctx.reps_wanted = reps
        core_company.generate(ctx)
    db.dispose()


def time_process(args: list[str], marker: str, env: dict) -> float:
    started = time.time()
    done = subprocess.run(args, capture_output=True, text=True, env=env, timeout=120)
    for line in done.stdout.splitlines():
        if line.startswith(marker):
            return (float(line.split()[1]) - started) * 1000
    raise RuntimeError(f"no {marker} from {args}: {done.stderr[-800:]}")


def median_ms(args, marker, env) -> float:
    time_process(args, marker, env)  # warm the file cache once
    return statistics.median(time_process(args, marker, env) for _ in range(RUNS))


def run(report) -> None:
    with tempfile.TemporaryDirectory() as folder:
        db_path = Path(folder) / "bench.sqlite"
        make_database(db_path)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=folder)
        bare = median_ms([sys.executable, "-c", BARE_WINDOW], "REPDESK_PAINTED", env)
        report.figure("cold_start", "bare PySide6 window painted (baseline)", bare,
                      baseline="bare window", baseline_ms=bare)
        app = [sys.executable, "-m", "desktop", "--db", str(db_path), "--user", "bench"]
        painted = median_ms(app, "REPDESK_PAINTED", dict(env, REPDESK_BENCH_EXIT="painted"))
        report.figure("cold_start", "Repdesk main window painted (10k reps)", painted,
                      baseline="bare window", baseline_ms=bare, target="<= 400 ms, <= 1.4x")
        ready = median_ms(app, "REPDESK_READY", dict(env, REPDESK_BENCH_EXIT="ready"))
        report.figure("cold_start", "  database opened, first page asked for (10k reps)", ready,
                      baseline="bare window", baseline_ms=bare)
        report.note("cold_start", "  (its data is not there yet: the whole wait, start -> first "
                                  "page filled, is the company bench's figure)")
