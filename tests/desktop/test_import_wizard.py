"""The import wizard, driven as a user drives it: file and preview, column mapping, stages and
owners, dry run, import, result; on both databases where it writes."""
from __future__ import annotations

import csv
import threading
import time

import pytest
from PySide6.QtCore import QThreadPool, Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from desktop.context import AppContext
from desktop.imports.wizard import (FILE, IMPORT, MAPPING, NAMES, RESULT, SUMMARY, ImportWizard,
                                    open_import_wizard)
from desktop.tasks import TaskRunner
from models.db.activity import ActivityValue
from models.db.core import Rep, Team
from models.db.funnel import Deal, Stage
from models.domain.enums import UserRole
from models.services.users import CurrentUser
from tests.funnel.helpers import add_people
from tests.funnel.test_import_deals import pipedrive, write_csv

WAIT = 30_000
HORIZONTAL = Qt.Orientation.Horizontal


def make_ctx(db, role="admin"):
    return AppContext(db=db, user=CurrentUser("tester", "Tester", UserRole(role), None),
                      tasks=TaskRunner())


@pytest.fixture
def told(monkeypatch):
    """The sentences the wizard shows in dialogs."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    return shown


@pytest.fixture
def wizard_for(qtbot):
    made = []

    def build(db, kind, path=None, role="admin") -> ImportWizard:
        wizard = ImportWizard(make_ctx(db, role), kind, path=str(path) if path else None)
        qtbot.addWidget(wizard)
        wizard.show()
        made.append(wizard)
        if path is not None:
            qtbot.waitUntil(lambda: wizard.state.head is not None, timeout=WAIT)
        return wizard
    yield build
    QThreadPool.globalInstance().waitForDone()


def count(db, entity, *where) -> int:
    with db.read() as s:
        return s.execute(select(func.count()).select_from(entity).where(*where)).scalar()


def to_summary(qtbot, wizard):
    """Next until the dry run is shown."""
    while wizard.currentId() != SUMMARY:
        wizard.next()
        if wizard.currentId() == NAMES:
            qtbot.waitUntil(lambda: wizard.names_page.names is not None, timeout=WAIT)
            return
    qtbot.waitUntil(lambda: wizard.state.dry_run is not None, timeout=WAIT)


def import_now(qtbot, wizard):
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == RESULT, timeout=WAIT)


# -- deals ----------------------------------------------------------------------------------------
def pipedrive_file(tmp_path):
    """Pipedrive's deal export (';' and decimal commas, as its European users get it) with a stage
    the pipeline lacks, an owner who is no rep, and a value that is no number."""
    headers, rows = pipedrive("comma")
    rows.append(["14", "Σύμβαση Λάρισα", "Acme", "Zed Quinto", "1.500,00", "EUR", "Legal review",
                 "open", "15.12.2026", "", "", "01.09.2026 10:00", ""])
    rows.append(["15", "Kontrak Bandung", "PT Maju", "Ana Reyes", "12abc34", "EUR",
                 "Proposal Made", "open", "15.12.2026", "", "", "01.09.2026 10:00", ""])
    return write_csv(tmp_path / "pipedrive deals.csv", headers, rows, "comma")


def test_deals_file_through_every_step(db, tmp_path, qtbot, wizard_for, told):
    with db.write() as s:
        add_people(s)
    path = pipedrive_file(tmp_path)
    wizard = wizard_for(db, "deals", path)

    # 1. the file: its format and its first rows as they will land
    page = wizard.file_page
    assert page.layout_label.text() == "Pipedrive deal export"
    assert page.format.text().startswith("CSV, UTF-8, semicolon-separated")
    model = page.model
    headers = [model.headerData(c, HORIZONTAL) for c in range(model.columnCount())]
    assert "Amount\n‹Deal - Value›" in headers and "Expected close\n‹Deal - Expected close date›" \
        in headers
    amount = headers.index("Amount\n‹Deal - Value›")
    close = headers.index("Expected close\n‹Deal - Expected close date›")
    assert model.data(model.index(0, amount)) == "12,500.50"      # '12.500,50' as stored
    assert model.data(model.index(0, close)) == "2026-07-31"      # '31.07.2026'
    assert model.data(model.index(4, amount)) == "⚠ 12abc34"
    assert model.data(model.index(4, amount), Qt.ItemDataRole.ToolTipRole) == "'12abc34' is not a number"   # tooltip
    assert "1 cell(s) cannot be read" in page.status.text()

    # 2. the mapping, as detected
    wizard.next()
    assert wizard.currentId() == MAPPING
    mapping = wizard.mapping_page.mapping()
    assert mapping["Deal - Owner"] == "owner" and mapping["Deal - Value"] == "amount"
    assert wizard.button(wizard.WizardButton.NextButton).isEnabled()

    # 3. stages and owners: the unknown ones with their row counts
    wizard.next()
    assert wizard.currentId() == NAMES
    qtbot.waitUntil(lambda: wizard.names_page.names is not None, timeout=WAIT)
    names = wizard.names_page.names
    assert names.unknown_stages == [("Legal review", 1)]
    assert [(o, n) for o, n, _u in names.unmatched_owners] == [("Zed Quinto", 1)]
    assert not wizard.names_page.isComplete()          # a stage must be chosen
    stage = wizard.names_page.stage_combos["Legal review"]
    stage.setCurrentIndex(stage.findData("Closing"))
    owner = wizard.names_page.owner_combos["Zed Quinto"]
    owner.setCurrentIndex(1)                             # a new rep in the team below
    assert "team" in wizard.names_page.problem.text()
    wizard.names_page.team.setEditText("Νότια Ελλάδα")
    assert wizard.names_page.isComplete()

    # 4. the dry run: the import's counts and bad row, nothing written
    wizard.next()
    qtbot.waitUntil(lambda: wizard.state.dry_run is not None, timeout=WAIT)
    outcome = wizard.state.dry_run
    assert (outcome.created, outcome.updated, outcome.unchanged) == (4, 0, 0)
    assert [(e.row_number, e.reason) for e in outcome.bad] == [
        (6, "amount: '12abc34' is not a number")]
    assert outcome.columns["amount"] == "Deal - Value"
    assert "new rep(s): Zed Quinto" in outcome.summary
    assert count(db, Deal) == 0 and count(db, Team, Team.name == "Νότια Ελλάδα") == 0
    assert not wizard.summary_page.isComplete()        # bad rows: leaving them out is a choice
    wizard.summary_page.skip_bad.setChecked(True)

    # 5, 6. the import, and what it did
    import_now(qtbot, wizard)
    result = wizard.state.outcome
    assert (result.created, len(result.bad)) == (4, 1)
    with db.read() as s:
        stage_of = dict(s.execute(select(Deal.title, Stage.name)
                                  .join(Stage, Stage.id == Deal.stage_id)).all())
        new_rep = s.execute(select(Rep.full_name, Team.name)
                            .join(Team, Team.id == Rep.team_id)
                            .where(Rep.full_name == "Zed Quinto")).one()
    assert stage_of["Σύμβαση Λάρισα"] == "Closing" and "Kontrak Bandung" not in stage_of
    assert tuple(new_rep) == ("Zed Quinto", "Νότια Ελλάδα")
    assert "1 bad row(s) were left out" in wizard.result_page.status.text()
    assert told == []


def test_the_funnel_page_reloads_after_an_import(db, tmp_path, qtbot, told):
    from desktop.funnel.page import FunnelPage
    with db.write() as s:
        add_people(s)
    ctx = make_ctx(db)
    page = FunnelPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.data is not None, timeout=WAIT)
    headers, rows = pipedrive("comma")
    wizard = page.import_deals()
    qtbot.addWidget(wizard)
    assert wizard.state.kind == "deals"
    wizard.file_page.choose(write_csv(tmp_path / "p.csv", headers, rows, "comma"))
    qtbot.waitUntil(lambda: wizard.state.head is not None, timeout=WAIT)
    to_summary(qtbot, wizard)
    assert wizard.names_page.status.text().startswith("Every stage name and owner")
    to_summary(qtbot, wizard)
    import_now(qtbot, wizard)
    # the one open deal (the won and the lost one closed months ago, off the board)
    qtbot.waitUntil(lambda: page.data is not None and [
        card.title for cards in page.data.cards.values() for card in cards] == ["Pilot"],
        timeout=WAIT)


# -- reps -----------------------------------------------------------------------------------------
def test_reps_file_with_headers_no_synonym_knows(db, tmp_path, qtbot, wizard_for, told):
    """A roster kept in Spanish: the columns are mapped by hand, and that mapping is what the
    import uses."""
    path = tmp_path / "equipo.csv"
    path.write_text("Nombre;Correo;Equipo;Notas\n"
                    "Ελένη Κ;e@example.com;Νέα Ομάδα;nueva\n"
                    "李娜;li@example.com;Νέα Ομάδα;\n"
                    "Ng̃alan Dakila;ngalan@example.com;Manila Inside;x\n", encoding="utf-8")
    wizard = wizard_for(db, "reps", path)
    assert wizard.file_page.layout_label.text() == "A list of reps"
    wizard.next()
    page = wizard.mapping_page
    assert not page.isComplete() and "name" in page.problem.text()
    for header, name in (("Nombre", "full_name"), ("Correo", "email"), ("Equipo", "team")):
        page.combos[header].setCurrentIndex(page.combos[header].findData(name))
    assert page.isComplete()
    # the preview follows the mapping
    wizard.back()
    headers = [wizard.file_page.model.headerData(c, HORIZONTAL)
               for c in range(wizard.file_page.model.columnCount())]
    assert headers == ["Full name\n‹Nombre›", "Email\n‹Correo›", "Team\n‹Equipo›",
                       "Not imported\n‹Notas›"]
    wizard.next()
    to_summary(qtbot, wizard)
    outcome = wizard.state.dry_run
    assert (outcome.created, outcome.updated, outcome.unchanged, outcome.bad) == (3, 0, 0, [])
    assert "new team(s): Νέα Ομάδα, Manila Inside" in outcome.summary
    assert count(db, Rep) == 0
    assert wizard.summary_page.isComplete()
    import_now(qtbot, wizard)
    with db.read() as s:
        got = set(s.execute(select(Rep.full_name, Rep.email, Team.name)
                            .join(Team, Team.id == Rep.team_id)).all())
    assert got == {("Ελένη Κ", "e@example.com", "Νέα Ομάδα"),
                   ("李娜", "li@example.com", "Νέα Ομάδα"),
                   ("Ng̃alan Dakila", "ngalan@example.com", "Manila Inside")}
    assert told == []


def test_an_ignored_column_is_not_imported(db, tmp_path, qtbot, wizard_for):
    """'Phone' would be matched by its name; ignored, the reps get no phone."""
    path = tmp_path / "reps.csv"
    path.write_text("Name,Email,Phone\nAna Reyes,ana@example.com,+63 2 555 0101\n",
                    encoding="utf-8")
    wizard = wizard_for(db, "reps", path)
    wizard.next()
    combo = wizard.mapping_page.combos["Phone"]
    assert combo.currentData() == "phone"
    combo.setCurrentIndex(combo.findData("ignore"))
    to_summary(qtbot, wizard)
    assert "phone" not in wizard.state.dry_run.columns
    import_now(qtbot, wizard)
    with db.read() as s:
        assert s.execute(select(Rep.full_name, Rep.phone)).all() == [("Ana Reyes", None)]


# -- key numbers ----------------------------------------------------------------------------------
def test_activity_call_log_through_every_step(db, tmp_path, qtbot, wizard_for, told):
    """Zoho CRM's Calls export: Call Type is the direction; two outbound calls on Monday."""
    with db.write() as s:
        add_people(s, names=("Budi Santoso", "Juan dela Cruz"))
    path = tmp_path / "Calls_2026_11_18.csv"
    path.write_text(
        "Subject,Call Type,Call Purpose,Related To,Call Start Time,Call Duration,"
        "Call Duration (in seconds),Call Owner,Call Result,Description,Created Time\n"
        "Intro call,Outbound,Prospecting,PT Maju,2026-11-16 09:00:00,01:35,95,"
        "Budi Santoso,Interested,,2026-11-16 09:02:00\n"
        "Follow-up,Outbound,Negotiation,PT Maju,2026-11-16 10:00:00,00:40,40,"
        "Budi Santoso,Requested more info,,2026-11-16 10:01:00\n"
        "Support,Inbound,,PT Sejahtera,2026-11-16 11:00:00,05:00,300,"
        "Budi Santoso,,,2026-11-16 11:06:00\n"
        "Missed call,Missed,,Acme,2026-11-17 08:30:00,00:00,0,"
        "Juan dela Cruz,,,2026-11-17 08:30:00\n", encoding="utf-8")
    wizard = wizard_for(db, "activity", path)
    assert wizard.file_page.layout_label.text() == "A call log (one row per call)"
    model = wizard.file_page.model
    headers = [model.headerData(c, HORIZONTAL) for c in range(model.columnCount())]
    assert model.data(model.index(0, headers.index("Time\n‹Call Start Time›"))) == \
        "2026-11-16 09:00"
    assert model.data(model.index(0, headers.index("Duration\n‹Call Duration›"))) == "1:35"
    wizard.next()
    assert wizard.mapping_page.mapping()["Call Owner"] == "rep"
    to_summary(qtbot, wizard)
    outcome = wizard.state.dry_run
    # Budi on Monday (2 outbound) and Juan on Tuesday (0): two 'Calls made' values
    assert (outcome.written, outcome.bad) == (2, [])
    assert count(db, ActivityValue) == 0
    import_now(qtbot, wizard)
    with db.read() as s:
        got = sorted(s.execute(select(Rep.full_name, ActivityValue.day, ActivityValue.value)
                               .join(Rep, Rep.id == ActivityValue.rep_id)).all())
    import datetime as dt
    assert got == [("Budi Santoso", dt.date(2026, 11, 16), 2),
                   ("Juan dela Cruz", dt.date(2026, 11, 17), 0)]
    assert told == []


