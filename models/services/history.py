"""The history of any record from the audit trail, and an admin's way back.

- `history()` lists every change of a row (who, when, old -> new), filtered by user and date.
  Bulk updates record only the new values; the old ones are filled in from the change before.
- `restore_value()` / `undo_change()` put old values back; `restore_deleted()` brings a deleted
  record back with its id. All three are admin-only and are themselves audited changes.
- Deleting a rep is a soft delete (`depart_rep`: status 'departed', end date set); their numbers
  and reviews stay. `purge_rep()` is the admin-only hard delete, confirmed by typing the name.
"""
from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, exc, or_, select

from models.db.base import Base
from models.db.core import AuditEntry, Compensation, Rep, TerritoryAssignment
from models.db.errors import PermissionDenied, RepdeskError, ValidationError
from models.db.retry import save_changes
from models.domain.enums import RepStatus, UserRole
from models.i18n import _

HIDDEN_FIELDS = {"id", "version", "updated_at"}
# Tables whose history only pay readers see (the audit rows are also hidden on PostgreSQL).
PAY_TABLES = {"compensation"}


@dataclass(frozen=True)
class Change:
    field: str
    old: Any
    new: Any
    old_known: bool = True  # False: a batch change of a value never recorded before
    old_label: str | None = None   # what an id stands for ('Proposal sent' for stage 3), to show
    new_label: str | None = None


@dataclass(frozen=True)
class HistoryEvent:
    audit_id: int
    at: dt.datetime
    user: str
    action: str            # insert / update / delete / bulk_update / bulk_insert
    table: str
    row_id: str
    changes: tuple[Change, ...]

    @property
    def restorable(self) -> bool:
        return self.action in ("update", "bulk_update", "delete")


def entity_for(table: str):
    for mapper in Base.registry.mappers:
        if getattr(mapper.class_, "__tablename__", None) == table:
            return mapper.class_
    raise RepdeskError(_("There is no record type '{table}'.").format(table=table))


def _check_can_read(table: str, user) -> None:
    if user is not None and table in PAY_TABLES and not user.sees_compensation:
        raise PermissionDenied(_("Pay history is visible to HR and admins only."))


def history(db, table: str, row_id, *, user_login: str | None = None,
            since: dt.date | None = None, until: dt.date | None = None,
            viewer=None) -> list[HistoryEvent]:
    """Every audited change of one row, oldest first, optionally of one user and between dates
    (inclusive). Old values of bulk updates are filled in from the value before them."""
    _check_can_read(table, viewer)
    with db.read() as session:
        part_names = _part_names(session, table, row_id)
        rows = or_(and_(AuditEntry.table_name == table, AuditEntry.row_id == str(row_id)),
                   *(and_(AuditEntry.table_name == part,
                          AuditEntry.row_id.in_([str(i) for i in names]))
                     for part, names in part_names.items()))
        entries = session.execute(select(AuditEntry).where(rows)
                                  .order_by(AuditEntry.id)).scalars().all()
        session.expunge_all()   # the entries stay as read, whatever the name look-up meets
        names = _referenced_names(session, entries)
    known: dict[tuple[str, str], dict[str, Any]] = {}  # per row: its values as last recorded
    events = []
    for e in entries:
        row_known = known.setdefault((e.table_name, e.row_id), {})
        old, new = dict(e.old_values or {}), dict(e.new_values or {})
        unknown: set[str] = set()
        if e.action in ("bulk_update",):
            old = {k: row_known.get(k) for k in new if k not in HIDDEN_FIELDS}
            unknown = {k for k in old if k not in row_known}
        fields = [k for k in (list(new) + [k for k in old if k not in new])
                  if k not in HIDDEN_FIELDS and k not in PART_KEYS]
        prefix = (part_names[e.table_name].get(int(e.row_id))
                  if e.table_name in part_names and e.row_id else None)
        name = (lambda k: f"{prefix} · {k}") if prefix else (lambda k: k)
        def shown(k, value, table=e.table_name):
            if isinstance(value, (list, dict)):   # a JSON value (a sprint's deal ids) names nothing
                return None
            return names.get((table, k), {}).get(value)
        if e.action == "delete":
            changes = tuple(Change(name(k), old.get(k), None, old_label=shown(k, old.get(k)))
                            for k in fields)
            row_known.clear()
        else:
            changes = tuple(Change(name(k), old.get(k), new.get(k), k not in unknown,
                                   shown(k, old.get(k)), shown(k, new.get(k))) for k in fields)
            row_known.update(new)
        events.append(HistoryEvent(e.id, e.at, e.user_login, e.action, e.table_name,
                                   e.row_id, changes))
    return [ev for ev in events if _keep(ev, user_login, since, until)]


