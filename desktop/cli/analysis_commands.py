"""`repdesk analysis sales|customers|agencies|deal-sizes`: the sales analyses on the command line,
as a table on the screen or a CSV/XLSX file (--output, by its suffix)."""
from __future__ import annotations

import argparse
import datetime as dt
from decimal import Decimal, InvalidOperation

from desktop.cli.common import open_db, print_table, subgroup
from models import formatting
from models.i18n import N_, _, ngettext
from desktop.pages import NOT_TRAINERS  # the window offers sales figures to the same roles


def _money(text: str) -> Decimal:
    try:
        value = Decimal(text.replace(",", ""))
        if not value.is_finite() or value < 0:
            raise InvalidOperation
        return value
    except InvalidOperation:
        raise argparse.ArgumentTypeError(
            _("'{text}' is not an amount like 1200.50").format(text=text)) from None


def _edges(text: str) -> tuple[Decimal, ...]:
    return tuple(_money(part) for part in text.split(";" if ";" in text else ",") if part.strip())


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("'{text}' is not a date like 2026-10-15").format(text=text)) from None


def register(subparsers) -> None:
    group = subgroup(subparsers, "analysis", _("sales analysis: slices, customers, agencies, "
                                               "deal sizes"))
    sales = group.add_parser(
        "sales", help=_("revenue, growth, margin, average check, plan fulfilment and the cost of "
                        "the sales system for a period and a slice"),
        description=_("Figures in the company currency, each deal at its close date's rate. Pay "
                      "(base pay, commission) is shown to HR and admins only."))
    _period(sales)
    for option, what in (("--team", N_("a team (name or #id)")),
                         ("--territory", N_("a territory (name or #id)")),
                         ("--rep", N_("a rep (full name, e-mail or #id)")),
                         ("--agency", N_("an outsourcing agency (name or #id)")),
                         ("--segment", N_("accounts of this segment")),
                         ("--product-line", N_("deals of this product line"))):
        sales.add_argument(option, help=_("only {what}").format(what=_(what)))
    sales.add_argument("--other-costs", type=_money, default=Decimal(0), metavar="AMOUNT",
                       help=_("tool and travel costs of the period, in the company currency"))
    _output(sales)
    sales.set_defaults(handler=run_sales, roles=NOT_TRAINERS)

    customers = group.add_parser(
        "customers", help=_("ABC/XYZ classes, potential, dormant and falling clients, coverage by "
                            "territory; --list for a rep's hand-out list"))
    customers.add_argument("--today", type=_date, help=_("the day to look back from (default: "
                                                         "today)"))
    customers.add_argument("--months", type=int, default=12,
                           help=_("whole months of revenue to classify by (default 12)"))
    customers.add_argument("--dormant-months", type=int, default=6,
                           help=_("months without a deal that make a client dormant (default 6)"))
    customers.add_argument("--team", help=_("only accounts owned by this team's reps"))
    customers.add_argument("--rep", help=_("only accounts this rep owns"))
    customers.add_argument("--list", choices=["dormant", "potential", "falling", "active"],
                           help=_("only clients of this standing, largest first"))
    customers.add_argument("--abc", choices=["A", "B", "C"], help=_("only clients of this class"))
    customers.add_argument("--limit", type=int, default=20, help=_("rows of --list (default 20)"))
    customers.add_argument("--territories", action="store_true",
                           help=_("coverage of each territory's market potential instead"))
    _output(customers)
    customers.set_defaults(handler=run_customers, roles=NOT_TRAINERS)

    agencies = group.add_parser(
        "agencies", help=_("outsourcing agencies side by side with in-house teams, and contracts "
                           "ending"))
    _period(agencies)
    agencies.add_argument("--today", type=_date, help=_("for contracts ending (default: today)"))
    agencies.add_argument("--within", type=int, default=120,
                          help=_("contracts ending within this many days (default 120)"))
    agencies.add_argument("--reps", action="store_true",
                          help=_("each agency's reps one by one instead"))
    _output(agencies)
    agencies.set_defaults(handler=run_agencies, roles=NOT_TRAINERS)

    sizes = group.add_parser(
        "deal-sizes", help=_("each rep's deals by size band: revenue, time in funnel, touches; "
                             "many small or a few large"))
    _period(sizes)
    sizes.add_argument("--team", help=_("only this team's reps"))
    sizes.add_argument("--bands", type=_edges, metavar="EDGES",
                       help=_("band edges such as 1000,5000 (default: thirds of the amounts)"))
    sizes.add_argument("--today", type=_date, help=_("open deals' age up to this day (default: "
                                                     "today)"))
    _output(sizes)
    sizes.set_defaults(handler=run_deal_sizes, roles=NOT_TRAINERS)


