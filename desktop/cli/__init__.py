"""The command line beside the window: `repdesk demo`, `repdesk db upgrade`, `repdesk import …`.

Each area has its own command module with `register(subparsers)`; add it to COMMAND_MODULES.
Handlers take the parsed args and return an exit code (EXIT_CODES_HELP). A RepdeskError is a user
mistake or an environment problem: its message goes to stderr with exit code 1 and no traceback.
"""
from __future__ import annotations

import argparse
import importlib
import os
import sys

from desktop.cli.common import EXIT_CANCELLED, EXIT_OK, EXIT_USER_ERROR
from models.i18n import N_, _

# Scripts and scheduled jobs branch on these; the README's "Command line" section repeats them.
EXIT_CODES_HELP = N_("""\
exit codes:
  0    done
  1    a mistake or a problem with a file or the database: one sentence on stderr, nothing written
  2    the command line itself is wrong (unknown command or option)
  3    done, but some rows were skipped (import … --skip-bad) or some PDFs failed (review pdf)
  4    kpi alerts --exit-code: there are alerts
  130  cancelled (Ctrl+C); nothing was written
""")

COMMAND_MODULES = [
    "desktop.cli.db_commands",
    "desktop.cli.admin_commands",
    "desktop.cli.demo_command",
    "desktop.cli.funnel_commands",
    "desktop.cli.activity_commands",
    "desktop.cli.review_commands",
    "desktop.cli.quality_commands",
    "desktop.cli.roster_commands",
    "desktop.cli.import_commands",
    "desktop.cli.analysis_commands",
    "desktop.cli.cost_commands",
    "desktop.cli.prediction_commands",
    "desktop.cli.notes_commands",
    "desktop.cli.plan_commands",
]


def build_parser() -> argparse.ArgumentParser:
    from models.i18n import language_from_environment, set_language
    # --help is written while the parser is built: the language must be chosen first.
    set_language(language_from_environment())
    parser = argparse.ArgumentParser(
        prog="repdesk", description=_("Repdesk: run sales teams whose reps are out of sight."),
        epilog=_(EXIT_CODES_HELP), formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", metavar="URL",
                        help=_("database: a SQLite file path or postgresql://user@host/dbname "
                               "(default: $REPDESK_DB, else the file in your user data folder)"))
    parser.add_argument("--user", metavar="LOGIN",
                        help=_("act as this user (default: your login name)"))
    parser.add_argument("--demo", action="store_true",
                        help=_("open the demo company (the window creates it on first use; "
                               "commands need `repdesk demo` first)"))
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def run_command(args: argparse.Namespace) -> int:
    from models.db.errors import RepdeskError, refused_by_server
    from models.i18n import language_from_environment, set_language
    set_language(language_from_environment())   # REPDESK_LANG, else the usual LANGUAGE/LANG
    try:
        code = int(args.handler(args) or EXIT_OK)
        sys.stdout.flush()  # a closed pipe shows here, not in the interpreter's last flush
        return code
    except RepdeskError as error:
        return failed(str(error))
    except BrokenPipeError:  # before Exception, which it is: `repdesk kpi … | head` got enough
        _discard_stdout()
        return EXIT_OK
    except KeyboardInterrupt:
        return cancelled()
    except Exception as error:  # noqa: BLE001 - only the server's refusals are turned into words
        from models.db.retry import storage_problem
        # A full disk or a read-only database: the transaction was rolled back, say so plainly.
        problem = storage_problem(error)
        if problem is not None:
            return failed(problem)
        refusal = refused_by_server(error)
        if refusal is None:
            raise
        return failed(str(refusal))


def failed(sentence: str) -> int:
    print(_("repdesk: {sentence}").format(sentence=sentence), file=sys.stderr)
    return EXIT_USER_ERROR


def cancelled() -> int:
    """Ctrl+C. Each command writes in one transaction (rolled back on the way out), so nothing of
    the interrupted work is kept."""
    print(_("repdesk: Cancelled; nothing was written."), file=sys.stderr)
    return EXIT_CANCELLED


def _discard_stdout() -> None:
    """The reader is gone: point stdout at the null device so the exit's flush cannot fail."""
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # not a real file (captured in tests)
        pass
