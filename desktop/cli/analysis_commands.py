"""`repdesk analysis sales|customers|agencies|deal-sizes`: the sales analyses on the command line,
as a table on the screen or a CSV/XLSX file (--output, by its suffix)."""
from __future__ import annotations

import argparse
import datetime as dt
from decimal import Decimal, InvalidOperation

from desktop.cli.common import open_db, print_table, subgroup
from models.i18n import _
from desktop.pages import NOT_TRAINERS  # the window offers sales figures to the same roles


def _money(text: str) -> Decimal:
    try:
        value = Decimal(text.replace(",", ""))
        if not value.is_finite() or value < 0:
            raise InvalidOperation
        return value
    except InvalidOperation:
        raise argparse.ArgumentTypeError(f"'{text}' is not an amount like 1200.50") from None


def _edges(text: str) -> tuple[Decimal, ...]:
    return tuple(_money(part) for part in text.split(";" if ";" in text else ",") if part.strip())


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-10-15") from None


def register(subparsers) -> None:
    group = subgroup(subparsers, "analysis", "sales analysis: slices, customers, agencies, "
                                             "deal sizes")
    sales = group.add_parser(
        "sales", help="revenue, growth, margin, average check, plan fulfilment and the cost of "
                      "the sales system for a period and a slice",
        description="Figures in the company currency, each deal at its close date's rate. Pay "
                    "(base pay, commission) is shown to HR and admins only.")
    _period(sales)
    for option, what in (("--team", "a team (name or #id)"),
                         ("--territory", "a territory (name or #id)"),
                         ("--rep", "a rep (full name, e-mail or #id)"),
                         ("--agency", "an outsourcing agency (name or #id)"),
                         ("--segment", "accounts of this segment"),
                         ("--product-line", "deals of this product line")):
        sales.add_argument(option, help=f"only {what}")
    sales.add_argument("--other-costs", type=_money, default=Decimal(0), metavar="AMOUNT",
                       help="tool and travel costs of the period, in the company currency")
    _output(sales)
    sales.set_defaults(handler=run_sales, roles=NOT_TRAINERS)

    customers = group.add_parser(
        "customers", help="ABC/XYZ classes, potential, dormant and falling clients, coverage by "
                          "territory; --list for a rep's hand-out list")
    customers.add_argument("--today", type=_date, help="the day to look back from (default: "
                                                       "today)")
    customers.add_argument("--months", type=int, default=12,
                           help="whole months of revenue to classify by (default 12)")
    customers.add_argument("--dormant-months", type=int, default=6,
                           help="months without a deal that make a client dormant (default 6)")
    customers.add_argument("--team", help="only accounts owned by this team's reps")
    customers.add_argument("--rep", help="only accounts this rep owns")
    customers.add_argument("--list", choices=["dormant", "potential", "falling", "active"],
                           help="only clients of this standing, largest first")
    customers.add_argument("--abc", choices=["A", "B", "C"], help="only clients of this class")
    customers.add_argument("--limit", type=int, default=20, help="rows of --list (default 20)")
    customers.add_argument("--territories", action="store_true",
                           help="coverage of each territory's market potential instead")
    _output(customers)
    customers.set_defaults(handler=run_customers, roles=NOT_TRAINERS)

    agencies = group.add_parser(
        "agencies", help="outsourcing agencies side by side with in-house teams, and contracts "
                         "ending")
    _period(agencies)
    agencies.add_argument("--today", type=_date, help="for contracts ending (default: today)")
    agencies.add_argument("--within", type=int, default=120,
                          help="contracts ending within this many days (default 120)")
    agencies.add_argument("--reps", action="store_true",
                          help="each agency's reps one by one instead")
    _output(agencies)
    agencies.set_defaults(handler=run_agencies, roles=NOT_TRAINERS)

    sizes = group.add_parser(
        "deal-sizes", help="each rep's deals by size band: revenue, time in funnel, touches; "
                           "many small or a few large")
    _period(sizes)
    sizes.add_argument("--team", help="only this team's reps")
    sizes.add_argument("--bands", type=_edges, metavar="EDGES",
                       help="band edges such as 1000,5000 (default: thirds of the amounts)")
    sizes.add_argument("--today", type=_date, help="open deals' age up to this day (default: "
                                                   "today)")
    _output(sizes)
    sizes.set_defaults(handler=run_deal_sizes, roles=NOT_TRAINERS)


