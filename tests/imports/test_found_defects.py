"""Defects found by trying real files, each pinned: a workbook whose <dimension> tag understates
its size, a line written with another delimiter, and a disk that fills during an import."""
import re
import zipfile

import openpyxl
import pytest
from sqlalchemy import event, func, select

from desktop.main import main
from models.imports.tabular import read_table


def test_a_workbook_whose_dimension_tag_is_too_small_reads_every_row(tmp_path):
    # Some exporters write <dimension ref="A1:B2"/> whatever the sheet holds; a read-only
    # openpyxl sheet believed it and gave 1 row of 2 columns out of 10 rows of 4.
    full = tmp_path / "full.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Full name", "Email", "Team", "Hire date"])
    names = [f"Ρεπ {i}" for i in range(10)]
    for i, name in enumerate(names):
        ws.append([name, f"r{i}@example.com", "North", f"2026-01-{i + 1:02d}"])
    wb.save(full)
    small = tmp_path / "small_dimension.xlsx"
    with zipfile.ZipFile(full) as src, zipfile.ZipFile(small, "w", zipfile.ZIP_DEFLATED) as out:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data, n = re.subn(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:B2"', data)
                assert n == 1
            out.writestr(item, data)
    table = read_table(small)
    assert table.headers == ["Full name", "Email", "Team", "Hire date"]
    assert [row[0] for row in table.rows] == names
    assert table.rows[-1] == ["Ρεπ 9", "r9@example.com", "North", "2026-01-10"]


def test_a_line_written_with_another_delimiter_is_a_bad_row_not_a_name(tmp_path):
    path = tmp_path / "reps.csv"
    path.write_text("Full name,Email,Team\nAna Reyes,ana@example.com,North\n"
                    "Maria Santos;maria@example.com;North\n", "utf-8")
    table = read_table(path)
    assert table.problems_of(2) == []
    [why] = table.problems_of(3)
    assert "separated by ';' where the file uses ','" in why


def test_a_note_with_a_semicolon_in_a_filled_row_is_data(tmp_path):
    path = tmp_path / "notes.csv"
    path.write_text("Name,Note,Team\nAna,call back; then email; then visit,North\n", "utf-8")
    table = read_table(path)
    assert table.problems_of(2) == [] and table.rows[0][1] == "call back; then email; then visit"


def test_a_disk_that_fills_during_an_import_is_one_sentence_and_writes_nothing(
        tmp_path, capsys, monkeypatch):
    import models.db.database as database
    db_path = tmp_path / "company.sqlite"
    assert main(["--db", str(db_path), "db", "upgrade", "--create"]) == 0
    capsys.readouterr()
    rows = ["Full name,Email,Team"] + [f"Rep {i} {'x' * 200},rep{i}@example.com,North"
                                       for i in range(3000)]
    people = tmp_path / "reps.csv"
    people.write_text("\n".join(rows) + "\n", "utf-8")

    made = database._sqlite_engine

    def filling_engine(url):
        engine = made(url)

        @event.listens_for(engine, "connect")
        def _cap(dbapi_connection, _record):
            # Room for what the file holds now and a little more: the import's inserts fill it,
            # as a full disk would ("database or disk is full").
            pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
            dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 20}")
        return engine

    monkeypatch.setattr(database, "_sqlite_engine", filling_engine)
    code = main(["--db", str(db_path), "import", "reps", str(people)])
    err = capsys.readouterr().err
    assert code == 1
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert "full" in err and "nothing was" in err
    monkeypatch.undo()
    from models.db.core import Rep
    from models.db.migrate import open_database
    db = open_database(str(db_path), user="tester")
    try:
        with db.read() as s:
            assert s.scalar(select(func.count()).select_from(Rep)) == 0
    finally:
        db.dispose()
