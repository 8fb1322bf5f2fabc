"""Roster: everyone on the teams in scope (a first, read-only list)."""
from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from models.domain.enums import label
from models.services.reps import list_reps
from widgets.record_table import RecordTableModel

HEADERS = ["Name", "Role", "Team", "Manager", "Work mode", "Employment", "Status", "Email",
           "Hired"]


class RosterPage(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.summary = QLabel()
        self.model = RecordTableModel(HEADERS)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setAlternatingRowColors(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        ctx.changed.connect(lambda _area: self.reload())
        self.reload()

    def reload(self) -> None:
        reps = list_reps(self.ctx.db)
        self.model.set_rows([
            (r.full_name, label(r.role), r.team, r.manager, label(r.work_mode),
             r.agency if r.employment == "agency" and r.agency else label(r.employment),
             label(r.status), r.email, r.hire_date) for r in reps])
        self.summary.setText(f"<b>{len(reps)}</b> reps")
        for column, width in enumerate([220, 140, 190, 190, 90, 190, 120, 260, 90]):
            self.table.setColumnWidth(column, width)


def create_page(ctx):
    return RosterPage(ctx)