def test_daily_numbers_from_the_numbers_page(db, tmp_path, qtbot, told):
    from desktop.numbers.page import NumbersPage
    with db.write() as s:
        add_people(s, names=("Μαρία Παπαδοπούλου",))
    ctx = make_ctx(db)
    page = NumbersPage(ctx)
    qtbot.addWidget(page)
    wizard = page.import_file()
    qtbot.addWidget(wizard)
    assert wizard.state.kind == "activity"
    path = tmp_path / "numbers.csv"
    path.write_text("Rep,Date,Cold calls,Region\nΜαρία Παπαδοπούλου,2026-11-20,20,North\n"
                    "Nobody,2026-11-20,3,North\n", encoding="utf-8")
    wizard.file_page.choose(path)
    qtbot.waitUntil(lambda: wizard.state.metric_names is not None, timeout=WAIT)
    headers = [wizard.file_page.model.headerData(c, HORIZONTAL)
               for c in range(wizard.file_page.model.columnCount())]
    assert "Metric column\n‹Cold calls›" in headers and "Not imported\n‹Region›" in headers
    wizard.next()
    wizard.mapping_page.combos["Region"].setCurrentIndex(
        wizard.mapping_page.combos["Region"].findData("ignore"))
    to_summary(qtbot, wizard)
    assert [(e.row_number, e.reason) for e in wizard.state.dry_run.bad] == [
        (3, "no rep called Nobody")]
    wizard.summary_page.skip_bad.setChecked(True)
    import_now(qtbot, wizard)
    assert wizard.state.outcome.written == 1 and count(db, ActivityValue) == 1
    # the page reads in the background (and again after the import): done before the database goes
    qtbot.waitUntil(lambda: not page.busy and not ctx.tasks.busy, timeout=WAIT)


