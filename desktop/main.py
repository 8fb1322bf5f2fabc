"""The one entry point: `repdesk` (or `python -m desktop`) opens the window; a subcommand runs the CLI.

Kept free of heavy imports: the window must paint before SQLAlchemy and pyqtgraph are loaded.
Exit codes: see desktop/cli/__init__.py (EXIT_CODES_HELP), shown by `repdesk --help`.
"""
from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    from desktop.cli import build_parser, cancelled, run_command
    try:
        args = build_parser().parse_args(argv)  # a wrong command line exits with 2 (argparse)
    except KeyboardInterrupt:  # Ctrl+C while the command modules load; a command's own: run_command
        return cancelled()
    if getattr(args, "handler", None) is None:
        from desktop.app import run_gui
        return run_gui(args)
    return run_command(args)


if __name__ == "__main__":
    raise SystemExit(main())
