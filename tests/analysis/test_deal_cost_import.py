"""Deal costs and product lines from a Pipedrive export: custom deal fields export as
'Deal - <field name>' beside the standard 'Deal - Value' (here 'Deal - Cost' and
'Deal - Product line', in the European number style of the file)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest
from sqlalchemy import select

from models.db.funnel import Deal
from models.imports.deals import import_deals
from models.imports.tabular import ImportRejected
from tests.funnel.helpers import add_people
from tests.funnel.test_import_deals import pipedrive, write_csv


def _with_costs(costs, lines):
    headers, rows = pipedrive("comma")
    return headers + ["Deal - Cost", "Deal - Product line"], [
        row + [cost, line] for row, cost, line in zip(rows, costs, lines)]


def _costs(db):
    with db.read() as s:
        return {t: (c, p) for t, c, p in s.execute(select(Deal.title, Deal.cost,
                                                          Deal.product_line))}


def test_costs_and_product_lines_are_imported_and_kept(db, tmp_path):
    with db.write() as s:
        add_people(s)
    headers, rows = _with_costs(["7.500,25", "", "1.000.000,00"], ["Σύμβουλοι", "Fibre", ""])
    path = write_csv(tmp_path / "pipedrive.csv", headers, rows, "comma")
    assert import_deals(db, path, today=dt.date(2026, 11, 23)).created == 3
    assert _costs(db) == {"Renewal 2027": (D("7500.25"), "Σύμβουλοι"), "Pilot": (None, "Fibre"),
                          "大单": (D("1000000.00"), None)}
    # the same file again changes nothing; the plain export (no such columns) keeps them
    assert import_deals(db, path, today=dt.date(2026, 11, 23)).unchanged == 3
    plain_headers, plain_rows = pipedrive("comma")
    plain = write_csv(tmp_path / "plain.csv", plain_headers, plain_rows, "comma")
    assert import_deals(db, plain, today=dt.date(2026, 11, 23)).unchanged == 3
    assert _costs(db)["Renewal 2027"] == (D("7500.25"), "Σύμβουλοι")


def test_an_unreadable_cost_is_a_bad_row(db, tmp_path):
    with db.write() as s:
        add_people(s)
    headers, rows = _with_costs(["7.500,25", "-5", "lots"], ["", "", ""])
    path = write_csv(tmp_path / "pipedrive.csv", headers, rows, "comma")
    with pytest.raises(ImportRejected) as rejected:
        import_deals(db, path, today=dt.date(2026, 11, 23))
    reasons = {e.row_number: e.reason for e in rejected.value.errors}
    assert "negative cost '-5'" in reasons[3] and "cost:" in reasons[4]
    assert _costs(db) == {}
