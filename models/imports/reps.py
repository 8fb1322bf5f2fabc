"""Import and export reps as CSV or XLSX.

Headers are matched to fields ignoring case, spaces, punctuation and accents, with the usual
synonyms ("E-mail", "Email address"; "Full name", "Name"; "Start date", "Hire date"). A file with bad
rows imports nothing and the error lists every bad row by number and reason (`skip_bad` imports the
good rows and reports the rest). Re-importing the same file does not duplicate reps: a row matches
an existing rep by email (case-insensitive). A name is not an identity: a row with an e-mail never
matches by name, so a new hire who shares a colleague's name and team is a new rep (the report says
so); only a row without an e-mail matches the one same-named rep of its team who has none either, so
a file without e-mails re-imports without duplicates. A CRM's own user export (first and last name
in separate columns) imports too; its system users (integration users, noreply or no e-mail) are
skipped with the reason rather than rejecting the file. A past end date makes the rep departed
unless the file gives a status. Teams named in the file that do not exist yet are
created when `create_teams` is true (the GUI asks first; see `missing_teams`). Two workstations
importing at once take turns (models/imports/locks.py), so neither duplicates what the other wrote.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import insert, select

from models.db.audit import record_bulk, to_json
from models.db.core import PRIVATE_REP_COLUMNS, Agency, Rep, Team
from models.db.database import Database
from models.db.errors import RepdeskError
from models.db.private_columns import reads_private_details
from models.domain.enums import Employment, RepProfile, RepRole, RepStatus, WorkMode, label
from models.domain.progress import Progress
from models.domain.roster_rules import validate_rep
from models.i18n import LANGUAGES, _, supported
from models.imports.batches import header_names, record_batch
from models.imports.locks import import_transaction
from models.imports.tabular import (FORMULA_STARTS, FieldSpec, ImportFileError, ImportRejected,
                                    ImportReport, RowError, Table, detect_date_order, match_columns,
                                    normalize_header, parse_date, read_table, write_table)

FIELDS = [
    # Not required by itself: a CRM user export has first and last name columns instead (_load).
    FieldSpec("full_name", ("Name", "Full name", "Rep", "Rep name", "Employee", "Employee name",
                            "Sales rep", "Person")),
    FieldSpec("first_name", ("First name", "FirstName", "Given name")),
    FieldSpec("last_name", ("Last name", "LastName", "Surname", "Family name")),
    FieldSpec("email", ("E-mail", "Email address", "E-mail address", "Mail", "Work email")),
    FieldSpec("team", ("Team name", "Sales team", "Group")),
    FieldSpec("hire_date", ("Start date", "Hire date", "Hired", "Date hired", "Joined",
                            "Hired on", "Start")),
    FieldSpec("end_date", ("End date", "Left on", "Leaving date", "Termination date")),
    FieldSpec("role", ("Position", "Job title", "Title")),
    FieldSpec("work_mode", ("Work mode", "Mode", "Work type", "Location type")),
    FieldSpec("employment", ("Employment type", "Contract", "Contract type")),
    FieldSpec("agency", ("Agency name", "Supplier", "Vendor")),
    FieldSpec("status", ("Rep status", "State", "User status")),
    FieldSpec("is_active", ("IsActive", "Active", "Is active")),  # Salesforce's user flag
    # A CRM export's user id. Reps have no column to keep it, so it only tells the file's own
    # rows apart: the same id twice is one user written twice.
    FieldSpec("crm_user_id", ("Id", "User id", "UserId", "Record id")),
    FieldSpec("phone", ("Phone number", "Mobile", "Telephone", "Tel")),
    FieldSpec("preferred_name", ("Preferred name", "Nickname", "Known as")),
    FieldSpec("home_base", ("Home base", "Base", "City")),
    FieldSpec("time_zone", ("Time zone", "Timezone", "TZ")),
    # Hiring facts, as an HR or applicant-tracking export names them.
    FieldSpec("referral_source", ("Referral source", "Source of hire", "Referred by",
                                  "Recruiting source", "Hiring source", "Candidate source",
                                  "Hire source", "Referral")),
    FieldSpec("prior_performance_verified", ("Prior results verified",
                                             "Prior performance verified",
                                             "Previous results verified", "Track record verified",
                                             "Results verified")),
    FieldSpec("prior_performance_note", ("Prior results note", "Prior performance note",
                                         "Prior results", "Prior performance", "Previous results",
                                         "Track record")),
    FieldSpec("profile", ("Profile", "Rep profile", "Sales profile", "Builder or producer",
                          "Builder/producer", "Hunter or farmer", "Hunter/farmer")),
    # The language their review PDF is printed in.
    FieldSpec("language", ("Language", "Review language", "Preferred language")),
]
ENUMS = {"role": RepRole, "work_mode": WorkMode, "employment": Employment, "status": RepStatus,
         "profile": RepProfile}
SYNONYMS = {"role": {"rep": "sales_rep", "salesrepresentative": "sales_rep", "ae": "account_executive",
                     "manager": "sales_manager", "cs": "customer_success"},
            "employment": {"staff": "employee", "permanent": "employee", "outsourced": "agency",
                           "freelance": "contractor", "freelancer": "contractor"},
            "work_mode": {"hybrid": "remote", "inside": "remote", "onsite": "office"},
            # CRM user exports say whether the login is active, not where the rep is in their career
            "status": {"inactive": "departed", "deactivated": "departed", "deleted": "departed",
                       "disabled": "departed"},
            # the older words for the same two kinds of seller
            "profile": {"hunter": "builder", "farmer": "producer"}}
# Salesforce's IsActive is a boolean: a deactivated user has left.
ACTIVE_FLAGS = {"true": "active", "1": "active", "yes": "active",
                "false": "departed", "0": "departed", "no": "departed"}
# "Prior results verified": the importer reads yes/no in English, like the active flag.
YES_NO = {"true": True, "1": True, "yes": True, "y": True,
          "false": False, "0": False, "no": False, "n": False}
# E-mail local parts and names of a CRM's system users: logins that are not people.
SYSTEM_MAILBOXES = re.compile(r"^(no-?reply|do-?not-?reply|integration|autoproc|automated)\b",
                              re.IGNORECASE)
SYSTEM_NAMES = re.compile(r"\b(integration user|automated process|security user|chatter expert)\b",
                          re.IGNORECASE)
EXPORT_HEADERS = ["Full name", "Preferred name", "Email", "Team", "Role", "Work mode",
                  "Employment", "Agency", "Status", "Hire date", "End date", "Language"]
# A language as an HR file writes it, besides Repdesk's codes ('el', 'zh_CN', 'el_GR') and each
# language's own name ('Ελληνικά', the export's form).
LANGUAGE_WORDS = {"english": "en", "filipino": "fil", "tagalog": "fil", "indonesian": "id",
                  "indonesia": "id", "greek": "el", "chinese": "zh_CN",
                  "simplifiedchinese": "zh_CN", "mandarin": "zh_CN"}
# Contact and hiring details (models/db/core.PRIVATE_REP_COLUMNS), exported only for a login
# that may read them (on PostgreSQL, not a trainer's).
PRIVATE_EXPORT_HEADERS = ["Phone", "Home base", "Time zone", "Referral source",
                          "Prior results verified", "Prior results note", "Profile"]
BATCH = 500


def _unneutralize(text: str) -> str:
    """Undo the apostrophe an export puts before formula-like text, so a round trip is exact."""
    if len(text) > 1 and text[0] == "'" and text[1] in "".join(FORMULA_STARTS):
        return text[1:]
    return text


def language_code(text: str) -> str | None:
    """'Greek', 'el', 'el_GR', 'Ελληνικά' -> 'el'; None when Repdesk does not speak it."""
    key = normalize_header(text)
    for code, name in LANGUAGES.items():
        if key in (normalize_header(code), normalize_header(name)):
            return code
    if key in LANGUAGE_WORDS:
        return LANGUAGE_WORDS[key]
    found = supported(text.strip())
    return found if found in LANGUAGES else None


def _enum_value(field: str, text: str) -> str:
    key = normalize_header(text)
    enum = ENUMS[field]
    for member in enum:
        if key in (normalize_header(member.value), normalize_header(label(member.value))):
            return member.value
    if key in SYNONYMS.get(field, {}):
        return SYNONYMS[field][key]
    choices = ", ".join(label(m.value) for m in enum)
    raise ValueError(f"{field.replace('_', ' ')} '{text}' is not one of: {choices}")


@dataclass
class RepImportReport(ImportReport):
    # Name -> how many reps of one team now carry it, for names a new rep shares with another.
    shared_names: dict[str, int] = field(default_factory=dict)

    def summary(self) -> str:
        text = super().summary()
        for name, count in self.shared_names.items():
            text += f"; {count} reps share the name {name} with another rep; kept separate"
        return text


@dataclass
class ParsedRep:
    row_number: int
    values: dict
    team: str | None
    agency: str | None


def _system_user(values: dict, email_problem: str | None) -> str | None:
    """Why a row of a CRM user export is a system login rather than a rep, or None."""
    email = values["email"]
    if not email:
        return "a CRM user without an e-mail (a system user, not a rep)"
    if email_problem:
        return f"a CRM system user: {email_problem}"
    if SYSTEM_MAILBOXES.match(email) or SYSTEM_NAMES.search(values["full_name"]):
        return f"a CRM system user ({email}), not a rep"
    return None


def _full_name(cell, row) -> str:
    name = cell(row, "full_name")
    if name:
        return name
    return " ".join(p for p in (cell(row, "first_name"), cell(row, "last_name")) if p)


def _enums(cell, row, values: dict, problems: list[str], today: dt.date, crm_export: bool
           ) -> None:
    """Role, work mode, employment and status; the status from the status column, else
    Salesforce's IsActive, else a past end date."""
    for name in ENUMS:
        text = cell(row, name)
        if text:
            try:
                values[name] = _enum_value(name, text)
            except ValueError as error:
                # A CRM's "Role" is its own sharing hierarchy ("CEO", "EMEA team") and its
                # "Profile" a permission set ("Standard User"), not ours: one that is not ours
                # leaves the default instead of failing the row.
                if not (crm_export and name in ("role", "profile")):
                    problems.append(str(error))
    flag = cell(row, "is_active")
    if "status" not in values and flag:
        if flag.casefold() not in ACTIVE_FLAGS:
            problems.append(f"active '{flag}' is not true or false")
        else:
            values["status"] = ACTIVE_FLAGS[flag.casefold()]
    # Someone whose end date has passed has left; saying "active" for them is left to the file.
    if "status" not in values and values["end_date"] and values["end_date"] <= today:
        values["status"] = RepStatus.DEPARTED.value