def _period(parser) -> None:
    parser.add_argument("--period", required=True, help="2026-Q3, 2026-07 or 2026")


def _output(parser) -> None:
    parser.add_argument("--output", metavar="FILE",
                        help="write a .csv or .xlsx file instead (`analysis sales`: or .pdf)")


def _parse_period(text: str) -> tuple[dt.date, dt.date]:
    from models.db.errors import RepdeskError
    from models.domain.commission import parse_period
    try:
        return parse_period(text)
    except ValueError as error:
        raise RepdeskError(str(error)) from None


def _show(args, headers: list[str], rows: list[list], notes=(), *, what: str = "rows") -> int:
    """A table on the screen (figures formatted) or the raw figures to --output."""
    if args.output:
        from models.imports.tabular import write_table
        if not args.output.lower().endswith((".csv", ".xlsx")):
            from models.db.errors import RepdeskError
            raise RepdeskError("--output is a .csv or .xlsx file.")
        count = write_table(args.output, headers, rows + [[f"Note: {n}"] for n in notes])
        print(f"{count - len(notes)} {what} written to {args.output}.")
        return 0
    print_table(headers, [[_text(v) for v in row] for row in rows])
    for note in notes:
        print(f"Note: {note}")
    return 0


def _text(value) -> str:
    if value is None:
        return "—"
    if isinstance(value, Decimal):
        return f"{value:,.2f}"
    return str(value)


def _percent(value: Decimal | None):
    return None if value is None else f"{value * 100:.1f} %"


def run_sales(args) -> int:
    from models.services.sales_analysis import analyse_sales, find_slice
    from models.services.users import sign_in
    start, end = _parse_period(args.period)
    db = open_db(args)
    try:
        user = sign_in(db)
        part = find_slice(db, team=args.team, territory=args.territory, rep=args.rep,
                          agency=args.agency, segment=args.segment,
                          product_line=args.product_line)
        analysis = analyse_sales(db, user, start, end, part, other_costs=args.other_costs)
        from models.services.company import company_settings
        company = company_settings(db).name
    finally:
        db.dispose()
    if args.output and args.output.lower().endswith(".pdf"):
        from models.reports.sales_analysis_pdf import render_sales_analysis
        with open(args.output, "wb") as fh:
            fh.write(render_sales_analysis(analysis, company))
        print(_("The sales analysis was written to {path}.").format(path=args.output))
        return 0
    if args.output:
        rows = [[k, v] for k, v in analysis.rows() if k != "Note"]
        return _show(args, ["Figure", "Value"], rows, analysis.notes, what="figures")
    print_table([_("Figure"), _("Value")], [[_(k), v] for k, v in analysis.shown_rows()])
    for note in analysis.notes:
        print(_("Note: {note}").format(note=note))
    return 0


