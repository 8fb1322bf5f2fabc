"""Deal files with values no column can hold: bad rows with the reason, never a database error."""
import zipfile

import openpyxl
import pytest
from sqlalchemy import func, select

from models.db.funnel import Account, Deal
from models.imports.deals import UnknownStages, import_deals
from models.imports.tabular import ImportFileError, ImportRejected
from tests.funnel.helpers import add_people
from tests.funnel.test_import_deals import write_csv

HEADERS = ["Opportunity ID", "Opportunity Name", "Account Name", "Opportunity Owner", "Amount",
           "Stage"]


@pytest.fixture
def people(db):
    with db.write() as s:
        return [r.id for r in add_people(s)]


def deal_count(db):
    with db.read() as s:
        return s.execute(select(func.count(Deal.id))).scalar(), \
            s.execute(select(func.count(Account.id))).scalar()


def test_a_100_kb_cell_is_a_bad_row_and_nothing_is_written(db, people, tmp_path):
    huge = "x" * 100_000
    rows = [["006A1", "Pilot", "Acme", "Ana Reyes", "1,000.00", "Prospecting"],
            ["006A2", huge, "Acme", "Ana Reyes", "1,000.00", "Prospecting"],
            ["006A3", "Renewal", huge, "Ana Reyes", "1,000.00", "Prospecting"],
            [huge, "Upsell", "Acme", "Ana Reyes", "1,000.00", "Prospecting"]]
    with pytest.raises(ImportRejected) as caught:
        import_deals(db, write_csv(tmp_path / "report.csv", HEADERS, rows, "dot"))
    assert [(e.row_number, e.reason) for e in caught.value.errors] == [
        (3, "title is 100,000 characters long; at most 300 fit"),
        (4, "account is 100,000 characters long; at most 300 fit"),
        (5, "crm id is 100,000 characters long; at most 100 fit")]
    assert deal_count(db) == (0, 0)


def test_skipping_the_row_with_a_100_kb_cell_imports_the_rest(db, people, tmp_path):
    rows = [["006A1", "Pilot", "Acme", "Ana Reyes", "1,000.00", "Prospecting"],
            ["006A2", "y" * 100_000, "Acme", "Ana Reyes", "1,000.00", "Prospecting"]]
    report = import_deals(db, write_csv(tmp_path / "report.csv", HEADERS, rows, "dot"),
                          skip_bad=True)
    assert (report.created, [e.row_number for e in report.skipped]) == (1, [3])


def test_a_title_of_exactly_the_column_length_fits(db, people, tmp_path):
    rows = [["006A1", "t" * 300, "Acme", "Ana Reyes", "1,000.00", "Prospecting"]]
    report = import_deals(db, write_csv(tmp_path / "report.csv", HEADERS, rows, "dot"))
    assert report.created == 1


def test_infinite_and_nan_amounts_are_bad_rows(db, people, tmp_path):
    rows = [["006A1", "Pilot", "Acme", "Ana Reyes", amount, "Prospecting"]
            for amount in ("inf", "NaN", "-Infinity", "1e400")]
    for number, row in enumerate(rows):
        row[0] = f"006A{number}"
    with pytest.raises(ImportRejected) as caught:
        import_deals(db, write_csv(tmp_path / "report.csv", HEADERS, rows, "dot"))
    assert [e.reason for e in caught.value.errors] == [
        "amount: 'inf' is not a number", "amount: 'NaN' is not a number",
        "amount: '-Infinity' is not a number", "amount: '1e400' is not a number"]
    assert deal_count(db) == (0, 0)


def _workbook_with_amount(path, literal: bytes):
    """A workbook whose Amount cell's XML holds `literal`, which openpyxl itself never writes."""
    wb = openpyxl.Workbook()
    wb.active.append(HEADERS)
    wb.active.append(["006A1", "Pilot", "Acme", "Ana Reyes", 12345.678, "Prospecting"])
    wb.save(path)
    with zipfile.ZipFile(path) as original:
        parts = {name: original.read(name) for name in original.namelist()}
    sheet = "xl/worksheets/sheet1.xml"
    parts[sheet] = parts[sheet].replace(b"<v>12345.678</v>", b"<v>" + literal + b"</v>")
    with zipfile.ZipFile(path, "w") as rewritten:
        for name, data in parts.items():
            rewritten.writestr(name, data)
    return path


def test_an_amount_that_overflows_to_infinity_in_a_workbook_is_a_bad_row(db, people, tmp_path):
    # 1e400 is read by openpyxl as float('inf')
    with pytest.raises(ImportRejected) as caught:
        import_deals(db, _workbook_with_amount(tmp_path / "report.xlsx", b"1e400"))
    assert [(e.row_number, e.reason) for e in caught.value.errors] == [
        (2, "amount: 'Infinity' is not a number")]
    assert deal_count(db) == (0, 0)


@pytest.mark.parametrize("literal", [b"inf", b"NaN"])
def test_a_workbook_cell_openpyxl_cannot_read_is_an_unreadable_file(db, people, tmp_path,
                                                                   literal):
    with pytest.raises(ImportFileError, match="not a readable .xlsx workbook"):
        import_deals(db, _workbook_with_amount(tmp_path / "report.xlsx", literal))
    assert deal_count(db) == (0, 0)


def test_a_100_kb_cell_is_quoted_by_its_start_only(db, people, tmp_path):
    huge = "z" * 100_000
    rows = [["006A1", "Pilot", "Acme", huge, "1,000.00", "Prospecting"],
            ["006A2", "Renewal", "Acme", "Ana Reyes", huge, "Prospecting"]]
    with pytest.raises(ImportRejected) as caught:
        import_deals(db, write_csv(tmp_path / "report.csv", HEADERS, rows, "dot"))
    short = f"'{'z' * 40}…' (100,000 characters)"
    assert [(e.row_number, e.reason) for e in caught.value.errors] == [
        (2, f"no rep named or with e-mail {short}"),
        (3, f"amount: {short} is not a number")]
    assert len(str(caught.value)) < 500
    assert deal_count(db) == (0, 0)


def test_a_100_kb_stage_name_is_quoted_by_its_start_only(db, people, tmp_path):
    rows = [["006A1", "Pilot", "Acme", "Ana Reyes", "1,000.00", "s" * 100_000]]
    with pytest.raises(UnknownStages) as caught:
        import_deals(db, write_csv(tmp_path / "report.csv", HEADERS, rows, "dot"))
    assert f"'{'s' * 40}…' (100,000 characters)" in str(caught.value)
    assert len(str(caught.value)) < 500
