"""Demo funnel: accounts and two years of deals per rep with realistic stage histories, each
deal with its product line and (mostly) what the sale cost.

Each lead walks the default pipeline: it spends a random time in each stage (now and then far
longer than the stage allows), may drop out with a reason that fits the stage (dirty leads early,
price and competitors later), and is won from Closing most of the time. A walk that reaches today
leaves the deal open where it is — stuck if it has overstayed. Some lost deals are reopened later
and some of those are won. The story reps: 'dropping' wins almost nothing in the last five weeks,
'steady' wins about evenly, 'volatile' alternates a big month and a small one.

The drawing itself is in funnel_draw (no database); this module writes the rows. On SQLite, with
enough reps, they are drawn in another process (start_drawing, right after the company is made)
while this one writes the key numbers, and arrive converted for the driver.
"""
from __future__ import annotations

import datetime as dt
from operator import itemgetter
from typing import Callable

from sqlalchemy import insert, select

from models.db.audit import record_bulk
from models.db.funnel import Account, Deal, DealStageChange, LostReason, Pipeline, Stage
from models.demo.context import DemoContext
# The deals are drawn without the database (funnel_draw), here or in another process.
from models.demo.funnel_draw import (  # noqa: F401  (the area's constants, as before)
    ACCOUNT_FORMS, BATCH, COST_UNKNOWN, DROP, HISTORY_DAYS, PRODUCT_LINES, PRODUCTS, REASONS,
    ROW_KEYS, SEGMENTS, SIZES, SOURCES, STUCK_SHARE, UTC, FunnelInputs, draw)


def fast_insert(conn, table, rows: list[dict]) -> None:
    """An executemany through the driver with the columns' own bind conversions: the same rows as
    `conn.execute(insert(table), rows)`, without SQLAlchemy's per-row parameter bookkeeping (about
    half of the demo's insert time). Every row must have the same keys."""
    if not rows:
        return
    dialect = conn.dialect
    if dialect.name == "postgresql":
        # Multi-row INSERTs (the engine's insertmanyvalues): the server's audit and change-event
        # triggers run once per statement, and a driver executemany is one statement per row.
        conn.execute(insert(table), rows)
        return
    conn.exec_driver_sql(*_driver_params(dialect, table, rows))


_NOT_FIXED = object()


def _statement(dialect, table, keys: list[str]) -> tuple[str, list[tuple] | None, dict]:
    """The INSERT for rows with `keys`, and for a qmark dialect its parameters in order as
    (key, the value every row gets or _NOT_FIXED, bind conversion or None); the Python defaults
    the statement fills (updated_at: one value for all) by key."""
    compiled = insert(table).compile(dialect=dialect, column_keys=keys)
    fixed = {}
    for column in table.c:
        if column.key not in keys and column.default is not None and column.key in compiled.binds:
            arg = column.default.arg
            fixed[column.key] = arg(None) if callable(arg) else arg
    if compiled.positiontup is None:
        return str(compiled), None, fixed
    order = [compiled.binds[name].key for name in compiled.positiontup]
    return str(compiled), [(key, fixed.get(key, _NOT_FIXED),
                            _sqlite_bind(table.c[key].type, dialect)) for key in order], fixed


def _driver_params(dialect, table, rows: list[dict]) -> tuple[str, list]:
    """fast_insert's statement and parameters, for a dialect other than PostgreSQL."""
    sql, columns, fixed = _statement(dialect, table, list(rows[0]))
    if columns is not None:                               # SQLite: qmark
        # Column by column (a column without a conversion is taken as it is), then zipped.
        values_by_column = []
        for key, value, f in columns:
            if value is not _NOT_FIXED:                    # the same value in every row
                values_by_column.append([_bind(f, value)] * len(rows))
                continue
            values = list(map(itemgetter(key), rows))
            if f is _sqlite_text:
                values = [None if v is None else v.isoformat(" ", "microseconds")[:26]
                          for v in values]
            elif f is not None:
                values = [None if v is None else f(v) for v in values]
            values_by_column.append(values)
        return sql, list(zip(*values_by_column))
    keys = list(rows[0]) + list(fixed)                    # psycopg: named
    rows = [{**row, **fixed} for row in rows]
    funcs = [(key, _sqlite_bind(table.c[key].type, dialect)) for key in keys]
    return sql, [{k: _bind(f, row[k]) for k, f in funcs} for row in rows]


