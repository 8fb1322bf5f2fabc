"""Review cycles on both databases: weighting and override, transitions, read-only after close,
the audit trail, pay decisions for HR only, computed figures and plan progress."""
import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from models.db.core import Rep
from models.db.errors import PermissionDenied, RepdeskError, ValidationError
from models.domain.improvement_plans import WeeklyTarget
from models.domain.reviews import DEFAULT_DIMENSIONS, ReviewClosedError, SmartGoal
from models.services import reviews as svc
from models.services import reviews_plans as plans
from tests.reviews.conftest import GREEK, HR, MANAGER, TRAINER

ALL_THREE = {d.key: 3 for d in DEFAULT_DIMENSIONS}


def _cycle(db):
    with db.read() as s:
        team_id = s.execute(select(Rep.team_id)).scalars().first()
    cycle_id = svc.create_cycle(db, "2026-Q3", team_id=team_id)
    rows = svc.list_reviews(db, cycle_id)
    return cycle_id, {r.rep_name: r for r in rows}


def test_cycle_creates_a_draft_review_per_rep(team_db):
    cycle_id, rows = _cycle(team_db)
    assert len(rows) == 3 and {r.status for r in rows.values()} == {"draft"}
    with pytest.raises(ValidationError):
        svc.create_cycle(team_db, "2026-Q3", team_id=1)
    cycle = svc.list_cycles(team_db)[0]
    assert cycle.name == "2026-Q3" and cycle.counts == {"draft": 3}


def test_weighting_and_override_are_saved(team_db):
    _, rows = _cycle(team_db)
    review_id = rows[GREEK].id
    detail = svc.load_review(team_db, review_id, MANAGER)
    ratings = dict(ALL_THREE, results=5)          # results weigh 25 of 100
    version = svc.save_review(team_db, review_id, detail.version, svc.ReviewEdit(ratings=ratings))
    detail = svc.load_review(team_db, review_id, MANAGER)
    assert detail.computed_rating == Decimal("3.50") and detail.final_rating == Decimal("3.50")
    with pytest.raises(ValidationError):
        svc.save_review(team_db, review_id, version, svc.ReviewEdit(override_rating=Decimal(4)))
    svc.save_review(team_db, review_id, version, svc.ReviewEdit(
        override_rating=Decimal(4), override_reason="Carried the largest renewal"))
    detail = svc.load_review(team_db, review_id, MANAGER)
    assert detail.final_rating == Decimal("4.00") and detail.computed_rating == Decimal("3.50")
    assert detail.override_reason == "Carried the largest renewal"


def test_part_rated_draft_shows_no_overall_rating_anywhere(team_db):
    cycle_id, rows = _cycle(team_db)
    review_id = rows[GREEK].id
    three = {d.key: 5 for d in DEFAULT_DIMENSIONS[:3]}          # 3 of 8 rated
    version = svc.save_review(team_db, review_id, None, svc.ReviewEdit(ratings=three))
    assert svc.load_review(team_db, review_id, MANAGER).final_rating is None
    assert {r.rep_name: r for r in svc.list_reviews(team_db, cycle_id)}[GREEK].rating is None
    svc.save_review(team_db, review_id, version, svc.ReviewEdit(ratings=dict(ALL_THREE, **three)))
    # results 25 + activity 15 + pipeline 10 at 5, the other 50 at 3: (250 + 150) / 100 = 4.00
    assert svc.load_review(team_db, review_id, MANAGER).final_rating == Decimal("4.00")
    assert {r.rep_name: r for r in svc.list_reviews(team_db, cycle_id)}[GREEK].rating \
        == Decimal("4.00")


def test_stale_version_is_refused(team_db):
    _, rows = _cycle(team_db)
    review_id = rows[GREEK].id
    old = svc.load_review(team_db, review_id, MANAGER).version
    svc.save_review(team_db, review_id, old, svc.ReviewEdit(strengths="first"))
    with pytest.raises(RepdeskError, match="changed"):
        svc.save_review(team_db, review_id, old, svc.ReviewEdit(strengths="second"))