def run_customers(args) -> int:
    from models.services.customer_base import customer_base, hand_out_list
    from models.services.sales_analysis import find_slice
    db = open_db(args)
    try:
        part = find_slice(db, team=args.team, rep=args.rep)
        base = customer_base(db, args.today or dt.date.today(), months=args.months,
                             dormant_months=args.dormant_months, team_id=part.team_id,
                             rep_id=part.rep_id)
    finally:
        db.dispose()
    cur = base.currency
    if args.territories:
        return _show(args, ["Territory", f"Potential ({cur})", f"Revenue ({cur})", "Coverage",
                            "Clients", "Prospects", "Dormant"],
                     [[t.name, t.potential, t.revenue,
                       t.coverage if args.output else _percent(t.coverage), t.clients,
                       t.prospects, t.dormant] for t in base.territories], base.notes,
                     what="territories")
    clients = base.clients
    if args.list:
        clients = hand_out_list(base, standing=args.list, abc=args.abc, limit=args.limit)
    elif args.abc:
        clients = [c for c in clients if c.abc == args.abc]
    start, end = base.window
    notes = (f"Revenue from {start:%Y-%m-%d} to {end:%Y-%m-%d}; 'before' is the "
             f"{args.months} months before that.",) + base.notes
    return _show(args, ["Account", "Owner", "Territory", "Segment", f"Revenue ({cur})",
                        f"Before ({cur})", "ABC", "XYZ", "Variation", "Standing", "Last closed",
                        "Open deals"],
                 [[c.name, c.owner, c.territory, c.segment, c.revenue, c.revenue_before, c.abc,
                   c.xyz, c.variation, c.standing, c.last_closed, c.open_deals]
                  for c in clients], notes, what="accounts")


def run_agencies(args) -> int:
    from models.services.agency_comparison import compare_agencies
    from models.services.users import sign_in
    start, end = _parse_period(args.period)
    db = open_db(args)
    try:
        user = sign_in(db)
        result = compare_agencies(db, user, start, end, today=args.today,
                                  contracts_within=args.within)
    finally:
        db.dispose()
    cur = result.currency
    show = (lambda v: v) if args.output else _percent
    if args.reps:
        return _show(args, ["Agency", "Rep", "Left on", "Won deals", f"Revenue ({cur})",
                            "Attainment", "Activity/day", "Quality"],
                     [[r.agency, r.name, r.left, r.won_deals, r.revenue, show(r.attainment),
                       r.activity_per_day, show(r.quality)] for r in result.reps],
                     result.notes, what="reps")
    rows = [[g.name, g.kind, g.reps, g.departed, show(g.attrition), show(g.attainment),
             g.activity_per_rep_day, show(g.quality), g.won_deals, g.revenue, g.cost,
             g.cost_per_won_deal,
             g.cost_per_revenue if args.output or g.cost_per_revenue is None
             else f"{g.cost_per_revenue:.4f}", g.contract_end] for g in result.groups]
    notes = tuple(f"{name}'s contract ends {ends:%Y-%m-%d} (in {days} days); give notice by "
                  f"{notice:%Y-%m-%d}." for name, ends, days, notice in result.contracts_ahead)
    return _show(args, ["Group", "Kind", "Reps", "Left", "Attrition", "Attainment",
                        "Activity/rep-day", "Quality", "Won deals", f"Revenue ({cur})",
                        f"Cost ({cur})", "Cost per won deal", "Cost per revenue",
                        "Contract ends"], rows, notes + result.notes, what="groups")


def run_deal_sizes(args) -> int:
    from models.services.deal_size import volume_vs_value
    from models.services.sales_analysis import find_slice
    start, end = _parse_period(args.period)
    db = open_db(args)
    try:
        part = find_slice(db, team=args.team)
        result = volume_vs_value(db, start, end, team_id=part.team_id, edges=args.bands,
                                 today=args.today)
    finally:
        db.dispose()
    cur = result.currency
    rows = []
    for rep in result.reps:
        for band in rep.volume.bands:
            rows.append([rep.rep_name, rep.team, rep.volume.profile, band.band, band.deals,
                         band.won, band.revenue, band.median_days, band.touches_per_deal])
    for band in result.team:
        rows.append(["Everyone", None, None, band.band, band.deals, band.won, band.revenue,
                     band.median_days, band.touches_per_deal])
    edges = ", ".join(f"{e:,.2f}" for e in result.edges)
    notes = (f"Band edges in {cur}: {edges} (a deal of exactly an edge is in the band above).",) \
        + result.notes
    return _show(args, ["Rep", "Team", "Works on", "Band", "Deals", "Won", f"Revenue ({cur})",
                        "Median days in funnel", "Touches per deal"], rows, notes,
                 what="rows")
