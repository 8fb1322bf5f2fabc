"""The roster page driven like a user: search, filters, sorting, column layout, the editor with
validation, undo/redo, conflicts and who sees pay."""
import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from desktop.roster.table import COLUMNS, STATUS_CODES
from models.db.core import AuditEntry, Compensation, Rep
from models.domain.roster_text import fold

COL = {key: i for i, (key, *_rest) in enumerate(COLUMNS)}


def names(page):
    return [page.model.data(page.model.index(r, COL["name"])) for r in range(page.model.rowCount())]


def test_search_filters_and_sorting(demo_db, make_page, qtbot, qtmodeltester):
    page = make_page(demo_db)
    with demo_db.read() as s:
        reps = s.execute(select(Rep.id, Rep.full_name, Rep.status, Rep.email)).all()
    assert page.model.rowCount() == len(reps) == 40
    qtmodeltester.check(page.model)

    greek = next(r for r in reps if any("\u0370" <= ch <= "\u03ff" for ch in r.full_name))
    family = greek.full_name.split()[-1]
    plain_upper = fold(family).upper()       # no accents, capitals: still found
    page.search.setText(plain_upper)  # QTest cannot type non-Latin keys; this is what typing does
    assert greek.full_name in names(page)
    assert all(fold(family) in fold(n) for n in names(page))
    assert "of 40 reps" in page.summary.text()
    page.search.clear()
    qtbot.keyClicks(page.search, "EXAMPLE")  # every demo email ends in .example: all rows stay
    assert page.model.rowCount() == 40
    qtbot.keyClicks(page.search, ".NOWHERE")
    assert page.model.rowCount() == 0 and "<b>0</b> of 40" in page.summary.text()
    page.search.clear()
    assert page.model.rowCount() == 40

    rare = min({r.status for r in reps}, key=lambda st: sum(r.status == st for r in reps))
    page.status_filter.setCurrentIndex(page.status_filter.findData(
        list(STATUS_CODES).index(rare)))
    with_status = {r.full_name for r in reps if r.status == rare}
    assert set(names(page)) == with_status and 0 < len(with_status) < 40
    page.status_filter.setCurrentIndex(0)
    page.mode_filter.setCurrentIndex(page.mode_filter.findText("Office"))
    assert page.model.rowCount() < 40
    assert {page.model.text(r, "work_mode") for r in range(page.model.rowCount())} == {"Office"}
    page.mode_filter.setCurrentIndex(0)

    page.table.sortByColumn(COL["tenure"], Qt.SortOrder.DescendingOrder)
    with demo_db.read() as s:
        hire = dict(s.execute(select(Rep.full_name, Rep.hire_date)).all())
    dates = [hire[n] for n in names(page)]
    assert dates == sorted(dates)  # longest tenure first = earliest hire date first
    page.table.sortByColumn(COL["name"], Qt.SortOrder.AscendingOrder)
    assert [fold(n) for n in names(page)] == sorted(fold(r.full_name) for r in reps)


def test_column_layout_is_remembered(demo_db, make_page, settings):
    page = make_page(demo_db)
    header = page.table.horizontalHeader()
    page.set_column_visible(COL["manager"], False)
    header.moveSection(header.visualIndex(COL["status"]), 0)
    page.save_layout()
    again = make_page(demo_db, settings_=settings)
    assert again.table.isColumnHidden(COL["manager"])
    assert again.table.horizontalHeader().logicalIndex(0) == COL["status"]
    assert not again.table.isColumnHidden(COL["name"])


def test_editor_shows_validation_errors_and_saves_nothing(demo_db, make_page):
    page = make_page(demo_db)
    page.table.selectRow(0)
    rep_id = page.selected_id()
    with demo_db.read() as s:
        before = s.get(Rep, rep_id)
        version = before.version
    editor = page.edit_selected(exec_dialog=False)
    editor.full_name.setText("  ")
    editor.email.setText("not-an-address")
    editor.hire_date.set_value(dt.date(2024, 5, 1))
    editor.end_date.set_value(dt.date(2024, 4, 1))
    editor.employment.setCurrentIndex(editor.employment.findData("agency"))
    mentor_index = editor.mentor.findData(rep_id)
    editor.accept()
    editor.wait_saved()
    assert editor.result() == 0  # not accepted
    assert editor.errors["full_name"].text() == "A name is required."
    assert "not a valid email" in editor.errors["email"].text()
    assert "on or after the hire date" in editor.errors["end_date"].text()
    assert "agency" in editor.errors["agency_id"].text()
    assert mentor_index == -1  # the rep is never offered as their own mentor
    with demo_db.read() as s:
        assert s.get(Rep, rep_id).version == version
    assert page.undo_stack.count() == 0


