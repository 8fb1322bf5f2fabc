"""Deals: create and edit every field, split one in two, hand a rep's deals to another, delete
(Undo, or an admin's restore from the history, brings a deal back with its notes and stages).

`open_deal_editor(ctx, parent, deal_id=…)` is what the board opens on a double-click and on its
New deal button; Company ▸ Deals lists a rep's deals (or a title search) with every action."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal, InvalidOperation

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QLabel, QLineEdit, QMessageBox, QPushButton, QVBoxLayout)

from desktop.i18n import tr
from desktop.setup.editor import RecordDialog, warn
from desktop.setup.form import ERROR_STYLE, Field, RecordForm, select_data
from desktop.setup.records import RecordKind, SetupDialog
from models import formatting as fmt
from models.domain.enums import label
from models.domain.funnel import DealSource
from models.i18n import ngettext

from desktop.setup.kinds import NONE  # marked there once; tr(NONE) where offered


def deal_fields() -> list[Field]:
    """The deal form's fields, labelled in the window's language."""
    return [Field("title", tr("Title *")), Field("rep_id", tr("Rep *"), "choice"),
            Field("account_id", tr("Account"), "choice"),
            Field("pipeline_id", tr("Pipeline"), "choice"),
            Field("stage_id", tr("Stage *"), "choice"),
            Field("lost_reason_id", tr("Lost reason"), "choice"),
            Field("amount", tr("Amount"), "decimal", hint=tr("e.g. 25000")),
            Field("currency", tr("Currency *"), hint=tr("USD, PHP, IDR, EUR…")),
            Field("expected_close", tr("Expected close"), "date"),
            Field("closed_on", tr("Closed on"), "date"),
            Field("source", tr("Source"), "choice"),
            Field("lead_received_at", tr("Lead received"), "datetime"),
            Field("first_call_at", tr("First call"), "datetime"),
            Field("territory_id", tr("Territory"), "choice")]


class DealForm(RecordForm):
    """The deal's fields; the stages and lost reasons offered follow the chosen pipeline."""

    def __init__(self, choices: dict, parent=None):
        self.deal_choices = choices["_deal"]
        c = self.deal_choices
        super().__init__(deal_fields(), choices={
            "rep_id": [(None, tr("— pick a rep —"))] + c.reps,
            "account_id": [(None, tr(NONE))] + c.accounts,
            "pipeline_id": c.pipelines,
            "source": [(s.value, label(s.value)) for s in DealSource],
            "territory_id": choices.get("territory_id", [(None, tr(NONE))])}, parent=parent)
        self.inputs["pipeline_id"].currentIndexChanged.connect(lambda _i: self._pipeline_changed())
        self.inputs["stage_id"].currentIndexChanged.connect(lambda _i: self._stage_changed())

    def _pipeline_changed(self) -> None:
        c, pid = self.deal_choices, self.inputs["pipeline_id"].currentData()
        self.set_choices("stage_id", [(sid, name) for sid, name, _role in c.stages.get(pid, [])])
        self.set_choices("lost_reason_id", [(None, tr(NONE))] + c.lost_reasons.get(None, []) +
                         c.lost_reasons.get(pid, []))
        self._stage_changed()

    def _stage_changed(self) -> None:
        role = self.stage_role()
        self.inputs["lost_reason_id"].setEnabled(role == "lost")
        self.inputs["closed_on"].setEnabled(role in ("won", "lost"))

    def stage_role(self) -> str | None:
        pid, sid = self.inputs["pipeline_id"].currentData(), self.inputs["stage_id"].currentData()
        return next((role for i, _n, role in self.deal_choices.stages.get(pid, []) if i == sid),
                    None)

    def set_record(self, record) -> None:
        if record.pipeline_id is None:
            record = replace(record, pipeline_id=self.deal_choices.default_pipeline)
        select_data(self.inputs["pipeline_id"], record.pipeline_id)
        self._pipeline_changed()
        super().set_record(record)
        self._stage_changed()


