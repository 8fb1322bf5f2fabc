"""A throwaway PostgreSQL database for a bench, set up as people use the server: the superuser only
creates and drops the database and the owner login; the owner (no superuser) makes the schema and
registers the admin login, as `repdesk db grant` does; the figures are taken as people's logins."""
from __future__ import annotations

import os
import uuid
from contextlib import contextmanager
from typing import Iterator

PG_ADMIN = os.environ.get("REPDESK_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
OWNER_LOGIN = "repdesk_bench_owner"


def server_problem() -> str | None:
    """Why the bench's PostgreSQL server cannot be used (its first line), or None."""
    from sqlalchemy import create_engine
    engine = create_engine(PG_ADMIN, connect_args={"connect_timeout": 3})
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
    except Exception as error:  # noqa: BLE001 - any failure means: no server for this run
        return str(error).splitlines()[0]
    finally:
        engine.dispose()
    return None


@contextmanager
def throwaway_database(admin_login: str) -> Iterator:
    """A new database whose schema the owner login made and where `admin_login` is a registered
    admin; yields its URL without a user name (see `as_login`). Dropped afterwards."""
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    from models.db.migrate import open_database
    from models.services import users
    superuser = create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT",
                              connect_args={"connect_timeout": 3})
    name = f"repdesk_bench_{uuid.uuid4().hex[:8]}"
    with superuser.connect() as conn:
        conn.exec_driver_sql(f"""DO $$ BEGIN
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{OWNER_LOGIN}') THEN
              CREATE ROLE {OWNER_LOGIN} LOGIN NOSUPERUSER CREATEROLE;
            END IF; END $$""")
        conn.exec_driver_sql(f'CREATE DATABASE "{name}" OWNER {OWNER_LOGIN}')
    try:
        url = make_url(PG_ADMIN).set(database=name, password=None)
        owner = open_database(as_login(url, OWNER_LOGIN), user=admin_login)
        try:
            users.grant(owner, users.sign_in(owner), admin_login, "admin")
        finally:
            owner.dispose()
        yield url
    finally:
        with superuser.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        superuser.dispose()


def as_login(url, login: str) -> str:
    """The database URL as `login`'s own connection."""
    return url.set(username=login).render_as_string(hide_password=False)
