"""Reading reps for lists."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import aliased

from models.db.core import Agency, Rep, Team
from models.db.database import Database


@dataclass(frozen=True)
class RepRow:
    id: int
    full_name: str
    role: str
    team: str | None
    manager: str | None
    work_mode: str
    employment: str
    agency: str | None
    status: str
    email: str | None
    hire_date: dt.date | None


def list_reps(db: Database) -> list[RepRow]:
    manager = aliased(Rep)
    stmt = (select(Rep.id, Rep.full_name, Rep.role, Team.name, manager.full_name, Rep.work_mode,
                   Rep.employment, Agency.name, Rep.status, Rep.email, Rep.hire_date)
            .outerjoin(Team, Rep.team_id == Team.id)
            .outerjoin(manager, Rep.manager_id == manager.id)
            .outerjoin(Agency, Rep.agency_id == Agency.id)
            .order_by(Rep.full_name, Rep.id))
    with db.read() as session:
        return [RepRow(r[0], r[1], str(r[2].value), r[3], r[4], str(r[5].value),
                       str(r[6].value), r[7], str(r[8].value), r[9], r[10])
                for r in session.execute(stmt)]
