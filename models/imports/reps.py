"""Import and export reps as CSV or XLSX.

Headers are matched to fields ignoring case, spaces, punctuation and accents, with the usual
synonyms ("E-mail", "Email address"; "Full name", "Name"; "Start date", "Hire date"). A file with bad
rows imports nothing and the error lists every bad row by number and reason (`skip_bad` imports the
good rows and reports the rest). Re-importing the same file does not duplicate reps: a row matches
an existing rep by email, else by name + team. Teams named in the file that do not exist yet are
created when `create_teams` is true (the GUI asks first; see `missing_teams`). Two workstations
importing at once take turns (models/imports/locks.py), so neither duplicates what the other wrote.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import insert, select

from models.db.audit import record_bulk, to_json
from models.db.core import Agency, Rep, Team
from models.db.database import Database
from models.db.errors import RepdeskError
from models.domain.enums import Employment, RepRole, RepStatus, WorkMode, label
from models.domain.progress import Progress
from models.domain.roster_rules import validate_rep
from models.imports.locks import import_transaction
from models.imports.tabular import (FORMULA_STARTS, FieldSpec, ImportRejected, ImportReport,
                                    RowError, Table, detect_date_order, match_columns,
                                    normalize_header, parse_date, read_table, write_table)

FIELDS = [
    FieldSpec("full_name", ("Name", "Full name", "Rep", "Rep name", "Employee", "Employee name",
                            "Sales rep", "Person"), required=True),
    FieldSpec("email", ("E-mail", "Email address", "E-mail address", "Mail", "Work email")),
    FieldSpec("team", ("Team name", "Sales team", "Group")),
    FieldSpec("hire_date", ("Start date", "Hire date", "Hired", "Date hired", "Joined",
                            "Hired on", "Start")),
    FieldSpec("end_date", ("End date", "Left on", "Leaving date", "Termination date")),
    FieldSpec("role", ("Position", "Job title", "Title")),
    FieldSpec("work_mode", ("Work mode", "Mode", "Work type", "Location type")),
    FieldSpec("employment", ("Employment type", "Contract", "Contract type")),
    FieldSpec("agency", ("Agency name", "Supplier", "Vendor")),
    FieldSpec("status", ("Rep status", "State")),
    FieldSpec("phone", ("Phone number", "Mobile", "Telephone", "Tel")),
    FieldSpec("preferred_name", ("Preferred name", "Nickname", "Known as")),
    FieldSpec("home_base", ("Home base", "Base", "City")),
    FieldSpec("time_zone", ("Time zone", "Timezone", "TZ")),
]
ENUMS = {"role": RepRole, "work_mode": WorkMode, "employment": Employment, "status": RepStatus}
SYNONYMS = {"role": {"rep": "sales_rep", "salesrepresentative": "sales_rep", "ae": "account_executive",
                     "manager": "sales_manager", "cs": "customer_success"},
            "employment": {"staff": "employee", "permanent": "employee", "outsourced": "agency",
                           "freelance": "contractor", "freelancer": "contractor"},
            "work_mode": {"hybrid": "remote", "inside": "remote", "onsite": "office"}}
EXPORT_HEADERS = ["Full name", "Preferred name", "Email", "Phone", "Team", "Role", "Work mode",
                  "Employment", "Agency", "Status", "Hire date", "End date", "Home base",
                  "Time zone"]
BATCH = 500


def _unneutralize(text: str) -> str:
    """Undo the apostrophe an export puts before formula-like text, so a round trip is exact."""
    if len(text) > 1 and text[0] == "'" and text[1] in "".join(FORMULA_STARTS):
        return text[1:]
    return text


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
class ParsedRep:
    row_number: int
    values: dict
    team: str | None
    agency: str | None


def parse_rows(table: Table, columns: dict[str, int], agencies: dict[str, int]
               ) -> tuple[list[ParsedRep], list[RowError]]:
    def cell(row, name):
        index = columns.get(name)
        return _unneutralize(row[index].strip()) if index is not None and index < len(row) else ""

    date_values = [cell(r, f) for r in table.rows for f in ("hire_date", "end_date")]
    order = detect_date_order(date_values)
    parsed, errors = [], []
    seen_emails: dict[str, int] = {}
    for number, row in table.numbered():
        if not any(c.strip() for c in row):
            continue  # blank line
        problems = table.problems_of(number)
        values = {"full_name": cell(row, "full_name")}
        for name in ("preferred_name", "phone", "home_base", "time_zone"):
            values[name] = cell(row, name) or None
        email = cell(row, "email") or None
        values["email"] = email
        for name in ("hire_date", "end_date"):
            try:
                values[name] = parse_date(cell(row, name), order)
            except ValueError as error:
                problems.append(f"{name.replace('_', ' ')}: {error}")
                values[name] = None
        for name in ENUMS:
            text = cell(row, name)
            if not text:
                continue
            try:
                values[name] = _enum_value(name, text)
            except ValueError as error:
                problems.append(str(error))
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
        problems += list(rule.values())
        if email:
            if email.lower() in seen_emails:
                problems.append(f"the email {email} is also on row {seen_emails[email.lower()]}")
            else:
                seen_emails[email.lower()] = number
        if problems:
            errors.append(RowError(number, "; ".join(problems)))
        else:
            parsed.append(ParsedRep(number, values, cell(row, "team") or None, agency))
    return parsed, errors


def _load(db: Database, path, mapping: dict[str, str] | None):
    table = read_table(path)
    columns = match_columns(table.headers, FIELDS, mapping)
    with db.read() as s:
        agencies = {normalize_header(n): i for i, n in s.execute(select(Agency.id, Agency.name))}
    return table, columns, agencies


def missing_teams(db: Database, path, mapping: dict[str, str] | None = None) -> list[str]:
    """Team names used in the file that the database does not have yet (the GUI asks first)."""
    table, columns, agencies = _load(db, path, mapping)
    parsed, _errors = parse_rows(table, columns, agencies)
    with db.read() as s:
        known = {normalize_header(n) for n in s.execute(select(Team.name)).scalars()}
    out = []
    for p in parsed:
        if p.team and normalize_header(p.team) not in known and p.team not in out:
            out.append(p.team)
    return out


def import_reps(db: Database, path: str | Path, *, mapping: dict[str, str] | None = None,
                skip_bad: bool = False, create_teams: bool = True,
                progress: Progress | None = None) -> ImportReport:
    progress = progress or Progress()
    table, columns, agencies = _load(db, path, mapping)
    parsed, errors = parse_rows(table, columns, agencies)
    source = Path(path).name
    if errors and not skip_bad:
        raise ImportRejected(errors, source)
    report = ImportReport(skipped=list(errors))
    total = len(parsed)
    with import_transaction(db, "reps", progress) as s:
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
        existing = s.execute(select(Rep.id, Rep.email, Rep.full_name, Rep.team_id)).all()
        by_email = {e.lower(): i for i, e, _n, _t in existing if e}
        by_name_team = {(normalize_header(n), t): i for i, _e, n, t in existing}
        inserts: list[dict] = []
        for done, p in enumerate(parsed, 1):
            values = dict(p.values)
            values["team_id"] = teams.get(normalize_header(p.team)) if p.team else None
            email = (values["email"] or "").lower()
            rep_id = by_email.get(email) if email else None
            if rep_id is None:
                rep_id = by_name_team.get((normalize_header(values["full_name"]),
                                           values["team_id"]))
            if rep_id is None:
                row = dict(values)
                for name, enum in ENUMS.items():
                    row[name] = enum(values.get(name) or _DEFAULTS[name])
                row.update(version=1, prior_performance_verified=False)
                inserts.append(row)
                key = (normalize_header(values["full_name"]), values["team_id"])
                by_name_team[key] = -len(inserts)  # a later duplicate row updates nothing twice
                if email:
                    by_email[email] = -len(inserts)
            elif rep_id > 0:
                rep = s.get(Rep, rep_id)
                changed = False
                for name, value in values.items():
                    if value is None:
                        continue  # an empty cell does not erase what is known
                    if name in ENUMS:
                        value = ENUMS[name](value)
                    if getattr(rep, name) != value:
                        setattr(rep, name, value)
                        changed = True
                report.updated += changed
                report.unchanged += not changed
            else:
                report.unchanged += 1
            if done % BATCH == 0:
                progress.step(done, total, f"Importing reps from {source}…")
        if inserts:
            for start in range(0, len(inserts), BATCH):
                chunk = inserts[start:start + BATCH]
                ids = s.execute(insert(Rep).returning(Rep.id), chunk).scalars().all()
                record_bulk(s.connection(), "reps", "bulk_insert", db.user,
                            rows=[{"id": i, **{k: to_json(v) for k, v in r.items()}}
                                  for i, r in zip(ids, chunk)])
                progress.step(min(start + BATCH, len(inserts)), len(inserts), "Saving new reps…")
        report.created = len(inserts)
        s.flush()
    progress.step(total, total, "")
    report.new_teams = new_teams  # type: ignore[attr-defined]
    return report


_DEFAULTS = {"role": RepRole.SALES_REP.value, "work_mode": WorkMode.FIELD.value,
             "employment": Employment.EMPLOYEE.value, "status": RepStatus.ACTIVE.value}


def export_rows(db: Database, *, team_id: int | None = None) -> list[list]:
    stmt = (select(Rep.full_name, Rep.preferred_name, Rep.email, Rep.phone, Team.name, Rep.role,
                   Rep.work_mode, Rep.employment, Agency.name, Rep.status, Rep.hire_date,
                   Rep.end_date, Rep.home_base, Rep.time_zone)
            .outerjoin(Team, Team.id == Rep.team_id).outerjoin(Agency, Agency.id == Rep.agency_id)
            .order_by(Team.name, Rep.full_name, Rep.id))
    if team_id is not None:
        stmt = stmt.where(Rep.team_id == team_id)
    with db.read() as s:
        return [[r[0], r[1], r[2], r[3], r[4], label(str(r[5])), label(str(r[6])),
                 label(str(r[7])), r[8], label(str(r[9])), r[10], r[11], r[12], r[13]]
                for r in s.execute(stmt)]


def export_reps(db: Database, path: str | Path, *, team_id: int | None = None,
                progress: Progress | None = None) -> int:
    """Write reps to CSV or XLSX (by the suffix); formula-like text is neutralised. Returns rows."""
    rows = export_rows(db, team_id=team_id)
    count = write_table(path, EXPORT_HEADERS, rows)
    if progress:
        progress.step(count, count, "")
    return count