# -- cancel and bad files -------------------------------------------------------------------------
def test_cancel_rolls_the_import_back(db, tmp_path, qtbot, wizard_for, monkeypatch, told):
    """Cancel while the reps are being written: nothing is kept."""
    import models.imports.reps as reps_import
    path = tmp_path / "reps.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["Full name", "Email", "Team"])
        writer.writerows([f"Rep {i}", f"rep{i}@example.com", "Field"] for i in range(1200))
    wizard = wizard_for(db, "reps", path)
    to_summary(qtbot, wizard)
    assert wizard.state.dry_run.created == 1200
    inside, pressed = threading.Event(), threading.Event()
    original = reps_import._insert_all

    def insert_when_cancelled(db_, s, inserts, progress):
        # The import is inside its transaction with rows to write: the user presses Cancel now.
        inside.set()
        pressed.wait(20)
        return original(db_, s, inserts, progress)
    monkeypatch.setattr(reps_import, "_insert_all", insert_when_cancelled)
    wizard.next()
    assert wizard.currentId() == IMPORT
    qtbot.waitUntil(inside.is_set, timeout=WAIT)
    wizard.reject()                        # the wizard's Cancel button cancels the import
    pressed.set()
    assert wizard.isVisible()
    qtbot.waitUntil(lambda: wizard.running is None, timeout=WAIT)
    assert wizard.import_page.message.text() == "Cancelled: nothing was written."
    assert count(db, Rep) == 0 and count(db, Team) == 0
    assert told == []


