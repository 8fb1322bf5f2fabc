"""Commission for a period, for HR and admin: each rep's won amount against quota through the
team's incentive plan, with the tier arithmetic shown for the selected rep."""
from __future__ import annotations

import datetime as dt
import html
from decimal import Decimal, InvalidOperation

from PySide6.QtWidgets import (QComboBox, QDialog, QDoubleSpinBox, QFileDialog, QFormLayout,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget,
                               QPushButton, QTableView, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.i18n import tr
from desktop.tasks import DialogLoad, LatestLoad, failure_message
from models import formatting
from models.db.errors import RepdeskError, ValidationError
from models.i18n import ngettext
from models.domain.commission import BonusKind, TierMode, parse_period
from models.services.incentives import (CommissionRow, PlanDraft, commission_run, list_plans,
                                        save_plan)
from models.services.quality_analysis import team_options
from widgets.record_table import RecordTableModel

# Column headings: translated in the table; the export keeps them in English (read by programs)
HEADERS = [
    QT_TRANSLATE_NOOP("QCoreApplication", "Rep"),
    QT_TRANSLATE_NOOP("QCoreApplication", "Team"),
    QT_TRANSLATE_NOOP("QCoreApplication", "Plan"),
    QT_TRANSLATE_NOOP("QCoreApplication", "Tiers apply to"),
    QT_TRANSLATE_NOOP("QCoreApplication", "Cur."),
    QT_TRANSLATE_NOOP("QCoreApplication", "Deals"),
    QT_TRANSLATE_NOOP("QCoreApplication", "Won"),
    QT_TRANSLATE_NOOP("QCoreApplication", "Quota"),
    QT_TRANSLATE_NOOP("QCoreApplication", "Attainment"),
    QT_TRANSLATE_NOOP("QCoreApplication", "Commission"),
    QT_TRANSLATE_NOOP("QCoreApplication", "Bonuses"),
    QT_TRANSLATE_NOOP("QCoreApplication", "Total"),
    QT_TRANSLATE_NOOP("QCoreApplication", "Quality")]


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
            tr("part inside each tier") if r.tier_mode == "marginal" else tr("all of the amount"),
            # amounts as numbers: the currency has its own column
            r.currency, r.deals, formatting.number(res.won, 2),
            "" if res.target is None else formatting.number(res.target, 2),
            "" if res.attainment is None else formatting.percent(res.attainment, 1),
            formatting.number(res.commission, 2), formatting.number(res.bonus_total, 2),
            formatting.number(res.total, 2),
            "" if r.quality is None else formatting.percent(r.quality, 1))


class CommissionTab(QWidget):
    def __init__(self, ctx, parent=None, *, today: dt.date | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.period = QComboBox()
        self.period.addItems(quarters(today or dt.date.today()))
        self.period.setCurrentIndex(1)   # the last complete quarter
        self.period.currentIndexChanged.connect(lambda _i: self.reload())
        export = QPushButton(tr("Export (.csv / .xlsx)…"))
        export.clicked.connect(lambda: self.export())
        plans = QPushButton(tr("Incentive plans…"))
        plans.clicked.connect(lambda: self.edit_plans())
        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("Period")))
        bar.addWidget(self.period)
        self.summary = QLabel()
        self.summary.setWordWrap(True)   # on one line it made the window 1,204 pixels wide
        bar.addWidget(self.summary, 1)
        bar.addWidget(plans)
        bar.addWidget(export)
        self.model = RecordTableModel([tr(h) for h in HEADERS])
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.show_arithmetic())
        self.arithmetic = QLabel(tr("Select a rep to see the arithmetic."))
        self.arithmetic.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.arithmetic)
        self.rows: list[CommissionRow] = []
        # The run is read in the background (a page's GUI thread never waits on the database);
        # the last figures stay shown meanwhile.
        self._load = LatestLoad(ctx.tasks)
        self.reload()

    @property
    def loading(self) -> bool:
        return self._load.busy

    def reload(self) -> None:
        start, end = parse_period(self.period.currentText())
        db, user = self.ctx.db, self.ctx.user
        self._load.load(lambda: commission_run(db, user, start, end),
                        lambda rows: self._show(rows, start, end), self._load_failed)

    def _load_failed(self, error: BaseException) -> None:
        """Said in the summary (the user may not see pay, the server stopped); a read that
        failed shows no rows."""
        message = failure_message(error)
        self.rows = []
        self.summary.setText(message)
        self._fill()

    def _show(self, rows: list[CommissionRow], start, end) -> None:
        self.rows = rows
        total = sum(r.result.total for r in self.rows)
        self.summary.setText(" " + ngettext(
            "{count} rep · {start} to {end} · total {total} (mixed currencies are summed "
            "as shown)",
            "{count} reps · {start} to {end} · total {total} (mixed currencies are summed "
            "as shown)", len(self.rows)).format(
            count=f"<b>{formatting.number(len(self.rows))}</b>", start=start, end=end,
            total=formatting.number(total, 2)))
        self._fill()

    def _fill(self) -> None:
        self.model.set_rows([row_cells(r) for r in self.rows])
        for column, width in enumerate([210, 170, 0, 140, 45, 55, 100, 100, 85, 95, 80, 100, 70]):
            if width:
                self.table.setColumnWidth(column, width)

    def edit_plans(self, *, run: bool = True) -> PlanDialog:
        dialog = PlanDialog(self.ctx, self)
        if run:
            dialog.exec()
            self.reload()
        return dialog

    def show_arithmetic(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if rows:
            r = self.rows[rows[0]]
            self.arithmetic.setText(tr("<b>{rep}</b>: {arithmetic} → <b>{total}</b>").format(
                rep=html.escape(r.rep_name), arithmetic=r.result.arithmetic(),
                total=formatting.money(r.result.total, r.currency)))

    def export(self, path: str | None = None) -> int:
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self, tr("Export commission"), f"commission-{self.period.currentText()}.xlsx",
                tr("Excel workbook (*.xlsx);;CSV (*.csv)"))
            if not path:
                return 0
        from models.imports.tabular import write_table
        write_table(path, HEADERS + ["Arithmetic"],
                    [list(row_cells(r)) + [r.result.arithmetic()] for r in self.rows])
        self.summary.setText(ngettext("{count} rep written to {path}", "{count} reps written to {path}",
                                      len(self.rows)).format(count=len(self.rows), path=path))
        return len(self.rows)


