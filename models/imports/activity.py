"""`repdesk import activity FILE`: daily key numbers, or the call log of a phone system.

Daily numbers, one row per rep and day, in either shape:
- wide: `Rep, Date, Calls made, Cold calls, CRM actions, …` (a column per metric, by name or key);
- long: `Rep, Date, Metric, Value`.
A call log (recognised by a Direction or Duration column): one row per call with `Time` (or
`Date` and `Time`), `Rep`, `Duration`, `Direction` (and optionally `Type` containing 'cold'):
outbound calls are counted into 'Calls made' per rep and day (cold ones also into 'Cold calls'),
replacing what that day held. Zoho CRM's Calls export (`Call Owner`, `Call Type`, `Call Start
Time`, …), Aircall's call history (`User name`, `Call direction`), 3CX's call log (the user is a
party of the call: `From` of an outbound call, `To` of an inbound one) and Asterisk's headerless
`Master.csv` (cdr_csv) are read too; an inbound call no user took is counted in the result, not a
bad row; a log that never says which calls were outbound counts none of them as calls made and
says so.

The rep is matched by id, e-mail or full name (in a CDR: by the extension set as the rep's phone,
or the caller id name). Every bad row is reported with its spreadsheet row
number and the reason, and nothing is written — unless `skip_bad`, which imports the good rows.
Writing goes through `bulk_upsert` (executemany on SQLite; on PostgreSQL COPY into a staging table,
then one INSERT held to the login's row security) in one transaction, which rebuilds the touched
weeks of the rollup.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from models.db.activity import ActivityMetric
from models.db.core import Rep
from models.db.database import Database
from models.db.private_columns import reads_private_details
from models.domain.progress import Progress
from models.imports.batches import changed_cells, record_batch
from models.imports.locks import import_transaction
from models.imports.tabular import (FieldSpec, ImportFileError, ImportRejected, RowError, Table,
                                    detect_date_order, match_columns, normalize_header,
                                    parse_date, parse_datetime, parse_whole_number,
                                    read_table)
from models.services.activity import MAX_DAILY_VALUE, bulk_upsert

REP = FieldSpec("rep", ("rep name", "name", "sales rep", "salesperson", "agent", "user", "email",
                        "e-mail", "rep email", "rep id", "employee", "call owner",
                        "user email", "user name"), required=True)
DATE = FieldSpec("date", ("day", "datum", "fecha", "tanggal", "petsa"), required=True)
METRIC = FieldSpec("metric", ("kpi", "measure", "activity"))
VALUE = FieldSpec("value", ("count", "number", "amount", "qty", "quantity"))
TIME = FieldSpec("time", ("start", "start time", "call time", "date time", "datetime", "timestamp",
                          "date", "started", "call start time", "started at"), required=True)
CLOCK = FieldSpec("clock", ("time of day",))    # the time when the day is in a column of its own
DURATION = FieldSpec("duration", ("duration s", "duration sec", "seconds", "length", "talk time",
                                  "call duration", "call duration in seconds",
                                  "total duration"))
DIRECTION = FieldSpec("direction", ("call direction", "in out", "inbound outbound"))
# Never 'disposition' (ANSWERED, BUSY…): it says nothing about cold calling.
CALL_TYPE = FieldSpec("call_type", ("call type", "category"))
# The fields each kind of file is read with (and that --map may name, as its --help lists).
DAILY_FIELDS = [REP, DATE, METRIC, VALUE]
CALL_LOG_FIELDS = [TIME, REP, DURATION, DIRECTION, CALL_TYPE, CLOCK]
OUTBOUND = {"out", "outbound", "outgoing", "o", "dialled", "dialed"}
INBOUND = {"in", "inbound", "incoming", "i", "received", "missed"}
# A call between two extensions (3CX 'Internal'): no call to a customer, so no call made.
INTERNAL = {"internal", "intern", "extension"}


@dataclass
class ActivityImportResult:
    kind: str                      # 'daily numbers' | 'call log'
    cells: int = 0
    reps: int = 0
    days: int = 0
    calls: int = 0
    skipped: list[RowError] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)   # what the import did not do, and why
    unchanged: int = 0             # values the file gives that the cells already held
    batch_id: int | None = None    # the import's batch (models/imports/batches.py)

    def summary(self) -> str:
        text = f"{self.kind}: {self.cells} value(s) written for {self.reps} rep(s) over " \
               f"{self.days} day(s)"
        if self.unchanged:
            text += f", {self.unchanged} unchanged"
        if self.calls:
            text += f", from {self.calls} call(s)"
        for note in self.notes:
            text += f"; {note}"
        if self.skipped:
            text += f"; {len(self.skipped)} bad row(s) skipped:\n" + "\n".join(
                f"  {e}" for e in self.skipped)
        return text


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", (text or "").strip()).casefold()


class RepFinder:
    def __init__(self, session):
        self.by_email, self.by_name, self.ids = {}, {}, set()
        self.by_phone: dict[str, list[int]] = {}
        for rep_id, name, email in session.execute(select(Rep.id, Rep.full_name, Rep.email)):
            self.ids.add(rep_id)
            if email:
                self.by_email[email.casefold()] = rep_id
            self.by_name.setdefault(_fold(name), []).append(rep_id)
        if reads_private_details(session):      # the phone is a private column
            for rep_id, phone in session.execute(select(Rep.id, Rep.phone)):
                for number in _extensions(phone):
                    self.by_phone.setdefault(number, []).append(rep_id)

    def by_extension(self, text: str) -> int | None:
        """The one rep whose phone (or its extension) is this number; None if not one."""
        found = self.by_phone.get(re.sub(r"\D", "", text or ""), []) if text else []
        return found[0] if len(found) == 1 else None

    def by_caller_id(self, clid: str) -> int | None:
        """'"Budi Santoso" <201>' -> the one rep of that name; None if not one."""
        name = _CALLER_NAME.match((clid or "").strip())
        found = self.by_name.get(_fold(name.group(1)), []) if name else []
        return found[0] if len(found) == 1 else None

    def find(self, text: str) -> int:
        raw = (text or "").strip()
        if not raw:
            raise ValueError("no rep given")
        if raw.isdigit() and int(raw) in self.ids:
            return int(raw)
        if "@" in raw:
            if raw.casefold() in self.by_email:
                return self.by_email[raw.casefold()]
            raise ValueError(f"no rep has the e-mail {raw}")
        found = self.by_name.get(_fold(raw), [])
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            raise ValueError(f"{len(found)} reps are called {raw}: use their e-mail or id")
        raise ValueError(f"no rep called {raw}")


_CALLER_NAME = re.compile(r'"?([^"<]+?)"?\s*<[^>]*>$')
_PHONE_EXTENSION = re.compile(r"(?:x|ext\.?|extension)\s*(\d+)\s*$", re.IGNORECASE)


def _extensions(phone: str | None) -> set[str]:
    """The numbers a phone system may log for this phone: all its digits ('+62 21 5550201'
    -> '62215550201'), and its extension when written ('+62 21 5550 x201' -> '201')."""
    if not phone:
        return set()
    found = {re.sub(r"\D", "", phone)} - {""}
    ext = _PHONE_EXTENSION.search(phone)
    if ext:
        found |= {ext.group(1), re.sub(r"\D", "", phone[:ext.start()])} - {""}
    return found


def _metrics(session) -> dict[str, int]:
    """Normalised key and name -> metric id."""
    out = {}
    for m in session.scalars(select(ActivityMetric).where(ActivityMetric.active.is_(True))):
        out[normalize_header(m.key)] = m.id
        out[normalize_header(m.name)] = m.id
    return out


def _count(text: str) -> int | None:
    """A whole number of 0 or more; '1.000' and '1,000' are refused, not read as 1 (which one?)."""
    raw = (text or "").strip()
    if not raw:
        return None
    try:
        number = parse_whole_number(raw, None)
    except ValueError as error:
        raise ValueError(f"'{text}' is not a count: {error}") from None
    if not 0 <= number <= MAX_DAILY_VALUE:
        raise ValueError(f"'{text}' is not a count between 0 and {MAX_DAILY_VALUE:,}")
    return number


def is_call_log(headers: list[str], mapping: dict[str, str] | None = None) -> bool:
    keys = {normalize_header(h) for h in headers}
    mapped = set((mapping or {}).values())
    return (any(DURATION.matches(h) for h in headers) or "direction" in keys
            or bool(mapped & {"duration", "direction", "time", "clock"}))


def import_activity(db: Database, path: str | Path, *, skip_bad: bool = False,
                    mapping: dict[str, str] | None = None,
                    progress: Progress | None = None) -> ActivityImportResult:
    """`mapping` (file header -> field, from --map) names columns the synonyms miss."""
    progress = progress or Progress()
    table = read_table(path)
    if not table.rows and not is_asterisk_cdr(table.headers):
        raise ImportFileError(f"{Path(path).name} has no rows under its header.")
    progress.step(0, 3, "Checking rows…")
    with import_transaction(db, "activity", progress) as session:
        finder = RepFinder(session)
        metrics = _metrics(session)
        if is_asterisk_cdr(table.headers):
            result, rows, errors = _count_calls(_cdr_calls(cdr_table(table), finder), metrics)
        elif is_3cx_call_log(table.headers) and not mapping:
            result, rows, errors = _count_calls(_3cx_calls(table, finder), metrics)
        elif is_call_log(table.headers, mapping):
            result, rows, errors = _count_calls(_log_calls(table, finder, mapping), metrics)
        else:
            result, rows, errors = _daily(table, finder, metrics, mapping)
        if errors and not skip_bad:
            raise ImportRejected(errors, Path(path).name)
        result.skipped = errors
        progress.step(1, 3, f"Writing {len(rows):,} values…")
        # only the cells whose value changes are written, and kept old -> new in the batch
        changes = changed_cells(session, rows)
        bulk_upsert(session.connection(), [c[:4] for c in changes], user=db.user,
                    source=Path(path).name)
        result.cells, result.unchanged = len(changes), len(rows) - len(changes)
        record_batch(session, "activity", path, result, rows=len(table.rows), mapping=mapping,
                     options={"kind": result.kind}, cells=changes)
        result.reps = len({r[0] for r in rows})
        result.days = len({r[2] for r in rows})
        progress.step(3, 3, "Done")
    return result


def _daily(table: Table, finder: RepFinder, metrics: dict[str, int],
           mapping: dict[str, str] | None = None):
    columns = match_columns(table.headers, DAILY_FIELDS, mapping)
    order = detect_date_order(r[columns["date"]] for r in table.rows[:2000])
    long = "metric" in columns and "value" in columns
    metric_columns = {}
    if not long:
        taken = set(columns.values())
        for index, header in enumerate(table.headers):
            if index not in taken and normalize_header(header) in metrics:
                metric_columns[index] = metrics[normalize_header(header)]
        if not metric_columns:
            raise ImportFileError(
                "No column names a metric (" + ", ".join(sorted({h for h in table.headers})) +
                "). Name columns after the metrics (Calls made, Cold calls, CRM actions, …) or "
                "give Metric and Value columns.")
    rows: dict[tuple[int, int, dt.date], int] = {}
    errors: list[RowError] = []
    for number, cells in table.numbered():
        def cell(i: int) -> str:
            return cells[i] if i < len(cells) else ""
        try:
            table.check_fits(number)
            rep_id = finder.find(cell(columns["rep"]))
            day = parse_date(cell(columns["date"]), order)
            if day is None:
                raise ValueError("no date")
            if long:
                key = normalize_header(cell(columns["metric"]))
                if key not in metrics:
                    raise ValueError(f"unknown metric '{cell(columns['metric'])}'")
                value = _count(cell(columns["value"]))
                if value is not None:
                    rows[(rep_id, metrics[key], day)] = value
            else:
                for index, metric_id in metric_columns.items():
                    try:
                        value = _count(cell(index))
                    except ValueError as error:
                        raise ValueError(f"{table.headers[index]}: {error}") from None
                    if value is not None:
                        rows[(rep_id, metric_id, day)] = value
        except ValueError as error:
            errors.append(RowError(number, str(error)))
    return (ActivityImportResult("daily numbers"),
            [(r, m, d, v) for (r, m, d), v in rows.items()], errors)


# -- call logs -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Call:
    rep_id: int
    when: dt.datetime
    outbound: bool | None      # None: the file does not say which way the call went
    cold: bool = False


@dataclass(frozen=True)
class Untaken:
    """An inbound call that no user took (Aircall leaves the user of a missed call empty): it is
    nobody's call made, and not a bad row either."""
    row_number: int


