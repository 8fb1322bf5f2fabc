"""Each app role connects with its own PostgreSQL login and is held to its rights by the server:
plain SQL as that login, no app code in between."""
import uuid
from decimal import Decimal

import psycopg
import pytest
from sqlalchemy.engine import make_url

from models.db.core import Compensation, Rep
from models.db.errors import PermissionDenied, ValidationError
from models.domain.enums import UserRole
from models.services import users
from tests.multiuser.helpers import make_team_with_reps
from tests.pg_logins import as_owner, as_superuser, drop_logins


@pytest.fixture
def office(db, db_url, backend):
    """Two teams with reps and pay, and one login per role (unique names, dropped afterwards)."""
    if backend != "postgresql":
        pytest.skip("SQLite has no per-user security (the README and the status bar say so)")
    north, north_reps = make_team_with_reps(db, "Βόρεια Ομάδα", ["Ἑλένη Κ.", "李小龍"])
    south, south_reps = make_team_with_reps(db, "Timog Team", ["Ng̃alan Mañalac", "Dewi Lestari"])
    with db.write() as s:
        for i, rep_id in enumerate(north_reps + south_reps):
            s.add(Compensation(rep_id=rep_id, base_salary=Decimal(50000 + i)))
    admin = users.sign_in(db)  # the first user of the database is its admin
    assert admin.role == UserRole.ADMIN
    tag = uuid.uuid4().hex[:8]
    logins = {"manager": f"rdt_{tag}_mgr", "hr": f"rdt_{tag}_hr", "trainer": f"rdt_{tag}_trn",
              "admin": f"rdt_{tag}_adm"}
    try:
        users.grant(db, admin, logins["manager"], "manager", team="Βόρεια Ομάδα")
        users.grant(db, admin, logins["hr"], "hr")
        users.grant(db, admin, logins["trainer"], "trainer")
        users.grant(db, admin, logins["admin"], "admin")
        url = make_url(db_url)

        def connect(role):
            conn = psycopg.connect(host=url.host, port=url.port, dbname=url.database,
                                   user=logins[role], autocommit=True)
            opened.append(conn)
            return conn
        opened: list = []
        yield dict(connect=connect, north=north, south=south, north_reps=north_reps,
                   south_reps=south_reps, logins=logins, admin=admin)
    finally:
        for conn in locals().get("opened", []):
            conn.close()
        drop_logins(db.url, logins.values())


def rows(conn, sql, *params):
    return conn.execute(sql, params).fetchall()


def refused(conn, sql, *params) -> str:
    with pytest.raises(psycopg.Error) as caught:
        conn.execute(sql, params)
    return caught.value.sqlstate


def test_logins_are_never_owner_superuser_or_bypassrls(office, db):
    with db.engine.connect() as conn:
        for login in office["logins"].values():
            flags = conn.exec_driver_sql(
                "SELECT rolsuper, rolbypassrls, rolcanlogin FROM pg_roles WHERE rolname = %(n)s",
                {"n": login}).one()
            assert tuple(flags) == (False, False, True)
        owners = {r[0] for r in conn.exec_driver_sql(
            "SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'")}
        assert not owners & set(office["logins"].values())
        forced = dict(conn.exec_driver_sql(
            "SELECT relname, relforcerowsecurity FROM pg_class WHERE relname IN "
            "('reps', 'teams', 'compensation', 'territory_assignments')").all())
        assert forced == {"reps": True, "teams": True, "compensation": True,
                          "territory_assignments": True}


def test_manager_reads_and_writes_only_their_teams_rows(office):
    m = office["connect"]("manager")
    north, south = office["north"], office["south"]
    assert sorted(r[0] for r in rows(m, "SELECT id FROM reps")) == sorted(office["north_reps"])
    assert rows(m, "SELECT id FROM teams") == [(north,)]
    # An update of another team's rep touches nothing; one of their own works.
    assert m.execute("UPDATE reps SET home_base = 'x' WHERE id = %s", (office["south_reps"][0],)).rowcount == 0
    assert m.execute("UPDATE reps SET home_base = 'Θεσσαλονίκη' WHERE id = %s",
                     (office["north_reps"][0],)).rowcount == 1
    # Moving a rep into another team, or creating one there, is refused by the policy.
    assert refused(m, "UPDATE reps SET team_id = %s WHERE id = %s", south, office["north_reps"][0]) == "42501"
    assert refused(m, "INSERT INTO reps (full_name, team_id, role, work_mode, employment, status, "
                      "prior_performance_verified, version) VALUES ('Intruder', %s, 'sales_rep', "
                      "'field', 'employee', 'active', false, 1)", south) == "42501"
    # Erasing a rep for good is the admin's purge; a manager marks a rep departed instead.
    assert refused(m, "DELETE FROM reps WHERE id = %s", office["north_reps"][1]) == "42501"
    # No pay at all, not even through the audit trail.
    assert refused(m, "SELECT base_salary FROM compensation") == "42501"
    assert rows(m, "SELECT count(*) FROM audit_log WHERE table_name = 'compensation'") == [(0,)]
    assert rows(m, "SELECT count(*) FROM audit_log WHERE table_name = 'reps'")[0][0] > 0
    # Cannot promote themself or rewrite history.
    assert refused(m, "UPDATE app_users SET role = 'admin' WHERE login = %s",
                   office["logins"]["manager"]) == "42501"
    assert refused(m, "DELETE FROM audit_log") == "42501"


