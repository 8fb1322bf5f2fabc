"""Market intelligence: notes from the field, entered one by one or imported from a CSV file,
searched in any script, and gathered into the weekly digest for the Monday meeting.

Who reads a note is the database's business (its team, everyone when company-wide: see
models/db/field_notes.py); a note is written with its author's team and login.

Search folds case and accents on both sides (`fold`): the note's words are kept folded in
`search_text`, and each word of the query must appear there (a plain LIKE, the same on SQLite and
PostgreSQL).
"""
from __future__ import annotations

import csv
import datetime as dt
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from models.db.core import Team, Territory
from models.db.database import Database
from models.db.errors import PermissionDenied, RepdeskError, ValidationError
from models.db.field_notes import NOTE_KINDS, FieldNote
from models.db.funnel import Account
from models.db.retry import conflict_for, lock_for_edit
from models import formatting
from models.i18n import N_, _, ngettext

# English, as a CSV file may name the kind; shown to people as _(KIND_LABELS[kind]).
KIND_LABELS = {"competitor": N_("Competitor"), "price": N_("Price"), "product": N_("Product"),
               "customer_need": N_("Customer need"), "event": N_("Event")}
TITLE_MAX, COMPETITOR_MAX = 200, 200
CSV_COLUMNS = ("date", "kind", "title", "note", "territory", "account", "competitor",
               "company_wide")


