"""The command line beside the window: `repdesk demo`, `repdesk db upgrade`, `repdesk import …`.

Each area has its own command module with `register(subparsers)`; add it to COMMAND_MODULES.
Handlers take the parsed args and return an exit code. A RepdeskError is a user mistake or an
environment problem: its message goes to stderr with exit code 1 and no traceback.
"""
from __future__ import annotations

import argparse
import importlib
import sys

COMMAND_MODULES = [
    "desktop.cli.db_commands",
    "desktop.cli.admin_commands",
    "desktop.cli.demo_command",
    "desktop.cli.funnel_commands",
    "desktop.cli.activity_commands",
    "desktop.cli.review_commands",
    "desktop.cli.quality_commands",
    "desktop.cli.roster_commands",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="repdesk", description="Repdesk: run sales teams whose reps are out of sight.")
    parser.add_argument("--db", metavar="URL",
                        help="database: a SQLite file path or postgresql://user@host/dbname "
                             "(default: $REPDESK_DB, else the file in your user data folder)")
    parser.add_argument("--user", metavar="LOGIN",
                        help="act as this user (default: your login name)")
    parser.add_argument("--demo", action="store_true",
                        help="open the demo company (created on first use)")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def run_command(args: argparse.Namespace) -> int:
    from models.db.errors import RepdeskError, refused_by_server
    try:
        return int(args.handler(args) or 0)
    except RepdeskError as error:
        print(f"repdesk: {error}", file=sys.stderr)
        return 1
    except Exception as error:  # noqa: BLE001 - only the server's refusals are turned into words
        refusal = refused_by_server(error)
        if refusal is None:
            raise
        print(f"repdesk: {refusal}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # `repdesk kpi … | head`: the reader has all it wanted
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print("repdesk: interrupted; nothing more was written.", file=sys.stderr)
        return 130
