"""The one entry point: `repdesk` (or `python -m desktop`) opens the window; a subcommand runs the CLI.

Kept free of heavy imports: the window must paint before SQLAlchemy and pyqtgraph are loaded.
"""
from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    from desktop.cli import build_parser
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "handler", None) is None:
        from desktop.app import run_gui
        return run_gui(args)
    from desktop.cli import run_command
    return run_command(args)


if __name__ == "__main__":
    raise SystemExit(main())
