"""Re-importing an agency's evaluations: the same file again changes nothing, a corrected file
updates in place. Runs on SQLite and PostgreSQL."""
import datetime as dt
from decimal import Decimal as D

import pytest
from sqlalchemy import select

from models.db.quality import Evaluation, EvaluationAnswer
from models.imports.evaluations import import_evaluations
from models.imports.tabular import ImportRejected
from tests.quality.test_import_and_cli import HEADER, count, setup

ROWS = ("Niño Ng̃alan;31/07/2026;yes;4;yes;Shopper 12;Wave Ιούλιος\n"
        "dimitra@example.com;30/07/2026;no;N/A;yes;Shopper 7;Wave Ιούλιος\n")


def load(db, path, **options):
    return import_evaluations(db, path, scorecard="Store visit", agency="Ιστός Α.Ε.", **options)


def scores(db):
    with db.read() as s:
        return s.execute(select(Evaluation.rep_id, Evaluation.score)
                         .order_by(Evaluation.rep_id, Evaluation.id)).all()


def test_the_same_file_three_times_is_stored_once(db, tmp_path):
    setup(db)
    path = tmp_path / "agency.csv"
    path.write_text(HEADER + ROWS, encoding="utf-8")
    first = load(db, path)
    assert (first.created, first.updated, first.unchanged) == (2, 0, 0)
    for _ in range(2):
        again = load(db, path)
        assert (again.created, again.updated, again.unchanged) == (0, 0, 2)
        assert "0 created, 0 updated, 2 unchanged" in again.summary()
    assert count(db) == 2
    with db.read() as s:
        assert len(s.execute(select(EvaluationAnswer.id)).all()) == 3 + 3  # N/A is an answer too


def test_a_corrected_file_updates_the_evaluation_in_place(db, tmp_path):
    setup(db)
    path = tmp_path / "agency.csv"
    path.write_text(HEADER + ROWS, encoding="utf-8")
    load(db, path)
    # rep 1 did not greet after all: Greeting (0 + 8)/11 = 0.7273; (7.273 + 20)/30 = 0.9091
    path.write_text(HEADER + ROWS.replace(";yes;4;yes;", ";no;4;yes;"), encoding="utf-8")
    report = load(db, path)
    assert (report.created, report.updated, report.unchanged) == (0, 1, 1)
    assert scores(db) == [(1, D("0.9091")), (2, D("0.6667"))]
    assert load(db, path).unchanged == 2


def test_two_same_looking_visits_stay_two(db, tmp_path):
    setup(db)
    path = tmp_path / "agency.csv"
    path.write_text(HEADER + "nino@example.com;2026-08-01;yes;4;yes;;\n"
                    "nino@example.com;2026-08-01;yes;4;yes;;\n", encoding="utf-8")
    assert load(db, path).created == 2
    report = load(db, path)
    assert (report.created, report.unchanged) == (0, 2)
    assert count(db) == 2


def test_another_evaluator_or_wave_is_another_evaluation(db, tmp_path):
    setup(db)
    path = tmp_path / "agency.csv"
    path.write_text(HEADER + ROWS, encoding="utf-8")
    load(db, path)
    other = tmp_path / "other.csv"
    other.write_text(HEADER + "Niño Ng̃alan;31/07/2026;yes;4;yes;Shopper 3;Wave Ιούλιος\n"
                     "Niño Ng̃alan;31/07/2026;yes;4;yes;Shopper 12;Wave Αύγουστος\n",
                     encoding="utf-8")
    assert load(db, other).created == 2
    assert count(db) == 4


def test_evaluation_ids_tell_rows_apart_and_may_not_repeat(db, tmp_path):
    setup(db)
    path = tmp_path / "agency.csv"
    header = "Evaluation ID;" + HEADER
    path.write_text(header + "EV-1;" + ROWS.splitlines(True)[0] + "EV-2;" + ROWS.splitlines(True)[1]
                    + "EV-1;" + ROWS.splitlines(True)[0], encoding="utf-8")
    with pytest.raises(ImportRejected) as caught:
        load(db, path)
    assert [str(e) for e in caught.value.errors] == [
        "row 4: the evaluation id EV-1 is also on row 2"]
    assert count(db) == 0
    assert load(db, path, skip_bad=True).created == 2
    assert load(db, path, skip_bad=True).unchanged == 2
    assert count(db) == 2
    with db.read() as s:
        assert s.execute(select(Evaluation.evaluated_on).order_by(Evaluation.evaluated_on)
                         ).scalars().all() == [dt.date(2026, 7, 30), dt.date(2026, 7, 31)]
