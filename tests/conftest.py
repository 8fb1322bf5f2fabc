"""Shared fixtures.

Database tests take the `db` fixture (or `db_url`) and run twice: on a SQLite file and on a
throwaway PostgreSQL database (created from a migrated template per test, dropped after).
Where no PostgreSQL server answers, those runs are skipped with the reason; with
REPDESK_REQUIRE_PG=1 (set by .ci/run) they fail instead, so CI always proves both databases.

PostgreSQL is used as people use it. The superuser only creates and drops the throwaway
databases and the test logins. The schema is created by a non-superuser owner login
(OWNER_LOGIN, with CREATEROLE as the README's set-up asks), and every app action runs as a
person's login set up by `repdesk_grant_login` — what `repdesk db grant` does: `db_url` names
the login `tester` (the database's first admin); `login_url(db_url, "alice")` gives another
one. A test fails when the app connects as a superuser, or as the owner outside set-up
(`owner_work()`).
"""
from __future__ import annotations

import contextlib
import os
import shutil
import uuid

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from tests.pg_logins import (FIRST_ADMIN, OWNER_LOGIN, PG_ADMIN_URL,  # noqa: E402
                              app_logins_seen, grant_retrying, login_violations, owner_work)

REQUIRE_PG = os.environ.get("REPDESK_REQUIRE_PG") == "1"
_pg_tests_run = 0


def _pg_admin_engine():
    from sqlalchemy import create_engine
    # pre-ping: a pooled connection that a server restart ended is replaced, so dropping the
    # throwaway databases at teardown still works after one.
    return create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT", pool_pre_ping=True,
                         connect_args={"connect_timeout": 3})


def _pg_url(name: str, login: str = "tester") -> str:
    from sqlalchemy.engine import make_url
    return (make_url(PG_ADMIN_URL).set(database=name, username=login, password=None)
            .render_as_string(hide_password=False))


def _ensure_owner_login(engine) -> None:
    with engine.connect() as conn:
        conn.exec_driver_sql(f"""
            DO $$ BEGIN
              IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{OWNER_LOGIN}') THEN
                CREATE ROLE {OWNER_LOGIN} LOGIN NOSUPERUSER NOBYPASSRLS CREATEROLE NOCREATEDB;
              END IF;
            EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
            END $$""")


def _register_first_admin(name: str) -> None:
    """As the owner, as the README's set-up does: migrate, then `db grant tester --role admin`."""
    from models.db.migrate import open_database
    from models.services import users
    with owner_work():
        owner_db = open_database(_pg_url(name, OWNER_LOGIN), user=FIRST_ADMIN)
        try:
            grant_retrying(owner_db, users.sign_in(owner_db), FIRST_ADMIN, "admin")
        finally:
            owner_db.dispose()


@pytest.fixture(autouse=True)
def _app_never_superuser():
    yield
    if login_violations:
        found = list(login_violations)
        login_violations.clear()
        pytest.fail("; ".join(found))


@pytest.fixture(scope="session")
def pg_template():
    """A migrated PostgreSQL template database, or a skip (a failure under REPDESK_REQUIRE_PG)."""
    try:
        engine = _pg_admin_engine()
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
    except Exception as error:  # no server, no driver, refused
        reason = f"PostgreSQL not reachable at {PG_ADMIN_URL}: {str(error).splitlines()[0]}"
        if REQUIRE_PG:
            pytest.fail(reason + " (REPDESK_REQUIRE_PG=1)")
        pytest.skip(reason)
    name = f"repdesk_tpl_{os.getpid()}_{uuid.uuid4().hex[:6]}"
    _ensure_owner_login(engine)
    with engine.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}" OWNER {OWNER_LOGIN}')
    _register_first_admin(name)
    yield name
    with engine.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    engine.dispose()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory):
    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    from models.db.migrate import open_database
    db = open_database(str(path), user="tester")
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    return path


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request) -> str:
    return request.param