def _count_calls(calls, metrics: dict[str, int]):
    """Count (Call | RowError) items into 'Calls made' (and 'Cold calls') per rep and day.

    Only an outbound call is a call made: inbound and missed calls are not. A file that never
    says which way a call went writes no 'Calls made' at all and says so, since counting every
    call would credit reps with calls they received. 'Cold calls' are written only when the log
    marks some call as cold: a log silent about it must not overwrite hand-entered cold calls.
    """
    calls_id, cold_id = metrics.get("calls"), metrics.get("coldcalls")
    if calls_id is None:
        raise ImportFileError("There is no 'calls' metric to count the calls into.")
    good, errors, untaken = [], [], []
    for item in calls:
        (errors if isinstance(item, RowError) else
         untaken if isinstance(item, Untaken) else good).append(item)
    result = ActivityImportResult("call log", calls=len(good))
    if untaken:
        result.notes.append(f"{len(untaken)} inbound call(s) that no user took were not counted "
                            "for anyone")
    if good and all(c.outbound is None for c in good):
        result.notes.append(
            f"the file does not say which calls were outbound, so its {len(good)} call(s) were "
            "not counted as calls made (inbound and missed calls are not calls made). Add a "
            "Direction column (Outbound/Inbound), or name the column that says it with "
            "--map \"Header=direction\".")
        return result, [], errors
    says_cold = cold_id is not None and any(c.cold for c in good)
    made: Counter = Counter()
    cold: Counter = Counter()
    for c in good:
        if c.outbound:
            made[(c.rep_id, c.when.date())] += 1
            cold[(c.rep_id, c.when.date())] += c.cold
    rows = []
    for key in sorted({(c.rep_id, c.when.date()) for c in good}):
        # a day in the log is complete: zero where the rep made no outbound call
        rows.append((key[0], calls_id, key[1], made[key]))
        if says_cold:
            rows.append((key[0], cold_id, key[1], cold[key]))
    return result, rows, errors


