"""Importing and exporting reps on both databases: encodings, delimiters, scripts, bad rows."""
import datetime as dt

import openpyxl
import pytest
from sqlalchemy import func, select

from desktop.cli import build_parser, run_command
from models.db.core import Agency, AuditEntry, Rep, Team
from models.imports.reps import export_reps, import_reps, missing_teams
from models.imports.tabular import ImportRejected

HEADER = "Full Name,E-mail,Team,Start date,Role,Work mode\n"
ROWS = ("Ελένη Παπαδοπούλου,eleni@example.com,Athens Field,2024-03-01,Sales rep,Field\n"
        "王小明,wang@example.com,上海 Inside,2023-11-15,SDR,Remote\n"
        '"Cruz, Ana Marie",ana@example.com,"Cebu North, Field",2025-01-06,Sales rep,Field\n'
        "Budi Santoso,budi@example.com,Athens Field,2022-07-01,Account executive,Office\n")


def reps(db):
    with db.read() as s:
        return {r.full_name: r for r in s.execute(select(Rep)).scalars()}


@pytest.mark.parametrize("bom,delimiter", [(False, ","), (True, ","), (True, ";"), (False, "\t")])
def test_import_utf8_any_delimiter_any_script(db, tmp_path, bom, delimiter):
    text = HEADER + ROWS
    if delimiter != ",":
        import csv
        import io
        rows = list(csv.reader(io.StringIO(text)))
        out = io.StringIO()
        csv.writer(out, delimiter=delimiter, lineterminator="\n").writerows(rows)
        text = out.getvalue()
    path = tmp_path / "reps.csv"
    path.write_bytes(("\ufeff" if bom else "").encode() + text.encode("utf-8"))
    report = import_reps(db, path)
    assert (report.created, report.updated) == (4, 0)
    got = reps(db)
    assert set(got) == {"Ελένη Παπαδοπούλου", "王小明", "Cruz, Ana Marie", "Budi Santoso"}
    assert got["Cruz, Ana Marie"].hire_date == dt.date(2025, 1, 6)
    assert got["王小明"].role == "sdr" and got["王小明"].work_mode == "remote"
    with db.read() as s:
        teams = set(s.execute(select(Team.name)).scalars())
        # SQLite: the import's own bulk record; PostgreSQL: the server's trigger, row by row
        audited = s.execute(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.table_name == "reps",
            AuditEntry.action.in_(("bulk_insert", "insert")))).scalar()
    assert teams == {"Athens Field", "上海 Inside", "Cebu North, Field"}
    assert audited == 4

    again = import_reps(db, path)  # re-import: matched by email, nothing duplicated
    assert (again.created, again.updated, again.unchanged) == (0, 0, 4)
    assert len(reps(db)) == 4


