"""The territory tree: create, rename and set potential, move within the tree (never under
itself), archive with its history kept, restore. Admins only (the tree is the company's; managers
move their reps within it: models.services.territories.reassign)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation

from sqlalchemy import select

from models.db.core import Territory, TerritoryAssignment
from models.db.errors import RepdeskError, ValidationError
from models.domain.enums import TerritoryKind
from models.services.setup.common import load_for_edit, require_admin, writing
from models.i18n import _


@dataclass(frozen=True)
class TerritoryRecord:
    id: int | None = None
    version: int | None = None
    name: str = ""
    parent_id: int | None = None
    kind: str = TerritoryKind.GEOGRAPHIC.value
    market_potential: Decimal | None = None
    archived_on: dt.date | None = None

    def with_values(self, **values) -> TerritoryRecord:
        return replace(self, **values)


def _record(t: Territory) -> TerritoryRecord:
    return TerritoryRecord(t.id, t.version, t.name, t.parent_id, str(t.kind), t.market_potential,
                           t.archived_on)


def list_territories(db, *, include_archived: bool = True) -> list[TerritoryRecord]:
    """Every territory by name (parents before nothing in particular: build the tree from
    parent_id)."""
    stmt = select(Territory).order_by(Territory.name, Territory.id)
    if not include_archived:
        stmt = stmt.where(Territory.archived_on.is_(None))
    with db.read() as s:
        return [_record(t) for t in s.scalars(stmt)]


def _parents(session) -> dict[int, int | None]:
    return dict(session.execute(select(Territory.id, Territory.parent_id)).all())


def would_cycle(parents: dict[int, int | None], territory_id: int, new_parent: int | None) -> bool:
    """True when `new_parent` is the territory itself or one of its descendants."""
    seen = set()
    current = new_parent
    while current is not None and current not in seen:
        if current == territory_id:
            return True
        seen.add(current)
        current = parents.get(current)
    return False


def _check(session, record: TerritoryRecord) -> TerritoryRecord:
    problems = {}
    name = (record.name or "").strip()
    if not name:
        problems["name"] = _("A territory needs a name.")
    elif len(name) > 200:
        problems["name"] = _("A territory's name has at most 200 characters.")
    if record.kind not in {k.value for k in TerritoryKind}:
        problems["kind"] = _("The kind is geographic, named accounts or industry.")
    potential = record.market_potential
    if potential is not None:
        try:
            potential = Decimal(str(potential))
            if not potential.is_finite() or potential < 0 or potential >= Decimal("1e12"):
                raise InvalidOperation
        except InvalidOperation:
            problems["market_potential"] = _("The potential is an amount of zero or more.")
    if record.parent_id is not None:
        parent = session.get(Territory, record.parent_id)
        if parent is None:
            problems["parent_id"] = _("That parent territory no longer exists.")
        elif parent.archived_on is not None:
            problems["parent_id"] = _("“{name}” is archived.").format(name=parent.name)
        elif record.id is not None and would_cycle(_parents(session), record.id, record.parent_id):
            problems["parent_id"] = _("A territory cannot move under itself or one of its own.")
    if problems:
        raise ValidationError(problems)
    return replace(record, name=name, market_potential=potential)


@writing
def save_territory(db, acting, record: TerritoryRecord) -> TerritoryRecord:
    """Create (`record.id` None) or change a territory's name, kind, potential and parent
    (admins only; version-checked; a move that would put it under itself is refused)."""
    require_admin(acting, _("change the territory tree"))
    with db.write() as s:
        record = _check(s, record)
        values = dict(name=record.name, parent_id=record.parent_id,
                      kind=TerritoryKind(record.kind), market_potential=record.market_potential)
        if record.id is None:
            row = Territory(**values)
            s.add(row)
        else:
            row = load_for_edit(s, Territory, record.id, record.version,
                                {**values, "kind": record.kind}, _("Territory “{name}”").format(
                                                                     name=record.name))
            for key, value in values.items():
                setattr(row, key, value)
        s.flush()
        return _record(row)


def move_territory(db, acting, territory_id: int, version: int,
                   new_parent_id: int | None) -> TerritoryRecord:
    """Move a territory (with everything under it) under another one, or to the top (None)."""
    current = next((t for t in list_territories(db) if t.id == territory_id), None)
    if current is None:
        raise RepdeskError(_("Territory {territory_id} no longer exists.").format(
                               territory_id=territory_id))
    return save_territory(db, acting, current.with_values(version=version,
                                                          parent_id=new_parent_id))


@writing
def archive_territory(db, acting, territory_id: int, version: int, *,
                      on: dt.date | None = None) -> TerritoryRecord:
    """Archive a territory (admins only): its reps' assignments end the day before `on`
    (default today) and stay in its history; accounts and deals keep pointing at it. Refused
    while a territory under it is still in use."""
    require_admin(acting, _("archive territories"))
    on = on or dt.date.today()
    with db.write() as s:
        row = load_for_edit(s, Territory, territory_id, version, {"archived_on": str(on)},
                            _("This territory"))
        live = s.execute(select(Territory.name).where(Territory.parent_id == territory_id,
                                                      Territory.archived_on.is_(None))).first()
        if live:
            raise RepdeskError(_("“{live}” under “{name}” is still in use: archive or move it "
                                 "first.").format(live=live[0], name=row.name))
        for a in s.scalars(select(TerritoryAssignment).where(
                TerritoryAssignment.territory_id == territory_id,
                TerritoryAssignment.end_date.is_(None) | (TerritoryAssignment.end_date >= on))):
            a.end_date = max(a.start_date, on - dt.timedelta(days=1))
        row.archived_on = on
        s.flush()
        return _record(row)


@writing
def restore_territory(db, acting, territory_id: int, version: int) -> TerritoryRecord:
    """Bring an archived territory back (admins only; its parent must be in use)."""
    require_admin(acting, _("restore territories"))
    with db.write() as s:
        row = load_for_edit(s, Territory, territory_id, version, {"archived_on": None},
                            _("This territory"))
        if row.parent_id is not None:
            parent = s.get(Territory, row.parent_id)
            if parent is not None and parent.archived_on is not None:
                raise RepdeskError(_("“{name}” above it is archived: restore that first.").format(
                                       name=parent.name))
        row.archived_on = None
        s.flush()
        return _record(row)