def _period(parser) -> None:
    parser.add_argument("--period", required=True, help=_("2026-Q3, 2026-07 or 2026"))


def _output(parser) -> None:
    parser.add_argument("--output", metavar="FILE",
                        help=_("write a .csv or .xlsx file instead (`analysis sales`: or .pdf)"))


def _parse_period(text: str) -> tuple[dt.date, dt.date]:
    from models.db.errors import RepdeskError
    from models.domain.commission import parse_period
    try:
        return parse_period(text)
    except ValueError as error:
        raise RepdeskError(str(error)) from None


def _show(args, headers: list[str], rows: list[list], notes=(), *, currency: str = "",
          written=None) -> int:
    """A table on the screen (figures formatted, headers in the reader's language) or the raw
    figures to --output (headers in English: the file is read by programs). `headers` are
    N_()-marked texts, '{currency}' filled in; `written(n)` says what n rows were written."""
    if args.output:
        from models.imports.tabular import write_table
        if not args.output.lower().endswith((".csv", ".xlsx")):
            from models.db.errors import RepdeskError
            raise RepdeskError(_("--output is a .csv or .xlsx file."))
        count = write_table(args.output, [h.format(currency=currency) for h in headers],
                            rows + [[f"Note: {n}"] for n in notes])
        n = count - len(notes)
        message = written(n) if written else ngettext("{n} row written to {path}.",
                                                       "{n} rows written to {path}.", n)
        print(message.format(n=formatting.number(n), path=args.output))
        return 0
    print_table([_(h).format(currency=currency) for h in headers],
                [[_text(v) for v in row] for row in rows])
    for note in notes:
        print(_("Note: {note}").format(note=note))
    return 0


def _text(value) -> str:
    if value is None:
        return formatting.DASH
    if isinstance(value, Decimal):
        return formatting.number(value, 2)
    return str(value)


