"""Territory assignment history, without a database: who covered what when, and what a
reassignment changes (the old assignment ends the day before, the new one starts on the day)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Sequence
from models.i18n import _

ONE_DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class Assignment:
    id: int | None
    rep_id: int
    territory_id: int
    role: str
    start: dt.date
    end: dt.date | None  # inclusive; None = still assigned

    def active_on(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or self.end >= day)

    def overlaps(self, start: dt.date, end: dt.date) -> bool:
        return self.start <= end and (self.end is None or self.end >= start)


def covered(assignments: Sequence[Assignment], territory_ids: set[int], start: dt.date,
            end: dt.date) -> list[Assignment]:
    """Assignments to any of `territory_ids` overlapping [start, end] (who covered it then)."""
    return sorted((a for a in assignments if a.territory_id in territory_ids
                   and a.overlaps(start, end)), key=lambda a: (a.start, a.rep_id))


@dataclass(frozen=True)
class Reassignment:
    end_ids: dict[int, dt.date]   # assignment id -> its new end date
    new: Assignment | None        # None when the rep already covers the target in that role


class ReassignError(ValueError):
    pass


def plan_reassignment(current: Sequence[Assignment], rep_id: int, to_territory: int, on: dt.date,
                      *, role: str = "primary", from_assignment: int | None = None
                      ) -> Reassignment:
    """Move `rep_id` to `to_territory` from `on`.

    Ends the assignment being moved (`from_assignment`, else the rep's active assignments in the
    same role) the day before `on`; starts a new one on `on`. History is never rewritten: an
    assignment that starts after `on` cannot be ended before it started, so that is refused."""
    active = [a for a in current if a.rep_id == rep_id and a.active_on(on)]
    if any(a.territory_id == to_territory and a.role == role for a in active):
        return Reassignment({}, None)
    if from_assignment is not None:
        moving = [a for a in current if a.id == from_assignment]
        if not moving:
            raise ReassignError(_("That assignment no longer exists."))
    else:
        moving = [a for a in active if a.role == role]
    ends = {}
    for a in moving:
        if a.start > on:
            raise ReassignError(_("The assignment starts on {start}, after {on}.").format(
                                    start=a.start, on=on))
        if a.end is not None and a.end < on:
            continue  # already over
        ends[a.id] = max(on - ONE_DAY, a.start)
    return Reassignment(ends, Assignment(None, rep_id, to_territory, role, on, None))
