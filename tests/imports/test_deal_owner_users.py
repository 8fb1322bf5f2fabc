"""`import deals --users FILE [--create-reps --team NAME]`: a Salesforce data export names owners
by user id (OwnerId 005…); the User export beside it says who they are."""
import csv

import pytest
from sqlalchemy import select

from models.db.core import Rep, Team
from models.db.funnel import Deal
from tests.funnel.helpers import add_people
from tests.imports.test_dry_run import repdesk

# Salesforce ids: 18 characters in data exports, the first 15 of them in reports.
ANA, GIORGOS, JOSE = "005Dn000003XyZ1AAK", "005Dn000003XyZ2AAK", "005Dn000003XyZ3AAK"
GHOST = "005Dn000009QqQ9AAK"

# Fields of Salesforce's Opportunity and User objects, as Data Loader / Data Export write them.
OPPORTUNITY = ["Id", "AccountId", "Name", "StageName", "Amount", "CurrencyIsoCode", "CloseDate",
               "OwnerId", "IsClosed", "IsWon", "LeadSource"]
USER = ["Id", "FirstName", "LastName", "Email", "Username", "IsActive"]


def write(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([header, *rows])
    return path


@pytest.fixture
def files(db, tmp_path):
    with db.write() as s:
        add_people(s)  # Ana Reyes, Γιώργος Παπαδόπουλος, 王伟 (rep0…rep2@example.com)
    users = write(tmp_path / "User.csv", USER, [
        # another e-mail than the roster's, the name with an accent and in capitals
        [ANA, "ÁNA", "Reyes", "ana.reyes@corp.example", "ana@corp.example.sf", "true"],
        [GIORGOS, "Giorgos", "Papadopoulos", "REP1@example.com", "gp@corp.example.sf", "true"],
        [JOSE, "José", "Núñez", "jose.nunez@corp.example", "jn@corp.example.sf", "true"],
    ])
    deals = write(tmp_path / "Opportunity.csv", OPPORTUNITY, [
        ["0065g00000AbCd1AAA", "0015g00000XyZ1AAA", "Pilot", "Prospecting", "1200", "EUR",
         "2026-09-30", ANA[:15], "false", "false", "Web"],
        ["0065g00000AbCd2AAA", "0015g00000XyZ1AAA", "Renewal", "Closed Won", "8000", "EUR",
         "2026-08-14", GIORGOS, "true", "true", "Partner Referral"],
        ["0065g00000AbCd3AAA", "0015g00000XyZ2AAA", "Expansion", "Negotiation/Review", "5000",
         "EUR", "2026-10-15", JOSE, "false", "false", "Cold Call"],
        ["0065g00000AbCd4AAA", "0015g00000XyZ2AAA", "Ghost deal", "Prospecting", "10", "EUR",
         "2026-10-15", GHOST, "false", "false", ""],
    ])
    return str(deals), str(users)


def owners(db) -> dict[str, str]:
    with db.read() as s:
        return {title: name for title, name in s.execute(
            select(Deal.title, Rep.full_name).join(Rep, Deal.rep_id == Rep.id))}


def reps_and_teams(db) -> tuple[int, int]:
    with db.read() as s:
        return (len(s.execute(select(Rep.id)).all()), len(s.execute(select(Team.id)).all()))


def test_owner_ids_become_reps_by_email_then_by_name(db, db_url, files, capsys):
    deals, users = files
    assert repdesk(db_url, "import", "deals", deals, "--users", users) == 1
    err = capsys.readouterr().err
    assert (f"row 4: the owner {JOSE} (José Núñez, jose.nunez@corp.example) is not a rep: add "
            "them, or give --create-reps --team NAME") in err
    assert (f"row 5: the owner '{GHOST}' is neither a user of the users file nor a rep's name "
            "or e-mail") in err
    assert owners(db) == {}
    assert repdesk(db_url, "import", "deals", deals, "--users", users, "--skip-bad") == 3
    assert "2 created" in capsys.readouterr().out
    assert owners(db) == {"Pilot": "Ana Reyes", "Renewal": "Γιώργος Παπαδόπουλος"}


def test_without_the_users_file_an_owner_id_is_a_bad_row(db, db_url, files, capsys):
    deals, _ = files
    assert repdesk(db_url, "import", "deals", deals) == 1
    assert f"row 2: no rep named or with e-mail '{ANA[:15]}'" in capsys.readouterr().err


def test_create_reps_adds_the_missing_owners_to_a_new_team(db, db_url, files, capsys):
    deals, users = files
    before = reps_and_teams(db)
    assert repdesk(db_url, "import", "deals", deals, "--users", users, "--create-reps",
                   "--team", "Inside Sales", "--skip-bad") == 3
    out = capsys.readouterr().out
    assert "3 created" in out and "1 new rep(s): José Núñez" in out
    assert f"row 5: the owner '{GHOST}'" in out
    assert owners(db)["Expansion"] == "José Núñez"
    assert reps_and_teams(db) == (before[0] + 1, before[1] + 1)
    with db.read() as s:
        jose = s.execute(select(Rep).where(Rep.full_name == "José Núñez")).scalar_one()
        assert jose.email == "jose.nunez@corp.example"
        assert s.get(Team, jose.team_id).name == "Inside Sales"


def test_a_rejected_import_creates_neither_reps_nor_team(db, db_url, files, capsys):
    deals, users = files
    before = reps_and_teams(db)
    assert repdesk(db_url, "import", "deals", deals, "--users", users, "--create-reps",
                   "--team", "Inside Sales") == 1
    assert "row 5" in capsys.readouterr().err
    assert reps_and_teams(db) == before and owners(db) == {}
    assert repdesk(db_url, "import", "deals", deals, "--users", users, "--create-reps",
                   "--team", "Inside Sales", "--skip-bad", "--dry-run") == 3
    assert "1 new rep(s): José Núñez" in capsys.readouterr().out
    assert reps_and_teams(db) == before and owners(db) == {}


def test_create_reps_needs_users_and_team(db, db_url, files, capsys):
    deals, users = files
    assert repdesk(db_url, "import", "deals", deals, "--users", users, "--create-reps") == 1
    assert capsys.readouterr().err == ("repdesk: --create-reps needs --users FILE (who the owners "
                                       "are) and --team NAME (where their reps go).\n")
    assert repdesk(db_url, "import", "deals", deals, "--team", "Inside Sales") == 1
    assert "add --create-reps" in capsys.readouterr().err


@pytest.mark.parametrize("header, row", [
    (["User ID", "First Name", "Last Name", "Email"],          # HubSpot's users export
     ["51234567", "Ana", "Reyes", "ana@corp.example"]),
    (["Id", "Full Name", "Email", "Role"],                     # Zoho CRM's users export
     ["51234567", "Ana Reyes", "ana@corp.example", "Manager"]),
])
def test_hubspot_and_zoho_user_exports_are_read(tmp_path, header, row):
    from models.imports.crm_users import read_crm_users
    users = read_crm_users(write(tmp_path / "users.csv", header, [row]))
    assert {k: (u.name, u.email) for k, u in users.items()} == {
        "51234567": ("Ana Reyes", "ana@corp.example")}


def test_a_users_file_without_names_or_emails_is_one_sentence(db, db_url, files, tmp_path,
                                                              capsys):
    deals, _ = files
    users = write(tmp_path / "ids.csv", ["Id", "IsActive"], [[ANA, "true"]])
    assert repdesk(db_url, "import", "deals", deals, "--users", str(users)) == 1
    assert "ids.csv has no name or e-mail column" in capsys.readouterr().err
