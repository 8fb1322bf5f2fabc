"""Gap detection and course effect, computed by hand."""
import datetime as dt
from decimal import Decimal as D

from models.domain.training_gaps import (CourseCoverage, ScoredEvaluation, course_effect,
                                         find_gaps)

d = dt.date
COURSES = [CourseCoverage(7, "Asking for the order", frozenset({"Closing"})),
           CourseCoverage(9, "Handling objections", frozenset({"Objections", "Closing"}))]


def ev(rep, day, closing, objections=D("0.9")):
    return ScoredEvaluation(rep, day, None, {"Closing": closing, "Objections": objections})


def test_a_section_below_threshold_over_the_last_n_suggests_its_course():
    evals = [ev(1, d(2026, 1, 5), D("0.9")),              # old, outside the last 3
             ev(1, d(2026, 3, 5), D("0.6")), ev(1, d(2026, 4, 5), D("0.7")),
             ev(1, d(2026, 5, 5), D("0.65")),
             ev(2, d(2026, 5, 5), D("0.5")), ev(2, d(2026, 6, 5), D("0.9")),
             ev(2, d(2026, 7, 5), D("0.9"))]                # (0.5+0.9+0.9)/3 = 0.7667
    gaps = find_gaps(evals, COURSES, threshold=D("0.7"), last_n=3)
    assert [(g.rep_id, g.section, g.average, g.course_id) for g in gaps] == [
        (1, "Closing", D("0.6500"), 7)]                    # (0.6+0.7+0.65)/3
    assert gaps[0].since == d(2026, 3, 5)


def test_a_course_already_taken_is_not_suggested_again():
    evals = [ev(1, d(2026, 3, 5), D("0.5")), ev(1, d(2026, 4, 5), D("0.5"))]
    gaps = find_gaps(evals, COURSES, threshold=D("0.7"), taken={1: {7}})
    assert gaps[0].course_id == 9
    gaps = find_gaps(evals, COURSES, threshold=D("0.7"), taken={1: {7, 9}})
    assert gaps[0].course_id is None and gaps[0].section == "Closing"


def test_too_few_evaluations_or_at_threshold_is_no_gap():
    assert find_gaps([ev(1, d(2026, 3, 5), D("0.1"))], COURSES, threshold=D("0.7")) == []
    at = [ev(1, d(2026, 3, 5), D("0.7")), ev(1, d(2026, 4, 5), D("0.7"))]
    assert find_gaps(at, COURSES, threshold=D("0.7")) == []


def test_course_effect():
    scores = [(d(2026, 1, 10), D("0.6")), (d(2026, 2, 10), D("0.7")),
              (d(2026, 3, 1), D("0.8")), (d(2026, 4, 1), D("0.9")), (d(2025, 1, 1), D("0.1"))]
    effect = course_effect(scores, d(2026, 3, 1), window_days=120)
    assert (effect.before, effect.after) == (D("0.6500"), D("0.8500"))
    assert effect.change == D("0.2000") and (effect.before_count, effect.after_count) == (2, 2)


def test_sql_averages_match_the_domain(demo_db):
    """The service's window-function averages equal the pure function's on the demo data."""
    from sqlalchemy import select

    from models.db.quality import Evaluation, EvaluationSectionScore
    from models.db.core import Rep
    from models.domain.training_gaps import recent_averages
    from models.services.quality_analysis import recent_section_averages
    with demo_db.read() as s:
        sections = {}
        for eid, rep, on, name, score in s.execute(
                select(Evaluation.id, Evaluation.rep_id, Evaluation.evaluated_on,
                       EvaluationSectionScore.section_name, EvaluationSectionScore.score)
                .join(EvaluationSectionScore, EvaluationSectionScore.evaluation_id == Evaluation.id)
                .join(Rep, Rep.id == Evaluation.rep_id).where(Rep.status != "departed")):
            sections.setdefault((eid, rep, on), {})[name] = score
        evaluations = [ScoredEvaluation(rep, on, None, secs, eid)
                       for (eid, rep, on), secs in sections.items()]
        in_sql = recent_section_averages(s, last_n=3)
    expected = {(a.rep_id, a.section): a for a in recent_averages(evaluations, 3)
                if a.average is not None}
    got = {(a.rep_id, a.section): a for a in in_sql}
    assert got.keys() == expected.keys() and len(got) > 50
    assert all((got[k].evaluations, got[k].since) == (expected[k].evaluations, expected[k].since)
               for k in got)
    # SQLite averages in floating point: allow the last of the four decimals
    assert all(abs(got[k].average - expected[k].average) <= D("0.0001") for k in got)
