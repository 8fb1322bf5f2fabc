"""`repdesk db upgrade` and `repdesk db info`."""
from __future__ import annotations

from desktop.cli.common import chosen_database, may_create, subgroup


def register(subparsers) -> None:
    db = subgroup(subparsers, "db", "database maintenance")
    upgrade = db.add_parser("upgrade", help="bring the database to this version's schema")
    upgrade.add_argument("--create", action="store_true",
                         help="create the SQLite file named by --db / $REPDESK_DB when there is "
                              "none (without it a path that does not exist is refused)")
    upgrade.set_defaults(handler=cmd_upgrade)
    info = db.add_parser("info", help="show which database is used and its schema version")
    info.set_defaults(handler=cmd_info)


def _connect(args, *, upgrading: bool):
    """Connected without upgrading: these commands report (and make) the schema themselves.
    `db info` never creates a file; `db upgrade` creates the default one, a named one with --create."""
    from models.db.database import Database
    url, named = chosen_database(args)
    create = upgrading and may_create(named, args.create)
    return Database.connect(url, user=args.user, create=create)


def cmd_upgrade(args) -> int:
    from models.db import migrate
    db = _connect(args, upgrading=True)
    try:
        before = migrate.schema_state(db)
        backup = migrate.upgrade(db)
        after = migrate.schema_state(db)
    finally:
        db.dispose()
    if before.up_to_date:
        print(f"{db.describe()} is up to date ({', '.join(sorted(after.current))}).")
    else:
        print(f"Upgraded {db.describe()} from {', '.join(sorted(before.current)) or 'empty'} "
              f"to {', '.join(sorted(after.current))}.")
        if backup:
            print(f"A copy of the database before the upgrade: {backup}")
    return 0


def cmd_info(args) -> int:
    from models.db import migrate
    from models.db.core import Rep, Team
    from sqlalchemy import func, select
    db = _connect(args, upgrading=False)
    try:
        state = migrate.schema_state(db)
        print(f"Database:  {db.describe()}")
        print(f"User:      {db.user}")
        print(f"Schema:    {', '.join(sorted(state.current)) or '(empty)'}")
        print(f"This app:  {', '.join(sorted(state.heads))}")
        if state.up_to_date:
            print(f"Teams:     {db.scalar(select(func.count()).select_from(Team))}")
            print(f"Reps:      {db.scalar(select(func.count()).select_from(Rep))}")
        else:
            print("Status:    needs `repdesk db upgrade` (the app upgrades it when it opens it)")
    finally:
        db.dispose()
    return 0