def fold(text: str | None) -> str:
    """Lower case without accents, for search: 'Σύμβαση' and 'σύμβαση' both give 'συμβαση',
    'Ёлка' gives 'елка'; scripts without accents (Chinese) are left as they are."""
    decomposed = unicodedata.normalize("NFKD", (text or "").casefold())
    return unicodedata.normalize(
        "NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch)))


def _search_text(title: str, body: str, competitor: str | None) -> str:
    return fold(" ".join(part for part in (title, body, competitor or "") if part))


@dataclass(frozen=True)
class NoteRow:
    id: int
    kind: str
    title: str
    body: str
    noted_on: dt.date
    team_id: int | None
    team_name: str | None
    company_wide: bool
    author: str
    territory_id: int | None
    territory_name: str | None
    account_id: int | None
    account_name: str | None
    competitor: str | None
    version: int

    @property
    def kind_label(self) -> str:
        return _(KIND_LABELS[self.kind]) if self.kind in KIND_LABELS else self.kind


@dataclass(frozen=True)
class NoteFields:
    """What a person enters for a note."""
    kind: str
    title: str
    noted_on: dt.date
    body: str = ""
    territory_id: int | None = None
    account_id: int | None = None
    competitor: str | None = None
    company_wide: bool = False


def _check(fields: NoteFields) -> NoteFields:
    problems = {}
    if fields.kind not in NOTE_KINDS:
        problems["kind"] = _("“{kind}” is not a kind of note ({note_kinds})").format(
                               kind=fields.kind, note_kinds=', '.join(NOTE_KINDS))
    title = (fields.title or "").strip()
    if not title:
        problems["title"] = _("a note needs a title")
    elif len(title) > TITLE_MAX:
        problems["title"] = _("at most {title_max} characters").format(title_max=TITLE_MAX)
    competitor = (fields.competitor or "").strip() or None
    if competitor and len(competitor) > COMPETITOR_MAX:
        problems["competitor"] = _("at most {competitor_max} characters").format(
                                     competitor_max=COMPETITOR_MAX)
    if problems:
        raise ValidationError(problems)
    return NoteFields(fields.kind, title, fields.noted_on, (fields.body or "").strip(),
                      fields.territory_id, fields.account_id, competitor, bool(fields.company_wide))


def _check_tags(s, fields: NoteFields) -> None:
    if fields.territory_id is not None and s.get(Territory, fields.territory_id) is None:
        raise ValidationError({"territory": _("there is no territory with id "
                                              "{territory_id}").format(
                                                territory_id=fields.territory_id)})
    if fields.account_id is not None and s.get(Account, fields.account_id) is None:
        raise ValidationError({"account": _("there is no account with id {account_id}").format(
                                              account_id=fields.account_id)})


def _apply(note: FieldNote, fields: NoteFields) -> None:
    note.kind, note.title, note.body = fields.kind, fields.title, fields.body
    note.noted_on, note.company_wide = fields.noted_on, fields.company_wide
    note.territory_id, note.account_id = fields.territory_id, fields.account_id
    note.competitor = fields.competitor
    note.search_text = _search_text(fields.title, fields.body, fields.competitor)


def create(db: Database, fields: NoteFields, *, team_id: int | None) -> NoteRow:
    """A new note by the signed-in login, for `team_id` (their team)."""
    fields = _check(fields)
    with db.write() as s:
        _check_tags(s, fields)
        note = FieldNote(team_id=team_id, author=db.user)
        _apply(note, fields)
        s.add(note)
        s.flush()
        note_id = note.id
    return get(db, note_id)


def _may_change(db: Database, user, note_id: int) -> None:
    """Only the note's team (or a role that sees every team) changes it; others read a
    company-wide note only. Said in words before the server would refuse it silently (its row
    policy hides the row from an UPDATE)."""
    if user is None:
        return
    with db.read() as s:
        found = s.execute(select(FieldNote.team_id, Team.name).outerjoin(
            Team, Team.id == FieldNote.team_id).where(FieldNote.id == note_id)).first()
    if found is not None and not user.sees_team(found[0]):
        if found[0] is None:
            raise PermissionDenied(_("This note belongs to no team: only admins and HR may "
                                     "change it; you may read it because it is shared "
                                     "company-wide."))
        owner = _("the team {team}").format(team=found[1]) if found[1] else _("another team")
        raise PermissionDenied(_("This note belongs to {owner}: only that team may change it; "
                                 "you may read it because it is shared company-wide.").format(
                                   owner=owner))


def edit(db: Database, note_id: int, version: int, fields: NoteFields, *, user=None) -> NoteRow:
    """Save a note opened at `version`; a note changed or deleted since raises EditConflict
    naming who did it, and nothing is overwritten. `user` (the signed-in CurrentUser): only the
    note's team may change it."""
    fields = _check(fields)
    _may_change(db, user, note_id)
    with db.write() as s:
        note = lock_for_edit(s, FieldNote, note_id)
        if note is None or note.version != version:
            raise conflict_for(s, note, FieldNote, note_id, version, _values(fields),
                               what=f"The note “{note.title}”" if note else "This note")
        _check_tags(s, fields)
        _apply(note, fields)
    return get(db, note_id)


def delete(db: Database, note_id: int, version: int, *, user=None) -> None:
    _may_change(db, user, note_id)
    with db.write() as s:
        note = lock_for_edit(s, FieldNote, note_id)
        if note is None or note.version != version:
            raise conflict_for(s, note, FieldNote, note_id, version, {},
                               what=f"The note “{note.title}”" if note else "This note",
                               not_saved=_("it was not deleted"))
        s.delete(note)


def _values(fields: NoteFields) -> dict:
    return {"kind": fields.kind, "title": fields.title, "body": fields.body,
            "noted_on": fields.noted_on, "company_wide": fields.company_wide,
            "territory_id": fields.territory_id, "account_id": fields.account_id,
            "competitor": fields.competitor}


def _query():
    # The names come through each table's own read scope: a manager reading another team's
    # company-wide note is not shown that team's name (nor an account they may not see).
    return (select(FieldNote, Team.name, Territory.name, Account.name)
            .outerjoin(Team, Team.id == FieldNote.team_id)
            .outerjoin(Territory, Territory.id == FieldNote.territory_id)
            .outerjoin(Account, Account.id == FieldNote.account_id))


def _row(note: FieldNote, team_name, territory_name, account_name) -> NoteRow:
    return NoteRow(note.id, note.kind, note.title, note.body, note.noted_on, note.team_id,
                   team_name, note.company_wide, note.author, note.territory_id, territory_name,
                   note.account_id, account_name, note.competitor, note.version)


def get(db: Database, note_id: int) -> NoteRow:
    with db.read() as s:
        found = s.execute(_query().where(FieldNote.id == note_id)).first()
        if found is None:
            raise RepdeskError(_("There is no note with id {note_id} that you may read.").format(
                                   note_id=note_id))
        return _row(*found)


def _like_word(word: str):
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return FieldNote.search_text.like(f"%{escaped}%", escape="\\")


def search(db: Database, text: str = "", *, kind: str | None = None,
           territory_id: int | None = None, account_id: int | None = None,
           competitor: str | None = None, start: dt.date | None = None,
           end: dt.date | None = None, limit: int | None = None) -> list[NoteRow]:
    """The notes this login may read, newest first: every word of `text` found in the note's
    title, text or competitor (case and accents ignored), and the filters given. `competitor`
    is matched the same way, on the competitor tag only."""
    if kind is not None and kind not in NOTE_KINDS:
        raise ValidationError({"kind": _("“{kind}” is not a kind of note ({note_kinds})").format(
                                           kind=kind, note_kinds=', '.join(NOTE_KINDS))})
    conditions = [_like_word(word) for word in fold(text).split()]
    if kind:
        conditions.append(FieldNote.kind == kind)
    if territory_id is not None:
        conditions.append(FieldNote.territory_id == territory_id)
    if account_id is not None:
        conditions.append(FieldNote.account_id == account_id)
    if competitor:
        # the tag is not stored folded: fold the few candidates here (a competitor is a short name)
        wanted = fold(competitor).strip()
        conditions.append(FieldNote.competitor.is_not(None))
        conditions.append(_like_word(wanted))
    if start is not None:
        conditions.append(FieldNote.noted_on >= start)
    if end is not None:
        conditions.append(FieldNote.noted_on <= end)
    stmt = _query().where(*conditions).order_by(FieldNote.noted_on.desc(),
                                                      FieldNote.id.desc())
    if limit is not None:
        stmt = stmt.limit(limit)
    with db.read() as s:
        rows = [_row(*found) for found in s.execute(stmt)]
    if competitor:
        rows = [r for r in rows if wanted in fold(r.competitor)]
    return rows


def competitors(db: Database) -> list[str]:
    """The competitor tags in use, for the filter and the editor's suggestions."""
    with db.read() as s:
        names = s.scalars(select(FieldNote.competitor).where(FieldNote.competitor.is_not(None))
                          .distinct()).all()
    return sorted(names, key=fold)


# --- the weekly digest ----------------------------------------------------------------------

@dataclass(frozen=True)
class Digest:
    start: dt.date
    end: dt.date
    by_kind: dict[str, list[NoteRow]]        # NOTE_KINDS order, kinds without notes left out
    competitors: list[tuple[str, int]]       # most mentioned first
    territories: list[tuple[str, int]]
    total: int = 0


def week_before(monday: dt.date) -> tuple[dt.date, dt.date]:
    """The seven days that end the day before `monday` (any day: its week's Monday is used)."""
    monday = monday - dt.timedelta(days=monday.weekday())
    return monday - dt.timedelta(days=7), monday - dt.timedelta(days=1)


def digest(db: Database, start: dt.date, end: dt.date) -> Digest:
    """The notes this login may read that were noted from `start` to `end`, by kind (oldest first
    within a kind), with the competitors and territories most mentioned."""
    if end < start:
        raise ValidationError({"week": _("the digest's last day is before its first")})
    notes = sorted(search(db, start=start, end=end), key=lambda n: (n.noted_on, n.id))
    by_kind = {kind: [n for n in notes if n.kind == kind] for kind in NOTE_KINDS}
    by_kind = {kind: rows for kind, rows in by_kind.items() if rows}
    return Digest(start, end, by_kind, _ranked(n.competitor for n in notes),
                  _ranked(n.territory_name for n in notes), len(notes))


def _ranked(names) -> list[tuple[str, int]]:
    counts = Counter(name for name in names if name)
    return sorted(counts.items(), key=lambda item: (-item[1], fold(item[0])))


def note_tags(note: NoteRow) -> str:
    """'Athens · Acme Ltd · vs. Vodafone · company-wide' (what is set)."""
    parts = [note.territory_name, note.account_name,
             _("vs. {competitor}").format(competitor=note.competitor) if note.competitor
             else None,
             _("company-wide") if note.company_wide else None]
    return " · ".join(p for p in parts if p)


def digest_text(d: Digest) -> str:
    """The digest as plain text, ready to paste into an e-mail."""
    title = _("Field notes, {start} – {end}").format(start=formatting.day_month(d.start),
                                                     end=formatting.date(d.end))
    lines = [title, "=" * len(title), ""]
    if not d.total:
        lines.append(_("No field notes this week."))
        return "\n".join(lines) + "\n"
    counts = ", ".join(_("{n} {kind}").format(n=formatting.number(len(rows)),
                                              kind=_(KIND_LABELS[k]).lower())
                       for k, rows in d.by_kind.items())
    lines.append(ngettext("{n} note: {counts}.", "{n} notes: {counts}.", d.total).format(
        n=formatting.number(d.total), counts=counts))
    if d.competitors:
        lines.append(_("Competitors mentioned: {names}.").format(
            names=", ".join(f"{name} ({n})" for name, n in d.competitors)))
    if d.territories:
        lines.append(_("Territories: {names}.").format(
            names=", ".join(f"{name} ({n})" for name, n in d.territories)))
    for kind, rows in d.by_kind.items():
        heading = f"{_(KIND_LABELS[kind])} ({formatting.number(len(rows))})"
        lines += ["", heading, "-" * len(heading)]
        for note in rows:
            tags = note_tags(note)
            lines.append(f"* {formatting.day_month(note.noted_on, weekday=True)} — {note.title}"
                         + (f" [{tags}]" if tags else "") + f" ({note.author})")
            for paragraph in note.body.splitlines():
                if paragraph.strip():
                    lines.append(f"  {paragraph.strip()}")
    return "\n".join(lines) + "\n"


# --- import from CSV --------------------------------------------------------------------------

@dataclass
class ImportResult:
    created: int = 0
    bad: list[tuple[int, str]] = field(default_factory=list)  # (line, reason)


def _parse_date(text: str) -> dt.date:
    text = text.strip()
    for pattern in ("%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise ValueError(_("“{text}” is not a date (2026-11-23, 23/11/2026 or 23.11.2026)").format(
                         text=text))


