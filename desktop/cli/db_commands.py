"""`repdesk db upgrade` and `repdesk db info`."""
from __future__ import annotations

from desktop.cli.common import chosen_database, may_create, subgroup
from models.i18n import _


def register(subparsers) -> None:
    db = subgroup(subparsers, "db", _("database maintenance"))
    upgrade = db.add_parser("upgrade", help=_("bring the database to this version's schema"))
    upgrade.add_argument("--create", action="store_true",
                         help=_("create the SQLite file named by --db / $REPDESK_DB when there "
                                "is none (without it a path that does not exist is refused)"))
    upgrade.set_defaults(handler=cmd_upgrade)
    info = db.add_parser("info", help=_("show which database is used and its schema version"))
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
        print(_("{db} is up to date ({current}).").format(
                  db=db.describe(), current=', '.join(sorted(after.current))))
    else:
        print(_("Upgraded {db} from {before} to {current}.").format(
            db=db.describe(), before=", ".join(sorted(before.current)) or _("empty"),
            current=", ".join(sorted(after.current))))
        if backup:
            print(_("A copy of the database before the upgrade: {backup}").format(backup=backup))
    return 0


def cmd_info(args) -> int:
    from models.db import migrate
    from models.db.core import Rep, Team
    from sqlalchemy import func, select
    db = _connect(args, upgrading=False)
    try:
        state = migrate.schema_state(db)
        print(_("Database:  {db}").format(db=db.describe()))
        print(_("User:      {user}").format(user=db.user))
        print(_("Schema:    {schema}").format(
            schema=", ".join(sorted(state.current)) or _("(empty)")))
        print(_("This app:  {heads}").format(heads=', '.join(sorted(state.heads))))
        if state.up_to_date:
            print(_("Teams:     {n}").format(
                n=db.scalar(select(func.count()).select_from(Team))))
            print(_("Reps:      {n}").format(
                n=db.scalar(select(func.count()).select_from(Rep))))
        else:
            print(_("Status:    needs `repdesk db upgrade` (the app upgrades it when it opens "
                    "it)"))
    finally:
        db.dispose()
    return 0
