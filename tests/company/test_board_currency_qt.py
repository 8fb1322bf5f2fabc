"""The board's column headers with deals in several currencies: the total converted (marked ≈)
with the cards that have no rate counted in red, and kept right as cards move."""
from __future__ import annotations

import dataclasses
import datetime as dt
import os
from decimal import Decimal as D

from sqlalchemy import select

from models.db.funnel import Deal, Pipeline, Stage
from models.services.funnel import load_board
from tests.company.test_money import UTC, books  # noqa: F401  (the multi-currency company)
from widgets.kanban import ColumnSpec, KanbanBoard

SHOTS = os.environ.get("REPDESK_SHOTS")   # a folder: save what the test looked at


def test_headers_say_converted_and_count_the_deals_without_a_rate(qtbot, db, books):  # noqa: F811
    if db.backend != "sqlite":
        return   # the widget reads plain records; the services are tested on both databases
    with db.write() as s:
        pipeline = s.scalar(select(Pipeline.id).where(Pipeline.is_default))
        qualified = s.scalar(select(Stage.id).where(Stage.pipeline_id == pipeline,
                                                    Stage.name == "Qualified"))
        for title, currency, amount in (("Λάρισα", "EUR", "1000"), ("Boise", "USD", "300"),
                                        ("Medan", "IDR", "8000000")):
            s.add(Deal(title=title, rep_id=books["rep"], pipeline_id=pipeline,
                       stage_id=qualified, amount=D(amount), currency=currency, status="open",
                       stage_entered_at=dt.datetime(2026, 9, 1, tzinfo=UTC)))
    data = load_board(db, today=dt.date(2026, 9, 20))
    board = KanbanBoard()
    qtbot.addWidget(board)
    board.set_columns([ColumnSpec(st.id, st.name, st.probability, data.cards.get(st.id, []),
                                  st.closed, st.stuck_after_days, data.company_currency)
                       for st in data.stages])
    board.show()
    by_name = {st.name: st.id for st in data.stages}
    column = board.column(by_name["Qualified"])
    # EUR 1,000 × 1.20 + USD 300 = USD 1,500; weighted at 15% = 225; Medan (IDR) has no rate
    assert column.summary.text() == "≈USD 1,500 · weighted 225"
    assert column.counts.text() == "3 deals · 3 stuck"   # 19 days in it, 7 allowed
    assert column.header.rate_note.text() == "1 without a rate"
    assert ("converted to USD at the rate of each deal's date" in column.header.toolTip()
            and "Left out of the total: 1 deal in IDR has no rate" in column.header.toolTip())
    won = board.column(by_name["Won"])
    assert won.summary.text() == "≈USD 1,750" and won.header.rate_note.text() == "2 without a rate"
    heights = {c.header.height() for c in board.columns}
    assert len(heights) == 1   # every header as tall, so that the cards stay aligned
    if SHOTS:
        for width, height in ((1024, 700), (1280, 800)):
            board.resize(width, height)
            qtbot.wait(50)
            board.grab().save(os.path.join(SHOTS, f"board_currency_{width}.png"))
    medan = next(c for c in data.cards[by_name["Qualified"]] if c.title == "Medan")
    board.apply_move([dataclasses.replace(medan, stage_id=by_name["Proposal sent"])])
    assert column.counts.text() == "2 deals · 2 stuck" and column.header.rate_note.text() == ""
    assert board.column(by_name["Proposal sent"]).summary.text().startswith("IDR")


def test_the_kpi_tab_says_which_currency_and_which_deals_it_leaves_out(qtbot, db, books,  # noqa: F811
                                                                       tmp_path):
    if db.backend != "sqlite":
        return   # funnel_kpis' money is tested on both databases in test_money.py
    import csv
    from desktop.context import AppContext
    from desktop.funnel.page import FunnelPage
    from desktop.tasks import TaskRunner
    ctx = AppContext(db=db, user=None, tasks=TaskRunner())
    page = FunnelPage(ctx, today=dt.date(2026, 10, 5))
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.data is not None and page.loading is None, timeout=20_000)
    page.kpi_panel.period.setEditText("2026-Q3")
    page.refresh_kpis()
    qtbot.waitUntil(lambda: "Amounts in" in page.kpi_panel.status.text(), timeout=20_000)
    assert page.kpi_panel.status.text().endswith(
        "Amounts in USD, converted at the rate of each deal's date; 2 deals in IDR have no rate "
        "and are left out.")
    path = tmp_path / "kpis.csv"
    page.kpi_panel.export_to(str(path))
    with open(path, encoding="utf-8-sig") as f:
        header = next(csv.reader(f))
    assert "Won amount (USD)" in header and "Average won (USD)" in header
    if SHOTS:
        page.show()
        for width, height in ((1024, 700), (1280, 800)):
            page.resize(width, height)
            qtbot.wait(100)
            page.kpi_panel.grab().save(os.path.join(SHOTS, f"kpi_currency_{width}.png"))
    ctx.tasks.wait()
