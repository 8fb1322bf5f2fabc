"""`repdesk demo`: write the demo company into a database."""
from __future__ import annotations

import datetime as dt
import sys
import time

from desktop.cli.common import EXIT_USAGE, chosen_database
from models import formatting
from models.i18n import _, ngettext


def register(subparsers) -> None:
    demo = subparsers.add_parser(
        "demo", help=_("create a demo company (default: the demo database file)"),
        description=_("Fill an empty database with a realistic, reproducible demo company. "
                      "Without --db (or $REPDESK_DB) it writes the demo database the app opens "
                      "with --demo. A SQLite file that does not exist yet is created."))
    demo.add_argument("--reps", type=int, default=300, help=_("number of reps (default 300)"))
    demo.add_argument("--seed", type=int, default=42, help=_("random seed (default 42)"))
    demo.add_argument("--today", type=dt.date.fromisoformat, default=None,
                      help=_("the date the data runs up to (default: today), YYYY-MM-DD"))
    demo.add_argument("--replace", action="store_true",
                      help=_("delete the demo database file first (SQLite demo file only)"))
    demo.set_defaults(handler=cmd_demo)


def cmd_demo(args) -> int:
    from models.db.location import demo_path, to_url
    from models.db.migrate import open_database
    from models.demo import generate
    url, _named = chosen_database(args, default=demo_path())
    if args.replace:
        if url != to_url(str(demo_path())):
            print(_("repdesk: --replace only deletes the demo file; empty other databases "
                    "yourself."),
                  file=sys.stderr)
            return EXIT_USAGE
        for suffix in ("", "-wal", "-shm"):
            demo_path().with_name(demo_path().name + suffix).unlink(missing_ok=True)
    started = time.perf_counter()
    db = open_database(url, user=args.user, create=True)
    try:
        ctx = generate(db, reps=args.reps, seed=args.seed, today=args.today,
                       progress=lambda message: print(message, file=sys.stderr))
    finally:
        db.dispose()
    reps = ngettext("{n} rep", "{n} reps", len(ctx.reps)).format(n=formatting.number(len(ctx.reps)))
    teams = ngettext("{n} team", "{n} teams", len(ctx.team_ids)).format(
        n=formatting.number(len(ctx.team_ids)))
    print(_("Demo company written to {db}: {reps} in {teams}, seed {seed}, in {seconds} s.").format(
        db=db.describe(), reps=reps, teams=teams, seed=args.seed,
        seconds=formatting.number(time.perf_counter() - started, 1)))
    return 0
