"""HubSpot's deal export with two pipelines whose custom stages share a name, and Pipedrive's
'Deal - …' export whose status says won, lost or open, each deal in its own currency."""
from decimal import Decimal

import pytest

from models.imports.deals import UnknownStages, import_deals
from tests.funnel.helpers import add_people
from tests.imports.export_files import (EXPORTS, accounted, export_rows, stored_deals,
                                        stored_won_by_rep, won_by_owner)
from tests.imports.test_dry_run import repdesk

HUBSPOT = EXPORTS / "hubspot" / "hubspot-crm-exports-all-deals-2025-05-31.csv"
PIPEDRIVE = EXPORTS / "pipedrive" / "deals-export.csv"
# 'Pricing review' is an early step of the sales pipeline and the last one of renewals.
STAGE_MAP = ("Sales Pipeline: Pricing review=Proposal sent,"
             "Renewals: Pricing review=Closing,Renewal due=Qualified")


@pytest.fixture
def people(db):
    with db.write() as s:
        add_people(s)
    return db


def test_hubspot_pipelines_sharing_a_stage_name(people, db_url, capsys):
    db = people
    rows = export_rows(HUBSPOT, "utf-8")
    won = won_by_owner(rows, lambda r: r["Deal Stage"] == "Closed Won", "Deal owner",
                       lambda r: Decimal(r["Amount"]))
    with pytest.raises(UnknownStages) as caught:
        import_deals(db, HUBSPOT)
    assert caught.value.counts == {"Renewals: Pricing review": 1, "Renewal due": 1,
                                   "Sales Pipeline: Pricing review": 1}
    assert repdesk(db_url, "import", "deals", str(HUBSPOT)) == 1
    assert ("'Renewals: Pricing review' (1 row), 'Renewal due' (1 row), 'Sales Pipeline: "
            "Pricing review' (1 row)") in capsys.readouterr().err

    report = import_deals(db, HUBSPOT, stage_map=STAGE_MAP)
    assert accounted(report, len(rows)) and report.created == len(rows)
    assert stored_won_by_rep(db) == won == {
        "Ana Reyes": (1, Decimal("12000")), "Γιώργος Παπαδόπουλος": (1, Decimal("250000")),
        "王伟": (1, Decimal("9000"))}
    deals = stored_deals(db)
    assert deals["Warehouse sensors"] == ("open", "Proposal sent", "EUR")
    assert deals["Θεσσαλονίκη renewal"] == ("open", "Closing", "EUR")
    assert deals["Acme renewal 2025"] == ("open", "Qualified", "EUR")
    assert deals["Cebu renewal"] == ("won", "Won", "PHP")
    assert deals["Cold storage retrofit"] == ("lost", "Lost", "EUR")
    assert report.currency_unknown == 0 and "named no currency" not in report.summary()
    assert accounted(import_deals(db, HUBSPOT, stage_map=STAGE_MAP), len(rows))


def test_pipedrive_status_decides_and_currencies_stay(people):
    db = people
    rows = export_rows(PIPEDRIVE, "utf-8")
    won = won_by_owner(rows, lambda r: r["Deal - Status"] == "Won", "Deal - Owner",
                       lambda r: Decimal(r["Deal - Value"]))
    # 'Contract signed' is no stage Repdesk or Pipedrive's defaults know, but every deal in it
    # is won: no --stage-map is needed.
    report = import_deals(db, PIPEDRIVE)
    assert accounted(report, len(rows)) and report.created == len(rows)
    assert stored_won_by_rep(db) == won == {
        "Ana Reyes": (2, Decimal("19400.50")), "Γιώργος Παπαδόπουλος": (1, Decimal("12000"))}
    deals = stored_deals(db)
    assert deals["Kasunduan Cebu"] == ("won", "Won", "PHP")
    assert deals["大单 续约"] == ("lost", "Lost", "CNY")
    assert deals["Θεσσαλονίκη pilot"] == ("open", "Proposal sent", "EUR")
    assert deals["Shenzhen parts"] == ("open", "New lead", "CNY")
    again = import_deals(db, PIPEDRIVE)
    assert accounted(again, len(rows)) and again.unchanged == len(rows)