def _log_calls(table: Table, finder: RepFinder, mapping: dict[str, str] | None):
    """Call | RowError for each row of a call log with a header."""
    columns = match_columns(table.headers, CALL_LOG_FIELDS,
                            {**_date_and_time(table.headers), **(mapping or {})})
    _direction_from_type(table, columns)
    order = detect_date_order(_without_weekday(r[columns["time"]]) for r in table.rows[:2000])
    for number, cells in table.numbered():
        def cell(name: str) -> str:
            i = columns.get(name)
            return cells[i] if i is not None and i < len(cells) else ""
        try:
            table.check_fits(number)
            direction = _fold(cell("direction"))
            if not cell("rep").strip() and direction in INBOUND:
                yield Untaken(number)
                continue
            rep_id = finder.find(cell("rep"))
            when = parse_datetime(" ".join(filter(None, (_without_weekday(cell("time")),
                                                        cell("clock").strip()))), order)
            if when is None:
                raise ValueError("no call time")
            if "direction" in columns and direction not in OUTBOUND | INBOUND | INTERNAL:
                raise ValueError(f"direction '{cell('direction')}' is neither inbound nor "
                                 "outbound")
            if cell("duration").strip() and _duration(cell("duration")) < 0:
                raise ValueError("a negative duration")
        except ValueError as error:
            yield RowError(number, str(error))
            continue
        outbound = direction in OUTBOUND if "direction" in columns else None
        yield Call(rep_id, when, outbound, "cold" in _fold(cell("call_type")))