@pytest.mark.parametrize("content, expected", [
    (b"\x00\x01\x02binary\x00", "contains a NUL character"),
    (b"", "is empty"),
])
def test_a_bad_file_is_one_sentence(db, tmp_path, qtbot, wizard_for, told, content, expected):
    path = tmp_path / "export.csv"
    path.write_bytes(content)
    wizard = wizard_for(db, "deals")
    wizard.file_page.choose(path)
    qtbot.waitUntil(lambda: bool(told), timeout=WAIT)
    assert expected in told[0] and "\n" not in told[0] and "Traceback" not in told[0]
    assert told[0] == wizard.file_page.status.text()
    assert not wizard.file_page.isComplete()


def test_evaluations_with_the_scorecard_chosen_in_the_wizard(db, tmp_path, qtbot, wizard_for,
                                                             told):
    """A call-review agency's results: one column per question, the scorecard chosen here."""
    from decimal import Decimal as D

    from models.db.quality import Evaluation
    from models.domain.scoring import QuestionKind
    from models.services import quality as q
    with db.write() as s:
        add_people(s, names=("Siti Rahayu",))
    q.save_template(db, q.TemplateDraft("Call review", sections=[
        q.SectionDraft("Listening", D(1), [q.QuestionDraft("Let the customer finish",
                                                           QuestionKind.SCALE, D(1), 5)])]))
    path = tmp_path / "calls.csv"
    path.write_text("Agent,Call date,Let the customer finish\nSiti Rahayu,2026-11-02,4\n"
                    "Nobody,2026-11-03,2\n", encoding="utf-8")
    wizard = wizard_for(db, "evaluations", path)
    headers = [wizard.file_page.model.headerData(c, HORIZONTAL)
               for c in range(wizard.file_page.model.columnCount())]
    assert headers[2] == "Question\n‹Let the customer finish›"
    wizard.next()
    page = wizard.mapping_page
    assert "scorecard" in page.problem.text() and not page.isComplete()
    scorecard = page.option_widgets["scorecard"]
    qtbot.waitUntil(lambda: scorecard.findData("Call review") >= 0, timeout=WAIT)
    scorecard.setCurrentIndex(scorecard.findData("Call review"))
    page.option_widgets["agency"].setText("CallCheck")
    assert page.isComplete()
    to_summary(qtbot, wizard)
    assert [(e.row_number, e.reason) for e in wizard.state.dry_run.bad] == [
        (3, "no rep is called 'Nobody'")]
    assert count(db, Evaluation) == 0
    wizard.summary_page.skip_bad.setChecked(True)
    import_now(qtbot, wizard)
    with db.read() as s:
        assert s.execute(select(Evaluation.agency_name)).scalars().all() == ["CallCheck"]
    assert told == []


