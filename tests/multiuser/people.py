"""People's PostgreSQL logins for tests that act as them (never superusers, never the owner).

    admin = users.sign_in(db)
    with logins(db, admin, manager=("manager", "North"), boss=("admin", None)) as url_for:
        manager_db = open_database(url_for("manager"))

`fresh_office()` makes an empty database owned by a new non-superuser owner login, as the
README's set-up does, for tests of what only an empty database allows (the demo).
Roles made here have unique names and are dropped afterwards, with what they own.
"""
from __future__ import annotations

import contextlib
import uuid

from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

from tests.pg_logins import PG_ADMIN_URL, login_url


def url_as(db_url, login: str) -> str:
    """The same database as another login (no password: the test server trusts local logins)."""
    url = db_url.render_as_string(hide_password=False) if hasattr(db_url, "render_as_string") \
        else str(db_url)
    return login_url(url, login)


def _superuser(database: str | None = None):
    url = make_url(PG_ADMIN_URL)
    if database:
        url = url.set(database=database)
    return create_engine(url, isolation_level="AUTOCOMMIT")


def drop_roles(names, databases=()) -> None:
    """Drop test roles as the superuser: what they own or were granted in `databases` first."""
    for database in databases:
        engine = _superuser(database)
        try:
            with engine.connect() as conn:
                for name in names:
                    if conn.exec_driver_sql("SELECT 1 FROM pg_roles WHERE rolname = %(n)s",
                                            {"n": name}).first():
                        conn.exec_driver_sql(f'DROP OWNED BY "{name}"')
        except Exception:  # noqa: BLE001 - the database may be gone already
            pass
        finally:
            engine.dispose()
    engine = _superuser()
    try:
        with engine.connect() as conn:
            for name in names:
                conn.exec_driver_sql(f'DROP ROLE IF EXISTS "{name}"')
    finally:
        engine.dispose()


@contextlib.contextmanager
def logins(db, admin, **wanted):
    """Set up one login per keyword (`name=(role, team name or None)`) in db's database through
    `users.grant` (as `db grant` does). Yields url_for(name) -> the database URL as that login."""
    from models.services import users
    tag = uuid.uuid4().hex[:8]
    names = {key: f"rdt_{tag}_{key}"[:63] for key in wanted}
    try:
        for key, (role, team) in wanted.items():
            users.grant(db, admin, names[key], role, team=team)
        yield lambda key: url_as(db.url, names[key])
    finally:
        drop_roles(list(names.values()), [db.url.database])


@contextlib.contextmanager
def fresh_office():
    """An empty database owned by a new owner login (NOSUPERUSER, CREATEROLE as the README's
    set-up asks). Yields (URL as the owner, owner login)."""
    tag = uuid.uuid4().hex[:8]
    owner, database = f"rdt_{tag}_owner", f"repdesk_t_{tag}"
    engine = _superuser()
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql(f'CREATE ROLE "{owner}" LOGIN NOSUPERUSER NOBYPASSRLS CREATEROLE')
            conn.exec_driver_sql(f'CREATE DATABASE "{database}" OWNER "{owner}"')
        yield url_as(make_url(PG_ADMIN_URL).set(database=database), owner), owner
    finally:
        with engine.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        engine.dispose()
        drop_roles([owner])