def deal_kind() -> RecordKind:
    from desktop.setup.kinds import territory_choices
    from models.services import deal_list
    from models.services.setup import deals as svc

    def money(line) -> str:
        r = line.record
        return fmt.money(r.amount, r.currency) if r.amount is not None else ""
    return RecordKind(
        "deals", tr("Deals"), tr("deal"),
        [(tr("Deal"), lambda d: d.record.title), (tr("Account"), lambda d: d.account or ""),
         (tr("Rep"), lambda d: d.rep), (tr("Stage"), lambda d: d.stage), (tr("Amount"), money),
         (tr("Close"), lambda d: fmt.date(d.record.closed_on or d.record.expected_close)
          if (d.record.closed_on or d.record.expected_close) else "")],
        deal_fields(), deal_list.list_deals, svc.DealRecord, svc.save_deal, svc.delete_deal,
        choices=lambda db: {"_deal": deal_list.deal_choices(db),
                            "territory_id": territory_choices(db)},
        form=lambda choices: DealForm(choices), get=svc.get_deal, plural=tr("deals"),
        name=lambda d: getattr(d, "title", None) or getattr(getattr(d, "record", None),
                                                            "title", ""))


class DealsDialog(SetupDialog):
    """Company ▸ Deals: one rep's deals (or a search), with Split and Hand over."""

    def __init__(self, ctx, parent=None, *, rep_id: int | None = None):
        self.rep_filter = QComboBox()
        self.rep_filter.setMinimumContentsLength(20)
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search deal titles and accounts…"))
        self.search.setClearButtonEnabled(True)
        self._wanted_rep = rep_id
        super().__init__(ctx, deal_kind(), parent)
        self.resize(980, 560)
        self.split_button = QPushButton(tr("Split…"))
        self.reassign_button = QPushButton(tr("Hand over…"))
        self.reassign_button.setToolTip(tr("Give this rep's open deals (or the selected one) "
                                           "to another rep"))
        self.split_button.clicked.connect(lambda: self.split_selected())
        self.reassign_button.clicked.connect(lambda: self.reassign())
        self.filters.addWidget(QLabel(tr("Deals of")))
        self.filters.addWidget(self.rep_filter)
        self.filters.addWidget(self.search, 1)
        self.filters.addWidget(self.split_button)
        self.filters.addWidget(self.reassign_button)
        self.rep_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.search.returnPressed.connect(self.reload)
        self._selection_changed()

    def reload(self) -> None:
        if not hasattr(self, "rep_filter"):
            return
        self.loading = True
        kind, db = self.kind, self.ctx.db
        rep_id = self.rep_filter.currentData() if self.rep_filter.count() else self._wanted_rep
        search = self.search.text()

        def load(progress=None):
            choices = kind.choices(db)
            return kind.list_fn(db, rep_id=rep_id, search=search), choices
        self.run_load(load)

    def _loaded(self, result) -> None:
        _lines, choices = result
        if self.rep_filter.count() == 0:
            self.rep_filter.blockSignals(True)
            self.rep_filter.addItem(tr("Every rep (newest first)"), None)
            for rid, name in choices["_deal"].reps:
                self.rep_filter.addItem(name, rid)
            select_data(self.rep_filter, self._wanted_rep)
            self.rep_filter.blockSignals(False)
        super()._loaded(result)
        from models.services.deal_list import LIMIT
        if len(self.records) >= LIMIT:
            self.summary.setText(tr("newest <b>{count}</b> shown").format(count=fmt.number(LIMIT)))

    def _selection_changed(self) -> None:
        super()._selection_changed()
        if hasattr(self, "split_button"):
            self.split_button.setEnabled(self.selected() is not None)
            self.reassign_button.setEnabled(self.rep_filter.currentData() is not None
                                            or self.selected() is not None)

    # -- the list holds DealLines; the editor and the services take the DealRecord ---------------
    def selected_record(self):
        line = self.selected()
        return None if line is None else line.record

    def current_record(self):
        record = self.selected_record()
        return None if record is None else ("deals", record.id, record.title)

    def add(self, *, exec_dialog: bool = True, **values):
        rep_id = self.rep_filter.currentData()
        record = self.kind.new_record(**({"rep_id": rep_id} if rep_id else {}), **values)
        currency = company_currency(self.ctx.db)
        record = replace(record, currency=currency or record.currency)
        dialog = self.editor(record, tr("New deal"))
        if exec_dialog:
            dialog.exec()
        return dialog

    def edit_selected(self, *, exec_dialog: bool = True):
        record = self.selected_record()
        if record is None:
            return None
        dialog = self.editor(record, tr("Edit deal — {title}").format(title=record.title))
        if exec_dialog:
            dialog.exec()
        return dialog

    def editor(self, record, title: str) -> RecordDialog:
        from models.services.setup.deals import get_deal
        db, user = self.ctx.db, self.ctx.user
        load = (lambda: get_deal(db, record.id)) if record.id is not None else None
        dialog = RecordDialog(self.ctx, title, self.form(), lambda r: save_deal(db, user, r),
                              record=record, load=load, parent=self)
        dialog.saved.connect(self._saved)
        return dialog

    def delete_selected(self, *, confirm: bool = True) -> None:
        from desktop.setup.records import DeleteCommand
        from models.services.setup.deals import delete_deal
        record = self.selected_record()
        if record is None:
            return
        if confirm and QMessageBox.question(
                self, tr("Delete deal"), tr("Delete the deal “{title}” with its notes and stage "
                                            "history?\n\nUndo (Ctrl+Z) or an admin's restore in "
                                            "its history brings it back.").format(
                    title=record.title)) != QMessageBox.StandardButton.Yes:
            return
        db, user = self.ctx.db, self.ctx.user
        self.write(lambda: delete_deal(db, user, record.id, record.version),
                   lambda _r: (self.undo_stack.push(DeleteCommand(self, record)), self._changed()),
                   tr("Delete deal"))

    # -- split and hand over ---------------------------------------------------------------------
    def split_selected(self, *, amount: str | None = None, title: str = "",
                       exec_dialog: bool = True):
        from models.services.setup.deals import split_deal
        record = self.selected_record()
        if record is None:
            return None
        dialog = SplitDialog(record, self.choices["_deal"].reps, self)
        if amount is not None:
            dialog.amount.setText(amount)
            dialog.title.setText(title)
        if exec_dialog and dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        try:
            value = Decimal(dialog.amount.text().strip().replace(",", ""))
        except InvalidOperation:
            QMessageBox.warning(self, tr("Split deal"), tr("“{text}” is not a number.").format(
                text=dialog.amount.text()))
            return None
        db, user = self.ctx.db, self.ctx.user
        self.write(lambda: split_deal(db, user, record.id, record.version, value,
                                      title=dialog.title.text() or None,
                                      rep_id=dialog.rep.currentData()),
                   lambda _r: self._changed(), tr("Split deal"))
        return dialog

    def reassign(self, *, to_rep_id: int | None = None, only_selected: bool = False,
                 exec_dialog: bool = True):
        from models.services.setup.deals import reassign_deals
        line = self.selected()
        from_rep = self.rep_filter.currentData() or (line.record.rep_id if line else None)
        if from_rep is None:
            return None
        dialog = ReassignDialog(self.choices["_deal"].reps, from_rep, line, self)
        if to_rep_id is not None:
            select_data(dialog.to_rep, to_rep_id)
            dialog.only_selected.setChecked(only_selected)
        if exec_dialog and dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        to_rep = dialog.to_rep.currentData()
        deals = ([(line.record.id, line.record.version)]
                 if dialog.only_selected.isChecked() and line else None)
        db, user = self.ctx.db, self.ctx.user

        def done(result) -> None:
            moved, skipped = len(result.moved), len(result.skipped)
            text = ngettext("{n} deal handed over.", "{n} deals handed over.", moved).format(
                n=fmt.number(moved))
            if skipped:
                text = tr("{handed_over} {skipped}").format(handed_over=text, skipped=ngettext(
                    "{n} changed meanwhile and was left as it is: reload and try again.",
                    "{n} changed meanwhile and were left as they are: reload and try again.",
                    skipped).format(n=fmt.number(skipped)))
            self.summary.setText(text)
            self._changed()
        self.write(lambda: reassign_deals(db, user, from_rep, to_rep, deals=deals), done,
                   tr("Hand over deals"))
        return dialog


