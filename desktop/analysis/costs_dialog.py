"""Costs of the sales system: the tools, travel and other costs entered per month for a team or
the company, listed for the Analysis page's period, added and deleted here. The sales tab's cost
of the sales system counts them (models/services/other_costs.py); after a change the page
reloads through the change bus ('other_costs').

Everything is read and written in the background (ctx.tasks); a refusal, a mistake or a conflict
is one sentence under the form."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QDialog,
                               QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QMessageBox, QPushButton, QTableView, QVBoxLayout)

from desktop.i18n import tr
from desktop.tasks import LatestLoad
from models import formatting
from models.db.errors import RepdeskError
from widgets.field_error import ERROR_STYLE
from widgets.date_fields import show_dates

COLUMNS = [QT_TRANSLATE_NOOP("QCoreApplication", "Month"),
           QT_TRANSLATE_NOOP("QCoreApplication", "Team"),
           QT_TRANSLATE_NOOP("QCoreApplication", "Kind"),
           QT_TRANSLATE_NOOP("QCoreApplication", "Amount"),
           QT_TRANSLATE_NOOP("QCoreApplication", "Note")]
KINDS = [("tools", QT_TRANSLATE_NOOP("QCoreApplication", "Tools")),
         ("travel", QT_TRANSLATE_NOOP("QCoreApplication", "Travel")),
         ("other", QT_TRANSLATE_NOOP("QCoreApplication", "Other"))]


def costs_button(page) -> QPushButton:
    """The Analysis page's button that opens this dialog for the page's period."""
    button = QPushButton(tr("Costs…"))
    button.setToolTip(tr("Tools, travel and other costs of the sales system, entered per month"))
    button.clicked.connect(lambda: open_for(page))
    return button


def open_for(page) -> "CostsDialog":
    try:
        choice = page.choice()
        start, end, label = choice.start, choice.end, choice.period
    except ValueError:
        start = end = label = None            # an unreadable period: every month
    dialog = CostsDialog(page.ctx, start=start, end=end, period=label, today=page.today,
                         parent=page)
    dialog.show()
    return dialog


class CostsDialog(QDialog):
    def __init__(self, ctx, *, start: dt.date | None, end: dt.date | None,
                 period: str | None, today: dt.date, parent=None):
        super().__init__(parent)
        self.ctx, self.start, self.end = ctx, start, end
        self.rows = []
        self.busy = False
        self._load = LatestLoad(ctx.tasks)
        self._choices_load = LatestLoad(ctx.tasks)
        self.setWindowTitle(tr("Costs of the sales system — {period}").format(period=period)
                            if period else tr("Costs of the sales system"))
        self.resize(760, 520)

        intro = QLabel(tr("Tools and travel per month, for a team or the whole company. The "
                          "cost of the sales system adds them to base pay, commission and "
                          "agency fees."))
        intro.setWordWrap(True)
        self.model = QStandardItemModel(0, len(COLUMNS), self)
        self.model.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(len(COLUMNS) - 1,
                                                           QHeaderView.ResizeMode.Stretch)
        self.total = QLabel()

        self.month = QDateEdit(QDate(today.year, today.month, 1))
        show_dates(self.month, month_only=True)
        self.month.setCalendarPopup(True)
        self.team = QComboBox()
        self.kind = QComboBox()
        for key, text in KINDS:
            self.kind.addItem(tr(text), key)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(formatting.number(1200.5, 2))
        self.currency = QLineEdit()
        self.currency.setMaxLength(3)
        self.currency.setMaximumWidth(60)
        self.note = QLineEdit()
        self.note.setPlaceholderText(tr("What it was, such as CRM seats"))
        money = QHBoxLayout()
        money.addWidget(self.amount, 1)
        money.addWidget(self.currency)
        form = QFormLayout()
        form.addRow(tr("&Month"), self.month)
        form.addRow(tr("T&eam"), self.team)
        form.addRow(tr("&Kind"), self.kind)
        amount_label = QLabel(tr("&Amount"))     # a label of its own: a row of two fields has
        amount_label.setBuddy(self.amount)       # no buddy, and would show the & as it is
        form.addRow(amount_label, money)
        form.addRow(tr("N&ote"), self.note)
        self.add_button = QPushButton(tr("A&dd cost"))
        self.add_button.clicked.connect(self.add)
        self.delete_button = QPushButton(tr("De&lete selected"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.total)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self._set_busy(True)
        self._load_choices()
        self.reload()

    # -- loading -------------------------------------------------------------------------------
    def _load_choices(self) -> None:
        from models.services.other_costs import entry_choices
        db = self.ctx.db
        self._choices_load.load(lambda: entry_choices(db), self._choices_shown, self._failed)

    def _choices_shown(self, choices) -> None:
        user = self.ctx.user
        self.team.clear()
        if user.sees_all_teams:
            self.team.addItem(tr("The whole company"), None)
        for team_id, name in choices.teams:
            if user.sees_team(team_id):
                self.team.addItem(name, team_id)
        if user.team_id is not None and self.team.findData(user.team_id) >= 0:
            self.team.setCurrentIndex(self.team.findData(user.team_id))
        self.currency.setText(choices.currency)

    def reload(self) -> None:
        from models.services.other_costs import list_costs
        db, start, end = self.ctx.db, self.start, self.end
        self._load.load(lambda: list_costs(db, start=start, end=end), self._shown, self._failed)

    def _shown(self, rows) -> None:
        self.rows = rows
        self.model.removeRows(0, self.model.rowCount())
        for row in rows:
            cells = [formatting.month(row.month), row.team_name or tr("The whole company"),
                     row.kind_label, formatting.money(row.amount, row.currency), row.note or ""]
            items = [QStandardItem(text) for text in cells]
            items[3].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.model.appendRow(items)
        self.table.resizeColumnsToContents()
        self._show_total(rows)
        self._set_busy(False)

    def _show_total(self, rows) -> None:
        from models.domain.money import total
        if not rows:
            self.total.setText(tr("No costs entered for this period."))
            return
        summed = total([(r.amount, r.currency, r.month) for r in rows], None,
                       rows[0].currency)
        if summed.missing or len(summed.by_currency) > 1:
            self.total.setText(tr("{n} costs in several currencies").format(
                n=formatting.number(len(rows))))
            return
        self.total.setText(tr("{n} costs, {amount} in all").format(
            n=formatting.number(len(rows)), amount=formatting.money(summed.amount,
                                                                    summed.currency)))

    def _failed(self, error) -> None:
        self._set_busy(False)
        if not isinstance(error, RepdeskError):
            raise error
        self.message.setText(str(error))

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.add_button.setEnabled(not busy)
        self.delete_button.setEnabled(not busy)

    # -- writing -------------------------------------------------------------------------------
    def add(self) -> None:
        from models.services import other_costs
        try:
            amount = formatting.parse_number(self.amount.text())
        except ValueError as error:
            self.message.setText(str(error))
            return
        if amount is None:
            self.message.setText(tr("Enter the amount."))
            return
        day = self.month.date().toPython()
        fields = other_costs.CostFields(day, self.kind.currentData(), amount,
                                        self.currency.text(), self.team.currentData(),
                                        self.note.text())
        db, user = self.ctx.db, self.ctx.user
        self._write(lambda progress: other_costs.add(db, fields, user=user))

    def delete_selected(self) -> None:
        from models.services import other_costs
        selected = self.table.selectionModel().selectedRows()
        if not selected:
            self.message.setText(tr("Select the cost to delete."))
            return
        row = self.rows[selected[0].row()]
        answer = QMessageBox.question(self, tr("Delete cost"), tr(
            "Delete the {kind} cost of {month}, {amount}?").format(
            kind=row.kind_label, month=formatting.month(row.month),
            amount=formatting.money(row.amount, row.currency)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        db, user = self.ctx.db, self.ctx.user
        self._write(lambda progress: other_costs.delete(db, row.id, row.version, user=user))

    def _write(self, work) -> None:
        if self.busy:
            return
        self.message.clear()
        self._set_busy(True)

        def succeeded(_result) -> None:
            self.amount.clear()
            self.note.clear()
            self.ctx.changed.emit("other_costs")
            self.reload()

        def failed(error) -> None:
            self._set_busy(False)
            if not isinstance(error, RepdeskError):
                raise error
            self.message.setText(str(error))
            self.reload()      # a conflict: show the costs as they are now

        self.ctx.tasks.run(work, on_success=succeeded, on_error=failed)
