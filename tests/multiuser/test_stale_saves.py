"""Every form's service refuses a save made against an old version with an EditConflict that names
who changed which field (old → new), carries the current values and version and what this save
would have changed; saving again on top of `current_version` works. Both databases."""
import dataclasses
import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from models.db.core import AuditEntry, Rep, Territory
from models.db.retry import EditConflict
from models.domain.enums import UserRole
from models.services.users import CurrentUser
from tests.multiuser.helpers import make_team_with_reps

GREEK = "Μαρία Παπαδοπούλου"
ADMIN = CurrentUser("tester", "Tester", UserRole.ADMIN, None)


def changed(error: EditConflict) -> set[tuple[str, str]]:
    return {(c.user, c.field) for c in error.changes}


def test_rep_stale_save_names_alice_and_reapply_keeps_her_change(db, alice):
    from models.services.reps import get_rep, save_rep
    _, (rep_id,) = make_team_with_reps(db, "Ἀθῆναι", [GREEK])
    mine = get_rep(db, rep_id, sees_compensation=False)
    theirs = get_rep(alice, rep_id, sees_compensation=False)
    save_rep(alice, theirs.with_values(home_base="Θεσσαλονίκη"), sees_compensation=False,
             fields=["home_base"])
    with pytest.raises(EditConflict) as caught:
        save_rep(db, mine.with_values(phone="+30 210 1"), sees_compensation=False,
                 fields=["phone"])
    error = caught.value
    assert "alice" in str(error) and GREEK in str(error) and "not saved" in str(error)
    assert [(c.user, c.field, c.old, c.new) for c in error.changes] == \
        [("alice", "home_base", None, "Θεσσαλονίκη")]
    assert error.mine == {"phone": "+30 210 1"} and not error.deleted
    assert error.current["home_base"] == "Θεσσαλονίκη" and error.current_version == 2
    saved = save_rep(db, mine.with_values(phone="+30 210 1", version=error.current_version),
                     sees_compensation=False, fields=["phone"])
    assert (saved.home_base, saved.phone, saved.version) == ("Θεσσαλονίκη", "+30 210 1", 3)


def test_rep_whole_record_save_lists_what_it_would_change(db, alice):
    from models.services.reps import get_rep, save_rep
    _, (rep_id,) = make_team_with_reps(db, "Ἀθῆναι", [GREEK])
    mine = get_rep(db, rep_id, sees_compensation=False)
    save_rep(alice, mine.with_values(home_base="Πάτρα"), sees_compensation=False)
    with pytest.raises(EditConflict) as caught:
        save_rep(db, mine.with_values(phone="+30 2"), sees_compensation=False)
    # without `fields` every field is written: also home_base, back to what I loaded
    assert caught.value.mine == {"phone": "+30 2", "home_base": None}


def test_rep_deleted_meanwhile(db, alice):
    from models.services.reps import delete_rep, get_rep, save_rep
    _, (rep_id,) = make_team_with_reps(db, "Ἀθῆναι", [GREEK])
    mine = get_rep(db, rep_id, sees_compensation=False)
    delete_rep(alice, rep_id, mine.version)
    with pytest.raises(EditConflict) as caught:
        save_rep(db, mine.with_values(phone="1"), sees_compensation=False, fields=["phone"])
    assert caught.value.deleted and "deleted by alice" in str(caught.value)
    assert caught.value.current_version is None


def test_review_stale_save(db, alice):
    from models.services import reviews as svc
    team_id, _ = make_team_with_reps(db, "Ἀθῆναι", [GREEK])
    cycle_id = svc.create_cycle(db, "2026-Q3", team_id=team_id)
    review_id = svc.list_reviews(db, cycle_id)[0].id
    old = svc.load_review(db, review_id, ADMIN).version
    svc.save_review(alice, review_id, old, svc.ReviewEdit(strengths="Ισχυρή σχέση με πελάτες"))
    with pytest.raises(EditConflict) as caught:
        svc.save_review(db, review_id, old, svc.ReviewEdit(strengths="王秀英 helped",
                                                            improvements="More calls"))
    error = caught.value
    assert str(error).startswith(f"The review of {GREEK} (2026-Q3) was changed by alice")
    assert ("alice", "strengths") in changed(error)
    assert error.mine == {"strengths": "王秀英 helped", "improvements": "More calls"}
    assert error.current["strengths"] == "Ισχυρή σχέση με πελάτες"
    new = svc.save_review(db, review_id, error.current_version,
                          svc.ReviewEdit(strengths="王秀英 helped", improvements="More calls"))
    assert new == error.current_version + 1
    assert svc.load_review(db, review_id, ADMIN).strengths == "王秀英 helped"


