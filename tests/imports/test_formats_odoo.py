"""Odoo's export of CRM opportunities (crm.lead) as its Export dialog writes it: field labels as
headers, every cell quoted, the external id '__export__.crm_lead_12_…' in 'ID', probabilities as
floats, Active as True/False. Odoo has no lost stage: a lost opportunity is archived with
probability 0 in the stage where it was lost, and a won one is in 'Won' at 100."""
from decimal import Decimal

from sqlalchemy import select

from models.db.funnel import Deal, LostReason
from models.imports.deals import import_deals
from tests.funnel.helpers import add_people
from tests.imports.export_files import (EXPORTS, accounted, export_rows, stored_deals,
                                        stored_won_by_rep, won_by_owner)
from tests.imports.test_dry_run import repdesk

ODOO = EXPORTS / "odoo" / "crm.lead.csv"


def test_odoo_opportunities_export(db, db_url, capsys):
    with db.write() as s:
        add_people(s)
    rows = export_rows(ODOO, "utf-8")
    won = won_by_owner(rows, lambda r: r["Stage"] == "Won" and r["Probability"] == "100.0",
                       "Salesperson", lambda r: Decimal(r["Expected Revenue"]))
    assert won == {"Ana Reyes": (2, Decimal("22300.0")), "王伟": (1, Decimal("4200.5"))}

    # An opportunity archived but not marked lost is neither won nor lost: a bad row, named.
    assert repdesk(db_url, "import", "deals", str(ODOO)) == 1
    assert ("row 7: the opportunity is archived (Active is False) but its probability is '30.0', "
            "neither 0 (lost) nor 100 (won)") in capsys.readouterr().err
    assert stored_won_by_rep(db) == {}

    assert repdesk(db_url, "import", "deals", str(ODOO), "--skip-bad") == 3   # some rows bad
    out = capsys.readouterr().out
    assert "6 created, 0 updated, 0 unchanged" in out and "1 bad row(s) skipped" in out
    # No currency in the export: the result says what was assumed and how to set it.
    amounts = sum(1 for r in rows if r["Expected Revenue"] and r["ID"] != rows[5]["ID"])
    assert (f"{amounts} amount(s) named no currency: {amounts} new deal(s) were stored as USD, "
            "assumed.") in out
    assert stored_won_by_rep(db) == won
    deals = stored_deals(db)
    assert deals["Standing desks"][:2] == ("lost", "Lost")     # Qualified, probability 0
    assert deals["Meeting room fit-out"][:2] == ("open", "Proposal sent")   # Proposition
    assert deals["Website enquiry"][:2] == ("open", "New lead")
    with db.read() as s:
        reason = s.execute(select(LostReason.name).join(Deal, Deal.lost_reason_id == LostReason.id)
                           ).scalar_one()
        crm = dict(s.execute(select(Deal.title, Deal.crm_id)).all())
    assert reason == "Too expensive"
    assert crm["Office chairs for Αθήνα HQ"] == "__export__.crm_lead_12_a1b2c3d4"

    again = import_deals(db, ODOO, skip_bad=True)
    assert accounted(again, len(rows)) and again.unchanged == 6