def test_trainers_are_offered_evaluations_only(db, qtbot, wizard_for):
    wizard = wizard_for(db, "deals", role="trainer")
    assert wizard.kinds == ["evaluations"] and wizard.state.kind == "evaluations"


# -- a large file ---------------------------------------------------------------------------------
def test_preview_of_a_100_mb_csv_is_quick(db, tmp_path, qtbot, wizard_for, told):
    path = tmp_path / "big deals.csv"
    row = ("006{:012d},Renewal {:07d},Θεσσαλονίκη Α.Ε.,Ana Reyes,12500.50,EUR,"
           "Negotiation/Review,2026-07-31,2026-06-02\n")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("Opportunity ID,Opportunity Name,Account Name,Opportunity Owner,Amount,"
                 "Opportunity Currency,Stage,Close Date,Created Date\n")
        for start in range(0, 1_000_000, 10_000):
            fh.write("".join(row.format(i, i) for i in range(start, start + 10_000)))
    size = path.stat().st_size
    assert size > 100 * 2**20
    wizard = wizard_for(db, "deals")
    started = time.perf_counter()
    wizard.file_page.choose(path)
    qtbot.waitUntil(lambda: wizard.file_page.model.rowCount() == 50, timeout=WAIT)
    elapsed = time.perf_counter() - started
    print(f"\npreview of a {size / 2**20:.0f} MB CSV (1,000,000 rows): {elapsed * 1000:.0f} ms")
    assert elapsed < 2.0
    assert wizard.file_page.layout_label.text() == "Salesforce opportunity report"
    assert "The first 50 row(s) of the file" in wizard.file_page.status.text()


