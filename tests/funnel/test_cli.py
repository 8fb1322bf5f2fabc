import csv
import io

from desktop.cli import build_parser, run_command
from tests.funnel.helpers import add_people
from tests.funnel.test_import_deals import pipedrive, write_csv


def repdesk(db_url, *argv) -> int:
    args = build_parser().parse_args(["--db", db_url, "--user", "tester", *argv])
    return run_command(args)


def test_import_then_kpi_funnel_csv(db, db_url, tmp_path, capsys):
    with db.write() as s:
        add_people(s)
    headers, rows = pipedrive("comma")
    path = write_csv(tmp_path / "pipedrive.csv", headers, rows, "comma")
    assert repdesk(db_url, "import", "deals", str(path)) == 0
    assert "3 created, 0 updated" in capsys.readouterr().out
    assert repdesk(db_url, "kpi", "funnel", "--period", "2026-Q3", "--by", "rep",
                   "--format", "csv") == 0
    table = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    header, body = table[0], {row[0]: dict(zip(table[0], row)) for row in table[1:]}
    assert header[:3] == ["Rep", "New leads", "Called %"]
    # Ana's deal was won on 31 July for EUR 12,500.50 (every deal is in euros: the amounts are
    # euros, and say so); 王伟's lost on 13 August; both came in before Q3
    assert body["Ana Reyes"]["Won"] == "1" and body["Ana Reyes"]["Won amount (EUR)"] == "12500.50"
    assert body["王伟"]["Lost"] == "1" and body["王伟"]["Won"] == "0"
    # Γιώργος's lead arrived on 20 September: a new lead of Q3, not called
    assert body["Γιώργος Παπαδόπουλος"]["New leads"] == "1"
    assert body["Γιώργος Παπαδόπουλος"]["Called %"] == "0"


def test_bad_period_and_bad_file_exit_with_one(db_url, tmp_path, capsys):
    assert repdesk(db_url, "kpi", "funnel", "--period", "Q3") == 1
    assert "not a period" in capsys.readouterr().err
    assert repdesk(db_url, "import", "deals", str(tmp_path / "missing.csv")) == 1
    assert "no file" in capsys.readouterr().err


def test_kpi_by_team_table_and_skip_bad_import(db, db_url, tmp_path, capsys):
    with db.write() as s:
        add_people(s)
    headers, rows = pipedrive("dot")
    rows.append(["14", "Ghost deal", "Acme", "Nobody", "10", "EUR", "Proposal Made", "open", "",
                 "", "", "", ""])
    path = write_csv(tmp_path / "pipedrive.csv", headers, rows, "dot")
    assert repdesk(db_url, "import", "deals", str(path)) == 1
    assert "row 5: no rep named or with e-mail 'Nobody'" in capsys.readouterr().err
    assert repdesk(db_url, "import", "deals", str(path), "--skip-bad") == 3  # done, a row skipped
    assert "3 created" in capsys.readouterr().out
    assert repdesk(db_url, "kpi", "funnel", "--period", "2026-07-01..2026-09-30", "--by", "team",
                   "--team", "Field Sales") == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Funnel 2026-07-01 – 2026-09-30, by team"
    assert out[1].split()[:3] == ["Team", "New", "leads"] and out[3].startswith("Field Sales")
    assert repdesk(db_url, "kpi", "funnel", "--period", "2026-Q3", "--team", "Nope") == 1
    assert "no team named 'Nope'" in capsys.readouterr().err


def test_an_unclosed_quote_makes_the_import_fail_not_exit_zero(db, db_url, tmp_path, capsys):
    with db.write() as s:
        add_people(s)
    path = tmp_path / "deals.csv"
    path.write_text("Deal ID,Deal Name,Deal owner,Amount,Deal Stage\n"
                    "9201,Pilot,Ana Reyes,10,Contract Sent\n"
                    '9202,"Renewal,Ana Reyes,20,Contract Sent\n'
                    "9203,Other,Ana Reyes,30,Contract Sent\n", "utf-8")
    assert repdesk(db_url, "import", "deals", str(path)) == 1
    assert "row 3: a quote (\") that is never closed" in capsys.readouterr().err
    assert repdesk(db_url, "import", "deals", str(path), "--skip-bad") == 3
    assert "1 created" in capsys.readouterr().out


def test_kpi_funnel_takes_a_year_and_a_range_and_names_the_forms_when_wrong(db, db_url, capsys):
    with db.write() as s:
        add_people(s)
    assert repdesk(db_url, "kpi", "funnel", "--period", "2023") == 0
    assert capsys.readouterr().out.startswith("Funnel 2023-01-01 – 2023-12-31, by rep")
    assert repdesk(db_url, "kpi", "funnel", "--period", "2023-01-01..2023-06-30") == 0
    assert capsys.readouterr().out.startswith("Funnel 2023-01-01 – 2023-06-30, by rep")
    for wrong in ("2023-06-30..2023-01-01", "23", "2023-13", "last year"):
        assert repdesk(db_url, "kpi", "funnel", "--period", wrong) == 1
        err = capsys.readouterr().err.strip()
        assert err == (f"repdesk: '{wrong}' is not a period: write 2026-Q3, 2026-07, 2026 or "
                       "2026-07-01..2026-09-30."), err
