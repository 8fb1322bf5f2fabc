"""People's logins for the PostgreSQL half of the tests (see tests/conftest.py).

Kept out of conftest.py so tests can import these helpers (`from tests.pg_logins import open_as`)
and the connection watch is registered once.
"""
from __future__ import annotations

import contextlib
import os

PG_ADMIN_URL = os.environ.get("REPDESK_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
OWNER_LOGIN = "repdesk_test_owner"
FIRST_ADMIN = "tester"  # every test database's first admin, set up by the owner
app_logins_seen: set[str] = set()
login_violations: list[str] = []
_owner_allowed = 0


@contextlib.contextmanager
def owner_work():
    """Set-up the owner login may do (migrations, registering the first admin)."""
    global _owner_allowed
    _owner_allowed += 1
    try:
        yield
    finally:
        _owner_allowed -= 1


def _watch_app_logins():
    """Every connection the app opens (application_name 'repdesk') is checked: never the
    superuser, the owner only inside owner_work()."""
    from sqlalchemy import event
    from sqlalchemy.pool import Pool

    @event.listens_for(Pool, "connect")
    def _check(dbapi_connection, _record):
        info = getattr(dbapi_connection, "info", None)
        if info is None or not hasattr(info, "get_parameters"):
            return  # SQLite
        if info.get_parameters().get("application_name") != "repdesk":
            return
        with dbapi_connection.cursor() as cursor:
            cursor.execute("SELECT session_user, rolsuper FROM pg_roles WHERE rolname = session_user")
            login, superuser = cursor.fetchone()
        dbapi_connection.rollback()
        app_logins_seen.add(login)
        if superuser:
            login_violations.append(f"the app connected as the superuser {login}")
        elif login == OWNER_LOGIN and not _owner_allowed:
            login_violations.append(f"the app connected as the owner {login} for ordinary work")


_watch_app_logins()


def login_url(db_url: str, login: str) -> str:
    """The same database as another person's login (PostgreSQL); SQLite URLs are returned as
    they are (there the user is a name the app is given)."""
    from sqlalchemy.engine import make_url
    url = make_url(db_url) if "://" in db_url else None
    if url is None or url.get_backend_name() != "postgresql":
        return db_url
    return url.set(username=login).render_as_string(hide_password=False)


def superuser_url(db_url: str) -> str:
    """The same database as the superuser: only for creating and dropping test roles."""
    from sqlalchemy.engine import make_url
    return login_url(db_url, make_url(PG_ADMIN_URL).username)


def grant_retrying(db, admin, login: str, role: str, team=None) -> None:
    """`db grant`, tried up to three times: logins are the server's, and another test run may be
    creating the same one at this moment."""
    from models.services import users
    for attempt in range(3):
        try:
            users.grant(db, admin, login, role, team=team)
            return
        except Exception:
            if attempt == 2:
                raise


def register_login(db_url: str, login: str, role: str = "admin", team=None) -> str:
    """Set `login` up in this database as `db grant` does, by the first admin; returns its URL
    (PostgreSQL). On SQLite the name is simply used."""
    from models.db.migrate import open_database
    from models.services import users
    url = login_url(db_url, login)
    if "://" not in db_url or not db_url.startswith("postgresql"):
        return db_url
    admin_db = open_database(login_url(db_url, FIRST_ADMIN))
    try:
        grant_retrying(admin_db, users.sign_in(admin_db), login, role, team=team)
    finally:
        admin_db.dispose()
    return url


def open_as(db_url: str, login: str):
    """Open the database as `login`: their own login on PostgreSQL (an admin, set up on first
    use), the name on SQLite."""
    from models.db.migrate import open_database
    if "://" in db_url and db_url.startswith("postgresql"):
        return open_database(register_login(db_url, login))
    return open_database(db_url, user=login)


def drop_logins(db_url, logins) -> None:
    """Drop test logins as the superuser (their grants in this database first)."""
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url
    url = make_url(str(db_url) if not hasattr(db_url, "render_as_string")
                   else db_url.render_as_string(hide_password=False))
    engine = create_engine(superuser_url(url.render_as_string(hide_password=False)),
                           isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            for login in logins:
                if conn.exec_driver_sql("SELECT 1 FROM pg_roles WHERE rolname = %(n)s",
                                        {"n": login}).first():
                    conn.exec_driver_sql(f'DROP OWNED BY "{login}"')
                    conn.exec_driver_sql(f'DROP ROLE IF EXISTS "{login}"')
    finally:
        engine.dispose()


@contextlib.contextmanager
def as_owner(db_url):
    """A transaction as the schema owner, for what an area's migration does (DDL, grants)."""
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url
    url = make_url(db_url.render_as_string(hide_password=False)
                   if hasattr(db_url, "render_as_string") else str(db_url))
    with owner_work():
        engine = create_engine(url.set(username=OWNER_LOGIN), connect_args={"application_name": "repdesk"})
        try:
            with engine.begin() as conn:
                yield conn
        finally:
            engine.dispose()


@contextlib.contextmanager
def as_superuser(db_url):
    """A connection as the superuser (autocommit): only for creating test roles."""
    from sqlalchemy import create_engine
    url = db_url.render_as_string(hide_password=False) if hasattr(db_url, "render_as_string") \
        else str(db_url)
    engine = create_engine(superuser_url(url), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            yield conn
    finally:
        engine.dispose()


def cli_as(db_url, login: str, role: str | None = None, team=None) -> list[str]:
    """Command-line options that sign `login` in: their own database login on PostgreSQL (set
    up first with `role` when given), `--user` on SQLite."""
    url = db_url.render_as_string(hide_password=False) if hasattr(db_url, "render_as_string") \
        else str(db_url)
    if "://" in url and url.startswith("postgresql"):
        if role is not None:
            register_login(url, login, role, team=team)
        return ["--db", login_url(url, login)]
    return ["--db", url, "--user", login]
