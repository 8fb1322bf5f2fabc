"""Undoing an import batch (models/imports/batches.py says what a batch is).

In one transaction, after every check, so that a refusal writes nothing:
1. the batch's audit rows (its transaction) are read, and the rows it wrote are looked at for a
   later change (another login's edit, a note or stage move of a deal it created), for rows this
   login can no longer see (moved to another team), for what the login may not do (only an
   admin removes reps) and for rows made since that point at a row it created;
2. overwritten values are put back (latest first), created rows removed one table at a time
   (details first), deleted rows brought back with their ids;
3. an activity batch's cells get their old values (or are emptied) after checking that each
   still holds what the batch wrote.
Each refusal is one sentence naming the row and what to do.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import bindparam, exc, or_, select, text
from sqlalchemy import delete as sql_delete

from models.db import audit
from models.db.activity import ActivityMetric, ActivityValue
from models.db.base import Base, utcnow
from models.db.core import AuditEntry, Rep
from models.db.errors import PermissionDenied, RepdeskError
from models.db.imports import ImportBatch as BatchRow
from models.db.imports import ImportBatchCell
from models.db.server_audit import DETAILS
from models.domain.enums import UserRole
from models.imports.batches import (SESSION_FLAG, UndoRefused, UndoResult, changed_cells,
                                    transaction_id)

NOT_UNDONE = {"activity_values", "activity_weekly", "import_batches", "import_batch_cells",
              "import_profiles", "audit_log"}
ROW_NOUNS = {"reps": "rep", "deals": "deal", "accounts": "account", "teams": "team",
             "lost_reasons": "lost reason", "evaluations": "evaluation",
             "evaluation_waves": "evaluation wave", "deal_stage_changes": "stage change of a deal",
             "evaluation_answers": "answer of an evaluation",
             "evaluation_section_scores": "section score of an evaluation"}


def undo_batch(db, acting_user, batch_id: int) -> UndoResult:
    from models.imports.locks import lock_import
    with db.write() as session:
        batch = session.get(BatchRow, batch_id)
        scope = getattr(db, "read_scope", None)
        if batch is None or (scope is not None and batch.user_login != (scope.login or db.user)):
            raise RepdeskError(f"There is no import {batch_id} that you may see.")
        is_admin = acting_user is not None and acting_user.role == UserRole.ADMIN
        if not is_admin and (acting_user is None or acting_user.login != batch.user_login):
            raise PermissionDenied(f"Only {batch.user_login}, who ran import {batch_id}, or an "
                                   "admin may undo it.")
        lock_import(session, batch.kind)    # an import of that kind is not halfway through
        session.refresh(batch)              # ... nor another undo of this one
        if batch.undone_at is not None:
            raise UndoRefused(f"Import {batch_id} was already undone on "
                              f"{_day(batch.undone_at)} by {batch.undone_by}.")
        session.info[SESSION_FLAG] = "undo"
        cells = _undo_cells(session, batch, acting_user) if batch.kind == "activity" else 0
        removed, restored = _undo_audited(session, batch, acting_user)
        session.flush()
        batch.undone_at = utcnow()
        batch.undone_by = acting_user.login
        batch.undo_tx = transaction_id(session)
    return UndoResult(batch_id, removed, restored, cells)


def _day(moment: dt.datetime) -> str:
    return f"{moment:%Y-%m-%d %H:%M}"


def _entity(table: str):
    from models.services.history import entity_for
    return entity_for(table)


def _undone_txs(session) -> set[int]:
    """Transactions whose changes were taken back already: undone batches and their undos."""
    found: set[int] = set()
    for tx, undo_tx in session.execute(select(BatchRow.tx, BatchRow.undo_tx)
                                       .where(BatchRow.undone_at.is_not(None))):
        found |= {t for t in (tx, undo_tx) if t is not None}
    return found


def _describe(session, table: str, row_id: str, obj=None, values: dict | None = None) -> str:
    """'the deal 'Pilot'': from the row, else from `values` (what the audit trail recorded of
    it, for a row this login can no longer read)."""
    noun = ROW_NOUNS.get(table, table.replace("_", " "))
    if obj is None:
        try:
            obj = session.get(_entity(table), int(row_id))
        except (RepdeskError, ValueError):
            obj = None
    for name in ("title", "full_name", "name"):
        value = getattr(obj, name, None) if obj is not None else (values or {}).get(name)
        if value:
            return f"the {noun} '{value}'"
    if table == "evaluations" and obj is not None:
        rep = session.get(Rep, obj.rep_id)
        return f"the evaluation of {rep.full_name if rep else obj.rep_id} on {obj.evaluated_on}"
    return f"the {noun} {row_id}"


INSERTS, UPDATES = ("insert", "bulk_insert"), ("update", "bulk_update")


def _undo_audited(session, batch: BatchRow, acting_user) -> tuple[int, int]:
    entries = session.execute(
        select(AuditEntry).where(AuditEntry.tx == batch.tx,
                                 AuditEntry.table_name.not_in(NOT_UNDONE))
        .order_by(AuditEntry.id)).scalars().all()
    if not entries:
        return 0, 0
    for e in entries:
        if e.row_id is None:
            raise UndoRefused(
                f"Import {batch.id} changed {(e.new_values or {}).get('rows', 'many')} "
                f"{e.table_name.replace('_', ' ')} in one bulk statement, which the audit trail "
                "keeps only as a count; it cannot be undone row by row.")
    _refuse_later_changes(session, batch, entries)
    objects = _load(session, entries)
    gone_within = {(e.table_name, e.row_id) for e in entries if e.action == "delete"}
    for e in entries:
        if (e.action in INSERTS and (e.table_name, int(e.row_id)) not in objects
                and (e.table_name, e.row_id) not in gone_within):
            # deleted since, or moved where this login cannot see it (another team's rep):
            # either way the undo would be partial
            raise UndoRefused(
                f"Import {batch.id} cannot be undone: "
                f"{_describe(session, e.table_name, e.row_id, values=e.new_values)} it created "
                "is no longer there or no longer in your teams; ask an admin.")
    _refuse_if_not_allowed(session, batch, entries, acting_user)
    _refuse_if_used(session, batch, entries, objects)
    removed, restored, number = 0, 0, batch.id   # the number, for after a refused flush
    created = {(e.table_name, e.row_id) for e in entries if e.action in INSERTS}
    rank = {t.name: i for i, t in enumerate(Base.metadata.sorted_tables)}  # parents first
    try:
        # 1. Values put back, latest change first (a row changed twice ends at its first old
        #    values); rows the batch created go in step 2 whatever they were changed to.
        for e in reversed(entries):
            if e.action in UPDATES and (e.table_name, e.row_id) not in created:
                obj = objects.get((e.table_name, int(e.row_id)))
                if obj is None:
                    raise UndoRefused(f"Import {number} cannot be undone: the "
                                      f"{ROW_NOUNS.get(e.table_name, e.table_name)} "
                                      f"{e.row_id} it changed is no longer there or no longer "
                                      "in your teams; ask an admin.")
                _put_back(session, batch, e, _entity(e.table_name), obj)
                restored += 1
        session.flush()
        # 2. Created rows removed, details before what they belong to (a deal's stage changes,
        #    then the deal, then its new account), one table at a time.
        deletes = _Deletes(session)
        for table in sorted({t for t, _ in created}, key=lambda t: -rank.get(t, 0)):
            for e in entries:
                obj = objects.get((table, int(e.row_id))) if e.table_name == table else None
                if e.action in INSERTS and obj is not None:
                    deletes.add(obj)
                    removed += 1
            deletes.flush()
        # 3. Rows the batch deleted (a replaced section score) back with their ids, parents
        #    first; not those it had created itself.
        from models.services.history import from_json
        for e in sorted(entries, key=lambda e: (rank.get(e.table_name, 0), e.id)):
            if (e.action == "delete" and (e.table_name, e.row_id) not in created
                    and (e.table_name, int(e.row_id)) not in objects):
                entity = _entity(e.table_name)
                columns = set(entity.__table__.c.keys()) - {"version", "updated_at"}
                session.add(entity(**{k: from_json(entity, k, v)
                                      for k, v in (e.old_values or {}).items() if k in columns}))
                restored += 1
        session.flush()
    except exc.IntegrityError:
        raise UndoRefused(f"Import {number} cannot be undone: rows it created are now used by "
                          "other records; remove those first.") from None
    return removed, restored


class _Deletes:
    """Rows of one table to remove: by the session on SQLite (whose audit the session writes);
    on PostgreSQL by one DELETE per 1,000 ids, as the server audits a statement at a time."""

    def __init__(self, session):
        self.session = session
        self.bulk = session.get_bind().dialect.name == "postgresql"
        self.pending: list = []

    def add(self, obj) -> None:
        if self.bulk:
            self.pending.append(obj)
        else:
            self.session.delete(obj)

    def flush(self) -> None:
        self.session.flush()
        if not self.pending:
            return
        table = type(self.pending[0]).__table__
        ids = [obj.id for obj in self.pending]
        for at in range(0, len(ids), 1000):
            self.session.execute(sql_delete(table).where(table.c.id.in_(ids[at:at + 1000])))
        for obj in self.pending:
            self.session.expunge(obj)
        self.pending = []


def _load(session, entries: list[AuditEntry]) -> dict[tuple[str, int], Any]:
    """(table, id) -> the row as it is now, read with one query per table and 500 ids."""
    ids: dict[str, set[int]] = {}
    for e in entries:
        ids.setdefault(e.table_name, set()).add(int(e.row_id))
    found = {}
    for table, keys in ids.items():
        entity = _entity(table)
        keys = sorted(keys)
        for at in range(0, len(keys), 500):
            for obj in session.execute(select(entity).where(entity.id.in_(keys[at:at + 500]))
                                       ).scalars():
                found[(table, obj.id)] = obj
    return found


def _refuse_if_not_allowed(session, batch: BatchRow, entries: list[AuditEntry],
                           acting_user) -> None:
    """Undoing removes what the batch created and brings back what it deleted: the login must
    be allowed to (only an admin removes reps, for one). Asked of the server on PostgreSQL; on
    SQLite the same rule is read from models/db/access.py."""
    from models.db import access
    from models.db.security import GROUP_ROLES
    group = GROUP_ROLES.get(acting_user.role)
    needs = {(e.table_name, "DELETE" if e.action in INSERTS else "INSERT")
             for e in entries if e.action in INSERTS or e.action == "delete"}
    for table, privilege in sorted(needs):
        if session.get_bind().dialect.name == "postgresql":
            allowed = session.execute(
                text("SELECT has_table_privilege(CAST(:t AS text), CAST(:p AS text))"),
                {"t": table, "p": privilege}).scalar()
        else:
            spec = access.TABLES.get(table, {})
            who = spec.get("delete", spec.get("write", ())) if privilege == "DELETE" \
                else spec.get("write", ())
            allowed = group in who
        if not allowed:
            noun = ROW_NOUNS.get(table, table.replace("_", " "))
            doing = "remove" if privilege == "DELETE" else "bring back"
            raise UndoRefused(f"Import {batch.id} cannot be undone by you: it would {doing} "
                              f"{noun}s, which your role may not; ask an admin.")


def _may_read(session, table: str) -> bool:
    if session.get_bind().dialect.name != "postgresql":
        return True
    return bool(session.execute(text("SELECT has_table_privilege(CAST(:t AS text), 'SELECT')"),
                                {"t": table}).scalar())


def _refuse_if_used(session, batch: BatchRow, entries: list[AuditEntry], objects) -> None:
    """A row the batch created that a row made since points at (a rep who now owns a deal of
    another import) stops the undo, named, before anything is written. Rows deleted with it
    (ON DELETE CASCADE: a deal's notes) were looked at as later changes."""
    created: dict[str, list[int]] = {}
    for e in entries:
        if e.action in INSERTS and (e.table_name, int(e.row_id)) in objects:
            created.setdefault(e.table_name, []).append(int(e.row_id))
    made = {(e.table_name, e.row_id) for e in entries if e.action in INSERTS}

    def refuse(table: str, key: int, what: str):
        name = _describe(session, table, str(key), objects.get((table, key)))
        raise UndoRefused(f"Import {batch.id} cannot be undone: {name} that it created {what}; "
                          "remove those first.")

    for table, ids in created.items():
        if table == "reps":   # daily numbers have no foreign key (models/db/activity.py)
            row = session.execute(select(ActivityValue.rep_id)
                                  .where(ActivityValue.rep_id.in_(ids)).limit(1)).first()
            if row:
                refuse(table, row[0], "now has daily numbers")
        used: dict[int, list[str]] = {}     # created id -> what points at it now
        for other in Base.metadata.sorted_tables:
            for fk in other.foreign_keys:
                if (fk.column.table.name != table or fk.ondelete == "CASCADE"
                        or not _may_read(session, other.name)):
                    continue   # (a table this login may not read: the database refuses instead)
                keys = list(other.primary_key.columns)
                for at in range(0, len(ids), 500):
                    for row in session.execute(select(fk.parent, *keys)
                                               .where(fk.parent.in_(ids[at:at + 500]))):
                        if (other.name, ",".join(str(v) for v in row[1:])) not in made:
                            noun = ROW_NOUNS.get(other.name, other.name.replace("_", " "))
                            if noun not in used.setdefault(row[0], []):
                                used[row[0]].append(noun)
        if used:
            key, nouns = min(used.items())
            refuse(table, key, "is now used by other records (" +
                   ", ".join(("an " if n[0] in "aeiou" else "a ") + n for n in nouns) + ")")


def _put_back(session, batch: BatchRow, e: AuditEntry, entity, obj) -> None:
    from models.services.history import HIDDEN_FIELDS, from_json
    columns = set(entity.__table__.c.keys()) - HIDDEN_FIELDS
    for field, new in (e.new_values or {}).items():
        if field in columns and not _same(getattr(obj, field), from_json(entity, field, new)):
            raise UndoRefused(
                f"Import {batch.id} cannot be undone: "
                f"{_describe(session, e.table_name, e.row_id)} was changed after it "
                f"({field.replace('_', ' ')} is no longer what the import wrote).")
    for field, old in (e.old_values or {}).items():
        if field in columns:
            setattr(obj, field, from_json(entity, field, old))


def _same(a, b) -> bool:
    if isinstance(a, dt.datetime) and isinstance(b, dt.datetime):
        utc = dt.timezone.utc
        a = a if a.tzinfo else a.replace(tzinfo=utc)
        b = b if b.tzinfo else b.replace(tzinfo=utc)
    a = a.value if hasattr(a, "value") and not isinstance(a, (int, float)) else a
    b = b.value if hasattr(b, "value") and not isinstance(b, (int, float)) else b
    return a == b


def _refuse_later_changes(session, batch: BatchRow, entries: list[AuditEntry]) -> None:
    """A later audit row (not of an undone batch or undo) on a row the batch wrote, or a later
    detail added to a row it created, refuses the undo with a sentence naming both."""
    first = entries[0].id
    ignore = _undone_txs(session) | {batch.tx}
    rows_by_table: dict[str, set[str]] = {}
    for e in entries:
        rows_by_table.setdefault(e.table_name, set()).add(e.row_id)
    created = {(e.table_name, e.row_id) for e in entries if e.action in ("insert", "bulk_insert")}
    recorded = {(e.table_name, e.row_id): {**(e.old_values or {}), **(e.new_values or {})}
                for e in entries}

    def later(condition):
        return session.execute(
            select(AuditEntry).where(AuditEntry.id > first, condition,
                                     or_(AuditEntry.tx.is_(None), AuditEntry.tx.not_in(ignore)))
            .order_by(AuditEntry.id)).scalars()

    for table, ids in rows_by_table.items():
        ids = sorted(ids)
        for at in range(0, len(ids), 500):
            for e in later((AuditEntry.table_name == table)
                           & AuditEntry.row_id.in_(ids[at:at + 500])):
                raise UndoRefused(
                    f"Import {batch.id} cannot be undone: "
                    f"{_describe(session, table, e.row_id, values=recorded[(table, e.row_id)])} "
                    f"was {_changed(e.action)} after it (by {e.user_login} on {_day(e.at)}); "
                    "undo that change first.")
    parents = {table for table, _ in created}
    for detail, (link, parent) in DETAILS.items():
        if parent not in parents:
            continue
        for e in later(AuditEntry.table_name == detail):
            values = e.new_values or e.old_values or {}
            if (parent, str(values.get(link))) in created:
                raise UndoRefused(
                    f"Import {batch.id} cannot be undone: "
                    f"{_describe(session, parent, str(values.get(link)))} that it created was "
                    f"changed after it (by {e.user_login} on {_day(e.at)}); undo that change "
                    "first.")


def _changed(action: str) -> str:
    return {"delete": "deleted", "batch_delete": "deleted"}.get(action, "changed")


def _undo_cells(session, batch: BatchRow, acting_user) -> int:
    """Give each daily number the batch changed its old value back (or empty it), after checking
    that each still holds what the batch wrote."""
    from models.services.activity import bulk_upsert, refresh_rollup
    cells = session.execute(
        select(ImportBatchCell.rep_id, ImportBatchCell.metric_id, ImportBatchCell.day,
               ImportBatchCell.new_value, ImportBatchCell.old_value)
        .where(ImportBatchCell.batch_id == batch.id)).all()
    if len(cells) != batch.created + batch.updated:
        # the cells of reps this login no longer sees (moved to another team) are hidden from it
        raise UndoRefused(f"Import {batch.id} cannot be undone: some of the daily numbers it "
                          "changed are of reps no longer in your teams; ask an admin.")
    if not cells:
        return 0
    # what each cell holds now (None: empty), read as the "old" side of an impossible value
    now = {(r, m, d): held for r, m, d, _never, held in
           changed_cells(session, [(r, m, d, -1) for r, m, d, _n, _o in cells])}
    for r, m, d, new, _old in cells:
        if now.get((r, m, d)) != new:
            rep = session.get(Rep, r)
            metric = session.get(ActivityMetric, m)
            held = now.get((r, m, d))
            raise UndoRefused(
                f"Import {batch.id} cannot be undone: {metric.name if metric else m} of "
                f"{rep.full_name if rep else r} on {d:%Y-%m-%d} was changed after it (it is "
                f"{'empty' if held is None else held} now, the import wrote {new}).")
    conn = session.connection()
    source = f"undo of import {batch.id}"
    back = [(r, m, d, old) for r, m, d, _new, old in cells if old is not None]
    bulk_upsert(conn, back, user=acting_user.login, source=source)
    emptied = [(r, m, d) for r, m, d, _new, old in cells if old is None]
    if emptied:
        if conn.dialect.name == "postgresql":
            conn.execute(text(
                "DELETE FROM activity_values v USING unnest(CAST(:r AS integer[]), "
                "CAST(:m AS integer[]), CAST(:d AS date[])) AS k(r, m, d) "
                "WHERE v.rep_id = k.r AND v.metric_id = k.m AND v.day = k.d"),
                {"r": [c[0] for c in emptied], "m": [c[1] for c in emptied],
                 "d": [c[2] for c in emptied]})
        else:
            t = ActivityValue.__table__
            conn.execute(sql_delete(t).where(t.c.rep_id == bindparam("r"),
                                             t.c.metric_id == bindparam("m"),
                                             t.c.day == bindparam("d")),
                         [{"r": r, "m": m, "d": d} for r, m, d in emptied])
        days = [c[2] for c in emptied]
        refresh_rollup(conn, min(days), max(days), rep_ids=sorted({c[0] for c in emptied}))
        audit.record_bulk(conn, "activity_values", "bulk_delete", acting_user.login,
                          summary={"rows": len(emptied), "source": source})
    return len(cells)
