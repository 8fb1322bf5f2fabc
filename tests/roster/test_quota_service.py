"""quota_targets on both databases."""
import datetime as dt
from decimal import Decimal

from models.db.core import Rep, Territory
from models.db.roster import Quota
from models.services.quotas import quota_targets


def test_quota_targets_sum_rep_quotas_inside_the_range(db):
    with db.write() as s:
        a, b = Rep(full_name="Ana Cruz"), Rep(full_name="Νίκος Παππάς")
        t = Territory(name="Cebu North")
        s.add_all([a, b, t])
        s.flush()
        s.add_all([
            Quota(rep_id=a.id, period_kind="quarter", period_start=dt.date(2026, 10, 1),
                  period_end=dt.date(2026, 12, 31), measure="amount", target=Decimal("90000"),
                  currency="PHP"),
            Quota(rep_id=a.id, period_kind="quarter", period_start=dt.date(2026, 7, 1),
                  period_end=dt.date(2026, 9, 30), measure="amount", target=Decimal("80000"),
                  currency="PHP"),
            Quota(rep_id=b.id, period_kind="quarter", period_start=dt.date(2026, 10, 1),
                  period_end=dt.date(2026, 12, 31), measure="count", target=Decimal("12")),
            Quota(territory_id=t.id, period_kind="quarter", period_start=dt.date(2026, 10, 1),
                  period_end=dt.date(2026, 12, 31), measure="amount", target=Decimal("500000")),
        ])
        ids = a.id, b.id
    with db.read() as s:
        q4 = quota_targets(s, dt.date(2026, 10, 1), dt.date(2026, 12, 31))
        h2 = quota_targets(s, dt.date(2026, 7, 1), dt.date(2026, 12, 31))
    assert q4 == {ids[0]: (Decimal("90000.00"), "PHP")}
    assert h2 == {ids[0]: (Decimal("170000.00"), "PHP")}


def test_split_allocate_and_gap(db):
    from models.db.core import TerritoryAssignment
    from models.domain.quotas import quarter_of, sub_periods, year_of
    from models.services.quotas import allocate, set_quota, split_and_save, territory_quotas
    with db.write() as s:
        t = Territory(name="Cebu North")
        a, b = Rep(full_name="Ana Cruz"), Rep(full_name="黄伟")
        s.add_all([t, a, b])
        s.flush()
        for r in (a, b):
            s.add(TerritoryAssignment(rep_id=r.id, territory_id=t.id,
                                      start_date=dt.date(2026, 1, 1)))
        tid, aid, bid = t.id, a.id, b.id
    year = year_of(dt.date(2027, 1, 1))
    qid = set_quota(db, territory_id=tid, period=year, target=Decimal("1000000"), currency="PHP")
    parts = split_and_save(db, qid, "quarter", [1, 1, 1, 2])
    assert [p.target for p in parts] == [Decimal("200000.00")] * 3 + [Decimal("400000.00")]
    again = split_and_save(db, qid, "quarter")  # re-split evenly: replaced, not added
    assert [p.target for p in again] == [Decimal("250000.00")] * 4
    view = territory_quotas(db, tid, year)
    assert len(view.parts) == 4 and view.own.target == Decimal("1000000.00")
    assert {r[0] for r in view.reps} == {aid, bid}

    q1 = sub_periods(year, "quarter")[0]
    after = allocate(db, tid, q1, {aid: Decimal("100000"), bid: Decimal("120000")},
                     currency="PHP")
    assert after.own.target == Decimal("250000.00") and after.gap == Decimal("30000.00")
    after = allocate(db, tid, q1, {bid: Decimal("150000")})
    assert after.gap == 0 and after.allocated == Decimal("250000.00")
    with db.read() as s:
        targets = quota_targets(s, q1.start, q1.end)
    assert targets == {aid: (Decimal("100000.00"), "PHP"), bid: (Decimal("150000.00"), "PHP")}
    assert territory_quotas(db, tid, quarter_of(dt.date(2027, 5, 1))).allocations == []
