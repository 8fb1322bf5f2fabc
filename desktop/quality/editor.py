"""The scorecard editor tab: templates on the left, the current version's sections and questions."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QDoubleSpinBox, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QListWidget, QListWidgetItem, QMessageBox, QPushButton,
                               QSplitter, QVBoxLayout, QWidget)

from desktop.i18n import tr
from desktop.tasks import LatestLoad, failure_message
from models import formatting
from models.i18n import ngettext
from models.db.errors import RepdeskError
from models.domain.scoring import CriticalMode
from models.services import quality as q
from widgets.scorecard_editor import ScorecardEditor


def draft_to_sections(draft: q.TemplateDraft) -> list[dict]:
    return [{"id": s.id, "name": s.name, "weight": s.weight, "questions": [
        {"id": x.id, "text": x.text, "kind": x.kind, "weight": x.weight,
         "max_points": x.max_points, "choices": x.choices, "critical": x.critical,
         "allow_na": x.allow_na} for x in s.questions]} for s in draft.sections]


def sections_to_drafts(sections: list[dict]) -> list[q.SectionDraft]:
    return [q.SectionDraft(s["name"], s["weight"], [
        q.QuestionDraft(x["text"], x["kind"], x["weight"], x["max_points"], x["choices"],
                        x["critical"], x["allow_na"], x["id"]) for x in s["questions"]], s["id"])
            for s in sections]


class ScorecardEditorTab(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.draft: q.TemplateDraft | None = None
        # The scorecards and the one shown are read in the background (a page's GUI thread never
        # waits on the database); what was shown stays meanwhile.
        self._load = LatestLoad(ctx.tasks)
        self._status_after = ""      # said once the scorecard saved is shown again
        self.templates = QListWidget()
        self.templates.setSpacing(3)
        self.templates.currentItemChanged.connect(lambda item, _prev: self.open_template(item))
        new = QPushButton(tr("New scorecard"))
        new.clicked.connect(self.new_template)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel("<b>{}</b>".format(tr("Scorecards"))))
        left_layout.addWidget(self.templates, 1)
        left_layout.addWidget(new)

        self.name = QLineEdit()
        self.description = QLineEdit()
        self.critical_mode = QComboBox()
        self.critical_mode.addItem(tr("zeroes the evaluation"), CriticalMode.ZERO)
        self.critical_mode.addItem(tr("caps the evaluation at"), CriticalMode.CAP)
        self.cap = QDoubleSpinBox()
        self.cap.setRange(0, 100)
        self.cap.setSuffix(" %")
        self.cap.setDecimals(0)
        self.critical_mode.currentIndexChanged.connect(
            lambda: self.cap.setEnabled(self.critical_mode.currentData() == CriticalMode.CAP))
        critical_row = QHBoxLayout()
        critical_row.addWidget(self.critical_mode)
        critical_row.addWidget(self.cap)
        critical_row.addStretch(1)
        self.versions = QComboBox()
        self.versions.activated.connect(lambda _i: self.open_version(self.versions.currentData()))
        form = QFormLayout()
        form.addRow(tr("Version"), self.versions)
        form.addRow(tr("Name"), self.name)
        form.addRow(tr("Description"), self.description)
        form.addRow(tr("A failed critical question"), critical_row)
        self.version_label = QLabel()
        self.version_label.setWordWrap(True)
        self.editor = ScorecardEditor()
        self.save_button = QPushButton(tr("Save scorecard"))
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.save_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(form)
        right_layout.addWidget(self.version_label)
        right_layout.addWidget(self.editor, 1)
        right_layout.addLayout(bottom)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([230, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.reload()

    @property
    def loading(self) -> bool:
        return self._load.busy

    def reload(self, select_id: int | None = None) -> None:
        """Read the scorecards, and the versions and sections of the one shown (or chosen)."""
        current = select_id or (self.draft.template_id if self.draft else None)
        db = self.ctx.db

        def read():
            templates = q.list_templates(db)
            chosen = next((t.id for t in templates if t.id == current),
                          templates[0].id if templates else None)
            return templates, chosen, (_read_template(db, chosen) if chosen else None)
        self._load.load(read, self._templates_read, self._load_failed)

    def _templates_read(self, result) -> None:
        templates, chosen_id, opened = result
        self.templates.blockSignals(True)
        self.templates.clear()
        chosen = None
        for t in templates:
            item = QListWidgetItem(t.name + "\n" + ngettext(
                "v{version} · {count} evaluation in all", "v{version} · {count} evaluations in all",
                t.evaluations).format(version=t.current_version,
                                      count=formatting.number(t.evaluations)))
            item.setData(Qt.ItemDataRole.UserRole, t.id)
            self.templates.addItem(item)
            if t.id == chosen_id:
                chosen = item
        if chosen is not None:
            self.templates.setCurrentItem(chosen)
        self.templates.blockSignals(False)
        if opened is not None:
            self._template_read(opened)
        else:
            self.new_template()

    def _load_failed(self, error: BaseException) -> None:
        """Said under the editor (the connection was lost, the server stopped); what was shown
        stays."""
        message = failure_message(error)
        self._status_after = ""
        self.status.setText(message)

    def open_template(self, item) -> None:
        if item is None:
            return
        template_id = item.data(Qt.ItemDataRole.UserRole)
        db = self.ctx.db
        self._load.load(lambda: _read_template(db, template_id), self._template_read,
                        self._load_failed)

    def _template_read(self, result) -> None:
        versions, draft = result
        self.versions.clear()
        for i, v in enumerate(versions):
            when = f"{v.created_at:%Y-%m-%d}" if v.created_at else ""
            text = (ngettext("v{number} (current) · {when} · {count} evaluation",
                             "v{number} (current) · {when} · {count} evaluations", v.evaluations)
                    if i == 0 else
                    ngettext("v{number} · {when} · {count} evaluation",
                             "v{number} · {when} · {count} evaluations", v.evaluations))
            self.versions.addItem(text.format(number=v.number, when=when,
                                              count=formatting.number(v.evaluations)), v.id)
        self.show_draft(draft)

    def open_version(self, version_id: int | None) -> None:
        """An older version is shown read-only: it keeps scoring the evaluations made with it."""
        if version_id is None:
            return
        db, read_only = self.ctx.db, self.versions.currentIndex() > 0
        self._load.load(lambda: q.load_template(db, version_id=version_id),
                        lambda draft: self.show_draft(draft, read_only=read_only),
                        self._load_failed)

    def new_template(self) -> None:
        if self._load.busy:       # a scorecard still being read is not shown over the new one
            self._load.load(lambda: None, lambda _none: None)
        self.templates.clearSelection()
        self.versions.clear()
        self.show_draft(q.TemplateDraft("", sections=[q.SectionDraft(tr("Greeting"), Decimal(10), [
            q.QuestionDraft(tr("Greeted the customer promptly"))])]))
        self.name.setFocus()

    def show_draft(self, draft: q.TemplateDraft, *, read_only: bool = False) -> None:
        self.draft = draft
        self.read_only = read_only
        for widget in (self.name, self.description, self.critical_mode, self.editor,
                       self.save_button):
            widget.setEnabled(not read_only)
        self.cap.setEnabled(not read_only and draft.critical_mode == CriticalMode.CAP)
        self.name.setText(draft.name)
        self.description.setText(draft.description or "")
        self.critical_mode.setCurrentIndex(0 if draft.critical_mode == CriticalMode.ZERO else 1)
        self.cap.setValue(float(draft.critical_cap) * 100)
        self.cap.setEnabled(not read_only and draft.critical_mode == CriticalMode.CAP)
        self.editor.set_sections(draft_to_sections(draft))
        if read_only:
            self.version_label.setText(ngettext(
                "Version {number}, read-only: it keeps scoring the {count} evaluation made "
                "with it. Choose the current version to make a change.",
                "Version {number}, read-only: it keeps scoring the {count} evaluations made "
                "with it. Choose the current version to make a change.",
                draft.evaluations_on_version).format(
                number=draft.version_number,
                count=formatting.number(draft.evaluations_on_version)))
        elif draft.template_id is None:
            self.version_label.setText(tr("A new scorecard: saving creates version 1."))
        elif draft.evaluations_on_version:
            self.version_label.setText(ngettext(
                "Version {number} scored {count} evaluation: saving a change creates version "
                "{next}, and that evaluation keeps its scoring.",
                "Version {number} scored {count} evaluations: saving a change creates version "
                "{next}, and those evaluations keep their scoring.",
                draft.evaluations_on_version).format(
                number=draft.version_number,
                count=formatting.number(draft.evaluations_on_version),
                next=draft.version_number + 1))
        else:
            self.version_label.setText(tr("Version {number}, not used yet: changes are saved "
                                          "into it.").format(number=draft.version_number))
        self.status.setText(self._status_after)
        self._status_after = ""

    def current_draft(self) -> q.TemplateDraft:
        base = self.draft or q.TemplateDraft("")
        return q.TemplateDraft(
            self.name.text(), self.description.text() or None,
            self.critical_mode.currentData(), Decimal(str(self.cap.value())) / 100,
            sections_to_drafts(self.editor.sections()), base.template_id, base.version_id,
            base.version_number, base.evaluations_on_version)

    def save(self) -> None:
        try:
            saved = q.save_template(self.ctx.db, self.current_draft())
        except (RepdeskError, ValueError) as error:
            QMessageBox.warning(self, tr("Scorecard not saved"), str(error))
            return
        self._status_after = (
            tr("Saved as version {number} (a new version).")
            if saved.new_version and saved.version_number > 1
            else tr("Saved as version {number}.")).format(number=saved.version_number)
        self.status.setText(self._status_after)
        self.reload(saved.template_id)     # the message stays once it is shown again
        self.ctx.changed.emit("quality")


def _read_template(db, template_id: int):
    """A scorecard's versions (the current one first) and its current version, read off the GUI
    thread."""
    return q.list_versions(db, template_id), q.load_template(db, template_id)
