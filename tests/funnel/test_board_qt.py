"""The board as a user drives it: drag cards, keyboard moves, Lost needs a reason, reopen, filters."""
import datetime as dt

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from desktop.context import AppContext
from desktop.tasks import TaskRunner
from models.db.funnel import Deal, DealStageChange
from tests.funnel.helpers import add_deal, add_people, at, stages_by_name

TODAY = dt.date(2026, 7, 20)


@pytest.fixture
def page(db, qtbot, monkeypatch, tmp_path):
    with db.write() as s:
        reps = add_people(s)
        st = stages_by_name(s)
        add_deal(s, title="Fresh lead", rep=reps[0], stage=st["New lead"], amount="100",
                 history=[(st["New lead"], at("2026-07-19"))])
        add_deal(s, title="Σύμβαση Αθήνα", rep=reps[1], stage=st["Proposal sent"], amount="5000",
                 history=[(st["New lead"], at("2026-06-01")), (st["Proposal sent"], at("2026-07-01"))])
        add_deal(s, title="上海 合同", rep=reps[2], stage=st["Proposal sent"], amount="20000",
                 history=[(st["Proposal sent"], at("2026-07-15"))])
        add_deal(s, title="Kasunduan Cebu", rep=reps[0], stage=st["Closing"], amount="700",
                 history=[(st["Closing"], at("2026-07-18"))])
    from desktop.funnel.page import FunnelPage
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    ctx = AppContext(db=db, user=None, tasks=TaskRunner())
    widget = FunnelPage(ctx, today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1600, 900)
    widget.show()
    settled(widget, qtbot)   # the board loads in the background
    widget.warnings = warnings
    widget.conflict_answer = "reload"
    widget.ask_conflict = lambda text: (warnings.append(text), widget.conflict_answer)[1]
    widget.stage_ids = {name: stage.id for name, stage in st.items()}
    widget.reps = reps
    widget.tmp_path = tmp_path
    yield widget
    ctx.tasks.wait()


def settled(page, qtbot):
    """Wait for the board's background load and the filters' grouping (the GUI thread never
    waits on the database, nor groups 50,000 cards)."""
    qtbot.waitUntil(lambda: page.data is not None and page.loading is None
                    and page.filtering is None, timeout=20_000)


def titles(page, stage):
    return [c.title for c in page.board.column(page.stage_ids[stage]).model.cards]


