"""The evaluations list can be narrowed (rep, team, scorecard, source, date); a new evaluation
takes keys at once and is signed with the person's name, never the computer login; the honour
roll is a list."""
import dataclasses
import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication

from desktop.context import AppContext
from desktop.tasks import TaskRunner
from models.services import quality as q
from models.services.users import sign_in

TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def ctx(demo_db, qtbot):
    return AppContext(demo_db, sign_in(demo_db), TaskRunner())


def test_the_list_filters_by_rep_team_scorecard_source_and_date(ctx, qtbot):
    from desktop.quality.evaluations import EvaluationsTab
    tab = EvaluationsTab(ctx, today=TODAY)
    qtbot.addWidget(tab)

    def read():                        # the list is read in the background
        qtbot.waitUntil(lambda: not tab.loading, timeout=30_000)
    read()
    everything = q.list_evaluations(ctx.db, limit=None)
    assert len(tab.rows) == min(1000, len(everything))
    name = everything[0].rep_name
    part = name.split()[-1].casefold()                      # lower case, any script
    tab.rep_filter.setText(part)
    tab.reload()
    read()
    assert tab.rows and all(part in r.rep_name.casefold() for r in tab.rows)
    assert len(tab.rows) == sum(1 for r in everything if part in r.rep_name.casefold())
    tab.rep_filter.clear()
    tab.team_filter.setCurrentIndex(1)
    read()
    team = tab.team_filter.currentText()
    assert tab.rows and {r.team for r in tab.rows} == {team}
    tab.team_filter.setCurrentIndex(0)
    tab.card_filter.setCurrentIndex(1)
    read()
    card = tab.card_filter.currentText()
    assert tab.rows and {r.template for r in tab.rows} == {card}
    tab.card_filter.setCurrentIndex(0)
    tab.source_filter.setCurrentIndex(tab.source_filter.findData("outside_agency"))
    read()
    assert all(r.source == "outside_agency" for r in tab.rows)
    tab.source_filter.setCurrentIndex(0)
    tab.period_filter.setCurrentIndex(1)                   # last 30 days
    read()
    assert all(r.evaluated_on >= TODAY - dt.timedelta(days=30) for r in tab.rows)
    assert len(tab.rows) == sum(1 for r in everything
                                if r.evaluated_on >= TODAY - dt.timedelta(days=30))
    assert "match the filter" in tab.summary.text()
    # typing started the name filter's debounce timer: stopped, so it does not fire into the
    # next test after this test's database is gone
    tab._filter_timer.stop()


def test_new_evaluation_takes_keys_at_once_and_is_signed_by_the_person(ctx, qtbot):
    from desktop.quality.evaluations import EvaluationDialog
    login_only = dataclasses.replace(ctx.user, display_name=ctx.user.login)
    dialog = EvaluationDialog(dataclasses.replace(ctx, user=login_only), today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.evaluator.text() == ""                   # not 'root'
    named = dataclasses.replace(ctx.user, display_name="Ελένη Παπαδάκη")
    dialog = EvaluationDialog(dataclasses.replace(ctx, user=named), today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.evaluator.text() == "Ελένη Παπαδάκη"
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    assert dialog.focusWidget() is dialog.rep or dialog.focusWidget() is dialog.rep.lineEdit()


def test_honour_roll_is_a_list_with_escaped_names():
    from desktop.quality.trend import honour_roll_html
    from models.services.incentives import RecognitionRow
    rows = [RecognitionRow(name, "honour_roll", "#1 of Aegean", TODAY)
            for name in ("Maria <Santos>", "王伟")]
    html = honour_roll_html(rows)
    assert html.count("<li>") == 2 and "&lt;Santos&gt;" in html and "23 Nov 2026" in html
