"""Territories: the tree with its current reps and quotas, assignment history, reassignment,
and the coverage/workload figures (potential, accounts, reps, quota per territory)."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import func, select

from models.db.core import Rep, Territory, TerritoryAssignment
from models.db.database import Database
from models.db.errors import RepdeskError
from models.db.roster import Quota
from models.domain.quotas import Measure, Period, allocation_gap, quarter_of
from models.domain.roster_assignments import (Assignment, ReassignError, covered,
                                              plan_reassignment)
from models.i18n import _


@dataclass(frozen=True)
class AssignedRep:
    assignment_id: int
    rep_id: int
    name: str
    role: str
    start: dt.date
    version: int


@dataclass
class TerritoryNode:
    id: int
    name: str
    parent_id: int | None
    kind: str
    market_potential: Decimal | None
    accounts: int = 0
    reps: list[AssignedRep] = field(default_factory=list)
    quota: Decimal | None = None          # the territory's own quota for the period
    allocated: Decimal = Decimal(0)      # sum of rep quotas allocated from it
    children: list[int] = field(default_factory=list)

    @property
    def gap(self) -> Decimal | None:
        return None if self.quota is None else allocation_gap(self.quota, [self.allocated])


@dataclass(frozen=True)
class HistoryRow:
    assignment_id: int
    territory_id: int
    territory: str
    rep_id: int
    rep: str
    role: str
    start: dt.date
    end: dt.date | None


def _account_counts(session) -> dict[int, int]:
    try:
        from models.db.funnel import Account
    except ImportError:
        return {}
    return dict(session.execute(select(Account.territory_id, func.count())
                                .where(Account.territory_id.is_not(None))
                                .group_by(Account.territory_id)).all())


def territory_tree(db: Database, today: dt.date | None = None,
                   period: Period | None = None) -> dict[int, TerritoryNode]:
    """Every territory with its current reps, account count and quota for `period` (default: the
    current quarter). Children ids are listed on each node; roots have parent_id None."""
    today = today or dt.date.today()
    period = period or quarter_of(today)
    with db.read() as s:
        nodes = {t.id: TerritoryNode(t.id, t.name, t.parent_id, str(t.kind), t.market_potential)
                 for t in s.execute(select(Territory).order_by(Territory.name)).scalars()}
        for node in nodes.values():
            if node.parent_id in nodes:
                nodes[node.parent_id].children.append(node.id)
        for a, name in s.execute(
                select(TerritoryAssignment, Rep.full_name)
                .join(Rep, Rep.id == TerritoryAssignment.rep_id)
                .where(TerritoryAssignment.start_date <= today,
                       (TerritoryAssignment.end_date.is_(None)) |
                       (TerritoryAssignment.end_date >= today))
                .order_by(TerritoryAssignment.role, Rep.full_name)):
            if a.territory_id in nodes:
                nodes[a.territory_id].reps.append(
                    AssignedRep(a.id, a.rep_id, name, str(a.role), a.start_date, a.version))
        for territory_id, count in _account_counts(s).items():
            if territory_id in nodes:
                nodes[territory_id].accounts = count
        for territory_id, rep_id, target in s.execute(
                select(Quota.territory_id, Quota.rep_id, Quota.target)
                .where(Quota.territory_id.is_not(None), Quota.measure == Measure.AMOUNT,
                       Quota.period_start == period.start, Quota.period_end == period.end)):
            node = nodes.get(territory_id)
            if node is None:
                continue
            if rep_id is None:
                node.quota = (node.quota or Decimal(0)) + Decimal(target)
            else:
                node.allocated += Decimal(target)
    return nodes


def descendants(nodes: dict[int, TerritoryNode], territory_id: int) -> set[int]:
    out, stack = set(), [territory_id]
    while stack:
        current = stack.pop()
        out.add(current)
        stack.extend(nodes[current].children if current in nodes else [])
    return out


def _history_rows(session, territory_ids=None, rep_id=None) -> list[HistoryRow]:
    stmt = (select(TerritoryAssignment.id, TerritoryAssignment.territory_id, Territory.name,
                   TerritoryAssignment.rep_id, Rep.full_name, TerritoryAssignment.role,
                   TerritoryAssignment.start_date, TerritoryAssignment.end_date)
            .join(Territory, Territory.id == TerritoryAssignment.territory_id)
            .join(Rep, Rep.id == TerritoryAssignment.rep_id)
            .order_by(TerritoryAssignment.start_date.desc(), Rep.full_name))
    if territory_ids is not None:
        stmt = stmt.where(TerritoryAssignment.territory_id.in_(list(territory_ids)))
    if rep_id is not None:
        stmt = stmt.where(TerritoryAssignment.rep_id == rep_id)
    return [HistoryRow(r[0], r[1], r[2], r[3], r[4], str(r[5]), r[6], r[7])
            for r in session.execute(stmt)]


def assignment_history(db: Database, *, territory_ids=None, rep_id: int | None = None,
                       start: dt.date | None = None, end: dt.date | None = None
                       ) -> list[HistoryRow]:
    """Assignments of the territories (or of one rep), newest first; with start/end only those
    overlapping that period ("who covered Cebu North in 2025-Q2?")."""
    with db.read() as s:
        rows = _history_rows(s, territory_ids, rep_id)
    if start is not None and end is not None:
        keep = {a.id for a in covered(
            [Assignment(r.assignment_id, r.rep_id, r.territory_id, r.role, r.start, r.end)
             for r in rows], {r.territory_id for r in rows}, start, end)}
        rows = [r for r in rows if r.assignment_id in keep]
    return rows


def reassign(db: Database, rep_id: int, to_territory: int, on: dt.date, *,
             from_assignment: int | None = None, expected_version: int | None = None,
             role: str = "primary") -> int | None:
    """End the rep's assignment (the one dragged, else their active one in `role`) the day before
    `on` and start a new one on `on`. Through the ORM: audited and version-checked.
    Returns the new assignment's id (None when the rep already covers that territory)."""
    with db.write() as s:
        if s.get(Territory, to_territory) is None:
            raise RepdeskError(_("That territory no longer exists."))
        rows = s.execute(select(TerritoryAssignment).where(
            TerritoryAssignment.rep_id == rep_id)).scalars().all()
        if from_assignment is not None:
            dragged = next((a for a in rows if a.id == from_assignment), None)
            if dragged is None or (expected_version is not None
                                   and dragged.version != expected_version):
                from models.db.retry import conflict_for
                raise conflict_for(s, dragged, TerritoryAssignment, from_assignment,
                                   expected_version or 0, {"territory_id": to_territory},
                                   not_saved=_("nothing was moved"))
            role = str(dragged.role)
        current = [Assignment(a.id, a.rep_id, a.territory_id, str(a.role), a.start_date,
                              a.end_date) for a in rows]
        try:
            plan = plan_reassignment(current, rep_id, to_territory, on, role=role,
                                     from_assignment=from_assignment)
        except ReassignError as error:
            raise RepdeskError(str(error)) from None
        by_id = {a.id: a for a in rows}
        for assignment_id, end in plan.end_ids.items():
            by_id[assignment_id].end_date = end
        if plan.new is None:
            return None
        new = TerritoryAssignment(rep_id=rep_id, territory_id=to_territory, role=plan.new.role,
                                  start_date=on)
        s.add(new)
        s.flush()
        return new.id


@dataclass(frozen=True)
class CoverageRow:
    territory_id: int
    name: str
    market_potential: Decimal
    accounts: int
    reps: int
    quota: Decimal
    potential_per_rep: Decimal | None


def coverage(nodes: dict[int, TerritoryNode]) -> list[CoverageRow]:
    """Leaf territories with potential, accounts, reps and quota (own, else allocated)."""
    out = []
    for node in nodes.values():
        if node.children:
            continue
        reps = len({r.rep_id for r in node.reps if r.role == "primary"})
        potential = node.market_potential or Decimal(0)
        quota = node.quota if node.quota is not None else node.allocated
        out.append(CoverageRow(node.id, node.name, potential, node.accounts, reps, quota,
                               (potential / reps).quantize(Decimal(1)) if reps else None))
    return sorted(out, key=lambda r: r.name)
