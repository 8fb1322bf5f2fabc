"""The Reviews page: figures beside the ratings, pay only for HR and admins, closed reviews
read-only, saving from the form, and the PDF batch in the background."""
import datetime as dt
import time
from decimal import Decimal

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication

from desktop.context import AppContext
from desktop.reviews.page import ReviewsPage
from desktop.tasks import TaskRunner
from models.domain.enums import UserRole
from models.services.users import CurrentUser

TODAY = dt.date(2026, 11, 23)
USERS = {role: CurrentUser(f"u_{role.value}", role.value, role, None) for role in UserRole}


def make_page(qtbot, db, role):
    ctx = AppContext(db=db, user=USERS[role], tasks=TaskRunner())
    page = ReviewsPage(ctx, today=TODAY)
    page.setProperty("quiet", True)
    page.form.setProperty("quiet", True)
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()
    return settled(page)


def settled(page):
    """Wait for what the page reads in the background (its list, the selected review)."""
    deadline = time.monotonic() + 60
    while page.busy and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.005)
    assert not page.busy, "the page is still loading after 60 s"
    return page


def select_status(page, status):
    index = next(i for i, r in enumerate(page.rows) if r.status == status)
    page.table.selectRow(index)
    settled(page)
    return page.rows[index]


@pytest.fixture
def pages(qtbot, demo_db):
    yield lambda role: make_page(qtbot, demo_db, role)
    QThreadPool.globalInstance().waitForDone()


def test_pay_is_shown_to_hr_and_admin_only(pages):
    for role in UserRole:
        page = pages(role)
        assert page.cycle.currentText() == "2026-Q3"
        select_status(page, "acknowledged")
        assert page.form.pay.isVisible() == (role in (UserRole.HR, UserRole.ADMIN)), role
        if role in (UserRole.HR, UserRole.ADMIN):
            assert "base" in page.form.pay_now.text()
        else:
            assert page.form.detail.compensation is None


def test_figures_beside_ratings_and_closed_is_read_only(pages):
    page = pages(UserRole.SALES_MANAGER)
    select_status(page, "closed")
    form = page.form
    texts = [form.dims.item(r, 2).text() for r in range(form.dims.rowCount())]
    assert any(t.startswith("Not available yet: ") for t in texts)
    assert any("evaluation" in t or "goals" in t or "win rate" in t for t in texts)
    assert not form.save_button.isEnabled() and not form.dims.isEnabled()
    assert not any(b.isEnabled() for b in form.action_buttons.values())
    assert "read-only" in form.status.text()


def test_rate_and_save_a_draft(pages, demo_db):
    from models.services.reviews import load_review
    page = pages(UserRole.SALES_MANAGER)
    row = select_status(page, "draft")
    form = page.form
    assert form.save_button.isEnabled() and form.action_buttons["submit"].isEnabled()
    for box in form.rating_boxes.values():
        box.setCurrentIndex(box.findData(4))
    assert "4.00" in form.overall.text()
    form.strengths.setPlainText("Great <b>pipeline</b> & follow-ups")
    assert form.save().wait().saved
    settled(page)                               # the list and the form reload after a save
    saved = load_review(demo_db, row.id, USERS[UserRole.SALES_MANAGER])
    assert saved.computed_rating == 4 and saved.strengths == "Great <b>pipeline</b> & follow-ups"
    form.override_box.setChecked(True)
    form.override_value.setValue(4.5)
    assert not form.save().wait().saved         # an override needs a reason
    assert "reason" in form.status.text()


def test_batch_pdfs_run_in_the_background(qtbot, pages, tmp_path):
    page = pages(UserRole.HR)
    ids = [r.id for r in page.rows][:4]
    task = page.export_pdfs(ids, tmp_path)
    qtbot.waitUntil(lambda: page.last_result is not None, timeout=120_000)
    assert task is not None
    assert len(page.last_result.written) == 4
    assert len(list(tmp_path.glob("*.pdf"))) == 4


def test_put_a_rep_on_a_plan_from_the_page(qtbot, pages, demo_db):
    from models.services.reviews_plans import plans_of
    page = pages(UserRole.SALES_MANAGER)
    row = select_status(page, "submitted")
    before = len(plans_of(demo_db, row.rep_id))
    dialog = page.open_plan_dialog()
    dialog.show()                   # shown for real: its widgets must not shadow Qt's virtuals
    qtbot.wait(50)
    assert dialog.reason.toPlainText().startswith("Review 2026-Q3: rated ")
    dialog.reason.setPlainText("")
    dialog.accept()
    assert "reason" in dialog.error.text() and dialog.plan_id is None
    dialog.reason.setPlainText("Attention list: calls below goal three weeks running")
    dialog.length.setCurrentIndex(0)   # 30 days
    dialog.accept()
    settled(page)
    assert dialog.plan_id is not None
    plans = plans_of(demo_db, row.rep_id)
    assert len(plans) == before + 1
    new = next(p for p in plans if p.id == dialog.plan_id)
    assert new.length_days == 30 and len(new.progress.weeks) == 5 and len(new.check_ins) == 2
    assert next(r for r in page.rows if r.id == row.id).on_plan


def test_start_a_cycle_for_a_team_from_the_page(pages):
    page = pages(UserRole.HR)
    page.team.setCurrentIndex(1)
    team = page.team.currentText()
    assert page.new_cycle("2026-Q4")
    settled(page)
    assert page.cycle.currentText() == "2026-Q4"
    assert page.rows and {r.status for r in page.rows} == {"draft"}
    assert {r.team for r in page.rows} == {team}
    assert not page.new_cycle("2026-Q4") and "already exists" in page.counts.text()


def test_not_applicable_in_the_form_completes_the_overall_rating(pages, demo_db):
    from models.domain.reviews import DEFAULT_DIMENSIONS
    from models.services.reviews import load_review
    page = pages(UserRole.SALES_MANAGER)
    row = select_status(page, "draft")
    form = page.form
    assert list(form.rating_boxes) == [d.key for d in DEFAULT_DIMENSIONS]
    for key, box in form.rating_boxes.items():
        box.setCurrentIndex(box.findData(None if key == "results" else 2 if key == "teamwork"
                                         else 4))
    assert "1 of 8 dimensions still to rate" in form.overall.text()
    results = form.rating_boxes["results"]
    results.setCurrentIndex(results.findText("Not applicable"))
    # results (25) left out: 65 x 4 + teamwork 10 x 2 = 280, over 75 = 3.7333... -> 3.73
    assert "3.73" in form.overall.text() and "still to rate" not in form.overall.text()
    assert form.save().wait().saved
    settled(page)
    saved = load_review(demo_db, row.id, USERS[UserRole.SALES_MANAGER])
    assert saved.computed_rating == Decimal("3.73")
    line = next(d for d in saved.dimensions if d.key == "results")
    assert line.not_applicable and line.rating is None
    # the form shows the mark again after the reload
    assert form.rating_boxes["results"].currentText() == "Not applicable"
