"""`repdesk import evaluations FILE`, `repdesk kpi commission --period 2026-Q3`,
`repdesk export training-ics FILE`."""
from __future__ import annotations

import argparse
import datetime as dt
import sys

from desktop.cli.common import (add_dry_run_option, add_map_option, add_profile_options,
                                apply_profile, import_exit_code, maybe_dry_run, open_db,
                                print_batch, print_dry_run, print_table, save_run_profile,
                                subgroup)
from desktop.pages import NOT_TRAINERS  # the window offers these areas to the same roles
from models import formatting
from models.i18n import N_, _, ngettext


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_("'{text}' is not a date like 2026-10-15").format(
                                             text=text)) from None


def register(subparsers) -> None:
    from models.imports.evaluations import FIELDS as EVALUATION_FIELDS
    imports = subgroup(subparsers, "import", _("import data from CSV or XLSX files"))
    evaluations = imports.add_parser(
        "evaluations", help=_("an agency's mystery shops or call reviews: a row per evaluation, "
                              "a column per question"),
        description=_("Import evaluations. Columns: rep (e-mail, full name or #id), date, and "
                      "optionally scorecard, channel, source, agency, evaluator, wave, "
                      "comments, recording; every other column names a question (its text, Q1, "
                      "Q2 … or 'Section: question'). N/A as N/A; blank is unanswered. A bad row "
                      "stops the import with nothing written, unless --skip-bad."))
    evaluations.add_argument("file", help=_("a .csv or .xlsx file"))
    evaluations.add_argument("--scorecard", help=_("the scorecard, when the file has no such "
                                                   "column"))
    evaluations.add_argument("--agency", help=_("the agency's name, when the file has no such "
                                                "column"))
    evaluations.add_argument("--source", choices=["outside_agency", "quality_department",
                                                  "own_observation"],
                             help=_("default source (default outside_agency)"))
    evaluations.add_argument("--wave", help=_("put the evaluations in this wave (created if new)"))
    evaluations.add_argument("--skip-bad", action="store_true",
                             help=_("import the good rows and list the bad ones"))
    add_map_option(evaluations, "Mitarbeiter=rep,Datum=date", ("", EVALUATION_FIELDS))
    add_dry_run_option(evaluations)
    add_profile_options(evaluations, "evaluations")
    evaluations.set_defaults(handler=run_import)

    kpi = subgroup(subparsers, "kpi", _("key figures on the command line"))
    com = kpi.add_parser("commission", help=_("each rep's commission and bonuses for a period "
                                              "(HR and admin only)"))
    com.add_argument("--period", required=True, help=_("2026-Q3, 2026-07 or 2026"))
    com.add_argument("--format", choices=["table", "csv"], default="table")
    com.add_argument("--output", metavar="FILE", help=_("write to this file instead of the "
                                                        "screen"))
    com.set_defaults(handler=run_commission, roles=NOT_TRAINERS)

    export = subgroup(subparsers, "export", _("export data to files"))
    ics = export.add_parser("training-ics", help=_("training sessions as an iCalendar (.ics) "
                                                   "file"))
    ics.add_argument("file", help=_("the .ics file to write"))
    ics.add_argument("--from", dest="start", type=_date, help=_("first day (default: today)"))
    ics.add_argument("--to", dest="end", type=_date, help=_("last day (default: 90 days on)"))
    ics.add_argument("--team", help=_("only sessions for this team or with its reps enrolled"))
    ics.set_defaults(handler=run_ics)


