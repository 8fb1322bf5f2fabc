"""Many review PDFs at once, on every core: the reviews are read once in this process (plain
records), then rendered and written by worker processes. Files are written atomically; on Cancel
the files of this run are removed again.

Each review is printed in its rep's language. A rep without one gets the language of whoever
prints the batch: that language is handed to the workers explicitly, because a spawned worker
starts in English and a forked one would keep whatever the parent spoke when the pool started."""
from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import sys
import threading
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from models import formatting
from models.db.errors import RepdeskError
from models.domain.progress import Cancelled, Progress
from models.i18n import _, current_language, ngettext

READ_CHUNK = 100     # reviews read from the database per batch
RENDER_CHUNK = 8     # reviews per worker task


@dataclass
class BatchResult:
    written: list[Path] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)   # (rep name, why)

    @property
    def ok(self) -> bool:
        return not self.failed


def default_jobs() -> int:
    return max(1, min(os.cpu_count() or 1, 8))


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.part")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def render_chunk(details: Sequence, out_dir: str, page: str, created: dt.date | None,
                 language: str | None = None) -> list[tuple[str, str | None, str]]:
    """Render and write some reviews, each in its rep's language, else in `language`; returns
    (file path or '', error or None, rep name) each. Runs in a worker process (or inline with
    one job)."""
    from models.reports.review_pdf import file_name, render_review
    out = []
    for detail in details:
        path = Path(out_dir) / file_name(detail)
        try:
            _write_atomic(path, render_review(detail, page=page, created=created,
                                              language=language))
            out.append((str(path), None, detail.rep_name))
        except Exception as error:  # one bad review never stops the batch
            out.append(("", f"{type(error).__name__}: {error}", detail.rep_name))
    return out


def _context():
    """fork is cheapest, but forking from a background thread of a program that runs other
    threads (the window's task pool) is unsafe: work started off the main thread uses spawn."""
    if sys.platform.startswith("linux") and threading.current_thread() is threading.main_thread():
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def render_details(details: Sequence, out_dir: Path, *, page: str = "A4",
                   created: dt.date | None = None, jobs: int | None = None,
                   progress: Progress | None = None, done_before: int = 0,
                   total: int | None = None, result: BatchResult | None = None,
                   pool: ProcessPoolExecutor | None = None) -> BatchResult:
    """Render already-loaded ReviewDetails into `out_dir`."""
    progress = progress or Progress()
    result = result or BatchResult()
    total = total if total is not None else len(details)
    jobs = jobs or default_jobs()
    chunks = [list(details[i:i + RENDER_CHUNK]) for i in range(0, len(details), RENDER_CHUNK)]
    language = current_language()     # for reps without a language of their own
    done = done_before

    def take(items):
        nonlocal done
        for path, error, name in items:
            if error:
                result.failed.append((name, error))
            else:
                result.written.append(Path(path))
        done += len(items)
        progress.step(done, total, ngettext("{done} of {total} review", "{done} of {total} reviews",
                                            total).format(done=formatting.number(done),
                                                          total=formatting.number(total)))

    if jobs <= 1 or pool is None:
        for chunk in chunks:
            progress.check()
            take(render_chunk(chunk, str(out_dir), page, created, language))
        return result
    pending: set[Future] = {pool.submit(render_chunk, c, str(out_dir), page, created, language)
                            for c in chunks}
    try:
        while pending:
            finished, pending = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
            for future in finished:
                take(future.result())
            progress.check()
    except BaseException:
        for future in pending:
            future.cancel()
        raise
    return result


def write_review_pdfs(db, review_ids: Sequence[int], out_dir: Path | str, *, user,
                      page: str = "A4", created: dt.date | None = None, jobs: int | None = None,
                      progress: Progress | None = None, company: str = "Repdesk") -> BatchResult:
    """One PDF per review into `out_dir` (created if needed), using `jobs` processes."""
    from models.reports.pdf_base import page_size
    from models.services.reviews import load_reviews
    page_size(page)  # a wrong page size is refused before any work
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise RepdeskError(_("Cannot create the folder {folder}: {why}.").format(
            folder=out_dir, why=error.strerror)) from None
    if not os.access(out_dir, os.W_OK):
        raise RepdeskError(_("The folder {folder} is not writable.").format(folder=out_dir))
    progress = progress or Progress()
    jobs = jobs or default_jobs()
    result = BatchResult()
    total = len(review_ids)
    progress.step(0, total, _("Reading the reviews…"))
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=_context()) if jobs > 1 else None
    try:
        for start in range(0, total, READ_CHUNK):
            progress.check()
            details = load_reviews(db, review_ids[start:start + READ_CHUNK], user,
                                   company=company, in_reps_languages=True)
            from models.reports.review_goals import attach_plan_goals   # sales plan goals
            attach_plan_goals(db, details)
            render_details(details, out_dir, page=page, created=created, jobs=jobs,
                           progress=progress, done_before=start, total=total, result=result,
                           pool=pool)
    except Cancelled:
        for path in result.written:
            path.unlink(missing_ok=True)
        result.written.clear()
        raise
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
    return result
