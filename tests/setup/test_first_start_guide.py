"""A new company set up in the window, as a person would: File ▸ New empty company database, then
the guided path — company settings, two teams, a territory tree, an agency, three reps (one from
the agency), a pipeline with five stages, deals created, edited and one moved to Won — ending on
the roster and the board, which show them like the rep's page does; every change is in the
history."""
import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog

from desktop.main_window import MainWindow
from desktop.settings import Settings

TIMEOUT = 30_000


def settle(qtbot, dialog):
    """Wait for a set-up dialog's save; it must have been accepted (else say why)."""
    qtbot.waitUntil(lambda: not dialog.busy, timeout=TIMEOUT)
    assert dialog.result() == 1, dialog.summary.text()


def loaded(qtbot, editor):
    qtbot.waitUntil(lambda: not editor.loading, timeout=TIMEOUT)


def add(qtbot, editor, **values):
    """New… in a set-up list, the form filled in, Save; returns the record as saved."""
    loaded(qtbot, editor)
    dialog = editor.add(exec_dialog=False)
    fill(dialog.form, values)
    dialog.accept()
    settle(qtbot, dialog)
    loaded(qtbot, editor)
    return dialog.saved_record


def fill(form, values):
    from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox
    for key, value in values.items():
        widget = form.inputs[key]
        if isinstance(widget, QComboBox):
            index = widget.findText(value) if isinstance(value, str) else widget.findData(value)
            assert index >= 0, (key, value, [widget.itemText(i) for i in range(widget.count())])
            widget.setCurrentIndex(index)
        elif isinstance(widget, QCheckBox):
            widget.setChecked(value)
        elif isinstance(widget, QSpinBox):
            widget.setValue(value)
        elif isinstance(widget, QLineEdit):
            widget.clear()
            widget.setText(value)
        else:
            widget.set_value(value)


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    from desktop import app as app_module
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    controller = app_module.Controller(win, "maria.admin")
    monkeypatch.setattr(controller, "welcome", lambda: None)
    path = tmp_path / "bayanihan.sqlite"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    yield win
    controller.tasks.wait()
    if controller.workspace is not None:
        controller.workspace.db.dispose()


def menu_action(win, menu_title, text):
    for menu_action_ in win.menuBar().actions():
        if menu_action_.text().replace("&", "") == menu_title:
            for action in menu_action_.menu().actions():
                if action.text().replace("&", "").startswith(text):
                    return action
    raise AssertionError(f"no {menu_title} ▸ {text}")


