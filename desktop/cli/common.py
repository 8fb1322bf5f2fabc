"""Helpers shared by the command modules."""
from __future__ import annotations

import argparse
import contextlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING
from models.i18n import _

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

# Exit codes (listed for users in desktop/cli/__init__.py EXIT_CODES_HELP and the README).
EXIT_OK = 0
EXIT_USER_ERROR = 1   # one sentence on stderr
EXIT_USAGE = 2        # argparse's own code for a wrong command line
EXIT_PARTIAL = 3      # done, but some rows or items were skipped or failed
EXIT_ALERTS = 4       # `kpi alerts --exit-code` found alerts
EXIT_CANCELLED = 130  # Ctrl+C (128 + SIGINT, as shells report it)


def subgroup(subparsers, name: str, help_text: str):
    """Get or create a nested command group such as `import` (areas add `import reps`, `import deals`…)."""
    existing = subparsers.choices.get(name)
    if existing is None:
        existing = subparsers.add_parser(name, help=help_text)
        existing.set_defaults(handler=lambda args, p=existing: (p.print_help(sys.stderr), EXIT_USAGE)[1])
        existing._repdesk_sub = existing.add_subparsers(dest=f"{name}_what", metavar="WHAT")
    return existing._repdesk_sub


def chosen_database(args: argparse.Namespace, default: Path | None = None) -> tuple[URL, bool]:
    """The database a command works on, and whether the user named it: --demo, else --db, else
    $REPDESK_DB (a plain path there is a SQLite file), else `default` (the data folder's file)."""
    from models.db.location import default_path, demo_path, named_target, to_url
    if getattr(args, "demo", False):
        return to_url(str(demo_path())), True
    named = named_target(args.db)
    return to_url(named or str(default or default_path())), named is not None


def may_create(named: bool, command_creates: bool) -> bool:
    """A SQLite file the user named that does not exist is most likely a typo: it is refused rather
    than quietly created empty, except by the commands that make databases (`demo`,
    `db upgrade --create`). Repdesk's own default file is created on first use, as by the window."""
    return command_creates or not named


def open_db(args: argparse.Namespace, *, create: bool = False):
    """The database named by --demo / --db / REPDESK_DB / the default, upgraded and signed in.
    `create`: this command makes databases, so a named SQLite file that does not exist is created.

    On SQLite the user is signed in here so that a sales manager is shown only their team, as in
    the window (models/db/scope.py); on PostgreSQL the server scopes the login itself. A command
    that lists the roles it is for (`set_defaults(roles=…)`, the same roles as the window's page)
    refuses anyone else, on both databases."""
    from models.db.errors import PermissionDenied
    from models.db.migrate import open_database
    from models.db.scope import limit_to_user
    from models.services.users import sign_in
    url, named = chosen_database(args)
    db = open_database(url, user=args.user, create=may_create(named, create))
    roles = getattr(args, "roles", None)
    try:
        if db.backend == "sqlite" or roles:
            user = sign_in(db)
            if roles and user.role.value not in roles:
                raise PermissionDenied(_("This command is not for {role_label}s: it reads what "
                                         "your role does not see. Ask a manager or HR.").format(
                                           role_label=user.role_label))
            limit_to_user(db, user)
    except BaseException:
        db.dispose()
        raise
    return db


def add_map_option(parser: argparse.ArgumentParser, example: str, *groups) -> None:
    """--map, its help listing the field names it accepts. `groups` are (label or "", FieldSpecs)
    taken from the import module itself, so the list in --help cannot drift from what --map
    checks (models/imports/tabular.match_columns)."""
    named = "; ".join(f"{label + ': ' if label else ''}{', '.join(f.name for f in specs)}"
                      for label, specs in groups)
    parser.add_argument("--map", metavar="PAIRS",
                        help=_('file columns to fields, "{example}"; fields: {named}').format(
                                 example=example, named=named))


def add_dry_run_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--dry-run", action="store_true",
                        help=_("do the whole import, print what it would do (counts, bad rows, "
                               "which column went to which field), then write nothing"))


@contextlib.contextmanager
def maybe_dry_run(args: argparse.Namespace):
    """Around an import call: with --dry-run, the import's transaction is rolled back at its end
    (models/imports/locks.py) and the plan it saw is yielded; else None, and nothing changes."""
    if not getattr(args, "dry_run", False):
        yield None
        return
    from models.imports.locks import dry_run
    with dry_run() as plan:
        yield plan


