"""Every import is a recorded batch that can be undone; mappings are saved under a name.

On both databases; on PostgreSQL the app acts as people's logins (`tester` is the first admin,
the managers below are logins of their own). Each undo is checked against a snapshot of the
tables taken before the import, column by column (less the version counter and change stamp,
which an undo moves on like any other save)."""
from __future__ import annotations

import contextlib
import datetime as dt
from decimal import Decimal as D

import pytest
from sqlalchemy import func, select

from desktop.cli import build_parser, run_command
from models.db.activity import ActivityMetric, ActivityValue, ActivityWeekly
from models.db.core import AuditEntry, Rep, Team
from models.db.errors import PermissionDenied, RepdeskError
from models.db.funnel import Account, Deal, DealStageChange, LostReason
from models.db.imports import ImportBatch as BatchRow
from models.db.imports import ImportBatchCell
from models.db.migrate import open_database
from models.db.quality import Evaluation, EvaluationAnswer, EvaluationSectionScore, EvaluationWave
from models.db.retry import save_changes
from models.db.scope import limit_to_user
from models.imports import batches
from models.imports.activity import import_activity
from models.imports.deals import import_deals
from models.imports.evaluations import import_evaluations
from models.imports.locks import dry_run
from models.imports.profiles import (list_profiles, load_profile, remembered_profile,
                                     save_profile)
from models.imports.reps import import_reps
from models.services import users
from tests.funnel.helpers import add_people
from tests.funnel.test_import_deals import pipedrive, write_csv
from tests.imports.test_dry_run import one_rep_and_a_scorecard

SKIPPED = {"version", "updated_at"}


def snapshot(db, *entities) -> dict:
    """Every row of each table, keyed by its primary key, without version and change stamp."""
    out = {}
    with db.read() as s:
        for entity in entities:
            table = entity.__table__
            keys = [c.name for c in table.primary_key.columns]
            rows = {}
            for row in s.execute(select(table)):
                values = dict(row._mapping)
                rows[tuple(values[k] for k in keys)] = {
                    k: v for k, v in values.items() if k not in SKIPPED}
            out[table.name] = rows
    return out


def count(db, entity) -> int:
    with db.read() as s:
        return s.execute(select(func.count()).select_from(entity)).scalar()


def admin(db):
    return users.sign_in(db)


def repdesk(db_url, *argv, user="tester") -> int:
    return run_command(build_parser().parse_args(["--db", db_url, "--user", user, *argv]))


# -- reps ---------------------------------------------------------------------------------
ROSTER = ("Full name,E-mail,Team,Phone\n"
          "Ana Reyes,rep0@example.com,Field Sales,+63 917 555 0101\n"      # updated: phone
          "Γιώργος Παπαδόπουλος,rep1@example.com,Field Sales,\n"           # unchanged
          "Siti Rahayu,siti@example.co.id,Jakarta Inside,+62 21 5550201\n")  # new, new team


def test_reps_import_undo_restores_exactly(db, tmp_path):
    with db.write() as s:
        add_people(s)
    me = admin(db)
    before = snapshot(db, Rep, Team)
    path = tmp_path / "roster.csv"
    path.write_text(ROSTER, "utf-8")
    report = import_reps(db, path)
    assert (report.created, report.updated, report.unchanged) == (1, 1, 1)
    [batch] = batches.list_batches(db)
    assert (batch.id, batch.kind, batch.file_name, batch.rows) == (report.batch_id, "reps",
                                                                   "roster.csv", 3)
    assert (batch.created, batch.updated, batch.unchanged, batch.bad) == (1, 1, 1, 0)
    import hashlib
    assert batch.file_sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert batch.mapping["columns"]["full_name"] == "Full name"
    assert snapshot(db, Rep, Team) != before

    result = batches.undo_batch(db, me, batch.id)
    # the new rep and the new team removed, Ana's phone put back
    assert (result.removed, result.restored) == (2, 1)
    assert snapshot(db, Rep, Team) == before
    [undone] = batches.list_batches(db)
    assert undone.undone_at is not None and undone.undone_by == me.login
    # the undo is in the audit trail, as one transaction of its own
    with db.read() as s:
        undo_tx = s.get(BatchRow, batch.id).undo_tx
        recorded = s.execute(select(AuditEntry.table_name, AuditEntry.action, AuditEntry.user_login)
                             .where(AuditEntry.tx == undo_tx)).all()
    assert sorted(recorded) == [("reps", "delete", me.login), ("reps", "update", me.login),
                                ("teams", "delete", me.login)]
    with pytest.raises(batches.UndoRefused, match=f"Import {batch.id} was already undone"):
        batches.undo_batch(db, me, batch.id)


