"""Runs the area generators in order, in one transaction."""
from __future__ import annotations

import datetime as dt
import gc
import time
from contextlib import contextmanager
from typing import Callable

from sqlalchemy import func, select, text

from models.db.core import Rep
from models.db.database import Database
from models.db.errors import RepdeskError
from models.demo import core_company
from models.demo import funnel as funnel_demo
from models.demo import activity as activity_demo
from models.demo import quality as quality_demo
from models.demo import reviews as reviews_demo
from models.demo import roster as roster_demo
from models.demo import costs as costs_demo
from models.demo import field_notes as notes_demo
from models.demo import plans as plans_demo
from models.demo.context import DemoContext

BULK_CACHE_KB = 256 * 1024
# Tables filled with many rows whose secondary indexes are made once their rows are in (SQLite):
# one sorted build per index instead of a B-tree insert per row and index.
LATE_INDEX_TABLES = ("accounts", "deals", "deal_stage_changes", "activity_weekly")

# (name, generate(ctx)) in the order they run; later areas append theirs. The deals need only
# the company: on SQLite they are drawn in another process (funnel_demo.start_drawing) while the
# key numbers are written, and written themselves after them.
AREA_GENERATORS: list[tuple[str, Callable[[DemoContext], None]]] = [
    ("company", core_company.generate),
    ("key numbers", activity_demo.generate),
    ("funnel", funnel_demo.generate),
    ("roster", roster_demo.generate),
    ("quality of selling", quality_demo.generate),
    ("reviews", reviews_demo.generate),
    ("sales plan", plans_demo.generate),
    ("costs of the sales system", costs_demo.generate),
    ("notes from the field", notes_demo.generate),
]
# Each area's share of the generation's time (measured with 300 reps), for the progress bar; an
# area not listed counts as 1. FINISH_WEIGHT: the indexes made at the end and the commit.
AREA_WEIGHTS = {"company": 2, "key numbers": 38, "funnel": 40, "roster": 1,
                "quality of selling": 6, "reviews": 4, "sales plan": 1,
                "costs of the sales system": 1, "notes from the field": 1}
FUNNEL_DRAWN_ELSEWHERE_WEIGHT = 12    # the funnel's share when its deals were drawn elsewhere
FINISH_WEIGHT = 13


class _Fraction:
    """Turns "this much of the area is done" into the whole run's share, reported when it has
    moved by a step (a few hundred reports at most) or, to an area that keeps telling (one
    waiting), every QUIET seconds: each report lets the user's Cancel stop the generation."""

    STEP = 0.002
    QUIET = 0.25

    def __init__(self, report: Callable[[float], None] | None, weights: dict[str, float]):
        self._report = report
        self._weights = weights
        self._total = sum(weights.get(name, 1) for name, _ in AREA_GENERATORS) + FINISH_WEIGHT
        self._start = self._weight = 0.0
        self._last = -1.0
        self._last_at = 0.0

    def area(self, name: str) -> Callable[[float], None]:
        self._start += self._weight
        self._weight = self._weights.get(name, 1)
        self.advance(0.0)
        return self.advance

    def advance(self, part: float) -> None:
        self.report((self._start + self._weight * min(max(part, 0.0), 1.0)) / self._total)

    def finishing(self) -> None:
        """The areas are done: what is left is FINISH_WEIGHT (indexes, then the commit)."""
        self._start += self._weight
        self._weight = FINISH_WEIGHT
        self.advance(0.0)

    def report(self, share: float) -> None:
        if not self._report:
            return
        now = time.monotonic()
        if share >= 1.0 or share - self._last >= self.STEP or now - self._last_at >= self.QUIET:
            self._last, self._last_at = max(share, self._last), now
            self._report(min(self._last, 1.0))


def generate(db: Database, *, reps: int = 300, seed: int = 42, today: dt.date | None = None,
             progress: Callable[[str], None] | None = None,
             fraction: Callable[[float], None] | None = None,
             defer_checkpoint: bool = False) -> DemoContext:
    """`progress` is told each area's name as it starts; `fraction` how much of the whole is done
    (0 to 1, rising, 1 once committed), often enough for a progress bar to move.
    `defer_checkpoint`: SQLite's copy of the log into the file follows on a thread of its own
    (the window's start-up, which keeps the database open; not for a file that is copied or
    closed at once: a file copied before the copy is done lacks the demo)."""
    if reps < 5:
        raise RepdeskError("A demo company needs at least 5 reps.")
    weights = dict(AREA_WEIGHTS)
    if funnel_demo.draws_elsewhere(db.backend, reps):
        weights["funnel"] = FUNNEL_DRAWN_ELSEWHERE_WEIGHT
    done = _Fraction(fraction, weights)
    deferred = None
    try:
        with db.write() as session:
            if session.execute(select(func.count()).select_from(Rep)).scalar():
                raise RepdeskError(f"{db.describe()} already holds reps; "
                                   "the demo needs an empty database.")
            ctx = DemoContext(connection=session.connection(), seed=seed,
                              today=today or dt.date.today(), user=db.user, reps_wanted=reps)
            deferred = _defer_checkpoint(ctx.connection) if defer_checkpoint else None
            if progress:
                ctx.progress = progress
            try:
                with _bulk_pragmas(ctx.connection), _late_indexes(ctx.connection), \
                        _no_cyclic_gc():
                    for name, area_generate in AREA_GENERATORS:
                        ctx.progress(f"Generating {name}…")
                        ctx.advance = done.area(name)
                        area_generate(ctx)
                        if name == "company":
                            ctx.funnel_drawing = funnel_demo.start_drawing(ctx)
                    done.finishing()
            finally:
                if ctx.funnel_drawing is not None:
                    ctx.funnel_drawing.close()
            done.advance(0.5)
            if db.backend == "postgresql":
                reset_sequences(ctx.connection)
    finally:
        if deferred is not None:
            deferred.restore()
    if deferred is not None:
        deferred.start()
    done.report(1.0)
    return ctx