class PlanDialog(QDialog):
    """Incentive plans: base rate, tiers by quota attainment (and whether a tier's rate applies
    to the part of the won amount inside the tier or to all of it), bonuses."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(tr("Incentive plans"))
        self.resize(1000, 620)
        self.plans = QListWidget()
        self.plans.currentRowChanged.connect(self.show_plan)
        new = QPushButton(tr("New plan"))
        new.clicked.connect(self.new_plan)
        left = QVBoxLayout()
        left.addWidget(self.plans, 1)
        left.addWidget(new)
        self.name = QLineEdit()
        self.team = QComboBox()
        self.team.addItem(tr("company default (teams without their own plan)"), None)
        self.base_rate = QDoubleSpinBox()
        self.base_rate.setRange(0, 100)
        self.base_rate.setDecimals(2)
        self.base_rate.setSuffix(tr(" % of won amount (no tiers or no quota)"))
        self.mode = QComboBox()
        self.mode.addItem(tr("the part of the won amount inside each tier"), TierMode.MARGINAL)
        self.mode.addItem(tr("all of the won amount, at the rate of the tier reached"),
                          TierMode.WHOLE)
        self.tiers = QTableWidget(0, 2)
        self.tiers.setHorizontalHeaderLabels([tr("From % of quota"), tr("Rate %")])
        self.tiers.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.bonuses = QTableWidget(0, 4)
        self.bonuses.setHorizontalHeaderLabels([tr("Bonus"), tr("When"), tr("Threshold"),
                                                 tr("Amount")])
        self.bonuses.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.bonuses.setColumnWidth(1, 210)
        row_buttons = QHBoxLayout()
        for caption, slot in ((tr("Add tier"), lambda: self._add_row(self.tiers, ["", ""])),
                              (tr("Add bonus"), lambda: self._add_bonus("", BonusKind.ATTAINMENT_AT_LEAST, "", "")),
                              (tr("Remove selected row"), self._remove_row)):
            button = QPushButton(caption)
            button.clicked.connect(slot)
            row_buttons.addWidget(button)
        row_buttons.addStretch(1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        save = QPushButton(tr("Save plan"))
        save.clicked.connect(self.save)
        form = QFormLayout()
        form.addRow(tr("Name"), self.name)
        form.addRow(tr("For"), self.team)
        form.addRow(tr("Base rate"), self.base_rate)
        form.addRow(tr("A tier's rate applies to"), self.mode)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(QLabel(tr("Tiers (thresholds in % of quota; 50 means half the quota)")))
        right.addWidget(self.tiers, 1)
        right.addWidget(QLabel(tr("Bonuses: attainment and quality in %, deals as a count")))
        right.addWidget(self.bonuses, 1)
        right.addLayout(row_buttons)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(save)
        right.addLayout(bottom)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 3)
        self.drafts: list[PlanDraft] = []
        self.current: PlanDraft | None = None
        # The teams and plans are read in the background through the window's runner (six
        # statements: a server across a network would freeze the window that long); the form
        # waits, disabled, until they are in. After a save they are read again at once.
        db = ctx.db
        self.setEnabled(False)
        self._first_load = DialogLoad(getattr(ctx, "tasks", None))
        self._first_load.load(lambda: (team_options(db), list_plans(db)), self._first_shown,
                              self._failed)

    @property
    def loading(self) -> bool:
        return self._first_load.busy

    def _first_shown(self, read) -> None:
        teams, drafts = read
        for t in teams:
            self.team.addItem(t.name, t.id)
        self.setEnabled(True)
        self._show_plans(drafts)

    def _failed(self, error) -> None:
        message = failure_message(error)
        self.setEnabled(True)
        self.message.setText(message)

    def reload(self, select_id: int | None = None) -> None:
        self._show_plans(list_plans(self.ctx.db), select_id)

    def _show_plans(self, drafts: list[PlanDraft], select_id: int | None = None) -> None:
        self.drafts = drafts
        self.plans.blockSignals(True)
        self.plans.clear()
        for d in self.drafts:
            self.plans.addItem(d.name)
        self.plans.blockSignals(False)
        index = next((i for i, d in enumerate(self.drafts) if d.id == select_id), 0)
        if self.drafts:
            self.plans.setCurrentRow(index)
            self.show_plan(index)
        else:
            self.new_plan()

    def new_plan(self) -> None:
        self.plans.clearSelection()
        self.fill(PlanDraft("", Decimal("0.05"), TierMode.MARGINAL,
                            [(Decimal(0), Decimal("0.02")), (Decimal("0.5"), Decimal("0.03")),
                             (Decimal(1), Decimal("0.04")), (Decimal("1.25"), Decimal("0.05"))], []))

    def show_plan(self, index: int) -> None:
        if 0 <= index < len(self.drafts):
            self.fill(self.drafts[index])

    def fill(self, draft: PlanDraft) -> None:
        self.current = draft
        self.name.setText(draft.name)
        self.team.setCurrentIndex(max(0, self.team.findData(draft.team_id)))
        self.base_rate.setValue(float(draft.base_rate) * 100)
        self.mode.setCurrentIndex(0 if TierMode(draft.tier_mode) == TierMode.MARGINAL else 1)
        self.tiers.setRowCount(0)
        for start, rate in draft.tiers or []:
            self._add_row(self.tiers, [_pct(start), _pct(rate)])
        self.bonuses.setRowCount(0)
        for name, kind, threshold, amount in draft.bonuses or []:
            shown = f"{threshold:f}" if kind == BonusKind.DEALS_AT_LEAST else _pct(threshold)
            self._add_bonus(name, kind, shown, f"{Decimal(amount):f}")
        self.message.clear()

    def _add_row(self, table: QTableWidget, values: list[str]) -> None:
        row = table.rowCount()
        table.insertRow(row)
        for column, value in enumerate(values):
            table.setItem(row, column, QTableWidgetItem(value))

    def _add_bonus(self, name: str, kind: BonusKind, threshold: str, amount: str) -> None:
        self._add_row(self.bonuses, [name, "", threshold, amount])
        combo = QComboBox()
        for k, text in BONUS_LABELS.items():
            combo.addItem(tr(text), k)
        combo.setCurrentIndex(max(0, combo.findData(BonusKind(kind))))
        self.bonuses.setCellWidget(self.bonuses.rowCount() - 1, 1, combo)

    def _remove_row(self) -> None:
        for table in (self.tiers, self.bonuses):
            if table.hasFocus() or table.currentRow() >= 0 and table.selectedItems():
                table.removeRow(table.currentRow())
                return

    def draft(self) -> PlanDraft:
        def number(table, row, column, what) -> Decimal:
            item = table.item(row, column)
            try:
                return Decimal((item.text() if item else "").strip().replace(",", "."))
            except InvalidOperation:
                raise ValidationError({what: tr("row {row}: '{text}' is not a number").format(
                    row=row + 1, text=item.text() if item else "")})
        tiers = [(number(self.tiers, r, 0, "tiers") / 100, number(self.tiers, r, 1, "tiers") / 100)
                 for r in range(self.tiers.rowCount())]
        bonuses = []
        for r in range(self.bonuses.rowCount()):
            kind = self.bonuses.cellWidget(r, 1).currentData()
            threshold = number(self.bonuses, r, 2, "bonuses")
            if kind != BonusKind.DEALS_AT_LEAST:
                threshold /= 100
            name = self.bonuses.item(r, 0).text() if self.bonuses.item(r, 0) else ""
            bonuses.append((name, kind, threshold, number(self.bonuses, r, 3, "bonuses")))
        base = self.current or PlanDraft("", Decimal(0))
        return PlanDraft(self.name.text(), Decimal(str(self.base_rate.value())) / 100,
                         self.mode.currentData(), tiers, bonuses, self.team.currentData(),
                         base.valid_from, base.valid_to, base.id)

    def save(self) -> int | None:
        try:
            plan_id = save_plan(self.ctx.db, self.ctx.user, self.draft())
        except RepdeskError as error:
            self.message.setText(f"<span style='color:#b03030'>{error}</span>")
            return None
        self.reload(plan_id)
        self.message.setText(tr("Saved."))
        self.ctx.changed.emit("incentives")
        return plan_id


BONUS_LABELS = {  # translated where shown
    BonusKind.ATTAINMENT_AT_LEAST: QT_TRANSLATE_NOOP("QCoreApplication", "attainment at least (%)"),
    BonusKind.DEALS_AT_LEAST: QT_TRANSLATE_NOOP("QCoreApplication", "won deals at least"),
    BonusKind.QUALITY_AT_LEAST: QT_TRANSLATE_NOOP("QCoreApplication",
                                                  "quality score at least (%)")}


def _pct(value) -> str:
    return f"{(Decimal(value) * 100).normalize():f}"
