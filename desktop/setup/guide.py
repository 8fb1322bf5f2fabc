"""The first start of an empty company: a short guided path through the set-up editors.

Company settings → teams → territories → agencies → reps (import or add) → pipeline → deals
(import or add), ending on the roster or the board. Every step is the Company menu's own editor,
shown in place; each can be skipped (Next) and done later from the Company menu.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (QDialog, QHBoxLayout, QLabel, QListWidget, QPushButton,
                               QStackedWidget, QVBoxLayout, QWidget)

from desktop.i18n import tr


# (key, title, what to do): the texts are marked here and translated where shown.
STEPS = [
    ("company", QT_TRANSLATE_NOOP("QCoreApplication", "Company"),
     QT_TRANSLATE_NOOP("QCoreApplication",
                       "Name the company, its currency and its working week.")),
    ("teams", QT_TRANSLATE_NOOP("QCoreApplication", "Teams"),
     QT_TRANSLATE_NOOP("QCoreApplication",
                       "Add the teams your reps work in — a team has a manager and a "
                       "probation rule.")),
    ("territories", QT_TRANSLATE_NOOP("QCoreApplication", "Territories"),
     QT_TRANSLATE_NOOP("QCoreApplication",
                       "Build the territory tree: regions, then the areas or account "
                       "lists inside them.")),
    ("agencies", QT_TRANSLATE_NOOP("QCoreApplication", "Agencies"),
     QT_TRANSLATE_NOOP("QCoreApplication",
                       "Outsourcing agencies that supply reps, if you work with any.")),
    ("reps", QT_TRANSLATE_NOOP("QCoreApplication", "Reps"),
     QT_TRANSLATE_NOOP("QCoreApplication",
                       "Import your reps from a spreadsheet or a CRM's user export, or"
                       " add them one by one.")),
    ("pipelines", QT_TRANSLATE_NOOP("QCoreApplication", "Pipeline"),
     QT_TRANSLATE_NOOP("QCoreApplication",
                       "The stages your deals go through. A new pipeline starts with "
                       "five stages to rename; make it the default.")),
    ("deals", QT_TRANSLATE_NOOP("QCoreApplication", "Deals"),
     QT_TRANSLATE_NOOP("QCoreApplication",
                       "Import your deals from a CRM export, or add them here.")),
    ("done", QT_TRANSLATE_NOOP("QCoreApplication", "Done"),
     QT_TRANSLATE_NOOP("QCoreApplication",
                       "The company is set up. Everything here stays in the Company "
                       "menu.")),
]


class SetupGuide(QDialog):
    finished_on = Signal(str)   # 'roster' or 'funnel': the page the guide ended on

    def __init__(self, ctx, window=None):
        super().__init__(window)
        self.ctx, self.window_ = ctx, window
        self.setWindowTitle(tr("Set up the company"))
        self.resize(1000, 640)
        self.steps = QListWidget()
        self.steps.setFixedWidth(170)
        self.steps.setStyleSheet("QListWidget { font-size: 13px; border: none; "
                                 "background: palette(window); } "
                                 "QListWidget::item { padding: 7px 10px; }")
        self.stack = QStackedWidget()
        self.pages: dict[str, QWidget] = {}
        self.editors: dict[str, QWidget] = {}
        for number, (key, title, _text) in enumerate(STEPS, start=1):
            self.steps.addItem(tr("{number}. {step}").format(number=number, step=tr(title)))
            holder = QWidget()
            QVBoxLayout(holder)
            self.stack.addWidget(holder)
            self.pages[key] = holder
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.back_button = QPushButton(tr("Back"))
        self.next_button = QPushButton(tr("Next"))
        self.next_button.setDefault(True)
        self.back_button.clicked.connect(lambda: self.go(self.steps.currentRow() - 1))
        self.next_button.clicked.connect(lambda: self.go(self.steps.currentRow() + 1))
        buttons = QHBoxLayout()
        self.skip_note = QLabel(tr("Each step can be skipped and done later from the Company "
                                   "menu."))
        self.skip_note.setStyleSheet("color: #5f6368;")
        buttons.addWidget(self.skip_note, 1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        right = QVBoxLayout()
        right.addWidget(self.heading)
        right.addWidget(self.stack, 1)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addWidget(self.steps)
        layout.addLayout(right, 1)
        self.steps.currentRowChanged.connect(self._show)
        self.steps.setCurrentRow(0)

    # -- steps ---------------------------------------------------------------------------------
    def step(self) -> str:
        return STEPS[self.steps.currentRow()][0]

    def go(self, row: int) -> None:
        if self.step() == "company" and row > 0 and "company" in self.editors:
            self.editors["company"].save_if_changed()
        if 0 <= row < len(STEPS):
            self.steps.setCurrentRow(row)

    def go_to(self, key: str) -> QWidget:
        self.steps.setCurrentRow([k for k, *_ in STEPS].index(key))
        return self.editors.get(key)

    def _show(self, row: int) -> None:
        key, title, text = STEPS[row]
        self.heading.setText("<h3>{}</h3><p>{}</p>".format(
            tr("{number}. {step}").format(number=row + 1, step=tr(title)), tr(text)))
        if key not in self.editors:
            editor = self._make(key)
            self.pages[key].layout().addWidget(editor)
            self.editors[key] = editor
        elif hasattr(self.editors[key], "reload"):
            self.editors[key].reload()
        self.stack.setCurrentIndex(row)
        self.back_button.setEnabled(row > 0)
        self.next_button.setVisible(key != "done")

    def _make(self, key: str) -> QWidget:
        if key == "company":
            return CompanyStep(self.ctx)
        if key == "reps":
            return RepsStep(self.ctx, self)
        if key == "done":
            return DoneStep(self)
        from desktop.setup.menu import make_editor
        editor = make_editor(self.ctx, key, self)
        editor.setWindowFlags(Qt.WindowType.Widget)   # shown in the guide, not as a window
        for child in editor.findChildren(QPushButton):
            if child.text() == tr("Close"):
                child.hide()
        if key == "deals":   # the step says: import them, or add them here
            from desktop.imports.wizard import open_import_wizard
            importing = QPushButton(tr("Import deals from a file…"))
            importing.clicked.connect(lambda: setattr(
                self, "_wizard", open_import_wizard(self.ctx, "deals", self)))
            editor.buttons.insertWidget(1, importing)
        return editor

    def finish(self, page: str) -> None:
        """Close the guide on the roster or the board."""
        from desktop.pages import PAGES
        window = self.window_
        if window is not None and hasattr(window, "sidebar"):
            keys = [p.key for p in PAGES]
            window.sidebar.setCurrentRow(keys.index(page))
        self.finished_on.emit(page)
        self.accept()


class CompanyStep(QWidget):
    """The company settings form, saved when the user moves on."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        from desktop.setup.company import settings_form
        from models.services.company import company_settings
        self.ctx = ctx
        self.form = settings_form()
        self.form.set_record(company_settings(ctx.db))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.save_button = QPushButton(tr("Save"))
        self.save_button.clicked.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        layout.addStretch(1)
        self.saving = False

    def save_if_changed(self) -> None:
        record, _problems = self.form.record()
        if record != self.form.base:
            self.save()

    def save(self) -> None:
        from desktop.setup.editor import plain_error
        from models.db.errors import ValidationError
        from models.services.company import save_company_settings
        record, problems = self.form.record()
        if problems:
            self.form.show_problems(problems)
            return
        db, user = self.ctx.db, self.ctx.user
        self.saving = True

        def saved(result) -> None:
            self.saving = False
            self.form.set_record(result)
            self.status.setText(tr("Saved."))
            self.ctx.changed.emit("*")

        def failed(error) -> None:
            self.saving = False
            if isinstance(error, ValidationError):
                self.status.setText("\n".join(self.form.show_problems(error.problems)) or
                                    tr("Please correct the marked fields."))
            else:
                self.status.setText("<span style='color:#b3261e'>{}</span>".format(
                    tr("Not saved: {reason}").format(reason=plain_error(error))))
        self.ctx.tasks.run(lambda progress=None: save_company_settings(db, user, record,
                                                                      record.version),
                           on_success=saved, on_error=failed)


