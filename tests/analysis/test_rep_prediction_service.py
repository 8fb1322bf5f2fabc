"""Monthly figures gathered from the database for the prediction, worked out by hand, and the
prediction on the demo company (both databases)."""
import datetime as dt
from decimal import Decimal

from sqlalchemy import select

from models.db.activity import ActivityMetric, ActivityValue
from models.domain.funnel import DealStatus
from models.services.activity import refresh_rollup
from models.services.rep_prediction import forecast_next_month, monthly_figures
from tests.funnel.helpers import add_deal, add_people, at, stages_by_name

AS_OF = dt.date(2026, 11, 15)       # half of November gone: its flows count double


def test_monthly_figures_by_hand(db):
    with db.write() as s:
        ana, other = add_people(s, names=("Ana Reyes", "王伟"))
        calls = s.scalar(select(ActivityMetric).where(ActivityMetric.key == "calls"))
        if calls is None:
            calls = ActivityMetric(key="calls", name="Calls made")
            s.add(calls)
            s.flush()
        for day, value in (("2026-09-03", 10), ("2026-09-20", 5), ("2026-10-01", 7),
                           ("2026-11-10", 4)):
            s.add(ActivityValue(rep_id=ana.id, metric_id=calls.id,
                                day=dt.date.fromisoformat(day), value=value))
        s.flush()
        # as saving activity does: the weekly rollup the prediction reads
        refresh_rollup(s.connection(), dt.date(2026, 9, 1), dt.date(2026, 11, 30))
        st = stages_by_name(s)
        won = next(x for x in st.values() if x.role == "won")
        lead = next(x for x in st.values() if x.role == "lead")
        add_deal(s, title="Won in September", rep=ana, stage=won, amount="1000",
                 status=DealStatus.WON, closed_on=dt.date(2026, 9, 15),
                 lead_received_at=at("2026-08-20"))
        add_deal(s, title="Won in November", rep=ana, stage=won, amount="500",
                 status=DealStatus.WON, closed_on=dt.date(2026, 11, 5),
                 lead_received_at=at("2026-10-10"))
        add_deal(s, title="Still open", rep=ana, stage=lead, amount="300",
                 lead_received_at=at("2026-10-20"))
        euro = add_deal(s, title="Won in euros, no rate", rep=ana, stage=won, amount="200",
                        status=DealStatus.WON, closed_on=dt.date(2026, 10, 10),
                        lead_received_at=at("2026-10-02"))
        euro.currency = "EUR"
        metric_keys = sorted(s.scalars(select(ActivityMetric.key)))
        ana_id = ana.id
    with db.read() as s:
        rows, unconverted, currency = monthly_figures(s, AS_OF, history_months=6)
    assert currency == "USD" and unconverted == {"EUR": 1}
    i = metric_keys.index("calls")
    got = {r.month: (r.activity[i], r.won_amount, r.won_deals, r.new_leads, r.open_pipeline)
           for r in rows if r.rep_id == ana_id}
    assert got == {
        # August: deal 1 arrived 20 Aug, still open at the month's end
        dt.date(2026, 8, 1): (0.0, 0.0, 0, 1, 1000.0),
        # September: 10 + 5 calls; deal 1 won (1,000); nothing open at the end
        dt.date(2026, 9, 1): (15.0, 1000.0, 1, 0, 0.0),
        # October: 7 calls; two leads (deals 2 and 3; the euro deal arrived 2 Oct too: 3);
        # the euro win has no rate and is left out; open at 31 Oct: deals 2 and 3 = 800
        dt.date(2026, 10, 1): (7.0, 0.0, 0, 3, 800.0),
        # November to the 15th (15 of 30 days: flows doubled): 4 calls -> 8, 500 won -> 1,000,
        # one deal -> 2; open today: deal 3
        dt.date(2026, 11, 1): (8.0, 1000.0, 2, 0, 300.0),
    }


def test_the_demo_company_next_month(demo_db):
    result = forecast_next_month(demo_db, as_of=dt.date(2026, 11, 23))
    assert result.month == dt.date(2026, 12, 1)
    assert result.partial_month_days == (23, 30)
    assert {p.rep_id for p in result.predictions} == set(result.names)
    ready = [p for p in result.predictions if p.enough_history]
    assert ready and all(p.low <= p.expected <= p.high for p in ready)
    bt = result.backtest
    assert len(bt.origins) == 6 and bt.origins[-1] == dt.date(2026, 10, 1)
    assert bt.model_wape is not None and bt.predictions > 0
    # the done-means of the prediction: on the demo company it beats both naive forecasts
    assert bt.beats_naive, (bt.model_wape, bt.last_month_wape, bt.trailing3_wape)


def test_predicted_falls_reach_the_attention_list(demo_db):
    from models.services.attention import build_attention_list
    from models.services.rep_prediction import RepForecast
    from models.domain.rep_prediction import Backtest, Prediction
    today = dt.date(2026, 11, 23)
    from models.services.activity import list_reps
    from models.services.activity_kpi import TRACKED_STATUSES
    reps = sorted(r.id for r in list_reps(demo_db, None) if r.status in TRACKED_STATUSES)[:3]
    dec = dt.date(2026, 12, 1)
    forecast = RepForecast(
        today, dec, "USD",
        [Prediction(reps[0], dec, 3000.0, 1000.0, 6000.0, 12),     # 3,000 of a usual 10,000
         Prediction(reps[1], dec, 9000.0, 5000.0, 12000.0, 12),    # 90% of the usual: no warning
         Prediction(reps[2], dec, None, None, None, 2)],           # too little history
        {r: f"rep {r}" for r in reps}, Backtest([], None, None, None), 24, (23, 30),
        usual={reps[0]: 10000.0, reps[1]: 10000.0, reps[2]: 10000.0})
    assert set(forecast.falls()) == {reps[0]}
    items = {i.rep_id: i for i in build_attention_list(demo_db, today=today, forecast=forecast)}
    falls = [r for r in items[reps[0]].reasons if r.kind == "predicted_fall"]
    assert [(r.text, r.points) for r in falls] == [
        ("Dec 2026 predicted at US$3,000, 70% below the usual US$10,000", 36.0)]  # 15 + 30 × 0.7
    for rep in reps[1:]:
        assert rep not in items or all(r.kind != "predicted_fall" for r in items[rep].reasons)
