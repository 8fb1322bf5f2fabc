"""The demo sums its weekly rollup from the numbers it draws instead of re-reading them: the rows
must be exactly those the rollup rebuild makes from the daily values."""
from sqlalchemy import select

from models.db.activity import ActivityValue, ActivityWeekly
from models.services.activity import rebuild_rollup


def rollup(db):
    w = ActivityWeekly
    with db.read() as s:
        return s.execute(select(w.rep_id, w.metric_id, w.week_start, w.total, w.days, w.last_day)
                         .order_by(w.rep_id, w.metric_id, w.week_start)).all()


def test_demo_rollup_is_the_rebuilt_rollup(demo_db):
    with demo_db.read() as s:
        first, last = s.execute(select(ActivityValue.day).order_by(ActivityValue.day).limit(1)
                                ).scalar(), s.execute(select(ActivityValue.day).order_by(
                                    ActivityValue.day.desc()).limit(1)).scalar()
    assert (last - first).days > 700          # two years of numbers
    generated = rollup(demo_db)
    rebuild_rollup(demo_db)
    rebuilt = rollup(demo_db)
    assert len(generated) > 1000
    assert generated == rebuilt
