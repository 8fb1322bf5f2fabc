import datetime as dt
from decimal import Decimal

from models.services.sales_results import open_weighted_by_rep, won_by_rep
from tests.funnel.helpers import add_deal, add_people, reasons_by_name, stages_by_name


def test_won_and_open_weighted_by_rep(db):
    with db.write() as s:
        ana, giorgos, wei = add_people(s)
        st = stages_by_name(s)
        lost = reasons_by_name(s)["No budget"]
        add_deal(s, title="A1", rep=ana, stage=st["Won"], amount="1000.50",
                 closed_on=dt.date(2026, 7, 1))
        add_deal(s, title="A2", rep=ana, stage=st["Won"], amount="500",
                 closed_on=dt.date(2026, 9, 30))
        add_deal(s, title="A3 outside", rep=ana, stage=st["Won"], amount="9999",
                 closed_on=dt.date(2026, 10, 1))
        add_deal(s, title="G lost", rep=giorgos, stage=st["Lost"], amount="700",
                 closed_on=dt.date(2026, 8, 1), lost_reason=lost)
        add_deal(s, title="G open", rep=giorgos, stage=st["Proposal sent"], amount="1000")   # .35
        add_deal(s, title="G open 2", rep=giorgos, stage=st["Closing"], amount="200")       # .75
        add_deal(s, title="W open", rep=wei, stage=st["New lead"], amount="100")            # .05
    with db.read() as s:
        won = won_by_rep(s, dt.date(2026, 7, 1), dt.date(2026, 9, 30))
        weighted = open_weighted_by_rep(s)
    assert won == {ana.id: (Decimal("1500.50"), 2)}
    assert weighted == {giorgos.id: Decimal("500.00"), wei.id: Decimal("5.00")}


def test_forecast_funnel_counts_only_deals_expected_within_the_quarter(db):
    with db.write() as s:
        ana, giorgos, wei = add_people(s)
        st = stages_by_name(s)
        # Closing is 75%: 400 -> 300 expected this quarter, 1000 -> 750 next quarter
        add_deal(s, title="this quarter", rep=ana, stage=st["Closing"], amount="400",
                 expected_close=dt.date(2026, 9, 30))
        add_deal(s, title="next quarter", rep=ana, stage=st["Closing"], amount="1000",
                 expected_close=dt.date(2026, 10, 1))
        add_deal(s, title="late", rep=giorgos, stage=st["Closing"], amount="200",
                 expected_close=dt.date(2026, 7, 2))
        add_deal(s, title="no date", rep=wei, stage=st["Closing"], amount="100")
    with db.read() as s:
        in_quarter = open_weighted_by_rep(s, expected_by=dt.date(2026, 9, 30))
        everything = open_weighted_by_rep(s)
    assert in_quarter == {ana.id: Decimal("300.00"), giorgos.id: Decimal("150.00"),
                          wei.id: Decimal("75.00")}
    assert everything[ana.id] == Decimal("1050.00")
