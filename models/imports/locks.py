"""One import of a kind at a time per database, so that two workstations importing the same file
at once never duplicate rows.

Every import reads the keys the database already has (reps by e-mail or name and team, teams by
name, deals by CRM id or title, rep and account, accounts, lost reasons and waves by name), then
inserts what it did not find. Two imports reading at the same moment would both find nothing and
both insert: 600 reps from a 300-rep file. So each import opens its write transaction with
`import_transaction(db, kind)`, which takes its kind's lock *before* anything is read and holds
it until commit or rollback; a second import of that kind waits, then reads what the first wrote
and updates instead of inserting again.

- PostgreSQL: `pg_advisory_xact_lock(IMPORT_LOCKS, kind)` — per database, released by the server
  at commit, rollback or a lost connection.
- SQLite: the write transaction starts with BEGIN IMMEDIATE (models/db/database.py), so it holds
  the file's write lock from its first statement and every read inside it is already serialized
  with every other writer; nothing more is needed, as long as the reads are inside it.

A unique violation that still happens (a team created from the window at that very moment)
becomes one sentence, never a traceback; nothing of the import is written.

A dry run (`with dry_run() as plan:` around any import) does the whole import in that same
transaction, reads and checks included, and rolls it back at the end: the counts it reports are
the real import's, and nothing is kept, the SQLite audit rows written in the transaction neither.
It lives here, where every import's transaction opens, so the four imports need no flag of their
own.
"""
from __future__ import annotations

import contextlib
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Iterator, Sequence

from sqlalchemy import exc, text
from sqlalchemy.orm import Session

from models.db.errors import RepdeskError
from models.domain.progress import Progress

IMPORT_LOCKS = 0x52494D50  # "RIMP": the advisory lock class of imports (migrations use "REPD")
# kind -> (lock number, what the sentences call its rows)
KINDS: dict[str, tuple[int, str]] = {
    "reps": (1, "reps"),
    "deals": (2, "deals"),
    "activity": (3, "key numbers"),
    "evaluations": (4, "evaluations"),
}


class ImportCollision(RepdeskError):
    """Another workstation wrote the same rows at the same moment; this import wrote nothing."""


def collision_message(kind: str) -> str:
    noun = KINDS[kind][1]
    return (f"Another workstation was importing the same {noun} at the same moment; nothing was "
            "written, try again.")


@dataclass
class DryRunPlan:
    """What a dry run saw: each field and the file header it was read from."""
    columns: dict[str, str] = field(default_factory=dict)  # field -> file header


_DRY_RUN: ContextVar[DryRunPlan | None] = ContextVar("repdesk_import_dry_run", default=None)


class _DryRunEnd(Exception):
    """Raised at the end of a dry run's transaction so that Database.write() rolls it back."""


@contextlib.contextmanager
def dry_run() -> Iterator[DryRunPlan]:
    """Imports run inside this block write nothing: their transaction is rolled back at its end."""
    token = _DRY_RUN.set(DryRunPlan())
    try:
        yield _DRY_RUN.get()
    finally:
        _DRY_RUN.reset(token)


def in_dry_run() -> bool:
    return _DRY_RUN.get() is not None


def note_columns(headers: Sequence[str], columns: dict[str, int]) -> None:
    """Record the column mapping an import chose, for the dry run's report (no-op otherwise)."""
    plan = _DRY_RUN.get()
    if plan is not None:
        plan.columns.update({name: headers[index] for name, index in columns.items()
                             if index < len(headers)})


def lock_import(session: Session, kind: str, progress: Progress | None = None) -> None:
    """Take `kind`'s import lock in the session's (write) transaction; call it before reading
    existing keys. Waits while another workstation's import of that kind is running."""
    number, noun = KINDS[kind]
    conn = session.connection()   # on SQLite this begins the transaction: BEGIN IMMEDIATE
    if conn.dialect.name != "postgresql":
        return
    params = {"c": IMPORT_LOCKS, "k": number}
    if conn.execute(text("SELECT pg_try_advisory_xact_lock(:c, :k)"), params).scalar():
        return
    if progress is not None:
        progress.step(0, 0, f"Waiting for another workstation's import of {noun} to finish…")
    conn.execute(text("SELECT pg_advisory_xact_lock(:c, :k)"), params)


def is_unique_violation(error: BaseException) -> bool:
    orig = getattr(error, "orig", None) or error
    if getattr(orig, "sqlstate", None) == "23505":
        return True
    return "UNIQUE constraint failed" in str(orig)


@contextlib.contextmanager
def import_transaction(db, kind: str, progress: Progress | None = None) -> Iterator[Session]:
    """`db.write()` with `kind`'s import lock taken first; a unique violation (from a flush or the
    commit) comes out as ImportCollision, with everything rolled back."""
    try:
        with db.write() as session:
            lock_import(session, kind, progress)
            from models.imports import batches
            batches.start(session, kind)
            yield session
            if _DRY_RUN.get() is not None:
                session.flush()  # the constraints are checked as the real import would be
                raise _DryRunEnd
    except _DryRunEnd:
        pass
    except exc.IntegrityError as error:
        if not is_unique_violation(error):
            raise
        raise ImportCollision(collision_message(kind)) from None
