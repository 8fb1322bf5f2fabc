"""What every import and export shares: reading CSV/XLSX, matching headers to fields, reporting
bad rows, parsing numbers and dates in the file's own style, and writing files that are safe to
open in a spreadsheet.

Row numbers are the ones a user sees in a spreadsheet: the header is row 1, the first data row 2.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import re
import stat
import unicodedata
import zipfile
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Iterable, Sequence

from models.db.errors import RepdeskError
from models.imports.locks import note_columns

ENCODINGS = ("utf-8-sig", "cp1252", "latin-1")
DELIMITERS = ",;\t|"


class ImportFileError(RepdeskError):
    """The file as a whole cannot be imported (unreadable, unknown format, missing columns)."""


_LONG_QUOTE = re.compile(r"'([^']{81,})'")


def clip_quoted(text: str) -> str:
    """The text with each quoted value longer than 80 characters cut to its start: a reason that
    quotes a 100 KB cell stays one readable line."""
    return _LONG_QUOTE.sub(lambda m: f"'{m[1][:40]}…' ({len(m[1]):,} characters)", text)


@dataclass(frozen=True)
class RowError:
    row_number: int
    reason: str

    def __str__(self) -> str:
        return f"row {self.row_number}: {self.reason}"


class ImportRejected(RepdeskError):
    """Some rows are bad; nothing was written. `errors` lists every bad row."""

    def __init__(self, errors: Sequence[RowError], source: str = "the file"):
        self.errors = list(errors)
        shown = "\n".join(f"  {e}" for e in self.errors[:200])
        more = f"\n  … and {len(self.errors) - 200} more" if len(self.errors) > 200 else ""
        super().__init__(f"{len(self.errors)} bad row(s) in {source}; nothing was imported "
                         f"(use --skip-bad to import the good rows):\n{shown}{more}")


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: list[RowError] = field(default_factory=list)
    without_id: int = 0            # rows with no CRM id: matched on their names, never merged
    # Which of a file's amount columns was imported, when it has more than one kind (the deal's
    # own and a converted one): the user must be able to see which figures were stored.
    amounts_from: str | None = None
    # Rows with an amount but no currency anywhere in the file's row: new deals stored in
    # default_currency (an assumption the summary spells out), earlier ones kept theirs.
    currency_unknown: int = 0
    currency_kept: int = 0
    default_currency: str = "USD"
    new_reps: list[str] = field(default_factory=list)  # deal owners made reps (--create-reps)
    batch_id: int | None = None    # the import's batch (models/imports/batches.py); None: dry run
    columns: dict[str, str] = field(default_factory=dict)  # field -> the file header it was read from

    def summary(self) -> str:
        text = f"{self.created} created, {self.updated} updated, {self.unchanged} unchanged"
        if self.new_reps:
            text += f"; {len(self.new_reps)} new rep(s): {', '.join(self.new_reps)}"
        if self.amounts_from:
            text += f"; amounts are from {self.amounts_from}"
        if self.currency_unknown:
            assumed = self.currency_unknown - self.currency_kept
            kept = (f", {self.currency_kept} earlier deal(s) kept their currency"
                    if self.currency_kept else "")
            text += (f"; {self.currency_unknown} amount(s) named no currency: {assumed} new "
                     f"deal(s) were stored as {self.default_currency}, assumed{kept}. If the "
                     f"file's amounts are in another currency, import it again with --currency "
                     f"CODE (or add a currency column)")
        if self.without_id:
            text += (f"; {self.without_id} row(s) had no CRM id: each is a new deal unless an "
                     f"earlier import has one of the same title, account and rep")
        if self.skipped:
            text += f", {len(self.skipped)} bad row(s) skipped:\n" + "\n".join(
                f"  {e}" for e in self.skipped)
        return text


@dataclass
class Table:
    headers: list[str]
    rows: list[list[str]]          # every cell as text ('' for empty)
    source: str
    delimiter: str | None = None   # a CSV file's delimiter; None for a workbook
    # The spreadsheet row of each data row (blank lines are skipped but still counted); None:
    # consecutive rows from FIRST_DATA_ROW.
    row_numbers: list[int] | None = None
    # Row number -> why the row cannot be read as the header says (more filled cells than
    # columns, or lines of the file swallowed by an unclosed quote).
    misaligned: dict[int, str] = field(default_factory=dict)

    FIRST_DATA_ROW = 2

    def numbered(self) -> Iterable[tuple[int, list[str]]]:
        """(spreadsheet row number, cells) for each data row."""
        for offset, row in enumerate(self.rows):
            yield (self.row_numbers[offset] if self.row_numbers else
                   offset + self.FIRST_DATA_ROW), row

    def problems_of(self, row_number: int) -> list[str]:
        """The row's problems with the file's shape, to start its list of problems with."""
        return [self.misaligned[row_number]] if row_number in self.misaligned else []

    def check_fits(self, row_number: int) -> None:
        """Raise ValueError if the row does not fit the header."""
        if row_number in self.misaligned:
            raise ValueError(self.misaligned[row_number])


def table_from_records(records: list[list[str]], source: str,
                       delimiter: str | None = None) -> Table:
    """The header and data rows of a file's records, with each row's spreadsheet row number.

    A row with filled cells beyond the header is kept as it is and listed in `misaligned`: an
    unquoted ',' inside '1,234.50' shifts the cells after it, and reading such a row would store
    the wrong values in the wrong fields.
    """
    numbered = [(index + 1, record) for index, record in enumerate(records)
                if any(cell.strip() for cell in record)]
    if not numbered:
        raise ImportFileError(f"{source} is empty.")
    (_, header), data = numbered[0], numbered[1:]
    headers = [h.strip() for h in header]
    while headers and not headers[-1]:
        headers.pop()
    width = len(headers)
    table = Table(headers, [], source, delimiter, [])
    for row_number, record in data:
        cells = [c.strip() for c in record]
        extra = [c for c in cells[width:] if c]
        if extra:
            why = (f" (an unquoted '{delimiter}' inside a value?)" if delimiter else
                   ": its last cells have no column name")
            table.misaligned[row_number] = (
                f"the row has {width + len(extra)} or more filled cells but the header has "
                f"{width} columns{why}")
        elif (other := _other_delimiter(cells, width, delimiter)) is not None:
            table.misaligned[row_number] = (
                f"the whole line is in its first cell, separated by '{other}' where the file "
                f"uses '{delimiter}' (lines from another export pasted in?)")
        table.rows.append(cells[:width] + [""] * (width - len(cells)))
        table.row_numbers.append(row_number)
    return table


def _other_delimiter(cells: list[str], width: int, delimiter: str | None) -> str | None:
    """The other delimiter a line was written with, when its only filled cell is the first and
    holds as many of that delimiter as the header has columns to separate."""
    if not delimiter or width < 2 or not cells or any(c for c in cells[1:]):
        return None
    return next((d for d in DELIMITERS
                 if d != delimiter and cells[0].count(d) >= width - 1), None)


# -- reading ---------------------------------------------------------------------------------
# Limits that keep a hostile or mistaken file from exhausting memory: a CSV is read whole, and a
# workbook's sheets are XML that a small zip can expand a thousandfold (a "zip bomb").
MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_XLSX_UNCOMPRESSED = 500 * 1024 * 1024
MAX_XLSX_RATIO = 100
XLSX_RATIO_FROM = 50 * 1024 * 1024


def read_table(path: str | Path, *, sheet: str | None = None) -> Table:
    path = Path(path)
    check_regular_file(path)
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path, sheet)
    if suffix == ".xls":
        raise ImportFileError(f"{path.name} is an old .xls workbook: save it as .xlsx or .csv.")
    return _read_csv(path)


def check_regular_file(path: Path) -> None:
    """ImportFileError unless the path is an ordinary file of at most MAX_FILE_BYTES.

    A directory, a device such as /dev/zero or a pipe would either fail deep inside a reader with
    a traceback or never end; a file beyond the limit would be read whole into memory.
    """
    try:
        info = path.stat()
    except FileNotFoundError:
        raise ImportFileError(f"There is no file {path}.") from None
    except OSError as error:
        raise ImportFileError(f"{path} cannot be read: {error.strerror}.") from None
    if stat.S_ISDIR(info.st_mode):
        raise ImportFileError(f"{path} is a folder, not a file; choose a CSV or XLSX file.")
    if not stat.S_ISREG(info.st_mode):
        raise ImportFileError(f"{path} is not an ordinary file (a device or a pipe?); choose a "
                              f"CSV or XLSX file.")
    if info.st_size > MAX_FILE_BYTES:
        raise ImportFileError(f"{path.name} is too large ({info.st_size // 2**20} MB); files of "
                              f"up to {MAX_FILE_BYTES // 2**20} MB can be imported, so split it.")


def decode(data: bytes, source: str) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):   # Excel's "Unicode text" is UTF-16
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise ImportFileError(f"{source}: the UTF-16 text is damaged.") from None
    for encoding in ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if encoding == "cp1252" and _cyrillic_in_disguise(text):
            try:
                return data.decode("cp1251")
            except UnicodeDecodeError:
                pass
        return text
    raise ImportFileError(f"{source}: the text encoding is not recognised; save it as UTF-8.")


_WORD = re.compile(r"[^\W\d_]{3,}")


def _cyrillic_in_disguise(text: str) -> bool:
    """Whether Windows-1252 text is Russian (or other Cyrillic) saved as Windows-1251, which a
    Russian Excel writes: its words then read as runs of accented Latin letters ('Áþäæåò' for
    'Бюджет'). A Western word of three or more letters is never accented throughout, so when most
    accented words are, the bytes are Cyrillic."""
    accented = [w for w in _WORD.findall(text) if any(ch >= "\u00c0" for ch in w)]
    disguised = [w for w in accented if all("\u00c0" <= ch <= "\u00ff" for ch in w)]
    return len(disguised) >= 3 and 2 * len(disguised) > len(accented)


def number_style_of_delimiter(delimiter: str | None) -> str | None:
    """A semicolon-delimited file comes from a locale whose decimal separator is the comma
    (that is why Excel writes ';' there), so '25.000' in it is twenty-five thousand."""
    return "comma" if delimiter == ";" else None


def sniff_delimiter(sample: str) -> str:
    first_lines = [line for line in sample.splitlines()[:20] if line.strip()]
    if not first_lines:
        return ","
    try:
        return csv.Sniffer().sniff("\n".join(first_lines), delimiters=DELIMITERS).delimiter
    except csv.Error:
        header = first_lines[0]
        return max(DELIMITERS, key=header.count)


def _read_csv(path: Path) -> Table:
    text = decode(path.read_bytes(), path.name)
    if text.startswith("\ufeff"):
        text = text[1:]
    # Checked after decoding, since UTF-16 text is full of NUL bytes: a NUL in the text means a
    # binary file or a damaged export, and PostgreSQL cannot store it in any text column.
    if "\x00" in text:
        raise ImportFileError(f"{path.name} contains a NUL character, so it is not a text CSV "
                              f"file (a binary file, or a damaged export?).")
    delimiter = sniff_delimiter(text[:20_000])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        records = [row for row in reader]
    except csv.Error as error:
        raise ImportFileError(_csv_error_text(path.name, error, reader.line_num)) from None
    swallowed = swallowed_lines(records, delimiter, path.name)
    records = drop_report_footer(records, path.name)
    table = table_from_records(records, path.name, delimiter)
    table.misaligned.update(swallowed)
    return table


def _csv_error_text(source: str, error: csv.Error, line: int) -> str:
    """One sentence for a CSV the csv module cannot read; its cell limit (128 K characters) is
    met by a huge cell or by a quote that is never closed, which makes one cell of the rest."""
    if "field larger than field limit" in str(error):
        return (f"{source} has a cell of more than {csv.field_size_limit():,} characters by line "
                f"{line} (a quote (\") that is never closed?), so it is not imported.")
    return f"{source} is not a readable CSV file: {error}."


def swallowed_lines(records: list[list[str]], delimiter: str, source: str) -> dict[int, str]:
    """Row number -> reason, for each row where a quote that is never closed made one cell of
    many lines of the file.

    A cell may hold a line break (a note typed with Enter), but a cell whose lines look like whole
    rows of the file means the rows after an unmatched '"' were read as its text: they are not
    imported, and the row says so instead of passing for one deal with a long note.
    """
    width = len(records[0]) if records else 0
    found: dict[int, str] = {}
    line = 1
    for index, record in enumerate(records):
        for cell in record:
            swallowed = [text for text in cell.splitlines()[1:]
                         if width > 1 and text.count(delimiter) >= width - 1]
            if swallowed and index == 0:
                raise ImportFileError(f"{source}: a quote (\") in the header is never closed.")
            if swallowed:
                found[index + 1] = (
                    f"a quote (\") that is never closed makes one cell of lines {line}–"
                    f"{line + len(cell.splitlines()) - 1} of the file, {len(swallowed)} of them "
                    f"rows that were not read; fix the quote and import again")
                break
        line += 1 + sum(cell.count("\n") for cell in record)
    return found


# A Salesforce "Export Details" report ends with a footer of one-cell lines after the data:
# "Grand Totals (N records)", "Confidential Information - Do Not Distribute", a copyright line, and
# sometimes the report's name or who generated it.
_GRAND_TOTALS = re.compile(r"Grand Totals \((?P<n>[\d,.\s\u00a0]+) records?\)", re.IGNORECASE)
_FOOTER_STARTS = (_GRAND_TOTALS, re.compile(r"Confidential Information - Do Not Distribute",
                                            re.IGNORECASE))


def drop_report_footer(records: list[list[str]], source: str) -> list[list[str]]:
    """The records without a trailing report footer; its record count must match the data rows."""
    start = _footer_start(records)
    if start is None:
        return records
    data = [r for r in records[1:start] if any(cell.strip() for cell in r)]
    totals = _GRAND_TOTALS.fullmatch(_only_cell(records[start]))
    if totals:
        stated = int(re.sub(r"\D", "", totals["n"]))
        if stated != len(data):
            raise ImportFileError(
                f"{source}: the report's footer says {stated} records but the file has "
                f"{len(data)} data rows, so it is incomplete or edited; export it again.")
    return records[:start]


def _footer_start(records: list[list[str]]) -> int | None:
    """Index of the footer's first line: the first known footer line among the one-cell lines that
    end the file."""
    tail = len(records)
    while tail > 1 and _only_cell(records[tail - 1]) is not None:
        tail -= 1
    for index in range(tail, len(records)):
        if any(pattern.fullmatch(_only_cell(records[index])) for pattern in _FOOTER_STARTS):
            return index
    return None


def _only_cell(record: list[str]) -> str | None:
    """The text of a line with at most one non-empty cell ('' for a blank line), else None."""
    filled = [cell.strip() for cell in record if cell.strip()]
    if len(filled) > 1:
        return None
    return filled[0] if filled else ""


def _read_xlsx(path: Path, sheet: str | None) -> Table:
    import openpyxl  # defusedxml, when installed, makes openpyxl parse XML safely
    check_xlsx_expansion(path)
    try:
        # data_only=False: a formula comes in as its text ('=…'), never as a computed value
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=False)
    except Exception as error:
        raise ImportFileError(f"{path.name} is not a readable .xlsx workbook: {error}.") from None
    try:
        ws = workbook[sheet] if sheet else workbook.worksheets[0]
        # A read-only sheet believes its <dimension> tag, which some exporters write too small
        # (A1:B2 over 11 rows read 1 row of 2 columns): forget it and read every row there is.
        ws.reset_dimensions()
        # min_row=1: row numbers stay the sheet's own even when its first rows are empty
        records = [["" if v is None else _cell_text(v) for v in row]
                   for row in ws.iter_rows(min_row=1, values_only=True)]
    except KeyError:
        raise ImportFileError(f"{path.name} has no sheet named '{sheet}'.") from None
    except Exception as error:  # damaged sheet XML or a cell openpyxl cannot read ('inf')
        raise ImportFileError(f"{path.name} is not a readable .xlsx workbook: {error}.") from None
    finally:
        workbook.close()
    return table_from_records(drop_report_footer(records, path.name), path.name)


def check_xlsx_expansion(path: Path) -> None:
    """ImportFileError when the workbook's parts would expand far beyond the file (a zip bomb):
    the sizes are read from the zip's directory, before anything is decompressed."""
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, OSError) as error:
        raise ImportFileError(f"{path.name} is not a readable .xlsx workbook: {error}.") from None
    expanded = sum(entry.file_size for entry in entries)
    packed = sum(entry.compress_size for entry in entries)
    # The ratio counts only past a size that is harmless anyway: a small sheet of repeated rows
    # compresses very well too.
    bomb = expanded > XLSX_RATIO_FROM and expanded > MAX_XLSX_RATIO * packed
    if expanded > MAX_XLSX_UNCOMPRESSED or bomb:
        raise ImportFileError(
            f"{path.name} is too large: its sheets expand to {expanded // 2**20} MB "
            f"(at most {MAX_XLSX_UNCOMPRESSED // 2**20} MB, and at most {MAX_XLSX_RATIO} times "
            f"the file's size); save it as CSV or split it.")


