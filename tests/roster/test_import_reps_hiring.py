"""Hiring facts (referral source, prior results verified and its note, builder/producer profile)
import and export with the roster, on both databases; the export carries them only for a login
that may read reps' private details."""
import csv

import pytest
from sqlalchemy import select

from models.db.core import Rep
from models.imports.reps import export_reps, import_reps
from models.imports.tabular import ImportRejected

# An HR system's employee report, with its own names for the hiring columns.
HR_EXPORT = (
    "Employee name,Work email,Team,Hire date,Source of hire,Prior results verified,"
    "Prior performance note,Sales profile\n"
    "Ελένη Παπαδοπούλου,eleni@example.com,Αθήνα Field,2024-03-01,Referred by Νίκος,Yes,"
    "\"Top 10% at previous employer, payslips seen\",Builder\n"
    "Juan dela Cruz,juan@example.com,Manila Inside,2023-11-15,JobStreet,no,,Farmer\n"
    "王伟,wang@example.com,Manila Inside,2022-07-01,,,,\n")


def hiring(db):
    with db.read() as s:
        return {r.email: (r.referral_source, r.prior_performance_verified,
                          r.prior_performance_note, r.profile and r.profile.value)
                for r in s.execute(select(Rep)).scalars()}


def test_import_sets_hiring_facts_and_an_unchanged_reimport_changes_nothing(db, tmp_path):
    path = tmp_path / "employees.csv"
    path.write_text(HR_EXPORT, encoding="utf-8")
    report = import_reps(db, path)
    assert report.created == 3
    assert hiring(db) == {
        "eleni@example.com": ("Referred by Νίκος", True,
                              "Top 10% at previous employer, payslips seen", "builder"),
        "juan@example.com": ("JobStreet", False, None, "producer"),   # a farmer is a producer
        "wang@example.com": (None, False, None, None),
    }
    again = import_reps(db, path)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)

    # A later file corrects one fact; empty cells erase nothing.
    path.write_text("Work email,Employee name,Referral source,Prior results verified,Profile\n"
                    "juan@example.com,Juan dela Cruz,Employee referral,TRUE,\n", encoding="utf-8")
    report = import_reps(db, path)
    assert (report.updated, report.unchanged) == (1, 0)
    assert hiring(db)["juan@example.com"] == ("Employee referral", True, None, "producer")


@pytest.mark.parametrize("column,value,reason", [
    ("Prior results verified", "maybe", "prior results verified 'maybe' is not yes or no"),
    ("Prior results verified", "ναι", "prior results verified 'ναι' is not yes or no"),
    ("Profile", "Closer", "profile 'Closer' is not one of: Builder, Producer"),
])
def test_a_hiring_fact_that_cannot_be_read_is_a_bad_row(db, tmp_path, column, value, reason):
    path = tmp_path / "bad.csv"
    path.write_text(f"Name,Email,{column}\nAna Cruz,ana@example.com,{value}\n"
                    f"Budi Santoso,budi@example.com,\n", encoding="utf-8")
    with pytest.raises(ImportRejected) as caught:
        import_reps(db, path)
    assert [(e.row_number, e.reason) for e in caught.value.errors] == [(2, reason)]
    assert hiring(db) == {}   # nothing written


def _exported(db, path) -> list[dict]:
    export_reps(db, path)
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def test_export_carries_hiring_facts_and_round_trips(db, tmp_path):
    source = tmp_path / "employees.csv"
    source.write_text(HR_EXPORT, encoding="utf-8")
    import_reps(db, source)
    rows = {r["Email"]: r for r in _exported(db, tmp_path / "out.csv")}
    eleni = rows["eleni@example.com"]
    assert (eleni["Referral source"], eleni["Prior results verified"], eleni["Prior results note"],
            eleni["Profile"]) == ("Referred by Νίκος", "Yes",
                                  "Top 10% at previous employer, payslips seen", "Builder")
    assert rows["juan@example.com"]["Prior results verified"] == "No"
    assert rows["wang@example.com"]["Profile"] == ""
    report = import_reps(db, tmp_path / "out.csv")
    assert (report.created, report.updated, report.unchanged) == (0, 0, 3)


def test_export_leaves_private_details_out_for_a_trainer(db, tmp_path):
    """On PostgreSQL a trainer's login may not read them (the server refuses); a manager's may.
    SQLite has no logins of its own: everyone using the file reads them."""
    source = tmp_path / "employees.csv"
    source.write_text(HR_EXPORT, encoding="utf-8")
    import_reps(db, source)
    private = {"Phone", "Home base", "Time zone", "Referral source", "Prior results verified",
               "Prior results note", "Profile"}
    if db.backend == "sqlite":
        assert private <= set(_exported(db, tmp_path / "all.csv")[0])
        return
    from models.db.migrate import open_database
    from models.services import users
    from tests.multiuser.people import logins
    admin = users.sign_in(db)
    with logins(db, admin, boss=("admin", None), hr=("hr", None), trainer=("trainer", None),
                mgr=("manager", "Manila Inside")) as url_for:
        # The manager sees only Manila Inside, where Juan was hired from JobStreet.
        for who, sources in (("boss", {"Referred by Νίκος", "JobStreet", ""}),
                             ("hr", {"Referred by Νίκος", "JobStreet", ""}),
                             ("mgr", {"JobStreet", ""}), ("trainer", None)):
            login_db = open_database(url_for(who))
            try:
                rows = _exported(login_db, tmp_path / f"{who}.csv")
            finally:
                login_db.dispose()
            assert rows, who
            if sources is None:
                assert not private & set(rows[0]), who
            else:
                assert private <= set(rows[0]), who
                assert {r["Referral source"] for r in rows} == sources, who
            assert {"Full name", "Email", "Team"} <= set(rows[0]), who