def parse_rows(table: Table, columns: dict[str, int], agencies: dict[str, int],
               today: dt.date | None = None
               ) -> tuple[list[ParsedRep], list[RowError], list[RowError]]:
    """Good rows, bad rows, and a CRM export's system users (skipped without failing the file)."""
    def cell(row, name):
        index = columns.get(name)
        return _unneutralize(row[index].strip()) if index is not None and index < len(row) else ""

    today = today or dt.date.today()
    crm_export = "full_name" not in columns
    date_values = [cell(r, f) for r in table.rows for f in ("hire_date", "end_date")]
    order = detect_date_order(date_values)
    parsed, errors, system = [], [], []
    seen_emails: dict[str, int] = {}
    seen_ids: dict[str, int] = {}
    for number, row in table.numbered():
        if not any(c.strip() for c in row):
            continue  # blank line
        problems = table.problems_of(number)
        values = {"full_name": _full_name(cell, row)}
        for name in ("preferred_name", "phone", "home_base", "time_zone", "referral_source",
                     "prior_performance_note"):
            values[name] = cell(row, name) or None
        verified = cell(row, "prior_performance_verified")
        values["prior_performance_verified"] = YES_NO.get(verified.casefold()) if verified else None
        if verified and values["prior_performance_verified"] is None:
            problems.append(f"prior results verified '{verified}' is not yes or no")
        language = cell(row, "language")
        values["language"] = language_code(language) if language else None
        # a CRM user export's language may be one Repdesk does not speak: left unset there
        if language and values["language"] is None and not crm_export:
            problems.append(_("language '{text}' is not one of: {choices}").format(
                text=language, choices=", ".join(LANGUAGES.values())))
        email = cell(row, "email") or None
        values["email"] = email
        for name in ("hire_date", "end_date"):
            try:
                values[name] = parse_date(cell(row, name), order)
            except ValueError as error:
                problems.append(f"{name.replace('_', ' ')}: {error}")
                values[name] = None
        _enums(cell, row, values, problems, today, crm_export)
        agency = cell(row, "agency") or None
        if agency and "employment" not in values:
            values["employment"] = Employment.AGENCY.value
        agency_id = agencies.get(normalize_header(agency)) if agency else None
        if agency and agency_id is None:
            problems.append(f"there is no agency named '{agency}'")
        values["agency_id"] = agency_id
        rule = validate_rep(rep_id=None, full_name=values["full_name"], email=values["email"],
                            hire_date=values["hire_date"], end_date=values["end_date"],
                            mentor_id=None, employment=values.get("employment", "employee"),
                            agency_id=agency_id or (-1 if agency else None))
        skip = _system_user(values, rule.get("email")) if crm_export else None
        if skip:
            system.append(RowError(number, skip))
            continue
        problems += list(rule.values())
        if email:
            if email.lower() in seen_emails:
                problems.append(f"the email {email} is also on row {seen_emails[email.lower()]}")
            else:
                seen_emails[email.lower()] = number
        user_id = cell(row, "crm_user_id")
        if user_id:
            if user_id in seen_ids:
                problems.append(f"the CRM user id {user_id} is also on row {seen_ids[user_id]}")
            else:
                seen_ids[user_id] = number
        if problems:
            errors.append(RowError(number, "; ".join(problems)))
        else:
            parsed.append(ParsedRep(number, values, cell(row, "team") or None, agency))
    return parsed, errors, system


