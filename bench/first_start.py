"""First start on the demo company (`make run`, `repdesk --demo`): the demo company made for the
window, as the window's start-up does it (models.services.startup.open_workspace(demo=True) in a
fresh process with an empty user data folder), until the workspace is ready: the whole wait, from
the process start. Beside it the floor (raw sqlite3 writing the same number of rows) and the
longest time the start-up bar stood still.
"""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

NAME = "first start"
RUNS = 2
ROOT = Path(__file__).resolve().parent.parent
PROBE = textwrap.dedent("""
    import sys, time
    from models.services.startup import open_workspace
    from models.domain.progress import Progress
    reports = []
    progress = Progress(lambda done, total, message: reports.append(time.time()), lambda: False)
    workspace = open_workspace(None, demo=True, progress=progress)
    ready = time.time()
    workspace.db.dispose()
    still = max(b - a for a, b in zip(reports, reports[1:]))
    print(f"REPDESK_READY {ready:.6f} {still:.6f} {len(reports)}", flush=True)
""")


def one_run() -> tuple[float, float, int, Path]:
    """(seconds from process start to ready, longest stand-still of the bar, reports, file)."""
    import time
    folder = tempfile.mkdtemp(prefix="repdesk-first-start-")
    env = dict(os.environ, XDG_DATA_HOME=folder)
    env.pop("REPDESK_DB", None)
    start = time.time()
    out = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, env=env, capture_output=True,
                         text=True, check=True).stdout
    line = next(x for x in out.splitlines() if x.startswith("REPDESK_READY")).split()
    demo = next(Path(folder).rglob("demo.sqlite"))
    return float(line[1]) - start, float(line[2]), int(line[3]), demo


def run(report) -> None:
    from bench.company import raw_insert_floor_s, table_rows
    runs = [one_run() for _ in range(RUNS)]
    seconds = statistics.median(r[0] for r in runs)
    rows = sum(table_rows(runs[-1][3]).values())
    floor = raw_insert_floor_s(rows)
    report.figure(NAME, f"demo company ready for the window ({rows:,} rows, median of {RUNS})",
                  seconds * 1000, baseline=f"raw insert of its {rows:,} rows",
                  baseline_ms=floor * 1000, target="≤ 5 s")
    report.figure(NAME, f"longest time its start-up bar stood still ({runs[-1][2]} steps)",
                  max(r[1] for r in runs) * 1000, target="≤ 1 s")


if __name__ == "__main__":  # python -m bench.first_start: this bench alone
    from bench.__main__ import Report
    run(Report())
