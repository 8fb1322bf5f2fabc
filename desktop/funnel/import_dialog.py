"""Importing deals from the funnel page: runs in the background with a progress dialog; asks for a
stage mapping when the file has stage names the pipeline does not know, and lists bad rows."""
from __future__ import annotations

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QMessageBox, QPlainTextEdit, QVBoxLayout)

from models.db.errors import RepdeskError
from models.imports.deals import UnknownStages, import_deals
from models.imports.tabular import ImportRejected


class StageMapDialog(QDialog):
    """One row per unknown CRM stage name, each with a choice of the pipeline's stages."""

    def __init__(self, names: list[str], stages: list[str], parent=None):
        super().__init__(parent)
        self.setWindowTitle("Map the file's stages")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("The file uses stage names this pipeline does not have. "
                                "Choose where each goes:"))
        form = QFormLayout()
        self.combos: dict[str, QComboBox] = {}
        for name in names:
            combo = QComboBox()
            combo.addItems(stages)
            self.combos[name] = combo
            form.addRow(name, combo)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def mapping(self) -> dict[str, str]:
        return {name: combo.currentText() for name, combo in self.combos.items()}


class BadRowsDialog(QDialog):
    def __init__(self, error: ImportRejected, parent=None):
        super().__init__(parent)
        self.setWindowTitle("Bad rows: nothing was imported")
        self.resize(640, 400)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"{len(error.errors)} row(s) cannot be imported. Fix them in the "
                                "file and import again, or import only the good rows."))
        text = QPlainTextEdit("\n".join(str(e) for e in error.errors))
        text.setReadOnly(True)
        layout.addWidget(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.skip = buttons.addButton("Import the good rows", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def run_import(parent, ctx, path: str, *, stage_map: dict[str, str] | None = None,
               skip_bad: bool = False):
    def work(progress):
        return import_deals(ctx.db, path, stage_map=stage_map, skip_bad=skip_bad,
                            progress=progress)

    def succeeded(report) -> None:
        QMessageBox.information(parent, "Import deals", f"{path}:\n{report.summary()}")
        ctx.changed.emit("deals-import")   # the funnel page reloads
        ctx.changed.emit("deals")          # other pages that show deal numbers

    def failed(error) -> None:
        if isinstance(error, UnknownStages):
            dialog = StageMapDialog(error.names, error.stages, parent)
            if dialog.exec() == QDialog.DialogCode.Accepted:
                run_import(parent, ctx, path, stage_map={**(stage_map or {}), **dialog.mapping()},
                           skip_bad=skip_bad)
        elif isinstance(error, ImportRejected):
            dialog = BadRowsDialog(error, parent)
            if dialog.exec() == QDialog.DialogCode.Accepted:
                run_import(parent, ctx, path, stage_map=stage_map, skip_bad=True)
        elif isinstance(error, RepdeskError):
            QMessageBox.warning(parent, "Import deals", str(error))
        else:
            QMessageBox.critical(parent, "Import deals", f"The import failed: {error}")

    return ctx.tasks.run(work, on_success=succeeded, on_error=failed,
                         progress_title="Importing deals…", parent=parent)
