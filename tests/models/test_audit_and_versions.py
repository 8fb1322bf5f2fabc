"""Every change is recorded; a save over someone else's newer change is refused."""
import datetime as dt

import pytest
from sqlalchemy import select

from models.db.core import AuditEntry, Rep, Team
from models.db.errors import ConflictError
from models.domain.enums import RepStatus
from tests.pg_logins import open_as


def audit_rows(db, table):
    with db.read() as s:
        return s.execute(select(AuditEntry).where(AuditEntry.table_name == table)
                         .order_by(AuditEntry.id)).scalars().all()


def test_insert_update_delete_are_audited(db):
    with db.write() as s:
        team = Team(name="Θεσσαλονίκη Field")
        s.add(team)
        s.flush()
        rep = Rep(full_name="Ng̃alan Mañalac", email="nm@example.com", team_id=team.id,
                  hire_date=dt.date(2024, 1, 8))
        s.add(rep)
    with db.write() as s:
        rep = s.get(Rep, rep.id)
        rep.status = RepStatus.PROBATION
        rep.full_name = "王秀英"
    with db.write() as s:
        s.delete(s.get(Rep, rep.id))

    rows = audit_rows(db, "reps")
    assert [r.action for r in rows] == ["insert", "update", "delete"]
    assert all(r.user_login == "tester" and r.at is not None for r in rows)
    assert rows[0].new_values["full_name"] == "Ng̃alan Mañalac"
    assert rows[0].row_id == str(rep.id)
    assert rows[1].old_values == {"full_name": "Ng̃alan Mañalac", "status": "active"}
    assert rows[1].new_values == {"full_name": "王秀英", "status": "probation"}
    assert rows[2].old_values["full_name"] == "王秀英"
    assert [r.action for r in audit_rows(db, "teams")] == ["insert"]


def test_unchanged_assignment_writes_no_audit_row(db):
    with db.write() as s:
        s.add(Team(name="Cebu Field"))
    with db.write() as s:
        team = s.execute(select(Team)).scalar_one()
        team.name = "Cebu Field"  # same value
    assert [r.action for r in audit_rows(db, "teams")] == ["insert"]


def test_stale_version_is_refused_and_nothing_is_overwritten(db):
    with db.write() as s:
        s.add(Team(name="Jakarta Agency"))
    # Two workstations load the same row…
    with db.read() as s:
        first = s.execute(select(Team)).scalar_one()
    with db.read() as s:
        second = s.execute(select(Team)).scalar_one()
    # …the first saves…
    with db.write() as s:
        mine = s.merge(first, load=True)
        mine.name = "Jakarta Agency North"
    # …the second's save, made against the old version, must be refused.
    with pytest.raises(ConflictError):
        with db.write() as s:
            stale = s.merge(second, load=False)
            stale.name = "Jakarta Agency South"
    with db.read() as s:
        team = s.execute(select(Team)).scalar_one()
    assert team.name == "Jakarta Agency North"
    assert team.version == 2


def test_conflict_names_who_changed_the_record(db_url):
    from models.db.migrate import open_database
    alice, bob = open_as(db_url, "alice"), open_as(db_url, "bob")
    try:
        with alice.write() as s:
            s.add(Team(name="London Remote"))
        with bob.read() as s:
            bobs_copy = s.execute(select(Team)).scalar_one()
        with alice.write() as s:
            s.execute(select(Team)).scalar_one().name = "London Remote 1"
        with pytest.raises(ConflictError) as caught:
            with bob.write() as s:
                s.merge(bobs_copy, load=False).name = "London Remote A"
        assert caught.value.changed_by == "alice"
        assert "changed by alice" in str(caught.value)
    finally:
        alice.dispose()
        bob.dispose()
