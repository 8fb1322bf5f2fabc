"""The dashboard's next-month box on the demo company: predicted in the background on request,
the backtest shown in words, and the predicted falls then in the attention list."""
import datetime as dt

import pytest
from PySide6.QtCore import QThreadPool, Qt

from desktop.context import AppContext
from desktop.numbers.page import NumbersPage
from desktop.tasks import TaskRunner

TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def page(qtbot, demo_db):
    ctx = AppContext(db=demo_db, user=None, tasks=TaskRunner())
    widget = NumbersPage(ctx, today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitUntil(lambda: widget.dashboard.data is not None, timeout=20_000)
    yield widget
    QThreadPool.globalInstance().waitForDone()
    qtbot.wait(10)


def test_predict_next_month_and_its_falls_join_the_attention_list(qtbot, page):
    dashboard = page.dashboard
    box = dashboard.next_month
    assert box.forecast is None and box.model.rowCount() == 0
    before = dashboard.data
    qtbot.mouseClick(box.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.forecast is not None, timeout=120_000)
    forecast = box.forecast
    assert box.title() == "Dec 2026, predicted"
    assert len(forecast.predictions) == len(forecast.names)
    # the box lists the reps of the dashboard's team only
    team = dashboard.team_id_fn()
    assert box.model.rowCount() == sum(1 for p in forecast.predictions
                                       if team is None or forecast.teams[p.rep_id] == team) > 0
    assert box.note.text().startswith("Tested on ")
    # the dashboard reloads with the forecast: each predicted fall is a reason for that rep
    qtbot.waitUntil(lambda: dashboard.data is not before, timeout=20_000)
    falls = forecast.falls()
    flagged = {i.rep_id for i in dashboard.data.attention
               if any(r.kind == "predicted_fall" for r in i.reasons)}
    from models.services.activity import list_reps
    from models.services.attention import TRACKED_STATUSES
    shown = {r.id for r in list_reps(page.ctx.db, dashboard.team_id_fn())
             if r.status in TRACKED_STATUSES}
    assert falls, "the demo company has reps whose next month is predicted to fall"
    assert flagged == set(falls) & shown
