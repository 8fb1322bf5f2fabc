"""History of a record from the audit trail; admin restores are themselves audited changes."""
import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from models.db.core import AuditEntry, Compensation, Rep
from models.db.errors import PermissionDenied, RepdeskError, ValidationError
from models.db.migrate import open_database
from models.db.retry import bulk_update_versioned, save_changes
from models.domain.enums import RepStatus, UserRole
from models.services import history as hist
from models.services.users import CurrentUser
from tests.multiuser.helpers import make_team_with_reps
from tests.pg_logins import open_as

ADMIN = CurrentUser("tester", "Tester", UserRole.ADMIN, None)
MANAGER = CurrentUser("alice", "Alice", UserRole.SALES_MANAGER, None)
TRAINER = CurrentUser("tina", "Tina", UserRole.TRAINER, None)


@pytest.fixture
def story(db, db_url):
    """A rep edited by alice, then by bob (bulk), then by alice again."""
    _, (rep_id,) = make_team_with_reps(db, "Ἀθῆναι", ["Ng̃alan Mañalac"])
    alice, bob = open_as(db_url, "alice"), open_as(db_url, "bob")
    save_changes(alice, Rep, rep_id, 1, {"home_base": "Cebu", "full_name": "王秀英"})
    bulk_update_versioned(bob, Rep, [(rep_id, 2, {"home_base": "Jakarta"})])
    save_changes(alice, Rep, rep_id, 3, {"status": RepStatus.PROBATION})
    yield rep_id
    alice.dispose()
    bob.dispose()


def test_history_shows_who_when_old_and_new(db, story):
    events = hist.history(db, "reps", story)
    # SQLite: the app records bob's batch as a bulk update; PostgreSQL: the server, as an update.
    bulk = "bulk_update" if db.backend == "sqlite" else "update"
    assert [(e.action, e.user) for e in events] == [
        ("insert", "tester"), ("update", "alice"), (bulk, "bob"), ("update", "alice")]
    assert set(events[1].changes) == {hist.Change("home_base", None, "Cebu"),
                                      hist.Change("full_name", "Ng̃alan Mañalac", "王秀英")}
    # SQLite's bulk update recorded only the new value; the old one comes from the change before.
    assert events[2].changes == (hist.Change("home_base", "Cebu", "Jakarta"),)
    assert events[3].changes == (hist.Change("status", "active", "probation"),)
    assert all(e.at is not None for e in events)


def test_history_filters_by_user_and_date(db, story):
    assert [e.user for e in hist.history(db, "reps", story, user_login="bob")] == ["bob"]
    today = dt.datetime.now(dt.timezone.utc).date()
    assert len(hist.history(db, "reps", story, since=today, until=today)) == 4
    assert hist.history(db, "reps", story, until=today - dt.timedelta(days=1)) == []
    assert hist.users_in_history(hist.history(db, "reps", story)) == ["alice", "bob", "tester"]


def test_admin_restores_an_old_value_as_an_audited_change(db, story):
    events = hist.history(db, "reps", story)
    with pytest.raises(PermissionDenied):
        hist.undo_change(db, MANAGER, events[1])
    hist.undo_change(db, ADMIN, events[1])  # back to the original name and no home base
    with db.read() as s:
        rep = s.get(Rep, story)
    assert (rep.full_name, rep.home_base, rep.status) == ("Ng̃alan Mañalac", None, RepStatus.PROBATION)
    last = hist.history(db, "reps", story)[-1]
    assert last.user == "tester" and last.action == "update"
    assert set(last.changes) == {hist.Change("full_name", "王秀英", "Ng̃alan Mañalac"),
                                 hist.Change("home_base", "Jakarta", None)}
    hist.restore_value(db, ADMIN, "reps", story, "home_base", "Cebu")
    with db.read() as s:
        assert s.get(Rep, story).home_base == "Cebu"