class RepsStep(QWidget):
    """Import reps or add them one by one; the reps so far are listed."""

    def __init__(self, ctx, guide, parent=None):
        super().__init__(parent)
        self.ctx, self.guide = ctx, guide
        self.list = QListWidget()
        import_button = QPushButton(tr("Import reps from a file…"))
        add_button = QPushButton(tr("Add a rep…"))
        import_button.clicked.connect(self.import_reps)
        add_button.clicked.connect(lambda: self.add_rep())
        row = QHBoxLayout()
        row.addWidget(import_button)
        row.addWidget(add_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.list, 1)
        self.loading = False
        ctx.changed.connect(lambda area: area in ("reps", "roster", "*") and self.reload())
        self.reload()

    def reload(self) -> None:
        from models.services.reps import list_reps
        self.loading = True
        self.ctx.tasks.run(lambda progress=None: list_reps(self.ctx.db),
                           on_success=self._loaded,
                           on_error=lambda e: setattr(self, "loading", False))

    def _loaded(self, reps) -> None:
        from models.domain.enums import label
        self.loading = False
        self.list.clear()
        for r in reps:
            bits = [r.team or tr("no team"), label(r.employment)] + ([r.agency] if r.agency else [])
            self.list.addItem(f"{r.full_name} — {', '.join(bits)}")

    def import_reps(self):
        from desktop.imports.wizard import open_import_wizard
        self._wizard = open_import_wizard(self.ctx, "reps", self)
        return self._wizard

    def add_rep(self, *, exec_dialog: bool = True):
        """The roster's rep editor for a new rep (saved off the GUI thread)."""
        import datetime as dt

        from desktop.roster.rep_editor import RepEditor
        from models.services.reps import RepRecord, editor_choices, save_rep
        db, sees_pay = self.ctx.db, self.ctx.user.sees_compensation
        record = RepRecord(hire_date=dt.date.today(), status="onboarding",
                           compensation_loaded=sees_pay)
        editor = RepEditor(record, editor_choices(db), sees_compensation=sees_pay, parent=self,
                           save=lambda r, fields=None: save_rep(db, r, sees_compensation=sees_pay,
                                                                fields=fields))
        editor.accepted.connect(lambda: self.ctx.changed.emit("reps"))
        if exec_dialog:
            editor.exec()
        return editor


