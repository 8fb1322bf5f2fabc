"""`repdesk review pdf --cycle 2026-Q3 [--team T | --rep ID] --out DIR` and `repdesk review list`.

Exit codes: 0 every PDF written; 1 a user or environment error (unknown cycle, team, folder not
writable; nothing written); 3 some PDFs failed (the others are written; the failures are listed);
130 interrupted (the files of this run are removed).
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys

from desktop.cli.common import EXIT_PARTIAL, open_db, print_table, subgroup
from desktop.pages import NOT_TRAINERS  # the window offers these areas to the same roles
from models import formatting
from models.i18n import N_, _, ngettext


def register(subparsers) -> None:
    review = subgroup(subparsers, "review", _("quarterly reviews: PDFs and lists"))
    pdf = review.add_parser("pdf", help=_("write one PDF per review of a cycle (and a team "
                                          "summary)"))
    pdf.add_argument("--cycle", required=True, help=_("the review cycle, e.g. 2026-Q3"))
    who = pdf.add_mutually_exclusive_group()
    who.add_argument("--team", help=_("only this team's reviews (team name)"))
    who.add_argument("--rep", type=int, metavar="ID", help=_("only this rep's review"))
    pdf.add_argument("--out", required=True, metavar="DIR", help=_("folder for the PDFs"))
    pdf.add_argument("--date", type=_date, metavar="YYYY-MM-DD",
                     help=_("creation date written into the PDFs (default: each review's own "
                            "latest date, so the same data gives the same files)"))
    pdf.add_argument("--page-size", default="A4", type=str.upper, choices=["A4", "LETTER"],
                     help=_("A4 (default) or Letter"))
    pdf.add_argument("--jobs", type=int, default=0,
                     help=_("processes to use (default: one per core)"))
    pdf.add_argument("--no-summary", action="store_true",
                     help=_("do not write the team summary PDF"))
    pdf.add_argument("--quiet", action="store_true", help=_("no progress lines"))
    pdf.set_defaults(handler=run_pdf, roles=NOT_TRAINERS)

    cycle = review.add_parser("cycle", help=_("start a review cycle: a draft review per rep"))
    cycle.add_argument("--cycle", required=True, help=_("the quarter, e.g. 2026-Q4"))
    cycle.add_argument("--team", help=_("only this team (default: every rep who worked that "
                                        "quarter)"))
    cycle.set_defaults(handler=run_cycle, roles=NOT_TRAINERS)

    listing = review.add_parser("list", help=_("the cycles, or the reviews of one cycle"))
    listing.add_argument("--cycle", help=_("list this cycle's reviews"))
    listing.set_defaults(handler=run_list, roles=NOT_TRAINERS)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_("'{text}' is not a date like 2026-10-15").format(
                                             text=text)) from None


def run_pdf(args) -> int:
    from models.domain.progress import Progress
    from models.reports.batch import write_review_pdfs
    from models.reports.team_summary_pdf import render_summary
    from models.services.reviews import review_ids_for
    from models.services.reviews_summary import team_summary
    from models.services.users import sign_in
    from pathlib import Path

    db = open_db(args)
    try:
        user = sign_in(db)
        ids = review_ids_for(db, args.cycle, team=args.team, rep_id=args.rep)
        last = [-1]

        def report(done, total, message):
            if args.quiet or not total:
                return
            step = max(1, total // 10)
            if done == total or done - last[0] >= step:
                last[0] = done
                print(f"  {done}/{total} {message}", file=sys.stderr)

        result = write_review_pdfs(db, ids, args.out, user=user, page=args.page_size,
                                   created=args.date, jobs=args.jobs or None,
                                   progress=Progress(report))
        summary_path = None
        if not args.no_summary and args.rep is None:
            summary = team_summary(db, args.cycle, team=args.team)
            name = f"{args.cycle} summary {args.team or 'all teams'}.pdf".replace("/", " ")
            summary_path = Path(args.out) / name
            summary_path.write_bytes(render_summary(summary, page=args.page_size,
                                                    created=args.date))
    finally:
        db.dispose()
    written = len(result.written)
    if summary_path:
        print(ngettext("Wrote {n} review PDF to {folder} and the summary {summary}.",
                       "Wrote {n} review PDFs to {folder} and the summary {summary}.",
                       written).format(n=formatting.number(written), folder=args.out,
                                       summary=summary_path.name))
    else:
        print(ngettext("Wrote {n} review PDF to {folder}.", "Wrote {n} review PDFs to {folder}.",
                       written).format(n=formatting.number(written), folder=args.out))
    for name, why in result.failed:
        print(_("repdesk: the review of {name} failed: {why}").format(name=name, why=why),
              file=sys.stderr)
    return EXIT_PARTIAL if result.failed else 0


def run_cycle(args) -> int:
    from sqlalchemy import select
    from models.db.core import Team
    from models.db.errors import RepdeskError
    from models.services.reviews import create_cycle, list_reviews
    db = open_db(args)
    try:
        team_id = None
        if args.team:
            with db.read() as s:
                team_id = s.execute(select(Team.id).where(Team.name == args.team)).scalar()
            if team_id is None:
                raise RepdeskError(_("There is no team named {team}.").format(team=args.team))
        cycle_id = create_cycle(db, args.cycle.upper(), team_id=team_id, everyone=team_id is None)
        drafts = len(list_reviews(db, cycle_id))
        print(ngettext("Started {cycle} with {n} draft review.",
                       "Started {cycle} with {n} draft reviews.", drafts).format(
            cycle=args.cycle.upper(), n=formatting.number(drafts)))
        return 0
    finally:
        db.dispose()


def run_list(args) -> int:
    from models.services.reviews import cycle_by_name, list_cycles, list_reviews
    db = open_db(args)
    try:
        if not args.cycle:
            rows = list_cycles(db)
            print_table([N_("cycle"), N_("from"), N_("to"), N_("team"), N_("reviews by status")],
                        [[c.name, c.period_start, c.period_end, c.team or "chosen/all",
                          ", ".join(f"{k} {v}" for k, v in sorted(c.counts.items()))]
                         for c in rows])
            return 0
        with db.read() as s:
            cycle_id = cycle_by_name(s, args.cycle).id
        rows = list_reviews(db, cycle_id)
        print_table([N_("rep id"), N_("rep"), N_("team"), N_("status"), N_("rating"), N_("plan")],
                    [[r.rep_id, r.rep_name, r.team, r.status,
                      "" if r.rating is None else f"{r.rating:.2f}", "yes" if r.on_plan else ""]
                     for r in rows])
        return 0
    finally:
        db.dispose()