def _date_and_time(headers: list[str]) -> dict[str, str]:
    """RingCentral and others put the day and the time of day in columns 'Date' and 'Time':
    read them together rather than take 'Date' alone as the call time."""
    keys = {normalize_header(h): h for h in headers}
    if "date" in keys and "time" in keys:
        return {keys["date"]: "time", keys["time"]: "clock"}
    return {}


_WEEKDAY = re.compile(r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+", re.IGNORECASE)


def _without_weekday(text: str) -> str:
    """'Tue 11/24/2026' -> '11/24/2026': the weekday adds nothing the date does not say."""
    raw = (text or "").strip()
    match = _WEEKDAY.match(raw)
    return raw[match.end():] if match and raw[match.end():][:1].isdigit() else raw


def _direction_from_type(table: Table, columns: dict[str, int]) -> None:
    """Zoho CRM's 'Call Type' holds Inbound/Outbound/Missed: it is the direction, never a
    cold-call flag. A type column whose values are all directions is read as the direction."""
    if "direction" in columns or "call_type" not in columns:
        return
    index = columns["call_type"]
    values = {_fold(r[index]) for r in table.rows if index < len(r) and r[index].strip()}
    if values and values <= OUTBOUND | INBOUND:
        columns["direction"] = columns.pop("call_type")


# Asterisk cdr_csv writes Master.csv without a header, always in this order (uniqueid and
# userfield only when cdr.conf turns them on).
CDR_FIELDS = ("accountcode", "src", "dst", "dcontext", "clid", "channel", "dstchannel",
              "lastapp", "lastdata", "start", "answer", "end", "duration", "billsec",
              "disposition", "amaflags", "uniqueid", "userfield")
CDR_DISPOSITIONS = {"answered", "no answer", "busy", "failed", "congestion"}


def is_asterisk_cdr(headers: list[str]) -> bool:
    """The 'header' read_table took is a CDR record: a start time, whole seconds and a
    disposition where cdr_csv puts them."""
    if not 15 <= len(headers) <= len(CDR_FIELDS):
        return False
    try:
        start = parse_datetime(headers[9], "ymd")
    except ValueError:
        return False
    return (start is not None and headers[12].isdigit() and headers[13].isdigit()
            and _fold(headers[14]) in CDR_DISPOSITIONS)


def cdr_table(table: Table) -> Table:
    """The headerless Master.csv as a table: its first line is data (row 1), not a header."""
    width = len(table.headers)
    # Cells past the first line's width are an optional userfield, not a shifted row: only a
    # quote that swallowed lines is still a problem of the row.
    swallowed = {n: why for n, why in table.misaligned.items() if not why.startswith("the row has")}
    return Table(list(CDR_FIELDS[:width]), [list(table.headers)] + table.rows, table.source,
                 table.delimiter, [1] + (table.row_numbers or list(range(2, len(table.rows) + 2))),
                 swallowed)


def _cdr_calls(table: Table, finder: RepFinder):
    """Call | RowError for each Asterisk CDR. The rep is the side whose extension (or caller id
    name) the roster knows: the caller for an outbound call, the callee for an inbound one."""
    for number, cells in table.numbered():
        try:
            table.check_fits(number)
            src, dst, clid = cells[1].strip(), cells[2].strip(), cells[4]
            caller = finder.by_extension(src) or finder.by_caller_id(clid)
            callee = None if caller else finder.by_extension(dst)
            if caller is None and callee is None:
                raise ValueError(f"no rep has the extension {src or '(none)'} or "
                                 f"{dst or '(none)'} (set it as the rep's phone)")
            when = parse_datetime(cells[9], "ymd")
            if when is None:
                raise ValueError("no call start time")
            _duration(cells[12])
        except ValueError as error:
            yield RowError(number, str(error))
            continue
        yield Call(caller or callee, when, caller is not None)


# 3CX's call log (its Call History report, exported to CSV: Call Time, Call ID, From, To,
# Direction, Status, Ringing, Talking, …) has no user column: the user is a party of the call,
# written 'Budi Santoso (201)', in From for an outbound or internal call and in To for an inbound
# one; durations are h:mm:ss.
THREECX_HEADERS = {"calltime", "from", "to", "direction", "talking"}
CALL_FROM = FieldSpec("from")
CALL_TO = FieldSpec("to")
TALKING = FieldSpec("duration", ("talking",))
_PARTY = re.compile(r"(?P<name>.*?)\s*\((?P<ext>\d+)\)")


def is_3cx_call_log(headers: list[str]) -> bool:
    return THREECX_HEADERS <= {normalize_header(h) for h in headers}


def _party_rep(text: str, finder: RepFinder) -> int:
    """'Budi Santoso (201)' -> the rep whose phone is extension 201, else the rep of that name."""
    raw = (text or "").strip()
    party = _PARTY.fullmatch(raw)
    if party is None and raw.isdigit():
        party = {"name": "", "ext": raw}      # an extension alone (a number is never a rep id)
    elif party is None:
        return finder.find(raw)
    found = finder.by_extension(party["ext"])
    if found is None and party["name"]:
        try:
            found = finder.find(party["name"])
        except ValueError:
            found = None
    if found is None:
        raise ValueError(f"no rep has the extension {party['ext']} (set it as the rep's phone)"
                         + (f" or is called {party['name']}" if party["name"] else ""))
    return found


def _3cx_calls(table: Table, finder: RepFinder):
    """Call | Untaken | RowError for each row of a 3CX call log."""
    columns = match_columns(table.headers, [TIME, CALL_FROM, CALL_TO, DIRECTION, TALKING])
    order = detect_date_order(r[columns["time"]] for r in table.rows[:2000])
    for number, cells in table.numbered():
        def cell(name: str) -> str:
            i = columns.get(name)
            return cells[i] if i is not None and i < len(cells) else ""
        try:
            table.check_fits(number)
            direction = _fold(cell("direction"))
            if direction not in OUTBOUND | INBOUND | INTERNAL:
                raise ValueError(f"direction '{cell('direction')}' is neither inbound, outbound "
                                 "nor internal")
            when = parse_datetime(cell("time"), order)
            if when is None:
                raise ValueError("no call time")
            if cell("duration").strip():
                _duration(cell("duration"))
            if direction in INBOUND:
                try:
                    rep_id = _party_rep(cell("to"), finder)
                except ValueError:
                    yield Untaken(number)   # rang a queue or a user who is no rep
                    continue
            else:
                rep_id = _party_rep(cell("from"), finder)
        except ValueError as error:
            yield RowError(number, str(error))
            continue
        yield Call(rep_id, when, direction in OUTBOUND)


_CLOCK = re.compile(r"\d+(?::[0-5]\d){1,2}", re.ASCII)


def _duration(text: str) -> int:
    """'95', '1:35', '00:01:35' -> seconds; a fraction of a second is refused, not cut."""
    raw = text.strip()
    if _CLOCK.fullmatch(raw):
        seconds = 0
        for part in raw.split(":"):
            seconds = seconds * 60 + int(part)
        return seconds
    try:
        return parse_whole_number(raw, None)
    except ValueError:
        raise ValueError(f"duration '{text}' is not whole seconds or m:ss") from None