def _load(db: Database, path, mapping: dict[str, str] | None):
    table = read_table(path)
    columns = match_columns(table.headers, FIELDS, mapping)
    if not {"full_name", "first_name", "last_name"} & set(columns):
        # The usual "no column for full_name" message, naming the file's columns.
        match_columns(table.headers, [FieldSpec("full_name", required=True)], mapping)
        raise ImportFileError("The file has no column for the rep's name.")
    with db.read() as s:
        agencies = {normalize_header(n): i for i, n in s.execute(select(Agency.id, Agency.name))}
    return table, columns, agencies


def missing_teams(db: Database, path, mapping: dict[str, str] | None = None) -> list[str]:
    """Team names used in the file that the database does not have yet (the GUI asks first)."""
    table, columns, agencies = _load(db, path, mapping)
    parsed, _errors, _system = parse_rows(table, columns, agencies)
    with db.read() as s:
        known = {normalize_header(n) for n in s.execute(select(Team.name)).scalars()}
    out = []
    for p in parsed:
        if p.team and normalize_header(p.team) not in known and p.team not in out:
            out.append(p.team)
    return out


def _teams(s, parsed: list[ParsedRep], create_teams: bool) -> tuple[dict[str, int], list[str]]:
    teams = {normalize_header(n): i for i, n in s.execute(select(Team.id, Team.name))}
    new_teams = []
    for p in parsed:
        if p.team and normalize_header(p.team) not in teams:
            if not create_teams:
                raise RepdeskError(f"Row {p.row_number}: there is no team named '{p.team}'; "
                                   "nothing was imported (allow creating teams to add it).")
            team = Team(name=p.team)
            s.add(team)
            s.flush()
            teams[normalize_header(p.team)] = team.id
            new_teams.append(p.team)
    return teams, new_teams