def _defer_checkpoint(connection) -> "_DeferredCheckpoint | None":
    """On SQLite (WAL), the checkpoint that would follow the commit (copying the ~70 MB just
    written from the write-ahead log into the database file: 0.35–0.4 s of the wait, measured)
    is not waited for: the rows are durable once the log is (synchronous=FULL). It runs on a
    thread of its own after the commit, while the window shows its first page, as a passive
    checkpoint, which neither readers nor writers wait for. None elsewhere."""
    if connection.dialect.name != "sqlite":
        return None
    return _DeferredCheckpoint(connection)


class _DeferredCheckpoint:
    def __init__(self, connection):
        self.raw = connection.connection.driver_connection
        self.path = connection.exec_driver_sql("PRAGMA database_list").all()[0][2]
        self.before = int(connection.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar())
        connection.exec_driver_sql("PRAGMA wal_autocheckpoint = 0")

    def restore(self) -> None:
        """The connection checkpoints after its commits again (whether the demo was committed
        or rolled back)."""
        self.raw.execute(f"PRAGMA wal_autocheckpoint = {self.before}")

    def start(self) -> None:
        import threading
        if self.path:   # a file (an in-memory database has no log)
            threading.Thread(target=self._checkpoint, name="repdesk-demo-checkpoint",
                             daemon=True).start()

    def _checkpoint(self) -> None:
        import sqlite3
        try:
            own = sqlite3.connect(self.path, timeout=5)
            try:
                own.execute("PRAGMA wal_checkpoint(PASSIVE)")
            finally:
                own.close()
        except sqlite3.Error:
            pass   # a later commit, or the last connection's closing, checkpoints instead


@contextmanager
def _bulk_pragmas(connection):
    """On SQLite, a page cache large enough for the indexes being filled (deals have six: with
    the 2 MB default every insert reads and writes back pages it just evicted), for the
    generation only."""
    if connection.dialect.name != "sqlite":
        yield
        return
    before = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size = -{BULK_CACHE_KB}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {before}")


@contextmanager
def _no_cyclic_gc():
    """Python's cycle collector off while the areas run: they make a few million row tuples that
    live until written and no cycles worth collecting, and its passes over them took ~0.5 s
    (it is the process's: the window's thread makes little garbage in those seconds)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@contextmanager
def _late_indexes(connection):
    """On SQLite, the secondary indexes of LATE_INDEX_TABLES are dropped while the areas write
    and made again, with the very same definitions, before the transaction commits (an index
    built from the finished table is a sort, several times quicker than keeping it up to date
    row by row). PostgreSQL keeps its indexes: there the rows go in as they did."""
    if connection.dialect.name != "sqlite":
        yield
        return
    marks = ", ".join("?" * len(LATE_INDEX_TABLES))
    indexes = connection.exec_driver_sql(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND tbl_name IN ({marks}) ORDER BY rowid", LATE_INDEX_TABLES).all()
    for name, _sql in indexes:
        connection.exec_driver_sql(f'DROP INDEX "{name}"')
    yield
    for _name, sql in indexes:
        connection.exec_driver_sql(sql)


def reset_sequences(connection) -> None:
    """Rows were inserted with explicit ids; move each serial sequence past the largest one.
    On a database with revision 0011 the server does it (a person's login may not set
    sequences; an admin may ask the server to move them forward)."""
    if connection.execute(text(
            "SELECT to_regprocedure('repdesk_sync_sequences()') IS NOT NULL")).scalar():
        connection.execute(text("SELECT repdesk_sync_sequences()"))
        return
    rows = connection.execute(text(
        "SELECT table_name, column_name FROM information_schema.columns "
        "WHERE table_schema = current_schema() AND column_default LIKE 'nextval%'")).all()
    for table, column in rows:
        connection.execute(text(
            f"SELECT setval(pg_get_serial_sequence('{table}', '{column}'), "
            f"COALESCE((SELECT MAX({column}) FROM {table}), 0) + 1, false)"))