def test_reimport_of_an_unchanged_file_changes_nothing_and_says_so(db, tmp_path):
    with db.write() as s:
        add_people(s)
    path = tmp_path / "roster.csv"
    path.write_text(ROSTER, "utf-8")
    import_reps(db, path)
    before = snapshot(db, Rep, Team)
    audit_rows = count(db, AuditEntry)
    again = import_reps(db, path)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)
    assert "0 created, 0 updated, 3 unchanged" in again.summary()
    assert snapshot(db, Rep, Team) == before
    assert count(db, AuditEntry) == audit_rows           # no data row was written
    second, first = batches.list_batches(db)
    assert (second.unchanged, second.created, second.updated) == (3, 0, 0)
    assert second.file_sha256 == first.file_sha256
    # undoing the run that changed nothing changes nothing
    batches.undo_batch(db, admin(db), second.id)
    assert snapshot(db, Rep, Team) == before


def test_a_dry_run_records_no_batch(db, tmp_path):
    with db.write() as s:
        add_people(s)
    path = tmp_path / "roster.csv"
    path.write_text(ROSTER, "utf-8")
    with dry_run():
        report = import_reps(db, path)
    assert report.created == 1 and report.batch_id is None
    assert batches.list_batches(db) == []
    assert count(db, BatchRow) == 0


# -- deals --------------------------------------------------------------------------------
@pytest.fixture
def people(db):
    with db.write() as s:
        add_people(s)
    return db


def test_deals_created_then_updated_undo_one_batch_at_a_time(people, tmp_path):
    db, me = people, admin(people)
    tables = (Deal, DealStageChange, Account, LostReason)
    empty = snapshot(db, *tables)
    headers, rows = pipedrive("dot")
    first = import_deals(db, write_csv(tmp_path / "deals.csv", headers, rows, "dot"))
    assert first.created == 3
    after_first = snapshot(db, *tables)
    # the CRM moved 'Pilot' on and raised its value: the second file updates it
    rows[1][4], rows[1][6] = "2,500.00", "Negotiations Started"
    second = import_deals(db, write_csv(tmp_path / "deals2.csv", headers, rows, "dot"))
    assert (second.created, second.updated, second.unchanged) == (0, 1, 2)
    assert snapshot(db, *tables) != after_first

    # the first import cannot go while the second's change of 'Pilot' stands
    with pytest.raises(batches.UndoRefused) as refused:
        batches.undo_batch(db, me, first.batch_id)
    assert "the deal 'Pilot' was changed after it" in str(refused.value)
    assert snapshot(db, *tables) != after_first

    batches.undo_batch(db, me, second.batch_id)
    assert snapshot(db, *tables) == after_first          # amount, stage and its history back
    result = batches.undo_batch(db, me, first.batch_id)
    assert snapshot(db, *tables) == empty                # deals, accounts, lost reason gone
    assert result.removed >= 3 + 3 + 1


def test_undo_is_refused_with_a_sentence_after_a_later_edit(people, tmp_path):
    db, me = people, admin(people)
    headers, rows = pipedrive("dot")
    report = import_deals(db, write_csv(tmp_path / "deals.csv", headers, rows, "dot"))
    with db.read() as s:
        pilot = s.execute(select(Deal).where(Deal.title == "Pilot")).scalar_one()
    save_changes(db, Deal, pilot.id, pilot.version, {"amount": D("999.00")})
    kept = snapshot(db, Deal, Account)
    with pytest.raises(batches.UndoRefused) as refused:
        batches.undo_batch(db, me, report.batch_id)
    sentence = str(refused.value)
    assert sentence.startswith(f"Import {report.batch_id} cannot be undone: the deal 'Pilot' "
                               "was changed after it (by ")
    assert sentence.endswith("undo that change first.") and "\n" not in sentence
    assert snapshot(db, Deal, Account) == kept           # nothing of the undo was written
    assert batches.list_batches(db)[0].undone_at is None


