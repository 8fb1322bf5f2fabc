"""Small builders shared by the multi-user tests."""
from __future__ import annotations

import datetime as dt

from models.db.core import Rep, Team


def make_team_with_reps(db, team_name: str, names: list[str]) -> tuple[int, list[int]]:
    with db.write() as s:
        team = Team(name=team_name)
        s.add(team)
        s.flush()
        reps = [Rep(full_name=n, team_id=team.id, hire_date=dt.date(2024, 1, 8)) for n in names]
        s.add_all(reps)
        s.flush()
        return team.id, [r.id for r in reps]


def pg_admin_url(db_url: str, database: str | None = None) -> str:
    from sqlalchemy.engine import make_url
    url = make_url(db_url)
    return url.set(database=database or url.database).render_as_string(hide_password=False)
