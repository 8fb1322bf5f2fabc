import datetime as dt
from decimal import Decimal

from models.services import funnel as svc
from models.services.funnel_kpis import funnel_kpis
from tests.funnel.helpers import add_deal, add_people, at, reasons_by_name, stages_by_name

Q3 = (dt.date(2026, 7, 1), dt.date(2026, 9, 30))


def test_kpis_from_the_database_follow_a_deal_reopened_and_won_later(db):
    with db.write() as s:
        ana, giorgos, wei = add_people(s)
        st = stages_by_name(s)
        price = reasons_by_name(s)["Price too high"]
        lost = add_deal(s, title="Lost in August", rep=ana, stage=st["Lost"], amount="800",
                        closed_on=dt.date(2026, 8, 20), lost_reason=price,
                        lead_received_at=at("2026-08-01", 8), first_call_at=at("2026-08-01", 9),
                        history=[(st["New lead"], at("2026-08-01")),
                                 (st["Proposal sent"], at("2026-08-05")),
                                 (st["Objection handling"], at("2026-08-10")),
                                 (st["Lost"], at("2026-08-20"))])
        add_deal(s, title="Won in September", rep=giorgos, stage=st["Won"], amount="1500",
                 closed_on=dt.date(2026, 9, 3), lead_received_at=at("2026-08-02", 8),
                 first_call_at=at("2026-08-02", 14),
                 history=[(st["New lead"], at("2026-08-02")), (st["Proposal sent"], at("2026-08-12")),
                          (st["Won"], at("2026-09-03"))])
        lost_id, lost_version = lost.id, lost.version
    # Reopened in November (after Q3) and won then.
    new_id = svc.reopen_deal(db, lost_id, lost_version)
    version = svc.deal_detail(db, new_id).version
    svc.move_deal(db, new_id, version, stages_by_name_ids(db)["Won"], on=dt.date(2026, 11, 20))

    company = funnel_kpis(db, *Q3, by="company")
    assert len(company) == 1 and company[0].label == "Whole company"
    k = company[0].kpis
    # leads 8/1 (called after 1 h) and 8/2 (after 6 h): median 3.5 h
    assert (k.new_leads, k.called_pct, k.first_call_median_hours) == (2, 100.0, 3.5)
    assert (k.proposals_sent, k.proposed_budget) == (2, Decimal("2300"))
    assert (k.objection_entered, k.objection_avg_days, k.objection_lost) == (1, 10.0, 1)
    assert (k.won_deals, k.won_amount) == (1, Decimal("1500"))
    assert (k.lost_count, k.reopened, k.reopened_won) == (1, 1, 1)
    by_rep = {r.label: r.kpis for r in funnel_kpis(db, *Q3, by="rep")}
    assert set(by_rep) == {"Ana Reyes", "Γιώργος Παπαδόπουλος"}
    assert by_rep["Ana Reyes"].lost_deals[0].reason == "Price too high"
    # the reopened deal's win counts in Q4, where it closed
    q4 = funnel_kpis(db, dt.date(2026, 10, 1), dt.date(2026, 12, 31), by="company")[0].kpis
    assert (q4.won_deals, q4.won_amount, q4.new_leads) == (1, Decimal("800"), 0)


def stages_by_name_ids(db):
    with db.read() as s:
        return {name: stage.id for name, stage in stages_by_name(s).items()}
