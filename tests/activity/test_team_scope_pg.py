"""On PostgreSQL a sales manager's own login reads and writes only their teams' daily numbers and
weekly rollup: plain SQL as that login, no app code in between."""
import datetime as dt
import uuid

import psycopg
import pytest
from sqlalchemy.engine import make_url

from models.services import activity as svc
from models.services import users
from tests.multiuser.helpers import make_team_with_reps
from tests.pg_logins import drop_logins

MON = dt.date(2026, 11, 16)


def test_manager_sees_only_own_team_numbers(db, db_url, backend):
    if backend != "postgresql":
        pytest.skip("SQLite has no per-user security")
    north, north_reps = make_team_with_reps(db, "Βόρεια Ομάδα", ["Ἑλένη Κ.", "李小龍"])
    south, south_reps = make_team_with_reps(db, "Timog Team", ["Ng̃alan Mañalac"])
    cold = svc.metric_by_key(db, "cold_calls").id
    svc.save_values(db, [svc.CellEdit(r, cold, MON, 10 + i)
                         for i, r in enumerate(north_reps + south_reps)])
    admin = users.sign_in(db)
    login = f"rdt_{uuid.uuid4().hex[:8]}_mgr"
    url = make_url(db_url)
    try:
        users.grant(db, admin, login, "manager", team="Βόρεια Ομάδα")
        with psycopg.connect(host=url.host, port=url.port, dbname=url.database, user=login,
                             autocommit=True) as conn:
            seen = conn.execute("SELECT rep_id FROM activity_values ORDER BY rep_id").fetchall()
            assert [r[0] for r in seen] == sorted(north_reps)
            weekly = conn.execute("SELECT rep_id, total FROM activity_weekly ORDER BY rep_id")
            assert [r[0] for r in weekly.fetchall()] == sorted(north_reps)
            with pytest.raises(psycopg.Error):
                conn.execute("INSERT INTO activity_values (rep_id, metric_id, day, value) "
                             "VALUES (%s, %s, %s, 5)", (south_reps[0], cold, MON))
            conn.execute("UPDATE activity_values SET value = 99 WHERE rep_id = %s",
                         (south_reps[0],))   # another team's row: not visible, so untouched
        assert svc.grid_data(db, [MON]).values[(south_reps[0], cold, MON)] == 12
    finally:
        drop_logins(db.url, [login])
