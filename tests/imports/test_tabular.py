"""The shared import/export mechanics, without a database."""
import datetime as dt
from decimal import Decimal

import openpyxl
import pytest

from models.imports.tabular import (FieldSpec, ImportFileError, detect_date_order,
                                    detect_number_style, match_columns, neutralize,
                                    normalize_header, parse_date, parse_decimal,
                                    parse_map_option, read_table, write_table)


def test_csv_with_bom_semicolons_quotes_and_unicode(tmp_path):
    path = tmp_path / "reps.csv"
    path.write_bytes("\ufeffFull name;E-mail;Note\n"
                     "Γιώργος Παπαδόπουλος;gp@example.com;\"Athens; north\"\n"
                     "王秀英;wx@example.com;\"says \"\"hi\"\"\"\n".encode("utf-8"))
    table = read_table(path)
    assert table.headers == ["Full name", "E-mail", "Note"]
    assert table.rows[0] == ["Γιώργος Παπαδόπουλος", "gp@example.com", "Athens; north"]
    assert table.rows[1][2] == 'says "hi"'
    assert [n for n, _ in table.numbered()] == [2, 3]


def test_csv_in_windows_encoding_and_commas(tmp_path):
    path = tmp_path / "x.csv"
    path.write_bytes("Name,Amount\nJosé Niño,\"1,234.50\"\n".encode("cp1252"))
    table = read_table(path)
    assert table.rows == [["José Niño", "1,234.50"]]


def test_xlsx_formulas_come_in_as_text(tmp_path):
    path = tmp_path / "in.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["Name", "Value"])
    wb.active.append(["Ελένη", "=1+1"])
    wb.active.append(["Dewi", 12.0])
    wb.save(path)
    table = read_table(path)
    assert table.rows == [["Ελένη", "=1+1"], ["Dewi", "12"]]


def test_header_matching_ignores_case_punctuation_accents_and_knows_synonyms():
    fields = [FieldSpec("email", ("E-mail", "Email address")), FieldSpec("full_name", ("Name",), True)]
    assert normalize_header(" E-Mail Addréss ") == "emailaddress"
    assert match_columns(["NAME", "email address"], fields) == {"full_name": 0, "email": 1}
    assert match_columns(["Who", "mail"], fields, parse_map_option("Who=full_name, mail=email")) == \
        {"full_name": 0, "email": 1}
    with pytest.raises(ImportFileError, match="no column for full_name"):
        match_columns(["email"], fields)


def test_number_styles_are_detected_per_file():
    assert detect_number_style(["1,234.50", "99.95", "12"]) == "dot"
    assert detect_number_style(["1.234,50", "99,95", "12"]) == "comma"
    assert parse_decimal("1.234,50", "comma") == Decimal("1234.50")
    assert parse_decimal("$1,234.50", "dot") == Decimal("1234.50")
    assert parse_decimal("(20.00)") == Decimal("-20.00")
    assert parse_decimal("") is None
    with pytest.raises(ValueError):
        parse_decimal("abc")


def test_date_order_is_detected_per_file():
    assert detect_date_order(["03/04/2026", "25/04/2026"]) == "dmy"
    assert detect_date_order(["03/04/2026", "04/25/2026"]) == "mdy"
    assert detect_date_order(["2026-04-03"]) == "ymd"
    assert parse_date("25/04/2026", "dmy") == dt.date(2026, 4, 25)
    assert parse_date("04/25/2026", "mdy") == dt.date(2026, 4, 25)
    with pytest.raises(ValueError):
        parse_date("31/02/2026", "dmy")


@pytest.mark.parametrize("text", ["=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"])
def test_formula_text_is_neutralised(text):
    assert neutralize(text) == "'" + text


def test_exports_never_write_live_formulas(tmp_path):
    rows = [["=HYPERLINK(\"http://evil\",\"x\")", Decimal("12.50"), dt.date(2026, 1, 2)]]
    write_table(tmp_path / "out.csv", ["Name", "Amount", "Hired"], rows)
    assert (tmp_path / "out.csv").read_text("utf-8-sig").splitlines()[1].startswith("\"'=HYPERLINK")
    write_table(tmp_path / "out.xlsx", ["Name", "Amount", "Hired"], rows)
    ws = openpyxl.load_workbook(tmp_path / "out.xlsx").active
    assert ws["A2"].data_type == "s" and ws["A2"].value.startswith("=HYPERLINK")
    assert ws["B2"].value == 12.5