class _People:
    """Who a row is. Only an e-mail identifies a person: two people can share a name and a team.
    Ids below zero stand for reps inserted earlier in this file (a repeated row changes nothing)."""

    def __init__(self, s):
        existing = s.execute(select(Rep.id, Rep.email, Rep.full_name, Rep.team_id)).all()
        self.by_email = {e.lower(): i for i, e, _n, _t in existing if e}
        self.names = Counter((normalize_header(n), t) for _i, _e, n, t in existing)
        # Same name and team, no e-mail: a re-imported row without an e-mail is that rep, if
        # there is exactly one (several would be a guess).
        unnamed = Counter((normalize_header(n), t) for _i, e, n, t in existing if not e)
        self.without_email = {(normalize_header(n), t): i for i, e, n, t in existing
                              if not e and unnamed[(normalize_header(n), t)] == 1}

    def find(self, values: dict) -> int | None:
        email = (values["email"] or "").lower()
        if email:
            return self.by_email.get(email)
        return self.without_email.get((normalize_header(values["full_name"]), values["team_id"]))

    def add(self, values: dict, placeholder: int) -> int:
        """Record a new rep; returns how many reps of the team now have that name."""
        key = (normalize_header(values["full_name"]), values["team_id"])
        if values["email"]:
            self.by_email[values["email"].lower()] = placeholder
        else:
            self.without_email[key] = placeholder
        self.names[key] += 1
        return self.names[key]