def _percent(value: Decimal | None):
    return None if value is None else formatting.percent(value, 1)


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
        return _show(args, [N_("Figure"), N_("Value")], rows, analysis.notes,
                     written=lambda n: ngettext("{n} figure written to {path}.",
                                                "{n} figures written to {path}.", n))
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
        return _show(args, [N_("Territory"), N_("Potential ({currency})"),
                            N_("Revenue ({currency})"), N_("Coverage"), N_("Clients"),
                            N_("Prospects"), N_("Dormant")],
                     [[t.name, t.potential, t.revenue,
                       t.coverage if args.output else _percent(t.coverage), t.clients,
                       t.prospects, t.dormant] for t in base.territories], base.notes,
                     currency=cur,
                     written=lambda n: ngettext("{n} territory written to {path}.",
                                                "{n} territories written to {path}.", n))
    clients = base.clients
    if args.list:
        clients = hand_out_list(base, standing=args.list, abc=args.abc, limit=args.limit)
    elif args.abc:
        clients = [c for c in clients if c.abc == args.abc]
    start, end = base.window
    notes = (ngettext("Revenue from {start} to {end}; 'before' is the {n} month before that.",
                      "Revenue from {start} to {end}; 'before' is the {n} months before that.",
                      args.months).format(start=f"{start:%Y-%m-%d}", end=f"{end:%Y-%m-%d}",
                                          n=args.months),) + base.notes
    return _show(args, [N_("Account"), N_("Owner"), N_("Territory"), N_("Segment"),
                        N_("Revenue ({currency})"), N_("Before ({currency})"), N_("ABC"),
                        N_("XYZ"), N_("Variation"), N_("Standing"), N_("Last closed"),
                        N_("Open deals")],
                 [[c.name, c.owner, c.territory, c.segment, c.revenue, c.revenue_before, c.abc,
                   c.xyz, c.variation, c.standing, c.last_closed, c.open_deals]
                  for c in clients], notes, currency=cur,
                 written=lambda n: ngettext("{n} account written to {path}.",
                                            "{n} accounts written to {path}.", n))


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
        return _show(args, [N_("Agency"), N_("Rep"), N_("Left on"), N_("Won deals"),
                            N_("Revenue ({currency})"), N_("Attainment"), N_("Activity/day"),
                            N_("Quality")],
                     [[r.agency, r.name, r.left, r.won_deals, r.revenue, show(r.attainment),
                       r.activity_per_day, show(r.quality)] for r in result.reps],
                     result.notes, currency=cur,
                     written=lambda n: ngettext("{n} rep written to {path}.",
                                                "{n} reps written to {path}.", n))
    rows = [[g.name, g.kind, g.reps, g.departed, show(g.attrition), show(g.attainment),
             g.activity_per_rep_day, show(g.quality), g.won_deals, g.revenue, g.cost,
             g.cost_per_won_deal,
             g.cost_per_revenue if args.output or g.cost_per_revenue is None
             else formatting.number(g.cost_per_revenue, 4), g.contract_end] for g in result.groups]
    notes = tuple(ngettext("{name}'s contract ends {ends} (in {n} day); give notice by "
                           "{notice}.",
                           "{name}'s contract ends {ends} (in {n} days); give notice by "
                           "{notice}.", days).format(name=name, ends=f"{ends:%Y-%m-%d}", n=days,
                                                     notice=f"{notice:%Y-%m-%d}")
                  for name, ends, days, notice in result.contracts_ahead)
    return _show(args, [N_("Group"), N_("Kind"), N_("Reps"), N_("Left"), N_("Attrition"),
                        N_("Attainment"), N_("Activity/rep-day"), N_("Quality"),
                        N_("Won deals"), N_("Revenue ({currency})"), N_("Cost ({currency})"),
                        N_("Cost per won deal"), N_("Cost per revenue"), N_("Contract ends")],
                 rows, notes + result.notes, currency=cur,
                 written=lambda n: ngettext("{n} group written to {path}.",
                                            "{n} groups written to {path}.", n))


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
    # words of the analysis (English keys) in the reader's language on screen, English in a file
    shown = (lambda key: key) if args.output else (lambda key: _(key) if key else key)
    rows = []
    for rep in result.reps:
        for band in rep.volume.bands:
            rows.append([rep.rep_name, rep.team, shown(rep.volume.profile), shown(band.band),
                         band.deals,
                         band.won, band.revenue, band.median_days, band.touches_per_deal])
    for band in result.team:
        rows.append([shown(N_("Everyone")), None, None, shown(band.band), band.deals, band.won, band.revenue,
                     band.median_days, band.touches_per_deal])
    edges = ", ".join(formatting.number(e, 2) for e in result.edges)
    notes = (_("Band edges in {currency}: {edges} (a deal of exactly an edge is in the band "
               "above).").format(currency=cur, edges=edges),) + result.notes
    return _show(args, [N_("Rep"), N_("Team"), N_("Works on"), N_("Band"), N_("Deals"),
                        N_("Won"), N_("Revenue ({currency})"), N_("Median days in funnel"),
                        N_("Touches per deal")], rows, notes, currency=cur)
