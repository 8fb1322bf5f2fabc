"""Commission for a period, for HR and admin: each rep's won amount against quota through the
team's incentive plan, with the tier arithmetic shown for the selected rep."""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QTableView, QVBoxLayout, QWidget)

from models.db.errors import RepdeskError
from models.domain.commission import parse_period
from models.services.incentives import CommissionRow, commission_run
from widgets.record_table import RecordTableModel

HEADERS = ["Rep", "Team", "Plan", "Tiers apply to", "Cur.", "Deals", "Won", "Quota",
           "Attainment", "Commission", "Bonuses", "Total", "Quality"]


def quarters(today: dt.date, count: int = 6) -> list[str]:
    year, quarter = today.year, (today.month - 1) // 3 + 1
    result = []
    for _ in range(count):
        result.append(f"{year}-Q{quarter}")
        quarter -= 1
        if quarter == 0:
            year, quarter = year - 1, 4
    return result


def row_cells(r: CommissionRow) -> tuple:
    res = r.result
    return (r.rep_name, r.team, r.plan,
            "part inside each tier" if r.tier_mode == "marginal" else "all of the amount",
            r.currency, r.deals, f"{res.won:,.2f}",
            "" if res.target is None else f"{res.target:,.2f}",
            "" if res.attainment is None else f"{res.attainment * 100:.1f}%",
            f"{res.commission:,.2f}", f"{res.bonus_total:,.2f}", f"{res.total:,.2f}",
            "" if r.quality is None else f"{r.quality * 100:.1f}%")


class CommissionTab(QWidget):
    def __init__(self, ctx, parent=None, *, today: dt.date | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.period = QComboBox()
        self.period.addItems(quarters(today or dt.date.today()))
        self.period.setCurrentIndex(1)   # the last complete quarter
        self.period.currentIndexChanged.connect(lambda _i: self.reload())
        export = QPushButton("Export (.csv / .xlsx)…")
        export.clicked.connect(lambda: self.export())
        bar = QHBoxLayout()
        bar.addWidget(QLabel("Period"))
        bar.addWidget(self.period)
        self.summary = QLabel()
        bar.addWidget(self.summary, 1)
        bar.addWidget(export)
        self.model = RecordTableModel(HEADERS)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.show_arithmetic())
        self.arithmetic = QLabel("Select a rep to see the arithmetic.")
        self.arithmetic.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.arithmetic)
        self.rows: list[CommissionRow] = []
        self.reload()

    def reload(self) -> None:
        start, end = parse_period(self.period.currentText())
        try:
            self.rows = commission_run(self.ctx.db, self.ctx.user, start, end)
        except RepdeskError as error:
            self.rows = []
            self.summary.setText(str(error))
        else:
            total = sum(r.result.total for r in self.rows)
            self.summary.setText(f" <b>{len(self.rows)}</b> reps · {start} to {end} · "
                                 f"total {total:,.2f} (mixed currencies are summed as shown)")
        self.model.set_rows([row_cells(r) for r in self.rows])
        for column, width in enumerate([210, 170, 0, 140, 45, 55, 100, 100, 85, 95, 80, 100, 70]):
            if width:
                self.table.setColumnWidth(column, width)

    def show_arithmetic(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if rows:
            r = self.rows[rows[0]]
            self.arithmetic.setText(f"<b>{r.rep_name}</b>: {r.result.arithmetic()} → "
                                    f"<b>{r.result.total:,.2f} {r.currency}</b>")

    def export(self, path: str | None = None) -> int:
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self, "Export commission", f"commission-{self.period.currentText()}.xlsx",
                "Excel workbook (*.xlsx);;CSV (*.csv)")
            if not path:
                return 0
        from models.imports.tabular import write_table
        write_table(path, HEADERS + ["Arithmetic"],
                    [list(row_cells(r)) + [r.result.arithmetic()] for r in self.rows])
        self.summary.setText(f"{len(self.rows)} reps written to {path}")
        return len(self.rows)
