"""Stage KPIs on a small hand-built data set; every expected number is worked out in the comments."""
import datetime as dt
from decimal import Decimal

import pytest

from models.domain.funnel import DealStatus, StageRole as R
from models.domain.funnel_kpis import (DealFact, Reason, StageMove, compute_funnel_kpis,
                                       parse_period, percentile)
from models.db.errors import RepdeskError

UTC = dt.timezone.utc
START, END = dt.date(2026, 7, 1), dt.date(2026, 9, 30)
PRICE, DIRTY = Reason(1, "Price too high"), Reason(5, "Dirty lead", is_dirty_lead=True)
REASONS = {1: PRICE, 5: DIRTY}


def t(month, day, hour=9):
    return dt.datetime(2026, month, day, hour, tzinfo=UTC)


def deal(id, rep, amount, status, closed=None, reason=None, lead=None, call=None, reopened=None):
    return DealFact(id=id, title=f"D{id}", rep_id=rep, team_id=10, amount=Decimal(amount),
                    status=DealStatus(status), closed_on=closed, lost_reason_id=reason,
                    lead_received_at=lead, first_call_at=call, reopened_from_id=reopened)


def moves(deal_id, *steps):
    return [StageMove(deal_id, role, when) for role, when in steps]


DEALS = [
    # rep 1
    deal(1, 1, 1000, "won", dt.date(2026, 7, 25), lead=t(7, 1, 8), call=t(7, 1, 10)),      # 2 h
    deal(2, 1, 500, "lost", dt.date(2026, 7, 16), 1, lead=t(7, 3, 8), call=t(7, 3, 12)),   # 4 h
    deal(3, 1, 200, "lost", dt.date(2026, 7, 11), 5, lead=t(7, 10)),                       # never called
    deal(4, 1, 300, "open", lead=t(6, 20, 8), call=t(6, 20, 10)),                          # lead before Q3
    deal(5, 1, 450, "won", dt.date(2026, 8, 10), lead=t(7, 3, 8), reopened=2),            # D2 reopened
    # rep 2
    deal(6, 2, 2000, "open", lead=t(8, 1, 8), call=t(8, 2, 8)),                            # 24 h
    deal(7, 2, 100, "open", lead=t(9, 29, 8), call=t(9, 29, 9)),                           # 1 h
    deal(8, 2, 700, "won", dt.date(2026, 10, 2), lead=t(9, 1, 8), call=t(9, 1, 14)),      # 6 h; won after Q3
]
MOVES = (
    moves(1, (R.LEAD, t(7, 1)), (R.QUALIFIED, t(7, 2)), (R.PROPOSAL, t(7, 5)), (R.OBJECTION, t(7, 10)),
          (R.CLOSING, t(7, 20)), (R.WON, t(7, 25)))
    + moves(2, (R.LEAD, t(7, 3)), (R.QUALIFIED, t(7, 4)), (R.PROPOSAL, t(7, 8)),
            (R.OBJECTION, t(7, 12)), (R.LOST, t(7, 16)))
    + moves(3, (R.LEAD, t(7, 10)), (R.LOST, t(7, 11)))
    + moves(4, (R.LEAD, t(6, 20)), (R.PROPOSAL, t(7, 2)))
    + moves(5, (R.PROPOSAL, t(8, 1)), (R.CLOSING, t(8, 5)), (R.WON, t(8, 10)))
    + moves(6, (R.LEAD, t(8, 1)), (R.QUALIFIED, t(8, 3)), (R.PROPOSAL, t(8, 6)), (R.OBJECTION, t(8, 10)))
    + moves(7, (R.LEAD, t(9, 29)))
    + moves(8, (R.LEAD, t(9, 1)), (R.PROPOSAL, t(9, 10)), (R.WON, t(10, 2)))
)
NOW = t(11, 23)


def by_rep():
    return compute_funnel_kpis(DEALS, MOVES, REASONS, START, END, group=lambda d: d.rep_id, now=NOW)