def test_edit_then_undo_and_redo_go_through_the_audit_trail(demo_db, make_page, qtbot):
    page = make_page(demo_db)
    page.table.selectRow(2)
    rep_id = page.selected_id()
    with demo_db.read() as s:
        old_phone = s.get(Rep, rep_id).phone
    editor = page.edit_selected(exec_dialog=False)
    editor.phone.setText("+63 917 555 0101")
    editor.accept()
    editor.wait_saved()
    assert editor.result() == 1
    assert page.undo_stack.count() == 1 and page.undo_action.isEnabled()

    def phone():
        with demo_db.read() as s:
            return s.get(Rep, rep_id).phone
    assert phone() == "+63 917 555 0101"
    page.undo_action.trigger()
    assert phone() == old_phone
    page.redo_action.trigger()
    assert phone() == "+63 917 555 0101"
    with demo_db.read() as s:
        updates = s.execute(select(AuditEntry.new_values).where(
            AuditEntry.table_name == "reps", AuditEntry.row_id == str(rep_id),
            AuditEntry.action == "update").order_by(AuditEntry.id)).scalars().all()
    # (on PostgreSQL the server also recorded the demo's own later updates of this rep)
    phones = [u["phone"] for u in updates if "phone" in u]
    assert phones == ["+63 917 555 0101", old_phone, "+63 917 555 0101"]


def test_conflicting_save_is_shown_not_swallowed(demo_db, make_page, monkeypatch):
    page = make_page(demo_db)
    page.table.selectRow(1)
    rep_id = page.selected_id()
    shown = []
    editor = page.edit_selected(exec_dialog=False,
                                ask=lambda _parent, error: shown.append(str(error)) or "cancel")
    with demo_db.write() as s:  # another workstation saves first
        s.get(Rep, rep_id).home_base = "Iloilo"
    editor.phone.setText("+30 210 000 0000")
    editor.accept()
    editor.wait_saved()
    assert editor.result() == 0
    assert shown and "was changed by tester" in shown[0] and "not saved" in shown[0]
    with demo_db.read() as s:
        rep = s.get(Rep, rep_id)
        assert rep.home_base == "Iloilo" and rep.phone != "+30 210 000 0000"


def test_pay_fields_only_for_hr_and_admin(demo_db, make_page):
    manager_page = make_page(demo_db, role="sales_manager")
    manager_page.table.selectRow(0)
    editor = manager_page.edit_selected(exec_dialog=False)
    assert editor.pay_group is None and not editor.record.compensation_loaded
    editor.phone.setText("+62 21 555 0000")
    editor.accept()
    editor.wait_saved()
    assert editor.result() == 1  # a manager still edits the rep, pay untouched

    hr_page = make_page(demo_db, role="hr")
    hr_page.select_id(manager_page.selected_id())
    rep_id = hr_page.selected_id()
    editor = hr_page.edit_selected(exec_dialog=False)
    assert editor.pay_group is not None
    with demo_db.read() as s:
        comp = s.execute(select(Compensation).where(Compensation.rep_id == rep_id)).scalar()
    # grouped, without raw cents: '558,600', never '558600.00'
    whole = int(comp.base_salary)
    assert editor.base_salary.text() == f"{whole:,}" and "." not in editor.base_salary.text()
    if comp.commission_rate is not None:
        assert editor.commission_rate.text().endswith("%")
        assert editor.commission_rate.text() == f"{float(comp.commission_rate) * 100:g}%"
    editor.base_salary.setText("12,345.00")
    editor.accept()
    editor.wait_saved()
    with demo_db.read() as s:
        assert s.execute(select(Compensation.base_salary).where(
            Compensation.rep_id == rep_id)).scalar() == 12345


