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
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from enum import Enum
from pathlib import Path
from typing import Iterable, Sequence

from models.db.errors import RepdeskError

ENCODINGS = ("utf-8-sig", "cp1252", "latin-1")
DELIMITERS = ",;\t|"


class ImportFileError(RepdeskError):
    """The file as a whole cannot be imported (unreadable, unknown format, missing columns)."""


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

    def summary(self) -> str:
        text = f"{self.created} created, {self.updated} updated, {self.unchanged} unchanged"
        if self.skipped:
            text += f", {len(self.skipped)} bad row(s) skipped:\n" + "\n".join(
                f"  {e}" for e in self.skipped)
        return text


@dataclass
class Table:
    headers: list[str]
    rows: list[list[str]]          # every cell as text ('' for empty)
    source: str

    FIRST_DATA_ROW = 2

    def numbered(self) -> Iterable[tuple[int, list[str]]]:
        """(spreadsheet row number, cells) for each data row."""
        for offset, row in enumerate(self.rows):
            yield offset + self.FIRST_DATA_ROW, row


# -- reading ---------------------------------------------------------------------------------
def read_table(path: str | Path, *, sheet: str | None = None) -> Table:
    path = Path(path)
    if not path.exists():
        raise ImportFileError(f"There is no file {path}.")
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path, sheet)
    if suffix == ".xls":
        raise ImportFileError(f"{path.name} is an old .xls workbook: save it as .xlsx or .csv.")
    return _read_csv(path)


def decode(data: bytes, source: str) -> str:
    for encoding in ENCODINGS:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ImportFileError(f"{source}: the text encoding is not recognised; save it as UTF-8.")


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
    delimiter = sniff_delimiter(text[:20_000])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        records = [row for row in reader]
    except csv.Error as error:
        raise ImportFileError(f"{path.name} is not a readable CSV file: {error}.") from None
    records = [r for r in records if any(cell.strip() for cell in r)] if records else []
    if not records:
        raise ImportFileError(f"{path.name} is empty.")
    headers = [h.strip() for h in records[0]]
    width = len(headers)
    rows = [[c.strip() for c in (r + [""] * (width - len(r)))[:max(width, len(r))]]
            for r in records[1:]]
    return Table(headers, rows, path.name)


def _read_xlsx(path: Path, sheet: str | None) -> Table:
    import openpyxl  # defusedxml, when installed, makes openpyxl parse XML safely
    try:
        # data_only=False: a formula comes in as its text ('=…'), never as a computed value
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=False)
    except Exception as error:
        raise ImportFileError(f"{path.name} is not a readable .xlsx workbook: {error}.") from None
    try:
        ws = workbook[sheet] if sheet else workbook.worksheets[0]
        records = [["" if v is None else _cell_text(v) for v in row]
                   for row in ws.iter_rows(values_only=True)]
    finally:
        workbook.close()
    records = [r for r in records if any(cell.strip() for cell in r)]
    if not records:
        raise ImportFileError(f"{path.name} has no rows.")
    headers = [h.strip() for h in records[0]]
    while headers and not headers[-1]:
        headers.pop()
    rows = [[c.strip() for c in r[:len(headers)]] + [""] * (len(headers) - len(r)) for r in records[1:]]
    return Table(headers, rows, path.name)


def _cell_text(value) -> str:
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


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

    def matches(self, header: str) -> bool:
        key = normalize_header(header)
        return key == normalize_header(self.name) or key in {normalize_header(s) for s in self.synonyms}


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


def match_columns(headers: Sequence[str], fields: Sequence[FieldSpec],
                  overrides: dict[str, str] | None = None) -> dict[str, int]:
    """Field name -> column index. Overrides (header -> field) win; then names and synonyms."""
    known = {f.name for f in fields}
    result: dict[str, int] = {}
    normalized = [normalize_header(h) for h in headers]
    for header, field_name in (overrides or {}).items():
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
    return result


# -- numbers and dates ----------------------------------------------------------------------------
_NUMBER_CHARS = re.compile(r"[^\d,.\-+]")


def detect_number_style(values: Iterable[str]) -> str:
    """'dot' for 1,234.50 or 'comma' for 1.234,50, decided by the values that show it."""
    dot = comma = 0
    for raw in values:
        text = _NUMBER_CHARS.sub("", raw or "")
        if "," in text and "." in text:
            if text.rfind(",") > text.rfind("."):
                comma += 1
            else:
                dot += 1
        elif "," in text:
            tail = text.rsplit(",", 1)[1]
            if len(tail) != 3 or text.count(",") == 1 and len(tail) < 3:
                comma += 1  # 12,5 or 1234,50 is a decimal comma
        elif "." in text:
            tail = text.rsplit(".", 1)[1]
            if len(tail) != 3 or text.count(".") == 1 and len(tail) < 3:
                dot += 1
    return "comma" if comma > dot else "dot"


def parse_decimal(text: str, style: str = "dot") -> Decimal | None:
    """'€ 1.234,50' (comma style) -> Decimal('1234.50'); '' -> None; raises ValueError if not a number."""
    raw = (text or "").strip()
    if not raw:
        return None
    negative = raw.startswith("(") and raw.endswith(")")
    cleaned = _NUMBER_CHARS.sub("", raw)
    if style == "comma":
        cleaned = cleaned.replace(".", "").replace(",", ".")
    else:
        cleaned = cleaned.replace(",", "")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(f"'{raw}' is not a number") from None
    return -value if negative else value


_DATE_PARTS = re.compile(r"^(\d{1,4})[./\-](\d{1,2})[./\-](\d{1,4})")


def detect_date_order(values: Iterable[str]) -> str:
    """'ymd', 'dmy' or 'mdy', from values that can only be read one way (a part above 12)."""
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
    return "mdy" if mdy > dmy else "dmy"


def parse_date(text: str, order: str = "ymd") -> dt.date | None:
    """Parse '2026-07-31', '31/07/2026' (dmy), '07/31/2026' (mdy), '2026-07-31 14:00'; '' -> None."""
    raw = (text or "").strip()
    if not raw:
        return None
    m = _DATE_PARTS.match(raw)
    if not m:
        raise ValueError(f"'{raw}' is not a date")
    a, b, c = (int(x) for x in m.groups())
    if len(m.group(1)) == 4:
        year, month, day = a, b, c
    elif order == "mdy":
        month, day, year = a, b, c
    else:
        day, month, year = a, b, c
    if year < 100:
        year += 2000
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValueError(f"'{raw}' is not a valid date") from None


def parse_datetime(text: str, order: str = "ymd") -> dt.datetime | None:
    raw = (text or "").strip()
    if not raw:
        return None
    day = parse_date(raw, order)
    time_part = re.search(r"(\d{1,2}):(\d{2})(?::(\d{2}))?", raw[8:])
    if not time_part:
        return dt.datetime.combine(day, dt.time())
    h, mi, s = time_part.groups()
    return dt.datetime.combine(day, dt.time(int(h), int(mi), int(s or 0)))


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
