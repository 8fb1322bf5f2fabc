"""`repdesk import activity FILE` and `repdesk kpi activity|quota|alerts --period 2026-Q3`: the same
figures the Numbers page shows."""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import sys

from desktop.cli.common import (EXIT_ALERTS, EXIT_OK, add_dry_run_option, add_map_option,
                                add_profile_options, apply_profile, import_exit_code,
                                maybe_dry_run, open_db, print_batch, print_dry_run, print_table,
                                save_run_profile, subgroup)
from desktop.pages import NOT_TRAINERS  # the window offers these areas to the same roles
from models.i18n import N_, _


def register(subparsers) -> None:
    from models.imports.activity import CALL_LOG_FIELDS, DAILY_FIELDS
    imports = subgroup(subparsers, "import", _("load data from CSV/XLSX files"))
    act = imports.add_parser(
        "activity", help=_("daily key numbers (a column per metric, or Metric and Value "
                           "columns) or a phone system's call log (Time, Rep, Duration, "
                           "Direction; a Zoho CRM Calls export; an Asterisk Master.csv)"))
    act.add_argument("file", help=_("a .csv or .xlsx file"))
    add_map_option(act, "Agente=rep,Fecha=date", ("daily numbers", DAILY_FIELDS),
                   ("call logs", CALL_LOG_FIELDS))
    act.add_argument("--skip-bad", action="store_true",
                     help=_("import the good rows and list the bad ones (default: import "
                            "nothing when any row is bad)"))
    add_dry_run_option(act)
    add_profile_options(act, "activity")
    act.set_defaults(handler=cmd_import, roles=NOT_TRAINERS)

    kpi = subgroup(subparsers, "kpi", _("key figures on the command line"))
    for name, help_text in (("activity", N_("goal attainment per rep and metric")),
                            ("quota", N_("quota attainment from won deals, with its consistency")),
                            ("alerts", N_("drawdown and missing-numbers alerts"))):
        p = kpi.add_parser(name, help=_(help_text))
        p.add_argument("--period", default=None,
                       help=_("2026-Q3, 2026-07, 2026-W27, 2026-07-14 (default: this month; for "
                              "alerts, judged at the period's end or today)"))
        p.add_argument("--team", help=_("a team name or id (default: every team)"))
        p.add_argument("--by", choices=["rep", "team"], default="rep")
        p.add_argument("--format", choices=["table", "csv"], default="table")
        p.add_argument("--today", type=dt.date.fromisoformat, default=None,
                       help=argparse.SUPPRESS)
        if name == "activity":
            p.add_argument("--metric", action="append",
                           help=_("only this metric (key or name); repeatable"))
        if name == "alerts":
            p.add_argument("--exit-code", action="store_true",
                           help=_("exit with {exit_alerts} when there are alerts, so a "
                                  "scheduled job can tell someone (default: 0 either way)").format(
                                    exit_alerts=EXIT_ALERTS))
        p.set_defaults(handler=cmd_kpi, kpi_what=name, roles=NOT_TRAINERS)


def cmd_import(args) -> int:
    from models.imports.activity import import_activity
    from models.imports.tabular import parse_map_option
    mapping = parse_map_option(args.map)
    db = open_db(args)
    try:
        mapping = apply_profile(args, db, mapping, {})
        with maybe_dry_run(args) as plan:
            result = import_activity(db, args.file, skip_bad=args.skip_bad, mapping=mapping)
        save_run_profile(args, db, result, mapping, {})
    finally:
        db.dispose()
    print_dry_run(plan)
    print(result.summary())
    print_batch(result)
    return import_exit_code(result)


def _pct(ratio) -> str:
    return "" if ratio is None else f"{ratio * 100:.0f}%"


def kpi_rows(db, what: str, period_text: str | None, team: str | None, by: str,
             today: dt.date, metrics: list[str] | None = None) -> tuple[list[str], list[list]]:
    from models.domain.activity_goals import month_of, parse_period
    from models.services import activity_kpi as kpi
    from models.services.activity import metric_by_key, team_by_name
    period = parse_period(period_text) if period_text else month_of(today)
    team_id = team_by_name(db, team) if team else None
    if what == "activity":
        keys = [metric_by_key(db, m).key for m in metrics] if metrics else None
        rows = kpi.goal_attainment(db, period, team_id=team_id, metric_keys=keys,
                                   upto=min(today, period.end))
        if by == "team":
            return ([N_("team"), N_("metric"), N_("actual"), N_("goal"), N_("attainment")],
                    [[r.team, r.metric_name, r.actual, r.target, _pct(r.ratio)]
                     for r in kpi.team_goal_attainment(rows)])
        return ([N_("rep"), N_("team"), N_("metric"), N_("actual"), N_("goal"), N_("attainment")],
                [[r.rep_name, r.team, r.metric_name, r.actual, r.target, _pct(r.ratio)]
                 for r in rows])
    if what == "quota":
        rows = kpi.quota_attainment(db, period, team_id=team_id, today=min(today, period.end))
        if by == "team":
            teams: dict = {}
            for r in rows:
                acc = teams.setdefault(r.team, [0, 0, None])
                acc[0] += r.won
                if r.target is not None:
                    acc[1] += r.target
                    acc[2] = r.currency
            from models.domain.activity_goals import attainment
            return ([N_("team"), N_("won"), N_("quota"), N_("currency"), N_("attainment")],
                    [[t, w, q or "", c or "", _pct(attainment(w, q) if q else None)]
                     for t, (w, q, c) in sorted(teams.items(), key=lambda i: i[0] or "")])
        return ([N_("rep"), N_("team"), N_("won"), N_("deals"), N_("quota"), N_("currency"),
                 N_("attainment"), N_("consistency")],
                [[r.rep_name, r.team, r.won, r.deals, "" if r.target is None else r.target,
                  r.currency or "", _pct(r.ratio), r.consistency.describe()] for r in rows])
    alerts = kpi.alerts(db, today=min(today, period.end), team_id=team_id)
    if by == "team":
        counts: dict = {}
        for a in alerts:
            acc = counts.setdefault(a.team, [0, 0])
            acc[0 if a.kind == "drawdown" else 1] += 1
        return ([N_("team"), N_("drawdown alerts"), N_("missing-numbers alerts")],
                [[t, d, m] for t, (d, m) in sorted(counts.items(), key=lambda i: i[0] or "")])
    return ([N_("rep"), N_("team"), N_("alert"), N_("details")],
            [[a.rep_name, a.team, a.kind.replace("_", " "), a.text] for a in alerts])


def cmd_kpi(args) -> int:
    from models.imports.tabular import neutralize
    db = open_db(args)
    try:
        headers, rows = kpi_rows(db, args.kpi_what, args.period, args.team, args.by,
                                 args.today or dt.date.today(), getattr(args, "metric", None))
    finally:
        db.dispose()
    if args.format == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(headers)
        writer.writerows([[neutralize(v) for v in row] for row in rows])
    else:
        print_table(headers, rows)
    return EXIT_ALERTS if getattr(args, "exit_code", False) and rows else EXIT_OK
