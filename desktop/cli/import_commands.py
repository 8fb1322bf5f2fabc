"""`repdesk import history` lists the recorded imports; `repdesk import undo ID` takes one back."""
from __future__ import annotations

from desktop.cli.common import open_db, print_table, subgroup
from models.i18n import N_, _

KINDS = ("reps", "deals", "activity", "evaluations")


def register(subparsers) -> None:
    imports = subgroup(subparsers, "import", _("import data from CSV/XLSX files"))
    history = imports.add_parser(
        "history", help=_("the imports recorded (newest first): who, when, which file, its "
                          "counts"))
    history.add_argument("--kind", choices=KINDS, help=_("only imports of this kind"))
    history.add_argument("--limit", type=int, default=50, help=_("at most this many (default 50)"))
    history.set_defaults(handler=cmd_history)
    undo = imports.add_parser(
        "undo", help=_("take back a whole import: created rows removed, overwritten values put "
                       "back (refused while a later change depends on it)"))
    undo.add_argument("id", type=int, help=_("the import's number (see `repdesk import history`)"))
    undo.set_defaults(handler=cmd_undo)


def _when(moment) -> str:
    return f"{moment:%Y-%m-%d %H:%M}" if moment else ""


def cmd_history(args) -> int:
    from models.imports.batches import list_batches
    db = open_db(args)
    try:
        batches = list_batches(db, kind=args.kind, limit=args.limit)
    finally:
        db.dispose()
    if not batches:
        print(_("No imports of {kind} recorded.").format(kind=args.kind) if args.kind
              else _("No imports recorded."))
        return 0
    print_table([N_("Id"), N_("When"), N_("Kind"), N_("File"), N_("By"), N_("Rows"), N_("Created"),
                 N_("Updated"), N_("Unchanged"), N_("Bad"), N_("Undone")],
                [[b.id, _when(b.at), b.kind, b.file_name, b.user_login, b.rows, b.created,
                  b.updated, b.unchanged, b.bad,
                  f"{_when(b.undone_at)} by {b.undone_by}" if b.undone_at else ""]
                 for b in batches])
    return 0


def cmd_undo(args) -> int:
    from models.imports.batches import undo_batch
    from models.services.users import sign_in
    db = open_db(args)
    try:
        result = undo_batch(db, sign_in(db), args.id)
    finally:
        db.dispose()
    print(result.summary())
    return 0