def test_undo_is_refused_when_a_created_deal_gained_a_note_or_was_moved(people, tmp_path):
    from models.services import funnel
    db, me = people, admin(people)
    headers, rows = pipedrive("dot")
    report = import_deals(db, write_csv(tmp_path / "deals.csv", headers, rows, "dot"))
    with db.read() as s:
        pilot = s.execute(select(Deal).where(Deal.title == "Pilot")).scalar_one()
    funnel.add_note(db, pilot.id, "Called back: wants a 12-month pilot")
    with pytest.raises(batches.UndoRefused, match="the deal 'Pilot' that it created was "
                                                  "changed after it"):
        batches.undo_batch(db, me, report.batch_id)

    renewal = import_deals(db, write_csv(tmp_path / "more.csv", headers, [
        ["21", "Renewal 2028", "Acme", "Ana Reyes", "500.00", "EUR", "Contact Made", "open",
         "31.07.2027", "", "", "02.06.2026 09:00", ""]], "dot"))
    with db.read() as s:
        deal = s.execute(select(Deal).where(Deal.title == "Renewal 2028")).scalar_one()
        later_stage = s.execute(select(DealStageChange.to_stage_id)
                                .where(DealStageChange.deal_id != deal.id)).scalars().first()
    funnel.move_deal(db, deal.id, deal.version, later_stage)
    with pytest.raises(batches.UndoRefused, match="the deal 'Renewal 2028' was changed after it"):
        batches.undo_batch(db, me, renewal.batch_id)


# -- daily numbers ------------------------------------------------------------------------
def _values(db) -> dict:
    with db.read() as s:
        return {(r, m, d): v for r, m, d, v in s.execute(
            select(ActivityValue.rep_id, ActivityValue.metric_id, ActivityValue.day,
                   ActivityValue.value))}


def test_activity_undo_puts_overwritten_days_back(people, tmp_path):
    db, me = people, admin(people)
    with db.read() as s:
        ana = s.execute(select(Rep.id).where(Rep.full_name == "Ana Reyes")).scalar()
        calls = s.execute(select(ActivityMetric.id).where(ActivityMetric.key == "calls")).scalar()
        cold = s.execute(select(ActivityMetric.id)
                         .where(ActivityMetric.key == "cold_calls")).scalar()
    from models.services.activity import bulk_upsert
    with db.write() as s:   # what Ana had entered by hand before the import
        bulk_upsert(s.connection(), [(ana, calls, dt.date(2026, 11, 16), 30),
                                     (ana, cold, dt.date(2026, 11, 16), 12),
                                     (ana, calls, dt.date(2026, 11, 17), 41)],
                    user="tester", source="typed")
    before = snapshot(db, ActivityValue, ActivityWeekly)
    path = tmp_path / "numbers.csv"
    path.write_text("Rep,Date,Calls made,Cold calls\n"
                    "Ana Reyes,2026-11-16,35,12\n"      # calls overwritten, cold calls the same
                    "Ana Reyes,2026-11-17,41,9\n"       # calls the same, cold calls new
                    "Ana Reyes,2026-11-18,28,7\n", "utf-8")
    report = import_activity(db, path)
    assert (report.cells, report.unchanged) == (4, 2)
    assert "2 unchanged" in report.summary()
    [batch] = batches.list_batches(db)
    assert (batch.created, batch.updated, batch.unchanged) == (3, 1, 2)
    day = dt.date
    assert sorted(batches.batch_cells(db, batch.id)) == sorted([
        ("Ana Reyes", "Calls made", day(2026, 11, 16), 30, 35),
        ("Ana Reyes", "Cold calls", day(2026, 11, 17), None, 9),
        ("Ana Reyes", "Calls made", day(2026, 11, 18), None, 28),
        ("Ana Reyes", "Cold calls", day(2026, 11, 18), None, 7)])

    result = batches.undo_batch(db, me, batch.id)
    assert result.cells == 4
    assert snapshot(db, ActivityValue, ActivityWeekly) == before   # rollup rebuilt as it was
    assert _values(db)[(ana, calls, day(2026, 11, 16))] == 30


