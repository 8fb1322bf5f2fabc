"""The Numbers page on the demo company: schedule a one-on-one from the attention list in one step,
enter numbers in the grid and save them, draw a trend and export it."""
import datetime as dt

import pytest
from PySide6.QtCore import QThreadPool, Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.context import AppContext
from desktop.numbers.page import NumbersPage
from desktop.tasks import TaskRunner
from models.services import activity as svc
from models.services import one_on_ones as talks

TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def page(qtbot, demo_db):
    ctx = AppContext(db=demo_db, user=None, tasks=TaskRunner())
    widget = NumbersPage(ctx, today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    qtbot.waitUntil(lambda: widget.dashboard.data is not None and not widget.busy,
                    timeout=20_000)
    yield widget
    QThreadPool.globalInstance().waitForDone()
    qtbot.wait(10)


def test_schedule_one_on_one_from_attention_list(qtbot, page, demo_db):
    dashboard = page.dashboard
    assert dashboard.data.attention, "the demo company has reps needing attention"
    first = dashboard.data.attention[0]
    dashboard.attention_view.selectRow(0)
    qtbot.mouseClick(dashboard.schedule_button, Qt.MouseButton.LeftButton)
    dialog = dashboard.schedule_dialog
    assert dialog is not None and dialog.isVisible()
    assert first.reasons[0].text in dialog.agenda.toPlainText()
    with qtbot.waitSignal(dashboard.scheduled) as blocker:
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)
    saved = blocker.args[0]
    stored = [t for t in talks.list_one_on_ones(demo_db, rep_id=first.rep_id)
              if t.id == saved.id][0]
    assert stored.status == "scheduled"
    assert stored.scheduled_at == dt.datetime(2026, 11, 24, 10, 0)   # next working morning
    assert stored.reason == first.summary()
    assert first.reasons[0].text in stored.agenda
    qtbot.waitUntil(lambda: any(r.id == saved.id for r in page.talks.rows))  # the list shows it


def test_grid_entry_saves_and_dashboard_reloads(qtbot, page, demo_db):
    entry = page.entry
    page.tabs.setCurrentWidget(entry)
    entry.date.setDate(entry.date.date().addDays(1))                 # Tuesday 24th: empty
    qtbot.waitUntil(lambda: not entry.busy)                          # read in the background
    model = entry.model
    assert model.rowCount() > 0 and not model.values
    model.paste_text(0, 0, "40\t25\n38\t22\n")
    assert entry.save_button.isEnabled()
    with qtbot.waitSignal(entry.saved):
        qtbot.mouseClick(entry.save_button, Qt.MouseButton.LeftButton)
    rep_ids = [model.rows[0][0], model.rows[1][0]]
    metrics = [model.cols[0][0], model.cols[1][0]]
    data = svc.grid_data(demo_db, [dt.date(2026, 11, 24)], rep_ids=rep_ids)
    assert data.values[(rep_ids[0], metrics[0], dt.date(2026, 11, 24))] == 40
    assert data.values[(rep_ids[1], metrics[1], dt.date(2026, 11, 24))] == 22
    assert not entry.save_button.isEnabled() and model.edits() == {}


def test_trend_chart_draws_and_exports(qtbot, page, tmp_path):
    trends = page.trends
    page.tabs.setCurrentWidget(trends)
    with qtbot.waitSignal(trends.loaded, timeout=20_000):
        trends.reps.item(0).setSelected(True)
    assert len(trends.chart._series) == 1 and trends.chart._goal is not None
    label, xs, ys = trends.chart._series[0]
    assert label == trends.reps.item(0).text() and len(xs) > 20 and ys.sum() > 0
    assert "goal" in trends.chart.values_at(float(xs[5]))
    path = tmp_path / "trend.png"
    assert trends.chart.export_png(str(path)) and path.stat().st_size > 5_000



def test_the_entry_grid_is_read_when_its_tab_is_shown(qtbot, page):
    """Filling the grid's rows is GUI work: not for a tab nobody looks at."""
    entry = page.entry
    assert page.tabs.currentWidget() is page.dashboard
    assert entry.model.rowCount() == 0 and not entry.busy
    page.tabs.setCurrentWidget(entry)
    qtbot.waitUntil(lambda: entry.model.rowCount() > 0 and not entry.busy, timeout=20_000)


def test_the_other_tabs_are_built_after_the_page_and_catch_up(qtbot, demo_db):
    """Entry, Trends and One-on-ones are built a turn each after the page (its first turn is
    the dashboard alone); built after the page's setup arrived, each reads its own data."""
    from desktop.numbers.entry import EntryTab
    from desktop.numbers.talks import OneOnOnesTab
    from desktop.numbers.trends import TrendsTab
    ctx = AppContext(db=demo_db, user=None, tasks=TaskRunner())
    page = NumbersPage(ctx, today=TODAY)   # Monday 23 November
    qtbot.addWidget(page)
    kinds = (EntryTab, TrendsTab, OneOnOnesTab)
    assert not any(isinstance(page.tabs.widget(i), kind) for i, kind in enumerate(kinds, 1))
    assert [page.tabs.tabText(i) for i in range(4)] == \
        ["Dashboard", "Enter numbers", "Trends", "One-on-ones"]
    page.show()
    qtbot.waitUntil(lambda: page.dashboard.data is not None and not page.busy, timeout=20_000)
    assert [type(page.tabs.widget(i)) for i in range(1, 4)] == list(kinds)
    assert page.tabs.currentIndex() == 0          # building them did not change the tab shown
    assert page.trends.reps.count() > 0 and page.talks.rows   # each read its data
    assert page.entry.date.date().toPython() == TODAY


def test_a_tab_asked_for_before_its_turn_is_built_at_once(qtbot, demo_db):
    from desktop.numbers.talks import OneOnOnesTab
    ctx = AppContext(db=demo_db, user=None, tasks=TaskRunner())
    page = NumbersPage(ctx, today=TODAY)
    qtbot.addWidget(page)
    page.tabs.setCurrentIndex(3)                   # a click on One-on-ones at once
    assert isinstance(page.tabs.currentWidget(), OneOnOnesTab)
    assert page.tabs.tabText(3) == "One-on-ones" and page.talks is page.tabs.widget(3)
    page.show()
    qtbot.waitUntil(lambda: not page.busy and bool(page.talks.rows), timeout=20_000)
    assert page.tabs.currentIndex() == 3
    QThreadPool.globalInstance().waitForDone()