def test_delete_is_departed_and_purge_is_admin_only_with_confirmation(db):
    _, (rep_id,) = make_team_with_reps(db, "Leavers", ["Dewi Lestari"])
    with db.write() as s:
        s.add(Compensation(rep_id=rep_id, base_salary=Decimal("41000.50")))
    hist.depart_rep(db, MANAGER, rep_id, 1, end_date=dt.date(2026, 11, 23))
    with db.read() as s:
        rep = s.get(Rep, rep_id)
    assert (rep.status, rep.end_date) == (RepStatus.DEPARTED, dt.date(2026, 11, 23))
    with pytest.raises(PermissionDenied):
        hist.depart_rep(db, TRAINER, rep_id, 2)
    with pytest.raises(PermissionDenied):
        hist.purge_rep(db, MANAGER, rep_id, confirm_name="Dewi Lestari")
    with pytest.raises(ValidationError):
        hist.purge_rep(db, ADMIN, rep_id, confirm_name="Dewi")
    hist.purge_rep(db, ADMIN, rep_id, confirm_name="Dewi Lestari")
    with db.read() as s:
        assert s.get(Rep, rep_id) is None
        assert s.execute(select(Compensation)).scalars().all() == []
    # …and an admin can bring the rep (and then the pay row) back, with their ids.
    assert [e.row_id for e in hist.deleted_records(db, "reps")] == [str(rep_id)]
    hist.restore_deleted(db, ADMIN, "reps", rep_id)
    pay = hist.deleted_records(db, "compensation")[0]
    hist.restore_deleted(db, ADMIN, "compensation", pay.row_id)
    with db.read() as s:
        rep = s.get(Rep, rep_id)
        comp = s.execute(select(Compensation)).scalar_one()
        actions = s.execute(select(AuditEntry.action).where(AuditEntry.table_name == "reps",
                                                           AuditEntry.row_id == str(rep_id))
                            .order_by(AuditEntry.id)).scalars().all()
    assert (rep.full_name, rep.status, rep.hire_date) == ("Dewi Lestari", RepStatus.DEPARTED,
                                                          dt.date(2024, 1, 8))
    assert comp.base_salary == Decimal("41000.50") and comp.rep_id == rep_id
    assert actions == ["insert", "update", "delete", "insert"]
    with pytest.raises(RepdeskError):
        hist.restore_deleted(db, ADMIN, "reps", rep_id)  # it exists again


def test_pay_history_is_for_hr_and_admins(db):
    with pytest.raises(PermissionDenied):
        hist.history(db, "compensation", 1, viewer=TRAINER)


def test_a_reviews_history_holds_its_ratings_and_goals(demo_db):
    """A review's ratings are rows of their own; their changes show in the review's history,
    named after the dimension."""
    from models.db.reviews import Review, ReviewDimension, ReviewRating
    from models.services.reviews import ReviewEdit, save_review
    with demo_db.read() as s:
        review_id, version, key, name, rating = s.execute(
            select(Review.id, Review.version, ReviewDimension.key, ReviewDimension.name,
                   ReviewRating.rating)
            .join(ReviewRating, ReviewRating.review_id == Review.id)
            .join(ReviewDimension, ReviewDimension.id == ReviewRating.dimension_id)
            .where(Review.status == "draft", ReviewRating.rating.is_not(None))
            .order_by(Review.id)).first()
    new_rating = 1 if rating != 1 else 2
    save_review(demo_db, review_id, version,
                ReviewEdit(ratings={key: new_rating}, only=frozenset()))
    changes = [c for ev in hist.history(demo_db, "reviews", review_id) for c in ev.changes]
    assert any(c.field == f"{name} · rating" and (c.old, c.new) == (rating, new_rating)
               for c in changes), changes


