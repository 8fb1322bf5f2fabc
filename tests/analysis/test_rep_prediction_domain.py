"""The next-month prediction and its backtest, on hand-built months."""
import datetime as dt
import random

from models.domain.rep_prediction import (MIN_HISTORY_MONTHS, Model, RepMonth, backtest,
                                          next_month, predict_next_month, samples)


def month(i: int) -> dt.date:
    """Month i counted from January 2025."""
    return dt.date(2025 + i // 12, i % 12 + 1, 1)


def test_samples_fill_quiet_months_and_carry_the_naive_forecasts():
    rows = [RepMonth(7, month(0), won_amount=100, activity=(10, 2), proposals=1),
            # month 1 has no row: an empty month, not a gap
            RepMonth(7, month(2), won_amount=400, activity=(30,), proposals=3)]
    got = samples(rows)
    assert [(s.month, s.target_month) for s in got] == [
        (month(0), month(1)), (month(1), month(2)), (month(2), month(3))]
    assert [s.won_next for s in got] == [0.0, 400, None]
    # naive forecasts: last month again; the average of the last (up to) three months
    assert [s.last_won for s in got] == [100, 0.0, 400]
    assert [s.trailing3 for s in got] == [100, 50, (100 + 0 + 400) / 3]
    # activity padded to the widest row, then proposals: (30, 0) and 3 for month 2
    assert got[2].x[:3] == (30.0, 0.0, 3.0)
    assert got[1].x[:3] == (0.0, 0.0, 0.0)


def company(reps=40, months=20, seed=3):
    """Next month's wins follow this month's proposals (about 1,000 each) plus noise; a rep's
    wins swing with their proposals, so last month's wins are a poor guide."""
    rnd = random.Random(seed)
    rows = []
    for rep in range(1, reps + 1):
        proposals = [rnd.randint(0, 8) for _ in range(months)]
        for i in range(months):
            won = 1000 * proposals[i - 1] + rnd.uniform(-150, 150) if i else 0.0
            rows.append(RepMonth(rep, month(i), won_amount=max(won, 0.0), proposals=proposals[i],
                                 activity=(20 * proposals[i] + rnd.randint(0, 10),)))
    return rows


def test_backtest_never_fits_on_the_month_it_predicts_or_later():
    seen = []

    def recording_fit(train):
        seen.append(max(s.target_month for s in train))
        return Model(train)

    result = backtest(samples(company()), months=4, fit=recording_fit)
    assert len(result.origins) == 4 and len(seen) == 4
    for origin, latest_trained in zip(result.origins, seen):
        assert latest_trained < origin          # the newest outcome it learned from is before M
        assert latest_trained == month(_index(origin) - 1)


def _index(m: dt.date) -> int:
    return (m.year - 2025) * 12 + m.month - 1


def test_a_model_that_reads_the_funnel_beats_last_month_and_the_trailing_average():
    result = backtest(samples(company()), months=6)
    # Wins follow last month's proposals: the naive forecasts miss every swing; errors of the
    # model are the noise (±150 on about 4,000) plus what it did not learn.
    assert result.model_wape < 0.2
    assert result.last_month_wape > 0.5 and result.trailing3_wape > 0.3
    assert result.beats_naive
    assert result.predictions == 6 * 40
    assert 0.5 <= result.range_coverage <= 1.0


def test_prediction_for_the_coming_month_with_its_range_or_too_little_history():
    rows = company(reps=30, months=12)
    # a new rep with two months behind them
    rows += [RepMonth(99, month(10), won_amount=500, proposals=5),
             RepMonth(99, month(11), won_amount=0, proposals=4)]
    got = {p.rep_id: p for p in predict_next_month(samples(rows))}
    assert got[99].expected is None and got[99].history_months == 2 < MIN_HISTORY_MONTHS
    assert not got[99].enough_history
    for rep in range(1, 31):
        p = got[rep]
        assert p.month == next_month(month(11))
        assert p.low <= p.expected <= p.high
    # rep 1 made 8 proposals in the last month -> about 8,000 next; rep with 0 -> about 0
    last = {r.rep_id: r.proposals for r in rows if r.month == month(11)}
    busiest = max(range(1, 31), key=lambda r: last[r])
    idlest = min(range(1, 31), key=lambda r: last[r])
    assert got[busiest].expected > got[idlest].expected + 3000


def test_a_predicted_fall_is_an_early_warning_in_the_attention_list():
    from models.domain.attention import PredictedFall, RepFacts, attention_list, predicted_fall
    # 70% of the usual is the line: at it, no warning; below it, one
    assert not predicted_fall(7000, 10000) and predicted_fall(6999, 10000)
    assert not predicted_fall(0, 0) and not predicted_fall(None, 10000)
    fall = PredictedFall(4000, 10000, "Dec 2026", "$4,000", "$10,000")
    [item] = attention_list([RepFacts(7, "Budi Santoso", predicted_fall=fall),
                             RepFacts(8, "Siti Rahma")])
    [reason] = item.reasons
    assert reason.kind == "predicted_fall"
    assert reason.text == "Dec 2026 predicted at $4,000, 60% below the usual $10,000"
    assert reason.points == 15 + 30 * 0.6          # 33