def save_deal(db, user, record):
    from models.services.setup.deals import save_deal as save
    return save(db, user, record)


def company_currency(db) -> str | None:
    from models.services.company import company_settings
    return company_settings(db).currency


class SplitDialog(QDialog):
    def __init__(self, record, reps, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Split — {title}").format(title=record.title))
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(tr("less than {amount}").format(
            amount=fmt.money(record.amount, record.currency)))
        self.title = QLineEdit()
        self.title.setPlaceholderText(tr("{title} (split)").format(title=record.title))
        self.rep = QComboBox()
        for rid, name in reps:
            self.rep.addItem(name, rid)
        select_data(self.rep, record.rep_id)
        form = QFormLayout(self)
        form.addRow(QLabel(tr("Split part of this deal off into a new deal in the same stage.")))
        form.addRow(tr("Amount to split off"), self.amount)
        form.addRow(tr("New deal's title"), self.title)
        form.addRow(tr("New deal's rep"), self.rep)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class ReassignDialog(QDialog):
    def __init__(self, reps, from_rep: int, line, parent=None):
        super().__init__(parent)
        name = next((n for i, n in reps if i == from_rep),
                    tr("rep {number}").format(number=from_rep))
        self.setWindowTitle(tr("Hand over {name}'s deals").format(name=name))
        self.to_rep = QComboBox()
        for rid, other in reps:
            if rid != from_rep:
                self.to_rep.addItem(other, rid)
        self.only_selected = QCheckBox(tr("only “{title}”").format(title=line.record.title)
                                       if line else "")
        self.only_selected.setVisible(line is not None)
        note = QLabel(tr("Every open deal of {name} goes to the rep you pick, in one change; a "
                         "deal someone changes meanwhile is left as it is and reported.").format(
                             name=name))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        form = QFormLayout()
        form.addRow(tr("Give them to"), self.to_rep)
        form.addRow("", self.only_selected)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def open_deal_editor(ctx, parent, *, deal_id: int | None = None, exec_dialog: bool = True,
                     on_saved=None, **values) -> RecordDialog:
    """The deal editor on its own (the board's double-click and New deal): saving tells every
    page that deals changed, and calls `on_saved(deal)` (the board reloads)."""
    from models.services import deal_list
    from models.services.setup.deals import DealRecord, get_deal
    from desktop.setup.kinds import territory_choices
    db, user = ctx.db, ctx.user
    choices = {"_deal": deal_list.deal_choices(db), "territory_id": territory_choices(db)}
    if deal_id is not None:
        record = get_deal(db, deal_id)
        title = tr("Edit deal — {title}").format(title=record.title)
    else:
        record = DealRecord(**values)
        record = replace(record, currency=company_currency(db) or record.currency)
        title = tr("New deal")
    dialog = RecordDialog(ctx, title, DealForm(choices), lambda r: save_deal(db, user, r),
                          record=record, parent=parent,
                          load=(lambda: get_deal(db, deal_id)) if deal_id else None)
    dialog.saved.connect(lambda *_: ctx.changed.emit("deals"))
    if on_saved is not None:
        dialog.saved.connect(lambda _before, after: on_saved(after))
    if exec_dialog:
        dialog.exec()
    return dialog