# -- saved mappings and the import history ----------------------------------------------------
def test_a_saved_mapping_is_remembered_for_the_next_file_of_that_source(db, tmp_path, qtbot,
                                                                         wizard_for):
    from models.imports.profiles import load_profile
    first = tmp_path / "equipo-octubre.csv"
    first.write_text("Nombre;Correo;Equipo\nΕλένη Κ;e@example.com;Norte\n", encoding="utf-8")
    wizard = wizard_for(db, "reps", first)
    wizard.next()
    page = wizard.mapping_page
    for header, name in (("Nombre", "full_name"), ("Correo", "email"), ("Equipo", "team")):
        page.combos[header].setCurrentIndex(page.combos[header].findData(name))
    page.save_mapping("Hoja de RR.HH.")
    qtbot.waitUntil(lambda: page.profile.findData("Hoja de RR.HH.") >= 0, timeout=WAIT)
    saved = load_profile(db, "reps", "Hoja de RR.HH.")
    assert saved.mapping == {"Nombre": "full_name", "Correo": "email", "Equipo": "team"}

    # next month's file from the same source: the mapping is there before any choice is made
    second = tmp_path / "equipo-noviembre.csv"
    second.write_text("Nombre;Correo;Equipo\n李娜;li@example.com;Sur\n", encoding="utf-8")
    again = wizard_for(db, "reps", second)
    qtbot.waitUntil(lambda: again.state.profile_name == "Hoja de RR.HH.", timeout=WAIT)
    assert "saved mapping 'Hoja de RR.HH.'" in again.file_page.status.text()
    again.next()
    assert again.mapping_page.mapping() == {"Nombre": "full_name", "Correo": "email",
                                            "Equipo": "team"}
    assert again.mapping_page.isComplete()