def test_hr_sees_everyone_and_pay(office):
    h = office["connect"]("hr")
    assert len(rows(h, "SELECT id FROM reps")) == 4
    assert len(rows(h, "SELECT base_salary FROM compensation")) == 4
    assert h.execute("UPDATE compensation SET base_salary = base_salary + 1").rowcount == 4
    assert rows(h, "SELECT count(*) FROM audit_log WHERE table_name = 'compensation'")[0][0] > 0
    assert refused(h, "INSERT INTO app_users (login, display_name, role, active, version) "
                      "VALUES ('x', 'x', 'admin', true, 1)") == "42501"


def test_trainer_reads_names_and_teams_but_no_pay_and_writes_no_reps(office):
    t = office["connect"]("trainer")
    assert len(rows(t, "SELECT full_name, team_id FROM reps")) == 4
    assert refused(t, "SELECT base_salary FROM compensation") == "42501"
    assert refused(t, "UPDATE reps SET home_base = 'x'") == "42501"
    assert rows(t, "SELECT count(*) FROM audit_log WHERE table_name = 'compensation'") == [(0,)]


def test_admin_login_may_do_everything_the_app_needs(office):
    a = office["connect"]("admin")
    assert len(rows(a, "SELECT id FROM reps")) == 4
    assert len(rows(a, "SELECT base_salary FROM compensation")) == 4
    assert a.execute("UPDATE app_users SET display_name = 'Μαρία' WHERE login = %s",
                     (office["logins"]["hr"],)).rowcount == 1


def test_a_new_login_not_set_up_sees_nothing(office, db):
    with db.engine.connect() as conn:  # a member of a group role, but no app_users row
        conn.exec_driver_sql(f'DELETE FROM app_users WHERE login = %(n)s',
                             {"n": office["logins"]["trainer"]})
        conn.commit()
    t = office["connect"]("trainer")
    assert rows(t, "SELECT id FROM reps") == []


def test_the_app_runs_as_a_manager_login(office, db_url):
    from models.db.migrate import open_database
    url = make_url(db_url).set(username=office["logins"]["manager"])
    manager_db = open_database(url)
    try:
        me = users.sign_in(manager_db)
        assert me.role == UserRole.SALES_MANAGER and me.team_id == office["north"]
        from models.services.reps import list_reps
        assert {r.id for r in list_reps(manager_db)} == set(office["north_reps"])
        from models.db.retry import save_changes
        assert save_changes(manager_db, Rep, office["north_reps"][1], 1, {"home_base": "Cebu"}) == 2
    finally:
        manager_db.dispose()


def test_grant_is_admin_only_and_refuses_superusers(office, db):
    manager = users.CurrentUser(office["logins"]["manager"], "m", UserRole.SALES_MANAGER, office["north"])
    with pytest.raises(PermissionDenied):
        users.grant(db, manager, "someone", "hr")
    with pytest.raises(PermissionDenied, match="superuser"):
        users.grant(db, office["admin"], "postgres", "hr")
    with pytest.raises(ValidationError):
        users.grant(db, office["admin"], office["logins"]["hr"], "manager")  # no team
    with pytest.raises(ValidationError):
        users.grant(db, office["admin"], office["logins"]["hr"], "boss")


def test_a_login_nobody_set_up_is_told_to_ask_an_admin(office, db, db_url):
    from models.db.migrate import open_database
    login = office["logins"]["admin"] + "_new"
    with as_superuser(db.url) as conn:
        conn.exec_driver_sql(f'CREATE ROLE "{login}" LOGIN')
    stranger = None
    try:
        stranger = open_database(make_url(db_url).set(username=login))
        with pytest.raises(PermissionDenied, match="db grant"):
            users.sign_in(stranger)
    finally:
        if stranger is not None:
            stranger.dispose()
        drop_logins(db.url, [login])


def test_an_area_applies_the_same_rules_to_its_own_table(office, db):
    """What an area's migration does for a team-scoped table with a sensitive column."""
    from models.db import security
    with as_owner(db.url) as conn:
        conn.exec_driver_sql("CREATE TABLE area_reviews (id serial PRIMARY KEY, "
                             "rep_id integer REFERENCES reps(id), summary text, rating integer)")
        security.grant_table(conn, "area_reviews", write=security.MANAGERS_AND_UP,
                             columns={"repdesk_trainer": ["id", "rep_id", "summary"]})
        security.apply_team_policy(conn, "area_reviews", via_rep="rep_id")
        security.add_change_notify(conn, "area_reviews", via_rep="rep_id")
        for rep_id in office["north_reps"] + office["south_reps"]:
            conn.exec_driver_sql("INSERT INTO area_reviews (rep_id, summary, rating) "
                                 "VALUES (%(r)s, 'Καλή δουλειά', 4)", {"r": rep_id})
    m = office["connect"]("manager")
    assert sorted(r[0] for r in rows(m, "SELECT rep_id FROM area_reviews")) == sorted(office["north_reps"])
    assert refused(m, "INSERT INTO area_reviews (rep_id, summary) VALUES (%s, 'x')",
                   office["south_reps"][0]) == "42501"
    t = office["connect"]("trainer")
    assert len(rows(t, "SELECT id, summary FROM area_reviews")) == 4
    assert refused(t, "SELECT rating FROM area_reviews") == "42501"
    assert len(rows(office["connect"]("hr"), "SELECT rating FROM area_reviews")) == 4


