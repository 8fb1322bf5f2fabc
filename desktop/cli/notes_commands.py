"""`repdesk notes add|list|search|import|digest`: market intelligence from the field, entered,
found in any script, imported from a CSV file, and the weekly digest for the Monday meeting
(plain text on stdout, ready to paste into an e-mail, and a PDF with --pdf)."""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from desktop.cli.common import EXIT_OK, EXIT_USER_ERROR, open_db, print_table, subgroup
from desktop.pages import NOT_TRAINERS
from models import formatting
from models.i18n import N_, _, ngettext

KINDS = ("competitor", "price", "product", "customer_need", "event")


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        import argparse
        raise argparse.ArgumentTypeError(_("'{text}' is not a date (YYYY-MM-DD)").format(
                                             text=text)) from None


def _filters(p) -> None:
    p.add_argument("--kind", choices=KINDS)
    p.add_argument("--territory", metavar="NAME")
    p.add_argument("--account", metavar="NAME")
    p.add_argument("--competitor", metavar="NAME")
    p.add_argument("--since", metavar="YYYY-MM-DD", type=_date)
    p.add_argument("--until", metavar="YYYY-MM-DD", type=_date)
    p.add_argument("--limit", type=int, default=200, help=_("at most this many notes (200)"))


def register(subparsers) -> None:
    notes = subgroup(subparsers, "notes", _("market intelligence: notes from the field"))
    p = notes.add_parser("add", help=_("add a note for your team"))
    p.add_argument("--kind", choices=KINDS, required=True)
    p.add_argument("--title", required=True)
    p.add_argument("--text", default="", help=_("the note itself"))
    p.add_argument("--date", metavar="YYYY-MM-DD", type=_date, help=_("when (default: today)"))
    p.add_argument("--territory", metavar="NAME")
    p.add_argument("--account", metavar="NAME")
    p.add_argument("--competitor", metavar="NAME")
    p.add_argument("--company-wide", action="store_true",
                   help=_("everyone in the company may read it (default: your team)"))
    p.set_defaults(handler=cmd_add, roles=NOT_TRAINERS)
    p = notes.add_parser("list", help=_("the notes you may read, newest first"))
    _filters(p)
    p.set_defaults(handler=cmd_list, text="")
    p = notes.add_parser("search", help=_("notes with every word of TEXT (case and accents "
                                          "ignored, any script)"))
    p.add_argument("text", metavar="TEXT")
    _filters(p)
    p.set_defaults(handler=cmd_list)
    p = notes.add_parser("import", help=_("notes from a CSV file (columns: date, kind, title, "
                                          "note, territory, account, competitor, company_wide); "
                                          "all or nothing"))
    p.add_argument("file", type=Path)
    p.set_defaults(handler=cmd_import, roles=NOT_TRAINERS)
    p = notes.add_parser("digest", help=_("the week's notes for the Monday meeting, as text"))
    p.add_argument("--week-of", metavar="YYYY-MM-DD", type=_date,
                   help=_("the Monday of the meeting: the digest is the week before it "
                          "(default: this week's Monday)"))
    p.add_argument("--pdf", metavar="FILE", type=Path, help=_("also write the digest as a PDF"))
    p.add_argument("--page-size", default="A4", help=_("A4 or Letter"))
    p.set_defaults(handler=cmd_digest)


def _signed_in(db):
    from models.services.users import sign_in
    return sign_in(db)


def cmd_add(args) -> int:
    from models.services import field_notes as fn
    db = open_db(args)
    try:
        territory_id, account_id = fn.tag_ids(db, territory=args.territory, account=args.account)
        row = fn.create(db, fn.NoteFields(args.kind, args.title, args.date or dt.date.today(),
                                          args.text, territory_id, account_id, args.competitor,
                                          args.company_wide),
                        team_id=_signed_in(db).team_id)
    finally:
        db.dispose()
    where = (_("company-wide") if row.company_wide
             else row.team_name or _("no team"))
    print(_("Note {id} added: {title} ({where})").format(id=row.id, title=row.title, where=where))
    return EXIT_OK


def cmd_list(args) -> int:
    from models.services import field_notes as fn
    db = open_db(args)
    try:
        territory_id, account_id = fn.tag_ids(db, territory=args.territory, account=args.account)
        rows = fn.search(db, args.text, kind=args.kind, territory_id=territory_id,
                         account_id=account_id, competitor=args.competitor, start=args.since,
                         end=args.until, limit=args.limit)
    finally:
        db.dispose()
    if not rows:
        print(_("No notes found."))
        return EXIT_OK
    print_table(["#", N_("Date"), N_("Kind"), N_("Title"), N_("Tags"), N_("By")],
                [[r.id, r.noted_on.isoformat(), r.kind_label, r.title, fn.note_tags(r), r.author]
                 for r in rows])
    return EXIT_OK


def cmd_import(args) -> int:
    from models.services import field_notes as fn
    db = open_db(args)
    try:
        result = fn.import_csv(db, args.file, team_id=_signed_in(db).team_id)
    finally:
        db.dispose()
    if result.bad:
        sys.stderr.write(ngettext("{file}: {n} bad row; nothing was imported.",
                                  "{file}: {n} bad rows; nothing was imported.",
                                  len(result.bad)).format(
            file=args.file.name, n=formatting.number(len(result.bad))) + "\n")
        for line, reason in result.bad:
            sys.stderr.write("  " + _("line {line}: {reason}").format(line=line, reason=reason)
                             + "\n")
        return EXIT_USER_ERROR
    print(ngettext("{n} note imported from {name}.", "{n} notes imported from {name}.",
                   result.created).format(n=formatting.number(result.created),
                                          name=args.file.name))
    return EXIT_OK


def cmd_digest(args) -> int:
    from models.services import field_notes as fn
    from models.services.company import company_settings
    db = open_db(args)
    try:
        start, end = fn.week_before(args.week_of or dt.date.today())
        digest = fn.digest(db, start, end)
        company = company_settings(db).name if args.pdf else ""
    finally:
        db.dispose()
    if args.pdf:
        from models.reports.field_notes_digest import digest_pdf
        data = digest_pdf(digest, company=company, page=args.page_size)
        try:
            args.pdf.write_bytes(data)
        except OSError as error:
            from models.db.errors import RepdeskError
            raise RepdeskError(_("Cannot write {pdf}: {why}.").format(
                pdf=args.pdf, why=error.strerror or error)) from None
        sys.stderr.write(_("Digest written to {file}.").format(file=args.pdf) + "\n")
    sys.stdout.write(fn.digest_text(digest))
    return EXIT_OK
