"""Bulk loads as people's own PostgreSQL logins: daily numbers (`import activity`) and the demo
company. PostgreSQL refuses COPY into a table with row-level security, so the rows go into a
temporary staging table and one INSERT that the policies check row by row."""
from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from models.db.activity import ActivityValue, ActivityWeekly
from models.db.core import Rep
from models.db.migrate import open_database
from models.services import activity as svc
from models.services import users
from tests.multiuser.helpers import make_team_with_reps
from tests.multiuser.people import drop_roles, fresh_office, logins, url_as

MON = dt.date(2026, 11, 16)
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def pg_only(backend):
    if backend != "postgresql":
        pytest.skip("SQLite has no per-user security: every program may write everything")


def repdesk(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "desktop.main", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)


def values(db) -> dict:
    with db.read() as s:
        return {(v.rep_id, v.metric_id, v.day): v.value for v in s.scalars(select(ActivityValue))}


def test_import_activity_as_a_manager_and_as_an_admin_login(pg_only, db, tmp_path):
    north, north_reps = make_team_with_reps(db, "Βόρεια Ομάδα", ["Ἑλένη Κ.", "李小龍"])
    south, south_reps = make_team_with_reps(db, "Timog Team", ["Ng̃alan Mañalac"])
    calls = svc.metric_by_key(db, "calls").id
    admin = users.sign_in(db)
    with logins(db, admin, mgr=("manager", "Βόρεια Ομάδα"), boss=("admin", None)) as url_for:
        mine = tmp_path / "north.csv"
        mine.write_text("Rep,Date,Calls made,CRM actions\n"
                        "Ἑλένη Κ.,16/11/2026,40,30\n李小龍,17/11/2026,35,28\n", encoding="utf-8")
        done = repdesk("--db", url_for("mgr"), "import", "activity", str(mine))
        assert done.returncode == 0, done.stderr
        assert "Traceback" not in done.stderr
        assert values(db)[(north_reps[0], calls, MON)] == 40
        # a second file over the same cells updates them (the upsert half of the statement)
        mine.write_text("Rep,Date,Calls made\nἙλένη Κ.,16/11/2026,44\n", encoding="utf-8")
        done = repdesk("--db", url_for("mgr"), "import", "activity", str(mine))
        assert done.returncode == 0, done.stderr
        assert values(db)[(north_reps[0], calls, MON)] == 44

        everyone = tmp_path / "all.csv"
        everyone.write_text("Rep,Date,Calls made\n"
                            f"Ng̃alan Mañalac,16/11/2026,12\n{north_reps[1]},16/11/2026,9\n",
                            encoding="utf-8")
        done = repdesk("--db", url_for("boss"), "import", "activity", str(everyone))
        assert done.returncode == 0, done.stderr
        got = values(db)
        assert got[(south_reps[0], calls, MON)] == 12 and got[(north_reps[1], calls, MON)] == 9
        with db.read() as s:   # the rollup was rebuilt by the login too
            weekly = dict(((w.rep_id, w.metric_id), w.total) for w in s.scalars(
                select(ActivityWeekly).where(ActivityWeekly.week_start == MON)))
        assert weekly[(south_reps[0], calls)] == 12
        assert weekly[(north_reps[0], calls)] == 44


def test_the_policy_checks_the_real_insert(pg_only, db, monkeypatch):
    """The staging table has no policies; the INSERT into activity_values has: a manager's load
    naming another team's rep is refused by the server even when the app's own check is not
    there, and nothing of it is written."""
    north, north_reps = make_team_with_reps(db, "North", ["Ἑλένη Κ."])
    south, south_reps = make_team_with_reps(db, "South", ["Dewi Lestari"])
    calls = svc.metric_by_key(db, "calls").id
    admin = users.sign_in(db)
    with logins(db, admin, mgr=("manager", "North")) as url_for:
        manager = open_database(url_for("mgr"))
        try:
            monkeypatch.setattr(svc, "check_references", lambda *args: None)
            with pytest.raises(Exception) as refused:
                with manager.write() as s:
                    svc.bulk_upsert(s.connection(), [(north_reps[0], calls, MON, 5),
                                                     (south_reps[0], calls, MON, 6)],
                                    user="mgr", source="test")
            orig = getattr(refused.value, "orig", refused.value)
            assert getattr(orig, "sqlstate", None) == "42501", refused.value
            assert "row-level security" in str(orig)
            assert values(db) == {}
            with manager.write() as s:   # their own team's rows go in
                svc.bulk_upsert(s.connection(), [(north_reps[0], calls, MON, 5)],
                                user="mgr", source="test")
            assert values(db) == {(north_reps[0], calls, MON): 5}
            # twice in one transaction (the staging table is made afresh each time)
            with manager.write() as s:
                svc.bulk_upsert(s.connection(), [(north_reps[0], calls, MON, 7)],
                                user="mgr", source="test")
                svc.bulk_upsert(s.connection(), [(north_reps[0], calls, MON + dt.timedelta(1), 8)],
                                user="mgr", source="test")
            assert values(db) == {(north_reps[0], calls, MON): 7,
                                  (north_reps[0], calls, MON + dt.timedelta(1)): 8}
        finally:
            manager.dispose()


def _demo(url: str) -> dict:
    from models.demo import generate
    database = open_database(url)
    try:
        ctx = generate(database, reps=6, seed=7, today=dt.date(2026, 11, 23))
        with database.read() as s:
            return {"reps": s.scalar(select(func.count()).select_from(Rep)),
                    "values": s.scalar(select(func.count()).select_from(ActivityValue)),
                    "weekly": s.scalar(select(func.count()).select_from(ActivityWeekly)),
                    "teams": len(ctx.team_ids)}
    finally:
        database.dispose()


def test_demo_as_the_schema_owner(pg_template):
    """The owner is no superuser and is held to the policies too (FORCE ROW LEVEL SECURITY)."""
    with fresh_office() as (owner_url, owner):
        found = _demo(owner_url)
        assert found["reps"] == 6 and found["values"] > 1000 and found["weekly"] > 0


def test_demo_as_an_admin_login_in_an_office_already_set_up(pg_template):
    """As the README sets an office up: the owner migrates and registers the first admin, who
    fills the empty database. The users already there stay; the demo's own are added."""
    with fresh_office() as (owner_url, owner):
        owner_db = open_database(owner_url, user="boss_setup")
        admin_login = f"{owner}_adm"
        try:
            admin = users.sign_in(owner_db)
            users.grant(owner_db, admin, admin_login, "admin")
        finally:
            owner_db.dispose()
        try:
            found = _demo(url_as(owner_url, admin_login))
            assert found["reps"] == 6 and found["values"] > 1000 and found["weekly"] > 0
            as_admin = open_database(url_as(owner_url, admin_login))
            try:
                listed = {u.login: u.role for u in users.list_users(as_admin)}
            finally:
                as_admin.dispose()
            assert listed["boss_setup"] == "admin" and listed[admin_login] == "admin"
            assert listed["maria.santos"] == "sales_manager"
        finally:
            drop_roles([admin_login], [owner_url.rsplit("/", 1)[1]])