def test_lead_intake_per_rep():
    one, two = by_rep()[1], by_rep()[2]
    # rep 1: leads D1, D2, D3 (D4 came in June, D5 is D2 reopened, not a new lead)
    assert one.new_leads == 3 and one.leads_called == 2 and one.called_pct == 66.7
    # call delays 2 h and 4 h: median 3; p90 = 2 + (4 - 2) * 0.9 = 3.8
    assert one.first_call_median_hours == 3.0 and one.first_call_p90_hours == 3.8
    assert one.dirty_leads == 1 and one.dirty_pct == 33.3
    assert one.dirty_by_reason == {"Dirty lead": 1}
    # rep 2: delays 24, 1, 6 h -> sorted 1, 6, 24: median 6; p90 rank 1.8 -> 6 + 18 * 0.8 = 20.4
    assert two.new_leads == 3 and two.called_pct == 100.0
    assert two.first_call_median_hours == 6.0 and two.first_call_p90_hours == 20.4
    assert two.dirty_leads == 0 and two.dirty_pct == 0.0


def test_proposals_objection_and_closing_per_rep():
    one, two = by_rep()[1], by_rep()[2]
    # first proposal entries in Q3: D4 7/2, D1 7/5, D2 7/8, D5 8/1 -> 4; 300+1000+500+450
    assert one.proposals_sent == 4 and one.proposed_budget == Decimal("2250")
    # of the cohort D1, D2, D3: D1 and D2 reached a proposal
    assert one.leads_reaching_proposal == 2 and one.lead_to_proposal_pct == 66.7
    # objection: D1 (7/10 -> 7/20, 10 days), D2 (7/12 -> 7/16, 4 days, then lost on price)
    assert one.objection_entered == 2 and one.objection_avg_days == 7.0
    assert one.objection_lost_by_reason == {"Price too high": 1}
    # won in Q3 by close date: D1 7/25 and D5 8/10 -> 1000 + 450
    assert one.won_deals == 2 and one.won_amount == Decimal("1450")
    # proposal cohort D1, D2, D4, D5: D1 and D5 won -> 50%; lead cohort D1, D2, D3: D1 won
    assert one.proposal_to_won_pct == 50.0 and one.lead_to_won_pct == 33.3
    # rep 2: proposals D6 8/6, D8 9/10 -> 2000 + 700; D6 still in objection (no finished stay)
    assert two.proposals_sent == 2 and two.proposed_budget == Decimal("2700")
    assert two.objection_entered == 1 and two.objection_avg_days is None and two.objection_lost == 0
    # D8 was won on 10/2: counts in Q4, not Q3, but it is in both Q3 cohorts
    assert two.won_deals == 0 and two.won_amount == 0
    assert two.proposal_to_won_pct == 50.0 and two.lead_to_won_pct == 33.3


def test_lost_deal_review_and_reopened_deals():
    one = by_rep()[1]
    assert [(d.title, d.reason, d.lost_at_role) for d in one.lost_deals] == [
        ("D3", "Dirty lead", R.LEAD), ("D2", "Price too high", R.OBJECTION)]
    # D2 was reopened as D5, which was won
    assert one.lost_deals[1].reopened_as_id == 5 and one.lost_deals[1].reopened_won
    assert one.lost_count == 2 and one.reopened == 1 and one.reopened_won == 1


def test_company_totals_and_fourth_quarter():
    company = compute_funnel_kpis(DEALS, MOVES, REASONS, START, END, now=NOW)[None]
    # delays 1, 2, 4, 6, 24 h: median 4; p90 rank 3.6 -> 6 + 18 * 0.6 = 16.8
    assert company.new_leads == 6 and company.called_pct == 83.3
    assert company.first_call_median_hours == 4.0 and company.first_call_p90_hours == 16.8
    assert company.proposals_sent == 6 and company.proposed_budget == Decimal("4950")
    assert company.won_deals == 2 and company.won_amount == Decimal("1450")
    q4 = compute_funnel_kpis(DEALS, MOVES, REASONS, dt.date(2026, 10, 1), dt.date(2026, 12, 31),
                             now=NOW)[None]
    assert q4.won_deals == 1 and q4.won_amount == Decimal("700") and q4.new_leads == 0
    assert q4.called_pct is None  # no base: shown empty, not 0%