def test_add_rep_gets_onboarding_checklist_and_undo_removes_it(demo_db, make_page):
    from models.db.roster import OnboardingItem
    page = make_page(demo_db, role="hr")
    editor = page.add_rep(exec_dialog=False)
    editor.full_name.setText("李娜")
    editor.email.setText("li.na@example.com")
    editor.team.setCurrentIndex(1)
    editor.accept()
    editor.wait_saved()
    assert editor.result() == 1
    rep_id = editor.saved_record.id
    with demo_db.read() as s:
        items = s.execute(select(OnboardingItem.title).where(OnboardingItem.rep_id == rep_id)).scalars().all()
    assert "First territory ride-along" in items and len(items) == 5
    page.undo_action.trigger()
    with demo_db.read() as s:
        assert s.get(Rep, rep_id) is None


def test_onboarding_checklist_overdue_in_roster_and_ticked_in_editor(demo_db, make_page, qtbot):
    page = make_page(demo_db, role="sales_manager")
    editor = page.add_rep(exec_dialog=False)
    editor.full_name.setText("Mutya Dela Cruz")
    editor.hire_date.set_value(dt.date(2026, 10, 20))  # 34 days ago: four items are past due
    editor.team.setCurrentIndex(1)
    editor.accept()
    editor.wait_saved()
    rep_id = editor.saved_record.id
    qtbot.waitUntil(lambda: page.model.row_of_id(rep_id) >= 0 and page._loading is None,
                    timeout=20000)
    row = page.model.row_of_id(rep_id)
    assert page.model.text(row, "onboarding") == "4 overdue"
    page.attention.setChecked(True)
    assert rep_id in page.model.visible_ids()
    page.attention.setChecked(False)

    page.select_id(rep_id)
    editor = page.edit_selected(exec_dialog=False)
    boxes = editor.onboarding_boxes
    assert len(boxes) == 5 and sum("(overdue)" in b.text() for b in boxes) == 4
    boxes[0].setChecked(True)
    qtbot.waitUntil(lambda: page._loading is None and
                    page.model.text(page.model.row_of_id(rep_id), "onboarding") == "3 overdue",
                    timeout=20000)


def test_probation_rule_per_team_changes_the_flags(demo_db, make_page, qtbot):
    from models.domain.quotas import previous_quarter, quarter_of
    from models.services.roster import quarter_attainment
    from tests.roster.conftest import TODAY
    with demo_db.read() as s:
        last = quarter_attainment(s, previous_quarter(quarter_of(TODAY)))
        now = quarter_attainment(s, quarter_of(TODAY))
    page = make_page(demo_db)
    teams = dict(zip(page.data.id, page.data.team_id))
    statuses = dict(zip(page.data.id, page.data.status))
    below = {rep for rep, ratio in last.items() if ratio < 1 and statuses[rep] != "departed"}
    team_id = teams[min(below)]
    assert not page.rule_button.isEnabled()
    page.team_filter.setCurrentIndex(page.team_filter.findData(team_id))
    assert page.rule_button.isEnabled()

    def flagged():
        qtbot.waitUntil(lambda: page._loading is None, timeout=20000)
        return {i for i, r in zip(page.data.id, page.data.probation_reason) if r}
    before = flagged()
    assert page.edit_probation_rule(1)  # one quarter below quota is enough for this team
    # a rep already at this quarter's quota has answered the rule: not flagged
    expected = {rep for rep in below if teams[rep] == team_id and now.get(rep, 0) < 1}
    assert flagged() == before | expected and expected
    assert any("quota watch" in page.model.text(r, "status") for r in range(page.model.rowCount()))
    assert page.edit_probation_rule(0)  # 0: the team never flags
    assert flagged() == {rep for rep in before if teams[rep] != team_id}


def test_undo_over_someone_elses_change_is_refused_and_shown(demo_db, make_page, monkeypatch):
    page = make_page(demo_db)
    page.table.selectRow(4)
    rep_id = page.selected_id()
    editor = page.edit_selected(exec_dialog=False)
    editor.home_base.setText("Davao")
    editor.accept()
    editor.wait_saved()
    with demo_db.write() as s:  # meanwhile, on another workstation
        s.get(Rep, rep_id).phone = "+63 2 8888 0000"
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    page.undo_action.trigger()
    assert shown and "changed by tester" in shown[0]
    with demo_db.read() as s:
        rep = s.get(Rep, rep_id)
    assert rep.home_base == "Davao" and rep.phone == "+63 2 8888 0000"  # nothing overwritten
    assert page.undo_stack.count() == 0  # the stale command was dropped
