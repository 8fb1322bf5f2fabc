"""Importing reps: who a row is (e-mail, never the name), end dates, and the CRMs' own user exports.
Runs on SQLite and PostgreSQL."""
import datetime as dt

import pytest
from sqlalchemy import select

from models.db.core import Rep
from models.imports.reps import import_reps
from models.imports.tabular import ImportFileError, ImportRejected

HIRED = dt.date(2019, 4, 1)


def all_reps(db):
    with db.read() as s:
        return list(s.execute(select(Rep).order_by(Rep.id)).scalars())


def by_email(db):
    return {r.email: r for r in all_reps(db)}


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def maria(db, tmp_path):
    """Maria Santos, on the Manila Field team since 1 April 2019."""
    import_reps(db, write(tmp_path, "first.csv", "Name,Email,Team,Hire date\n"
                          "Maria Santos,maria.santos@example.com,Manila Field,2019-04-01\n"))
    return by_email(db)["maria.santos@example.com"]


def test_a_new_hire_with_a_colleagues_name_is_a_new_rep(db, tmp_path, maria):
    path = write(tmp_path, "hires.csv", "Name,Email,Team,Hire date\n"
                 "Maria Santos,maria.santos2@example.com,Manila Field,2026-11-02\n")
    report = import_reps(db, path)
    assert (report.created, report.updated, report.unchanged) == (1, 0, 0)
    # the existing rep (1) and the new hire (1): two reps of the team carry the name
    assert "2 reps share the name Maria Santos with another rep; kept separate" in report.summary()
    reps = by_email(db)
    assert reps["maria.santos@example.com"].hire_date == HIRED       # untouched
    assert reps["maria.santos2@example.com"].hire_date == dt.date(2026, 11, 2)
    assert reps["maria.santos@example.com"].id == maria.id

    again = import_reps(db, path)  # the same file again: matched by e-mail, nothing added
    assert (again.created, again.updated, again.unchanged) == (0, 0, 1)
    assert "share the name" not in again.summary()
    assert len(all_reps(db)) == 2


def test_a_same_named_row_without_an_email_is_not_the_rep_who_has_one(db, tmp_path, maria):
    report = import_reps(db, write(tmp_path, "x.csv", "Name,Team,Hire date\n"
                                   "Maria Santos,Manila Field,2026-11-02\n"))
    assert report.created == 1 and report.updated == 0
    assert by_email(db)["maria.santos@example.com"].hire_date == HIRED
    assert len(all_reps(db)) == 2


def test_email_matches_ignoring_case_and_updates(db, tmp_path, maria):
    report = import_reps(db, write(tmp_path, "x.csv", "Name,Email,Team,Phone\n"
                                   "Maria Santos,MARIA.Santos@Example.com,Manila Field,"
                                   "+63 2 555\n"))
    assert (report.created, report.updated) == (0, 1)
    [rep] = all_reps(db)
    assert rep.id == maria.id and rep.phone == "+63 2 555"


def test_two_new_people_of_one_name_in_one_file_are_both_kept(db, tmp_path):
    report = import_reps(db, write(tmp_path, "x.csv", "Name,Email,Team\n"
                                   "Juan Cruz,juan.cruz@example.com,Cebu\n"
                                   "Juan Cruz,jcruz@example.com,Cebu\n"))
    assert report.created == 2
    assert "2 reps share the name Juan Cruz with another rep; kept separate" in report.summary()


# -- end dates ------------------------------------------------------------------------------------

def test_an_end_date_before_the_hire_date_on_record_is_a_bad_row_not_a_crash(db, tmp_path, maria):
    # the row alone is fine (it has no hire date); with the 2019 hire date on record it is not
    path = write(tmp_path, "leavers.csv", "Name,Email,End date\n"
                 "Maria Santos,maria.santos@example.com,2018-12-31\n"
                 "Ana Lim,ana.lim@example.com,2025-06-30\n")
    with pytest.raises(ImportRejected) as caught:
        import_reps(db, path)
    assert [str(e) for e in caught.value.errors] == [
        "row 2: the end date 2018-12-31 is before the hire date 2019-04-01"]
    assert len(all_reps(db)) == 1  # nothing written

    report = import_reps(db, path, skip_bad=True)
    assert report.created == 1 and [e.row_number for e in report.skipped] == [2]
    reps = by_email(db)
    assert reps["maria.santos@example.com"].end_date is None
    assert reps["maria.santos@example.com"].status == "active"


def test_a_past_end_date_makes_the_rep_departed(db, tmp_path, maria):
    future = dt.date.today() + dt.timedelta(days=60)
    report = import_reps(db, write(tmp_path, "x.csv", "Name,Email,Team,Hire date,End date\n"
                                   f"Maria Santos,maria.santos@example.com,,,2025-06-30\n"
                                   f"Ben Ong,ben@example.com,Cebu,2024-01-08,{future:%Y-%m-%d}\n"
                                   "Dewi Putri,dewi@example.com,Cebu,2023-02-01,2024-02-29\n"))
    assert (report.created, report.updated) == (2, 1)
    reps = by_email(db)
    assert (reps["maria.santos@example.com"].status, reps["maria.santos@example.com"].end_date) \
        == ("departed", dt.date(2025, 6, 30))
    assert reps["ben@example.com"].status == "active"        # leaving, not gone yet
    assert reps["dewi@example.com"].status == "departed"


