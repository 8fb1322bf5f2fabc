"""`repdesk import deals FILE` and `repdesk kpi funnel --period 2026-Q3 --by rep`."""
from __future__ import annotations

import csv
import sys

from desktop.cli.common import (add_dry_run_option, add_map_option, add_profile_options,
                                apply_profile, import_exit_code, maybe_dry_run, open_db,
                                print_batch, print_dry_run, print_table, save_run_profile,
                                subgroup)
from desktop.pages import NOT_TRAINERS  # the window offers these areas to the same roles
from models.i18n import _


def register(subparsers) -> None:
    from models.imports.crm_layouts import FIELDS as DEAL_FIELDS
    imports = subgroup(subparsers, "import", _("import data from CSV/XLSX files"))
    deals = imports.add_parser(
        "deals",
        help=_("deals from a CRM export (Salesforce, HubSpot, Pipedrive, Zoho, amoCRM/Kommo, "
               "Odoo)"))
    deals.add_argument("file", help=_("a .csv or .xlsx file"))
    deals.add_argument("--crm", default="auto",
                       choices=["auto", "salesforce", "hubspot", "pipedrive", "zoho", "amocrm",
                                "odoo"],
                       help=_("which CRM wrote the file (default: detected from its headers)"))
    deals.add_argument("--stage-map", metavar="PAIRS",
                       help=_('CRM stage names to ours: "Discovery=Qualified,Legal=Closing"'))
    add_map_option(deals, "Deal size=amount,Seller=owner", ("", DEAL_FIELDS))
    deals.add_argument("--pipeline", metavar="NAME", help=_("import into this pipeline"))
    deals.add_argument("--currency", metavar="CODE",
                       help=_("the currency (EUR, RUB, …) of amounts whose row names none; "
                              "without it they are stored as USD and the result counts them"))
    deals.add_argument("--amounts", choices=["original", "converted"], default="original",
                       help=_("a file with both 'Amount' and 'Amount (converted)': import each "
                              "deal's own amount in its own currency (original, the default) or "
                              "the amounts converted to the CRM's corporate currency"))
    deals.add_argument("--skip-bad", action="store_true",
                       help=_("import the good rows and list the bad ones (default: import "
                              "nothing)"))
    deals.add_argument("--users", metavar="FILE",
                       help=_("the CRM's user export (Salesforce Id, FirstName, LastName, "
                              "Email; HubSpot or Zoho User ID, name, e-mail): owner ids in the "
                              "deals file become people, matched to reps by e-mail, then by name"))
    deals.add_argument("--create-reps", action="store_true",
                       help=_("with --users and --team: owners who are not reps yet become reps "
                              "of that team (created if new)"))
    deals.add_argument("--team", metavar="NAME", help=_("the team of the reps --create-reps "
                                                        "makes"))
    add_dry_run_option(deals)
    add_profile_options(deals, "deals")
    deals.set_defaults(handler=cmd_import_deals, roles=NOT_TRAINERS)

    kpi = subgroup(subparsers, "kpi", _("print key numbers"))
    funnel = kpi.add_parser("funnel", help=_("stage KPIs of the funnel for a period"))
    funnel.add_argument("--period", required=True,
                        help=_("2026-Q3, 2026-07, 2026 or 2026-07-01..2026-09-30"))
    funnel.add_argument("--by", choices=["rep", "team", "company"], default="rep")
    funnel.add_argument("--team", metavar="NAME", help=_("only this team"))
    funnel.add_argument("--format", choices=["table", "csv"], default="table")
    funnel.set_defaults(handler=cmd_kpi_funnel, roles=NOT_TRAINERS)


def cmd_import_deals(args) -> int:
    from models.domain.progress import Progress
    from models.imports.deals import import_deals
    from models.imports.tabular import parse_map_option
    users = crm_users_of(args)
    db = open_db(args)
    try:
        def report(done, total, message):
            if total and sys.stderr.isatty():
                print(f"\r{message} {done}/{total}", end="", file=sys.stderr)
        choices = {"crm": ("crm", "auto"), "stage_map": ("stage_map", None),
                   "pipeline": ("pipeline", None), "amounts": ("amounts", "original")}
        mapping = apply_profile(args, db, parse_map_option(args.map), choices)
        with maybe_dry_run(args) as plan:
            result = import_deals(db, args.file, crm=args.crm, stage_map=args.stage_map,
                                  overrides=mapping, skip_bad=args.skip_bad,
                                  pipeline=args.pipeline, progress=Progress(report),
                                  users=users,
                                  create_in_team=args.team if args.create_reps else None,
                                  currency=args.currency, amounts=args.amounts)
        save_run_profile(args, db, result, mapping,
                         {keyword: getattr(args, attribute)
                          for keyword, (attribute, _default) in choices.items()})
    finally:
        db.dispose()
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print_dry_run(plan)
    print(_("Deals from {file}: {result}").format(file=args.file, result=result.summary()))
    print_batch(result)
    return import_exit_code(result)


def crm_users_of(args):
    """The --users file read, after checking the options that go with it (before the database
    is opened: a wrong command line is told at once)."""
    from models.db.errors import RepdeskError
    from models.imports.crm_users import read_crm_users
    if args.create_reps and not (args.users and args.team):
        raise RepdeskError(_("--create-reps needs --users FILE (who the owners are) and --team "
                             "NAME (where their reps go)."))
    if args.team and not args.create_reps:
        raise RepdeskError(_("--team names the team of the reps --create-reps makes; add "
                             "--create-reps or leave --team out."))
    return read_crm_users(args.users) if args.users else None


def cmd_kpi_funnel(args) -> int:
    from sqlalchemy import select

    from models.db.core import Team
    from models.db.errors import RepdeskError
    from models.domain.funnel_kpis import kpi_headers, kpi_row, money_line, parse_period
    from models.imports.tabular import neutralize
    from models.services.funnel_kpis import funnel_kpis
    start, end = parse_period(args.period)
    db = open_db(args)
    try:
        team_id = None
        if args.team:
            team_id = db.scalar(select(Team.id).where(Team.name == args.team))
            if team_id is None:
                raise RepdeskError(_("There is no team named '{team}'.").format(team=args.team))
        rows = funnel_kpis(db, start, end, by=args.by, team_id=team_id)
    finally:
        db.dispose()
    currency = rows[0].kpis.currency if rows else ""
    headers = [{"rep": "Rep", "team": "Team", "company": "Company"}[args.by]] + kpi_headers(currency)
    table = [[r.label] + kpi_row(r.kpis) for r in rows]
    money = money_line(r.kpis for r in rows)
    try:
        if args.format == "csv":
            writer = csv.writer(sys.stdout, lineterminator="\n")
            writer.writerow(headers)
            writer.writerows([[neutralize(v) for v in row] for row in table])
            if "no rate" in money:   # the file stays a table; the warning goes beside it
                print(money, file=sys.stderr)
        else:
            print(_("Funnel {start} – {end}, by {by}").format(start=start, end=end, by=args.by))
            print_table(headers, table)
            if money:
                print(money)
        sys.stdout.flush()
    except BrokenPipeError:  # `… | head`: the reader has what it wanted
        import os
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0
