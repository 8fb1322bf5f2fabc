"""Analysis ▸ Costs…: the period's entered costs listed, one added from the form and one deleted,
in the background; a bad amount is one sentence and writes nothing."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox

from desktop.analysis.costs_dialog import CostsDialog
from desktop.context import AppContext
from desktop.tasks import TaskRunner
from models import formatting
from models.db.core import Team
from models.services import other_costs as oc
from models.services.users import sign_in


def test_costs_are_listed_added_and_deleted(qtbot, db, monkeypatch):
    with db.write() as s:
        s.add(Team(name="Σάμος"))
    admin = sign_in(db)
    team_id = oc.entry_choices(db).teams[0][0]
    oc.add(db, oc.CostFields(dt.date(2026, 8, 1), "travel", "250", "USD", team_id), user=admin)
    oc.add(db, oc.CostFields(dt.date(2026, 5, 1), "tools", "99", "USD", None), user=admin)  # before
    ctx = AppContext(db, admin, TaskRunner())
    changes = []
    ctx.changed.connect(changes.append)
    dialog = CostsDialog(ctx, start=dt.date(2026, 7, 1), end=dt.date(2026, 9, 30),
                         period="2026-Q3", today=dt.date(2026, 11, 23))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.team.count() == 2, timeout=30_000)
    assert dialog.model.rowCount() == 1
    assert dialog.model.item(0, 1).text() == "Σάμος"
    assert dialog.model.item(0, 3).text() == formatting.money(D("250"), "USD")

    dialog.amount.setText("abc")
    dialog.add()
    assert "not a number" in dialog.message.text()
    assert len(oc.list_costs(db)) == 2

    dialog.month.setDate(QDate(2026, 9, 14))
    dialog.team.setCurrentIndex(dialog.team.findData(None))
    dialog.kind.setCurrentIndex(dialog.kind.findData("tools"))
    dialog.amount.setText(formatting.number(D("1200.5"), 2))
    dialog.note.setText("CRM 席位")
    dialog.add()
    qtbot.waitUntil(lambda: not dialog.busy and dialog.model.rowCount() == 2, timeout=30_000)
    added = [r for r in oc.list_costs(db) if r.note == "CRM 席位"]
    assert [(r.month, r.team_id, r.amount) for r in added] == [
        (dt.date(2026, 9, 1), None, D("1200.50"))]
    assert changes == ["other_costs"]

    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.table.selectRow(0)                     # newest month first: the one just added
    dialog.delete_selected()
    qtbot.waitUntil(lambda: not dialog.busy and dialog.model.rowCount() == 1, timeout=30_000)
    assert [r.note for r in oc.list_costs(db) if r.month.month == 9] == []