def run_import(args) -> int:
    from models.domain.progress import Progress
    from models.domain.scoring import EvaluationSource
    from models.imports.evaluations import import_evaluations
    from models.imports.tabular import parse_map_option
    mapping = parse_map_option(args.map)
    db = open_db(args)
    try:
        choices = {name: (name, None) for name in ("scorecard", "agency", "source", "wave")}
        mapping = apply_profile(args, db, mapping, choices)
        with maybe_dry_run(args) as plan:
            report = import_evaluations(
                db, args.file, scorecard=args.scorecard, agency=args.agency,
                source=EvaluationSource(args.source) if args.source else None, wave=args.wave,
                skip_bad=args.skip_bad, mapping=mapping,
                progress=Progress(lambda done, total, message: None))
        save_run_profile(args, db, report, mapping,
                         {name: getattr(args, name) for name in choices})
    finally:
        db.dispose()
    print_dry_run(plan)
    print(f"{args.file}: {report.summary()}")
    print_batch(report)
    return import_exit_code(report)


def commission_table(rows) -> tuple[list[str], list[list]]:
    headers = [N_("Rep"), N_("Team"), N_("Plan"), N_("Tiers apply to"), N_("Currency"),
               N_("Deals"), N_("Won"), N_("Quota"), N_("Attainment"), N_("Commission"),
               N_("Bonuses"), N_("Total"), N_("Quality"), N_("Arithmetic")]
    body = []
    for r in rows:
        res = r.result
        body.append([
            r.rep_name, r.team or "", r.plan,
            "the part inside each tier" if r.tier_mode == "marginal" else "all of the amount",
            r.currency, r.deals, f"{res.won:.2f}", "" if res.target is None else f"{res.target:.2f}",
            "" if res.attainment is None else f"{res.attainment * 100:.1f}%",
            f"{res.commission:.2f}", f"{res.bonus_total:.2f}", f"{res.total:.2f}",
            "" if r.quality is None else f"{r.quality * 100:.1f}%", res.arithmetic()])
    return headers, body


def run_commission(args) -> int:
    from models.db.errors import RepdeskError
    from models.domain.commission import parse_period
    from models.services.incentives import commission_run
    from models.services.users import sign_in
    try:
        start, end = parse_period(args.period)
    except ValueError as error:
        raise RepdeskError(str(error)) from None
    db = open_db(args)
    try:
        user = sign_in(db)
        rows = commission_run(db, user, start, end)
    finally:
        db.dispose()
    headers, body = commission_table(rows)
    if args.format == "csv":
        from models.imports.tabular import write_table
        if args.output:
            write_table(args.output, headers, body)
            print(ngettext("{n} rep written to {output}.", "{n} reps written to {output}.",
                           len(body)).format(n=formatting.number(len(body)), output=args.output))
        else:
            import csv
            from models.imports.tabular import neutralize
            writer = csv.writer(sys.stdout)
            writer.writerow(headers)
            writer.writerows([[neutralize(v) for v in row] for row in body])
        return 0
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    try:
        print_table(headers[:-1], [row[:-1] for row in body], out)
        out.write("\n" + ngettext("{n} rep, {start} to {end}. Arithmetic per rep:",
                                  "{n} reps, {start} to {end}. Arithmetic per rep:",
                                  len(body)).format(n=formatting.number(len(body)),
                                                    start=formatting.date(start),
                                                    end=formatting.date(end)) + "\n")
        for row in body:
            out.write(f"  {row[0]}: {row[-1]}\n")
    finally:
        if args.output:
            out.close()
    return 0


def run_ics(args) -> int:
    from models.db.errors import RepdeskError
    from models.services.quality_analysis import team_options
    from models.services.training import export_ics
    start = args.start or dt.date.today()
    end = args.end or start + dt.timedelta(days=90)
    db = open_db(args)
    try:
        team_id = None
        if args.team:
            match = [t.id for t in team_options(db) if t.name.casefold() == args.team.casefold()]
            if not match:
                raise RepdeskError(_("There is no team called '{team}'.").format(team=args.team))
            team_id = match[0]
        count = export_ics(db, args.file, start, end, team_id=team_id)
    finally:
        db.dispose()
    print(ngettext("{n} training session from {start} to {end} written to {file}.",
                   "{n} training sessions from {start} to {end} written to {file}.", count).format(
        n=formatting.number(count), start=formatting.date(start), end=formatting.date(end),
        file=args.file))
    return 0
