"""Volume against value on both databases: three reps' deals in Q3 2026 (today 15 October),
their bands, times and touches worked out by hand."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

from models.db.funnel import DealNote
from models.domain.deal_size import FEW_LARGE, LIKE_TEAM, MANY_SMALL
from models.services.deal_size import volume_vs_value
from tests.funnel.helpers import add_deal, add_people, at, reasons_by_name, stages_by_name

Q3 = (dt.date(2026, 7, 1), dt.date(2026, 9, 30))
TODAY = dt.date(2026, 10, 15)


def _deals(db):
    with db.write() as s:
        ana, giorgos, wei = add_people(s)
        st = stages_by_name(s)
        no_budget = reasons_by_name(s)["No budget"]
        for i in range(2):   # small, won after 10 days
            add_deal(s, title=f"small won {i}", rep=ana, stage=st["Won"], amount="200",
                     closed_on=dt.date(2026, 7, 20), lead_received_at=at("2026-07-10"),
                     history=[(st["Won"], at("2026-07-20"))])
        for i in range(2):   # small, open for 10 days
            deal = add_deal(s, title=f"small open {i}", rep=ana, stage=st["New lead"],
                            amount="200", lead_received_at=at("2026-10-05"),
                            history=[(st["New lead"], at("2026-10-05"))])
        s.add(DealNote(deal_id=deal.id, body="Καλέστε ξανά τη Δευτέρα", author="tester"))
        add_deal(s, title="large", rep=giorgos, stage=st["Won"], amount="9000",
                 closed_on=dt.date(2026, 9, 30), lead_received_at=at("2026-06-01"),
                 history=[(st["Closing"], at("2026-09-01")), (st["Won"], at("2026-09-30"))])
        add_deal(s, title="medium won", rep=wei, stage=st["Won"], amount="2000",
                 closed_on=dt.date(2026, 8, 1), history=[(st["Won"], at("2026-08-01"))])
        add_deal(s, title="medium lost", rep=wei, stage=st["Lost"], amount="3000",
                 closed_on=dt.date(2026, 8, 15), lead_received_at=at("2026-08-05"),
                 lost_reason=no_budget, history=[(st["Lost"], at("2026-08-15"))])
        add_deal(s, title="medium open", rep=wei, stage=st["Closing"], amount="2500",
                 lead_received_at=at("2026-09-15"), history=[(st["Closing"], at("2026-09-15"))])
        add_deal(s, title="June", rep=wei, stage=st["Won"], amount="50000",
                 closed_on=dt.date(2026, 6, 30))          # before the period: not counted
        s.flush()
        return ana.id, giorgos.id, wei.id


def test_volume_against_value(db):
    ana, giorgos, wei = _deals(db)
    result = volume_vs_value(db, *Q3, edges=(D(1000), D(5000)), today=TODAY)
    reps = {r.rep_id: r.volume for r in result.reps}
    # amounts 200 ×4, 2000, 2500, 3000, 9000: team median (200 + 2000) / 2 = 1,100;
    # deals per rep 4, 1, 3: median 3
    assert reps[ana].profile == MANY_SMALL        # 200 < 737 and 4 > 3
    assert reps[giorgos].profile == FEW_LARGE     # 9000 > 1,650 and 1 < 3
    assert reps[wei].profile == LIKE_TEAM         # 2500 > 1,650 but 3 deals is not fewer than 3
    small, medium, large = result.team
    assert result.band_names == ("small", "medium", "large")
    # (deals, won, revenue, median days in funnel, touches per deal)
    assert (small.deals, small.won, small.revenue, small.median_days, small.touches_per_deal) \
        == (4, 2, D("400.00"), D("10.00"), D("1.25"))    # 4 stage moves and a note
    assert (medium.deals, medium.won, medium.revenue, medium.median_days,
            medium.touches_per_deal) == (3, 1, D("2000.00"), D("20.00"), D("1.00"))  # 10, 30
    # 1 June to 30 September: 29 + 31 + 31 + 30 days
    assert (large.deals, large.won, large.revenue, large.median_days, large.touches_per_deal) \
        == (1, 1, D("9000.00"), D("121.00"), D("2.00"))
    assert reps[wei].bands[1] == medium
    assert result.notes == ("1 deal without a lead date: not in the time in funnel.",)
    thirds = volume_vs_value(db, *Q3, today=TODAY)
    assert thirds.edges == (D(200), D(2500))   # sorted positions 8 // 3 = 2 and 16 // 3 = 5