def _bind(convert, value):
    """One value as fast_insert converts it: None stays None (a JSON column gets SQL NULL, not
    Core's 'null')."""
    return value if convert is None or value is None else convert(value)


def _sqlite_text(moment: dt.datetime) -> str:
    return moment.isoformat(" ", "microseconds")[:26]


def _sqlite_bind(column_type, dialect):
    """The column's bind conversion, with SQLAlchemy's SQLite DATETIME and DATE formats done by
    the C isoformat ('2026-11-23 12:00:00.000000', '2026-11-23': the same text, several times
    faster; a time zone is dropped as SQLAlchemy does)."""
    from sqlalchemy import Date, DateTime
    if isinstance(column_type, DateTime):
        return _sqlite_text
    if isinstance(column_type, Date):
        return dt.date.isoformat
    return column_type.dialect_impl(dialect).bind_processor(dialect)


def read_inputs(ctx: DemoContext) -> FunnelInputs:
    conn = ctx.connection
    pipeline_id = conn.execute(select(Pipeline.id).where(Pipeline.is_default)).scalar_one()
    stages = conn.execute(select(Stage.id, Stage.role, Stage.stuck_after_days)
                          .where(Stage.pipeline_id == pipeline_id).order_by(Stage.position)).all()
    return FunnelInputs(reps=list(ctx.reps), story_reps=dict(ctx.story_reps), today=ctx.today,
                        user=ctx.user, seed=ctx.seed, pipeline_id=pipeline_id,
                        stages=[(sid, str(role), days) for sid, role, days in stages],
                        reason_id=dict(conn.execute(select(LostReason.name, LostReason.id)).all()))


TABLES = (Account.__table__, Deal.__table__, DealStageChange.__table__)


def generate(ctx: DemoContext) -> None:
    conn = ctx.connection
    written = dict.fromkeys(TABLES, 0)
    drawn = ctx.funnel_drawing       # started by start_drawing() after the company was made
    result = drawn.result(waiting=lambda: ctx.advance(0.0)) if drawn is not None else None
    if result is not None:
        batches, stats = result
        for i, (table, sql, params) in enumerate(batches):
            conn.exec_driver_sql(sql, params)
            written[TABLES[table]] += len(params)
            ctx.advance((i + 1) / len(batches))
    else:
        def emit(accounts: list[dict], deals: list[dict], changes: list[dict]) -> None:
            # accounts, then deals, then their stage changes: every reference points at a row
            # already written
            for table, rows in zip(TABLES, (accounts, deals, changes)):
                fast_insert(conn, table, rows)
                written[table] += len(rows)
        stats = draw(read_inputs(ctx), emit, ctx.advance)
    for table in TABLES:
        record_bulk(conn, table.name, "bulk_insert", ctx.user,
                    summary={"rows": written[table], "source": f"demo seed {ctx.seed}"})
    ctx.funnel_stats = stats  # type: ignore[attr-defined]


# Drawing the deals in another process, while this one writes the key numbers (SQLite only:
# there the writing and the drawing each take a core). Below MIN_REPS_ELSEWHERE reps the start
# of a process costs more than it saves.
MIN_REPS_ELSEWHERE = 100


class Drawing:
    """The deals being drawn in another process, which a thread hands its work and reads from:
    `result()` waits for its rows, ready for the driver ((table index, sql, params) per table and
    block) and the funnel's counts; None if the process failed, and the caller draws them
    itself. `close()` stops it (the generation failed or was cancelled)."""

    def __init__(self, process, payload: bytes):
        import threading
        self._process = process
        self._data: bytes | None = None
        self._reader = threading.Thread(target=self._talk, args=(payload,), daemon=True,
                                        name="repdesk-demo-deals")
        self._reader.start()

    def _talk(self, payload: bytes) -> None:
        """Hand the process its work and read what it sends back (a thread: the generation goes
        on meanwhile)."""
        try:
            self._process.stdin.write(payload)
            self._process.stdin.close()
            self._data = self._process.stdout.read()
        except (OSError, ValueError):
            self._data = None

    def result(self, waiting: Callable[[], None] = lambda: None
               ) -> tuple[list[tuple[int, str, list]], dict] | None:
        """`waiting` is called every tenth of a second until the rows are in (it may raise, to
        stop: Cancelled)."""
        import pickle
        try:
            while self._reader.is_alive():
                waiting()
                self._reader.join(0.1)
            ok = self._process.wait() == 0
            return pickle.loads(self._data) if ok and self._data else None
        except (EOFError, pickle.UnpicklingError, ValueError, TypeError):
            return None
        finally:
            self.close()

    def close(self) -> None:
        if self._process.poll() is None:
            self._process.kill()
        self._process.wait()
        self._reader.join()
        for stream in (self._process.stdin, self._process.stdout):
            if stream is not None and not stream.closed:
                stream.close()