def _cell_text(value) -> str:
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return _number_cell_text(value)
    return str(value)


def _number_cell_text(value: float) -> str:
    """A workbook's number as text that reads back as exactly that number in either style.

    Written plainly ('1e-05' is refused as text) and never as '1.234', which in a file that
    writes thousands with dots would read as 1234: a fourth decimal ('1.2340') keeps it 1.234.
    """
    if value.is_integer():
        return str(int(value))
    text = format(Decimal(repr(value)), "f")
    whole, _, fraction = text.partition(".")
    return text + "0" if len(fraction) == 3 else text


# -- headers -------------------------------------------------------------------------------------
def normalize_header(text: str) -> str:
    """'E-mail Address ' -> 'emailaddress': case, spaces, punctuation and accents ignored."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if ch.isalnum() and not unicodedata.combining(ch))


@dataclass(frozen=True)
class FieldSpec:
    name: str
    synonyms: tuple[str, ...] = ()
    required: bool = False
    # Headers matched only as written (case and spacing aside): 'Opportunity #' must not match a
    # column 'Opportunity', which normalising would make it.
    exact: tuple[str, ...] = ()

    def matches(self, header: str) -> bool:
        key = normalize_header(header)
        if _spaced(header) in {_spaced(e) for e in self.exact}:
            return True
        return key == normalize_header(self.name) or key in {normalize_header(s) for s in self.synonyms}


def _spaced(text: str) -> str:
    return " ".join(text.casefold().split())


def parse_map_option(text: str | None) -> dict[str, str]:
    """'Full Name=full_name,E-mail=email' -> {'Full Name': 'full_name', 'E-mail': 'email'}."""
    mapping: dict[str, str] = {}
    for part in (text or "").split(","):
        if not part.strip():
            continue
        if "=" not in part:
            raise ImportFileError(f"--map expects Header=field pairs separated by commas, not '{part}'.")
        header, field_name = part.rsplit("=", 1)
        mapping[header.strip()] = field_name.strip()
    return mapping


IGNORED = "ignore"   # --map "Header=ignore": the column is read as nothing


def match_columns(headers: Sequence[str], fields: Sequence[FieldSpec],
                  overrides: dict[str, str] | None = None) -> dict[str, int]:
    """Field name -> column index. Overrides (header -> field) win; then names and synonyms.

    An override to IGNORED keeps its column out of every field (and out of the questions and
    metrics read by header): it comes back under the key 'ignore:<index>'."""
    known = {f.name for f in fields}
    result: dict[str, int] = {}
    normalized = [normalize_header(h) for h in headers]
    for header, field_name in (overrides or {}).items():
        if field_name == IGNORED:
            field_name = f"{IGNORED}:{normalized.index(normalize_header(header))}" \
                if normalize_header(header) in normalized else IGNORED
            known.add(field_name)
        if field_name not in known:
            raise ImportFileError(f"--map names an unknown field '{field_name}'; known fields: "
                                  f"{', '.join(sorted(known))}.")
        try:
            result[field_name] = normalized.index(normalize_header(header))
        except ValueError:
            raise ImportFileError(f"--map names a column '{header}' that is not in the file; "
                                  f"its columns are: {', '.join(headers)}.") from None
    taken = set(result.values())
    for spec in fields:
        if spec.name in result:
            continue
        for index, header in enumerate(headers):
            if index not in taken and spec.matches(header):
                result[spec.name] = index
                taken.add(index)
                break
    missing = [f.name for f in fields if f.required and f.name not in result]
    if missing:
        raise ImportFileError(
            f"The file has no column for {', '.join(missing)}. Its columns are: "
            f"{', '.join(headers)}. Name the matching column with --map \"Header=field\".")
    note_columns(headers, {name: index for name, index in result.items()
                           if not name.startswith(IGNORED)})
    return result


# -- numbers and dates ----------------------------------------------------------------------------
# A value is read only if it reads back exactly; anything else is a ValueError with the reason, so
# the row is reported instead of being stored as a guess ('1e3' is not 13, '12abc34' is not 1234,
# '2026-05-10xyz' is not 10 May).
_NUMBER_CHARS = re.compile(r"[^\d,.\-+]")
_CURRENCY = re.compile(r"^(?:[A-Z]{3}|[$€£¥₹₽₩₺₴₱₦₪₫฿¢])\s*|\s*(?:[A-Z]{3}|[$€£¥₹₽₩₺₴₱₦₪₫฿¢])$")
# Thousands groups use one separator throughout: ',' (or a space or ') before a decimal point,
# '.' (or a space) before a decimal comma.
_NUMBER = {
    "dot": re.compile(r"[+-]?(?:\d{1,3}(?P<g>[, \u00a0\u202f'])\d{3}(?:(?P=g)\d{3})*|\d+)(?:\.\d+)?",
                      re.ASCII),
    "comma": re.compile(r"[+-]?(?:\d{1,3}(?P<g>[. \u00a0\u202f])\d{3}(?:(?P=g)\d{3})*|\d+)(?:,\d+)?",
                        re.ASCII),
}
_GROUPING = re.compile(r"[ \u00a0\u202f']")
MAX_MONEY = Decimal(10) ** 12          # Numeric(14, 2): twelve digits before the point


def detect_number_style(values: Iterable[str], default: str | None = None) -> str | None:
    """'dot' for 1,234.50 or 'comma' for 1.234,50, decided by the values that show it.

    When no value shows it, `default` (None: each value must then be unambiguous by itself).
    """
    dot = comma = 0
    for raw in values:
        text = _NUMBER_CHARS.sub("", raw or "")
        reads_dot, reads_comma = _reads_as(text, "dot"), _reads_as(text, "comma")
        if reads_dot and reads_comma and _number_in_style(text, "dot") != \
                _number_in_style(text, "comma"):
            continue  # '1.234' or '12,500': either style
        dot += reads_dot and not reads_comma
        comma += reads_comma and not reads_dot
    if comma == dot == 0:
        return default
    return "comma" if comma > dot else "dot"


def _reads_as(core: str, style: str) -> bool:
    return bool(_NUMBER[style].fullmatch(core))


def _number_in_style(core: str, style: str) -> Decimal:
    core = _GROUPING.sub("", core)
    if style == "comma":
        return Decimal(core.replace(".", "").replace(",", "."))
    return Decimal(core.replace(",", ""))


def parse_decimal(text: str, style: str | None = "dot") -> Decimal | None:
    """'€ 1.234,50' (comma style) -> Decimal('1234.50'); '' -> None; ValueError unless exactly a
    number. Style None: the file did not show its style, so '1.234' (1.234 or 1234?) is refused."""
    raw = (text or "").strip()
    if not raw:
        return None
    core = _CURRENCY.sub("", raw)
    negative = core.startswith("(") and core.endswith(")")
    if negative:
        core = _CURRENCY.sub("", core[1:-1].strip())
    styles = [style] if style else ["dot", "comma"]
    readings = {_number_in_style(core, s) for s in styles if _reads_as(core, s)}
    if not readings:
        raise ValueError(f"'{raw}' is not a number")
    if len(readings) > 1:
        raise ValueError(f"'{raw}' could be {' or '.join(str(r) for r in sorted(readings))}: "
                         f"the file does not show whether ',' or '.' is its decimal separator")
    value = readings.pop()
    return -value if negative else value


def parse_whole_number(text: str, style: str | None = "dot") -> int | None:
    """'1,000' -> 1000; '2.5' -> ValueError (never rounded or cut); '' -> None."""
    # Plain digits read the same in every style: most cells of a daily-numbers file are these,
    # and the full reading below costs about 50 µs a cell (a minute per million).
    if text.isdigit() and text.isascii():
        return int(text)
    value = parse_decimal(text, style)
    if value is None:
        return None
    if value != value.to_integral_value():
        raise ValueError(f"'{text.strip()}' is not a whole number")
    return int(value)


# Symbols that name one currency; '$' and '¥' name several, so they say nothing.
_SYMBOL_CURRENCY = {"€": "EUR", "£": "GBP", "₹": "INR", "₽": "RUB", "₩": "KRW", "₺": "TRY",
                    "₴": "UAH", "₱": "PHP", "₦": "NGN", "₪": "ILS", "₫": "VND", "฿": "THB"}
_CURRENCY_MARK = re.compile(r"^\(?\s*([A-Z]{3}|\S)|(\S|[A-Z]{3})\s*\)?$")


def currency_of_amount(text: str) -> str | None:
    """'EUR 1.234,50' or '1 234,50 €' -> 'EUR'; None when the amount names no single currency."""
    raw = (text or "").strip()
    for match in _CURRENCY_MARK.finditer(raw):
        mark = match.group(1) or match.group(2)
        if len(mark) == 3 and mark.isalpha() and mark.isupper():
            return mark
        if mark in _SYMBOL_CURRENCY:
            return _SYMBOL_CURRENCY[mark]
    return None


def check_money(value: Decimal | None, raw: str) -> None:
    """ValueError unless the amount fits a money column exactly (never rounded by the database)."""
    if value is None:
        return
    if abs(value) >= MAX_MONEY:
        raise ValueError(f"'{raw}' is too large an amount")
    if value != value.quantize(Decimal("0.01")):
        raise ValueError(f"'{raw}' has more than 2 decimal places")


# Dates: year first (ISO, optionally with a time and a UTC offset), day and month in the file's
# order, or a month name (Zoho's '15 Apr, 2021 00:02:00', 'Apr 15, 2021 12:02 AM').
_SEP = r"[./\-]"
_TIME = (r"(?:[T ]\s*(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2})(?:\.(?P<f>\d{1,6}))?)?"
         r"(?:\s*(?P<ampm>[AaPp][Mm]))?(?P<tz>\s*Z|\s*[+-]\d{2}:?\d{2})?)?")
_YMD = re.compile(rf"(?P<y>\d{{4}})(?P<sep>{_SEP})(?P<m>\d{{1,2}})(?P=sep)(?P<d>\d{{1,2}}){_TIME}",
                  re.ASCII)
_NUMERIC = re.compile(rf"(?P<a>\d{{1,2}})(?P<sep>{_SEP})(?P<b>\d{{1,2}})(?P=sep)"
                      rf"(?P<y>\d{{4}}|\d{{2}}){_TIME}", re.ASCII)
# Month names as the CRMs write them in the seeds' users' languages (English, Russian, Greek,
# Indonesian, Tagalog), abbreviated and in full, in both grammatical forms ('апреля', 'Απριλίου'),
# from the CLDR data babel carries rather than typed by hand. No name means two different months
# across these languages (checked when the table is built).
_MONTH_LOCALES = ("en", "ru", "el", "id", "fil")


def _plain(text: str) -> str:
    """Case, accents and a closing dot dropped: 'Μαΐου' -> 'μαιου', 'апр.' -> 'апр'."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).rstrip(".")


