"""Column mappings saved under a name, per kind of import, shared through the database.

A profile holds the mapping (file header -> field, as --map takes it), the import's other choices
(a deals import's CRM, stage map, pipeline…) and the headers of the file it was saved from, so a
file from the same source is recognised by its headers (`remembered_profile`). Saving under a
name that exists replaces that profile (an audited update). `repdesk import … --profile NAME`
and the import window use them; `--save-profile NAME` saves the mapping a run used.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select

from models.db.errors import ValidationError
from models.db.imports import ImportProfile as ProfileRow
from models.imports.batches import KINDS
from models.imports.tabular import normalize_header

NAME_LENGTH = ProfileRow.__table__.c.name.type.length


@dataclass(frozen=True)
class ImportProfile:
    id: int
    kind: str
    name: str
    mapping: dict[str, str]                 # file header -> field
    options: dict = field(default_factory=dict)
    headers: list[str] = field(default_factory=list)
    saved_by: str = ""
    saved_at: dt.datetime | None = None


def _profile(row: ProfileRow) -> ImportProfile:
    return ImportProfile(row.id, row.kind, row.name, dict(row.mapping or {}),
                         dict(row.options or {}), list(row.headers or []), row.saved_by,
                         row.updated_at)


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise ValidationError({"kind": f"'{kind}' is not an import ({', '.join(KINDS)})"})


def list_profiles(db, kind: str) -> list[ImportProfile]:
    _check_kind(kind)
    with db.read() as session:
        return [_profile(r) for r in session.execute(
            select(ProfileRow).where(ProfileRow.kind == kind).order_by(ProfileRow.name)).scalars()]


def load_profile(db, kind: str, name: str) -> ImportProfile | None:
    _check_kind(kind)
    with db.read() as session:
        row = session.execute(select(ProfileRow).where(ProfileRow.kind == kind,
                                                       ProfileRow.name == name.strip())).scalar()
        return _profile(row) if row else None


def save_profile(db, acting_user, kind: str, name: str, mapping: dict[str, str], options: dict,
                 *, headers: list[str] | None = None) -> None:
    """Save (or replace) the profile `name` of `kind`. `headers`: the file's headers, by which a
    later file from the same source is recognised (default: the mapping's headers)."""
    _check_kind(kind)
    name = (name or "").strip()
    if not name:
        raise ValidationError({"name": "a profile needs a name"})
    if len(name) > NAME_LENGTH:
        raise ValidationError({"name": f"a profile name has at most {NAME_LENGTH} characters"})
    login = getattr(acting_user, "login", None) or db.user
    saved_headers = list(headers if headers is not None else mapping)
    with db.write() as session:
        row = session.execute(select(ProfileRow).where(ProfileRow.kind == kind,
                                                       ProfileRow.name == name)).scalar()
        if row is None:
            row = ProfileRow(kind=kind, name=name)
            session.add(row)
        row.mapping, row.options = dict(mapping), dict(options or {})
        row.headers, row.saved_by = saved_headers, login


def remembered_profile(db, kind: str, headers: list[str]) -> ImportProfile | None:
    """The profile saved from a file with these headers: every header it was saved from is in
    this file (compared as the importers compare headers). Of several, the one that knows the
    most headers, then the one saved last."""
    present = {normalize_header(h) for h in headers if h.strip()}
    best = None
    for profile in list_profiles(db, kind):
        saved = {normalize_header(h) for h in profile.headers if h.strip()}
        if saved and saved <= present:
            rank = (len(saved), profile.saved_at.timestamp() if profile.saved_at else 0.0,
                    profile.id)
            if best is None or rank > best[0]:
                best = (rank, profile)
    return best[1] if best else None