def _end_before_hire(rep: Rep, values: dict) -> str | None:
    """The end_after_hire rule on the record as it would be after the update (the row alone
    passed it, but it may set an end date before a hire date already on record, or vice versa)."""
    hire = values["hire_date"] or rep.hire_date
    end = values["end_date"] or rep.end_date
    if hire and end and end < hire:
        return f"the end date {end:%Y-%m-%d} is before the hire date {hire:%Y-%m-%d}"
    return None


def _update(rep: Rep, values: dict) -> bool:
    changed = False
    for name, value in values.items():
        if value is None:
            continue  # an empty cell does not erase what is known
        if name in ENUMS:
            value = ENUMS[name](value)
        if getattr(rep, name) != value:
            setattr(rep, name, value)
            changed = True
    return changed


def _insert_all(db: Database, s, inserts: list[dict], progress: Progress) -> None:
    for start in range(0, len(inserts), BATCH):
        chunk = inserts[start:start + BATCH]
        ids = s.execute(insert(Rep).returning(Rep.id), chunk).scalars().all()
        record_bulk(s.connection(), "reps", "bulk_insert", db.user,
                    rows=[{"id": i, **{k: to_json(v) for k, v in r.items()}}
                          for i, r in zip(ids, chunk)])
        progress.step(min(start + BATCH, len(inserts)), len(inserts), "Saving new reps…")


