"""An XLSX of daily numbers imports like a CSV (dates as real dates, numbers as numbers)."""
import datetime as dt

from openpyxl import Workbook

from models.imports.activity import import_activity
from models.services import activity as svc
from tests.activity.test_import_cli import values


def test_xlsx_daily_numbers(small_db, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["Sales rep", "Date", "CRM actions", "Thank-you notes"])
    sheet.append(["王伟", dt.datetime(2026, 11, 16), 31, 9])
    sheet.append(["budi santoso", dt.date(2026, 11, 17), 28.0, None])
    path = tmp_path / "numbers.xlsx"
    book.save(path)
    result = import_activity(small_db, path)
    assert (result.cells, result.reps) == (3, 2)
    crm = svc.metric_by_key(small_db, "crm_actions").id
    notes = svc.metric_by_key(small_db, "thank_you_notes").id
    got = values(small_db)
    assert got[(2, crm, dt.date(2026, 11, 16))] == 31 and got[(2, notes, dt.date(2026, 11, 16))] == 9
    assert got[(4, crm, dt.date(2026, 11, 17))] == 28     # names match without regard to case
