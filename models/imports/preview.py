"""What an import file looks like before it is imported: its format, its first rows, and those
rows as they will land (field names, parsed values, and the reason of each cell that cannot be
read).

Only the start of the file is read (`read_head`), so a 100 MB export previews as fast as a small
one: a CSV's first megabyte or so, a workbook's first rows. The rules for each cell are the
importers' own (models/imports/*); the styles a whole import learns from every row (day/month
order, decimal comma) are learnt here from the rows shown, which the preview says.
"""
from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from models.domain.enums import label
from models.i18n import N_
from models.imports import activity, crm_layouts, evaluations, reps
from models.imports.tabular import (DELIMITERS, IGNORED, decode, FieldSpec, ImportFileError,
                                    Table,
                                    check_money, check_regular_file, check_xlsx_expansion,
                                    detect_date_order, detect_number_style, drop_report_footer,
                                    normalize_header, number_style_of_delimiter, parse_date,
                                    parse_datetime, parse_decimal, sniff_delimiter,
                                    table_from_records)

KINDS = {"reps": N_("Reps"), "deals": N_("Deals"), "activity": N_("Key numbers or a call log"),
         "evaluations": N_("Evaluations (mystery shopping, call reviews)")}   # shown as _(…)
IGNORE = IGNORED           # a column read as nothing (tabular.match_columns knows the word)
BY_HEADER = ""             # a column read by its header: a question, a metric of daily numbers
PREVIEW_ROWS = 50
HEAD_BYTES = 1 << 20       # a CSV's first megabyte holds far more than PREVIEW_ROWS rows
MAX_HEAD_BYTES = 16 << 20  # … unless its cells are huge: read more, up to this
DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "vertical bar"}
ENCODING_NAMES = {"utf-8-sig": "UTF-8", "cp1252": "Windows-1252", "cp1251": "Windows-1251",
                  "latin-1": "Latin-1", "utf-16": "UTF-16"}


@dataclass
class Head:
    """The first rows of a file and how it is written."""
    path: Path
    size: int
    table: Table               # the header and the first data rows only
    file_type: str             # 'CSV' | 'Excel workbook'
    encoding: str | None       # a CSV's, by its usual name ('UTF-8', 'Windows-1252', …)
    delimiter: str | None
    complete: bool             # the whole file was read (it has no more rows than shown)

    def describe(self) -> str:
        """'CSV, UTF-8, semicolon-separated, 12.3 MB' for the file step."""
        parts = [self.file_type]
        if self.encoding:
            parts.append(self.encoding)
        if self.delimiter:
            parts.append(f"{DELIMITER_NAMES.get(self.delimiter, repr(self.delimiter))}-separated")
        parts.append(file_size(self.size))
        return ", ".join(parts)


def file_size(size: int) -> str:
    if size >= 1 << 20:
        return f"{size / (1 << 20):,.1f} MB"
    if size >= 1 << 10:
        return f"{size / (1 << 10):,.0f} KB"
    return f"{size} bytes"


# -- reading the start of a file ----------------------------------------------------------------
def read_head(path: str | Path, rows: int = PREVIEW_ROWS) -> Head:
    """The header and first `rows` data rows, reading only as much of the file as they need.
    ImportFileError (one sentence) for what the import itself would refuse at once."""
    path = Path(path)
    check_regular_file(path)
    size = path.stat().st_size
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise ImportFileError(f"{path.name} is an old .xls workbook: save it as .xlsx or .csv.")
    if suffix in (".xlsx", ".xlsm"):
        table, complete = _xlsx_head(path, rows)
        return Head(path, size, table, "Excel workbook", None, None, complete)
    table, encoding, complete = _csv_head(path, rows)
    return Head(path, size, table, "CSV", encoding, table.delimiter, complete)


