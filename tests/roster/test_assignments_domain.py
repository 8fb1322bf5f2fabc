"""Assignment history without a database: who covered what, and what a reassignment changes."""
import datetime as dt

import pytest

from models.domain.roster_assignments import (Assignment, ReassignError, covered,
                                              plan_reassignment)

D = dt.date
HISTORY = [
    Assignment(1, 10, 100, "primary", D(2024, 1, 1), D(2025, 4, 30)),
    Assignment(2, 11, 100, "primary", D(2025, 5, 1), None),
    Assignment(3, 12, 100, "overlay", D(2025, 7, 1), D(2025, 12, 31)),
    Assignment(4, 10, 200, "primary", D(2025, 5, 1), None),
]


def test_who_covered_a_territory_in_a_quarter():
    q2 = covered(HISTORY, {100}, D(2025, 4, 1), D(2025, 6, 30))
    assert [(a.rep_id, a.id) for a in q2] == [(10, 1), (11, 2)]
    q3 = covered(HISTORY, {100}, D(2025, 7, 1), D(2025, 9, 30))
    assert sorted(a.rep_id for a in q3) == [11, 12]
    assert covered(HISTORY, {100}, D(2023, 1, 1), D(2023, 12, 31)) == []


def test_reassignment_ends_the_old_row_the_day_before_and_starts_a_new_one():
    plan = plan_reassignment(HISTORY, 11, 200, D(2026, 3, 1))
    assert plan.end_ids == {2: D(2026, 2, 28)}
    assert plan.new == Assignment(None, 11, 200, "primary", D(2026, 3, 1), None)


def test_moving_only_the_dragged_assignment_and_refusing_rewrites():
    plan = plan_reassignment(HISTORY, 10, 300, D(2026, 1, 1), from_assignment=4)
    assert plan.end_ids == {4: D(2025, 12, 31)}
    assert plan_reassignment(HISTORY, 10, 200, D(2026, 1, 1)).new is None  # already there
    with pytest.raises(ReassignError):
        plan_reassignment(HISTORY, 11, 300, D(2025, 1, 1), from_assignment=2)