def import_reps(db: Database, path: str | Path, *, mapping: dict[str, str] | None = None,
                skip_bad: bool = False, create_teams: bool = True,
                progress: Progress | None = None) -> RepImportReport:
    progress = progress or Progress()
    table, columns, agencies = _load(db, path, mapping)
    parsed, errors, system = parse_rows(table, columns, agencies)
    source = Path(path).name
    if errors and not skip_bad:
        raise ImportRejected(errors, source)
    report = RepImportReport(skipped=list(errors), columns=header_names(table, columns))
    total = len(parsed)
    with import_transaction(db, "reps", progress) as s:
        teams, new_teams = _teams(s, parsed, create_teams)
        people = _People(s)
        inserts: list[dict] = []
        late_errors: list[RowError] = []
        for done, p in enumerate(parsed, 1):
            values = dict(p.values)
            values["team_id"] = teams.get(normalize_header(p.team)) if p.team else None
            rep_id = people.find(values)
            if rep_id is None:
                row = dict(values)
                for name, enum in ENUMS.items():
                    value = values.get(name) or _DEFAULTS[name]
                    row[name] = enum(value) if value else None
                row["version"] = 1
                row["prior_performance_verified"] = bool(values["prior_performance_verified"])
                inserts.append(row)
                if people.add(values, -len(inserts)) > 1:
                    report.shared_names[values["full_name"]] = people.names[
                        (normalize_header(values["full_name"]), values["team_id"])]
            elif rep_id > 0:
                rep = s.get(Rep, rep_id)
                problem = _end_before_hire(rep, values)
                if problem:
                    late_errors.append(RowError(p.row_number, problem))
                    continue
                changed = _update(rep, values)
                report.updated += changed
                report.unchanged += not changed
            else:
                report.unchanged += 1
            if done % BATCH == 0:
                progress.step(done, total, f"Importing reps from {source}…")
        if late_errors and not skip_bad:
            raise ImportRejected(late_errors, source)  # rolls the transaction back
        report.skipped = sorted(report.skipped + late_errors + system,
                                key=lambda e: e.row_number)
        _insert_all(db, s, inserts, progress)
        report.created = len(inserts)
        s.flush()
        record_batch(s, "reps", path, report, rows=len(table.rows), mapping=mapping,
                     columns=report.columns, options={"create_teams": create_teams})
        # The last chance to cancel is before the commit: a Cancel after it would report
        # "nothing was saved" for an import that was saved.
        progress.step(total, total, "")
    report.new_teams = new_teams  # type: ignore[attr-defined]
    return report


_DEFAULTS = {"role": RepRole.SALES_REP.value, "work_mode": WorkMode.FIELD.value,
             "employment": Employment.EMPLOYEE.value, "status": RepStatus.ACTIVE.value,
             "profile": None}


def _private_cells(r) -> list:
    return [r.phone, r.home_base, r.time_zone, r.referral_source,
            "Yes" if r.prior_performance_verified else "No", r.prior_performance_note,
            label(str(r.profile)) if r.profile else None]


def export_rows(db: Database, *, team_id: int | None = None) -> tuple[list[str], list[list]]:
    """The headers and rows of the roster export; the private columns only for a login that may
    read them (asking for them otherwise would be refused by the server)."""
    columns = [Rep.full_name, Rep.preferred_name, Rep.email, Team.name.label("team"), Rep.role,
               Rep.work_mode, Rep.employment, Agency.name.label("agency"), Rep.status,
               Rep.hire_date, Rep.end_date, Rep.language]
    with db.read() as s:
        private = reads_private_details(s)
        if private:
            columns += [getattr(Rep, name) for name in PRIVATE_REP_COLUMNS]
        stmt = (select(*columns)
                .outerjoin(Team, Team.id == Rep.team_id)
                .outerjoin(Agency, Agency.id == Rep.agency_id)
                .order_by(Team.name, Rep.full_name, Rep.id))
        if team_id is not None:
            stmt = stmt.where(Rep.team_id == team_id)
        rows = [[r.full_name, r.preferred_name, r.email, r.team, label(str(r.role)),
                 label(str(r.work_mode)), label(str(r.employment)), r.agency,
                 label(str(r.status)), r.hire_date, r.end_date,
                 LANGUAGES.get(r.language) if r.language else None]
                + (_private_cells(r) if private else [])
                for r in s.execute(stmt)]
    return EXPORT_HEADERS + (PRIVATE_EXPORT_HEADERS if private else []), rows


def export_reps(db: Database, path: str | Path, *, team_id: int | None = None,
                progress: Progress | None = None) -> int:
    """Write reps to CSV or XLSX (by the suffix); formula-like text is neutralised. Returns rows."""
    headers, rows = export_rows(db, team_id=team_id)
    count = write_table(path, headers, rows)
    if progress:
        progress.step(count, count, "")
    return count