def test_every_team_scoped_table_of_the_areas_can_be_secured_at_once(office, db):
    from models.db import security
    with as_owner(db.url) as conn:
        conn.exec_driver_sql("CREATE TABLE area_goals (id serial PRIMARY KEY, "
                             "team_id integer REFERENCES teams(id), target integer)")
        conn.exec_driver_sql("INSERT INTO area_goals (team_id, target) VALUES "
                             f"({office['north']}, 1), ({office['south']}, 2), (NULL, 3)")
        security.grant_table(conn, "area_goals")
        secured = security.secure_team_tables(conn, shared_when_null={"area_goals"})
        assert "area_goals" in secured
        assert security.team_scoped_tables(conn) == {}  # nothing left without a policy
    m = office["connect"]("manager")
    assert sorted(r[0] for r in rows(m, "SELECT target FROM area_goals")) == [1, 3]  # own + shared
    assert refused(m, "UPDATE area_goals SET target = 9 WHERE team_id IS NULL") == "42501"
    assert refused(m, "INSERT INTO area_goals (team_id, target) VALUES (NULL, 5)") == "42501"
    assert m.execute("UPDATE area_goals SET target = 7 WHERE team_id = %s",
                     (office["north"],)).rowcount == 1


def test_grant_refuses_logins_that_could_give_themselves_more(office, db, db_url):
    """A login with CREATEROLE could grant itself HR and read pay (PostgreSQL before 16); one
    that belongs to other roles (pg_read_all_data) reads every table whatever its grants. Both
    are refused by the app and by the server's own function, whoever calls it."""
    import psycopg
    tag = office["logins"]["admin"]
    creator, reader = f"{tag}_cr", f"{tag}_rd"
    with as_superuser(db.url) as conn:
        conn.exec_driver_sql(f'CREATE ROLE "{creator}" LOGIN CREATEROLE')
        conn.exec_driver_sql(f'CREATE ROLE "{reader}" LOGIN IN ROLE pg_read_all_data')
    try:
        with pytest.raises(PermissionDenied, match="CREATEROLE"):
            users.grant(db, office["admin"], creator, "manager", team="Βόρεια Ομάδα")
        with pytest.raises(PermissionDenied, match="pg_read_all_data"):
            users.grant(db, office["admin"], reader, "trainer")
        admin_sql = office["connect"]("admin")
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="CREATEROLE"):
            admin_sql.execute("SELECT repdesk_grant_login(%s, 'repdesk_hr', NULL)", (creator,))
        with as_superuser(db.url) as conn:
            groups = conn.exec_driver_sql(
                "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                "JOIN pg_roles l ON l.oid = m.member WHERE l.rolname = %(n)s",
                {"n": creator}).scalars().all()
        assert groups == []  # never made a member of a Repdesk group
        # and nobody but an admin may call the server's function at all
        for role in ("manager", "hr", "trainer"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                office["connect"](role).execute(
                    "SELECT repdesk_grant_login(%s, 'repdesk_admin', NULL)", (office["logins"][role],))
    finally:
        drop_logins(db.url, [creator, reader])


def test_the_audit_team_oracle_is_gone(office, db):
    """Finding: `repdesk_audit_scopes` was writable by every role and `repdesk_row_team()` (SECURITY
    DEFINER, executable by PUBLIC) read the column that table named — a trainer pointed it at
    compensation.base_salary and read every salary. Both are gone; the server's audit trigger
    works out a row's team from the schema itself, with names fixed when the owner creates it."""
    import psycopg
    for role in ("trainer", "manager", "hr"):
        conn = office["connect"](role)
        with pytest.raises(psycopg.errors.UndefinedTable):
            conn.execute("UPDATE repdesk_audit_scopes SET team_column = 'base_salary' "
                         "WHERE table_name = 'compensation'")
        with pytest.raises(psycopg.errors.UndefinedFunction):
            conn.execute("SELECT repdesk_row_team('compensation', id::text, '{}') "
                         "FROM generate_series(1, 3) id")
        # and no function of the schema takes a table or column name from its caller
        names = conn.execute(
            "SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
            "WHERE n.nspname = 'public' AND p.prosecdef AND "
            "has_function_privilege(p.oid, 'EXECUTE')").fetchall()
        assert {n[0] for n in names} <= {"repdesk_scope", "repdesk_my_teams", "repdesk_sees_pay"}