def test_activity_reimport_writes_nothing_and_undo_refuses_a_day_changed_later(people,
                                                                               tmp_path):
    db, me = people, admin(people)
    path = tmp_path / "numbers.csv"
    path.write_text("Rep,Date,Calls made\nAna Reyes,2026-11-16,35\nAna Reyes,2026-11-17,20\n",
                    "utf-8")
    first = import_activity(db, path)
    audit_rows, values = count(db, AuditEntry), _values(db)
    again = import_activity(db, path)
    assert (again.cells, again.unchanged) == (0, 2)
    assert count(db, AuditEntry) == audit_rows and _values(db) == values
    assert count(db, ImportBatchCell) == 2               # the second batch changed no cell

    with db.read() as s:
        ana = s.execute(select(Rep.id).where(Rep.full_name == "Ana Reyes")).scalar()
        calls = s.execute(select(ActivityMetric.id).where(ActivityMetric.key == "calls")).scalar()
    from models.services.activity import bulk_upsert
    with db.write() as s:
        bulk_upsert(s.connection(), [(ana, calls, dt.date(2026, 11, 17), 22)], user="tester",
                    source="typed")
    with pytest.raises(batches.UndoRefused) as refused:
        batches.undo_batch(db, me, first.batch_id)
    assert str(refused.value) == (
        f"Import {first.batch_id} cannot be undone: Calls made of Ana Reyes on 2026-11-17 was "
        "changed after it (it is 22 now, the import wrote 20).")
    assert _values(db)[(ana, calls, dt.date(2026, 11, 17))] == 22


# -- evaluations ----------------------------------------------------------------------------
def test_evaluations_import_and_reimport_undo_to_each_state(db, tmp_path):
    one_rep_and_a_scorecard(db)
    me = admin(db)
    tables = (Evaluation, EvaluationAnswer, EvaluationSectionScore, EvaluationWave)
    empty = snapshot(db, *tables)
    path = tmp_path / "agency.csv"
    path.write_text("Sales rep,Date,Scorecard,Agency,Wave,Greets within 10 s,Warmth\n"
                    "李娜,2026-08-03,Store visit,ShopCheck,August,y,5\n"
                    "李娜,2026-08-10,Store visit,ShopCheck,August,n,N/A\n", "utf-8")
    first = import_evaluations(db, path)
    assert first.created == 2
    after_first = snapshot(db, *tables)
    # the agency corrected a visit: its answers (and so its section score) change
    path.write_text("Sales rep,Date,Scorecard,Agency,Wave,Greets within 10 s,Warmth\n"
                    "李娜,2026-08-03,Store visit,ShopCheck,August,y,5\n"
                    "李娜,2026-08-10,Store visit,ShopCheck,August,y,3\n", "utf-8")
    second = import_evaluations(db, path)
    assert (second.updated, second.unchanged) == (1, 1)
    assert snapshot(db, *tables) != after_first
    batches.undo_batch(db, me, second.batch_id)
    assert snapshot(db, *tables) == after_first
    batches.undo_batch(db, me, first.batch_id)
    assert snapshot(db, *tables) == empty


# -- profiles -------------------------------------------------------------------------------
def test_profile_saved_and_reused_from_the_command_line(people, db_url, tmp_path, capsys):
    db = people
    path = tmp_path / "equipo.csv"
    path.write_text("Nombre,Correo,Equipo\nLena Ortiz,lena@example.com,Field Sales\n", "utf-8")
    assert repdesk(db_url, "import", "reps", str(path), "--map",
                   "Nombre=full_name,Correo=email,Equipo=team", "--save-profile",
                   "Planilla RR.HH.") == 0
    out = capsys.readouterr().out
    assert "saved as the reps import profile 'Planilla RR.HH.'" in out
    profile = load_profile(db, "reps", "Planilla RR.HH.")
    assert profile.mapping == {"Nombre": "full_name", "Correo": "email", "Equipo": "team"}
    assert profile.headers == ["Nombre", "Correo", "Equipo"]
    assert [p.name for p in list_profiles(db, "reps")] == ["Planilla RR.HH."]
    assert list_profiles(db, "deals") == []

    # next month's sheet from the same source, without --map: the profile reads it
    path.write_text("Nombre,Correo,Equipo\nLena Ortiz,lena@example.com,Field Sales\n"
                    "Marco Díaz,marco@example.com,Field Sales\n", "utf-8")
    assert repdesk(db_url, "import", "reps", str(path)) == 1      # no name column known
    capsys.readouterr()
    assert repdesk(db_url, "import", "reps", str(path), "--profile", "Planilla RR.HH.") == 0
    assert "1 created, 0 updated, 1 unchanged" in capsys.readouterr().out
    with db.read() as s:
        assert s.execute(select(Rep.full_name).where(Rep.email == "marco@example.com")
                         ).scalar() == "Marco Díaz"
    assert repdesk(db_url, "import", "reps", str(path), "--profile", "nope") == 1
    assert capsys.readouterr().err.strip() == (
        "repdesk: There is no reps import profile named 'nope' (saved ones: Planilla RR.HH.).")
    assert remembered_profile(db, "reps", ["NOMBRE", "Correo", "Equipo", "Notas"]).name == \
        "Planilla RR.HH."
    assert remembered_profile(db, "reps", ["Full name", "Email"]) is None