def _month_table() -> dict[str, int]:
    from babel.dates import get_month_names
    found: dict[str, set[int]] = {"sept": {9}, "сен": {9}}   # spellings CLDR lacks
    for locale in _MONTH_LOCALES:
        for width in ("abbreviated", "wide"):
            for context in ("format", "stand-alone"):
                for number, name in get_month_names(width, context, locale).items():
                    found.setdefault(_plain(name), set()).add(number)
    clashes = {name for name, numbers in found.items() if len(numbers) > 1}
    return {name: numbers.pop() for name, numbers in found.items() if name not in clashes}


_MONTHS = _month_table()
_MONTH_WORD = r"(?P<mon>[^\W\d_]+)"     # letters of any script
_RU_YEAR = r"(?:\s*г\.?)?"              # '15 апреля 2021 г.'
_DAY_MONTH_NAME = re.compile(
    rf"(?P<d>[0-9]{{1,2}})[ \-]{_MONTH_WORD}\.?,?[ \-](?P<y>[0-9]{{4}}){_RU_YEAR}{_TIME}")
_MONTH_NAME_DAY = re.compile(
    rf"{_MONTH_WORD}\.? (?P<d>[0-9]{{1,2}}),? (?P<y>[0-9]{{4}}){_TIME}")
# Chinese CRMs and a Chinese Excel write '2021年4月15日' (year first, so no order to guess).
_CJK_YMD = re.compile(rf"(?P<y>[0-9]{{4}})年\s*(?P<m>[0-9]{{1,2}})月\s*(?P<d>[0-9]{{1,2}})日{_TIME}")
_DATE_PARTS = re.compile(r"^(\d{1,4})[./\-](\d{1,2})[./\-](\d{1,4})")
FIRST_YEAR, LAST_YEAR = 1900, 2100   # outside: a placeholder such as 0001-01-01 or 9999-12-31


