import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select, update

from models.db.errors import ConflictError, RepdeskError, ValidationError
from models.db.funnel import Deal, DealStageChange
from models.domain.funnel_board import BoardFilter
from models.services import funnel as svc
from tests.funnel.helpers import add_deal, add_people, at, reasons_by_name, stages_by_name

TODAY = dt.date(2026, 7, 20)


@pytest.fixture
def small(db):
    with db.write() as s:
        reps = add_people(s)
        st = stages_by_name(s)
        ids = {}
        ids["fresh"] = add_deal(s, title="Fresh lead", rep=reps[0], stage=st["New lead"],
                                amount="100", history=[(st["New lead"], at("2026-07-19"))]).id
        ids["stale"] = add_deal(s, title="Σύμβαση Αθήνα", rep=reps[1], stage=st["Proposal sent"],
                                amount="5000", history=[(st["New lead"], at("2026-06-01")),
                                                        (st["Proposal sent"], at("2026-07-01"))]).id
        ids["big"] = add_deal(s, title="上海 合同", rep=reps[2], stage=st["Proposal sent"],
                              amount="20000", history=[(st["Proposal sent"], at("2026-07-15"))],
                              expected_close=dt.date(2026, 9, 1)).id
    return db, ids, {n: s.id for n, s in st.items()}, reps


def test_board_columns_days_and_stuck(small):
    db, ids, st, _ = small
    board = svc.load_board(db, today=TODAY)
    assert [s.name for s in board.stages] == ["New lead", "Qualified", "Proposal sent",
                                              "Objection handling", "Closing", "Won", "Lost"]
    proposal = board.cards[st["Proposal sent"]]
    # longest in the stage first: entered 7/1 (19 days > 10 allowed: stuck), then 7/15 (5 days)
    assert [(c.title, c.days_in_stage, c.stuck) for c in proposal] == [
        ("Σύμβαση Αθήνα", 19, True), ("上海 合同", 5, False)]
    assert [c.title for c in board.cards[st["New lead"]]] == ["Fresh lead"]


def test_move_writes_history_and_lost_needs_a_reason(small):
    db, ids, st, _ = small
    card = svc.load_board(db, today=TODAY).cards[st["New lead"]][0]
    result = svc.move_deal(db, card.id, card.version, st["Qualified"])
    assert result.version == card.version + 1 and result.status == "open"
    with pytest.raises(ValidationError):
        svc.move_deal(db, card.id, result.version, st["Lost"])
    with db.read() as s:
        deal = s.get(Deal, card.id)
        assert deal.stage_id == st["Qualified"] and deal.status == "open"
    reason = svc.board_options(db).lost_reasons[0]
    lost = svc.move_deal(db, card.id, result.version, st["Lost"], lost_reason_id=reason.id,
                         on=TODAY)
    assert lost.status == "lost"
    with db.read() as s:
        deal = s.get(Deal, card.id)
        assert (deal.closed_on, deal.lost_reason_id) == (TODAY, reason.id)
        history = s.execute(select(DealStageChange.from_stage_id, DealStageChange.to_stage_id,
                                   DealStageChange.changed_by, DealStageChange.lost_reason_id)
                            .where(DealStageChange.deal_id == card.id)
                            .order_by(DealStageChange.id)).all()
    assert history == [(None, st["New lead"], "tester", None),
                       (st["New lead"], st["Qualified"], "tester", None),
                       (st["Qualified"], st["Lost"], "tester", reason.id)]
    with pytest.raises(RepdeskError, match="reopen"):
        svc.move_deal(db, card.id, lost.version, st["Closing"])


def test_move_of_a_card_someone_else_moved_is_a_conflict(small):
    db, ids, st, _ = small
    card = svc.load_board(db, today=TODAY).cards[st["New lead"]][0]
    svc.move_deal(db, card.id, card.version, st["Qualified"])     # another workstation
    with pytest.raises(ConflictError, match="changed by tester"):
        svc.move_deal(db, card.id, card.version, st["Closing"])   # the stale board
    with db.read() as s:
        assert s.get(Deal, card.id).stage_id == st["Qualified"]


def test_multi_move_is_all_or_nothing(small):
    db, ids, st, _ = small
    cards = svc.load_board(db, today=TODAY).cards[st["Proposal sent"]]
    with db.write() as s:  # someone edits one of them meanwhile
        s.get(Deal, cards[1].id).amount = Decimal("1")
    reason = svc.board_options(db).lost_reasons[0].id
    with pytest.raises(ConflictError):
        svc.move_deals(db, [(c.id, c.version) for c in cards], st["Lost"], lost_reason_id=reason)
    with db.read() as s:
        assert {s.get(Deal, c.id).status for c in cards} == {"open"}


