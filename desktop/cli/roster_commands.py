"""`repdesk import reps FILE` and `repdesk export reps FILE` (CSV or XLSX)."""
from __future__ import annotations

import sys

from desktop.cli.common import (add_dry_run_option, add_map_option, add_profile_options,
                                apply_profile, import_exit_code, maybe_dry_run, open_db,
                                print_batch, print_dry_run, save_run_profile, subgroup)
from desktop.pages import NOT_TRAINERS  # the window offers these areas to the same roles
from models import formatting
from models.i18n import _, ngettext


def register(subparsers) -> None:
    from models.imports.reps import FIELDS as REP_FIELDS
    imports = subgroup(subparsers, "import", _("import data from CSV/XLSX files"))
    reps = imports.add_parser("reps", help=_("reps from a CSV or XLSX roster (re-importing "
                                             "updates, never duplicates)"))
    reps.add_argument("file", help=_("a .csv or .xlsx file"))
    add_map_option(reps, "Nombre=full_name,Correo=email", ("", REP_FIELDS))
    reps.add_argument("--skip-bad", action="store_true",
                      help=_("import the good rows and list the bad ones (default: import "
                             "nothing)"))
    reps.add_argument("--no-new-teams", action="store_true",
                      help=_("refuse rows naming a team that does not exist (default: create it)"))
    add_dry_run_option(reps)
    add_profile_options(reps, "reps")
    reps.set_defaults(handler=cmd_import_reps, roles=NOT_TRAINERS)

    exports = subgroup(subparsers, "export", _("export data to CSV/XLSX files"))
    out = exports.add_parser("reps", help=_("reps to a CSV or XLSX file (by the file's suffix)"))
    out.add_argument("file", help=_("a .csv or .xlsx file to write"))
    out.add_argument("--team", metavar="NAME", help=_("only this team"))
    out.set_defaults(handler=cmd_export_reps, roles=NOT_TRAINERS)


def cmd_import_reps(args) -> int:
    from models.domain.progress import Progress
    from models.imports.reps import import_reps
    from models.imports.tabular import parse_map_option
    mapping = parse_map_option(args.map)
    db = open_db(args)
    try:
        def report(done, total, message):
            if total and sys.stderr.isatty():
                print(f"\r{message} {done}/{total}", end="", file=sys.stderr)
        args.create_teams = None if not args.no_new_teams else False
        mapping = apply_profile(args, db, mapping, {"create_teams": ("create_teams", None)})
        create_teams = args.create_teams is not False
        with maybe_dry_run(args) as plan:
            result = import_reps(db, args.file, mapping=mapping, skip_bad=args.skip_bad,
                                 create_teams=create_teams, progress=Progress(report))
        save_run_profile(args, db, result, mapping, {"create_teams": create_teams})
    finally:
        db.dispose()
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print_dry_run(plan)
    teams = getattr(result, "new_teams", [])
    print(_("Reps from {file}: {summary}").format(file=args.file, summary=result.summary()))
    if teams:
        print(_("New teams: {teams}").format(teams=", ".join(teams)))
    print_batch(result)
    return import_exit_code(result)


def cmd_export_reps(args) -> int:
    from sqlalchemy import select

    from models.db.core import Team
    from models.db.errors import RepdeskError
    from models.imports.reps import export_reps
    db = open_db(args)
    try:
        team_id = None
        if args.team:
            team_id = db.scalar(select(Team.id).where(Team.name == args.team))
            if team_id is None:
                raise RepdeskError(_("There is no team named '{team}'.").format(team=args.team))
        count = export_reps(db, args.file, team_id=team_id)
    finally:
        db.dispose()
    print(ngettext("{n} rep written to {file}", "{n} reps written to {file}", count).format(
        n=formatting.number(count), file=args.file))
    return 0
