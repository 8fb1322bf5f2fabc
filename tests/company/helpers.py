"""People for the company set-up tests: another person signed in with a role, on both databases
(on PostgreSQL a login of their own set up as `db grant` does, so the server's refusals apply)."""
from __future__ import annotations

import contextlib
import uuid

from models.db.migrate import open_database
from models.services import users
from tests.pg_logins import drop_logins, login_url


@contextlib.contextmanager
def signed_in(db, role: str, team: str | None = None):
    """Yields (Database, CurrentUser) of a new person with `role` (and team, for a manager)."""
    admin = users.sign_in(db)
    login = f"rdt_{uuid.uuid4().hex[:8]}_{role}"
    users.grant(db, admin, login, role, team=team)
    url = db.url.render_as_string(hide_password=False)
    other = open_database(login_url(url, login) if db.backend == "postgresql" else db.url.database,
                          user=login)
    try:
        yield other, users.sign_in(other)
    finally:
        other.dispose()
        if db.backend == "postgresql":
            drop_logins(db.url, [login])