def test_profile_keeps_a_deals_imports_choices(people, tmp_path):
    db = people
    save_profile(db, admin(db), "deals", "Pipedrive EU", {"Deal - Value": "amount"},
                 {"crm": "pipedrive", "stage_map": "Contact Made=Qualified"},
                 headers=["Deal - ID", "Deal - Value"])
    save_profile(db, admin(db), "deals", "Pipedrive EU", {"Deal - Value": "amount"},
                 {"crm": "pipedrive"}, headers=["Deal - ID", "Deal - Value"])
    [profile] = list_profiles(db, "deals")
    assert profile.options == {"crm": "pipedrive"}       # saved again under its name: replaced
    with pytest.raises(RepdeskError):
        save_profile(db, admin(db), "payroll", "x", {}, {})


def test_history_and_undo_from_the_command_line(people, db_url, tmp_path, capsys):
    path = tmp_path / "roster.csv"
    path.write_text(ROSTER, "utf-8")
    assert repdesk(db_url, "import", "reps", str(path)) == 0
    out = capsys.readouterr().out
    batch_id = batches.list_batches(people)[0].id
    assert f"Recorded as import {batch_id}" in out
    assert repdesk(db_url, "import", "history") == 0
    out = capsys.readouterr().out
    assert "roster.csv" in out and "Unchanged" in out
    with people.read() as s:
        ana = s.execute(select(Rep).where(Rep.full_name == "Ana Reyes")).scalar_one()
    save_changes(people, Rep, ana.id, ana.version, {"phone": "+63 917 000 0000"})
    assert repdesk(db_url, "import", "undo", str(batch_id)) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"repdesk: Import {batch_id} cannot be undone: the rep 'Ana Reyes' "
                          "was changed after it")
    assert err.count("\n") == 1


# -- who sees and undoes a batch -------------------------------------------------------------
@contextlib.contextmanager
def people_logins(db, **wanted):
    """url_for(name) of people set up with a role and team: their own login on PostgreSQL, a
    user of the file on SQLite."""
    me = admin(db)
    if db.backend == "postgresql":
        from tests.multiuser.people import logins
        with logins(db, me, **wanted) as url_for:
            yield url_for, lambda key: url_for(key).rsplit("/", 1)[0].split("//")[1].split("@")[0]
        return
    for key, (role, team) in wanted.items():
        users.grant(db, me, key, role, team=team)
    yield (lambda key: str(db.url.database)), (lambda key: key)


def open_as(url, login):
    opened = open_database(url, user=login)
    limit_to_user(opened, users.sign_in(opened))
    return opened