_TRUE = {"yes", "y", "true", "1", "x", "company", "company-wide"}
_FALSE = {"", "no", "n", "false", "0", "team"}


def import_csv(db: Database, path: Path, *, team_id: int | None) -> ImportResult:
    """Notes from a CSV file (UTF-8, with or without BOM; comma or semicolon), one a row, with
    the columns CSV_COLUMNS (date, kind and title required). Territory and account are matched by
    name (case and accents ignored). All or nothing: a file with any bad row writes nothing and
    lists every bad row with its reason."""
    try:
        raw = Path(path).read_bytes()
    except OSError as error:
        raise RepdeskError(_("Cannot read {path}: {value}.").format(
                               path=path, value=error.strerror or error)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise RepdeskError(_("{name} is not UTF-8 text; save it as “CSV UTF-8”.").format(
                               name=Path(path).name)) from None
    sample = text[:4096]
    delimiter = ";" if sample.count(";") > sample.count(",") else ","
    reader = csv.DictReader(text.splitlines(), delimiter=delimiter)
    headers = {fold(h).strip(): h for h in (reader.fieldnames or [])}
    missing = [c for c in ("date", "kind", "title") if c not in headers]
    if missing:
        raise RepdeskError(_("{name} has no column {missing}; the columns are "
                             "{csv_columns}.").format(
                               name=Path(path).name, missing=', '.join(missing),
                               csv_columns=', '.join(CSV_COLUMNS)))
    with db.read() as s:
        territories = _by_folded_name(s.execute(select(Territory.name, Territory.id)))
        accounts = _by_folded_name(s.execute(select(Account.name, Account.id)))
    kinds = {fold(label): kind for kind, label in KIND_LABELS.items()}
    kinds.update({kind: kind for kind in NOTE_KINDS})
    result, good = ImportResult(), []
    for line, row in enumerate(reader, start=2):
        def cell(name):
            return (row.get(headers[name]) or "").strip() if name in headers else ""
        if not any((v or "").strip() for v in row.values() if isinstance(v, str)):
            continue
        try:
            kind = kinds.get(fold(cell("kind")).replace("_", " ")) or kinds.get(fold(cell("kind")))
            if kind is None:
                raise ValueError(_("“{cell}” is not a kind of note ({kind_labels})").format(
                                     cell=cell('kind'),
                                     kind_labels=', '.join(KIND_LABELS.values())))
            wide = fold(cell("company_wide"))
            if wide not in _TRUE | _FALSE:
                raise ValueError(_("company_wide “{cell}” is neither yes nor no").format(
                                     cell=cell('company_wide')))
            fields = NoteFields(kind, cell("title"), _parse_date(cell("date")), cell("note"),
                                _lookup(territories, cell("territory"), "territory"),
                                _lookup(accounts, cell("account"), "account"),
                                cell("competitor") or None, wide in _TRUE)
            good.append(_check(fields))
        except ValidationError as error:
            result.bad.append((line, str(error)))
        except ValueError as error:
            result.bad.append((line, str(error)))
    if result.bad:
        return result
    with db.write() as s:
        for fields in good:
            note = FieldNote(team_id=team_id, author=db.user)
            _apply(note, fields)
            s.add(note)
    result.created = len(good)
    return result


def _by_folded_name(rows) -> dict[str, list[int]]:
    found: dict[str, list[int]] = {}
    for name, row_id in rows:
        found.setdefault(fold(name).strip(), []).append(row_id)
    return found


def _lookup(names: dict[str, list[int]], name: str, what: str) -> int | None:
    if not name:
        return None
    ids = names.get(fold(name).strip(), [])
    if not ids:
        raise ValueError(_("there is no {what} named “{name}”").format(what=what, name=name))
    if len(ids) > 1:
        raise ValueError(_("more than one {what} is named “{name}”; tag the note in the "
                           "window").format(what=what, name=name))
    return ids[0]


def tag_ids(db: Database, *, territory: str | None = None,
            account: str | None = None) -> tuple[int | None, int | None]:
    """A territory's and an account's id from their names (case and accents ignored), as the
    command line and the import name them."""
    with db.read() as s:
        try:
            territory_id = _lookup(_by_folded_name(s.execute(select(Territory.name, Territory.id))),
                                   territory or "", "territory")
            account_id = _lookup(_by_folded_name(s.execute(select(Account.name, Account.id))),
                                 account or "", "account")
        except ValueError as error:
            raise RepdeskError(str(error)[0].upper() + str(error)[1:] + ".") from None
    return territory_id, account_id


def tag_choices(db: Database, *, accounts_max: int = 2000):
    """(id, name) of the territories in use and of the accounts this login reads, by name, for
    the editor's lists."""
    with db.read() as s:
        territories = s.execute(select(Territory.id, Territory.name)
                                .where(Territory.archived_on.is_(None))
                                .order_by(Territory.name)).all()
        accounts = s.execute(select(Account.id, Account.name).order_by(Account.name)
                             .limit(accounts_max)).all()
    return [tuple(t) for t in territories], [tuple(a) for a in accounts]
