"""Import and export reps from the roster page: pick a file, check the column mapping, confirm new
teams, then run in the background with a progress dialog and Cancel."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog,
                               QFormLayout, QLabel, QMessageBox, QVBoxLayout)

from models.db.errors import RepdeskError
from models.imports.reps import FIELDS, export_reps, import_reps, missing_teams
from models.imports.tabular import ImportRejected, match_columns, read_table

FIELD_LABELS = {f.name: f.name.replace("_", " ").capitalize() for f in FIELDS}
IGNORE = ""


class MappingDialog(QDialog):
    """One row per column of the file: which rep field it fills (or ignored)."""

    def __init__(self, path: Path, headers: list[str], parent=None):
        super().__init__(parent)
        self.setWindowTitle(f"Import reps from {path.name}")
        self.headers = headers
        try:
            matched = match_columns(headers, [f.__class__(f.name, f.synonyms) for f in FIELDS])
        except RepdeskError:
            matched = {}
        by_index = {index: name for name, index in matched.items()}
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Check which field each column of the file fills:"))
        form = QFormLayout()
        self.combos: list[QComboBox] = []
        for index, header in enumerate(headers):
            combo = QComboBox()
            combo.addItem("— ignore —", IGNORE)
            for f in FIELDS:
                combo.addItem(FIELD_LABELS[f.name] + (" *" if f.required else ""), f.name)
            combo.setCurrentIndex(max(combo.findData(by_index.get(index, IGNORE)), 0))
            form.addRow(header or f"(column {index + 1})", combo)
            self.combos.append(combo)
        layout.addLayout(form)
        self.skip_bad = QCheckBox("Import the good rows even if some rows are bad")
        layout.addWidget(self.skip_bad)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Import")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def mapping(self) -> dict[str, str]:
        return {header: combo.currentData() for header, combo in zip(self.headers, self.combos)
                if combo.currentData()}

    def accept(self) -> None:
        fields = list(self.mapping().values())
        doubled = sorted({f for f in fields if fields.count(f) > 1})
        if "full_name" not in fields:
            self.problem.setText("Choose the column that holds the rep's name.")
        elif doubled:
            self.problem.setText("Each field can come from one column only: " +
                                 ", ".join(FIELD_LABELS[f] for f in doubled))
        else:
            super().accept()
            return
        self.problem.show()


def prepare_import(page, path: Path):
    """The mapping dialog for `path`, or None (after telling the user) if it cannot be read."""
    try:
        table = read_table(path)
    except RepdeskError as error:
        QMessageBox.warning(page, "Cannot import", str(error))
        return None
    return MappingDialog(path, table.headers, page)


def start_import(page, path: Path, mapping: dict[str, str], skip_bad: bool):
    """Ask about new teams, then import in the background. Returns the task (None if declined)."""
    ctx = page.ctx
    try:
        new = missing_teams(ctx.db, path, mapping)
    except RepdeskError as error:
        QMessageBox.warning(page, "Cannot import", str(error))
        return None
    create = True
    if new:
        answer = QMessageBox.question(
            page, "New teams", "The file names teams that do not exist yet:\n  " +
            "\n  ".join(new) + "\n\nCreate them? (No imports nothing if a row needs one.)")
        create = answer == QMessageBox.StandardButton.Yes
        if not create:
            return None

    def done(report) -> None:
        ctx.changed.emit("reps")
        QMessageBox.information(page, "Reps imported", f"{path.name}: {report.summary()}")

    def failed(error) -> None:
        title = "Nothing imported" if isinstance(error, ImportRejected) else "Import failed"
        QMessageBox.warning(page, title, str(error))

    return ctx.tasks.run(import_reps, ctx.db, path, mapping=mapping, skip_bad=skip_bad,
                         create_teams=create, on_success=done, on_error=failed,
                         progress_title=f"Importing reps from {path.name}…", parent=page)


def run_import_dialog(page) -> None:
    name, _ = QFileDialog.getOpenFileName(page, "Import reps", "",
                                          "Spreadsheets (*.csv *.xlsx *.txt);;All files (*)")
    if not name:
        return
    path = Path(name)
    dialog = prepare_import(page, path)
    if dialog is not None and dialog.exec():
        start_import(page, path, dialog.mapping(), dialog.skip_bad.isChecked())


def run_export_dialog(page) -> None:
    name, chosen = QFileDialog.getSaveFileName(page, "Export reps", "reps.xlsx",
                                               "Excel workbook (*.xlsx);;CSV (*.csv)")
    if not name:
        return
    path = Path(name)
    if path.suffix.lower() not in (".csv", ".xlsx"):
        path = path.with_suffix(".csv" if "csv" in chosen.lower() else ".xlsx")
    team_id = page.team_filter.currentData()
    page.ctx.tasks.run(export_reps, page.ctx.db, path, team_id=team_id,
                       on_success=lambda n: QMessageBox.information(
                           page, "Reps exported", f"{n} reps written to {path}"),
                       on_error=lambda e: QMessageBox.warning(page, "Export failed", str(e)),
                       progress_title="Exporting reps…", parent=page)
