"""Export reps from the roster page to CSV or XLSX, in the background with a progress dialog.
(Importing goes through the import wizard, desktop/imports.)"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.i18n import tr
from models import formatting
from models.i18n import ngettext
from models.imports.reps import export_reps


def run_export_dialog(page) -> None:
    name, chosen = QFileDialog.getSaveFileName(page, tr("Export reps"), "reps.xlsx",
                                               tr("Excel workbook (*.xlsx);;CSV (*.csv)"))
    if not name:
        return
    path = Path(name)
    if path.suffix.lower() not in (".csv", ".xlsx"):
        path = path.with_suffix(".csv" if "csv" in chosen.lower() else ".xlsx")
    team_id = page.team_filter.currentData()
    page.ctx.tasks.run(export_reps, page.ctx.db, path, team_id=team_id,
                       on_success=lambda n: QMessageBox.information(
                           page, tr("Reps exported"),
                           ngettext("{n} rep written to {path}", "{n} reps written to {path}",
                                    n).format(n=formatting.number(n), path=path)),
                       on_error=lambda e: QMessageBox.warning(page, tr("Export failed"), str(e)),
                       progress_title=tr("Exporting reps…"), parent=page)
