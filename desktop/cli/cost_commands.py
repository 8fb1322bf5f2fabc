"""`repdesk analysis costs add|list|delete`: tool, travel and other costs of the sales system,
entered per month for a team or the company. `repdesk analysis sales` counts them in the cost of
the sales system (models/services/other_costs.py)."""
from __future__ import annotations

import argparse
import datetime as dt

from desktop.cli.common import EXIT_OK, open_db, print_table, subgroup
from desktop.pages import NOT_TRAINERS
from models import formatting
from models.i18n import N_, _

KINDS = ("tools", "travel", "other")


def _month(text: str) -> dt.date:
    """'2026-10' or any day of it ('2026-10-15')."""
    try:
        return dt.date.fromisoformat(text if len(text.strip()) > 7 else f"{text.strip()}-01")
    except ValueError:
        raise argparse.ArgumentTypeError(_("'{text}' is not a month like 2026-10").format(
            text=text)) from None


def register(subparsers) -> None:
    analysis = subgroup(subparsers, "analysis", "sales analysis: slices, customers, agencies, "
                                                "deal sizes")
    costs = analysis.add_parser(
        "costs", help=_("tool, travel and other costs of the sales system, entered per month"))
    group = costs.add_subparsers(dest="costs_what", metavar="WHAT")
    costs.set_defaults(handler=lambda args, p=costs: (p.print_help(), 2)[1])

    p = group.add_parser("add", help=_("enter a month's cost for a team or the company"))
    p.add_argument("--month", type=_month, required=True, metavar="YYYY-MM")
    p.add_argument("--kind", choices=KINDS, required=True)
    p.add_argument("--amount", required=True, help=_("the amount, such as 1200.50"))
    p.add_argument("--currency", help=_("three letters (default: the company currency)"))
    owner = p.add_mutually_exclusive_group()
    owner.add_argument("--team", help=_("the team (name or #id; default: your team, else the "
                                        "company)"))
    owner.add_argument("--company", action="store_true",
                       help=_("the company's own cost, of no team (admins and HR)"))
    p.add_argument("--note", help=_("what it was, such as 'CRM seats'"))
    p.set_defaults(handler=cmd_add, roles=NOT_TRAINERS)

    p = group.add_parser("list", help=_("the entered costs you may read, newest month first"))
    p.add_argument("--period", help=_("2026-Q3, 2026-07 or 2026 (default: every month)"))
    p.add_argument("--team", help=_("only this team's (name or #id)"))
    p.set_defaults(handler=cmd_list, roles=NOT_TRAINERS)

    p = group.add_parser("delete", help=_("delete an entered cost by its number"))
    p.add_argument("id", type=int, metavar="ID")
    p.set_defaults(handler=cmd_delete, roles=NOT_TRAINERS)


def _team_id(db, name: str | None) -> int | None:
    from models.services.sales_analysis import find_slice
    return find_slice(db, team=name).team_id if name else None


def cmd_add(args) -> int:
    from models.services import other_costs
    from models.services.company import company_settings
    from models.services.users import sign_in
    db = open_db(args)
    try:
        user = sign_in(db)
        if args.company:
            team_id = None
        else:
            team_id = _team_id(db, args.team) if args.team else user.team_id
        currency = args.currency or company_settings(db).currency
        row = other_costs.add(db, other_costs.CostFields(args.month, args.kind, args.amount,
                                                         currency, team_id, args.note),
                              user=user)
    finally:
        db.dispose()
    print(_("Cost {id} entered: {kind} {month}, {amount} for {owner}.").format(
        id=row.id, kind=row.kind_label, month=formatting.month(row.month),
        amount=formatting.money(row.amount, row.currency),
        owner=row.team_name or _("the company")))
    return EXIT_OK


def cmd_list(args) -> int:
    from models.services import other_costs
    start = end = None
    if args.period:
        from desktop.cli.analysis_commands import _parse_period
        start, end = _parse_period(args.period)
    db = open_db(args)
    try:
        rows = other_costs.list_costs(db, start=start, end=end,
                                      team_id=_team_id(db, args.team))
    finally:
        db.dispose()
    if not rows:
        print(_("No costs entered."))
        return EXIT_OK
    print_table(["#", N_("Month"), N_("Team"), N_("Kind"), N_("Amount"), N_("Note")],
                [[r.id, formatting.month(r.month), r.team_name or _("the company"), r.kind_label,
                  formatting.money(r.amount, r.currency), r.note or ""] for r in rows])
    return EXIT_OK


def cmd_delete(args) -> int:
    from models.services import other_costs
    from models.services.users import sign_in
    db = open_db(args)
    try:
        row = other_costs.get(db, args.id)
        other_costs.delete(db, row.id, row.version, user=sign_in(db))
    finally:
        db.dispose()
    print(_("Cost {id} deleted.").format(id=row.id))
    return EXIT_OK
