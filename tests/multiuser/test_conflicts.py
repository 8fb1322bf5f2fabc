"""Two workstations, one record: the second save is refused with what changed and by whom."""
import threading

import pytest
from sqlalchemy import select, text

from models.db.core import AuditEntry, Rep
from models.db.errors import ConflictError
from models.db.migrate import open_database
from models.db.retry import (BeingEdited, EditConflict, RetriesExhausted, bulk_update_versioned,
                             lock_for_edit, save_changes, with_retry)
from tests.multiuser.helpers import make_team_with_reps
from tests.pg_logins import open_as


@pytest.fixture
def two_users(db_url):
    alice, bob = open_as(db_url, "alice"), open_as(db_url, "bob")
    yield alice, bob
    alice.dispose()
    bob.dispose()


def test_second_save_is_refused_and_names_who_changed_what(two_users):
    alice, bob = two_users
    _, (rep_id,) = make_team_with_reps(alice, "Ἀθῆναι Field", ["Ng̃alan Mañalac"])
    # Both open version 1; Alice saves first.
    assert save_changes(alice, Rep, rep_id, 1, {"home_base": "Cebu", "full_name": "王秀英"}) == 2
    with pytest.raises(EditConflict) as caught:
        save_changes(bob, Rep, rep_id, 1, {"home_base": "Jakarta"})
    conflict = caught.value
    assert conflict.changed_by == "alice" and "alice" in str(conflict)
    assert {(c.field, c.old, c.new, c.user) for c in conflict.changes} == {
        ("home_base", None, "Cebu", "alice"), ("full_name", "Ng̃alan Mañalac", "王秀英", "alice")}
    assert conflict.current["home_base"] == "Cebu" and conflict.current_version == 2
    assert conflict.mine == {"home_base": "Jakarta"}
    with alice.read() as s:
        rep = s.get(Rep, rep_id)
        audits = s.execute(select(AuditEntry.action).where(AuditEntry.table_name == "reps")).scalars().all()
    assert (rep.home_base, rep.version) == ("Cebu", 2)
    assert audits == ["insert", "update"]  # the refused save left no trace
    # Re-applying on top of the current version works.
    assert save_changes(bob, Rep, rep_id, conflict.current_version, conflict.mine) == 3


def test_save_on_a_deleted_record_is_a_conflict(two_users):
    alice, bob = two_users
    _, (rep_id,) = make_team_with_reps(alice, "Cebu", ["Dewi Lestari"])
    with alice.write() as s:
        s.delete(s.get(Rep, rep_id))
    with pytest.raises(EditConflict) as caught:
        save_changes(bob, Rep, rep_id, 1, {"home_base": "Bandung"})
    assert caught.value.deleted and "deleted by alice" in str(caught.value)


def test_bulk_update_checks_the_version_in_its_where_clause(two_users):
    alice, bob = two_users
    _, ids = make_team_with_reps(alice, "Bulk", ["A", "B", "C"])
    save_changes(alice, Rep, ids[1], 1, {"home_base": "moved by alice"})
    # All-or-nothing: one stale row refuses the batch, nothing written.
    with pytest.raises(ConflictError):
        bulk_update_versioned(bob, Rep, [(i, 1, {"home_base": "bulk"}) for i in ids])
    with bob.read() as s:
        assert [s.get(Rep, i).home_base for i in ids] == [None, "moved by alice", None]
    # Skip mode saves the fresh rows and lists the stale one; one audit row per saved row.
    result = bulk_update_versioned(bob, Rep, [(i, 1, {"home_base": "bulk"}) for i in ids],
                                   skip_conflicts=True)
    assert result.saved == [ids[0], ids[2]] and result.conflicts == [ids[1]]
    with bob.read() as s:
        reps = [s.get(Rep, i) for i in ids]
        # SQLite: the app records a bulk update; PostgreSQL: the server's trigger, old -> new.
        bulk = s.execute(select(AuditEntry).where(
            AuditEntry.table_name == "reps", AuditEntry.user_login == "bob",
            AuditEntry.action.in_(("bulk_update", "update")))).scalars().all()
    assert [(r.home_base, r.version) for r in reps] == [("bulk", 2), ("moved by alice", 2), ("bulk", 2)]
    assert sorted(int(b.row_id) for b in bulk) == [ids[0], ids[2]]
    assert all(b.new_values["home_base"] == "bulk" for b in bulk)