def test_life_cycle_and_read_only_after_close(team_db):
    _, rows = _cycle(team_db)
    review_id = rows[GREEK].id
    with pytest.raises(ValidationError, match="rate every dimension"):
        svc.act(team_db, review_id, "submit")
    svc.save_review(team_db, review_id, None, svc.ReviewEdit(
        ratings=ALL_THREE, strengths="Good <b>work</b>",
        goals=[SmartGoal("Win 3 new accounts", "won deals", "3", dt.date(2026, 12, 31))]))
    assert svc.act(team_db, review_id, "submit", on=dt.date(2026, 10, 10)) == "submitted"
    with pytest.raises(RepdeskError):
        svc.act(team_db, review_id, "close")
    assert svc.act(team_db, review_id, "acknowledge", rep_comments="Agree & thanks",
                   on=dt.date(2026, 10, 12)) == "acknowledged"
    assert svc.act(team_db, review_id, "close", on=dt.date(2026, 10, 20)) == "closed"
    detail = svc.load_review(team_db, review_id, MANAGER)
    assert detail.read_only and detail.actions == []
    assert detail.rep_comments == "Agree & thanks"
    assert detail.goals[0].specific == "Win 3 new accounts"
    assert detail.document_date() == dt.date(2026, 10, 20)
    with pytest.raises(ReviewClosedError):
        svc.save_review(team_db, review_id, None, svc.ReviewEdit(strengths="changed later"))
    with pytest.raises(ReviewClosedError):
        svc.act(team_db, review_id, "return")
    with pytest.raises(ReviewClosedError):
        svc.record_compensation(team_db, HR, review_id, "bonus", amount=Decimal(500))
    assert svc.load_review(team_db, review_id, MANAGER).strengths == "Good <b>work</b>"
    # every edit before the close is in the audit trail
    history = svc.review_history(team_db, review_id)
    statuses = [h[4]["status"] for h in history if h[2] == "reviews" and h[4].get("status")]
    assert statuses == ["draft", "submitted", "acknowledged", "closed"]
    assert sum(1 for h in history if h[2] == "review_ratings") == len(DEFAULT_DIMENSIONS)


def test_compensation_only_for_hr(team_db):
    _, rows = _cycle(team_db)
    review_id = rows[GREEK].id
    for user in (MANAGER, TRAINER):
        with pytest.raises(PermissionDenied):
            svc.record_compensation(team_db, user, review_id, "raise", amount=Decimal(1000))
    with pytest.raises(ValidationError):
        svc.record_compensation(team_db, HR, review_id, "raise")
    svc.record_compensation(team_db, HR, review_id, "raise", amount=Decimal(1000), currency="EUR")
    assert svc.load_review(team_db, review_id, MANAGER).compensation is None
    assert svc.load_review(team_db, review_id, TRAINER).compensation is None
    view = svc.load_review(team_db, review_id, HR).compensation
    assert view.decision_kind == "raise" and view.decision_amount == Decimal("1000.00")


def test_figures_say_not_available_instead_of_zero(team_db):
    _, rows = _cycle(team_db)
    detail = svc.load_review(team_db, rows[GREEK].id, MANAGER)
    figures = detail.figures
    assert set(figures) == {d.figure_key for d in DEFAULT_DIMENSIONS if d.figure_key}
    for figure in figures.values():
        assert not figure.available and figure.reason
        assert figure.display.startswith("Not available yet: ")
    teamwork = next(d for d in detail.dimensions if d.key == "teamwork")
    assert teamwork.figure is None


def test_quality_figure_comes_from_the_evaluations_when_there_are_some(demo_db):
    from models.services.users import sign_in
    ids = svc.review_ids_for(demo_db, "2026-Q3")
    details = svc.load_reviews(demo_db, ids, sign_in(demo_db))
    quality = [d.figures["quality_of_selling"] for d in details]
    assert any(f.available and "evaluation" in f.text for f in quality)
    statuses = {d.status for d in details}
    assert statuses == {"draft", "submitted", "acknowledged", "closed"}
    assert any(p.numbers_source == "key numbers" for d in details for p in d.plans)
    commented = [d for d in details if d.status in ("acknowledged", "closed")]
    assert commented and all(d.rep_comments for d in commented)


def test_plan_progress_from_hand_entered_numbers(team_db):
    with team_db.read() as s:
        rep_id = s.execute(select(Rep.id).where(Rep.full_name == GREEK)).scalar_one()
    start = dt.date(2026, 9, 1)
    plan_id = plans.create_plan(team_db, rep_id, start, 30, "Calls below goal",
                                targets=[WeeklyTarget(w, "site_visits", Decimal(10))
                                         for w in range(1, 6)],
                                check_ins=[dt.date(2026, 9, 14), dt.date(2026, 9, 28)])
    plans.record_actual(team_db, plan_id, 1, "site_visits", Decimal(12))
    plans.record_actual(team_db, plan_id, 2, "site_visits", Decimal(7))
    view = plans.plans_of(team_db, rep_id, today=dt.date(2026, 9, 15))[0]
    assert view.progress.weeks_due == 2 and view.progress.weeks_met == 1
    assert view.numbers_source == "entered by hand" and len(view.check_ins) == 2
    with pytest.raises(ValidationError):
        plans.create_plan(team_db, rep_id, start, 30, "x", targets=[],
                          check_ins=[dt.date(2026, 12, 1)])
    plans.set_outcome(team_db, plan_id, "extended", dt.date(2026, 9, 30))
    view = plans.plans_of(team_db, rep_id)[0]
    assert view.outcome == "extended" and view.length_days == 60