def detect_date_order(values: Iterable[str]) -> str | None:
    """'dmy' or 'mdy' from values that can only be read one way (a part above 12); 'ymd' for
    year-first files; None when nothing shows it (each date must then be unambiguous)."""
    dmy = mdy = 0
    for raw in values:
        m = _DATE_PARTS.match((raw or "").strip())
        if not m:
            continue
        a, b, c = m.groups()
        if len(a) == 4:
            return "ymd"
        if int(a) > 12:
            dmy += 1
        elif int(b) > 12:
            mdy += 1
    if dmy == mdy == 0:
        return None
    return "mdy" if mdy > dmy else "dmy"


def parse_date(text: str, order: str | None = "ymd") -> dt.date | None:
    """Parse '2026-07-31', '31/07/2026' (dmy), '07/31/2026' (mdy), '15 Apr, 2021', each
    optionally with a time; '' -> None; ValueError for anything else."""
    moment = parse_datetime(text, order)
    return None if moment is None else moment.date()


def parse_datetime(text: str, order: str | None = "ymd") -> dt.datetime | None:
    """As parse_date, with the time (naive, or aware when the text has a UTC offset)."""
    raw = (text or "").strip()
    if not raw:
        return None
    matches = _date_matches(raw, order)
    if not matches:
        raise ValueError(f"'{raw}' is not a date")
    readings = {_date_reading(m, o) for m, o in matches} - {None}
    if not readings:
        raise ValueError(f"'{raw}' is not a valid date")
    if len(readings) > 1:
        raise ValueError(f"'{raw}' could be day/month or month/day: the file has no date "
                         f"that shows which")
    return _checked_moment(raw, readings.pop())