def test_a_manager_sees_and_undoes_only_their_own_batches(people, tmp_path):
    db = people
    with db.write() as s:
        south = Team(name="South")
        s.add(south)
        s.flush()
        s.add(Rep(full_name="Budi Santoso", team_id=south.id, email="budi@example.com"))
    with people_logins(db, north=("manager", "Field Sales"), south=("manager", "South"),
                       coach=("trainer", None)) as (url_for, login_of):
        north_db = open_as(url_for("north"), login_of("north"))
        south_db = open_as(url_for("south"), login_of("south"))
        try:
            mine = tmp_path / "north.csv"
            mine.write_text("Rep,Date,Calls made\nAna Reyes,2026-11-16,35\n", "utf-8")
            north_batch = import_activity(north_db, mine).batch_id
            theirs = tmp_path / "south.csv"
            theirs.write_text("Rep,Date,Calls made\nBudi Santoso,2026-11-16,18\n", "utf-8")
            south_batch = import_activity(south_db, theirs).batch_id
            admin_batch = import_activity(db, theirs).batch_id   # the admin's, same numbers

            assert [b.id for b in batches.list_batches(north_db)] == [north_batch]
            assert [b.id for b in batches.list_batches(south_db)] == [south_batch]
            assert {b.id for b in batches.list_batches(db)} == {north_batch, south_batch,
                                                               admin_batch}
            north_user = users.sign_in(north_db)
            for other in (south_batch, admin_batch):
                with pytest.raises(RepdeskError) as refused:
                    batches.undo_batch(north_db, north_user, other)
                assert str(refused.value) == f"There is no import {other} that you may see."
            # the manager undoes their own; the admin may undo anyone's
            batches.undo_batch(north_db, north_user, north_batch)
            assert batches.list_batches(north_db)[0].undone_at is not None
            # a roster import that hired someone: only an admin removes reps (and so undoes it)
            before = snapshot(db, Rep)
            roster = tmp_path / "hires.csv"
            roster.write_text("Full name,E-mail,Team\nLena Ortiz,lena@example.com,Field Sales\n",
                              "utf-8")
            hires = import_reps(north_db, roster, create_teams=False).batch_id
            with pytest.raises(batches.UndoRefused) as refused:
                batches.undo_batch(north_db, north_user, hires)
            assert str(refused.value) == (f"Import {hires} cannot be undone by you: it would "
                                          "remove reps, which your role may not; ask an admin.")
            assert snapshot(db, Rep) != before
            batches.undo_batch(db, admin(db), hires)
            assert snapshot(db, Rep) == before
            batches.undo_batch(db, admin(db), south_batch)
        finally:
            north_db.dispose()
            south_db.dispose()
        # a trainer reads no activity batches but their own (they import evaluations)
        coach_db = open_as(url_for("coach"), login_of("coach"))
        try:
            assert batches.list_batches(coach_db) == []
        finally:
            coach_db.dispose()


def test_only_who_ran_a_batch_or_an_admin_may_undo_it(people, tmp_path):
    db = people
    path = tmp_path / "roster.csv"
    path.write_text(ROSTER, "utf-8")
    batch_id = import_reps(db, path).batch_id
    hr = users.CurrentUser("hr.maria", "Maria", users.UserRole.HR, None)
    with pytest.raises(PermissionDenied, match=f"who ran import {batch_id}, or an admin"):
        batches.undo_batch(db, hr, batch_id)


def test_undo_refuses_to_remove_a_created_rep_who_is_used_later(people, tmp_path):
    db, me = people, admin(people)
    roster = tmp_path / "roster.csv"
    roster.write_text(ROSTER, "utf-8")
    reps_batch = import_reps(db, roster).batch_id
    headers, rows = pipedrive("dot")
    rows[0][3] = "Siti Rahayu"                       # the rep this roster created owns a deal
    deals_batch = import_deals(db, write_csv(tmp_path / "deals.csv", headers, rows, "dot"))
    kept = snapshot(db, Rep, Team)
    with pytest.raises(batches.UndoRefused) as refused:
        batches.undo_batch(db, me, reps_batch)
    assert str(refused.value) == (
        f"Import {reps_batch} cannot be undone: the rep 'Siti Rahayu' that it created is now "
        "used by other records (an account, a deal); remove those first.")
    assert snapshot(db, Rep, Team) == kept

    batches.undo_batch(db, me, deals_batch.batch_id)
    numbers = tmp_path / "numbers.csv"
    numbers.write_text("Rep,Date,Calls made\nSiti Rahayu,2026-11-16,35\n", "utf-8")
    import_activity(db, numbers)
    with pytest.raises(batches.UndoRefused, match="'Siti Rahayu' that it created now has daily "
                                                  "numbers"):
        batches.undo_batch(db, me, reps_batch)


def test_a_managers_undo_is_refused_once_a_deal_it_created_went_to_another_team(people,
                                                                                tmp_path):
    db = people
    with db.write() as s:
        south = Team(name="South")
        s.add(south)
        s.flush()
        s.add(Rep(full_name="Budi Santoso", team_id=south.id, email="budi@example.com"))
    with people_logins(db, north=("manager", "Field Sales")) as (url_for, login_of):
        north_db = open_as(url_for("north"), login_of("north"))
        try:
            headers, rows = pipedrive("dot")
            report = import_deals(north_db, write_csv(tmp_path / "deals.csv", headers, rows,
                                                      "dot"))
            # the admin hands 'Pilot' to a rep of another team
            with db.read() as s:
                pilot = s.execute(select(Deal).where(Deal.title == "Pilot")).scalar_one()
                budi = s.execute(select(Rep.id).where(Rep.full_name == "Budi Santoso")).scalar()
            save_changes(db, Deal, pilot.id, pilot.version, {"rep_id": budi})
            kept = snapshot(db, Deal, DealStageChange, Account)
            with pytest.raises(batches.UndoRefused) as refused:
                batches.undo_batch(north_db, users.sign_in(north_db), report.batch_id)
            sentence = str(refused.value)
            assert sentence.startswith(f"Import {report.batch_id} cannot be undone: the deal "
                                       "'Pilot' ")
            assert "\n" not in sentence
            assert snapshot(db, Deal, DealStageChange, Account) == kept
        finally:
            north_db.dispose()


