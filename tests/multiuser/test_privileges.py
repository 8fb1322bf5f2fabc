"""What the PostgreSQL server really grants, compared with a reviewed listing.

`models.db.guard.privilege_listing` reads every privilege of the group roles and PUBLIC from the
catalogs of a freshly migrated database; tests/multiuser/privileges.txt is that listing as it was
reviewed against the README's role table. A grant that appears or disappears fails here until the
file is changed with it, so every change of who may do what is a deliberate diff.

Besides: every table of the schema is in models/db/access.py and row-secured (or named below with
the reason it is not), no login holds privileges of its own beyond connecting, and the SECURITY
DEFINER functions cannot be called by PUBLIC or steered by a login's search_path.
"""
from __future__ import annotations

import difflib
import uuid
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url

from models.db import access, guard
from tests.pg_logins import FIRST_ADMIN, OWNER_LOGIN, PG_ADMIN_URL, owner_work

SQLITE_REASON = "SQLite has no per-user security (the README says so)"
REVIEWED = Path(__file__).with_name("privileges.txt")

# Tables that are not "RLS enabled and forced", and why. Anything else without forced row-level
# security fails, as does a table missing from access.TABLES.
RLS_EXCEPTIONS = {
    "alembic_version": ("disabled", "holds only the schema version; PUBLIC may read it so a login "
                                    "nobody set up is told why at sign-in"),
    "app_users": ("not-forced", "the SECURITY DEFINER scope functions read it as its owner; "
                                "people's logins never own it, so its policy binds every one"),
}


def _superuser():
    url = make_url(PG_ADMIN_URL)
    return psycopg.connect(host=url.host, port=url.port, user=url.username, password=url.password,
                           dbname=url.database, autocommit=True)


# PostgreSQL only, by nature: SQLite has no per-user security (the README says so), so there is
# no SQLite variant of these tests to skip.
@pytest.fixture(scope="module")
def fresh_db(request):
    """A database migrated from scratch by its owner, as `repdesk db upgrade` does, with the first
    admin registered (`db grant`). One for the module: migrating takes a few seconds."""
    request.getfixturevalue("pg_template")  # no server: a skip (a failure with REPDESK_REQUIRE_PG)
    from models.db.migrate import open_database
    from models.services import users
    name = f"repdesk_priv_{uuid.uuid4().hex[:10]}"
    with _superuser() as su:  # the superuser only creates and drops the database
        su.execute(f'CREATE DATABASE "{name}" OWNER "{OWNER_LOGIN}"')
    try:
        url = make_url(PG_ADMIN_URL).set(database=name, username=OWNER_LOGIN, password=None)
        with owner_work():
            database = open_database(url.render_as_string(hide_password=False), user=FIRST_ADMIN)
            try:
                users.grant(database, users.sign_in(database), FIRST_ADMIN, "admin")
                yield database
            finally:
                database.dispose()
    finally:
        with _superuser() as su:
            su.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def pg(fresh_db):
    with fresh_db.engine.connect() as conn:
        yield conn


def reviewed_lines() -> list[str]:
    return [line.strip() for line in REVIEWED.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.lstrip().startswith("#")]


def test_the_server_grants_exactly_the_reviewed_privileges(pg, tmp_path):
    live = guard.privilege_listing(pg)
    assert live == sorted(live) and len(live) == len(set(live))
    expected = reviewed_lines()
    if live != expected:
        out = tmp_path / "privileges.live.txt"
        out.write_text("\n".join(live) + "\n", encoding="utf-8")
        diff = "\n".join(difflib.unified_diff(expected, live, "privileges.txt (reviewed)",
                                              "the server (live)", lineterm="", n=0))
        pytest.fail(f"The server's privileges differ from {REVIEWED.name}; if the change is meant, "
                    f"review it and update the file (the live listing is in {out}):\n{diff}")


def test_every_table_is_in_the_access_table_and_row_secured(pg):
    tables = dict(((r[0]), (r[1], r[2], r[3])) for r in pg.exec_driver_sql(
        "SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity, "
        "(SELECT count(*) FROM pg_policy p WHERE p.polrelid = c.oid) "
        "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')"))
    assert sorted(set(tables) - set(access.TABLES)) == [], \
        "tables of the schema missing from models/db/access.py (say who reads and writes them)"
    assert sorted(set(access.TABLES) - set(tables)) == [], \
        "models/db/access.py names tables the schema does not have"
    problems = []
    for table, (enabled, forced, policies) in sorted(tables.items()):
        state = "forced" if enabled and forced else "not-forced" if enabled else "disabled"
        allowed = RLS_EXCEPTIONS.get(table, ("forced", ""))[0]
        if state != allowed:
            problems.append(f"{table}: row-level security {state}, expected {allowed}")
        if enabled and policies == 0:
            problems.append(f"{table}: row-level security on but no policy (nobody reads it)")
    for table in RLS_EXCEPTIONS:
        assert access.TABLES[table]["scope"] == "special", \
            f"{table} may be an exception only with its own rules ('special')"
    assert problems == []


def _definer_functions(pg):
    return pg.exec_driver_sql(
        "SELECT p.oid::regprocedure::text, "
        "(SELECT substr(c, length('search_path=') + 1) FROM unnest(p.proconfig) c "
        "  WHERE c LIKE 'search\\_path=%%'), "
        "EXISTS (SELECT 1 FROM aclexplode(COALESCE(p.proacl, acldefault('f', p.proowner))) a "
        "        WHERE a.grantee = 0 AND a.privilege_type = 'EXECUTE') "
        "FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
        "WHERE n.nspname = 'public' AND p.prosecdef ORDER BY 1", {}).all()


