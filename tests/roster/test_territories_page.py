"""The territory tree: drag a rep onto another territory; history rows are kept and shown."""
import datetime as dt

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent
from sqlalchemy import select

from models.db.core import AuditEntry, TerritoryAssignment
from models.services.territories import assignment_history
from tests.roster.conftest import TODAY, make_ctx


def drop(tree, rep_item, territory_item):
    """Deliver the drop the tree gets when a user drags rep_item onto territory_item."""
    mime = tree.mimeData([rep_item])
    rect = tree.visualItemRect(territory_item)
    event = QDropEvent(QPointF(rect.center()), Qt.DropAction.MoveAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    tree.dropEvent(event)


def test_drag_and_drop_reassignment_keeps_history(demo_db, qtbot):
    from desktop.territories.page import TerritoriesPage
    page = TerritoriesPage(make_ctx(demo_db, "sales_manager"), today=TODAY)
    qtbot.addWidget(page)
    page.resize(1200, 900)
    page.show()
    qtbot.waitUntil(lambda: not page.busy, timeout=20_000)  # read in the background
    tree = page.tree
    leaves = [n for n in page.nodes.values() if not n.children and n.reps]
    source = leaves[0]
    target = next(n for n in page.nodes.values() if not n.children and n.id != source.id
                  and source.reps[0].rep_id not in {r.rep_id for r in n.reps})
    moved = next(r for r in source.reps if r.role == "primary")
    rep_item = next(i for i in tree.rep_items(source.id) if i.data(0, Qt.ItemDataRole.UserRole + 1)
                    == moved.rep_id)
    target_item = tree.territory_item(target.id)
    tree.scrollToItem(target_item)
    page.effective.setDate(page.effective.date())  # effective today
    asked = []
    page.ask_move = lambda question: asked.append(question) or False    # "No": nothing moves
    drop(tree, rep_item, target_item)
    assert page.saving is None and len(asked) == 1
    assert moved.name in asked[0] and source.name in asked[0] and target.name in asked[0]
    with demo_db.read() as s:
        assert s.get(TerritoryAssignment, moved.assignment_id).end_date is None
    page.ask_move = lambda question: asked.append(question) or True     # "Yes"
    drop(tree, rep_item, target_item)
    assert len(asked) == 2
    if page.saving is not None:
        page.saving.wait()

    with demo_db.read() as s:
        rows = s.execute(select(TerritoryAssignment).where(
            TerritoryAssignment.rep_id == moved.rep_id).order_by(TerritoryAssignment.start_date,
                                                                  TerritoryAssignment.id)).scalars().all()
        old = next(a for a in rows if a.id == moved.assignment_id)
        new = rows[-1]
        audit = s.execute(select(AuditEntry.action).where(
            AuditEntry.table_name == "territory_assignments")).scalars().all()
    assert old.end_date == TODAY - dt.timedelta(days=1) and old.territory_id == source.id
    assert new.territory_id == target.id and new.start_date == TODAY and new.end_date is None
    assert "update" in audit and "insert" in audit

    # The tree shows the rep under the new territory only; the history keeps both rows.
    qtbot.waitUntil(lambda: not page.busy, timeout=20_000)
    assert moved.rep_id in {i.data(0, Qt.ItemDataRole.UserRole + 1)
                            for i in tree.rep_items(target.id)}
    assert moved.rep_id not in {i.data(0, Qt.ItemDataRole.UserRole + 1)
                                for i in tree.rep_items(source.id)}
    shown = [page.history_model.row(r) for r in range(page.history_model.rowCount())]
    assert any(row[1] == moved.name and row[3] == TODAY.isoformat() and row[4] == "now"
               for row in shown)
    before = assignment_history(demo_db, territory_ids={source.id},
                                start=TODAY - dt.timedelta(days=30), end=TODAY - dt.timedelta(days=1))
    assert moved.rep_id in {r.rep_id for r in before}
    after = assignment_history(demo_db, territory_ids={source.id}, start=TODAY, end=TODAY)
    assert moved.rep_id not in {r.rep_id for r in after if r.role == "primary"}


def test_quota_panel_shows_the_allocation_gap_and_saves_shares(demo_db, qtbot):
    from decimal import Decimal

    from desktop.territories.page import TerritoriesPage
    from models.domain.quotas import quarter_of
    from models.services.quotas import territory_quotas
    page = TerritoriesPage(make_ctx(demo_db, "sales_manager"), today=TODAY)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not page.busy, timeout=20_000)  # read in the background
    quarter = quarter_of(TODAY)
    off = [n for n in page.nodes.values() if n.gap not in (None, 0)]
    assert len(off) == 1  # the demo leaves one territory's quarter partly unallocated
    node = off[0]
    page.tree.setCurrentItem(page.tree.territory_item(node.id))
    panel = page.quotas
    assert panel.territory_id == node.id and panel.period.currentData() == quarter
    assert "25,000.00 not allocated" in panel.gap.text()
    first = panel.table.item(0, 1)
    before = Decimal(first.text().replace(",", ""))
    first.setText(f"{before + 25000:,.2f}")  # typing updates the difference at once
    assert "it adds up" in panel.gap.text()
    panel.table.item(1, 1).setText("abc")
    assert "Not a valid amount" in panel.gap.text()
    panel.share_evenly()
    assert "it adds up" in panel.gap.text()
    assert panel.save_shares()
    saved = territory_quotas(demo_db, node.id, quarter)
    assert saved.gap == 0 and len(saved.allocations) == panel.table.rowCount()


def test_quota_panel_sets_a_count_quota_and_splits_it(demo_db, qtbot):
    from decimal import Decimal

    from desktop.territories.page import TerritoriesPage
    from models.domain.quotas import Measure, year_of
    from models.services.quotas import territory_quotas
    page = TerritoriesPage(make_ctx(demo_db, "sales_manager"), today=TODAY)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not page.busy, timeout=20_000)  # read in the background
    leaf = next(n for n in page.nodes.values() if not n.children)
    page.tree.setCurrentItem(page.tree.territory_item(leaf.id))
    panel = page.quotas
    panel.period.setCurrentIndex(panel.period.findText("Year 2027"))
    panel.measure.setCurrentIndex(panel.measure.findData(Measure.COUNT))
    assert panel.target.text() == "" and not panel.currency.isEnabled()
    panel.target.setText("120")
    assert panel.save_quota().wait().saved
    panel.split_kind.setCurrentIndex(panel.split_kind.findData("month"))
    panel.weights.setText("1,1,1,1,1,1,1,1,1,1,1,5")
    assert panel.split()
    view = territory_quotas(demo_db, leaf.id, year_of(TODAY.replace(year=2027)), Measure.COUNT)
    assert view.own.target == 120 and len(view.parts) == 12
    assert [p.target for p in view.parts][-1] in (Decimal(37), Decimal(38))
    assert sum(p.target for p in view.parts) == 120
    assert f"2027-12 {view.parts[-1].target:,.0f}" in panel.parts.text()
