"""Step 4: the dry run. The whole import runs in its transaction and is rolled back; its counts,
bad rows and the mapping it used are shown, and the real import does exactly that."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QHBoxLayout, QHeaderView, QLabel, QProgressBar,
                               QTableView,
                               QVBoxLayout, QWidget, QWizard, QWizardPage)

from desktop.i18n import tr
from desktop.imports.file_step import field_label
from models import formatting as fmt
from models.i18n import ngettext
from models.imports.run import run_import
from widgets.record_table import RecordTableModel


class CountsView(QWidget):
    """Created · updated · unchanged · bad as big figures, the importer's sentence below."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.row = QHBoxLayout()
        self.sentence = QLabel()
        self.sentence.setWordWrap(True)
        self.sentence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.row)
        layout.addWidget(self.sentence)
        self.figures: dict[str, QLabel] = {}

    def show_outcome(self, outcome) -> None:
        while self.row.count():
            item = self.row.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.figures = {}
        for what, number in outcome.counts():
            figure = QLabel(f"<span style='font-size:20px; font-weight:600'>"
                            f"{fmt.number(number)}</span><br>{what}")
            figure.setAlignment(Qt.AlignmentFlag.AlignCenter)
            if what == "bad rows" and number:
                figure.setStyleSheet("color: #b3261e;")
            self.row.addWidget(figure, 1)
            self.figures[what] = figure
        self.sentence.setText(outcome.summary[:1].upper() + outcome.summary[1:] + ".")


def bad_rows_table() -> tuple[QTableView, RecordTableModel]:
    model = RecordTableModel([tr("Row"), tr("Why it cannot be imported")])
    table = QTableView()
    table.setModel(model)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    table.verticalHeader().setDefaultSectionSize(22)
    return table, model


class SummaryPage(QWizardPage):
    def __init__(self, wizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(tr("Check before importing"))
        self.setSubTitle(tr("A dry run: the whole import was done and undone. Nothing is "
                            "written until you press Import."))
        # Past this page the import runs: no going Back into a running import.
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, tr("Import"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.counts = CountsView()
        self.table, self.model = bad_rows_table()
        self.columns = QLabel()
        self.columns.setWordWrap(True)
        self.columns.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.skip_bad = QCheckBox()
        self.skip_bad.toggled.connect(lambda _on: self.completeChanged.emit())
        self.bar = QProgressBar()
        self.task = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        layout.addWidget(self.counts)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.columns)
        layout.addWidget(self.skip_bad)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        state = self.wiz.state
        state.dry_run = None
        self.model.set_rows([])
        self.counts.setVisible(False)
        self.table.setVisible(False)
        self.columns.setText("")
        self.skip_bad.setVisible(False)
        self.skip_bad.setChecked(False)
        self.status.setText(tr("Doing a dry run of the import…"))
        self.bar.setRange(0, 0)
        self.bar.setVisible(True)
        self.completeChanged.emit()
        self.task = self.wiz.background(
            "dry-run", run_import, self.wiz.ctx.db, state.kind, state.path,
            mapping=dict(state.mapping), options=self.import_options(), skip_bad=True,
            dry_run=True, done=self._shown, failed=self._failed)
        self.task.signals.progress.connect(self._progress)

    def _progress(self, done: int, total: int, message: str) -> None:
        self.bar.setRange(0, max(total, 0))
        self.bar.setValue(min(done, total) if total else 0)
        if message:
            self.status.setText(tr("Doing a dry run of the import: {step}").format(step=message))

    def import_options(self) -> dict:
        state = self.wiz.state
        return {**state.options, **(state.deal_options if state.kind == "deals" else {})}

    def cleanupPage(self) -> None:  # noqa: N802 - going Back
        self.wiz.forget("dry-run")
        if self.task is not None:
            self.task.cancel()   # its transaction (and the import lock) ends at once
            self.task = None

    def _failed(self, error: BaseException) -> None:
        from desktop.imports.wizard import sentence
        self.task = None
        self.bar.setVisible(False)
        self.status.setText(sentence(error))
        self.wiz.tell(error)

    def _shown(self, outcome) -> None:
        self.task = None
        self.bar.setVisible(False)
        self.wiz.state.dry_run = outcome
        bad = len(outcome.bad)
        self.status.setText(
            tr("The import would do this:") if not bad else
            ngettext("The import would do this; {n} row cannot be imported (listed below).",
                     "The import would do this; {n} rows cannot be imported (listed below).",
                     bad).format(n=fmt.number(bad)))
        self.counts.show_outcome(outcome)
        self.counts.setVisible(True)
        self.model.set_rows([(e.row_number, e.reason) for e in outcome.bad])
        self.table.setVisible(bool(bad))
        self.columns.setText(tr("<b>Columns used:</b> {columns}").format(columns="; ".join(
            f"{header} → {field_label(name)}" for name, header in outcome.columns.items())))
        self.skip_bad.setText(ngettext("Import the good rows and leave out the {n} bad one",
                                       "Import the good rows and leave out the {n} bad ones",
                                       bad).format(n=fmt.number(bad)))
        self.skip_bad.setVisible(bool(bad))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        outcome = self.wiz.state.dry_run
        return outcome is not None and (not outcome.bad or self.skip_bad.isChecked())

    def validatePage(self) -> bool:  # noqa: N802
        self.wiz.state.skip_bad = bool(self.wiz.state.dry_run.bad) and self.skip_bad.isChecked()
        return True
