"""Scorecards in the database: versioning keeps old scoring; evaluations store their scores."""
import datetime as dt
from decimal import Decimal as D

import pytest
from sqlalchemy import insert, select

from models.db.core import Rep, Team
from models.db.errors import ValidationError
from models.db.quality import Evaluation, ScorecardVersion
from models.domain.scoring import Answer, Channel, EvaluationSource, QuestionKind
from models.services import quality as q
from models.services.quality_scores import quality_score, quality_scores


def make_reps(db):
    with db.write() as s:
        s.execute(insert(Team), [{"id": 1, "name": "Αθήνα Field Sales", "version": 1}])
        s.execute(insert(Rep), [{"id": 1, "full_name": "Γιώργος Παπαδόπουλος", "team_id": 1, "version": 1},
                                {"id": 2, "full_name": "王小明", "team_id": 1, "version": 1}])


def draft():
    return q.TemplateDraft("Store visit", sections=[
        q.SectionDraft("Greeting", D(10), [q.QuestionDraft("Greets within 10 s"),
                                            q.QuestionDraft("Warmth", QuestionKind.SCALE, D(2), 5,
                                                            allow_na=True)]),
        q.SectionDraft("Compliance", D(20), [q.QuestionDraft("States the cooling-off right",
                                                             critical=True)])])


def ids(db, version_id):
    loaded = q.load_template(db, version_id=version_id)
    return [[qq.id for qq in s.questions] for s in loaded.sections]


def test_template_versioning_keeps_old_scoring(db):
    make_reps(db)
    saved = q.save_template(db, draft())
    assert (saved.version_number, saved.new_version) == (1, True)
    # editing an unused version changes it in place
    d = q.load_template(db, saved.template_id)
    d.sections[0].weight = D(30)
    again = q.save_template(db, d)
    assert (again.version_id, again.new_version) == (saved.version_id, False)
    (g1, g2), (c1,) = ids(db, saved.version_id)
    ev = q.save_evaluation(db, q.EvaluationDraft(
        saved.version_id, 1, dt.date(2026, 7, 10), Channel.STORE_VISIT,
        EvaluationSource.OUTSIDE_AGENCY, {g1: Answer(1), g2: Answer(2), c1: Answer(1)},
        agency_name="Ιστός Mystery Shopping"))
    # Greeting (1 + 4)/(1 + 10) = 0.4545; Compliance 1; (30 × 0.4545 + 20) / 50 = 0.6727
    with db.read() as s:
        assert s.get(Evaluation, ev).score == D("0.6727")
    # now the version is in use: a change makes version 2
    d = q.load_template(db, saved.template_id)
    assert d.evaluations_on_version == 1
    d.sections[0].weight = D(10)
    d.sections[1].questions[0].critical = False
    v2 = q.save_template(db, d)
    assert (v2.version_number, v2.new_version) == (2, True)
    (h1, h2), (k1,) = ids(db, v2.version_id)
    assert {h1, h2, k1}.isdisjoint({g1, g2, c1})
    ev2 = q.save_evaluation(db, q.EvaluationDraft(
        v2.version_id, 1, dt.date(2026, 8, 10), Channel.PHONE, EvaluationSource.QUALITY_DEPARTMENT,
        {h1: Answer(1), h2: Answer(2), k1: Answer(0)}))
    with db.read() as s:
        # v2: (10 × 0.4545 + 20 × 0) / 30 = 0.1515 — the compliance miss is no longer critical
        assert s.get(Evaluation, ev2).score == D("0.1515")
        assert s.get(Evaluation, ev).score == D("0.6727")  # the old evaluation is untouched
        # and recomputing it from its own version gives the same
        old_card = q.scorecard_def(s, saved.version_id)
        assert old_card.sections[0].weight == D(30)
        assert s.execute(select(ScorecardVersion.number)
                         .where(ScorecardVersion.template_id == saved.template_id)
                         .order_by(ScorecardVersion.number)).scalars().all() == [1, 2]
        assert quality_score(s, 1, dt.date(2026, 7, 1), dt.date(2026, 9, 30)) == D("0.4121")
        assert quality_score(s, 1, dt.date(2026, 8, 1), dt.date(2026, 9, 30)) == D("0.1515")
        assert quality_score(s, 2, dt.date(2026, 7, 1), dt.date(2026, 9, 30)) is None
        assert quality_scores(s, dt.date(2026, 7, 1), dt.date(2026, 9, 30)) == {1: (D("0.4121"), 2)}
    rows = q.list_evaluations(db, rep_id=1)
    assert [r.version for r in rows] == [2, 1]
    assert rows[1].agency_name == "Ιστός Mystery Shopping"
    assert [t.versions for t in q.list_templates(db)] == [2]


def test_bad_answers_and_missing_agency_are_refused(db):
    make_reps(db)
    saved = q.save_template(db, draft())
    (g1, g2), (c1,) = ids(db, saved.version_id)
    with pytest.raises(ValidationError) as error:
        q.save_evaluation(db, q.EvaluationDraft(
            saved.version_id, 1, dt.date(2026, 7, 10), Channel.CHAT,
            EvaluationSource.OUTSIDE_AGENCY, {g1: Answer(na=True), g2: Answer(9)}))
    assert set(error.value.problems) == {"agency", "Greets within 10 s", "Warmth"}
    with db.read() as s:
        assert s.execute(select(Evaluation)).first() is None


def test_template_validation(db):
    bad = q.TemplateDraft("", sections=[q.SectionDraft("A", D(1), [
        q.QuestionDraft("Pick", QuestionKind.CHOICE, choices=[("Only", D(1))])])])
    with pytest.raises(ValidationError) as error:
        q.save_template(db, bad)
    assert "name" in error.value.problems
    assert any("at least two options" in why for why in error.value.problems.values())