def test_percentile_and_periods():
    assert percentile([10.0], 90) == 10.0 and percentile([], 50) is None
    assert percentile([1, 2, 3, 4, 5], 50) == 3
    assert parse_period("2026-Q3") == (dt.date(2026, 7, 1), dt.date(2026, 9, 30))
    assert parse_period("2026-02") == (dt.date(2026, 2, 1), dt.date(2026, 2, 28))
    assert parse_period("2026") == (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert parse_period("2026-07-03..2026-07-09") == (dt.date(2026, 7, 3), dt.date(2026, 7, 9))
    with pytest.raises(RepdeskError):
        parse_period("Q3")


def test_lost_by_reason_counts_where_deals_were_lost():
    from models.domain.funnel_kpis import lost_by_reason
    rows = lost_by_reason(by_rep().values())
    # D3 lost at the lead stage as a dirty lead (200), D2 lost in objection on price (500)
    assert [(r.reason, r.lost, r.lost_as_dirty_lead, r.lost_in_objection, r.amount) for r in rows] == [
        ("Dirty lead", 1, 1, 0, Decimal("200")), ("Price too high", 1, 0, 1, Decimal("500"))]


def test_win_rate_average_cycle_and_recovery():
    one, two = by_rep()[1], by_rep()[2]
    # closed in Q3: won D1 and D5, lost D2 and D3 -> 2 / 4
    assert one.win_rate_pct == 50.0
    # (1000 + 450) / 2
    assert one.average_won == Decimal("725.00")
    # D1: lead 7/1, won 7/25 -> 24 days; D5: lead 7/3, won 8/10 -> 38 days; median 31
    assert one.cycle_median_days == 31.0
    # lost in Q3: D2 and D3; D2 was reopened (as D5) and won -> 1 of 2 recovered
    assert one.recovery_pct == 50.0
    # rep 2 closed nothing in Q3: no base, so no rate (not 0%)
    assert two.win_rate_pct is None and two.average_won is None and two.cycle_median_days is None
    assert two.recovery_pct is None


def test_conversion_between_adjacent_stages():
    one, two = by_rep()[1], by_rep()[2]
    # rep 1's cohort: D1 reached won, D2 objection (then lost), D3 only the lead stage
    assert [(a.value, b.value, n, m, pct) for a, b, n, m, pct in one.stage_conversions()] == [
        ("lead", "qualified", 3, 2, 66.7), ("qualified", "proposal", 2, 2, 100.0),
        ("proposal", "objection", 2, 2, 100.0), ("objection", "closing", 2, 1, 50.0),
        ("closing", "won", 1, 1, 100.0)]
    # rep 2: D6 is in objection, D7 a lead, D8 went lead -> proposal -> won (the skipped stages
    # count as passed: it reached a later one)
    assert [(n, m) for _, _, n, m, _ in two.stage_conversions()] == [
        (3, 2), (2, 2), (2, 2), (2, 1), (1, 1)]


def test_every_kpi_heading_says_what_it_means():
    from desktop.funnel.kpi_help import kpi_tip
    from models.domain.funnel_kpis import KPI_COLUMNS
    missing = [h for h, _ in KPI_COLUMNS if not kpi_tip(h)]
    assert missing == []
    assert kpi_tip("Won amount (EUR)") == kpi_tip("Won amount")


def test_lost_amounts_by_reason_are_in_one_currency():
    from models.domain.funnel_kpis import lost_by_reason
    from models.domain.money import Converter, RateTable
    # Two deals lost on price: 500 EUR and 1,000 PHP. At 1.10 USD per EUR and 0.018 per PHP
    # (rates from 1 July) they are 550 + 18 = 568 USD; a third in IDR has no rate: counted, its
    # amount left out — never 500 + 1,000 + 9,000,000 of mixed currencies.
    def lost(id, amount, currency):
        return DealFact(id=id, title=f"L{id}", rep_id=1, team_id=10, amount=Decimal(amount),
                        status=DealStatus.LOST, closed_on=dt.date(2026, 7, 20), lost_reason_id=1,
                        lead_received_at=None, first_call_at=None, currency=currency)
    deals = [lost(1, "500", "EUR"), lost(2, "1000", "PHP"), lost(3, "9000000", "IDR")]
    rates = RateTable("USD", {"EUR": [(dt.date(2026, 7, 1), Decimal("1.10"))],
                              "PHP": [(dt.date(2026, 7, 1), Decimal("0.018"))]})
    converter = Converter([d.currency for d in deals], rates, "USD")
    k = compute_funnel_kpis(deals, [], REASONS, START, END, now=NOW, converter=converter)[None]
    [row] = lost_by_reason([k])
    assert (row.reason, row.lost, row.amount) == ("Price too high", 3, Decimal("568.000"))
    assert [(d.amount, d.currency) for d in sorted(k.lost_deals, key=lambda d: d.deal_id)] == [
        (Decimal("500"), "EUR"), (Decimal("1000"), "PHP"), (Decimal("9000000"), "IDR")]
