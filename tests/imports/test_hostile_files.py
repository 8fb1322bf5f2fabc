"""Files that are not what an import expects: each is refused with one sentence, before anything
is read whole into memory or written."""
import os
import zipfile

import openpyxl
import pytest

from models.imports import tabular
from models.imports.tabular import ImportFileError, read_table


def test_a_nul_character_in_a_csv_is_refused(tmp_path):
    path = tmp_path / "deals.csv"
    path.write_bytes(b"Name,Amount\nAcme\x00,100\n")
    with pytest.raises(ImportFileError, match="NUL character"):
        read_table(path)


def test_utf16_text_is_not_mistaken_for_nul_characters(tmp_path):
    path = tmp_path / "deals.csv"
    path.write_bytes("Name\tAmount\nAcme\t100\n".encode("utf-16"))
    assert read_table(path).rows == [["Acme", "100"]]


def test_a_folder_is_refused(tmp_path):
    folder = tmp_path / "export.csv"
    folder.mkdir()
    with pytest.raises(ImportFileError, match="is a folder, not a file"):
        read_table(folder)


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_a_device_is_refused_without_reading_it():
    with pytest.raises(ImportFileError, match="not an ordinary file"):
        read_table("/dev/zero")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes")
def test_a_named_pipe_is_refused_without_waiting_on_it(tmp_path):
    pipe = tmp_path / "deals.csv"
    os.mkfifo(pipe)
    with pytest.raises(ImportFileError, match="not an ordinary file"):
        read_table(pipe)


def test_a_missing_file_says_so(tmp_path):
    with pytest.raises(ImportFileError, match="There is no file"):
        read_table(tmp_path / "nothing.csv")


def test_a_csv_over_the_limit_is_too_large(tmp_path, monkeypatch):
    monkeypatch.setattr(tabular, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "deals.csv"
    path.write_text("Name,Amount\n" + "Acme,100\n" * 200)   # 12 + 9 * 200 = 1,812 bytes
    with pytest.raises(ImportFileError, match="too large"):
        read_table(path)
    path.write_text("Name,Amount\n" + "Acme,100\n" * 100)   # 912 bytes: within the limit
    assert len(read_table(path).rows) == 100


def test_the_documented_limit_is_200_mb():
    assert tabular.MAX_FILE_BYTES == 200 * 1024 * 1024


def _workbook(path, rows):
    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(path)
    return path


def _bomb(path, sheet_bytes: int):
    """An .xlsx whose sheet XML is `sheet_bytes` of one repeated row: it packs ~1000:1."""
    _workbook(path, [["Name", "Amount"]])
    with zipfile.ZipFile(path) as original:
        parts = {name: original.read(name) for name in original.namelist()}
    row = b'<row><c t="inlineStr"><is><t>Acme</t></is></c></row>'
    body = row * (sheet_bytes // len(row))
    parts["xl/worksheets/sheet1.xml"] = (
        b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/'
        b'spreadsheetml/2006/main"><sheetData>' + body + b"</sheetData></worksheet>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as bomb:
        for name, data in parts.items():
            bomb.writestr(name, data)
    return path


def test_a_workbook_that_expands_far_beyond_its_size_is_too_large(tmp_path, monkeypatch):
    monkeypatch.setattr(tabular, "XLSX_RATIO_FROM", 1024 * 1024)
    path = _bomb(tmp_path / "bomb.xlsx", 4 * 1024 * 1024)
    assert path.stat().st_size < 100 * 1024               # 4 MB of XML in well under 100 KB
    with pytest.raises(ImportFileError, match="too large"):
        read_table(path)


def test_a_workbook_over_the_uncompressed_limit_is_too_large(tmp_path, monkeypatch):
    monkeypatch.setattr(tabular, "MAX_XLSX_UNCOMPRESSED", 1024 * 1024)
    path = _bomb(tmp_path / "big.xlsx", 2 * 1024 * 1024)
    with pytest.raises(ImportFileError, match="too large"):
        read_table(path)


def test_a_small_repetitive_workbook_still_reads(tmp_path):
    # Repeated rows pack well too; under the size where the ratio counts they are harmless.
    path = _bomb(tmp_path / "small.xlsx", 200 * 1024)
    assert read_table(path).rows[0] == ["Acme"]


def test_a_zip_that_is_no_workbook_says_so(tmp_path):
    path = tmp_path / "deals.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(ImportFileError, match="not a readable .xlsx workbook"):
        read_table(path)


def test_a_cell_beyond_the_csv_modules_limit_is_one_sentence(tmp_path):
    path = tmp_path / "deals.csv"
    path.write_text("Name,Note\nAcme,ok\nBeta,\"" + "x" * 200_000 + "\"\n")
    with pytest.raises(ImportFileError) as caught:
        read_table(path)
    assert str(caught.value) == ("deals.csv has a cell of more than 131,072 characters by line 3 "
                                 "(a quote (\") that is never closed?), so it is not imported.")