PART_KEYS = {"review_id", "dimension_id"}  # a part's link to its record: nothing to show
NAME_COLUMNS = ("name", "full_name", "title", "login")


def _referenced_names(session, entries) -> dict[tuple[str, str], dict[Any, str]]:
    """{(table, field): {id: name}} for the foreign keys the entries change: a deal's history
    reads "Stage: Proposal sent → Closing", not "Stage: 1 → 2". One query per referenced
    table; ids of rows deleted since stay numbers."""
    wanted: dict[tuple[str, str], set] = {}
    for e in entries:
        for values in (e.old_values or {}, e.new_values or {}):
            for field, value in values.items():
                if field.endswith("_id") and isinstance(value, int) and field not in PART_KEYS:
                    wanted.setdefault((e.table_name, field), set()).add(value)
    out: dict[tuple[str, str], dict[Any, str]] = {}
    for (table, field), ids in wanted.items():
        try:
            column = entity_for(table).__table__.c[field]
        except (RepdeskError, KeyError):
            continue
        for fk in column.foreign_keys:
            target = fk.column.table
            label = next((target.c[c] for c in NAME_COLUMNS if c in target.c), None)
            if label is None:
                continue
            try:
                rows = session.execute(select(fk.column, label).where(fk.column.in_(ids))).all()
            except Exception:  # noqa: BLE001 - a table this login may not read: keep the ids
                session.rollback()
                continue
            out[(table, field)] = {key: name for key, name in rows if name}
    return out


def _part_names(session, table: str, row_id) -> dict[str, dict[int, str]]:
    """{part table: {part id: what to call it}} for the parts of one record: a review's ratings
    and goals are edited with it, so their changes belong to its history ("Communication ·
    rating")."""
    if table != "reviews":
        return {}
    from models.db.reviews import ReviewDimension, ReviewGoal, ReviewRating
    rid = int(row_id)
    ratings = {i: name for i, name in session.execute(
        select(ReviewRating.id, ReviewDimension.name)
        .join(ReviewDimension, ReviewDimension.id == ReviewRating.dimension_id)
        .where(ReviewRating.review_id == rid))}
    goals = {i: _("Goal {n}").format(n=n) for n, (i,) in enumerate(session.execute(
        select(ReviewGoal.id).where(ReviewGoal.review_id == rid)
        .order_by(ReviewGoal.sort_order, ReviewGoal.id)), start=1)}
    return {"review_ratings": ratings, "review_goals": goals}


def _keep(ev: HistoryEvent, user_login, since, until) -> bool:
    if user_login and ev.user != user_login:
        return False
    day = _as_utc(ev.at).date()
    if since and day < since:
        return False
    if until and day > until:
        return False
    return True


def _as_utc(at: dt.datetime) -> dt.datetime:
    return at if at.tzinfo else at.replace(tzinfo=dt.timezone.utc)


def rep_history(db, rep_id: int, *, viewer=None, **filters) -> list[HistoryEvent]:
    """A rep's own changes plus those of their territory assignments (and pay, for those who may
    see it), newest last."""
    events = history(db, "reps", rep_id, **filters)
    with db.read() as session:
        assignment_ids = session.execute(select(TerritoryAssignment.id)
                                         .where(TerritoryAssignment.rep_id == rep_id)).scalars().all()
        pay_ids = []
        if viewer is None or viewer.sees_compensation:
            pay_ids = session.execute(select(Compensation.id)
                                      .where(Compensation.rep_id == rep_id)).scalars().all()
    for a in assignment_ids:
        events += history(db, "territory_assignments", a, **filters)
    for c in pay_ids:
        events += history(db, "compensation", c, **filters)
    return sorted(events, key=lambda e: e.audit_id)


