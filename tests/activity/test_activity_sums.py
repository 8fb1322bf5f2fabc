"""A period's activity per rep read through the weekly rollup equals the days added one by one."""
import datetime as dt

from models.services import activity as svc
from models.services.activity_sums import activity_by_rep, whole_weeks

MON = dt.date(2026, 6, 29)   # a Monday


def test_whole_weeks_inside_a_period():
    # Wed 1 Jul – Wed 30 Sep 2026: the weeks of Mon 6 Jul … Mon 21 Sep (ending Sun 27 Sep)
    assert whole_weeks(dt.date(2026, 7, 1), dt.date(2026, 9, 30)) == (
        dt.date(2026, 7, 6), dt.date(2026, 9, 21))
    # exactly one week, Monday to Sunday
    assert whole_weeks(dt.date(2026, 7, 6), dt.date(2026, 7, 12)) == (
        dt.date(2026, 7, 6), dt.date(2026, 7, 6))
    # Tuesday to the next Monday holds no whole week
    assert whole_weeks(dt.date(2026, 7, 7), dt.date(2026, 7, 13)) is None


def test_period_sums_match_the_days(small_db):
    calls = svc.metric_by_key(small_db, "calls").id
    cold = svc.metric_by_key(small_db, "cold_calls").id
    # five weeks of two metrics for three reps; rep 3 only in the first week
    rows = [(rep, metric, MON + dt.timedelta(days=d), rep * 10 + d % 7 + (metric == cold))
            for rep in (1, 2) for metric in (calls, cold) for d in range(35)]
    rows += [(3, calls, MON + dt.timedelta(days=d), 4) for d in range(7)]
    with small_db.write() as s:
        svc.bulk_upsert(s.connection(), rows, user="tester", source="test")

    def by_hand(start, end):
        totals = {}
        for rep, _metric, day, value in rows:
            if start <= day <= end:
                totals[rep] = totals.get(rep, 0) + value
        return totals

    periods = [(MON, MON + dt.timedelta(days=34)),                        # whole weeks only
               (MON + dt.timedelta(days=2), MON + dt.timedelta(days=30)),  # Wed … Wed
               (MON + dt.timedelta(days=3), MON + dt.timedelta(days=5)),   # inside one week
               (MON + dt.timedelta(days=6), MON + dt.timedelta(days=7)),   # Sunday and Monday
               (MON + dt.timedelta(days=40), MON + dt.timedelta(days=50))]  # nothing entered
    with small_db.read() as s:
        for start, end in periods:
            assert activity_by_rep(s, start, end) == by_hand(start, end), (start, end)
        start, end = periods[1]
        assert activity_by_rep(s, start, end, rep_ids=[2, 3]) == {
            rep: total for rep, total in by_hand(start, end).items() if rep in (2, 3)}
    # a hand figure: rep 3's first week is 7 days × 4 calls; from Wednesday, 5 days
    with small_db.read() as s:
        assert activity_by_rep(s, MON + dt.timedelta(days=2), MON + dt.timedelta(days=9))[3] == 20
