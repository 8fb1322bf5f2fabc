"""Runs the area generators in order, in one transaction."""
from __future__ import annotations

import datetime as dt
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

# (name, generate(ctx)) in the order they run; later areas append theirs.
AREA_GENERATORS: list[tuple[str, Callable[[DemoContext], None]]] = [
    ("company", core_company.generate),
    ("funnel", funnel_demo.generate),
    ("roster", roster_demo.generate),
    ("key numbers", activity_demo.generate),
    ("quality of selling", quality_demo.generate),
    ("reviews", reviews_demo.generate),
    ("sales plan", plans_demo.generate),
    ("costs of the sales system", costs_demo.generate),
    ("notes from the field", notes_demo.generate),
]


def generate(db: Database, *, reps: int = 300, seed: int = 42, today: dt.date | None = None,
             progress: Callable[[str], None] | None = None) -> DemoContext:
    if reps < 5:
        raise RepdeskError("A demo company needs at least 5 reps.")
    with db.write() as session:
        if session.execute(select(func.count()).select_from(Rep)).scalar():
            raise RepdeskError(f"{db.describe()} already holds reps; the demo needs an empty database.")
        ctx = DemoContext(connection=session.connection(), seed=seed,
                          today=today or dt.date.today(), user=db.user, reps_wanted=reps)
        if progress:
            ctx.progress = progress
        with _bulk_pragmas(ctx.connection):
            for name, area_generate in AREA_GENERATORS:
                ctx.progress(f"Generating {name}…")
                area_generate(ctx)
        if db.backend == "postgresql":
            reset_sequences(ctx.connection)
    return ctx


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