def test_a_status_column_wins_over_the_end_date(db, tmp_path):
    import_reps(db, write(tmp_path, "x.csv", "Name,Email,End date,Status\n"
                          "Lee Wong,lee@example.com,2025-01-31,Leave\n"))
    assert by_email(db)["lee@example.com"].status == "leave"


# -- the CRMs' own user exports -------------------------------------------------------------------

def test_salesforce_user_export(db, tmp_path):
    # Data Loader / report export of the User object: API names as headers
    path = write(tmp_path, "User.csv",
                 "Id,Username,LastName,FirstName,Email,IsActive\n"
                 "0055g00000AbCdEAAV,jane.doe@acme.com,Doe,Jane,jane.doe@acme.com,true\n"
                 "0055g00000AbCdFAAV,ravi.k@acme.com,Kumar,Ravi,ravi.kumar@acme.com,false\n"
                 "0055g00000AbCdGAAV,integration@00d5g000004abcd.com,User,Integration,"
                 "integration@00d5g000004abcd.com,true\n"
                 "0055g00000AbCdHAAV,autoproc@00d5g000004abcdeaa,Process,Automated,"
                 "autoproc@00d5g000004abcdeaa,true\n"
                 "0055g00000AbCdIAAV,chatty.00d5g000004abcd@chatter.salesforce.com,Expert,"
                 "Chatter,noreply@chatter.salesforce.com,false\n")
    report = import_reps(db, path)  # system users do not reject the file
    assert report.created == 2
    assert [e.row_number for e in report.skipped] == [4, 5, 6]
    assert all("system user" in e.reason for e in report.skipped)
    reps = by_email(db)
    assert set(reps) == {"jane.doe@acme.com", "ravi.kumar@acme.com"}
    assert reps["jane.doe@acme.com"].full_name == "Jane Doe"
    assert reps["jane.doe@acme.com"].status == "active"
    assert reps["ravi.kumar@acme.com"].status == "departed"  # deactivated user

    again = import_reps(db, path)
    assert (again.created, again.unchanged, len(again.skipped)) == (0, 2, 3)


def test_hubspot_user_export(db, tmp_path):
    path = write(tmp_path, "hubspot-users.csv", "First Name,Last Name,Email\n"
                 "Ana,Cruz,ana.cruz@acme.com\n"
                 "Ben,Lim,\n"
                 ",Santos,siti.santos@acme.com\n")
    report = import_reps(db, path)
    assert report.created == 2
    assert [(e.row_number, e.reason) for e in report.skipped] == [
        (3, "a CRM user without an e-mail (a system user, not a rep)")]
    assert "row 3: a CRM user without an e-mail" in report.summary()
    assert {r.full_name for r in all_reps(db)} == {"Ana Cruz", "Santos"}


def test_zoho_user_export(db, tmp_path):
    path = write(tmp_path, "Users.csv", "First Name,Last Name,Email,Role,Profile,Status\n"
                 "Priya,Nair,priya.nair@acme.com,CEO,Administrator,Active\n"
                 "Tom,Reyes,tom.reyes@acme.com,Manager,Standard,Inactive\n"
                 "Zoho,Bot,noreply@acme.zohocrm.com,Manager,Standard,Active\n")
    report = import_reps(db, path)
    assert report.created == 2 and [e.row_number for e in report.skipped] == [4]
    reps = by_email(db)
    assert reps["priya.nair@acme.com"].role == "sales_rep"   # Zoho's "CEO" is not a sales role
    assert reps["tom.reyes@acme.com"].role == "sales_manager"
    assert reps["tom.reyes@acme.com"].status == "departed"


def test_a_file_without_any_name_column_is_refused(db, tmp_path):
    with pytest.raises(ImportFileError, match="no column for full_name"):
        import_reps(db, write(tmp_path, "x.csv", "Email,Team\na@example.com,Cebu\n"))


def test_a_crm_user_id_twice_in_one_export_is_a_bad_row(db, tmp_path):
    path = write(tmp_path, "User.csv", "Id,FirstName,LastName,Email\n"
                 "0055g00000AbCdEAAV,Jane,Doe,jane.doe@acme.com\n"
                 "0055g00000AbCdEAAV,Jane,Doe-Reyes,jane.reyes@acme.com\n")
    with pytest.raises(ImportRejected) as caught:
        import_reps(db, path)
    assert [str(e) for e in caught.value.errors] == [
        "row 3: the CRM user id 0055g00000AbCdEAAV is also on row 2"]
    assert all_reps(db) == []
