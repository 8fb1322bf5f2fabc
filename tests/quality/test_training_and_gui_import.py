"""Training outcomes (the window's evaluations import: tests/desktop/test_import_wizard.py)."""
import datetime as dt
from decimal import Decimal as D

import pytest
from sqlalchemy import insert

from models.db.core import Rep, Team
from models.db.errors import ValidationError
from models.db.quality import Enrolment
from models.services import training

UTC = dt.timezone.utc


def people(db):
    with db.write() as s:
        s.execute(insert(Team), [{"id": 1, "name": "Jawa Field", "version": 1}])
        s.execute(insert(Rep), [{"id": 1, "full_name": "Siti Rahayu", "team_id": 1, "version": 1},
                                {"id": 2, "full_name": "Ng̃alan Dakila", "team_id": 1, "version": 1}])


def test_course_session_enrolment_to_completion(db):
    people(db)
    course = training.create_course(db, "Asking for the order", sections=["Closing", "Closing"],
                                    topic="opportunity management", duration_hours=D(3))
    with pytest.raises(ValidationError):
        training.create_course(db, "Asking for the order", sections=[])
    start = dt.datetime(2026, 12, 2, 9, 30, tzinfo=UTC)
    with pytest.raises(ValidationError):
        training.add_session(db, course, start, start - dt.timedelta(hours=1))
    session_id = training.add_session(db, course, start, start + dt.timedelta(hours=3),
                                      trainer="Budi Santoso", remote=True, team_id=1)
    enrolment = training.assign_course(db, 1, course, reason="Closing gap",
                                       today=dt.date(2026, 11, 23))
    with db.read() as s:
        row = s.get(Enrolment, enrolment)
        assert (row.status, row.session_id) == ("enrolled", session_id)  # the next session
    courses = training.list_courses(db, today=dt.date(2026, 11, 23))
    assert [(c.name, c.sections, c.upcoming_sessions, c.open_enrolments) for c in courses] == [
        ("Asking for the order", ("Closing",), 1, 1)]
    with pytest.raises(ValidationError):
        training.record_outcome(db, enrolment, attended=True, completed_on=None,
                                assessment_score=D("1.5"))
    training.record_outcome(db, enrolment, attended=True, completed_on=dt.date(2026, 12, 2),
                            assessment_score=D("0.85"))
    history = training.rep_history(db, 1)
    assert [(h.status, h.completed_on, h.assessment_score) for h in history] == [
        ("completed", dt.date(2026, 12, 2), D("0.8500"))]
    other = training.assign_course(db, 2, course, today=dt.date(2026, 11, 23))
    training.record_outcome(db, other, attended=False, completed_on=None)
    assert training.rep_history(db, 2)[0].status == "no_show"
    cal = training.calendar(db, dt.date(2026, 12, 1), dt.date(2026, 12, 31), team_id=1)
    assert [c.participants for c in cal] == [("Ng̃alan Dakila", "Siti Rahayu")]
    assert training.calendar(db, dt.date(2026, 12, 1), dt.date(2026, 12, 31), team_id=99) == []

