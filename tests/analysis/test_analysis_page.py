"""The Analysis page on the demo company, on both databases: each tab shows what the services
give for the same slice and period, a new choice reloads (and an older load finishing late is
dropped), the exports write what is shown, and a manager sees no pay-based figures."""
from __future__ import annotations

import csv
import datetime as dt
import threading

import openpyxl
import pytest

from desktop.analysis import sales_tab
from desktop.analysis.page import TABS, AnalysisPage
from desktop.context import AppContext
from desktop.pages import PAGES
from desktop.tasks import TaskRunner
from models import formatting
from models.services.agency_comparison import compare_agencies
from models.services.customer_base import customer_base
from models.services.deal_size import volume_vs_value
from models.services.sales_analysis import Slice, analyse_sales
from models.services.users import sign_in
from tests.company.helpers import signed_in
from tests.pdf_text import pdf_text
from widgets.record_table import TOOLTIP

TODAY = dt.date(2026, 11, 23)          # the demo company's today
Q3 = (dt.date(2026, 7, 1), dt.date(2026, 9, 30))


def open_page(qtbot, db, user=None) -> AnalysisPage:
    ctx = AppContext(db, user or sign_in(db), TaskRunner())
    page = AnalysisPage(ctx, today=TODAY)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    settle(qtbot, page)
    return page


def settle(qtbot, page) -> None:
    qtbot.waitUntil(lambda: page.choices is not None and not page.busy, timeout=60_000)


def show_tab(qtbot, page, key: str) -> None:
    page.tabs.setCurrentIndex([k for k, _, _ in TABS].index(key))
    settle(qtbot, page)


def figure(page, name: str, column: str = "This period") -> str:
    model = page.views["sales"].model
    row = next(r for r in range(model.rowCount()) if model.cell(r, 0) == name)
    return model.cell(row, model.column(column))


def money(value, currency) -> str:
    return formatting.money(value, currency, cents=False)


def test_the_page_is_offered_to_those_who_sell_not_to_trainers():
    spec = next(p for p in PAGES if p.key == "analysis")
    assert [r for r in ("admin", "sales_manager", "hr", "trainer") if spec.allows(r)] == \
        ["admin", "sales_manager", "hr"]


def test_each_tab_shows_the_services_figures_for_the_slice(demo_db, qtbot):
    page = open_page(qtbot, demo_db)
    admin = page.ctx.user
    assert page.period.currentText() == "2026-Q3"          # the last whole quarter
    company = analyse_sales(demo_db, admin, *Q3)
    cur = company.currency
    assert figure(page, "Revenue") == money(company.current.revenue, cur)
    assert company.current.revenue > 0

    team_id, team = page.choices.teams[1]
    with qtbot.waitSignal(page.tab_loaded, timeout=60_000):
        page.select("team", team)
    settle(qtbot, page)
    mine = analyse_sales(demo_db, admin, *Q3, Slice(team_id=team_id))
    assert 0 < mine.current.revenue < company.current.revenue
    assert figure(page, "Revenue") == money(mine.current.revenue, cur)
    assert figure(page, "Revenue", "A year before") == money(mine.last_year.revenue, cur)
    assert figure(page, "Sales (won deals)") == formatting.number(mine.current.sales)
    assert figure(page, "Plan fulfilment") == formatting.percent(mine.fulfilment, 1)
    assert team in page.status.text()
    # every figure says what it means
    model = page.views["sales"].model
    assert "close-date rate" in model.data(model.index(0, 1), TOOLTIP)
    # the chart: this year's months add up to the year's won revenue so far
    monthly = page.views["sales"].result.monthly
    year = analyse_sales(demo_db, admin, dt.date(2026, 1, 1), TODAY, Slice(team_id=team_id))
    assert sum(v for v in monthly.this_year if v is not None) == year.current.revenue

    show_tab(qtbot, page, "customers")
    base = customer_base(demo_db, dt.date(2026, 10, 1), team_id=team_id)
    view = page.views["customers"]
    assert view.client_model.rowCount() == len(base.clients) > 0
    first = base.clients[0]
    assert view.client_model.row(0)[0] == first.name
    assert view.client_model.row(0)[4] == money(first.revenue, cur)
    a_clients = sum(1 for c in base.clients if c.abc == "A" and c.standing
                    not in ("lead", "potential"))
    assert f"A {formatting.number(a_clients)} ·" in view.summary.text()
    view.show_box.setCurrentIndex(view.show_box.findData("dormant"))
    assert view.table.model().rowCount() == base.count("dormant")

    show_tab(qtbot, page, "agencies")
    groups = compare_agencies(demo_db, admin, *Q3, today=TODAY).groups
    model = page.views["agencies"].model
    assert [model.row(r)[0] for r in range(model.rowCount())] == [g.name for g in groups]
    assert model.row(0)[model.column("Revenue")] == money(groups[0].revenue, cur)

    show_tab(qtbot, page, "deal_sizes")
    sizes = volume_vs_value(demo_db, *Q3, team_id=team_id, today=Q3[1])
    model = page.views["deal_sizes"].model
    assert model.rowCount() == sum(len(r.volume.bands) for r in sizes.reps) + len(sizes.team)
    everyone = [model.row(r) for r in range(model.rowCount()) if model.row(r)[0] == "Everyone"]
    assert [row[4] for row in everyone] == [formatting.number(b.deals) for b in sizes.team]