def test_batch_cancel_removes_the_files_of_the_run(team_db, tmp_path):
    from models.domain.progress import Cancelled, Progress
    from models.reports.batch import write_review_pdfs
    _cycle(team_db)
    ids = svc.review_ids_for(team_db, "2026-Q3")
    steps = []
    progress = Progress(lambda done, total, _m: steps.append(done), lambda: bool(steps) and
                        steps[-1] > 0)
    with pytest.raises(Cancelled):
        write_review_pdfs(team_db, ids, tmp_path / "out", user=MANAGER, jobs=1,
                          progress=progress)
    assert steps[-1] == 3 and list((tmp_path / "out").iterdir()) == []
    result = write_review_pdfs(team_db, ids, tmp_path / "out", user=MANAGER, jobs=2)
    assert result.ok and len(result.written) == 3
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(
        p.name for p in result.written)


def test_closed_review_refuses_direct_orm_changes(team_db):
    from models.db.reviews import Review, ReviewGoal, ReviewRating
    _, rows = _cycle(team_db)
    review_id = rows[GREEK].id
    svc.save_review(team_db, review_id, None, svc.ReviewEdit(ratings=ALL_THREE))
    for action in ("submit", "acknowledge", "close"):
        svc.act(team_db, review_id, action)
    with pytest.raises(ReviewClosedError):
        with team_db.write() as s:
            s.get(Review, review_id).strengths = "rewritten after the close"
    with pytest.raises(ReviewClosedError):
        with team_db.write() as s:
            s.execute(select(ReviewRating).where(ReviewRating.review_id == review_id)
                      ).scalars().first().rating = 5
    with pytest.raises(ReviewClosedError):
        with team_db.write() as s:
            s.add(ReviewGoal(review_id=review_id, specific="x", measure="y", target="z",
                             deadline=dt.date(2027, 1, 1)))
    detail = svc.load_review(team_db, review_id, MANAGER)
    assert detail.strengths is None and {d.rating for d in detail.dimensions} == {3}
    assert detail.goals == []
    # an open review is not affected
    other = rows["王秀英"].id
    with team_db.write() as s:
        s.get(Review, other).strengths = "fine while open"
    assert svc.load_review(team_db, other, MANAGER).strengths == "fine while open"


def test_not_applicable_dimension_leaves_the_weighted_mean(team_db):
    cycle_id, rows = _cycle(team_db)
    review_id = rows[GREEK].id
    others = {d.key: 3 for d in DEFAULT_DIMENSIONS if d.key != "satisfaction"}
    version = svc.save_review(team_db, review_id, None, svc.ReviewEdit(
        ratings=dict(others, results=4)))
    assert svc.load_review(team_db, review_id, MANAGER).final_rating is None   # 7 of 8 rated
    with pytest.raises(ValidationError, match="rate every dimension"):
        svc.act(team_db, review_id, "submit")
    version = svc.save_review(team_db, review_id, version, svc.ReviewEdit(
        not_applicable={"satisfaction": True}))
    # satisfaction (weight 10) left out: results 25 x 4 + the other 65 x 3 = 295, over 90
    # = 3.2777... -> 3.28
    detail = svc.load_review(team_db, review_id, MANAGER)
    line = next(d for d in detail.dimensions if d.key == "satisfaction")
    assert line.not_applicable and line.rating is None
    assert detail.computed_rating == Decimal("3.28")
    assert {r.rep_name: r for r in svc.list_reviews(team_db, cycle_id)}[GREEK].rating \
        == Decimal("3.28")
    # rating it clears the mark: 295 + 10 x 5 = 345, over 100 = 3.45
    version = svc.save_review(team_db, review_id, version, svc.ReviewEdit(
        ratings={"satisfaction": 5}))
    detail = svc.load_review(team_db, review_id, MANAGER)
    line = next(d for d in detail.dimensions if d.key == "satisfaction")
    assert not line.not_applicable and line.rating == 5
    assert detail.computed_rating == Decimal("3.45")
    # marking results not applicable clears its 4: 65 x 3 + 10 x 5 = 245, over 75 = 3.2666 -> 3.27
    version = svc.save_review(team_db, review_id, version, svc.ReviewEdit(
        not_applicable={"results": True}))
    detail = svc.load_review(team_db, review_id, MANAGER)
    line = next(d for d in detail.dimensions if d.key == "results")
    assert line.not_applicable and line.rating is None
    assert detail.computed_rating == Decimal("3.27")
    with pytest.raises(ValidationError):        # a rating and the mark at once: refused
        svc.save_review(team_db, review_id, version, svc.ReviewEdit(
            ratings={"teamwork": 4}, not_applicable={"teamwork": True}))
    assert svc.act(team_db, review_id, "submit", on=dt.date(2026, 10, 10)) == "submitted"
    history = svc.review_history(team_db, review_id)
    assert any(h[2] == "review_ratings" and h[4].get("not_applicable") is True for h in history)