def test_a_new_company_set_up_through_the_guide(window, qtbot):
    from models.db.core import Rep
    from models.services import history
    win = window
    menu_action(win, "File", "New empty company database").trigger()
    qtbot.waitUntil(lambda: getattr(win, "setup_guide", None) is not None, timeout=TIMEOUT)
    guide = win.setup_guide
    db, user = win.ctx.db, win.ctx.user
    assert user.is_admin

    # 1. the company
    company = guide.editors["company"]
    fill(company.form, {"name": "Bayanihan Sales Co.", "currency": "PHP",
                        "working_days": (0, 1, 2, 3, 4, 5)})
    guide.go(1)
    qtbot.waitUntil(lambda: not company.saving and company.status.text() == "Saved.",
                    timeout=TIMEOUT)
    from models.services.company import company_settings
    assert company_settings(db).currency == "PHP"
    assert company_settings(db).working_days == (0, 1, 2, 3, 4, 5)

    # 2. two teams
    teams = guide.editors["teams"]
    manila = add(qtbot, teams, name="Manila Field Sales", quarters_to_reach_quota=2)
    cebu = add(qtbot, teams, name="Cebu Inside Sales", sales_model="Assembly line",
               country="PH", time_zone="Asia/Manila")
    assert [r.name for r in teams.records] == ["Cebu Inside Sales", "Manila Field Sales"]

    # 3. a territory tree: Luzon, and Metro Manila inside it
    territories = guide.go_to("territories")
    luzon = add(qtbot, territories, name="Luzon")
    metro = add(qtbot, territories, name="Metro Manila", parent_id=luzon.id,
                market_potential="2500000")
    assert metro.parent_id == luzon.id and metro.market_potential == Decimal("2500000")
    assert territories.table.item(1, 0).text().strip() == "└ Metro Manila"

    # 4. an agency
    agencies = guide.go_to("agencies")
    bpo = add(qtbot, agencies, name="Bayanihan BPO Inc.", fee_model="per rep per month",
              fee="1200", fee_currency="php", notice_days="30")
    assert bpo.fee_currency == "PHP" and bpo.notice_days == 30

    # 5. three reps, one of them the agency's
    reps_step = guide.go_to("reps")
    people = [("Maria Santos", manila.id, "employee", None),
              ("Juan dela Cruz", cebu.id, "employee", None),
              ("Ng̃alan Mañalac", manila.id, "agency", bpo.id)]
    for name, team_id, employment, agency_id in people:
        editor = reps_step.add_rep(exec_dialog=False)
        editor.full_name.setText(name)
        editor.team.setCurrentIndex(editor.team.findData(team_id))
        editor.employment.setCurrentIndex(editor.employment.findData(employment))
        if agency_id:
            editor.agency.setCurrentIndex(editor.agency.findData(agency_id))
        editor.accept()
        editor.wait_saved()
        assert editor.result() == 1, editor.summary.text()
    qtbot.waitUntil(lambda: reps_step.list.count() == 3, timeout=TIMEOUT)
    from sqlalchemy import select
    with db.read() as s:
        rep_ids = dict(s.execute(select(Rep.full_name, Rep.id)).all())
        assert s.get(Rep, rep_ids["Ng̃alan Mañalac"]).agency_id == bpo.id

    # 6. a pipeline with five stages, the default from now on
    pipelines = guide.go_to("pipelines")
    loaded(qtbot, pipelines)
    dialog = pipelines.add(exec_dialog=False)
    fill(dialog.form, {"name": "Field pipeline", "is_default": True})
    assert dialog.form.stages.rowCount() == 5
    dialog.form.stages.item(0, 0).setText("Prospect")
    dialog.accept()
    settle(qtbot, dialog)
    field = dialog.saved_record
    assert [s.name for s in field.stages] == ["Prospect", "Qualified", "Proposal sent", "Won",
                                              "Lost"]
    assert field.is_default

    # 7. deals: two created, one edited, one moved to Won
    deals = guide.go_to("deals")
    loaded(qtbot, deals)
    first = add(qtbot, deals, title="Solar retrofit — Ayala branch", rep_id=rep_ids["Maria Santos"],
                amount="250000", stage_id="Prospect", expected_close=dt.date(2026, 12, 15))
    second = add(qtbot, deals, title="POS terminals (10 sites)", rep_id=rep_ids["Juan dela Cruz"],
                 amount="98000.50", stage_id="Qualified")
    assert first.pipeline_id == field.id and first.currency == "PHP"
    assert deals.select_id(second.id)
    edit = deals.edit_selected(exec_dialog=False)
    fill(edit.form, {"amount": "112000"})
    edit.accept()
    settle(qtbot, edit)
    assert deals.select_id(first.id)
    won = deals.edit_selected(exec_dialog=False)
    fill(won.form, {"stage_id": "Won"})
    assert not won.form.inputs["lost_reason_id"].isEnabled()
    won.accept()
    settle(qtbot, won)
    assert won.saved_record.status == "won" and won.saved_record.closed_on == dt.date.today()

    # 8. done: the roster and the board show them
    guide.go_to("done")
    guide.finish("roster")
    qtbot.waitUntil(lambda: win.page("roster") is not None, timeout=TIMEOUT)
    roster = win.page("roster")
    qtbot.waitUntil(lambda: roster.data is not None and roster.model.rowCount() == 3,
                    timeout=TIMEOUT)
    assert sorted(roster.data.name) == sorted(rep_ids)
    win.sidebar.setCurrentRow(2)
    qtbot.waitUntil(lambda: win.page("funnel") is not None, timeout=TIMEOUT)
    board = win.page("funnel")
    qtbot.waitUntil(lambda: board.data is not None and board.loading is None, timeout=TIMEOUT)
    assert board.data.pipeline_name == "Field pipeline"
    on_board = {c.title: c for cards in board.data.cards.values() for c in cards}
    assert on_board["POS terminals (10 sites)"].amount == Decimal("112000")
    assert "Solar retrofit — Ayala branch" in on_board   # won this week: still on the board

    # 9. the rep's page shows the won deal
    page = win.open_rep(rep_ids["Maria Santos"])
    qtbot.waitUntil(lambda: page.data is not None and not page.is_loading(), timeout=TIMEOUT)
    assert [d.title for d in page.data.won_deals] == ["Solar retrofit — Ayala branch"]
    assert "Manila Field Sales" in page.title.text()

    # 10. every change is in the history
    def actions(table, row_id):
        return [e.action for e in history.history(db, table, row_id)]
    assert actions("company_settings", 1) == ["insert"]
    assert actions("teams", manila.id)[0] == "insert" and actions("teams", cebu.id)
    assert actions("territories", metro.id) == ["insert"]
    assert actions("agencies", bpo.id) == ["insert"]
    assert actions("pipelines", field.id) == ["insert"]
    assert actions("deals", second.id) == ["insert", "update"]
    amounts = [c for e in history.history(db, "deals", second.id) for c in e.changes
               if c.field == "amount" and e.action == "update"]
    assert Decimal(str(amounts[0].old)) == Decimal("98000.50")
    assert Decimal(str(amounts[0].new)) == Decimal("112000")
    stage_changes = [c for e in history.history(db, "deals", first.id) for c in e.changes
                     if c.field == "status"]
    assert stage_changes[-1].new == "won"
    for rep_id in rep_ids.values():
        assert history.rep_history(db, rep_id)[0].action == "insert"