def test_import_history_lists_the_import_and_undoes_it(db, tmp_path, qtbot, wizard_for,
                                                       monkeypatch, told):
    from desktop.imports.history_dialog import ImportHistoryDialog
    path = tmp_path / "reps.csv"
    path.write_text("Name,Email,Team\nAna Reyes,ana@example.com,Field\n"
                    "Budi Santoso,budi@example.com,Field\n", encoding="utf-8")
    wizard = wizard_for(db, "reps", path)
    to_summary(qtbot, wizard)
    import_now(qtbot, wizard)
    batch_id = wizard.state.outcome.batch_id
    assert batch_id is not None and f"import {batch_id}" in wizard.result_page.status.text()
    assert count(db, Rep) == 2

    dialog = ImportHistoryDialog(make_ctx(db))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=WAIT)
    assert dialog.model.row(0)[1:8] == ("Reps", "reps.csv", "tester", 2, 0, 0, 0)
    dialog.table.selectRow(0)
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: (asked.append(a[2]), QMessageBox.StandardButton.Yes)[1])
    dialog.undo_selected()
    qtbot.waitUntil(lambda: count(db, Rep) == 0, timeout=WAIT)
    assert "reps.csv" in asked[0]
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1 and dialog.model.row(0)[8] != "",
                    timeout=WAIT)
    assert "undone" in dialog.status.text().lower()
    # a second undo is refused, in one sentence
    dialog.table.selectRow(0)
    dialog.undo_selected()
    qtbot.waitUntil(lambda: bool(told), timeout=WAIT)
    assert "already undone" in told[0] and "\n" not in told[0]


