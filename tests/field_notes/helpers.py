"""People with a role and a team for the field-notes tests: their own login on PostgreSQL, a user
of the file (with the app's team scope) on SQLite."""
from __future__ import annotations

import contextlib

from sqlalchemy.engine import make_url

from models.db.core import Team, Territory
from models.db.funnel import Account
from models.db.migrate import open_database
from models.db.scope import limit_to_user
from models.services import users


def add_teams_and_tags(db) -> dict[str, int]:
    """Two teams, a territory and an account; their ids by name."""
    with db.write() as s:
        rows = [Team(name="Αθήνα Πεδίο"), Team(name="Jakarta Inside"),
                Territory(name="Θεσσαλονίκη"), Account(name="Όμιλος Παπαδόπουλου")]
        s.add_all(rows)
        s.flush()
        return {"athens": rows[0].id, "jakarta": rows[1].id, "territory": rows[2].id,
                "account": rows[3].id}


@contextlib.contextmanager
def people(db, **wanted):
    """Yields open(name) -> a Database signed in as that person (name=(role, team name))."""
    me = users.sign_in(db)
    opened = []

    def open_person(url, login):
        person = open_database(url, user=login)
        limit_to_user(person, users.sign_in(person))
        opened.append(person)
        return person

    try:
        if db.backend == "postgresql":
            from tests.multiuser.people import logins
            with logins(db, me, **wanted) as url_for:
                yield lambda key: open_person(url_for(key), make_url(url_for(key)).username)
                for person in opened:  # before their logins are dropped
                    person.dispose()
                opened.clear()
            return
        for key, (role, team) in wanted.items():
            users.grant(db, me, key, role, team=team)
        yield lambda key: open_person(str(db.url.database), key)
    finally:
        for person in opened:
            person.dispose()
