"""`import deals --users FILE`: the CRM's user export beside its deals, so that owner ids become
people.

A Salesforce data export names each opportunity's owner by id only (`OwnerId`, 005…); its User
export (`Id, FirstName, LastName, Email, Username`) says who that is. HubSpot and Zoho user
exports have `User ID` or `Id`, a name and an e-mail. An owner id found there is matched to a rep
by e-mail, then by name (case and accents ignored, as a roster's spelling often differs from the
CRM's); an owner that is not an id of the file is matched by name or e-mail as before. With
`create_in_team`, the users still missing become reps of that team (created if new), in the
import's own transaction: a rejected import leaves neither them nor the team behind.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from models.db.core import Rep, Team
from models.imports.tabular import (FieldSpec, ImportFileError, match_columns, normalize_header,
                                    read_table)

USER_FIELDS = [
    FieldSpec("crm_user_id", ("Id", "User ID", "UserId", "Record ID"), required=True),
    FieldSpec("first_name", ("FirstName", "First Name")),
    FieldSpec("last_name", ("LastName", "Last Name")),
    # Not "User Name": Salesforce's Username is a login written like an e-mail, not a name.
    FieldSpec("full_name", ("Name", "Full Name", "User")),
    FieldSpec("email", ("Email", "E-mail", "Email Address")),
]


@dataclass(frozen=True)
class CrmUser:
    crm_id: str
    name: str
    email: str

    def described(self) -> str:
        return ", ".join(part for part in (self.name, self.email) if part) or "no name or e-mail"


class ChosenOwners(dict):
    """Owner -> CrmUser as chosen in the import window, merged into a users file's users if one
    was given (`from_file`); without one, an owner left out has no rep, and is told so without
    mention of a users file."""

    def __init__(self, users: dict, from_file: bool):
        super().__init__(users)
        self.from_file = from_file


def user_key(crm_id: str) -> str:
    """Salesforce writes an id as 18 characters in data exports and as their first 15 in reports;
    the last three are only a checksum, so both spellings name the same user."""
    crm_id = crm_id.strip()
    return crm_id[:15] if len(crm_id) == 18 and crm_id.isalnum() else crm_id


def read_crm_users(path: str | Path) -> dict[str, CrmUser]:
    """The users of a CRM's user export, by user_key of their id."""
    table = read_table(path)
    columns = match_columns(table.headers, USER_FIELDS)
    if "email" not in columns and "full_name" not in columns and "last_name" not in columns:
        raise ImportFileError(f"{table.source} has no name or e-mail column, so its users cannot "
                              f"be told apart; its columns are: {', '.join(table.headers)}.")

    def cell(row: list[str], name: str) -> str:
        index = columns.get(name)
        return row[index].strip() if index is not None and index < len(row) else ""

    users: dict[str, CrmUser] = {}
    for _, row in table.numbered():
        crm_id = cell(row, "crm_user_id")
        if crm_id:
            name = cell(row, "full_name") or " ".join(
                p for p in (cell(row, "first_name"), cell(row, "last_name")) if p)
            users[user_key(crm_id)] = CrmUser(crm_id, name, cell(row, "email"))
    return users


@dataclass
class OwnerMatcher:
    """Owner cells -> rep ids, inside the deals import's transaction."""
    session: object
    users: dict[str, CrmUser]
    create_in_team: str | None = None
    created: list[str] = field(default_factory=list)  # names of the reps created, in order
    _by_email: dict[str, int] = field(default_factory=dict)
    _by_name: dict[str, int] = field(default_factory=dict)
    _team_id: int | None = None

    def __post_init__(self) -> None:
        for rep_id, full_name, email in self.session.execute(
                select(Rep.id, Rep.full_name, Rep.email)):
            self._by_name.setdefault(normalize_header(full_name), rep_id)
            if email:
                self._by_email.setdefault(email.casefold(), rep_id)

    def resolve(self, owner: str) -> tuple[int | None, str | None]:
        """(rep id, None) or (None, why the owner is no rep)."""
        if not owner:
            return None, "no owner"
        user = self.users.get(user_key(owner))
        if user is None:
            rep_id = self._by_email.get(owner.casefold()) or self._by_name.get(
                normalize_header(owner))
            if rep_id is None and self.users and getattr(self.users, "from_file", True):
                return None, (f"the owner '{owner}' is neither a user of the users file nor a "
                              "rep's name or e-mail")
            return rep_id, None if rep_id else f"no rep named or with e-mail '{owner}'"
        rep_id = self._rep_of(user)
        if rep_id is None and self.create_in_team:
            rep_id = self._create(user)
        if rep_id is None:
            return None, (f"the owner {owner} ({user.described()}) is not a rep: add them, or "
                          "give --create-reps --team NAME")
        return rep_id, None

    def _rep_of(self, user: CrmUser) -> int | None:
        if user.email and user.email.casefold() in self._by_email:
            return self._by_email[user.email.casefold()]
        return self._by_name.get(normalize_header(user.name)) if user.name else None

    def _create(self, user: CrmUser) -> int | None:
        if not user.name:
            return None  # a rep needs a name; the row stays bad with its reason
        rep = Rep(full_name=user.name, email=user.email or None, team_id=self._team())
        self.session.add(rep)
        self.session.flush()
        if user.email:
            self._by_email[user.email.casefold()] = rep.id
        self._by_name.setdefault(normalize_header(user.name), rep.id)
        self.created.append(user.name)
        return rep.id

    def _team(self) -> int:
        if self._team_id is None:
            team = self.session.execute(
                select(Team).where(Team.name == self.create_in_team)).scalar()
            if team is None:
                team = Team(name=self.create_in_team)
                self.session.add(team)
                self.session.flush()
            self._team_id = team.id
        return self._team_id