def test_a_trainers_evaluations_import_is_seen_by_trainers_hr_and_admins_not_managers(db,
                                                                                      tmp_path):
    one_rep_and_a_scorecard(db)
    with people_logins(db, coach=("trainer", None), hr=("hr", None),
                       boss=("manager", "Cebu Field")) as (url_for, login_of):
        coach_db = open_as(url_for("coach"), login_of("coach"))
        hr_db = open_as(url_for("hr"), login_of("hr"))
        boss_db = open_as(url_for("boss"), login_of("boss"))
        try:
            path = tmp_path / "agency.csv"
            path.write_text("Sales rep,Date,Scorecard,Agency,Greets within 10 s,Warmth\n"
                            "李娜,2026-08-03,Store visit,ShopCheck,y,5\n", "utf-8")
            before = snapshot(db, Evaluation, EvaluationAnswer)
            batch_id = import_evaluations(coach_db, path).batch_id
            assert [b.id for b in batches.list_batches(coach_db)] == [batch_id]
            assert [b.id for b in batches.list_batches(hr_db)] == [batch_id]
            assert [b.id for b in batches.list_batches(db)] == [batch_id]
            assert batches.list_batches(boss_db) == []
            with pytest.raises(PermissionDenied):
                batches.undo_batch(hr_db, users.sign_in(hr_db), batch_id)
            batches.undo_batch(coach_db, users.sign_in(coach_db), batch_id)
            assert snapshot(db, Evaluation, EvaluationAnswer) == before
        finally:
            for opened in (coach_db, hr_db, boss_db):
                opened.dispose()


def test_a_deals_profile_keeps_its_stage_map_from_the_command_line(people, db_url, tmp_path,
                                                                   capsys):
    from tests.funnel.test_import_deals import salesforce
    headers, rows = salesforce("dot")
    rows[1][6] = "Legal review"                  # a stage of this company's own Salesforce
    path = write_csv(tmp_path / "opportunities.csv", headers, rows, "dot")
    assert repdesk(db_url, "import", "deals", str(path)) == 1    # the stage is unknown
    assert "Legal review" in capsys.readouterr().err
    assert repdesk(db_url, "import", "deals", str(path), "--stage-map",
                   "Legal review=Objection handling", "--save-profile", "SF Manila") == 0
    capsys.readouterr()
    profile = load_profile(people, "deals", "SF Manila")
    assert profile.options["stage_map"] == "Legal review=Objection handling"
    assert profile.headers == headers
    # next week's export: the profile brings the stage map along
    rows[2][6] = "Legal review"
    path = write_csv(tmp_path / "opportunities.csv", headers, rows, "dot")
    assert repdesk(db_url, "import", "deals", str(path), "--profile", "SF Manila") == 0
    assert "0 created, 1 updated, 2 unchanged" in capsys.readouterr().out
    assert remembered_profile(people, "deals", headers).name == "SF Manila"


def test_two_workstations_undoing_the_same_import_at_once_undo_it_once(people, db_url,
                                                                       tmp_path):
    import threading
    db = people
    path = tmp_path / "roster.csv"
    path.write_text(ROSTER, "utf-8")
    before = snapshot(db, Rep, Team)
    batch_id = import_reps(db, path).batch_id
    outcomes, start = [], threading.Barrier(2)

    def undo():
        station = open_database(db_url, user="tester")
        try:
            me = users.sign_in(station)
            start.wait()
            outcomes.append(batches.undo_batch(station, me, batch_id).summary())
        except RepdeskError as error:
            outcomes.append(str(error))
        finally:
            station.dispose()

    threads = [threading.Thread(target=undo) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    done = [o for o in outcomes if o.startswith(f"Import {batch_id} undone:")]
    refused = [o for o in outcomes if o.startswith(f"Import {batch_id} was already undone on ")]
    assert (len(done), len(refused)) == (1, 1), outcomes
    assert snapshot(db, Rep, Team) == before
