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
