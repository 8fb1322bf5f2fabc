"""Trend series: week buckets from the rollup agree with day buckets from the raw numbers."""
import datetime as dt

from models.services import activity as svc
from models.services.activity_trends import leaderboard, trend

MON = dt.date(2026, 10, 26)


def test_rep_and_team_trends_with_goal_line(small_db):
    cold = svc.metric_by_key(small_db, "cold_calls").id
    edits = [svc.CellEdit(rep, cold, MON + dt.timedelta(days=d), rep * 10 + d)
             for rep in (1, 2, 3) for d in range(14)]
    svc.save_values(small_db, edits)
    start, end = MON, MON + dt.timedelta(days=13)
    days = trend(small_db, cold, start, end, "day", rep_ids=[1])[0]
    assert days.points[0] == (MON, 10.0) and days.points[13] == (end, 23.0)
    weeks = trend(small_db, cold, start, end, "week", rep_ids=[1])[0]
    assert weeks.points == [(MON, float(sum(range(10, 17)))), (MON + dt.timedelta(days=7),
                                                               float(sum(range(17, 24))))]
    assert weeks.goal == [(MON, 125.0), (MON + dt.timedelta(days=7), 125.0)]   # 5 × 25
    assert weeks.label == "Μαρία Παπαδοπούλου"
    team = trend(small_db, cold, start, end, "week", team_id=1)[0]
    # team 1 = reps 1 and 2: week 1 = (10..16) + (20..26) = 91 + 161
    assert team.points[0] == (MON, 252.0) and team.goal[0] == (MON, 250.0)
    everyone = trend(small_db, cold, start, end, "week")[0]
    assert everyone.points[0][1] == 252.0 + sum(range(30, 37))
    months = trend(small_db, cold, dt.date(2026, 10, 1), dt.date(2026, 11, 30), "month",
                   rep_ids=[1])[0]
    # October: 26..31 -> 10..15 = 75; November 1..8 -> 16..23 = 156
    assert months.points == [(dt.date(2026, 10, 1), 75.0), (dt.date(2026, 11, 1), 156.0)]
    overlay = trend(small_db, cold, start, end, "week", rep_ids=[1, 3])
    assert [s.label for s in overlay] == ["Μαρία Παπαδοπούλου", "Juan dela Cruz"]
    board = leaderboard(small_db, cold, start, end, team_id=2)
    assert board == [(3, MON, sum(range(30, 37))), (3, MON + dt.timedelta(days=7), sum(range(37, 44)))]
