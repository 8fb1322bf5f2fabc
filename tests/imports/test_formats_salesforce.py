"""Salesforce's Data Export (ISO-8859-1) of Opportunity.csv with the org's User.csv: API names
(Id, Name, StageName, Amount, CloseDate, OwnerId, IsClosed, IsWon, CurrencyIsoCode, CreatedDate),
accented names, owners by user id only, and the org's own stage names: IsClosed and IsWon say
which deals are won or lost, so only the custom stage of open deals needs --stage-map."""
from decimal import Decimal

import pytest

from models.imports.deals import UnknownStages, import_deals
from models.imports.crm_users import read_crm_users
from tests.funnel.helpers import add_people
from tests.imports.export_files import (EXPORTS, accounted, export_rows, stored_deals,
                                        stored_won_by_rep, won_by_owner)
from tests.imports.test_dry_run import repdesk

OPPORTUNITY = EXPORTS / "salesforce" / "Opportunity.csv"
USERS = EXPORTS / "salesforce" / "User.csv"
ROSTER = ("Françoise Lefèvre", "José Núñez", "Jürgen Groß")


@pytest.fixture
def sales_team(db):
    with db.write() as s:
        reps = add_people(s, names=ROSTER)
        # the roster's e-mails are the CRM's (Jürgen's differs: he is matched by name)
        for rep, email in zip(reps, ("francoise.lefevre@acme.example", "jose.nunez@acme.example",
                                     "juergen@acme.example")):
            rep.email = email
    return db


def test_data_export_with_user_file(sales_team, db_url, capsys):
    db = sales_team
    rows = export_rows(OPPORTUNITY, "latin-1")
    owner_names = {u["Id"]: u["Name"] for u in export_rows(USERS, "latin-1")}
    for row in rows:
        row["Owner"] = owner_names[row["OwnerId"]]
    won = won_by_owner(rows, lambda r: r["IsWon"] == "true", "Owner",
                       lambda r: Decimal(r["Amount"]))
    assert won == {"Françoise Lefèvre": (1, Decimal("48000")), "José Núñez": (1, Decimal("30000")),
                   "Jürgen Groß": (1, Decimal("21000.5"))}

    # 'Contrat signé' and 'Perdu - concurrent' are closed deals (IsClosed), so they need no
    # mapping; the open deals' 'Négociation' does, and the message says how many rows have it.
    with pytest.raises(UnknownStages) as caught:
        import_deals(db, OPPORTUNITY, users=read_crm_users(USERS))
    assert caught.value.names == ["Négociation"] and caught.value.counts == {"Négociation": 2}
    assert "'Négociation' (2 rows)" in str(caught.value)
    assert repdesk(db_url, "import", "deals", str(OPPORTUNITY), "--users", str(USERS)) == 1
    assert "'Négociation' (2 rows)" in capsys.readouterr().err

    assert repdesk(db_url, "import", "deals", str(OPPORTUNITY), "--users", str(USERS),
                   "--stage-map", "Négociation=Closing") == 0
    assert f"{len(rows)} created, 0 updated, 0 unchanged" in capsys.readouterr().out
    assert stored_won_by_rep(db) == won
    deals = stored_deals(db)
    assert deals["Rénovation siège Lyon"] == ("won", "Won", "EUR")
    assert deals["Ampliación Málaga"] == ("lost", "Lost", "EUR")
    assert deals["Équipement Genève"] == ("open", "Closing", "EUR")
    assert deals["Extension Lyon"] == ("open", "New lead", "EUR")

    again = import_deals(db, OPPORTUNITY, users=read_crm_users(USERS),
                         stage_map="Négociation=Closing")
    assert accounted(again, len(rows)) and again.unchanged == len(rows)


def test_flags_that_contradict_the_stage_are_a_bad_row(sales_team, tmp_path):
    text = OPPORTUNITY.read_bytes().decode("latin-1")
    # an open deal whose stage is Salesforce's own 'Closed Won'
    text = text.replace('"Extension Lyon","Prospecting"', '"Extension Lyon","Closed Won"')
    path = tmp_path / "Opportunity.csv"
    path.write_bytes(text.encode("latin-1"))
    report = import_deals(sales_team, path, users=read_crm_users(USERS),
                          stage_map="Négociation=Closing", skip_bad=True)
    assert [(e.row_number, e.reason) for e in report.skipped] == [
        (6, "the stage 'Closed Won' means won but IsClosed says open")]