def draws_elsewhere(dialect_name: str, reps: int) -> bool:
    """Whether start_drawing() starts another process: on SQLite, for enough reps, from a Python
    that can start one (not a frozen bundle, whose program is the app itself)."""
    import sys
    return dialect_name == "sqlite" and reps >= MIN_REPS_ELSEWHERE and \
        not getattr(sys, "frozen", False) and bool(sys.executable)


# The other process: a new interpreter (forking a program that runs other threads is unsafe,
# and multiprocessing's spawn would run the program's main script again), that reads the import
# path and its pickled work from stdin and writes the rows, pickled, to stdout.
CHILD = ("import sys, pickle, importlib.util; out = sys.stdout.buffer; sys.stdout = sys.stderr; "
         "path, file, payload = pickle.loads(sys.stdin.buffer.read()); sys.path[:0] = path; "
         "spec = importlib.util.spec_from_file_location('repdesk_funnel_draw', file); "
         "module = sys.modules[spec.name] = importlib.util.module_from_spec(spec); "
         "spec.loader.exec_module(module); module.child_main(payload, out)")


def start_drawing(ctx: DemoContext) -> Drawing | None:
    """Start drawing the deals in another process when draws_elsewhere() says it pays and the
    rows' conversions can be made there."""
    import pickle
    import subprocess
    import sys
    if not draws_elsewhere(ctx.connection.dialect.name, len(ctx.reps)):
        return None
    plans = [_plan(ctx.connection.dialect, table, list(keys))
             for table, keys in zip(TABLES, ROW_KEYS)]
    if None in plans:
        return None
    from dataclasses import asdict, fields
    from models.demo import funnel_draw
    src = read_inputs(ctx)
    plain = {f.name: getattr(src, f.name) for f in fields(src)}
    plain["reps"] = [asdict(rep) for rep in src.reps]
    payload = pickle.dumps((list(sys.path), funnel_draw.__file__,
                            pickle.dumps((plain, plans), protocol=pickle.HIGHEST_PROTOCOL)),
                           protocol=pickle.HIGHEST_PROTOCOL)
    try:
        process = subprocess.Popen([sys.executable, "-c", CHILD], stdin=subprocess.PIPE,
                                   stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                   # no console window for it on Windows
                                   creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))
    except OSError:
        return None
    return Drawing(process, payload)


def _plan(dialect, table, keys: list[str]) -> tuple[str, list[tuple]] | None:
    """The statement and funnel_draw.driver_rows' columns for rows with `keys`: the conversions
    _driver_params makes, named; None if a column needs one that has no name (then the rows are
    not drawn elsewhere)."""
    from sqlalchemy.engine import processors
    sql, columns, _fixed = _statement(dialect, table, keys)
    if columns is None:
        return None
    plan = []
    for key, fixed, convert in columns:
        if fixed is not _NOT_FIXED:
            plan.append(("fixed", _bind(convert, fixed)))
        elif convert is None:
            plan.append(("key", key, None))
        elif convert is _sqlite_text:
            plan.append(("key", key, "datetime"))
        elif convert is dt.date.isoformat:
            plan.append(("key", key, "date"))
        elif convert is processors.to_float:
            plan.append(("key", key, "float"))
        elif _passes_its_texts(table.c[key].type, convert):
            plan.append(("key", key, None))
        else:
            return None
    return sql, plan


def _passes_its_texts(column_type, convert) -> bool:
    """An Enum column whose bind conversion leaves each of its texts as it is."""
    from sqlalchemy import Enum
    return isinstance(column_type, Enum) and all(convert(v) == v for v in column_type.enums)
