"""Steps 5 and 6: the import in the background with its progress and Cancel (which rolls it
back: nothing is written), then what it did; the pages showing that data reload."""
from __future__ import annotations

from PySide6.QtWidgets import (QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout,
                               QWizardPage)

from desktop.i18n import tr
from desktop.imports.summary_step import CountsView, bad_rows_table
from models import formatting as fmt
from models.domain.progress import Cancelled
from models.imports.run import CHANGED_AREAS, run_import


class ImportPage(QWizardPage):
    def __init__(self, wizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(tr("Importing"))
        self.setSubTitle(tr("Cancel stops the import and writes nothing."))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.bar = QProgressBar()
        self.cancel_button = QPushButton(tr("Cancel the import"))
        self.cancel_button.clicked.connect(self.cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.bar)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.task = None
        self.cancelling = False

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        state = self.wiz.state
        state.outcome = None
        self.cancelling = False
        self.bar.setRange(0, 0)
        self.message.setText(tr("Importing {file}…").format(file=state.path.name))
        self.cancel_button.setEnabled(True)
        self.cancel_button.setVisible(True)
        self.task = self.wiz.background(
            "import", run_import, self.wiz.ctx.db, state.kind, state.path,
            mapping=dict(state.mapping), options=self.wiz.summary_page.import_options(),
            skip_bad=state.skip_bad, done=self._done, failed=self._failed)
        self.task.signals.progress.connect(self._progress)
        self.wiz.running = self.task
        self.completeChanged.emit()

    def _progress(self, done: int, total: int, message: str) -> None:
        if self.cancelling:
            return
        self.bar.setRange(0, max(total, 0))
        self.bar.setValue(min(done, total) if total else 0)
        if message:
            self.message.setText(message)

    def cancel(self) -> None:
        if self.task is None or self.wiz.running is None:
            return
        self.cancelling = True
        self.task.cancel()
        self.cancel_button.setEnabled(False)
        self.message.setText(tr("Cancelling: undoing what the import had started…"))

    def _ended(self) -> None:
        self.wiz.running = None
        self.cancel_button.setVisible(False)
        self.bar.setRange(0, 1)

    def _done(self, outcome) -> None:
        self._ended()
        self.wiz.state.outcome = outcome
        for area in CHANGED_AREAS[self.wiz.state.kind]:
            self.wiz.ctx.changed.emit(area)
        self.bar.setValue(1)
        self.completeChanged.emit()
        self.wiz.next()

    def _failed(self, error: BaseException) -> None:
        from desktop.imports.wizard import sentence
        self._ended()
        self.bar.setValue(0)
        if isinstance(error, Cancelled):
            self.message.setText(tr("Cancelled: nothing was written."))
        else:
            self.message.setText(tr("{problem} Nothing was written.").format(
                problem=sentence(error)))
            self.wiz.tell(error)

    def isComplete(self) -> bool:  # noqa: N802
        return self.wiz.state.outcome is not None

    def cleanupPage(self) -> None:  # noqa: N802 - Back after a cancelled or failed import
        self.wiz.forget("import")


class ResultPage(QWizardPage):
    def __init__(self, wizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(tr("Imported"))
        self.setSubTitle(tr("The pages that show this data have been refreshed."))
        self.setFinalPage(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.counts = CountsView()
        self.table, self.model = bad_rows_table()
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.counts)
        layout.addWidget(self.table, 1)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        state = self.wiz.state
        outcome = state.outcome
        bad = len(outcome.bad)
        parts = [tr("{file} is imported.").format(file=state.path.name)]
        if outcome.unchanged:
            parts.append(tr("{n} unchanged: already as in the file.").format(
                n=fmt.number(outcome.unchanged)))
        if outcome.batch_id is not None:
            parts.append(tr("It is import {number}: File ▸ Import history… can undo it.").format(
                number=outcome.batch_id))
        if bad:
            parts.append(tr("{n} bad row(s) were left out:").format(n=fmt.number(bad)))
        self.status.setText(" ".join(parts))
        self.counts.show_outcome(outcome)
        self.model.set_rows([(e.row_number, e.reason) for e in outcome.bad])
        self.table.setVisible(bool(bad))
