"""The demo's key numbers tell the story: weekly rhythm, holidays, the dropping, steady and
volatile reps, and rollups that match the raw numbers."""
import datetime as dt
import statistics
from collections import defaultdict

from sqlalchemy import func, select

from models.db.activity import ActivityValue, ActivityWeekly, Holiday
from models.db.core import Rep
from models.services import activity as svc
from models.services import activity_kpi as kpi
from models.services.attention import build_attention_list

TODAY = dt.date(2026, 11, 23)


def test_demo_numbers_tell_the_story(demo_db):
    from models.demo.context import DemoContext  # noqa: F401
    with demo_db.read() as s:
        story = {}
        # the story reps are the first three active sellers of team 1 (see core_company)
        sellers = s.execute(select(Rep.id).where(Rep.team_id == 1, Rep.manager_id.is_not(None),
                                                 Rep.status == "active", Rep.end_date.is_(None))
                            .order_by(Rep.id)).scalars().all()
        story = dict(zip(["dropping", "steady", "volatile"], sellers))
        crm = svc.metric_by_key(demo_db, "crm_actions").id
        rows = s.execute(select(ActivityValue.rep_id, ActivityValue.day, ActivityValue.value)
                         .where(ActivityValue.metric_id == crm)).all()
        holidays = set(s.scalars(select(Holiday.day)))
        raw_total = s.scalar(select(func.sum(ActivityValue.value)))
        rollup_total = s.scalar(select(func.sum(ActivityWeekly.total)))
    assert raw_total == rollup_total
    by_weekday = defaultdict(list)
    for _rep, day, value in rows:
        by_weekday[day.weekday()].append(value)
    assert not by_weekday[5] and not by_weekday[6]                  # weekends empty
    assert statistics.mean(by_weekday[4]) < 0.85 * statistics.mean(by_weekday[1])  # Friday light
    assert dt.date(2026, 10, 28) in holidays
    assert not [r for r in rows if r[1] in holidays]                  # nobody works on holidays

    def weekly(rep):
        out = defaultdict(int)
        for r, day, value in rows:
            if r == rep:
                out[day - dt.timedelta(days=day.weekday())] += value
        return [out[k] for k in sorted(out)][:-1]   # the running week left out
    dropping, steady, volatile = (weekly(story[k]) for k in ("dropping", "steady", "volatile"))
    assert statistics.mean(dropping[-3:]) < 0.6 * statistics.mean(dropping[-20:-8])
    assert statistics.pstdev(steady[-20:]) < statistics.pstdev(volatile[-20:]) / 3
    alerts = kpi.alerts(demo_db, today=TODAY)
    assert any(a.rep_id == story["dropping"] and a.kind == "drawdown" for a in alerts)
    assert any(a.kind == "missing_numbers" for a in alerts)
    assert not any(a.rep_id == story["steady"] for a in alerts)
    top = build_attention_list(demo_db, today=TODAY, team_id=1)
    assert top and top[0].rep_id == story["dropping"]
