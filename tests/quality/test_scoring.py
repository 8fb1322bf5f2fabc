"""Scorecard arithmetic, checked against scores worked out by hand."""
from decimal import Decimal as D

import pytest

from models.domain.scoring import (Answer, Choice, CriticalMode, QuestionDef, QuestionKind,
                                   ScorecardDef, SectionDef, check_answer, score_evaluation)

Q1 = QuestionDef(1, "Greets within 10 seconds", QuestionKind.YES_NO)
Q2 = QuestionDef(2, "Warmth of greeting", QuestionKind.SCALE, weight=D(2), max_points=5, allow_na=True)
Q3 = QuestionDef(3, "Needs discovery", QuestionKind.CHOICE,
                 choices=(Choice("Poor", D(0)), Choice("OK", D(2)), Choice("Great", D(3))))
Q4 = QuestionDef(4, "States the cooling-off right", QuestionKind.YES_NO, critical=True)
Q5 = QuestionDef(5, "Asks for the order", QuestionKind.YES_NO, allow_na=True)
Q6 = QuestionDef(6, "Notes", QuestionKind.TEXT)


def card(mode=CriticalMode.ZERO, cap=D("0.5")):
    return ScorecardDef((SectionDef("Greeting", D(10), (Q1, Q2)),
                         SectionDef("Needs", D(20), (Q3, Q4)),
                         SectionDef("Close", D(10), (Q5, Q6))), mode, cap)


BASE = {1: Answer(1), 2: Answer(3), 3: Answer(1), 4: Answer("yes"), 5: Answer(na=True),
        6: Answer(text="Friendly")}


def test_points_weights_and_an_unanswered_section():
    result = score_evaluation(card(), BASE)
    # Greeting: (1 + 2×3) / (1 + 2×5) = 7/11 = 0.6364; Needs: (2 + 1) / (3 + 1) = 0.75
    assert result.section("Greeting").earned == 7 and result.section("Greeting").possible == 11
    assert result.section("Greeting").score == D("0.6364")
    assert result.section("Needs").score == D("0.7500")
    # Close: the only scored question is N/A -> no score, its weight leaves the total
    assert result.section("Close").score is None
    # (10 × 0.6364 + 20 × 0.75) / 30 = 21.364 / 30 = 0.7121
    assert result.score == D("0.7121")
    assert result.critical_failed == ()


def test_answered_section_counts_in_the_weight():
    result = score_evaluation(card(), {**BASE, 5: Answer(1)})
    # (6.364 + 15 + 10 × 1) / 40 = 0.7841
    assert result.score == D("0.7841")


def test_na_leaves_both_earned_and_possible():
    result = score_evaluation(card(), {**BASE, 2: Answer(na=True)})
    assert result.section("Greeting").score == D("1.0000")  # 1/1
    assert result.score == D("0.8333")                        # (10 + 15) / 30


def test_missing_answer_counts_like_na():
    answers = dict(BASE)
    del answers[2]
    assert score_evaluation(card(), answers).score == D("0.8333")


def test_failed_critical_zeroes_the_evaluation():
    result = score_evaluation(card(), {**BASE, 4: Answer("no")})
    # Needs: 2/4 = 0.5; before the rule: (6.364 + 10) / 30 = 0.5455
    assert result.section("Needs").score == D("0.5000")
    assert result.uncapped == D("0.5455")
    assert result.score == D("0.0000")
    assert result.critical_failed == (4,)


@pytest.mark.parametrize("cap, expected", [(D("0.4"), D("0.4000")), (D("0.6"), D("0.5455"))])
def test_failed_critical_caps_the_evaluation(cap, expected):
    result = score_evaluation(card(CriticalMode.CAP, cap), {**BASE, 4: Answer(0)})
    assert result.score == expected


def test_critical_na_is_not_a_failure():
    q4_na = QuestionDef(4, "Critical, may be N/A", QuestionKind.YES_NO, critical=True, allow_na=True)
    c = ScorecardDef((SectionDef("Needs", D(1), (Q3, q4_na)),))
    result = score_evaluation(c, {3: Answer(2), 4: Answer(na=True)})
    assert result.score == D("1.0000") and result.critical_failed == ()


def test_nothing_answered_has_no_score():
    assert score_evaluation(card(), {}).score is None


def test_answers_are_checked():
    assert check_answer(Q1, Answer(na=True)) == "N/A is not allowed for this question"
    assert check_answer(Q2, Answer(na=True)) is None
    assert "outside the scale" in check_answer(Q2, Answer(6))
    assert "not one of" in check_answer(Q3, Answer("Superb"))
    assert check_answer(Q3, Answer("great")) is None
    assert check_answer(Q1, Answer("maybe")) == "'maybe' is not yes or no"