def test_a_newer_choice_drops_the_older_load(demo_db, qtbot, monkeypatch):
    page = open_page(qtbot, demo_db)
    (first_id, first), (second_id, second) = page.choices.teams[:2]
    release = threading.Event()
    real_load = sales_tab.load

    def slow_for_the_first_team(db, user, choice):
        if choice.part.team_id == first_id:
            release.wait(30)                      # finishes after the second team's load
        return real_load(db, user, choice)
    monkeypatch.setattr(sales_tab, "load", slow_for_the_first_team)
    shown = []
    page.tab_loaded.connect(shown.append)
    page.select("team", first)
    with qtbot.waitSignal(page.tab_loaded, timeout=60_000):
        page.select("team", second)
    release.set()
    page.ctx.tasks.wait()
    qtbot.wait(50)
    assert shown == ["sales"]                     # the first team's result was never shown
    assert page.views["sales"].result.analysis.slice_name == second

    page.period.setEditText("2026-Q5")
    page.reload()
    assert "is not a period" in page.status.text()
    assert page.views["sales"].result.analysis.slice_name == second
    with qtbot.waitSignal(page.tab_loaded, timeout=60_000):
        page.select("team", second, "2026-08")
    assert page.views["sales"].result.analysis.end == dt.date(2026, 8, 31)


def test_exports_write_what_is_shown(demo_db, qtbot, tmp_path):
    page = open_page(qtbot, demo_db)
    team_id, team = page.choices.teams[0]
    with qtbot.waitSignal(page.tab_loaded, timeout=60_000):
        page.select("team", team)
    settle(qtbot, page)
    mine = analyse_sales(demo_db, page.ctx.user, *Q3, Slice(team_id=team_id))

    page.export_table(tmp_path / "sales.csv")
    with open(tmp_path / "sales.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == sales_tab.HEADERS
    revenue = next(r for r in rows if r[0] == "Revenue")
    assert revenue[1:] == [str(mine.current.revenue), str(mine.previous.revenue),
                           str(mine.last_year.revenue)]
    assert any(r[0].startswith("Note: ") for r in rows) == bool(mine.notes)

    show_tab(qtbot, page, "agencies")
    page.export_table(tmp_path / "agencies.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "agencies.xlsx").active
    names = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)]
    groups = compare_agencies(demo_db, page.ctx.user, *Q3, today=TODAY).groups
    assert names[:len(groups)] == [g.name for g in groups]

    with qtbot.waitSignal(page.exported, timeout=120_000) as written:
        page.export_pdf(str(tmp_path / "analysis.pdf"))
    text = pdf_text(tmp_path / "analysis.pdf")
    assert written.args == [str(tmp_path / "analysis.pdf")]
    assert f"Analysis: {team}" in text and "2026-Q3" in text
    assert money(mine.current.revenue, mine.currency) in text
    for title in ("Sales", "Customers", "Agencies and in-house teams", "Deal sizes"):
        assert title in text


