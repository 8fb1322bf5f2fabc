"""Review and improvement-plan rules, without a database."""
import datetime as dt
from decimal import Decimal

import pytest

from models.db.errors import RepdeskError, ValidationError
from models.domain.improvement_plans import (WeeklyTarget, plan_end, plan_progress, plan_weeks)
from models.domain.reviews import (RankedRep, ReviewAction, ReviewClosedError, ReviewStatus, Scale,
                                   allowed_actions, distribution, next_status, overall_rating,
                                   missing_ratings, previous_quarter, quarter_bounds, rank,
                                   rating_progress_text, suggest_rating, weighted_rating)

W = {"results": Decimal(50), "activity": Decimal(30), "teamwork": Decimal(20)}


def test_weighted_rating_uses_the_weights():
    assert weighted_rating(W, {"results": 4, "activity": 2, "teamwork": 5}) == Decimal("3.60")


def test_part_rated_review_has_no_overall_rating():
    # 2 of 3 weighted dimensions rated: no overall figure (it once read "4.10 · Exceeds" on a
    # draft with 3 of 8 rated)
    assert weighted_rating(W, {"results": 4, "activity": None, "teamwork": 2}) is None
    assert weighted_rating(W, {"results": 5}) is None
    assert weighted_rating(W, {}) is None
    assert missing_ratings(W, {"results": 4, "teamwork": 2}) == ["activity"]
    assert rating_progress_text(W, {"results": 4, "teamwork": 2}) == \
        "1 of 3 dimensions still to rate"
    assert rating_progress_text(W, {"results": 4}, {"activity"}) == \
        "1 of 3 dimensions still to rate"          # not applicable needs no rating


def test_not_applicable_dimension_is_left_out_not_counted_as_zero():
    # results 4 (weight 50) and teamwork 2 (weight 20), activity not applicable: 240 / 70 = 3.43
    assert weighted_rating(W, {"results": 4, "activity": None, "teamwork": 2},
                           not_applicable={"activity"}) == Decimal("3.43")


def test_zero_weight_dimension_does_not_move_the_rating():
    weights = dict(W, extra=Decimal(0))
    assert weighted_rating(weights, {"results": 4, "activity": 4, "teamwork": 4, "extra": 1}) \
        == Decimal("4.00")


def test_override_needs_a_reason_and_wins():
    scale = Scale()
    with pytest.raises(ValidationError) as error:
        overall_rating(scale, W, {"results": 3}, override=Decimal(4))
    assert "override_reason" in error.value.problems
    all_three = {"results": 3, "activity": 3, "teamwork": 3}
    result = overall_rating(scale, W, all_three, override=4, reason="  Saved the key account ")
    assert result.computed == Decimal("3.00")
    assert result.final == Decimal("4.00") and result.overridden
    assert result.reason == "Saved the key account"


def test_no_override_drops_a_stale_reason():
    result = overall_rating(Scale(), W, {"results": 2, "activity": 2, "teamwork": 2}, None,
                            "old reason")
    assert result.final == Decimal("2.00") and result.reason is None


def test_ratings_and_override_must_be_on_the_scale():
    with pytest.raises(ValidationError):
        overall_rating(Scale(), W, {"results": 6})
    with pytest.raises(ValidationError):
        overall_rating(Scale(), W, {"results": 3}, override=0, reason="x")


def test_scale_labels_and_custom_scale():
    scale = Scale()
    assert scale.label(1) == "Does not meet" and scale.label(Decimal("4.6")) == "Outstanding"
    with pytest.raises(ValidationError):
        Scale(1, 4, ("a", "b"))
    ten = Scale(1, 10, ())
    assert suggest_rating(ten, Decimal("1.3")) == 10 and suggest_rating(ten, Decimal("0.5")) == 1


def test_suggested_rating_from_ratio():
    s = Scale()
    assert [suggest_rating(s, Decimal(r)) for r in ("0.5", "0.8", "1.0", "1.1", "1.5")] == \
        [1, 2, 3, 4, 5]
    assert suggest_rating(s, None) is None