def _date_matches(raw: str, order: str | None):
    """(match, part order) for each way the text can be read as a date."""
    for pattern, fixed in ((_YMD, "ymd"), (_CJK_YMD, "ymd"), (_DAY_MONTH_NAME, "name"),
                           (_MONTH_NAME_DAY, "name")):
        m = pattern.fullmatch(raw)
        if m:
            return [(m, fixed)]
    m = _NUMERIC.fullmatch(raw)
    if not m:
        return []
    orders = [order] if order in ("dmy", "mdy") else ["dmy", "mdy"]
    return [(m, o) for o in orders]


def _date_reading(m: re.Match, order: str) -> tuple | None:
    """(year, month, day, time parts…) as written, or None when this reading is no valid date."""
    groups = m.groupdict()
    if order == "name":
        month = _MONTHS.get(_plain(groups["mon"]))
        if month is None:
            return None
        day = int(groups["d"])
    elif order == "ymd":
        month, day = int(groups["m"]), int(groups["d"])
    else:
        first, second = int(groups["a"]), int(groups["b"])
        day, month = (first, second) if order == "dmy" else (second, first)
    year_text = groups["y"]
    year = _full_year(year_text)
    try:
        dt.date(year, month, day)
    except ValueError:
        return None
    return (year, month, day, groups["h"], groups["mi"], groups["s"], groups["f"],
            groups["ampm"], groups["tz"])