def drag(page, titles_, from_stage, to_stage):
    """Select cards in one column and drop their drag data on another column's view."""
    source = page.board.column(page.stage_ids[from_stage])
    target = page.board.column(page.stage_ids[to_stage])
    indexes = [source.model.index(source.model.cards.index(c)) for c in source.model.cards
               if c.title in titles_]
    mime = source.model.mimeData(indexes)
    event = QDropEvent(QPointF(20, 20), Qt.DropAction.MoveAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    target.view.dropEvent(event)
    return event


def history(db, title):
    with db.read() as s:
        deal_id = s.execute(select(Deal.id).where(Deal.title == title)).scalar_one()
        return [(c.from_stage_id, c.to_stage_id, c.lost_reason_id) for c in s.execute(
            select(DealStageChange).where(DealStageChange.deal_id == deal_id)
            .order_by(DealStageChange.id)).scalars()]


def test_columns_show_counts_totals_and_stuck(page):
    proposal = page.board.column(page.stage_ids["Proposal sent"])
    assert titles(page, "Proposal sent") == ["Σύμβαση Αθήνα", "上海 合同"]
    assert proposal.summary_values.count == 2 and proposal.summary_values.total == 25000
    assert proposal.summary_values.weighted == 8750          # 25000 x 35%
    assert proposal.summary_values.stuck == 1                 # 19 days > 10 allowed
    assert "2 deals · " in proposal.counts.text() and "1 stuck" in proposal.counts.text() and "25k" in proposal.summary.text()
    assert "weighted 8,750" in proposal.summary.text()


def test_drag_moves_card_and_writes_history(page, db):
    s = page.stage_ids
    drag(page, ["Fresh lead"], "New lead", "Qualified")
    assert titles(page, "Qualified") == ["Fresh lead"] and titles(page, "New lead") == []
    assert history(db, "Fresh lead")[-1] == (s["New lead"], s["Qualified"], None)
    assert page.board.column(s["Qualified"]).summary_values.count == 1
    # and a second move of the same card uses its new version
    drag(page, ["Fresh lead"], "Qualified", "Closing")
    assert [h[1] for h in history(db, "Fresh lead")] == [s["New lead"], s["Qualified"], s["Closing"]]
    assert page.warnings == []


def test_lost_without_reason_is_refused_also_for_several_cards(page, db, monkeypatch):
    import desktop.funnel.page as funnel_page
    asked = []
    monkeypatch.setattr(funnel_page, "ask_lost_reason",
                        lambda parent, reasons, count: asked.append(count) or None)
    drag(page, ["Σύμβαση Αθήνα", "上海 合同"], "Proposal sent", "Lost")
    assert asked == [2]
    assert titles(page, "Proposal sent") == ["Σύμβαση Αθήνα", "上海 合同"] and titles(page, "Lost") == []
    assert len(history(db, "上海 合同")) == 1
    assert "needs a reason" in page.message.text()
    reason = page.options.lost_reasons[2]
    monkeypatch.setattr(funnel_page, "ask_lost_reason", lambda parent, reasons, count: reason.id)
    drag(page, ["Σύμβαση Αθήνα", "上海 合同"], "Proposal sent", "Lost")
    assert sorted(titles(page, "Lost")) == ["Σύμβαση Αθήνα", "上海 合同"]
    assert history(db, "上海 合同")[-1] == (page.stage_ids["Proposal sent"], page.stage_ids["Lost"],
                                          reason.id)


def test_reopen_puts_a_lost_deal_back(page, db, monkeypatch, qtbot):
    import desktop.funnel.page as funnel_page
    monkeypatch.setattr(funnel_page, "ask_lost_reason", lambda *a: page.options.lost_reasons[0].id)
    drag(page, ["Kasunduan Cebu"], "Closing", "Lost")
    lost = page.board.column(page.stage_ids["Lost"]).model.cards[0]
    new_id = page.reopen(lost.id)
    settled(page, qtbot)
    assert titles(page, "New lead") == ["Fresh lead", "Kasunduan Cebu"]
    assert page.board.card(new_id).status == "open"
    assert page.deal_panel.detail.reopened_from_id == lost.id
    with db.read() as s:
        assert s.get(Deal, lost.id).status == "lost"


def test_keyboard_moves_the_selected_card(page, db, qtbot):
    column = page.board.column(page.stage_ids["Closing"])
    column.view.setFocus()
    column.view.setCurrentIndex(column.model.index(0))
    qtbot.keyClick(column.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert titles(page, "Won") == ["Kasunduan Cebu"]
    with db.read() as s:
        deal = s.execute(select(Deal).where(Deal.title == "Kasunduan Cebu")).scalar_one()
        assert (deal.status, deal.closed_on) == ("won", TODAY)


def test_a_card_someone_else_moved_shows_a_conflict(page, db, qtbot):
    from models.services import funnel as svc
    card = page.board.column(page.stage_ids["New lead"]).model.cards[0]
    svc.move_deal(db, card.id, card.version, page.stage_ids["Qualified"])   # elsewhere
    drag(page, ["Fresh lead"], "New lead", "Closing")
    settled(page, qtbot)
    assert page.warnings and "changed by" in page.warnings[0]
    assert titles(page, "Qualified") == ["Fresh lead"]    # the board reloaded
    assert titles(page, "Closing") == ["Kasunduan Cebu"]


def test_a_conflicting_move_can_be_made_again_on_top(page, db, qtbot):
    from models.services import funnel as svc
    card = page.board.column(page.stage_ids["New lead"]).model.cards[0]
    svc.move_deal(db, card.id, card.version, page.stage_ids["Qualified"])   # elsewhere
    page.conflict_answer = "reapply"
    drag(page, ["Fresh lead"], "New lead", "Closing")
    settled(page, qtbot)
    assert page.warnings and "changed by" in page.warnings[0]
    assert sorted(titles(page, "Closing")) == ["Fresh lead", "Kasunduan Cebu"]
    stages = [h[1] for h in history(db, "Fresh lead")]
    assert stages[-2:] == [page.stage_ids["Qualified"], page.stage_ids["Closing"]]


def test_filters_narrow_the_board(page, qtbot):
    page.rep.setCurrentIndex(page.rep.findData(page.reps[0].id))
    settled(page, qtbot)     # grouped in the background
    shown = {c.title for col in page.board.columns for c in col.model.cards}
    assert shown == {"Fresh lead", "Kasunduan Cebu"}
    assert "2 of 4 deals shown" in page.message.text()
    page.clear_filters()
    page.min_amount.setText("1000")
    page.apply_filter()
    settled(page, qtbot)
    assert {c.title for col in page.board.columns for c in col.model.cards} == {
        "Σύμβαση Αθήνα", "上海 合同"}
    page.search.setText("cebu")
    settled(page, qtbot)
    assert {c.title for col in page.board.columns for c in col.model.cards} == set()
    page.clear_filters()
    settled(page, qtbot)
    assert sum(len(col.model.cards) for col in page.board.columns) == 4


def test_letters_typed_quickly_show_the_last_search_only(page, qtbot):
    """Each letter starts a grouping in the background; only the last one's board is shown,
    and a move made while one runs is not undone by it."""
    for text in ("c", "ce", "ceb", "cebu"):
        page.search.setText(text)
    assert page.filtering is not None
    settled(page, qtbot)
    assert {c.title for col in page.board.columns for c in col.model.cards} == {"Kasunduan Cebu"}
    page.search.setText("")
    drag(page, ["Kasunduan Cebu"], "Closing", "Won")    # while the grouping runs
    settled(page, qtbot)
    assert titles(page, "Won") == ["Kasunduan Cebu"] and titles(page, "Closing") == []
    assert sum(len(col.model.cards) for col in page.board.columns) == 4


def test_kpi_table_and_deal_panel(page, qtbot):
    assert page.kpi_panel.model.rowCount() == 0     # computed when their tab is shown
    page.views.setCurrentWidget(page.kpi_panel)
    qtbot.waitUntil(lambda: page.kpi_panel.model.rowCount() > 0, timeout=10_000)
    # three reps with deals this quarter, then the total over them
    assert page.kpi_panel.model.rowCount() == 4
    assert page.kpi_panel.model.row(3)[0] == "All shown"
    import csv
    path = page.tmp_path / "kpis.csv"
    assert page.kpi_panel.export_to(str(path)) == 4
    with open(path, encoding="utf-8-sig") as f:
        exported = list(csv.reader(f))
    assert exported[0][:2] == ["Who", "New leads"]
    assert {row[0] for row in exported[1:]} == {"Ana Reyes", "Γιώργος Παπαδόπουλος", "王伟",
                                                 "All shown"}
    page.open_card(page.board.card(page.board.column(page.stage_ids["Proposal sent"]).model.cards[0].id))
    assert page.deal_panel.heading.text() == "Σύμβαση Αθήνα"
    timeline = page.deal_panel.history.toPlainText()
    assert "New lead" in timeline and "Proposal sent" in timeline and "30 days there" in timeline
    page.deal_panel.note_edit.setPlainText("Ζήτησε έκπτωση 5%")
    page.deal_panel.add_note.click()
    assert page.deal_panel.notes.count() == 1 and "έκπτωση" in page.deal_panel.notes.item(0).text()


def test_lost_reason_catalogue_can_be_edited(page, qtbot):
    from PySide6.QtCore import Qt
    from desktop.funnel.dialogs import LostReasonsDialog
    dialog = LostReasonsDialog(page.ctx.db, page)
    qtbot.addWidget(dialog)
    dialog.new_name.setText("Lahat ay mahal — too expensive")
    dialog.add()
    names = [r.name for r in dialog.records]
    assert "Lahat ay mahal — too expensive" in names
    row = names.index("Price too high")
    dialog.table.item(row, 2).setCheckState(Qt.CheckState.Unchecked)     # retire it
    dialog.table.item(row, 0).setText("Price")                            # and rename it
    record = next(r for r in dialog.records if r.id == dialog.records[row].id)
    assert (record.name, record.active) == ("Price", False)
    dialog.new_name.setText("Price")
    dialog.add()
    assert "already in the catalogue" in dialog.message.text()
    from models.services.funnel import board_options
    assert "Price" not in [o.name for o in board_options(page.ctx.db).lost_reasons]


def test_choosing_a_team_with_its_own_pipeline_shows_that_board(db, qtbot):
    from decimal import Decimal
    from desktop.funnel.page import FunnelPage
    from models.domain.funnel import StageRole as R, StageTemplate
    from models.services import funnel as svc
    with db.write() as s:
        reps = add_people(s)
    svc.create_pipeline(db, "Showroom", [
        StageTemplate("Walk-in", R.LEAD, Decimal("0.1"), 1),
        StageTemplate("Signed", R.WON, Decimal("1"), None),
        StageTemplate("Dropped", R.LOST, Decimal("0"), None)], team_id=reps[0].team_id)
    ctx = AppContext(db=db, user=None, tasks=TaskRunner())
    page = FunnelPage(ctx, today=TODAY)
    qtbot.addWidget(page)
    settled(page, qtbot)
    assert [c.spec.title for c in page.board.columns][0] == "New lead"
    page.team.setCurrentIndex(page.team.findData(reps[0].team_id))
    settled(page, qtbot)
    assert [c.spec.title for c in page.board.columns] == ["Walk-in", "Signed", "Dropped"]
    ctx.tasks.wait()


def test_kpi_period_can_be_typed(page, qtbot):
    page.kpi_panel.period.setEditText("2026-06")
    page.refresh_kpis()
    qtbot.waitUntil(lambda: page.kpi_panel.status.text().startswith("1 Jun 2026 – 30 Jun 2026"),
                    timeout=10_000)
    page.kpi_panel.period.setEditText("June")
    page.refresh_kpis()
    assert "not a period" in page.kpi_panel.status.text()


def test_the_deal_panel_follows_the_moved_card(page):
    drag(page, ["Kasunduan Cebu"], "Closing", "Won")
    assert page.deal_panel.detail.title == "Kasunduan Cebu"
    assert page.deal_panel.detail.status == "won"
    assert [h.to_stage for h in page.deal_panel.detail.history] == ["Closing", "Won"]


def test_a_rep_added_elsewhere_appears_in_the_filter(page, db, qtbot):
    from models.db.core import Rep
    page.rep.setCurrentIndex(page.rep.findData(page.reps[1].id))
    with db.write() as s:
        s.add(Rep(full_name="Siti Rahmawati", team_id=page.reps[0].team_id))
    page.ctx.changed.emit("reps")
    settled(page, qtbot)
    names = [page.rep.itemText(i) for i in range(page.rep.count())]
    assert "Siti Rahmawati" in names
    assert page.rep.currentData() == page.reps[1].id          # the choice is kept
    assert {c.title for col in page.board.columns for c in col.model.cards} == {"Σύμβαση Αθήνα"}


def test_loads_leave_the_window_thread_only_assigning(db, qtbot, monkeypatch):
    """Opening the page, a refresh and the KPI tab: the statements, the grouping and adding up
    of the cards, the column headers' texts and the KPI table's texts all run in the background;
    the window's thread only assigns what they made (at 50,000 deals doing any of these on it
    froze the window for a quarter to half a second)."""
    import threading

    import desktop.funnel.page as funnel_page
    import desktop.funnel.panel as funnel_panel
    import models.domain.funnel_board as funnel_board
    from models import formatting
    import widgets.kanban as kanban
    from sqlalchemy import event

    with db.write() as s:
        reps = add_people(s)
        st = stages_by_name(s)
        for i, stage in enumerate(["New lead", "Proposal sent", "Proposal sent", "Closing"]):
            add_deal(s, title=f"Deal {i}", rep=reps[i % 3], stage=st[stage], amount="1000",
                     history=[(st[stage], at("2026-07-10"))])
    on_gui = []

    def watch(owner, name):
        original = getattr(owner, name)

        def watched(*args, **kwargs):
            if threading.current_thread() is threading.main_thread():
                on_gui.append(name)
            return original(*args, **kwargs)
        monkeypatch.setattr(owner, name, watched)
    for owner, name in [(funnel_page, "group_cards"), (funnel_page, "board_columns"),
                        (funnel_page, "kpi_table"), (funnel_page, "funnel_kpis"),
                        (funnel_page.service, "load_board"), (kanban, "prepare_column"),
                        (kanban, "header_texts"), (funnel_board.ColumnTotals, "add"),
                        (funnel_panel, "kpi_row"), (formatting, "money")]:
        watch(owner, name)

    def statement(*_args):
        if threading.current_thread() is threading.main_thread():
            on_gui.append("SQL")
    event.listen(db.engine, "before_cursor_execute", statement)
    try:
        ctx = AppContext(db=db, user=None, tasks=TaskRunner())
        from desktop.funnel.page import FunnelPage
        page = FunnelPage(ctx, today=TODAY)
        qtbot.addWidget(page)
        page.show()
        settled(page, qtbot)
        assert sum(len(c.model.cards) for c in page.board.columns) == 4
        ctx.changed.emit("*")                      # another workstation changed everything
        settled(page, qtbot)
        page.views.setCurrentWidget(page.kpi_panel)
        qtbot.waitUntil(lambda: page.kpi_panel.model.rowCount() == 4, timeout=20_000)
        ctx.tasks.wait()
        assert page.board.column(st["Proposal sent"].id).counts.text() == "2 deals"
        assert on_gui == [], on_gui
    finally:
        event.remove(db.engine, "before_cursor_execute", statement)


def test_the_collector_is_paused_only_while_kpi_loads_run():
    import gc
    import threading

    from desktop.funnel.page import collector_paused
    assert gc.isenabled()
    inside, started, release = [], threading.Event(), threading.Event()

    def other_load():
        with collector_paused():
            started.set()
            release.wait(5)
    thread = threading.Thread(target=other_load)
    thread.start()
    started.wait(5)
    with collector_paused():
        inside.append(gc.isenabled())
    inside.append(gc.isenabled())       # the other load still runs
    release.set()
    thread.join(5)
    assert inside == [False, False] and gc.isenabled()
    gc.disable()                          # off before: stays off
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