@contextlib.contextmanager
def _throwaway_pg_database(template: str | None = None):
    """A new PostgreSQL database (a copy of `template` when given), dropped afterwards."""
    global _pg_tests_run
    _pg_tests_run += 1
    name = f"repdesk_t_{uuid.uuid4().hex[:10]}"
    engine = _pg_admin_engine()
    _ensure_owner_login(engine)
    with engine.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}" OWNER {OWNER_LOGIN}'
                             + (f' TEMPLATE "{template}"' if template else ""))
    try:
        # An empty database is set up by its owner (the tests of set-up do that themselves).
        yield _pg_url(name, "tester" if template else OWNER_LOGIN)
    finally:
        with engine.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        engine.dispose()


@pytest.fixture
def empty_db_url(backend, tmp_path, request):
    """An empty database (no tables) of the parametrised backend."""
    if backend == "sqlite":
        yield str(tmp_path / "empty.sqlite")
        return
    request.getfixturevalue("pg_template")  # skip/fail early when there is no server
    with _throwaway_pg_database() as url, owner_work():  # creating a schema is the owner's work
        yield url


@pytest.fixture
def db_url(backend, tmp_path, request):
    """A database of the parametrised backend at this version's schema, with no rows."""
    if backend == "sqlite":
        path = tmp_path / "repdesk.sqlite"
        shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
        yield str(path)
        return
    with _throwaway_pg_database(request.getfixturevalue("pg_template")) as url:
        yield url


@pytest.fixture
def db(db_url):
    """An opened, migrated, empty database acting as user 'tester'. Disposed after the test."""
    from models.db.migrate import open_database
    database = open_database(db_url, user="tester")
    yield database
    database.dispose()


DEMO = dict(reps=40, seed=7)
DEMO_TODAY = "2026-11-23"


def _fill_demo(url: str) -> None:
    """The demo company, generated by the admin `tester` (on PostgreSQL their own login)."""
    import datetime as dt
    from models.db.migrate import open_database
    from models.demo import generate
    database = open_database(url, user="tester")
    try:
        generate(database, today=dt.date.fromisoformat(DEMO_TODAY), **DEMO)
        if database.backend == "sqlite":
            with database.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        database.dispose()


@pytest.fixture(scope="session")
def sqlite_demo_template(tmp_path_factory, sqlite_template):
    """The demo company is generated once per run and copied for each test that wants it."""
    path = tmp_path_factory.mktemp("demo-template") / "demo.sqlite"
    shutil.copyfile(sqlite_template, path)
    _fill_demo(str(path))
    return path


@pytest.fixture(scope="session")
def pg_demo_template(pg_template):
    name = f"repdesk_demo_{os.getpid()}_{uuid.uuid4().hex[:6]}"
    engine = _pg_admin_engine()
    with engine.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}" OWNER {OWNER_LOGIN} TEMPLATE "{pg_template}"')
    _fill_demo(_pg_url(name))
    yield name
    with engine.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    engine.dispose()


@pytest.fixture
def demo_db_url(backend, tmp_path, request):
    """A fresh copy of the demo company (40 reps, seed 7, today 2026-11-23) for this test."""
    if backend == "sqlite":
        path = tmp_path / "demo.sqlite"
        shutil.copyfile(request.getfixturevalue("sqlite_demo_template"), path)
        yield str(path)
        return
    with _throwaway_pg_database(request.getfixturevalue("pg_demo_template")) as url:
        yield url


@pytest.fixture
def demo_db(demo_db_url):
    """An opened copy of the demo company, acting as user 'tester' (its admin)."""
    from models.db.migrate import open_database
    database = open_database(demo_db_url, user="tester")
    yield database
    database.dispose()


def pytest_sessionfinish(session, exitstatus):
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if REQUIRE_PG and exitstatus == 0 and _pg_tests_run == 0 and session.testscollected:
        reporter.write_line("REPDESK_REQUIRE_PG=1 but no PostgreSQL database test ran.", red=True)
        session.exitstatus = 1
    if _pg_tests_run and reporter is not None:
        # The proof that the PostgreSQL half ran as people's logins, for the CI log.
        reporter.write_line(f"PostgreSQL: {_pg_tests_run} databases; the app connected as "
                            f"{', '.join(sorted(app_logins_seen))} (owner {OWNER_LOGIN} for set-up "
                            "only, never a superuser)")
