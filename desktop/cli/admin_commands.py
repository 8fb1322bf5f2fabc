"""`repdesk db grant`, `db users`, `db backup`, `db restore` (admin tasks)."""
from __future__ import annotations

import getpass

from desktop.cli.common import open_db, print_table, subgroup
from models.i18n import N_, _


def register(subparsers) -> None:
    db = subgroup(subparsers, "db", _("database maintenance"))
    grant = db.add_parser("grant", help=_("give a user a role (admin only); on PostgreSQL also "
                                          "creates their database login"))
    grant.add_argument("login", metavar="USER")
    grant.add_argument("--role", required=True, choices=["admin", "manager", "hr", "trainer"])
    grant.add_argument("--team", help=_("the team a manager runs (name or id)"))
    grant.add_argument("--name", help=_("display name"))
    grant.add_argument("--password", action="store_true",
                       help=_("ask for a password for a new PostgreSQL login"))
    grant.set_defaults(handler=cmd_grant)
    who = db.add_parser("users", help=_("list the users and their roles"))
    who.set_defaults(handler=cmd_users)
    hist = db.add_parser("history", help=_("every change of one record (who, when, old -> new)"))
    hist.add_argument("table", help=_("reps, teams, territories, quotas, deals, reviews, …"))
    hist.add_argument("row_id", metavar="ID")
    hist.add_argument("--by", metavar="USER", help=_("only changes made by this user"))
    hist.add_argument("--since", type=_date, metavar="YYYY-MM-DD")
    hist.add_argument("--until", type=_date, metavar="YYYY-MM-DD")
    hist.set_defaults(handler=cmd_history)
    backup = db.add_parser("backup", help=_("copy the SQLite database to FILE (safe while in "
                                            "use)"))
    backup.add_argument("file", metavar="FILE")
    backup.set_defaults(handler=cmd_backup)
    restore = db.add_parser("restore", help=_("replace the SQLite database with the backup FILE"))
    restore.add_argument("file", metavar="FILE")
    restore.add_argument("--yes", action="store_true", help=_("do not ask for confirmation"))
    restore.set_defaults(handler=cmd_restore)


def _date(text: str):
    import argparse
    import datetime as dt
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_("'{text}' is not a date like 2026-11-23").format(
                                             text=text)) from None


def _signed_in(args):
    from models.services.users import sign_in
    db = open_db(args)
    try:
        return db, sign_in(db)
    except BaseException:
        db.dispose()
        raise


def cmd_grant(args) -> int:
    from models.services import users
    db, me = _signed_in(args)
    try:
        password = getpass.getpass(_("Password for {login}: ").format(login=args.login)) if args.password else None
        print(users.grant(db, me, args.login, args.role, team=args.team,
                          display_name=args.name, password=password))
        if db.backend == "sqlite":
            print(_(users.SQLITE_NOTICE))
    finally:
        db.dispose()
    return 0


def cmd_users(args) -> int:
    from models.services import users
    db, _me = _signed_in(args)
    try:
        rows = users.list_users(db)
    finally:
        db.dispose()
    print_table([N_("login"), N_("name"), N_("role"), N_("team"), N_("active")],
                [[r.login, r.display_name, r.role, r.team or "(all)", "yes" if r.active else "no"]
                 for r in rows])
    return 0


def cmd_history(args) -> int:
    from models.services import history
    db, me = _signed_in(args)
    try:
        events = history.history(db, args.table, args.row_id, user_login=args.by,
                                 since=args.since, until=args.until, viewer=me)
    finally:
        db.dispose()
    rows = []
    for e in events:
        stamp = e.at.strftime("%Y-%m-%d %H:%M") if e.at else ""
        if not e.changes:
            rows.append([stamp, e.user, e.action, "", "", ""])
        for c in e.changes:
            old = c.old if c.old_known else _("(not recorded)")
            rows.append([stamp, e.user, e.action, c.field, old, c.new])
    print_table([N_("when (UTC)"), N_("who"), N_("action"), N_("field"), N_("before"),
                 N_("after")], rows)
    return 0


def cmd_backup(args) -> int:
    from models.db.backup import backup
    from models.services.users import require_admin
    db, me = _signed_in(args)
    try:
        require_admin(me, _("back up the database"))
        target = backup(db, args.file)
    finally:
        db.dispose()
    print(_("Backed up {db} to {target}.").format(db=db.describe(), target=target))
    return 0


def cmd_restore(args) -> int:
    from models.db.backup import check_backup_file, restore
    from models.db.errors import RepdeskError
    from models.services.users import require_admin
    db, me = _signed_in(args)
    try:
        require_admin(me, _("restore the database"))
        source = check_backup_file(args.file)
        question = _("Replace everything in {db} with {source}? Other workstations must close "
                     "Repdesk first. [y/N] ").format(db=db.describe(), source=source)
        if not args.yes and not _confirmed(question):
            raise RepdeskError(_("Restore cancelled; nothing was changed."))
        restore(db, source)
    finally:
        db.dispose()
    print(_("Restored {db} from {source}.").format(db=db.describe(), source=source))
    return 0


def _confirmed(question: str) -> bool:
    """A yes at the prompt; no answer at all (stdin closed, as in a scheduled job) is a no."""
    try:
        return input(question).strip().lower() in ("y", "yes")
    except EOFError:
        print()  # end the prompt's line
        return False
