"""The Quality & training page, driven like a user: keys in the form, edits in the editor,
assigning a course from a gap, the trend chart and the calendar export."""
import datetime as dt
from decimal import Decimal as D

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from desktop.context import AppContext
from desktop.tasks import TaskRunner
from models.db.quality import Enrolment, Evaluation, ScorecardVersion
from models.domain.scoring import EvaluationSource
from models.services import quality as q
from models.services import training
from models.services.users import sign_in

TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def ctx(demo_db, qtbot):
    return AppContext(demo_db, sign_in(demo_db), TaskRunner())


def test_evaluation_form_from_the_keyboard(ctx, qtbot):
    from desktop.quality.evaluations import EvaluationDialog
    dialog = EvaluationDialog(ctx, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.template.setCurrentIndex(dialog.template.findText("Call review (v2)"))
    assert dialog.channel.currentData() == "phone"      # what call reviews are usually made on
    form = dialog.form
    dialog.show()
    form.focus_first()
    # greeting yes, listening 4 of 5, confirmed yes, resolution option 3 (Good = 2 of 3),
    # empathy 5, identity yes, disclosure N/A, closing yes, asked for the sale no
    for key in ["y", "4", "y", "3", "5", "y", "a", "y", "n"]:
        qtbot.keyClick(dialog.focusWidget(), key)
    answers = form.answers()
    assert len(answers) == 9 and sum(a.na for a in answers.values()) == 1
    # Greeting 1; Listening (4+1)/6; Resolution 2/3; Empathy 1; Compliance 1/1; Closing 1/2
    # (10×1 + 25×0.8333 + 25×0.6667 + 15×1 + 15×1 + 10×0.5) / 100 = 0.8250
    assert "82.5%" in form.score_label.text()
    assert dialog.focusWidget() is dialog.save_button   # the last answer moves to Save
    dialog.source.setCurrentIndex(dialog.source.findData(EvaluationSource.OUTSIDE_AGENCY))
    dialog.save()
    assert "agency" in dialog.message.text() and dialog.saved_id is None
    dialog.agency.setText("Ιστός Mystery Shopping Α.Ε.")
    dialog.save()
    assert dialog.saved_id is not None
    with ctx.db.read() as s:
        ev = s.get(Evaluation, dialog.saved_id)
        assert ev.score == D("0.8250") and ev.evaluated_on == TODAY
        assert ev.agency_name == "Ιστός Mystery Shopping Α.Ε."


def test_backspace_clears_and_critical_fail_shows(ctx, qtbot):
    from desktop.quality.evaluations import EvaluationDialog
    dialog = EvaluationDialog(ctx, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.template.setCurrentIndex(dialog.template.findText("Call review (v2)"))
    dialog.show()
    rows = dialog.form.rows
    rows[5].setFocus()
    qtbot.keyClick(rows[5], "n")          # identity not verified: critical
    assert "critical question failed" in dialog.form.score_label.text()
    assert "0.0%" in dialog.form.score_label.text()
    qtbot.keyClick(rows[5], Qt.Key.Key_Backspace)
    assert rows[5].question.key not in dialog.form.answers()


def test_editing_a_used_scorecard_makes_a_new_version(ctx, qtbot):
    from desktop.quality.editor import ScorecardEditorTab
    tab = ScorecardEditorTab(ctx)
    qtbot.addWidget(tab)
    qtbot.waitUntil(lambda: not tab.loading, timeout=30_000)   # read in the background
    store = next(i for i in range(tab.templates.count())
                 if tab.templates.item(i).text().startswith("Store visit"))
    tab.templates.setCurrentRow(store)
    qtbot.waitUntil(lambda: not tab.loading, timeout=30_000)
    assert "creates version 2" in tab.version_label.text()
    section = tab.editor.tree.topLevelItem(0)
    section.setText(2, "15")
    tab.editor.tree.setCurrentItem(section)
    tab.editor.add_question()
    tab.save()
    qtbot.waitUntil(lambda: not tab.loading, timeout=30_000)
    assert tab.status.text() == "Saved as version 2 (a new version)."
    draft = q.load_template(ctx.db, tab.draft.template_id)
    assert draft.version_number == 2 and draft.sections[0].weight == D(15)
    assert draft.sections[0].questions[-1].text == "New question"
    with ctx.db.read() as s:
        v1 = s.execute(select(ScorecardVersion.id).where(
            ScorecardVersion.template_id == draft.template_id,
            ScorecardVersion.number == 1)).scalar()
        assert q.scorecard_def(s, v1).sections[0].weight == D(10)   # old scoring kept


def test_bad_options_are_reported_not_saved(ctx, qtbot, monkeypatch):
    from desktop.quality import editor as quality_editor
    warnings = []
    monkeypatch.setattr(quality_editor.QMessageBox, "warning",
                        lambda _parent, _title, text: warnings.append(text))
    tab = quality_editor.ScorecardEditorTab(ctx)
    qtbot.addWidget(tab)
    qtbot.waitUntil(lambda: not tab.loading, timeout=30_000)
    question = tab.editor.tree.topLevelItem(2).child(0)   # Resolution: a choice
    question.setText(3, "Good=two")
    before = q.list_templates(ctx.db)
    tab.save()
    assert warnings and "'two' is not a number of points" in warnings[0]
    assert q.list_templates(ctx.db) == before


def test_gap_to_course_in_one_step(ctx, qtbot):
    from desktop.quality.training import TrainingTab
    tab = TrainingTab(ctx, today=TODAY)
    qtbot.addWidget(tab)
    qtbot.waitUntil(lambda: not tab.loading, timeout=30_000)   # gaps are read in the background
    row = next(i for i, g in enumerate(tab.gaps) if g.gap.course_id)
    gap = tab.gaps[row].gap
    tab.gap_view.selectRow(row)
    assert tab.lower.tabText(2).endswith(tab.gaps[row].rep_name)
    assert tab.assign_selected() == 1
    qtbot.waitUntil(lambda: not tab.loading, timeout=30_000)
    assert "1</b> course(s) just assigned" in tab.gap_summary.text()
    with ctx.db.read() as s:
        assert s.execute(select(func.count()).select_from(Enrolment).where(
            Enrolment.rep_id == gap.rep_id, Enrolment.course_id == gap.course_id,
            Enrolment.assigned_on == TODAY)).scalar() == 1
    assert not any(g.gap.rep_id == gap.rep_id and g.gap.course_id == gap.course_id
                   for g in tab.gaps)


def test_calendar_export_from_the_page(ctx, qtbot, tmp_path):
    from desktop.quality.training import TrainingTab
    tab = TrainingTab(ctx, today=TODAY)
    qtbot.addWidget(tab)
    qtbot.waitUntil(lambda: not tab.loading, timeout=30_000)
    path = tmp_path / "team.ics"
    count = tab.export_calendar(str(path))
    assert count > 0 and path.read_bytes().count(b"BEGIN:VEVENT") == count


def test_page_trend_and_league(ctx, qtbot):
    from desktop.quality.page import QualityPage
    page = QualityPage(ctx, today=TODAY)
    qtbot.addWidget(page)
    trend = page.tab(0)
    qtbot.waitUntil(lambda: not trend.loading, timeout=30_000)   # read in the background
    assert trend.trend is not None and trend.trend.overall
    assert len(trend.chart.series) == 4   # rep and team, overall and the weakest section
    assert trend.section.currentText() == trend.trend.weakest[0].name
    league = page.tab(1)
    league.by.setCurrentIndex(league.by.findData("wave"))
    qtbot.waitUntil(lambda: not league.loading, timeout=30_000)
    assert league.group.count() == 3   # all + two waves
    assert league.model.rowCount() > 0
    evaluations = page.tab(2)
    qtbot.waitUntil(lambda: not evaluations.loading, timeout=30_000)
    assert evaluations.model.rowCount() > 100
    gaps = page.tab(3)
    qtbot.waitUntil(lambda: not gaps.loading, timeout=30_000)
    wanted = gaps.gaps[5].gap.rep_id
    gaps.gap_view.selectRow(5)
    gaps.request_trend()
    qtbot.waitUntil(lambda: not trend.loading, timeout=30_000)
    assert page.tabs.currentIndex() == 0 and trend.rep.currentData() == wanted
    assert trend.trend.rep_id == wanted


def test_training_catalogue_sessions_and_outcomes_from_the_page(ctx, qtbot):
    from desktop.quality.training import TrainingTab
    tab = TrainingTab(ctx, today=TODAY)
    qtbot.addWidget(tab)
    qtbot.waitUntil(lambda: not tab.loading, timeout=30_000)
    courses_before = tab.course_model.rowCount()
    dialog = tab.new_course(run=False)
    dialog.name.setText("Ερωτήσεις ανακάλυψης — advanced")
    closing = next(i for i in range(dialog.sections.count())
                   if dialog.sections.item(i).text() == "Closing")
    dialog.sections.item(closing).setCheckState(Qt.CheckState.Checked)
    dialog.accept()
    assert dialog.saved and dialog.result() == dialog.DialogCode.Accepted
    tab._saved("training")
    qtbot.waitUntil(lambda: not tab.loading, timeout=30_000)
    assert tab.course_model.rowCount() == courses_before + 1
    session = tab.new_session(run=False)
    qtbot.addWidget(session)
    qtbot.waitUntil(lambda: not session.loading, timeout=30_000)   # its lists read in the background
    session.course.setCurrentIndex(session.course.findText("Ερωτήσεις ανακάλυψης — advanced"))
    session.accept()
    assert session.saved
    # the rep's history: record an outcome for their first enrolment
    rep_id = next(g.gap.rep_id for g in tab.gaps if g.gap.course_id)
    course_id = next(g.gap.course_id for g in tab.gaps if g.gap.rep_id == rep_id and g.gap.course_id)
    training.assign_course(ctx.db, rep_id, course_id, today=TODAY)
    tab.history_rep.setCurrentIndex(tab.history_rep.findData(rep_id))
    tab.show_history(rep_id)
    qtbot.waitUntil(lambda: not tab.loading, timeout=30_000)   # read in the background
    tab.history_view.selectRow(0)
    outcome = tab.record_outcome(run=False)
    outcome.assessment.setValue(88)
    outcome.accept()
    history = training.rep_history(ctx.db, rep_id)
    assert history[0].status == "completed" and history[0].assessment_score == D("0.8800")


def test_commission_tab_only_for_hr_and_admin(ctx, qtbot, monkeypatch, tmp_path):
    import models.services.quotas as quotas
    import models.services.sales_results as sales
    from desktop.quality.page import QualityPage
    from models.db.core import Rep
    from models.services.users import CurrentUser
    from models.domain.enums import UserRole
    with ctx.db.read() as s:
        rep_id, team_id = s.execute(select(Rep.id, Rep.team_id).where(Rep.manager_id.is_not(None))
                                    .order_by(Rep.id)).first()
    monkeypatch.setattr(sales, "won_by_rep_money", lambda s, a, b, money=None, rep_ids=None: sales.SalesByRep(
        {rep_id: (D("130000"), 9)}, "EUR", False))
    monkeypatch.setattr(quotas, "quota_targets", lambda s, a, b, rep_ids=None: {rep_id: (D("100000"), "EUR")})
    manager = AppContext(ctx.db, CurrentUser("maria", "Maria", UserRole.SALES_MANAGER, 1),
                         ctx.tasks)
    page = QualityPage(manager, today=TODAY)
    qtbot.addWidget(page)
    assert "Commission" not in [page.tabs.tabText(i) for i in range(page.tabs.count())]
    page = QualityPage(ctx, today=TODAY)   # the demo's admin
    qtbot.addWidget(page)
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    tab = page.tab(titles.index("Commission"))
    qtbot.waitUntil(lambda: not tab.loading, timeout=30_000)   # read in the background
    assert tab.period.currentText() == "2026-Q3" and tab.model.rowCount() == 1
    row = tab.rows[0]
    # marginal: 1,000 + 1,500 + 1,000 + 250; all-of-it: 130,000 × 5%
    expected = D("3750.00") if row.tier_mode == "marginal" else D("6500.00")
    assert row.result.commission == expected
    assert ("Quota club", D("750.00")) in row.result.bonuses
    tab.table.selectRow(0)
    # total = commission + the 750 quota-club and 300 quality bonuses, in euros, shown the
    # English way (a whole amount: no cents)
    assert sorted(row.result.bonuses) == [("Quality of selling", D("300.00")),
                                          ("Quota club", D("750.00"))]
    assert row.currency == "EUR"
    assert ("€4,800" if row.tier_mode == "marginal" else "€7,550") in tab.arithmetic.text()
    assert tab.export(str(tmp_path / "commission.csv")) == 1


def test_a_saved_evaluation_opens_with_its_answers_and_score(ctx, qtbot):
    from desktop.quality.evaluations import EvaluationsTab
    tab = EvaluationsTab(ctx, today=TODAY)
    qtbot.addWidget(tab)
    qtbot.waitUntil(lambda: not tab.loading, timeout=30_000)
    view = tab.open_evaluation(0, run=False)
    qtbot.addWidget(view)
    with ctx.db.read() as s:
        stored = s.get(Evaluation, tab.rows[0].id).score
    from models.domain.scoring import as_percent
    assert f"<b>{as_percent(stored)}</b>" in view.form.score_label.text()
    assert view.form.answers() and not view.form.rows[0].isEnabled()


def test_an_old_version_is_shown_read_only(ctx, qtbot):
    from desktop.quality.editor import ScorecardEditorTab
    tab = ScorecardEditorTab(ctx)
    qtbot.addWidget(tab)
    qtbot.waitUntil(lambda: not tab.loading, timeout=30_000)
    calls = next(i for i in range(tab.templates.count())
                 if tab.templates.item(i).text().startswith("Call review"))
    tab.templates.setCurrentRow(calls)
    qtbot.waitUntil(lambda: not tab.loading, timeout=30_000)
    assert tab.versions.count() == 2 and tab.versions.itemText(0).startswith("v2 (current)")
    tab.versions.setCurrentIndex(1)
    tab.open_version(tab.versions.currentData())
    qtbot.waitUntil(lambda: not tab.loading, timeout=30_000)
    assert tab.draft.version_number == 1 and not tab.save_button.isEnabled()
    assert "read-only" in tab.version_label.text()
    # v1 weighed listening 20 and empathy 20; v2 25 and 15
    weights = {s["name"]: s["weight"] for s in tab.editor.sections()}
    assert (weights["Active listening"], weights["Empathy"]) == (D(20), D(20))


def test_honour_roll_from_the_league_table(ctx, qtbot):
    from desktop.quality.trend import LeagueTab
    from models.services.incentives import recognitions
    tab = LeagueTab(ctx)
    qtbot.addWidget(tab)
    qtbot.waitUntil(lambda: not tab.loading, timeout=30_000)
    before = len(recognitions(ctx.db))
    tab.group.setCurrentIndex(1)          # the first team
    tab.table.selectRow(0)
    top = tab.shown[0]
    assert tab.honour_selected(today=TODAY) == 1
    latest = recognitions(ctx.db)[0]
    assert len(recognitions(ctx.db)) == before + 1
    assert (latest.rep_name, latest.kind, latest.given_on) == (top.rep_name, "honour_roll", TODAY)
    assert latest.title.startswith(f"#1 of {top.group}")
    qtbot.waitUntil(lambda: not tab.loading, timeout=30_000)
    assert top.rep_name in tab.honour.text()


def test_plan_editor(ctx, qtbot):
    from desktop.quality.incentives import CommissionTab
    from models.services.incentives import list_plans
    tab = CommissionTab(ctx, today=TODAY)
    qtbot.addWidget(tab)
    qtbot.waitUntil(lambda: not tab.loading, timeout=30_000)
    dialog = tab.edit_plans(run=False)
    qtbot.addWidget(dialog)
    assert not dialog.isEnabled()                        # waiting for the plans, read in the
    qtbot.waitUntil(lambda: not dialog.loading, timeout=30_000)   # background
    assert dialog.isEnabled()
    first = dialog.drafts[0]
    assert dialog.tiers.rowCount() == len(first.tiers) == 4
    assert dialog.tiers.item(1, 0).text() == "50" and dialog.tiers.item(3, 1).text() == "5"
    dialog.mode.setCurrentIndex(1)                       # all of the amount
    dialog.tiers.item(3, 1).setText("6")                 # 125%+ now pays 6%
    dialog.tiers.item(1, 0).setText("fifty")
    assert dialog.save() is None and "not a number" in dialog.message.text()
    dialog.tiers.item(1, 0).setText("50")
    assert dialog.save() == first.id
    saved = next(p for p in list_plans(ctx.db) if p.id == first.id)
    assert saved.tier_mode == "whole" and saved.tiers[3] == (D("1.25"), D("0.06"))
    assert saved.bonuses == first.bonuses


def test_save_and_next_keeps_the_header_and_clears_the_answers(ctx, qtbot):
    from desktop.quality.evaluations import EvaluationDialog
    dialog = EvaluationDialog(ctx, today=TODAY)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):      # shortcuts reach the active window only
        dialog.show()
        dialog.activateWindow()
    with ctx.db.read() as s:
        before = s.execute(select(func.count()).select_from(Evaluation)).scalar()
    for rep_index in (0, 1):
        dialog.rep.setCurrentIndex(rep_index)
        dialog.form.focus_first()
        for _ in dialog.form.rows[:3]:
            qtbot.keyClick(dialog.focusWidget(), "1")
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_S,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        assert dialog.form.answers() == {}, dialog.message.text()
        assert dialog.isVisible() and f"({rep_index + 1} in this session)" in dialog.message.text()
    with ctx.db.read() as s:
        assert s.execute(select(func.count()).select_from(Evaluation)).scalar() == before + 2
    dialog.reject()
    assert dialog.result() == dialog.DialogCode.Accepted   # the list reloads