def test_security_definer_functions_fix_their_search_path_and_are_not_public(pg):
    functions = _definer_functions(pg)
    assert functions, "the scope functions are SECURITY DEFINER; none found"
    problems = [f"{name}: no fixed search_path" for name, path, _ in functions if not path]
    problems += [f"{name}: executable by PUBLIC" for name, _, public in functions if public]
    # no schema on those paths may be written by a person's role or PUBLIC
    schemas = {s.strip().strip('"') for _, path, _ in functions if path for s in path.split(",")}
    for schema, role in pg.exec_driver_sql(
            "SELECT n.nspname, r.role FROM pg_namespace n, "
            "unnest(ARRAY['repdesk_admin', 'repdesk_manager', 'repdesk_hr', 'repdesk_trainer', "
            "'public']) AS r(role) WHERE n.nspname = ANY (%(s)s) AND "
            "has_schema_privilege(r.role, n.oid, 'CREATE')", {"s": sorted(schemas - {"pg_temp"})}):
        problems.append(f"schema {schema} on a definer's search_path is writable by {role}")
    assert problems == []


def test_security_definer_functions_search_the_temporary_schema_last(pg):
    functions = _definer_functions(pg)
    unsafe = [f"{name}: search_path={path}" for name, path, _ in functions
              if not path or [s.strip() for s in path.split(",")][-1] != "pg_temp"]
    assert unsafe == []


def test_people_hold_no_privileges_of_their_own(pg):
    """Logins get their rights from one group role; directly only CONNECT and TEMPORARY on the
    database (db grant). Anything else granted to a login would escape the reviewed listing."""
    owner = pg.exec_driver_sql("SELECT pg_get_userbyid(datdba) FROM pg_database "
                               "WHERE datname = current_database()").scalar()
    direct = pg.exec_driver_sql(
        "WITH acl AS ("
        " SELECT 'relation ' || c.relname AS what, a.grantee, a.privilege_type FROM pg_class c "
        "  JOIN pg_namespace n ON n.oid = c.relnamespace CROSS JOIN LATERAL aclexplode(c.relacl) a "
        "  WHERE n.nspname = 'public' "
        " UNION ALL SELECT 'column ' || c.relname || '.' || t.attname, a.grantee, a.privilege_type "
        "  FROM pg_attribute t JOIN pg_class c ON c.oid = t.attrelid "
        "  JOIN pg_namespace n ON n.oid = c.relnamespace CROSS JOIN LATERAL aclexplode(t.attacl) a "
        "  WHERE n.nspname = 'public' "
        " UNION ALL SELECT 'function ' || p.oid::regprocedure::text, a.grantee, a.privilege_type "
        "  FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
        "  CROSS JOIN LATERAL aclexplode(p.proacl) a WHERE n.nspname = 'public' "
        " UNION ALL SELECT 'schema ' || n.nspname, a.grantee, a.privilege_type FROM pg_namespace n "
        "  CROSS JOIN LATERAL aclexplode(n.nspacl) a WHERE n.nspname = 'public' "
        " UNION ALL SELECT 'database', a.grantee, a.privilege_type FROM pg_database d "
        "  CROSS JOIN LATERAL aclexplode(d.datacl) a WHERE d.datname = current_database()) "
        "SELECT what, pg_get_userbyid(grantee), privilege_type FROM acl WHERE grantee <> 0 "
        "AND pg_get_userbyid(grantee) <> ALL (%(skip)s) ORDER BY 1, 2, 3",
        {"skip": list(access.EVERYONE) + [owner, "pg_database_owner"]}).all()
    beyond_connecting = [tuple(r) for r in direct
                         if not (r[0] == "database" and r[2] in ("CONNECT", "TEMPORARY"))]
    assert beyond_connecting == []


def _public_on_database(conn) -> str | None:
    return conn.exec_driver_sql(
        "SELECT string_agg(a.privilege_type, ',' ORDER BY a.privilege_type) FROM pg_database d "
        "CROSS JOIN LATERAL aclexplode(COALESCE(d.datacl, acldefault('d', d.datdba))) a "
        "WHERE d.datname = current_database() AND a.grantee = 0").scalar()


def test_a_copied_or_restored_database_keeps_public_out_once_its_owner_opens_it(backend, db,
                                                                                 db_url):
    """A copy (CREATE DATABASE ... TEMPLATE) or a restore (createdb + pg_restore) lets PUBLIC
    connect again; the README's restore ends with `db upgrade` as the owner, which takes it back."""
    if backend != "postgresql":
        pytest.skip(SQLITE_REASON)
    from models.db.migrate import open_database
    from tests.pg_logins import login_url
    with db.engine.connect() as conn:  # `db` is a copy of a migrated template database
        assert _public_on_database(conn) == "CONNECT,TEMPORARY"
    with owner_work():
        open_database(login_url(db_url, OWNER_LOGIN)).dispose()
    with db.engine.connect() as conn:
        assert _public_on_database(conn) is None
        registered = conn.exec_driver_sql(
            "SELECT has_database_privilege(%(u)s, current_database(), 'CONNECT')",
            {"u": FIRST_ADMIN}).scalar()
    assert registered  # the people set up in it still connect