def test_status_transitions():
    assert next_status("draft", "submit") is ReviewStatus.SUBMITTED
    assert next_status("submitted", "return") is ReviewStatus.DRAFT
    assert next_status("submitted", "acknowledge") is ReviewStatus.ACKNOWLEDGED
    assert next_status("acknowledged", "close") is ReviewStatus.CLOSED
    with pytest.raises(RepdeskError, match="cannot"):
        next_status("draft", "close")
    with pytest.raises(RepdeskError):
        next_status("draft", "acknowledge")
    assert allowed_actions("draft") == [ReviewAction.SUBMIT]


def test_closed_is_final():
    for action in ReviewAction:
        with pytest.raises(ReviewClosedError):
            next_status("closed", action)
    assert allowed_actions("closed") == []


def test_quarters():
    assert quarter_bounds("2026-Q3") == (dt.date(2026, 7, 1), dt.date(2026, 9, 30))
    assert quarter_bounds("2026q4") == (dt.date(2026, 10, 1), dt.date(2026, 12, 31))
    assert previous_quarter("2026-Q1") == "2025-Q4"
    with pytest.raises(ValidationError):
        quarter_bounds("2026-Q5")


def test_rank_shares_ties_and_puts_unrated_last():
    rows = [RankedRep(1, "b", Decimal("3.5")), RankedRep(2, "a", Decimal("4")),
            RankedRep(3, "c", Decimal("3.5")), RankedRep(4, "d", None), RankedRep(5, "e", Decimal(2))]
    assert [(pos, r.rep_id) for pos, r in rank(rows)] == [(1, 2), (2, 1), (2, 3), (4, 5), (None, 4)]


def test_distribution_rounds_to_scale_steps():
    assert distribution(Scale(), [Decimal("3.5"), Decimal("3.49"), None, Decimal(5)]) == \
        {1: 0, 2: 0, 3: 1, 4: 1, 5: 1}


# -- improvement plans ------------------------------------------------------------------------

def test_plan_lengths_and_weeks():
    start = dt.date(2026, 9, 1)
    assert plan_end(start, 30) == dt.date(2026, 9, 30)
    weeks = plan_weeks(start, 30)
    assert len(weeks) == 5 and weeks[-1] == (5, dt.date(2026, 9, 29), dt.date(2026, 9, 30))
    with pytest.raises(ValidationError):
        plan_end(start, 45)


def test_plan_progress_counts_due_weeks_only():
    start = dt.date(2026, 9, 1)
    targets = [WeeklyTarget(w, "calls", Decimal(100)) for w in range(1, 6)]
    actuals = {(1, "calls"): 120, (2, "calls"): 90, (3, "calls"): 100}
    # on 2026-09-22, weeks 1-3 have ended (week 3 ends 09-21); week 4 is running
    p = plan_progress(start, 30, targets, actuals, dt.date(2026, 9, 22))
    assert p.weeks_due == 3 and p.weeks_met == 2
    assert p.ratio == Decimal("0.6667") and p.attainment == Decimal("1.0333")
    assert p.days_elapsed == 22 and p.days_total == 30
    assert p.on_track is False
    assert p.weeks[3].met is None   # not due, no number yet
    assert "2 of 3 weekly targets met" in p.summary()


def test_missing_number_in_a_due_week_is_a_miss():
    start = dt.date(2026, 9, 1)
    p = plan_progress(start, 30, [WeeklyTarget(1, "calls", Decimal(50))], {}, dt.date(2026, 10, 5))
    assert p.weeks[0].met is False and p.weeks_met == 0 and p.attainment == Decimal("0.0000")


def test_plan_progress_rejects_targets_outside_the_plan():
    with pytest.raises(ValidationError):
        plan_progress(dt.date(2026, 9, 1), 30, [WeeklyTarget(6, "calls", Decimal(1))], {},
                      dt.date(2026, 9, 2))
