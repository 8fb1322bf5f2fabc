import datetime as dt

from sqlalchemy import func, select

from models.db.funnel import Deal, DealStageChange, Stage
from models.services import funnel as svc
from models.services.sales_results import won_by_rep

TODAY = dt.date(2026, 11, 23)


def test_demo_deals_have_consistent_realistic_histories(demo_db):
    db = demo_db
    with db.read() as s:
        deals = s.execute(select(Deal.id, Deal.stage_id, Deal.status, Deal.closed_on,
                                 Deal.lost_reason_id, Deal.reopened_from_id)).all()
        last_stage = dict(s.execute(
            select(DealStageChange.deal_id, DealStageChange.to_stage_id)
            .where(DealStageChange.id.in_(select(func.max(DealStageChange.id))
                                          .group_by(DealStageChange.deal_id)))).all())
        roles = dict(s.execute(select(Stage.id, Stage.role)).all())
    assert len(deals) > 1000
    for deal_id, stage_id, status, closed_on, reason, _ in deals:
        assert last_stage[deal_id] == stage_id            # the history ends where the deal is
        assert (status == "open") == (closed_on is None)
        assert (status == "lost") == (reason is not None)
        assert roles[stage_id] in ({"won": ("won",), "lost": ("lost",)}.get(status) or
                                   ("lead", "qualified", "proposal", "objection", "closing"))
    status = {d[0]: d[2] for d in deals}
    reopened = [d for d in deals if d[5] is not None]
    assert reopened and all(status[d[5]] == "lost" for d in reopened)
    assert any(status[d[0]] == "won" for d in reopened)
    board = svc.load_board(db, today=TODAY)
    open_cards = [c for stage in board.stages if not stage.closed for c in board.cards[stage.id]]
    stuck = [c for c in open_cards if c.stuck]
    # stuck flags the exceptions: a third of the board was red before
    assert open_cards and 0 < len(stuck) <= 0.15 * len(open_cards)
    overdue = [c for c in open_cards if c.overdue_days]
    assert overdue and all(c.expected_close < TODAY for c in overdue)
    assert all((TODAY - c.expected_close).days == c.overdue_days for c in overdue)


def test_demo_story_reps_sales(demo_db):
    from models.demo.context import DemoContext  # noqa: F401  (story reps are named in the roster)
    from models.db.core import Rep
    with demo_db.read() as s:
        first_five = s.execute(select(Rep.id).order_by(Rep.id)).scalars().all()
        recent = won_by_rep(s, TODAY - dt.timedelta(days=35), TODAY)
        before = won_by_rep(s, TODAY - dt.timedelta(days=105), TODAY - dt.timedelta(days=36))
    # The dropping rep: about two months of wins before, almost none in the last five weeks.
    drops = [rep for rep in first_five
             if before.get(rep, (0, 0))[1] >= 10 and recent.get(rep, (0, 0))[1] <= 3]
    assert drops
