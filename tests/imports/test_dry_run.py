"""`repdesk import … --dry-run`: the whole import runs, its outcome is printed, nothing is kept."""
from decimal import Decimal as D

import pytest
from sqlalchemy import func, insert, select

from desktop.cli import build_parser, run_command
from models.db.activity import ActivityValue
from models.db.core import AuditEntry, Rep, Team
from models.db.funnel import Deal
from models.db.quality import Evaluation
from models.domain.scoring import QuestionKind
from models.services import quality as q
from tests.funnel.helpers import add_people
from tests.funnel.test_import_deals import pipedrive, write_csv


def repdesk(db_url, *argv) -> int:
    return run_command(build_parser().parse_args(["--db", db_url, "--user", "tester", *argv]))


def counts(db, *entities) -> dict:
    with db.read() as s:
        return {e.__name__: s.execute(select(func.count()).select_from(e)).scalar()
                for e in (AuditEntry, *entities)}


def sign_in_once(db_url, capsys) -> None:
    """The first command of a login records it (an audit row on SQLite); the counts are taken
    after that, so only what the import itself would write is compared."""
    assert repdesk(db_url, "kpi", "funnel", "--period", "2026") == 0
    capsys.readouterr()


@pytest.fixture
def people(db, db_url, capsys):
    with db.write() as s:
        add_people(s)
    sign_in_once(db_url, capsys)
    return db


def test_reps_dry_run_prints_counts_and_columns_and_writes_nothing(people, db_url, tmp_path,
                                                                   capsys):
    path = tmp_path / "roster.csv"
    path.write_text("Nombre,Correo,Team\n"
                    "Ana Reyes,rep0@example.com,Field Sales\n"
                    "Lena Ortiz,lena@example.com,Inside Sales\n", "utf-8")
    before = counts(people, Rep, Team)
    assert repdesk(db_url, "import", "reps", str(path), "--dry-run",
                   "--map", "Nombre=full_name,Correo=email") == 0
    out = capsys.readouterr().out
    assert "Dry run: nothing was written" in out
    assert "'Nombre' -> full_name" in out and "'Correo' -> email" in out
    assert "'Team' -> team" in out
    assert "1 created, 0 updated, 1 unchanged" in out
    assert "New teams: Inside Sales" in out
    assert counts(people, Rep, Team) == before
    # the same import for real leaves its audit rows: the comparison above is not vacuous
    assert repdesk(db_url, "import", "reps", str(path),
                   "--map", "Nombre=full_name,Correo=email") == 0
    after = counts(people, Rep, Team)
    assert after["Rep"] == before["Rep"] + 1 and after["AuditEntry"] > before["AuditEntry"]


def test_deals_dry_run_with_skip_bad_exits_three_and_lists_the_bad_row(people, db_url, tmp_path,
                                                                       capsys):
    headers, rows = pipedrive("comma")
    rows.append(["14", "Ghost deal", "Acme", "Nobody", "10", "EUR", "Proposal Made", "open", "",
                 "", "", "", ""])
    path = write_csv(tmp_path / "pipedrive.csv", headers, rows, "comma")
    before = counts(people, Deal)
    assert repdesk(db_url, "import", "deals", str(path), "--dry-run", "--skip-bad") == 3
    out = capsys.readouterr().out
    assert "Dry run: nothing was written" in out
    assert "3 created, 0 updated, 0 unchanged" in out
    assert "row 5: no rep named or with e-mail 'Nobody'" in out
    assert "-> owner" in out and "-> stage" in out
    assert counts(people, Deal) == before
    # without --skip-bad the dry run refuses the file exactly as the import would
    assert repdesk(db_url, "import", "deals", str(path), "--dry-run") == 1
    assert "row 5" in capsys.readouterr().err
    assert counts(people, Deal) == before


def test_deals_dry_run_after_a_real_import_reports_unchanged(people, db_url, tmp_path, capsys):
    headers, rows = pipedrive("comma")
    path = write_csv(tmp_path / "pipedrive.csv", headers, rows, "comma")
    assert repdesk(db_url, "import", "deals", str(path)) == 0
    capsys.readouterr()
    before = counts(people, Deal)
    assert repdesk(db_url, "import", "deals", str(path), "--dry-run") == 0
    assert "0 created, 0 updated, 3 unchanged" in capsys.readouterr().out
    assert counts(people, Deal) == before


def test_activity_dry_run_writes_no_values(people, db_url, tmp_path, capsys):
    path = tmp_path / "numbers.csv"
    path.write_text("Agente,Date,Cold calls\nAna Reyes,2026-11-16,20\nAna Reyes,2026-11-17,25\n",
                    "utf-8")
    before = counts(people, ActivityValue)
    assert repdesk(db_url, "import", "activity", str(path), "--dry-run",
                   "--map", "Agente=rep") == 0
    out = capsys.readouterr().out
    assert "'Agente' -> rep" in out
    assert "2 value(s) written for 1 rep(s) over 2 day(s)" in out
    assert counts(people, ActivityValue) == before


def one_rep_and_a_scorecard(db) -> None:
    with db.write() as s:
        s.execute(insert(Team), [{"id": 1, "name": "Cebu Field", "version": 1}])
        s.execute(insert(Rep), [{"id": 1, "full_name": "李娜", "team_id": 1, "version": 1}])
    q.save_template(db, q.TemplateDraft("Store visit", sections=[
        q.SectionDraft("Greeting", D(10), [q.QuestionDraft("Greets within 10 s"),
                                            q.QuestionDraft("Warmth", QuestionKind.SCALE, D(2), 5,
                                                            allow_na=True)])]))


def test_evaluations_dry_run_writes_no_evaluations(db, db_url, tmp_path, capsys):
    one_rep_and_a_scorecard(db)
    sign_in_once(db_url, capsys)
    path = tmp_path / "agency.csv"
    path.write_text("Sales rep,Date,Scorecard,Agency,Greets within 10 s,Warmth\n"
                    "李娜,2026-08-03,Store visit,ShopCheck,y,5\n", "utf-8")
    before = counts(db, Evaluation)
    assert repdesk(db_url, "import", "evaluations", str(path), "--dry-run") == 0
    out = capsys.readouterr().out
    assert "Dry run: nothing was written" in out and "'Sales rep' -> rep" in out
    assert "1 created" in out
    assert counts(db, Evaluation) == before