def test_retry_repeats_serialization_failures_then_gives_up():
    from sqlalchemy import exc

    class Orig(Exception):
        sqlstate = "40001"

    calls = []

    def flaky():
        calls.append(1)
        if len(calls) < 3:
            raise exc.OperationalError("UPDATE", {}, Orig("could not serialize access"))
        return "saved"

    assert with_retry(flaky, sleep=lambda s: None) == "saved" and len(calls) == 3

    def always():
        raise exc.OperationalError("UPDATE", {}, Orig("could not serialize access"))
    with pytest.raises(RetriesExhausted):
        with_retry(always, attempts=3, sleep=lambda s: None)


def test_row_being_saved_elsewhere_answers_being_edited_at_once(two_users, backend):
    if backend != "postgresql":
        pytest.skip("SQLite serialises writers on the file lock; NOWAIT is a PostgreSQL feature")
    alice, bob = two_users
    _, (rep_id,) = make_team_with_reps(alice, "Locks", ["Μαρία Παπαδοπούλου"])
    holding, release = threading.Event(), threading.Event()

    def alice_edits():
        with alice.write() as s:
            lock_for_edit(s, Rep, rep_id).home_base = "Θεσσαλονίκη"
            holding.set()
            release.wait(10)

    worker = threading.Thread(target=alice_edits)
    worker.start()
    try:
        assert holding.wait(10)
        with pytest.raises(BeingEdited) as caught:
            save_changes(bob, Rep, rep_id, 1, {"home_base": "Patras"})
        assert caught.value.editor == "alice" and "being edited by alice" in str(caught.value)
    finally:
        release.set()
        worker.join()
    with pytest.raises(EditConflict):  # Alice's save went through; Bob's version is now stale
        save_changes(bob, Rep, rep_id, 1, {"home_base": "Patras"})


def test_a_full_disk_or_read_only_file_is_a_clear_message_and_nothing_half_written(db, backend):
    if backend != "sqlite":
        pytest.skip("simulated with SQLite pragmas")
    from sqlalchemy import event, func
    from models.db.retry import WriteRefused
    _, ids = make_team_with_reps(db, "Full", ["A", "B", "C"])
    pages = {}

    def limit(dbapi_connection, _record):  # every new connection: the file may not grow
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages['n']}")
    with db.read() as s:
        pages["n"] = s.execute(text("PRAGMA page_count")).scalar()
    db.engine.dispose()
    event.listen(db.engine, "connect", limit)
    rows = [(i, 1, {"home_base": "x" * 3000, "prior_performance_note": "y" * 20000}) for i in ids]
    with pytest.raises(WriteRefused, match="disk .* is full"):
        bulk_update_versioned(db, Rep, rows)
    event.remove(db.engine, "connect", limit)
    db.engine.dispose()
    with db.read() as s:
        assert [s.get(Rep, i).home_base for i in ids] == [None, None, None]
        assert s.execute(select(func.count()).select_from(AuditEntry)
                         .where(AuditEntry.action == "bulk_update")).scalar() == 0

    def read_only(dbapi_connection, _record):
        dbapi_connection.execute("PRAGMA query_only = ON")
    db.engine.dispose()
    event.listen(db.engine, "connect", read_only)
    with pytest.raises(WriteRefused, match="read-only"):
        save_changes(db, Rep, ids[0], 1, {"home_base": "Cebu"})
    event.remove(db.engine, "connect", read_only)


def test_a_real_deadlock_is_retried_and_both_saves_land(two_users, backend):
    if backend != "postgresql":
        pytest.skip("SQLite writers queue on the file lock and cannot deadlock")
    from sqlalchemy import update
    alice, bob = two_users
    _, (a, b) = make_team_with_reps(alice, "Deadlock", ["A", "B"])
    barrier = threading.Barrier(2, timeout=10)
    attempts = {"alice": 0, "bob": 0}
    errors = []

    def crossing(db, name, first, second):
        def once():
            attempts[name] += 1
            with db.write() as s:
                s.execute(update(Rep).where(Rep.id == first).values(phone=name))
                if attempts[name] == 1:
                    barrier.wait()  # both hold their first row: the second UPDATEs cross
                s.execute(update(Rep).where(Rep.id == second).values(home_base=name))
        try:
            with_retry(once)
        except Exception as error:  # reported below
            errors.append(error)

    threads = [threading.Thread(target=crossing, args=(alice, "alice", a, b)),
               threading.Thread(target=crossing, args=(bob, "bob", b, a))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert errors == []
    assert sorted(attempts.values()) == [1, 2]  # one was chosen as the deadlock victim, retried
    with alice.read() as s:
        reps = [s.get(Rep, a), s.get(Rep, b)]
    assert all(r.phone in ("alice", "bob") and r.home_base in ("alice", "bob") for r in reps)