def test_reopen_links_and_detail_shows_history_and_notes(small):
    db, ids, st, _ = small
    reason = svc.board_options(db).lost_reasons[1].id
    lost = svc.move_deal(db, ids["big"], 1, st["Lost"], lost_reason_id=reason)
    with pytest.raises(RepdeskError, match="Only a lost deal"):
        svc.reopen_deal(db, ids["fresh"], 1)
    new_id = svc.reopen_deal(db, ids["big"], lost.version)
    with pytest.raises(RepdeskError, match="already reopened"):
        svc.reopen_deal(db, ids["big"], lost.version)
    svc.add_note(db, new_id, "Called back: 预算 approved")
    detail = svc.deal_detail(db, new_id)
    assert detail.reopened_from_id == ids["big"] and detail.status == "open"
    assert detail.stage == "New lead" and [h.to_stage for h in detail.history] == ["New lead"]
    assert [n.body for n in detail.notes] == ["Called back: 预算 approved"]
    old = svc.deal_detail(db, ids["big"])
    assert old.reopened_as_ids == [new_id] and old.status == "lost"
    assert [h.to_stage for h in old.history] == ["Proposal sent", "Lost"]
    assert old.history[-1].lost_reason == svc.board_options(db).lost_reasons[1].name


def test_filters_narrow_the_cards(small):
    db, ids, st, reps = small
    board = svc.load_board(db, today=TODAY)
    cards = [c for column in board.cards.values() for c in column]
    def titles(f):
        return sorted(c.title for c in cards if f.matches(c))
    assert titles(BoardFilter(rep_id=reps[2].id)) == ["上海 合同"]
    assert titles(BoardFilter(min_amount=Decimal("1000"))) == ["Σύμβαση Αθήνα", "上海 合同"]
    assert titles(BoardFilter(max_amount=Decimal("1000"))) == ["Fresh lead"]
    assert titles(BoardFilter(close_to=dt.date(2026, 9, 30))) == ["上海 合同"]
    assert titles(BoardFilter(text="αθήνα")) == ["Σύμβαση Αθήνα"]
    assert titles(BoardFilter(team_id=reps[0].team_id)) == ["Fresh lead", "Σύμβαση Αθήνα", "上海 合同"]


def test_a_team_pipeline_with_its_own_stages(small):
    from models.domain.funnel import StageRole as R, StageTemplate
    db, ids, st, reps = small
    stages = [StageTemplate("Walk-in", R.LEAD, Decimal("0.1"), 1),
              StageTemplate("Site visit", R.OTHER, Decimal("0.3"), 5),
              StageTemplate("Quote", R.PROPOSAL, Decimal("0.5"), 7),
              StageTemplate("Signed", R.WON, Decimal("1"), None),
              StageTemplate("Dropped", R.LOST, Decimal("0"), None)]
    with pytest.raises(ValidationError):
        svc.create_pipeline(db, "Broken", stages[:3])
    team_id = reps[0].team_id
    pipeline_id = svc.create_pipeline(db, "Ανατολή showroom", stages, team_id=team_id)
    assert svc.pipeline_for_team(db, team_id) == pipeline_id
    assert svc.pipeline_for_team(db, None) != pipeline_id
    board = svc.load_board(db, pipeline_id, today=TODAY)
    assert [s.name for s in board.stages] == ["Walk-in", "Site visit", "Quote", "Signed", "Dropped"]
    deal_id = svc.create_deal(db, title="Showroom floor", rep_id=reps[0].id,
                              stage_id=board.stages[0].id, amount=Decimal("900"))
    quote = board.stages[2].id
    moved = svc.move_deal(db, deal_id, 1, quote)
    # a move into another pipeline's stage is refused
    with pytest.raises(RepdeskError, match="another pipeline"):
        svc.move_deal(db, deal_id, moved.version, st["Closing"])
    won = svc.move_deal(db, deal_id, moved.version, board.stages[3].id, on=TODAY)
    assert won.status == "won"
    from models.services.sales_results import won_by_rep
    with db.read() as s:
        assert won_by_rep(s, TODAY, TODAY) == {reps[0].id: (Decimal("900.00"), 1)}


def test_a_reload_keeps_the_cards_of_unchanged_deals(small):
    """Refreshing the board reuses the card objects of deals that did not change (so a refresh of
    a big board makes no new objects for the garbage collector to walk); a changed deal gets a
    new card with its new values."""
    db, ids, st, _ = small
    first = svc.load_board(db, today=TODAY)
    shown = {c.id: c for column in first.cards.values() for c in column}
    moved = svc.move_deal(db, ids["fresh"], shown[ids["fresh"]].version, st["Qualified"])
    again = svc.load_board(db, today=TODAY, previous=shown)
    cards = {c.id: c for column in again.cards.values() for c in column}
    assert cards[ids["stale"]] is shown[ids["stale"]]
    assert cards[ids["big"]] is shown[ids["big"]]
    assert cards[ids["fresh"]] is not shown[ids["fresh"]]
    assert (cards[ids["fresh"]].stage_id, cards[ids["fresh"]].version) == (st["Qualified"],
                                                                            moved.version)
    # a day later the days in the stage differ: new cards
    later = svc.load_board(db, today=TODAY + dt.timedelta(days=1), previous=cards)
    proposal = later.cards[st["Proposal sent"]]
    assert [c.days_in_stage for c in proposal] == [20, 6]
    assert all(c is not cards[c.id] for c in proposal)