def _csv_head(path: Path, rows: int) -> tuple[Table, str, bool]:
    limit = HEAD_BYTES
    while True:
        with open(path, "rb") as fh:
            data = fh.read(limit + 1)
        complete = len(data) <= limit
        if not complete:
            data = _whole_lines(data[:limit])
        text, encoding = _decode(data, path.name)
        if "\x00" in text:
            raise ImportFileError(f"{path.name} contains a NUL character, so it is not a text CSV "
                                  f"file (a binary file, or a damaged export?).")
        delimiter = sniff_delimiter(text[:20_000])
        try:
            records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
        except csv.Error as error:
            raise ImportFileError(f"{path.name} is not a readable CSV file: {error}.") from None
        if not complete and records:
            records.pop()  # the last line read may end inside a quoted cell that goes on
        filled = sum(1 for r in records if any(c.strip() for c in r))
        if complete or filled > rows or limit >= MAX_HEAD_BYTES:
            break
        limit *= 4
    if complete:
        records = drop_report_footer(records, path.name)
    table = table_from_records(records, path.name, delimiter)
    return _first_rows(table, rows), encoding, complete and len(table.rows) <= rows


def _whole_lines(data: bytes) -> bytes:
    """The bytes up to the last line break, so that no line (or character) is cut in two."""
    if data.startswith(b"\xff\xfe"):
        end = data.rfind(b"\n\x00")
        return data[:end + 2] if end > 0 and end % 2 == 0 else data[:len(data) // 2 * 2]
    if data.startswith(b"\xfe\xff"):
        end = data.rfind(b"\x00\n")
        return data[:end + 2] if end > 0 and end % 2 == 0 else data[:len(data) // 2 * 2]
    end = data.rfind(b"\n")
    return data[:end + 1] if end > 0 else data


def _decode(data: bytes, source: str) -> tuple[str, str]:
    """The text as the import decodes it (tabular.decode), and the name of its encoding."""
    text = decode(data, source)
    for encoding in ("utf-16", "utf-8-sig", "cp1252", "cp1251", "latin-1"):
        try:
            if data.decode(encoding) == text:
                return text.removeprefix("\ufeff"), ENCODING_NAMES.get(encoding, encoding)
        except UnicodeDecodeError:
            continue
    return text.removeprefix("\ufeff"), "an 8-bit encoding"


def _xlsx_head(path: Path, rows: int) -> tuple[Table, bool]:
    import openpyxl
    from models.imports.tabular import _cell_text  # a workbook cell as the import reads it
    check_xlsx_expansion(path)
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=False)
    except Exception as error:
        raise ImportFileError(f"{path.name} is not a readable .xlsx workbook: {error}.") from None
    records: list[list[str]] = []
    complete = True
    try:
        for row in workbook.worksheets[0].iter_rows(min_row=1, values_only=True):
            records.append(["" if v is None else _cell_text(v) for v in row])
            if sum(1 for r in records if any(c.strip() for c in r)) > rows + 1:
                complete = False
                break
    except Exception as error:
        raise ImportFileError(f"{path.name} is not a readable .xlsx workbook: {error}.") from None
    finally:
        workbook.close()
    if complete:
        records = drop_report_footer(records, path.name)
    table = table_from_records(records, path.name)
    return _first_rows(table, rows), complete


def _first_rows(table: Table, rows: int) -> Table:
    numbers = table.row_numbers[:rows] if table.row_numbers else None
    kept = set(numbers or [])
    return dataclasses.replace(table, rows=table.rows[:rows], row_numbers=numbers,
                               misaligned={n: why for n, why in table.misaligned.items()
                                           if n in kept})


# -- what a file is ------------------------------------------------------------------------------
def activity_shape(headers: list[str], mapping: dict[str, str] | None = None) -> str:
    """'cdr' (Asterisk's headerless Master.csv), 'call log' or 'daily numbers'."""
    if activity.is_asterisk_cdr(headers):
        return "cdr"
    if activity.is_call_log(headers, {h: f for h, f in (mapping or {}).items()
                                      if f not in (IGNORE, BY_HEADER)}):
        return "call log"
    return "daily numbers"


def fields_of(kind: str, headers: list[str], mapping: dict[str, str] | None = None
              ) -> list[FieldSpec]:
    """The fields a column of this kind of file can fill (what --map accepts for it)."""
    if kind == "reps":
        return list(reps.FIELDS)
    if kind == "deals":
        return list(crm_layouts.FIELDS)
    if kind == "evaluations":
        return list(evaluations.FIELDS)
    shape = activity_shape(headers, mapping)
    return [] if shape == "cdr" else list(
        activity.CALL_LOG_FIELDS if shape == "call log" else activity.DAILY_FIELDS)


def detected_format(kind: str, headers: list[str]) -> str:
    """What the file was recognised as, in words: the CRM layout, the call log, the user export."""
    if kind == "deals":
        layout = crm_layouts.detect_layout(headers)
        return layout.name if layout else "A deals file (no known CRM layout)"
    if kind == "activity":
        return {"cdr": "Asterisk call records (Master.csv, no header row)",
                "call log": "A call log (one row per call)",
                "daily numbers": "Daily key numbers (one row per rep and day)"}[
            activity_shape(headers)]
    if kind == "reps":
        specs = {f.name: f for f in reps.FIELDS}
        split = any(specs["first_name"].matches(h) for h in headers) and not any(
            specs["full_name"].matches(h) for h in headers)
        return "A CRM user export (first and last name)" if split else "A list of reps"
    return "Evaluation results, one column per question"


def detect_mapping(kind: str, headers: list[str], saved: dict[str, str] | None = None
                   ) -> dict[str, str]:
    """Header -> field (or IGNORE) for every column: a saved mapping's choices for the headers
    it names, then the importer's own header matching (tabular.match_columns) for the rest."""
    saved = {h: f for h, f in (saved or {}).items() if h in headers}
    fields = fields_of(kind, headers, saved)
    known = {f.name for f in fields} | {IGNORE, BY_HEADER}
    mapping = {h: f for h, f in saved.items() if f in known}
    if kind == "activity" and not fields:
        return {h: IGNORE for h in headers}
    if kind == "activity" and activity_shape(headers, mapping) == "call log":
        # RingCentral's separate Date and Time columns: the importer reads them as one moment
        for header, name in activity._date_and_time(headers).items():
            mapping.setdefault(header, name)
    taken = {f for f in mapping.values() if f not in (IGNORE, BY_HEADER)}
    for spec in fields:
        if spec.name in taken:
            continue
        for header in headers:
            if header not in mapping and spec.matches(header):
                mapping[header] = spec.name
                taken.add(spec.name)
                break
    rest = BY_HEADER if reads_by_header(kind, headers) else IGNORE
    return {h: mapping.get(h, rest) for h in headers}


def reads_by_header(kind: str, headers: list[str]) -> bool:
    """Whether a column without a field is read by its header: an evaluation's question, or a
    daily-numbers file's metric."""
    return kind == "evaluations" or (kind == "activity"
                                     and activity_shape(headers) == "daily numbers")


def importer_mapping(mapping: dict[str, str]) -> dict[str, str]:
    """The mapping as the importers take it (--map): columns read by their header are left to
    the importer, which reads them so anyway."""
    return {h: f for h, f in mapping.items() if f != BY_HEADER}


def mapping_problem(kind: str, headers: list[str], mapping: dict[str, str]) -> str | None:
    """One sentence when the mapping cannot be imported: a required field without a column, or
    one field from two columns."""
    chosen = [f for f in mapping.values() if f not in (IGNORE, BY_HEADER)]
    doubled = sorted({f for f in chosen if chosen.count(f) > 1})
    if doubled:
        return (f"Each field can come from one column only; {', '.join(doubled)} is chosen "
                f"for more than one.")
    fields = fields_of(kind, headers, mapping)
    if kind == "reps":
        if not {"full_name", "first_name", "last_name"} & set(chosen):
            return "Choose the column that holds the rep's name (full_name, or first_name and last_name)."
        return None
    missing = [f.name for f in fields if f.required and f.name not in chosen]
    if missing:
        return f"Choose the column for {', '.join(missing)}: the import needs it."
    if kind == "deals" and not {"stage", "status"} & set(chosen):
        return "Choose the column for the deal's stage or status."
    return None


# -- the first rows as they will land ----------------------------------------------------------
@dataclass
class Cell:
    text: str                  # the value as it will be stored, in words
    problem: str | None = None


@dataclass
class Preview:
    head: Head
    columns: list[tuple[str, str]]           # (file header, field) of the columns read
    rows: list[tuple[int, list[Cell]]]       # (spreadsheet row number, cells)
    notes: list[str] = field(default_factory=list)

    @property
    def bad_cells(self) -> int:
        return sum(1 for _, cells in self.rows for c in cells if c.problem)


def preview(path: str | Path, kind: str, mapping: dict[str, str] | None = None,
            n: int = PREVIEW_ROWS, head: Head | None = None,
            metric_names: set[str] | None = None) -> Preview:
    """The first `n` rows of the file as `kind` with `mapping` (header -> field; detected when
    None) would read them. `metric_names` (normalised keys and names of the database's metrics)
    tells which columns of a daily-numbers file are metrics; without it none is read as one."""
    head = head or read_head(path, n)
    table = head.table
    mapping = mapping if mapping is not None else detect_mapping(kind, table.headers)
    if kind == "activity" and activity_shape(table.headers) == "cdr":
        table = activity.cdr_table(table)
        mapping = {h: h for h in activity.CDR_FIELDS[:len(table.headers)]}
    columns = [(i, h, mapping.get(h, IGNORE)) for i, h in enumerate(table.headers)]
    # Every column is shown; one read as nothing shows its text, under 'ignore'.
    read = [(i, h, _header_role(kind) if f == BY_HEADER and _read_by_header(
                kind, table, h, metric_names) else IGNORE if f == BY_HEADER else f)
            for i, h, f in columns]
    parsers = _parsers(kind, table, {f: i for i, _h, f in read})
    rows = []
    for number, cells in table.numbered():
        shape_problem = table.misaligned.get(number)
        row = []
        for index, header, name in read:
            text = cells[index] if index < len(cells) else ""
            row.append(_cell(parsers.get(name, _as_text), text))
        if shape_problem and row:
            row[0] = Cell(row[0].text, shape_problem)
        rows.append((number, row))
    notes = []
    if not head.complete:
        notes.append(f"The first {len(rows)} rows; dates and numbers are read in the style these "
                     f"rows show.")
    return Preview(head, [(h, f) for _i, h, f in read], rows, notes)


def _read_by_header(kind: str, table: Table, header: str, metric_names: set[str] | None) -> bool:
    """Evaluations read every other column as a question, daily numbers a column named after a
    metric: such a column is read though no field is chosen for it."""
    if kind == "evaluations":
        return bool(header.strip())
    return (kind == "activity" and activity_shape(table.headers) == "daily numbers"
            and normalize_header(header) in (metric_names or set()))


def _header_role(kind: str) -> str:
    """What a column read by its header is, shown where a field name would be."""
    return "question" if kind == "evaluations" else "metric column"


def _cell(parse: Callable[[str], str], text: str) -> Cell:
    if not text.strip():
        return Cell("")
    try:
        return Cell(parse(text.strip()))
    except ValueError as error:
        return Cell(text.strip(), str(error))


def _as_text(text: str) -> str:
    return text


def _parsers(kind: str, table: Table, columns: dict[str, int]) -> dict[str, Callable]:
    """Field -> how one cell of it is read (raising ValueError with the reason)."""
    def values(*names):
        return [r[columns[n]] for r in table.rows for n in names
                if n in columns and columns[n] < len(r)]

    date_fields = {"reps": ("hire_date", "end_date"),
                   "deals": ("expected_close", "closed_at", "lost_at", "created"),
                   "activity": ("date", "time"), "evaluations": ("date",)}[kind]
    order = detect_date_order([activity._without_weekday(v) for v in values(*date_fields)])

    def day(text):
        return parse_date(activity._without_weekday(text), order).isoformat()

    def moment(text):
        value = parse_datetime(activity._without_weekday(text), order)
        return value.strftime("%Y-%m-%d %H:%M" if value.time() != dt.time() else "%Y-%m-%d")

    parsers: dict[str, Callable] = {name: day for name in date_fields}
    if kind == "reps":
        for name in reps.ENUMS:
            parsers[name] = lambda text, name=name: label(reps._enum_value(name, text))
        parsers["is_active"] = _active_flag
    elif kind == "deals":
        style = detect_number_style(values("amount", "converted_amount"),
                                    number_style_of_delimiter(table.delimiter))
        parsers["amount"] = parsers["converted_amount"] = lambda t: _money(t, style)
        parsers["created"] = moment
        parsers["status"] = _deal_status
        for name in ("currency", "converted_currency"):
            parsers[name] = _currency_code
        from models.imports.deals import STORED_LENGTHS
        for name, limit in STORED_LENGTHS.items():
            parsers[name] = lambda t, name=name, limit=limit: _fits(t, name, limit)
    elif kind == "activity":
        parsers["time"] = moment
        parsers["value"] = parsers["metric column"] = lambda t: f"{activity._count(t):,}"
        parsers["duration"] = lambda t: _seconds(activity._duration(t))
        parsers["direction"] = _direction
        if activity_shape(table.headers) == "cdr":
            parsers["start"] = moment
            parsers["duration"] = parsers["billsec"] = lambda t: _seconds(activity._duration(t))
    elif kind == "evaluations":
        parsers["channel"] = lambda t: _word(t, evaluations.CHANNEL_WORDS, "a channel (store "
                                             "visit, field visit, phone, email, chat)")
        parsers["source"] = lambda t: _word(t, evaluations.SOURCE_WORDS, "a source (outside "
                                            "agency, quality department, own observation)")
    return parsers


def _active_flag(text: str) -> str:
    value = reps.ACTIVE_FLAGS.get(text.casefold())
    if value is None:
        raise ValueError(f"active '{text}' is not true or false")
    return label(value)


def _money(text: str, style: str | None) -> str:
    value = parse_decimal(text, style)
    check_money(value, text)
    if value is not None and value < 0:
        raise ValueError(f"negative amount '{text}'")
    return f"{value:,.2f}"


def _deal_status(text: str) -> str:
    if text.casefold() not in crm_layouts.STATUS_WORDS:
        return text   # a status column of stage names (amoCRM) is read as the stage
    return label(crm_layouts.STATUS_WORDS[text.casefold()])


def _currency_code(text: str) -> str:
    if len(text) != 3 or not text.isalpha():
        raise ValueError(f"currency '{text}' is not a 3-letter code")
    return text.upper()


def _fits(text: str, name: str, limit: int) -> str:
    if len(text) > limit:
        raise ValueError(f"{name.replace('_', ' ')} is {len(text):,} characters long; at most "
                         f"{limit} fit")
    return text


def _seconds(value: int) -> str:
    return f"{value // 60}:{value % 60:02d}"


def _direction(text: str) -> str:
    word = text.strip().casefold()
    if word in activity.OUTBOUND:
        return "Outbound"
    if word in activity.INBOUND:
        return "Inbound"
    raise ValueError(f"direction '{text}' is neither inbound nor outbound")


def _word(text: str, words: dict, what: str) -> str:
    found = words.get(normalize_header(text))
    if found is None:
        raise ValueError(f"'{text}' is not {what}")
    return label(found.value)


__all__ = ["Head", "Preview", "Cell", "read_head", "preview", "detect_mapping", "mapping_problem",
           "fields_of", "detected_format", "activity_shape", "KINDS", "IGNORE", "BY_HEADER",
           "importer_mapping", "reads_by_header", "DELIMITERS"]


def metric_keys(db) -> set[str]:
    """The normalised keys and names of the active metrics: the columns a daily-numbers file is
    read by (as models/imports/activity.py matches them)."""
    from sqlalchemy import select

    from models.db.activity import ActivityMetric
    with db.read() as s:
        rows = s.execute(select(ActivityMetric.key, ActivityMetric.name)
                         .where(ActivityMetric.active.is_(True))).all()
    return {normalize_header(text) for row in rows for text in row}