def users_in_history(events: list[HistoryEvent]) -> list[str]:
    return sorted({e.user for e in events})


# -- turning JSON back into column values --------------------------------------------------
def from_json(entity, field: str, value: Any) -> Any:
    column = entity.__table__.c.get(field)
    if column is None:
        raise ValidationError({field: _("no such field")})
    if value is None:
        return None
    try:
        py = column.type.python_type
    except NotImplementedError:
        return value
    if py is dt.datetime:
        return dt.datetime.fromisoformat(value)
    if py is dt.date:
        return dt.date.fromisoformat(value)
    if py is Decimal:
        return Decimal(str(value))
    if isinstance(py, type) and issubclass(py, enum.Enum):
        return py(value)
    return value


def _require_admin(user, doing: str) -> None:
    if user is None or user.role != UserRole.ADMIN:
        raise PermissionDenied(_("Only an admin may {doing}.").format(doing=doing))


def restore_value(db, acting, table: str, row_id, field: str, value: Any) -> int:
    """Put an old value back into a field (admin only). Returns the record's new version."""
    _require_admin(acting, "restore old values")
    entity = entity_for(table)
    if field in HIDDEN_FIELDS:
        raise ValidationError({field: _("cannot be restored")})
    with db.read() as session:
        current = session.get(entity, int(row_id))
    if current is None:
        raise RepdeskError(_("{__name__} {row_id} no longer exists; restore the deleted record "
                             "first.").format(__name__=entity.__name__, row_id=row_id))
    return save_changes(db, entity, int(row_id), current.version,
                        {field: from_json(entity, field, value)})


def undo_change(db, acting, event: HistoryEvent) -> int:
    """Put back every old value of one update (admin only)."""
    _require_admin(acting, "restore old values")
    if event.action not in ("update", "bulk_update"):
        raise RepdeskError(_("Only a change of values can be undone this way."))
    entity = entity_for(event.table)
    with db.read() as session:
        current = session.get(entity, int(event.row_id))
    if current is None:
        raise RepdeskError(_("{__name__} {row_id} no longer exists.").format(
                               __name__=entity.__name__, row_id=event.row_id))
    changes = {c.field: from_json(entity, c.field, c.old) for c in event.changes}
    return save_changes(db, entity, int(event.row_id), current.version, changes)


def restore_deleted(db, acting, table: str, row_id) -> None:
    """Bring back a deleted record with its id and last values (admin only; audited as an insert)."""
    _require_admin(acting, "restore deleted records")
    entity = entity_for(table)
    with db.write() as session:
        if session.get(entity, int(row_id)) is not None:
            raise RepdeskError(_("{__name__} {row_id} exists; there is nothing to restore.").format(
                                   __name__=entity.__name__, row_id=row_id))
        last = session.execute(
            select(AuditEntry).where(AuditEntry.table_name == table,
                                     AuditEntry.row_id == str(row_id),
                                     AuditEntry.action == "delete")
            .order_by(AuditEntry.id.desc()).limit(1)).scalar_one_or_none()
        if last is None or not last.old_values:
            raise RepdeskError(_("The audit trail holds no deleted {__name__} {row_id}.").format(
                                   __name__=entity.__name__, row_id=row_id))
        columns = set(entity.__table__.c.keys()) - HIDDEN_FIELDS
        values = {k: from_json(entity, k, v) for k, v in last.old_values.items() if k in columns}
        obj = entity(id=int(row_id), **values)
        session.add(obj)
        try:
            session.flush()
            _restore_details(session, table, row_id, last.tx)
        except exc.IntegrityError as error:
            raise RepdeskError(_("{__name__} {row_id} cannot come back as it was: {orig}").format(
                                   __name__=entity.__name__, row_id=row_id,
                                   orig=str(error.orig).splitlines()[0])) from None