def _full_year(text: str) -> int:
    """'2026' -> 2026; a two-digit year as Excel reads it: 00–29 -> 2000s, 30–99 -> 1900s (a
    hire date '03/04/95' is 1995, not 2095)."""
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < 30 else 1900
    return year


def _checked_moment(raw: str, reading: tuple) -> dt.datetime:
    year, month, day, h, mi, s, f, ampm, tz = reading
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValueError(f"'{raw}' is outside the years {FIRST_YEAR}–{LAST_YEAR}")
    hour = int(h or 0)
    if ampm:
        if not 1 <= hour <= 12:
            raise ValueError(f"'{raw}' has an hour that is not 1–12 before AM/PM")
        hour = hour % 12 + (12 if ampm.casefold() == "pm" else 0)
    try:
        moment = dt.datetime(year, month, day, hour, int(mi or 0), int(s or 0),
                             int((f or "0").ljust(6, "0")))
    except ValueError:
        raise ValueError(f"'{raw}' has no valid time of day") from None
    return moment.replace(tzinfo=_offset(tz)) if tz else moment


def _offset(text: str) -> dt.timezone:
    text = text.strip()
    if text == "Z":
        return dt.timezone.utc
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    return dt.timezone(sign * dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))


# -- writing --------------------------------------------------------------------------------------
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralize(value):
    """Text that a spreadsheet would run as a formula gets a leading apostrophe (CWE-1236)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def write_table(path: str | Path, headers: Sequence[str], rows: Iterable[Sequence]) -> int:
    """Write CSV (UTF-8 with BOM, so spreadsheets see the encoding) or XLSX by the suffix.

    CSV: text that would run as a formula gets a leading apostrophe. XLSX: every text cell is
    written with the string type, so '=HYPERLINK(…)' stays the literal text (openpyxl would
    otherwise store it as a live formula); numbers and dates stay numbers and dates.
    """
    path = Path(path)
    count = 0
    if path.suffix.lower() == ".xlsx":
        import openpyxl
        from openpyxl.cell import WriteOnlyCell
        workbook = openpyxl.Workbook(write_only=True)
        sheet = workbook.create_sheet("Export")
        sheet.append([_text_cell(sheet, WriteOnlyCell, h) for h in headers])
        for row in rows:
            sheet.append([_xlsx_value(sheet, WriteOnlyCell, v) for v in row])
            count += 1
        workbook.save(path)
        return count
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow([neutralize(str(h)) for h in headers])
        for row in rows:
            writer.writerow([neutralize(_csv_value(v)) for v in row])
            count += 1
    return count


def _csv_value(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Enum):
        return str(value.value)
    return str(value)


def _text_cell(sheet, cell_class, text: str):
    cell = cell_class(sheet, value=text)
    cell.data_type = "s"  # never a formula, whatever the text starts with
    return cell


def _xlsx_value(sheet, cell_class, value):
    if value is None:
        return None
    if isinstance(value, Enum):
        value = value.value
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, (int, float, dt.date, dt.datetime, bool)):
        return value
    return _text_cell(sheet, cell_class, str(value))