def test_a_manager_sees_no_pay_based_figures(demo_db, qtbot):
    admin_page = open_page(qtbot, demo_db)
    team_id, team = admin_page.choices.teams[0]
    assert figure(admin_page, "Base pay") != formatting.DASH     # the admin sees pay
    with signed_in(demo_db, "manager", team) as (manager_db, manager):
        page = open_page(qtbot, manager_db, manager)
        with qtbot.waitSignal(page.tab_loaded, timeout=60_000):
            page.select("team", team)
        settle(qtbot, page)
        assert figure(page, "Base pay") == formatting.DASH
        assert figure(page, "Commission") == formatting.DASH
        seen = analyse_sales(demo_db, admin_page.ctx.user, *Q3, Slice(team_id=team_id))
        assert figure(page, "Revenue") == money(seen.current.revenue, seen.currency)
        assert "Base pay and commission are pay: only HR and admins see them" in \
            page.views["sales"].notes.text()
        show_tab(qtbot, page, "agencies")
        model = page.views["agencies"].model
        cost = model.column("Cost")
        in_house = [model.row(r) for r in range(model.rowCount())
                    if model.row(r)[1] == "in-house"]
        assert in_house and all(row[cost] == formatting.DASH for row in in_house)
        assert "In-house teams' cost is their pay: only HR and admins see it." in \
            page.views["agencies"].notes.text()
        page.ctx.tasks.wait()


def test_an_agency_slice_lists_the_clients_and_deals_of_its_reps(demo_db, qtbot):
    from sqlalchemy import select

    from models.db.core import Agency, Rep
    page = open_page(qtbot, demo_db)
    with demo_db.read() as s:
        agency_id, agency = s.execute(select(Agency.id, Agency.name)
                                      .join(Rep, Rep.agency_id == Agency.id)
                                      .order_by(Agency.id)).first()     # one with reps
        reps = set(s.scalars(select(Rep.id).where(Rep.agency_id == agency_id)))
    assert reps
    page.select("agency", agency)
    settle(qtbot, page)
    assert page.views["sales"].result.analysis.slice_name == agency
    show_tab(qtbot, page, "customers")
    base = customer_base(demo_db, dt.date(2026, 10, 1))
    theirs = [c.name for c in base.clients if c.owner_rep_id in reps]
    model = page.views["customers"].client_model
    assert [model.row(r)[0] for r in range(model.rowCount())] == theirs
    assert len(theirs) < len(base.clients)
    show_tab(qtbot, page, "deal_sizes")
    sizes = volume_vs_value(demo_db, *Q3, today=Q3[1])
    names = {r.rep_name for r in sizes.reps if r.rep_id in reps}
    model = page.views["deal_sizes"].model
    listed = {model.row(r)[0] for r in range(model.rowCount())} - {"Everyone"}
    assert listed == names and names


def test_a_save_elsewhere_reads_the_slice_again(demo_db, qtbot):
    from models.db.funnel import Deal
    page = open_page(qtbot, demo_db)
    team_id, team = page.choices.teams[0]
    page.select("team", team)
    settle(qtbot, page)
    before = page.views["sales"].result.analysis.current.revenue
    with demo_db.write() as s:      # another page wins one more deal in the team, in August
        from sqlalchemy import select

        from models.db.core import Rep
        deal = s.scalars(select(Deal).join(Rep, Rep.id == Deal.rep_id)
                         .where(Rep.team_id == team_id, Deal.status == "open",
                                Deal.currency == before_currency(page), Deal.amount > 0)
                         .order_by(Deal.id)).first()
        deal.status, deal.closed_on = "won", dt.date(2026, 8, 14)
    with qtbot.waitSignal(page.tab_loaded, timeout=60_000):
        page.ctx.changed.emit("deals")
    assert page.value.currentText() == team                    # still the same slice
    after = analyse_sales(demo_db, page.ctx.user, *Q3, Slice(team_id=team_id))
    assert after.current.revenue > before
    assert figure(page, "Revenue") == money(after.current.revenue, after.currency)


def before_currency(page) -> str:
    return page.views["sales"].result.analysis.currency