class DoneStep(QWidget):
    def __init__(self, guide, parent=None):
        super().__init__(parent)
        roster = QPushButton(tr("Open the roster"))
        board = QPushButton(tr("Open the deal board"))
        roster.clicked.connect(lambda: guide.finish("roster"))
        board.clicked.connect(lambda: guide.finish("funnel"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Quotas, key numbers and goals, scorecards and reviews are "
                                   "set up on their own pages.")))
        row = QHBoxLayout()
        row.addWidget(roster)
        row.addWidget(board)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)


def offer_for_empty_company(window) -> None:
    """After a database opens: an admin opening a company without teams or reps gets the guide
    (the check runs on the task runner)."""
    ctx = window.ctx
    if ctx is None or not ctx.user.is_admin:
        return

    def empty(progress=None) -> bool:
        from sqlalchemy import func, select

        from models.db.core import Rep, Team
        with ctx.db.read() as s:
            return not s.scalar(select(func.count()).select_from(Team)) and \
                not s.scalar(select(func.count()).select_from(Rep))

    def answer(is_empty: bool) -> None:
        if is_empty and window.ctx is ctx:
            from desktop.setup.menu import open_guide
            open_guide(window)
    ctx.tasks.run(empty, on_success=answer, on_error=lambda _e: None)