def test_file_import_opens_the_wizard_for_the_page_in_view(db, qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from desktop.main_window import MainWindow
    from desktop.pages import PAGES
    from desktop.settings import Settings
    from models.services.users import sign_in
    window = MainWindow(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    ctx = AppContext(db=db, user=sign_in(db), tasks=TaskRunner(window))
    window.set_context(ctx)
    keys = [spec.key for spec in PAGES]
    window.sidebar.setCurrentRow(keys.index("funnel"))
    action = next(a for a in window.menuBar().actions()[0].menu().actions()
                  if a.text() == "&Import…")
    action.trigger()
    assert window._import_wizard.state.kind == "deals" and window._import_wizard.isVisible()
    window._import_wizard.close()
    ctx.tasks.wait()


def test_a_workbook_previews_its_first_rows(tmp_path):
    """HubSpot's user export saved as a workbook: names in two columns, dates as dates."""
    import datetime as dt

    import openpyxl

    from models.imports.preview import preview
    path = tmp_path / "users.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["First Name", "Last Name", "Email", "Start date"])
    sheet.append(["Ελένη", "Κωνσταντίνου", "eleni@example.com", dt.datetime(2024, 3, 4)])
    sheet.append(["Budi", "Santoso", "budi@example.com", "31/02/2024"])
    book.save(path)
    result = preview(path, "reps")
    assert result.head.describe().startswith("Excel workbook, ")
    assert result.columns == [("First Name", "first_name"), ("Last Name", "last_name"),
                              ("Email", "email"), ("Start date", "hire_date")]
    assert [c.text for c in result.rows[0][1]] == ["Ελένη", "Κωνσταντίνου", "eleni@example.com",
                                                   "2024-03-04"]
    assert result.rows[1][1][3].problem == "'31/02/2024' is not a valid date"


def test_owner_ids_become_people_with_the_crm_users_file(db, tmp_path, qtbot, wizard_for, told):
    """A Salesforce data export names owners by user id; its User export says who they are. Ana
    and Giorgos are reps already (by name, by e-mail); José becomes a rep of a new team; the
    ghost id is in no file and one rep is chosen for it."""
    from tests.imports.test_deal_owner_users import (ANA, GHOST, GIORGOS, JOSE, OPPORTUNITY,
                                                     USER, owners, write)
    with db.write() as s:
        add_people(s)
    users = write(tmp_path / "User.csv", USER, [
        [ANA, "ÁNA", "Reyes", "ana.reyes@corp.example", "ana@corp.example.sf", "true"],
        [GIORGOS, "Giorgos", "Papadopoulos", "REP1@example.com", "gp@corp.example.sf", "true"],
        [JOSE, "José", "Núñez", "jose.nunez@corp.example", "jn@corp.example.sf", "true"]])
    deals = write(tmp_path / "Opportunity.csv", OPPORTUNITY, [
        ["0065g00000AbCd1AAA", "0015g00000XyZ1AAA", "Pilot", "Prospecting", "1200", "EUR",
         "2026-09-30", ANA[:15], "false", "false", "Web"],
        ["0065g00000AbCd2AAA", "0015g00000XyZ1AAA", "Renewal", "Closed Won", "8000", "EUR",
         "2026-08-14", GIORGOS, "true", "true", "Partner Referral"],
        ["0065g00000AbCd3AAA", "0015g00000XyZ2AAA", "Expansion", "Negotiation/Review", "5000",
         "EUR", "2026-10-15", JOSE, "false", "false", "Cold Call"],
        ["0065g00000AbCd4AAA", "0015g00000XyZ2AAA", "Ghost deal", "Prospecting", "10", "EUR",
         "2026-10-15", GHOST, "false", "false", ""]])
    wizard = wizard_for(db, "deals", deals)
    wizard.next()
    wizard.next()
    page = wizard.names_page
    qtbot.waitUntil(lambda: page.names is not None, timeout=WAIT)
    assert {o for o, _n, _u in page.names.unmatched_owners} == {ANA[:15], GIORGOS, JOSE, GHOST}
    page.users.setText(str(users))
    page.initializePage()
    qtbot.waitUntil(lambda: page.names is not None, timeout=WAIT)
    assert {o: u.name if u else None for o, _n, u in page.names.unmatched_owners} == {
        JOSE: "José Núñez", GHOST: None}
    page.owner_combos[JOSE].setCurrentIndex(1)           # a new rep in the team below
    page.team.setEditText("Iberia")
    ghost = page.owner_combos[GHOST]
    ghost.setCurrentIndex(ghost.findText("王伟", Qt.MatchFlag.MatchStartsWith))
    assert page.isComplete()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.state.dry_run is not None, timeout=WAIT)
    assert (wizard.state.dry_run.created, wizard.state.dry_run.bad) == (4, [])
    import_now(qtbot, wizard)
    assert owners(db) == {"Pilot": "Ana Reyes", "Renewal": "Γιώργος Παπαδόπουλος",
                          "Expansion": "José Núñez", "Ghost deal": "王伟"}
    assert count(db, Rep, Rep.full_name == "José Núñez") == 1
    assert told == []


def test_a_report_with_converted_amounts_asks_which_to_import(db, tmp_path, qtbot, wizard_for,
                                                              told):
    from decimal import Decimal
    from tests.funnel.test_deal_currency import CONVERTED, OWN, REPORT_HEADERS, REPORT_ROWS
    with db.write() as s:
        add_people(s)
    path = write_csv(tmp_path / "report.csv", REPORT_HEADERS, REPORT_ROWS, "dot")
    wizard = wizard_for(db, "deals", path)
    wizard.next()
    amounts = wizard.mapping_page.option_widgets["amounts"]
    assert amounts.currentData() == "original"              # each deal's own, by default
    amounts.setCurrentIndex(amounts.findData("converted"))
    to_summary(qtbot, wizard)
    if wizard.currentId() == NAMES:      # every stage and owner known: nothing to choose
        to_summary(qtbot, wizard)
    assert wizard.state.dry_run is not None
    import_now(qtbot, wizard)
    with db.read() as s:
        stored = {d.title: (d.amount, d.currency) for d in s.scalars(select(Deal))}
    assert stored == CONVERTED != OWN
    assert stored["EUR test"] == (Decimal("2750.00"), "USD")
