"""`repdesk import activity FILE`: daily key numbers, or the call log of a phone system.

Daily numbers, one row per rep and day, in either shape:
- wide: `Rep, Date, Calls made, Cold calls, CRM actions, …` (a column per metric, by name or key);
- long: `Rep, Date, Metric, Value`.
A call log (recognised by a Direction or Duration column): one row per call with `Time`, `Rep`,
`Duration`, `Direction` (and optionally `Type` containing 'cold'): outbound calls are counted into
'Calls made' per rep and day (cold ones also into 'Cold calls'), replacing what that day held.

The rep is matched by id, e-mail or full name. Every bad row is reported with its spreadsheet row
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
from models.domain.progress import Progress
from models.imports.locks import import_transaction
from models.imports.tabular import (FieldSpec, ImportFileError, ImportRejected, RowError, Table,
                                    detect_date_order, match_columns, normalize_header,
                                    parse_date, parse_datetime, parse_whole_number,
                                    read_table)
from models.services.activity import MAX_DAILY_VALUE, bulk_upsert

REP = FieldSpec("rep", ("rep name", "name", "sales rep", "salesperson", "agent", "user", "email",
                        "e-mail", "rep email", "rep id", "employee"), required=True)
DATE = FieldSpec("date", ("day", "datum", "fecha", "tanggal", "petsa"), required=True)
METRIC = FieldSpec("metric", ("kpi", "measure", "activity"))
VALUE = FieldSpec("value", ("count", "number", "amount", "qty", "quantity"))
TIME = FieldSpec("time", ("start", "start time", "call time", "date time", "datetime", "timestamp",
                          "date", "started"), required=True)
DURATION = FieldSpec("duration", ("duration s", "duration sec", "seconds", "length", "talk time"))
DIRECTION = FieldSpec("direction", ("call direction", "in out", "inbound outbound"))
CALL_TYPE = FieldSpec("call_type", ("call type", "category", "disposition"))
OUTBOUND = {"out", "outbound", "outgoing", "o", "dialled", "dialed"}
INBOUND = {"in", "inbound", "incoming", "i", "received", "missed"}


@dataclass
class ActivityImportResult:
    kind: str                      # 'daily numbers' | 'call log'
    cells: int = 0
    reps: int = 0
    days: int = 0
    calls: int = 0
    skipped: list[RowError] = field(default_factory=list)

    def summary(self) -> str:
        text = f"{self.kind}: {self.cells} value(s) written for {self.reps} rep(s) over " \
               f"{self.days} day(s)"
        if self.calls:
            text += f", from {self.calls} call(s)"
        if self.skipped:
            text += f"; {len(self.skipped)} bad row(s) skipped:\n" + "\n".join(
                f"  {e}" for e in self.skipped)
        return text


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", (text or "").strip()).casefold()


class RepFinder:
    def __init__(self, session):
        self.by_email, self.by_name, self.ids = {}, {}, set()
        for rep_id, name, email in session.execute(select(Rep.id, Rep.full_name, Rep.email)):
            self.ids.add(rep_id)
            if email:
                self.by_email[email.casefold()] = rep_id
            self.by_name.setdefault(_fold(name), []).append(rep_id)

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


def is_call_log(headers: list[str]) -> bool:
    keys = {normalize_header(h) for h in headers}
    return any(DURATION.matches(h) for h in headers) or "direction" in keys


def import_activity(db: Database, path: str | Path, *, skip_bad: bool = False,
                    progress: Progress | None = None) -> ActivityImportResult:
    progress = progress or Progress()
    table = read_table(path)
    if not table.rows:
        raise ImportFileError(f"{Path(path).name} has no rows under its header.")
    progress.step(0, 3, "Checking rows…")
    with import_transaction(db, "activity", progress) as session:
        finder = RepFinder(session)
        metrics = _metrics(session)
        if is_call_log(table.headers):
            result, rows, errors = _call_log(table, finder, metrics)
        else:
            result, rows, errors = _daily(table, finder, metrics)
        if errors and not skip_bad:
            raise ImportRejected(errors, Path(path).name)
        result.skipped = errors
        progress.step(1, 3, f"Writing {len(rows):,} values…")
        bulk_upsert(session.connection(), rows, user=db.user, source=Path(path).name)
        result.cells = len(rows)
        result.reps = len({r[0] for r in rows})
        result.days = len({r[2] for r in rows})
        progress.step(3, 3, "Done")
    return result


def _daily(table: Table, finder: RepFinder, metrics: dict[str, int]):
    columns = match_columns(table.headers, [REP, DATE, METRIC, VALUE])
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


def _call_log(table: Table, finder: RepFinder, metrics: dict[str, int]):
    columns = match_columns(table.headers, [TIME, REP, DURATION, DIRECTION, CALL_TYPE])
    calls_id = metrics.get("calls")
    cold_id = metrics.get("coldcalls")
    if calls_id is None:
        raise ImportFileError("There is no 'calls' metric to count the calls into.")
    order = detect_date_order(r[columns["time"]] for r in table.rows[:2000])
    counts: Counter = Counter()
    seen_days: set[tuple[int, dt.date]] = set()
    errors: list[RowError] = []
    total = 0
    for number, cells in table.numbered():
        def cell(name: str) -> str:
            i = columns.get(name)
            return cells[i] if i is not None and i < len(cells) else ""
        try:
            table.check_fits(number)
            rep_id = finder.find(cell("rep"))
            when = parse_datetime(cell("time"), order)
            if when is None:
                raise ValueError("no call time")
            direction = _fold(cell("direction"))
            if "direction" in columns and direction not in OUTBOUND | INBOUND:
                raise ValueError(f"direction '{cell('direction')}' is neither inbound nor "
                                 "outbound")
            if cell("duration").strip():
                seconds = _duration(cell("duration"))
                if seconds < 0:
                    raise ValueError("a negative duration")
        except ValueError as error:
            errors.append(RowError(number, str(error)))
            continue
        day = when.date()
        seen_days.add((rep_id, day))
        total += 1
        if "direction" not in columns or direction in OUTBOUND:
            counts[(rep_id, calls_id, day)] += 1
            if cold_id and "cold" in _fold(cell("call_type")):
                counts[(rep_id, cold_id, day)] += 1
    rows = []
    for rep_id, day in seen_days:   # a day in the log is complete: zero where no outbound call
        rows.append((rep_id, calls_id, day, counts.get((rep_id, calls_id, day), 0)))
        if cold_id and "call_type" in columns:
            rows.append((rep_id, cold_id, day, counts.get((rep_id, cold_id, day), 0)))
    result = ActivityImportResult("call log", calls=total)
    return result, rows, errors


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