def test_rows_match_by_name_and_team_without_email_and_update(db, tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("Name,Team,Phone\nΝίκος Παππάς,Athens,+30 1\n", encoding="utf-8")
    import_reps(db, path)
    path.write_text("name ,TEAM,Phone number\nΝίκος Παππάς,Athens,+30 2\n", encoding="utf-8")
    report = import_reps(db, path)
    assert (report.created, report.updated) == (0, 1)
    assert reps(db)["Νίκος Παππάς"].phone == "+30 2"


def test_bad_rows_import_nothing_and_are_all_listed(db, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text(HEADER + ROWS +
                    ",nobody@example.com,Athens Field,2024-01-01,Sales rep,Field\n"
                    "Maria Reyes,not-an-email,Athens Field,2024-01-01,Sales rep,Field\n"
                    "Juan Cruz,juan@example.com,Athens Field,31/02/2024,Sales rep,Field\n"
                    "Lee Wong,lee@example.com,Athens Field,2024-01-01,Astronaut,Field\n"
                    "Ana Lim,eleni@example.com,Athens Field,2024-01-01,Sales rep,Field\n",
                    encoding="utf-8")
    with pytest.raises(ImportRejected) as caught:
        import_reps(db, path)
    numbers = [e.row_number for e in caught.value.errors]
    assert numbers == [6, 7, 8, 9, 10]
    message = str(caught.value)
    assert "row 6: A name is required." in message
    assert "row 7: “not-an-email” is not a valid email address." in message
    assert "row 8: hire date" in message and "row 9: role 'Astronaut'" in message
    assert "row 10: the email eleni@example.com is also on row 2" in message
    assert reps(db) == {}

    report = import_reps(db, path, skip_bad=True)
    assert report.created == 4 and [e.row_number for e in report.skipped] == numbers
    assert len(reps(db)) == 4


def test_map_option_agency_and_missing_teams(db, tmp_path):
    with db.write() as s:
        s.add(Agency(name="Ελληνικές Πωλήσεις Α.Ε."))
        s.add(Team(name="Athens Field"))
    path = tmp_path / "m.csv"
    path.write_text("Nombre;Correo;Equipo;Agency\n"
                    "Γιώργος Νικολάου;g@example.com;Athens Field;ελληνικες πωλησεις αε\n"
                    "Lito Santos;l@example.com;Manila Field;\n", encoding="utf-8")
    mapping = {"Nombre": "full_name", "Correo": "email", "Equipo": "team"}
    assert missing_teams(db, path, mapping) == ["Manila Field"]
    from models.db.errors import RepdeskError
    with pytest.raises(RepdeskError, match="no team named 'Manila Field'"):
        import_reps(db, path, mapping=mapping, create_teams=False)
    assert reps(db) == {}
    import_reps(db, path, mapping=mapping)
    got = reps(db)
    assert got["Γιώργος Νικολάου"].employment == "agency" and got["Γιώργος Νικολάου"].agency_id


def test_export_neutralises_formulas_in_csv_and_xlsx_and_round_trips(db, tmp_path):
    with db.write() as s:
        team = Team(name="=HYPERLINK(\"http://x\",\"Team\")")
        s.add(team)
        s.flush()
        s.add(Rep(full_name="@SUM(1+1)", email="a@example.com", team_id=team.id,
                  phone="+63 917 000", home_base="-Cebu"))
        s.add(Rep(full_name="陈静", email="chen@example.com", team_id=team.id))
    csv_path, xlsx_path = tmp_path / "out.csv", tmp_path / "out.xlsx"
    assert export_reps(db, csv_path) == 2
    text = csv_path.read_text(encoding="utf-8-sig")
    assert "'@SUM(1+1)" in text and "'=HYPERLINK" in text and "'+63 917 000" in text
    assert "陈静" in text
    export_reps(db, xlsx_path)
    sheet = openpyxl.load_workbook(xlsx_path).active
    values = [c.value for row in sheet.iter_rows() for c in row]
    cells = [c for row in sheet.iter_rows() for c in row]
    assert all(c.data_type != "f" for c in cells)  # no live formula anywhere
    assert "陈静" in values
    for path in (csv_path, xlsx_path):
        report = import_reps(db, path)
        assert (report.created, report.updated, report.unchanged) == (0, 0, 2)
    assert set(reps(db)) == {"@SUM(1+1)", "陈静"}


def test_cli_import_and_export(db, tmp_path, capsys):
    path = tmp_path / "reps.csv"
    path.write_text(HEADER + ROWS + "Bad Row,bad@,X,2024-01-01,Sales rep,Field\n",
                    encoding="utf-8")
    url = str(db.url.render_as_string(hide_password=False))
    parser = build_parser()
    code = run_command(parser.parse_args(["--db", url, "import", "reps", str(path)]))
    err = capsys.readouterr().err
    assert code == 1 and "row 6:" in err and "nothing was imported" in err
    code = run_command(parser.parse_args(["--db", url, "import", "reps", str(path),
                                          "--skip-bad"]))
    out = capsys.readouterr().out
    assert code == 3 and "4 created" in out and "row 6" in out  # done, a row skipped
    out_path = tmp_path / "back.xlsx"
    assert run_command(parser.parse_args(["--db", url, "export", "reps", str(out_path)])) == 0
    assert "4 reps written" in capsys.readouterr().out