def _restore_details(session, table: str, row_id, tx) -> None:
    """The details deleted in the same transaction as the record (a deal's notes and stage
    history), put back with their ids."""
    from models.db.server_audit import DETAILS
    children = {detail: link for detail, (link, parent) in DETAILS.items() if parent == table}
    if not children or tx is None:
        return
    entries = session.execute(
        select(AuditEntry).where(AuditEntry.tx == tx, AuditEntry.action == "delete",
                                 AuditEntry.table_name.in_(children))
        .order_by(AuditEntry.id)).scalars().all()
    for e in entries:
        old = e.old_values or {}
        if str(old.get(children[e.table_name])) != str(row_id):
            continue
        detail = entity_for(e.table_name)
        columns = set(detail.__table__.c.keys()) - {"version", "updated_at"}
        session.add(detail(**{k: from_json(detail, k, v) for k, v in old.items() if k in columns}))
    session.flush()


# -- leaving and purging ------------------------------------------------------------------
def depart_rep(db, acting, rep_id: int, version: int, *, end_date: dt.date | None = None) -> int:
    """The 'delete' of a rep: they become departed; their numbers, reviews and history stay."""
    if acting is not None and acting.role == UserRole.TRAINER:
        raise PermissionDenied(_("Trainers cannot remove reps."))
    return save_changes(db, Rep, rep_id, version,
                        {"status": RepStatus.DEPARTED, "end_date": end_date or dt.date.today()})


def purge_rep(db, acting, rep_id: int, *, confirm_name: str) -> None:
    """Hard delete of a rep and of their pay and territory assignments (admin only). `confirm_name`
    must be the rep's full name. Refused while other records (numbers, reviews…) still point at
    the rep: departed keeps them."""
    _require_admin(acting, "purge a rep")
    try:
        with db.write() as session:
            rep = session.get(Rep, rep_id)
            if rep is None:
                raise RepdeskError(_("Rep {rep_id} does not exist.").format(rep_id=rep_id))
            if confirm_name.strip() != rep.full_name:
                raise ValidationError({"confirm": _("type the rep's full name ({full_name}) to "
                                                    "confirm the purge").format(
                                                      full_name=rep.full_name)})
            for obj in session.execute(select(TerritoryAssignment)
                                       .where(TerritoryAssignment.rep_id == rep_id)).scalars():
                session.delete(obj)
            for obj in session.execute(select(Compensation)
                                       .where(Compensation.rep_id == rep_id)).scalars():
                session.delete(obj)
            session.flush()
            session.delete(rep)
            session.flush()
    except exc.IntegrityError as error:
        raise RepdeskError(_("Rep {rep_id} still has records elsewhere (numbers, deals or "
                             "reviews) and cannot be purged; mark them departed instead. "
                             "({orig})").format(
                               rep_id=rep_id, orig=str(error.orig).splitlines()[0])) from None


def deleted_records(db, table: str, *, limit: int = 200) -> list[HistoryEvent]:
    """Deletions of a table whose row is still gone, newest first (for a restore list)."""
    entity = entity_for(table)
    with db.read() as session:
        entries = session.execute(
            select(AuditEntry).where(AuditEntry.table_name == table, AuditEntry.action == "delete")
            .order_by(AuditEntry.id.desc()).limit(limit)).scalars().all()
        existing = set(session.execute(select(entity.id).where(
            entity.id.in_([int(e.row_id) for e in entries if e.row_id]))).scalars())
    out, seen = [], set()
    for e in entries:
        if e.row_id and int(e.row_id) not in existing and e.row_id not in seen:
            seen.add(e.row_id)
            out.append(HistoryEvent(e.id, e.at, e.user_login, e.action, table, e.row_id,
                                    tuple(Change(k, v, None) for k, v in (e.old_values or {}).items()
                                          if k not in HIDDEN_FIELDS)))
    return out