def print_dry_run(plan) -> None:
    """The lines a dry run prints before the import's own summary."""
    if plan is None:
        return
    print(_("Dry run: nothing was written; a real import would do what follows."))
    print(_("Columns used:"))
    for name, header in plan.columns.items():
        print(f"  '{header}' -> {name}")


def import_exit_code(result) -> int:
    """An import that skipped bad rows (--skip-bad) did its work but not all of it."""
    return EXIT_PARTIAL if result.skipped else EXIT_OK


def print_table(headers: list[str], rows: list[list], out=None, *, translate: bool = True) -> None:
    """A table for people: the headings (English, marked N_ where written; the same list is a
    CSV file's header row) in the reader's language, unless `translate` is off because the caller
    translated them already."""
    out = out or sys.stdout
    if translate:
        headers = [_(h) for h in headers]
    text_rows = [["" if v is None else str(v) for v in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in text_rows]) for i, h in enumerate(headers)]
    out.write("  ".join(h.ljust(w) for h, w in zip(headers, widths)).rstrip() + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for r in text_rows:
        out.write("  ".join(v.ljust(w) for v, w in zip(r, widths)).rstrip() + "\n")


def add_profile_options(parser: argparse.ArgumentParser, kind: str) -> None:
    """--profile and --save-profile: column mappings saved under a name per kind of import
    (models/imports/profiles.py), shared with everyone through the database and the window."""
    parser.add_argument("--profile", metavar="NAME",
                        help=_("read the file with the {kind} import profile NAME: its column "
                               "mapping (--map adds to it) and its choices, where the command "
                               "line leaves them out").format(kind=kind))
    parser.add_argument("--save-profile", metavar="NAME",
                        help=_("after the import, save the column mapping it used (and its "
                               "choices) as the {kind} import profile NAME, replacing one of "
                               "that name").format(kind=kind))
    parser.set_defaults(import_kind=kind)


def apply_profile(args: argparse.Namespace, db, mapping: dict[str, str],
                  options: dict[str, object]) -> dict[str, str]:
    """The mapping to import with: --profile's, with --map over it. `options` maps each of the
    import's choices (its keyword, as profiles keep them) to the args attribute and its default;
    a choice the command line left at its default is taken from the profile."""
    if not getattr(args, "profile", None):
        return mapping
    from models.db.errors import RepdeskError
    from models.imports.profiles import list_profiles, load_profile
    profile = load_profile(db, args.import_kind, args.profile)
    if profile is None:
        saved = ", ".join(p.name for p in list_profiles(db, args.import_kind)) or _("none yet")
        raise RepdeskError(_("There is no {import_kind} import profile named '{profile}' (saved "
                             "ones: {saved}).").format(
                               import_kind=args.import_kind, profile=args.profile, saved=saved))
    for keyword, (attribute, default) in options.items():
        if getattr(args, attribute) == default and profile.options.get(keyword) is not None:
            setattr(args, attribute, profile.options[keyword])
    return {**profile.mapping, **mapping}


def save_run_profile(args: argparse.Namespace, db, result, mapping: dict[str, str],
                     options: dict[str, object]) -> None:
    """--save-profile: the columns the import read (each field's header) plus --map, with the
    file's headers, by which the window recognises the next file from the same source."""
    name = getattr(args, "save_profile", None)
    if not name:
        return
    if getattr(args, "dry_run", False):
        print(_("Profile '{name}' not saved: a dry run saves nothing.").format(name=name))
        return
    from models.imports.profiles import save_profile
    from models.imports.tabular import read_table
    from models.services.users import sign_in
    used = {header: field for field, header in getattr(result, "columns", {}).items()}
    used.update(mapping)
    headers = read_table(args.file).headers
    save_profile(db, sign_in(db), args.import_kind, name, used, options, headers=headers)
    print(_("Column mapping saved as the {import_kind} import profile '{name}'.").format(
              import_kind=args.import_kind, name=name))


def print_batch(result) -> None:
    """Where the import was recorded, and how to take it back."""
    batch_id = getattr(result, "batch_id", None)
    if batch_id is not None:
        print(_("Recorded as import {batch_id}; `repdesk import undo {batch_id}` takes it "
                "back.").format(
                  batch_id=batch_id))
