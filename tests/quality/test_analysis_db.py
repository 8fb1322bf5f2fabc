"""Trends, league tables, gaps -> course assignment, training calendar and .ics, on the demo."""
import datetime as dt
from decimal import Decimal as D

from icalendar import Calendar
from sqlalchemy import func, select

from models.db.quality import Enrolment, Evaluation, EvaluationWave, ScorecardVersion
from models.services import quality_analysis as qa
from models.services import training
from models.services.quality_scores import quality_score

TODAY = dt.date(2026, 11, 23)
YEAR = (TODAY - dt.timedelta(days=365), TODAY)


def test_demo_has_waves_reviews_versions_and_training(demo_db):
    with demo_db.read() as s:
        waves = s.execute(select(EvaluationWave.name, EvaluationWave.agency_name)).all()
        assert len(waves) == 2 and all(agency for _, agency in waves)
        by_source = dict(s.execute(select(Evaluation.source, func.count())
                                   .group_by(Evaluation.source)).all())
        assert set(by_source) == {"outside_agency", "quality_department", "own_observation"}
        # the call review has two versions, both used
        used = s.execute(select(func.count(func.distinct(Evaluation.version_id)))).scalar()
        assert used == s.execute(select(func.count(ScorecardVersion.id))).scalar() == 4
    assert training.list_courses(demo_db, today=TODAY)
    assert training.calendar(demo_db, TODAY, TODAY + dt.timedelta(days=90))


def test_rep_trend_against_team(demo_db):
    rep = max(qa.evaluated_reps(demo_db), key=lambda r: r.evaluations)
    trend = qa.rep_trend(demo_db, rep.id, *YEAR)
    mine = [p.score for p in trend.overall if p.score is not None]
    assert len(mine) >= 4 and all(p.team_score is not None for p in trend.overall)
    assert trend.summary[0].rep_average <= trend.summary[-1].rep_average or \
        trend.summary[-1].rep_average is None
    with demo_db.read() as s:
        overall = quality_score(s, rep.id, *YEAR)
        n = s.execute(select(func.count()).where(Evaluation.rep_id == rep.id,
                                                 Evaluation.evaluated_on >= YEAR[0])).scalar()
    assert sum(p.score is not None for p in trend.overall) <= n
    assert D(0) <= overall <= D(1)


def test_league_table_per_team_and_wave(demo_db):
    rows = qa.league_table(demo_db, by="team")
    groups = {r.group for r in rows}
    assert len(groups) >= 2
    for group in groups:
        ranked = [r for r in rows if r.group == group]
        assert [r.rank for r in ranked] == list(range(1, len(ranked) + 1))
        assert [r.average for r in ranked] == sorted((r.average for r in ranked), reverse=True)
    waves = qa.league_table(demo_db, by="wave")
    assert {r.group for r in waves} == {w.name for w in __import__(
        "models.services.quality", fromlist=["list_waves"]).list_waves(demo_db)}
    assert qa.league_table(demo_db, by="territory")


def test_gap_suggests_a_course_and_assigning_it_removes_the_suggestion(demo_db):
    gaps = qa.training_gaps(demo_db, threshold=D("0.75"))
    suggested = [g for g in gaps if g.gap.course_id]
    assert suggested
    first = suggested[0].gap
    assert first.average < D("0.75")
    enrolment = training.assign_course(demo_db, first.rep_id, first.course_id,
                                       reason=f"{first.section} gap", today=TODAY)
    # one step: booked on the next session of the course when there is one
    with demo_db.read() as s:
        row = s.get(Enrolment, enrolment)
        assert row.status in ("enrolled", "assigned") and row.assigned_on == TODAY
    again = qa.training_gaps(demo_db, threshold=D("0.75"))
    assert not any(g.gap.rep_id == first.rep_id and g.gap.course_id == first.course_id
                   for g in again)
    # assigning twice does not duplicate
    assert training.assign_course(demo_db, first.rep_id, first.course_id, today=TODAY) == enrolment
    history = training.rep_history(demo_db, first.rep_id)
    assert history[0].enrolment_id == enrolment


def test_course_effect_before_after(demo_db):
    effects = training.course_effects(demo_db)
    assert effects and any(e.effect.change is not None for e in effects)


def test_ics_export(demo_db, tmp_path):
    path = tmp_path / "training.ics"
    n = training.export_ics(demo_db, path, TODAY - dt.timedelta(days=365),
                            TODAY + dt.timedelta(days=90))
    cal = Calendar.from_ical(path.read_bytes())
    events = [c for c in cal.walk() if c.name == "VEVENT"]
    assert len(events) == n > 0
    assert all(e.get("dtend").dt > e.get("dtstart").dt for e in events)


def test_every_stored_score_matches_its_answers(demo_db):
    """Stored scores (and section scores) are what the scoring rules give for the stored
    answers on each evaluation's own scorecard version — for every demo evaluation."""
    from collections import defaultdict

    from models.db.quality import EvaluationSectionScore
    from models.domain.scoring import score_evaluation
    from models.services import quality as q
    with demo_db.read() as s:
        evaluations = s.execute(select(Evaluation.id, Evaluation.version_id, Evaluation.score,
                                       Evaluation.critical_failed)).all()
        sections = defaultdict(dict)
        for eid, name, score in s.execute(select(EvaluationSectionScore.evaluation_id,
                                                 EvaluationSectionScore.section_name,
                                                 EvaluationSectionScore.score)):
            sections[eid][name] = score
        cards = {v: q.scorecard_def(s, v) for v in {e.version_id for e in evaluations}}
    failed = 0
    for eid, version_id, stored, critical in evaluations:
        result = score_evaluation(cards[version_id], q.evaluation_answers(demo_db, eid))
        assert result.score == stored, eid
        assert {x.name: x.score for x in result.sections} == sections[eid]
        assert bool(result.critical_failed) == critical
        failed += critical
    assert len(evaluations) > 200 and failed > 0
