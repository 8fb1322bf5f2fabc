"""Money in the right currency: a multi-currency company (USD company currency; deals in USD,
EUR, PHP and IDR; a rate table with no IDR rate) and its totals, each worked out by hand here."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest
from sqlalchemy import select

from models.db.core import Rep, Team
from models.db.funnel import Deal, DealStageChange, Pipeline, Stage
from models.domain.money import RateTable, Total, total
from models.services import company, users
from models.services.funnel_kpis import funnel_kpis

UTC = dt.timezone.utc
RATES = {"EUR": [(dt.date(2026, 1, 1), D("1.10")), (dt.date(2026, 8, 1), D("1.20"))],
         "PHP": [(dt.date(2026, 1, 1), D("0.0175"))]}


# -- the arithmetic ------------------------------------------------------------------------------
def test_one_currency_is_added_as_it_is():
    day = dt.date(2026, 7, 1)
    t = total([(D("100.10"), "php", day), (D("0.905"), "PHP", day)], RateTable("USD", RATES), "USD")
    assert (t.amount, t.currency, t.converted, t.basis()) == (D("101.01"), "PHP", False,
                                                              "all in PHP")


def test_several_currencies_are_converted_at_each_days_rate_and_missing_rates_reported():
    rates = RateTable("USD", RATES)
    t = total([(D("1000"), "USD", dt.date(2026, 7, 10)),
               (D("500"), "EUR", dt.date(2026, 7, 20)),     # 1.10 → 550
               (D("200"), "EUR", dt.date(2026, 8, 15)),     # 1.20 → 240
               (D("100000"), "PHP", dt.date(2026, 9, 1)),   # 0.0175 → 1750
               (D("5000000"), "IDR", dt.date(2026, 9, 5)),
               (D("7000000"), "IDR", dt.date(2026, 9, 6)),
               (D("300"), "EUR", dt.date(2025, 12, 31))],   # before EUR's first rate
              rates, "USD")
    assert (t.amount, t.currency, t.converted, t.count) == (D("3540.00"), "USD", True, 4)
    assert t.missing == {"IDR": 2, "EUR": 1}
    assert t.missing_sentence() == "1 deal in EUR and 2 in IDR have no rate"
    assert t.by_currency["IDR"] == D("12000000")
    assert Total(D(0), "USD", missing={"IDR": 2}).missing_sentence() == "2 deals in IDR have no rate"


# -- the company ---------------------------------------------------------------------------------
@pytest.fixture
def books(db, tmp_path):
    """The rate table imported from a CSV, and Q3 2026 won deals in four currencies."""
    admin = users.sign_in(db)
    settings = company.company_settings(db)
    company.save_company_settings(db, admin, settings.with_values(currency="USD"), None)
    rates = tmp_path / "rates.csv"
    rates.write_text("date,currency,rate\n" + "".join(
        f"{day},{cur},{rate}\n" for cur, rows in RATES.items() for day, rate in rows),
        encoding="utf-8")
    company.import_rates_csv(db, admin, rates)
    won = [("Denver", "USD", "1000", "2026-07-10"), ("Θεσσαλονίκη", "EUR", "500", "2026-07-20"),
           ("Αθήνα", "EUR", "200", "2026-08-15"), ("Cebu", "PHP", "100000", "2026-09-01"),
           ("Surabaya", "IDR", "5000000", "2026-09-05"), ("Bandung", "IDR", "7000000", "2026-09-06")]
    with db.write() as s:
        team = Team(name="Asia-Pacific")
        s.add(team)
        s.flush()
        rep = Rep(full_name="Maria Santos", team_id=team.id)
        s.add(rep)
        s.flush()
        pipeline = s.scalar(select(Pipeline.id).where(Pipeline.is_default))
        won_stage = s.scalar(select(Stage.id).where(Stage.pipeline_id == pipeline,
                                                    Stage.role == "won"))
        for title, currency, amount, day in won:
            closed = dt.date.fromisoformat(day)
            at = dt.datetime.combine(closed, dt.time(10), UTC)
            deal = Deal(title=title, rep_id=rep.id, pipeline_id=pipeline, stage_id=won_stage,
                        amount=D(amount), currency=currency, status="won", closed_on=closed,
                        lead_received_at=at - dt.timedelta(days=30), stage_entered_at=at)
            s.add(deal)
            s.flush()
            s.add(DealStageChange(deal_id=deal.id, to_stage_id=won_stage, changed_at=at,
                                  changed_by="tester"))
    return dict(admin=admin, rep=rep.id, team=team.id)


def test_funnel_kpis_convert_won_amounts_and_name_the_deals_without_a_rate(db, books):
    (row,) = funnel_kpis(db, dt.date(2026, 7, 1), dt.date(2026, 9, 30), by="company",
                         now=dt.datetime(2026, 10, 1, tzinfo=UTC))
    k = row.kpis
    # by hand: 1000 + 500 × 1.10 + 200 × 1.20 + 100000 × 0.0175 = 1000 + 550 + 240 + 1750
    assert (k.won_deals, k.won_amount, k.currency, k.converted) == (6, D("3540.00"), "USD", True)
    assert k.average_won == D("885.00")        # 3540 over the 4 deals with a rate
    assert k.money_note == "2 deals in IDR have no rate"
    from models.domain.funnel_kpis import money_line
    assert money_line([k]) == ("Amounts in USD, converted at the rate of each deal's date; "
                               "2 deals in IDR have no rate and are left out.")
    company.save_rate(db, books["admin"], "IDR", dt.date(2026, 9, 1), "0.0000625")
    (row,) = funnel_kpis(db, dt.date(2026, 7, 1), dt.date(2026, 9, 30), by="company",
                         now=dt.datetime(2026, 10, 1, tzinfo=UTC))
    # + 12,000,000 × 0.0000625 = 750
    assert (row.kpis.won_amount, row.kpis.money_note, row.kpis.average_won) == (
        D("4290.00"), "", D("715.00"))


def test_kpis_of_deals_in_one_currency_stay_in_it(db, books):
    # 16–31 July: Θεσσαλονίκη won (EUR 500) and Αθήνα's lead came in (EUR); nothing else moved
    (row,) = funnel_kpis(db, dt.date(2026, 7, 16), dt.date(2026, 7, 31), by="company",
                         now=dt.datetime(2026, 10, 1, tzinfo=UTC))
    assert (row.kpis.won_amount, row.kpis.currency, row.kpis.converted) == (D("500.00"), "EUR",
                                                                            False)


def test_board_columns_total_in_one_currency_or_converted(db, books):
    from models.domain.funnel_board import column_money
    from models.services.funnel import load_board
    with db.write() as s:
        pipeline = s.scalar(select(Pipeline.id).where(Pipeline.is_default))
        qualified = s.scalar(select(Stage.id).where(Stage.pipeline_id == pipeline,
                                                    Stage.name == "Qualified"))
        for title, currency, amount in (("Λάρισα", "EUR", "1000"), ("Boise", "USD", "300")):
            s.add(Deal(title=title, rep_id=books["rep"], pipeline_id=pipeline, stage_id=qualified,
                       amount=D(amount), currency=currency, status="open",
                       stage_entered_at=dt.datetime(2026, 9, 1, tzinfo=UTC)))
    board = load_board(db, today=dt.date(2026, 9, 20))   # closed since 21 August shown
    assert board.company_currency == "USD"
    stages = {st.name: st for st in board.stages}
    won = column_money(board.cards[stages["Won"].id], stages["Won"].probability, "USD")
    # Cebu PHP 100,000 × 0.0175 = 1,750; Surabaya and Bandung (IDR) have no rate
    assert (won.total.amount, won.total.currency, won.total.converted) == (D("1750.00"), "USD",
                                                                           True)
    assert won.note == "2 deals in IDR have no rate"
    open_ = column_money(board.cards[stages["Qualified"].id], stages["Qualified"].probability,
                         "USD")
    # EUR 1,000 at today's 1.20 = 1,200, + USD 300 = 1,500; weighted at 15% = 225
    assert (open_.total.amount, open_.weighted.amount, open_.note) == (D("1500.00"), D("225.00"),
                                                                       "")
    assert [c.company_amount for c in board.cards[stages["Qualified"].id]] == [D("1200.00"),
                                                                              D("300")]


def _quota(db, rep_id, target, currency):
    from models.db.roster import Quota
    with db.write() as s:
        s.add(Quota(rep_id=rep_id, period_kind="quarter", period_start=dt.date(2026, 7, 1),
                    period_end=dt.date(2026, 9, 30), measure="amount", target=D(target),
                    currency=currency))


def test_quota_attainment_compares_converted_won_with_the_converted_quota(db, books):
    from models.domain.activity_goals import parse_period
    from models.services.activity_kpi import quota_attainment
    _quota(db, books["rep"], "3000", "EUR")
    (row,) = quota_attainment(db, parse_period("2026-Q3"), today=dt.date(2026, 10, 5))
    # won 3,540 USD (as above); quota EUR 3,000 at the 30 September rate 1.20 = USD 3,600
    assert (row.won, row.won_currency, row.deals) == (D("3540.00"), "USD", 6)
    assert row.ratio == D("0.9833")            # 3540 / 3600
    assert row.note == "2 deals in IDR have no rate"


def test_forecast_and_commission_in_the_company_currency(db, books):
    from models.db.quality import IncentivePlan
    from models.services.activity_kpi import quarter_forecast
    from models.services.incentives import commission_run
    _quota(db, books["rep"], "3600", "USD")
    with db.write() as s:
        pipeline = s.scalar(select(Pipeline.id).where(Pipeline.is_default))
        qualified = s.scalar(select(Stage.id).where(Stage.pipeline_id == pipeline,
                                                    Stage.name == "Qualified"))
        s.add(Deal(title="Λάρισα", rep_id=books["rep"], pipeline_id=pipeline, stage_id=qualified,
                   amount=D("1000"), currency="EUR", status="open",
                   stage_entered_at=dt.datetime(2026, 9, 1, tzinfo=UTC)))
        s.add(IncentivePlan(name="Standard", base_rate=D("0.05"), tier_mode="marginal"))
    rows, _team, _quarter = quarter_forecast(db, today=dt.date(2026, 9, 20))
    (row,) = rows
    # won by 20 September: 3,540 USD; open: EUR 1,000 × 15% at today's 1.20 = USD 180
    assert (row.forecast.won, row.forecast.weighted_open, row.currency) == (
        D("3540.00"), D("180.00"), "USD")
    assert row.note == "won: 2 deals in IDR have no rate"
    (pay,) = commission_run(db, books["admin"], dt.date(2026, 7, 1), dt.date(2026, 9, 30))
    # 5% of USD 3,540
    assert (pay.currency, pay.result.won, pay.result.commission) == ("USD", D("3540.00"),
                                                                     D("177.00"))
    assert pay.note == "2 deals in IDR have no rate"


def test_column_totals_kept_card_by_card_match_a_recount():
    from types import SimpleNamespace as Card
    from models.domain.funnel_board import ColumnTotals, column_money
    cards = [Card(amount=D("100"), currency="EUR", company_amount=D("120")),
             Card(amount=D("50"), currency="USD", company_amount=D("50")),
             Card(amount=D("9000000"), currency="IDR", company_amount=None)]
    kept = ColumnTotals(cards[:1])
    assert kept.money(D("0.5"), "USD").total.amount == D("100.00")   # all EUR: as it is
    kept.add(cards[1])
    kept.add(cards[2])
    assert kept.money(D("0.5"), "USD") == column_money(cards, D("0.5"), "USD")
    money = kept.money(D("0.5"), "USD")
    assert (money.total.amount, money.weighted.amount, money.note) == (
        D("170.00"), D("85.00"), "1 deal in IDR has no rate")
    kept.add(cards[2], -1)   # the IDR card moved out
    assert kept.money(D("0.5"), "USD").note == ""
    kept.add(cards[0], -1)
    assert kept.money(D("0.5"), "USD").total.currency == "USD"


def test_the_forecast_run_rate_counts_the_companys_working_days(db, books):
    from models.services.activity_kpi import quarter_forecast
    _quota(db, books["rep"], "3600", "USD")
    # Q3 2026 to Sunday 20 September: Mon–Fri gives 58 working days gone, 8 left (21–30 Sep);
    # won 3,540 → run-rate rest 3540 / 58 × 8 = 488.28
    (row,), _, _ = quarter_forecast(db, today=dt.date(2026, 9, 20))
    assert row.forecast.run_rate_rest == D("488.28")
    settings = company.company_settings(db)
    company.save_company_settings(db, books["admin"], settings.with_values(
        working_days=(0, 1, 2, 3, 4, 5)), settings.version)
    # Monday to Saturday: 70 gone (12 Saturdays more, 4 July to 19 September), 9 left (the
    # 26th too): 3540 / 70 × 9 = 455.14
    (row,), _, _ = quarter_forecast(db, today=dt.date(2026, 9, 20))
    assert row.forecast.run_rate_rest == D("455.14")