def test_one_on_one_stale_record(db, alice):
    from models.services import one_on_ones as talks
    _, (rep_id,) = make_team_with_reps(db, "Ἀθῆναι", [GREEK])
    talk = talks.schedule(db, rep_id, dt.datetime(2026, 11, 24, 10, 0), agenda="Pipeline")
    talks.record(alice, talk.id, talk.version, notes="Alice's notes")
    with pytest.raises(EditConflict) as caught:
        talks.record(db, talk.id, talk.version, notes="Οι σημειώσεις μου")
    error = caught.value
    assert str(error).startswith(f"The one-on-one with {GREEK} on 2026-11-24 10:00 was changed "
                                 "by alice")
    assert {("alice", "notes"), ("alice", "status")} <= changed(error)
    assert error.mine["notes"] == "Οι σημειώσεις μου"
    held = talks.record(db, talk.id, error.current_version, notes="Οι σημειώσεις μου")
    assert held.notes == "Οι σημειώσεις μου" and held.status == "held"


def test_quota_stale_save(db, alice):
    from models.domain.quotas import year_of
    from models.services.quotas import set_quota, territory_quotas
    with db.write() as s:
        territory = Territory(name="Κρήτη")
        s.add(territory)
        s.flush()
        tid = territory.id
    year = year_of(dt.date(2027, 1, 1))
    set_quota(db, territory_id=tid, period=year, target=Decimal(1000), currency="EUR")
    seen = territory_quotas(db, tid, year).own.version
    set_quota(alice, territory_id=tid, period=year, target=Decimal(2000), expected_version=seen)
    with pytest.raises(EditConflict) as caught:
        set_quota(db, territory_id=tid, period=year, target=Decimal(1500), expected_version=seen)
    error = caught.value
    assert "alice" in str(error) and ("alice", "target") in changed(error)
    assert error.mine["target"] == Decimal(1500)
    set_quota(db, territory_id=tid, period=year, target=Decimal(1500),
              expected_version=error.current_version)
    assert territory_quotas(db, tid, year).own.target == Decimal(1500)


def test_lost_reason_stale_rename(db, alice):
    from models.services.funnel import add_lost_reason, lost_reason_catalogue, update_lost_reason
    reason = add_lost_reason(db, "Too expensive")
    version = next(r.version for r in lost_reason_catalogue(db) if r.id == reason.id)
    update_lost_reason(alice, reason.id, version, name="Πολύ ακριβό")
    with pytest.raises(EditConflict) as caught:
        update_lost_reason(db, reason.id, version, active=False)
    error = caught.value
    assert "alice" in str(error) and ("alice", "name") in changed(error)
    assert error.mine == {"active": False}
    update_lost_reason(db, reason.id, error.current_version, active=False)
    with db.read() as s:
        users = s.execute(select(AuditEntry.user_login).where(
            AuditEntry.table_name == "lost_reasons", AuditEntry.row_id == str(reason.id),
            AuditEntry.action == "update").order_by(AuditEntry.id)).scalars().all()
    assert users == ["alice", "tester"]


def test_rep_save_retried_after_its_commit_landed_is_not_a_conflict(db, alice):
    """The connection dropped while the commit was on its way: the retry finds its own change."""
    from models.services.reps import get_rep, save_rep
    _, (rep_id,) = make_team_with_reps(db, "Ἀθῆναι", [GREEK])
    mine = get_rep(db, rep_id, sees_compensation=False).with_values(phone="+30 1")
    save_rep(db, mine, sees_compensation=False, fields=["phone"])
    again = save_rep(db, mine, sees_compensation=False, fields=["phone"])  # the retry
    assert (again.phone, again.version) == ("+30 1", 2)
    with db.read() as s:
        assert s.execute(select(AuditEntry.id).where(
            AuditEntry.table_name == "reps", AuditEntry.row_id == str(rep_id),
            AuditEntry.action == "update")).all().__len__() == 1
    # Someone else's change in between is a conflict again.
    save_rep(alice, again.with_values(home_base="Πάτρα"), sees_compensation=False,
             fields=["home_base"])
    with pytest.raises(EditConflict):
        save_rep(db, mine, sees_compensation=False, fields=["phone"])


def test_a_rep_form_save_on_a_row_being_saved_elsewhere_answers_at_once(db, alice, backend):
    """The form's own save takes the row with FOR UPDATE NOWAIT, as save_changes does."""
    import threading

    from models.db.retry import BeingEdited, lock_for_edit
    from models.services.reps import get_rep, save_rep
    if backend != "postgresql":
        pytest.skip("SQLite serialises writers on the file lock; NOWAIT is a PostgreSQL feature")
    _, (rep_id,) = make_team_with_reps(db, "Locks", [GREEK])
    mine = get_rep(db, rep_id, sees_compensation=False)
    holding, release = threading.Event(), threading.Event()

    def alice_saves():
        with alice.write() as s:
            lock_for_edit(s, Rep, rep_id).home_base = "Θεσσαλονίκη"
            holding.set()
            release.wait(10)
    worker = threading.Thread(target=alice_saves)
    worker.start()
    try:
        assert holding.wait(10)
        with pytest.raises(BeingEdited, match="being edited by alice"):
            save_rep(db, dataclasses.replace(mine, phone="+30 210 000"), sees_compensation=False)
    finally:
        release.set()
        worker.join()