def test_a_deleted_deal_comes_back_with_its_notes_and_stage_history(db):
    """The notes and stage moves the database deleted with the deal (ON DELETE CASCADE) are in
    the trail with the deal's transaction, and come back with it."""
    from models.db.funnel import Deal, DealNote, DealStageChange, Pipeline, Stage
    _, (rep_id,) = make_team_with_reps(db, "Davao Field", ["Maria Santos"])
    moved = dt.datetime(2026, 10, 5, 9, 30, tzinfo=dt.timezone.utc)
    with db.write() as s:
        pipeline = Pipeline(name="Sales")
        s.add(pipeline)
        s.flush()
        lead, won = Stage(pipeline_id=pipeline.id, name="Lead", position=1), \
            Stage(pipeline_id=pipeline.id, name="Proposal", position=2)
        s.add_all([lead, won])
        s.flush()
        deal = Deal(title="Ἀκρόπολις Hotel — 40 rooms", rep_id=rep_id, pipeline_id=pipeline.id,
                    stage_id=won.id, amount=Decimal("558600.00"), currency="PHP")
        s.add(deal)
        s.flush()
        s.add_all([DealNote(deal_id=deal.id, body="Tumawag ulit sa Lunes 电话", author="tester"),
                   DealStageChange(deal_id=deal.id, from_stage_id=None, to_stage_id=lead.id,
                                   changed_at=moved, changed_by="tester"),
                   DealStageChange(deal_id=deal.id, from_stage_id=lead.id, to_stage_id=won.id,
                                   changed_at=moved + dt.timedelta(days=3), changed_by="tester")])
        deal_id = deal.id
    with db.write() as s:
        s.delete(s.get(Deal, deal_id))
    with db.read() as s:
        assert s.execute(select(DealNote)).scalars().all() == []
        assert s.execute(select(DealStageChange)).scalars().all() == []
    hist.restore_deleted(db, ADMIN, "deals", deal_id)
    with db.read() as s:
        deal = s.get(Deal, deal_id)
        notes = s.execute(select(DealNote.body, DealNote.author)).all()
        moves = s.execute(select(DealStageChange.from_stage_id, DealStageChange.to_stage_id,
                                 DealStageChange.changed_at)
                          .order_by(DealStageChange.changed_at)).all()
    assert (deal.title, deal.amount, deal.currency) == ("Ἀκρόπολις Hotel — 40 rooms",
                                                        Decimal("558600.00"), "PHP")
    assert notes == [("Tumawag ulit sa Lunes 电话", "tester")]
    assert [(m[0], m[1]) for m in moves] == [(None, lead.id), (lead.id, won.id)]
    at = moves[1][2]  # SQLite hands back UTC without its zone
    assert (at if at.tzinfo else at.replace(tzinfo=dt.timezone.utc)) == moved + dt.timedelta(days=3)


def test_a_deals_stage_move_reads_as_stage_names_and_undo_still_works(db):
    """'Stage: 1 → 2' said nothing: the history names the stages, and the ids underneath are
    what an undo puts back."""
    from models.db.funnel import Deal, Pipeline, Stage
    from widgets.history_view import after, before
    _, (rep_id,) = make_team_with_reps(db, "Davao Field", ["Maria Santos"])
    with db.write() as s:
        pipeline = Pipeline(name="Sales")
        s.add(pipeline)
        s.flush()
        lead = Stage(pipeline_id=pipeline.id, name="Bagong lead", position=1)
        proposal = Stage(pipeline_id=pipeline.id, name="Πρόταση", position=2)
        s.add_all([lead, proposal])
        s.flush()
        deal = Deal(title="Hotel", rep_id=rep_id, pipeline_id=pipeline.id, stage_id=lead.id,
                    amount=Decimal("558600.00"), currency="PHP")
        s.add(deal)
        s.flush()
        deal_id, lead_id, proposal_id = deal.id, lead.id, proposal.id
    save_changes(db, Deal, deal_id, 1, {"stage_id": proposal_id})
    event = hist.history(db, "deals", deal_id)[-1]
    (change,) = [c for c in event.changes if c.field == "stage_id"]
    assert (before(change), after(change)) == ("Bagong lead", "Πρόταση")
    assert (change.old, change.new) == (lead_id, proposal_id)
    hist.undo_change(db, ADMIN, event)
    with db.read() as s:
        assert s.get(Deal, deal_id).stage_id == lead_id


def test_history_values_read_as_a_person_writes_them():
    from widgets.history_view import show
    assert show("2026-11-29T14:05:12.123456+00:00").count(":") == 1     # to the minute
    assert "+00:00" not in show("2026-11-29T14:05:12.123456+00:00")
    assert show("2026-11-29") == "29 Nov 2026"
    assert show(Decimal("558600.00")) == "558,600" and show(3404) == "3,404"
    assert show("improvement_plan") == "improvement plan"
