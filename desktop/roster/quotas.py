"""The quota panel of the territories page: a territory's quota for a period, its split into
shorter periods (evenly or by seasonal weights), and its allocation to the reps covering it, with
the difference shown live while the shares are typed."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QMessageBox, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from desktop.i18n import tr
from models import formatting
from models.db.errors import RepdeskError
from models.domain.quotas import Measure, allocation_gap, split_amount, sub_periods, year_of

GOOD, BAD = "color: #1b7f3b;", "color: #b3261e;"


def parse_amount(text: str) -> Decimal | None:
    """An amount as typed, in the reader's number style ('25,000.50'; Greek '25.000,50'); an
    empty cell is 0, anything else not a number None."""
    try:
        value = formatting.parse_number(text)
    except ValueError:
        return None
    return Decimal(0) if value is None else value


class QuotaPanel(QWidget):
    def __init__(self, ctx, today: dt.date, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.today = today
        self.territory_id: int | None = None
        self.view = None

        from desktop.conflicts import resolve_conflict
        self.ask = resolve_conflict  # answers a conflict (RELOAD, REAPPLY, CANCEL); tests inject
        self.title = QLabel(tr("Select a territory to see and set its quota."))
        self.save_state = QLabel()  # "Saving…", "Reconnecting to the database…"
        self.save_state.setStyleSheet("color: #8a5a00;")
        self.save_state.hide()
        self.period = QComboBox()
        for year in (today.year, today.year + 1):
            whole = year_of(dt.date(year, 1, 1))
            self.period.addItem(tr("Year {year}").format(year=year), whole)
            for q in sub_periods(whole, "quarter"):
                self.period.addItem(q.label(), q)
        self.period.setCurrentIndex(1 + (today.month - 1) // 3)
        self.measure = QComboBox()
        self.measure.addItem(tr("Money (won amount)"), Measure.AMOUNT)
        self.measure.addItem(tr("Won deals (count)"), Measure.COUNT)
        self.target = QLineEdit()
        self.target.setPlaceholderText(tr("amount"))
        self.currency = QLineEdit()
        self.currency.setMaxLength(3)
        self.currency.setFixedWidth(50)
        self.save_target = QPushButton(tr("Save quota"))
        self.split_kind = QComboBox()
        for kind, text in (("quarter", tr("into quarters")), ("month", tr("into months")),
                           ("week", tr("into weeks"))):
            self.split_kind.addItem(text, kind)
        self.weights = QLineEdit()
        self.weights.setPlaceholderText(tr("weights, e.g. 1,1,1,2"))
        self.weights.setToolTip(tr("Empty: split evenly; or seasonal weights, e.g. 1,1,1,2"))
        self.weights.setMinimumWidth(self.weights.fontMetrics().horizontalAdvance(
            self.weights.placeholderText()) + 24)
        self.split_button = QPushButton(tr("Split"))
        self.parts = QLabel()
        self.parts.setWordWrap(True)

        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([tr("Rep"), tr("Share of the quota")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.gap = QLabel()
        self.even_button = QPushButton(tr("Share evenly"))
        self.save_allocation = QPushButton(tr("Save allocation"))

        form = QFormLayout()
        form.addRow(tr("Period"), self.period)
        form.addRow(tr("Measured in"), self.measure)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target, 1)
        target_row.addWidget(self.currency)
        target_row.addWidget(self.save_target)
        form.addRow(tr("Territory quota"), target_row)
        split_row = QHBoxLayout()
        split_row.addWidget(self.split_kind)
        split_row.addWidget(self.weights, 1)
        split_row.addWidget(self.split_button)
        form.addRow(tr("Split"), split_row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addWidget(self.parts)
        layout.addWidget(self.save_state)
        layout.addWidget(QLabel(tr("<b>Allocation to the reps covering the territory</b>")))
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.gap, 1)
        bottom.addWidget(self.even_button)
        bottom.addWidget(self.save_allocation)
        layout.addLayout(bottom)

        self.period.currentIndexChanged.connect(lambda _i: self.reload())
        self.measure.currentIndexChanged.connect(lambda _i: self.reload())
        self.save_target.clicked.connect(self.save_quota)
        self.split_button.clicked.connect(self.split)
        self.even_button.clicked.connect(self.share_evenly)
        self.save_allocation.clicked.connect(self.save_shares)
        self.table.itemChanged.connect(lambda _item: self.show_gap())
        self.setEnabled(False)

    def set_territory(self, territory_id: int, name: str) -> None:
        self.territory_id = territory_id
        self.title.setText(tr("<b>{name}</b>: quota, split and allocation").format(name=name))
        self.setEnabled(True)
        self.reload()

    def reload(self) -> None:
        from models.services.quotas import territory_quotas
        if self.territory_id is None:
            return
        self.view = view = territory_quotas(self.ctx.db, self.territory_id, self.period.currentData(),
                                             self.measure.currentData())
        own = view.own
        self.target.setText("" if own is None else formatting.editable_number(own.target))
        counting = self.measure.currentData() == Measure.COUNT
        self.currency.setEnabled(not counting)
        self.currency.setText("" if counting else
                              (own.currency if own else None) or self._currency_guess() or "")
        self.split_button.setEnabled(own is not None)
        self.parts.setText(tr("Split: {parts}").format(parts=", ".join(
            f"{p.period.label()} {formatting.number(p.target)}" for p in view.parts))
            if view.parts else "")
        shares = {a.rep_id: a.target for a in view.allocations}
        names = dict(view.reps)
        names.update({a.rep_id: a.rep_name for a in view.allocations})
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for rep_id, name in sorted(names.items(), key=lambda kv: kv[1]):
            row = self.table.rowCount()
            self.table.insertRow(row)
            who = QTableWidgetItem(name)
            who.setFlags(Qt.ItemFlag.ItemIsEnabled)
            who.setData(Qt.ItemDataRole.UserRole, rep_id)
            amount = QTableWidgetItem(formatting.editable_number(shares[rep_id])
                                      if rep_id in shares else "")
            amount.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 0, who)
            self.table.setItem(row, 1, amount)
        self.table.blockSignals(False)
        self.show_gap()

    def _currency_guess(self) -> str | None:
        if self.view and self.view.allocations:
            return self.view.allocations[0].currency
        return None

    def shares(self) -> tuple[dict[int, Decimal], list[str]]:
        out, bad = {}, []
        for row in range(self.table.rowCount()):
            rep_id = self.table.item(row, 0).data(Qt.ItemDataRole.UserRole)
            amount = parse_amount(self.table.item(row, 1).text())
            if amount is None or amount < 0:
                bad.append(self.table.item(row, 0).text())
            else:
                out[rep_id] = amount
        return out, bad

    def show_gap(self) -> None:
        shares, bad = self.shares()
        territory = None if self.view is None or self.view.own is None else self.view.own.target
        total = sum(shares.values(), Decimal(0))
        if bad:
            self.gap.setStyleSheet(BAD)
            self.gap.setText(tr("Not a valid amount for: {names}").format(names=", ".join(bad)))
            return
        if territory is None:
            self.gap.setStyleSheet("")
            self.gap.setText(tr("Allocated {total}; the territory has no quota for this "
                                "period.").format(total=formatting.number(total)))
            return
        gap = allocation_gap(territory, shares.values())
        if gap == 0:
            self.gap.setStyleSheet(GOOD)
            self.gap.setText(tr("Allocated {total} of {quota}: it adds up.").format(
                total=formatting.number(total), quota=formatting.number(territory)))
        else:
            self.gap.setStyleSheet(BAD)
            sentence = (tr("Allocated {total} of {quota}: {gap} not allocated.") if gap > 0 else
                        tr("Allocated {total} of {quota}: {gap} allocated beyond the "
                           "territory's quota."))
            self.gap.setText(sentence.format(total=formatting.number(total),
                                             quota=formatting.number(territory),
                                             gap=formatting.number(abs(gap), 2)))

    def share_evenly(self) -> None:
        if self.view is None or self.view.own is None or self.table.rowCount() == 0:
            return
        quantum = Decimal(1) if self.measure.currentData() == Measure.COUNT else Decimal("0.01")
        parts = split_amount(self.view.own.target, [1] * self.table.rowCount(), quantum)
        for row, amount in enumerate(parts):
            self.table.item(row, 1).setText(formatting.editable_number(amount))

    def _run(self, fn) -> bool:
        try:
            fn()
        except RepdeskError as error:
            QMessageBox.warning(self, tr("Not saved"), str(error))
            return False
        self.ctx.changed.emit("quotas")
        self.reload()
        return True

    def save_quota(self):
        """Save the territory's quota through desktop/conflicts.py (off the GUI thread, waiting
        for a lost server; a quota someone else changed meanwhile asks Reload / Re-apply /
        Cancel). Returns the FormSave under way, or None when the amount is not a number."""
        from desktop.conflicts import FormSave
        from models.services.quotas import set_quota
        amount = parse_amount(self.target.text())
        if amount is None:
            QMessageBox.warning(self, tr("Not saved"), tr("“{text}” is not an amount.").format(
                text=self.target.text()))
            return None
        own = self.view.own if self.view else None
        db, territory_id, period = self.ctx.db, self.territory_id, self.period.currentData()
        measure = self.measure.currentData()
        currency = self.currency.text().strip().upper() or None
        job = FormSave(self, lambda version: set_quota(
            db, territory_id=territory_id, period=period, target=amount, measure=measure,
            currency=currency, expected_version=version), own.version if own else None,
            reload=lambda _error: self.reload(), ask=self.ask)
        self.save_target.setEnabled(False)
        job.reconnecting.connect(self._say)
        job.finished.connect(self._quota_saved)
        self._say(tr("Saving…"))
        return job.start()

    def _quota_saved(self, outcome) -> None:
        self.save_target.setEnabled(True)
        self._say("")
        if outcome.saved:
            self.ctx.changed.emit("quotas")
            self.reload()
        elif outcome.error is not None:
            QMessageBox.warning(self, tr("Not saved"), outcome.message)

    def _say(self, text: str) -> None:
        self.save_state.setText(text)
        self.save_state.setVisible(bool(text))

    def split(self) -> bool:
        from models.services.quotas import split_and_save
        if self.view is None or self.view.own is None:
            return False
        text = self.weights.text().strip()
        try:
            weights = [Decimal(w) for w in text.replace(";", ",").split(",")] if text else None
        except InvalidOperation:
            QMessageBox.warning(self, tr("Not split"), tr("“{text}” is not a list of weights.").format(
                text=text))
            return False
        kind = self.split_kind.currentData()
        return self._run(lambda: split_and_save(self.ctx.db, self.view.own.id, kind, weights))

    def save_shares(self) -> bool:
        from models.services.quotas import allocate
        shares, bad = self.shares()
        if bad:
            QMessageBox.warning(self, tr("Not saved"), tr("Not a valid amount for: {names}").format(
                names=", ".join(bad)))
            return False
        currency = self.currency.text().strip().upper() or None
        return self._run(lambda: allocate(self.ctx.db, self.territory_id,
                                          self.period.currentData(), shares,
                                          measure=self.measure.currentData(), currency=currency))
