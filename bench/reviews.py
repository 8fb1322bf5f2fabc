"""Review PDFs in batch: N reviews (default 500, REPDESK_BENCH_REVIEWS to change) rendered in one
process, then with one process per core, in the same run. Reports the batch time, the time per
review and the parallel efficiency (single time / (processes x parallel time)).
Target: 500 reviews in <= 8 s on a 2-core machine, <= 15 ms CPU each, efficiency >= 90%.
These are prepared review records (no database): bench/company.py prints the same batch read from
the 2,000-rep company, the whole of what a user waits for."""
from __future__ import annotations

import os
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path


def _batch(details, out: Path, jobs: int) -> float:
    from models.reports.batch import _context, render_details
    out.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    if jobs == 1:
        result = render_details(details, out, jobs=1)
    else:
        with ProcessPoolExecutor(max_workers=jobs, mp_context=_context()) as pool:
            result = render_details(details, out, jobs=jobs, pool=pool)
    elapsed = time.perf_counter() - start
    assert len(result.written) == len(details) and not result.failed, result.failed[:3]
    return elapsed


def run(report) -> None:
    from models.reports.samples import sample_review
    from models.reports.review_pdf import render_review
    count = int(os.environ.get("REPDESK_BENCH_REVIEWS", "500"))
    jobs = max(2, os.cpu_count() or 2)
    details = [sample_review(i) for i in range(count)]
    render_review(details[0])  # fonts registered and caches warm, as in a long-running app
    cpu = time.process_time()
    for d in details[:50]:
        render_review(d)
    cpu_each = (time.process_time() - cpu) / min(50, count)
    with tempfile.TemporaryDirectory() as tmp:
        single = _batch(details, Path(tmp) / "one", 1)
        parallel = _batch(details, Path(tmp) / "many", jobs)
    report.figure("reviews", "CPU time per review (one process, no contention)", cpu_each * 1000,
                  target="<= 15 ms")
    report.figure("reviews", f"{count} review PDFs, 1 process", single * 1000)
    report.figure("reviews", f"{count} review PDFs, {jobs} processes", parallel * 1000,
                  baseline="1 process", baseline_ms=single * 1000,
                  target=f"<= {count * 16 / 1000:.0f} s")
    report.figure("reviews", f"per review, {jobs} processes", parallel * 1000 / count,
                  target="<= 16 ms")
    efficiency = single / (jobs * parallel)
    report.figure("reviews", "parallel efficiency", efficiency * 100, target=">= 90%", unit="%")
