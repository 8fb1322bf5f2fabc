"""Step 3 (deals): stage names the pipeline does not have, and owners who are no rep yet, each
with its number of rows: a stage for each name; a rep for each owner, or a new rep in a team."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QComboBox, QFileDialog, QGridLayout, QGroupBox, QHBoxLayout,
                               QLabel, QLineEdit, QPushButton, QScrollArea, QVBoxLayout, QWidget,
                               QWizardPage)

from desktop.i18n import tr
from desktop.imports.file_step import FILE_FILTER
from models import formatting as fmt
from models.i18n import ngettext
from desktop.imports.mapping_step import ERROR_STYLE
from models.imports.deal_choices import CREATE, LEAVE, deal_names, owner_options

MAX_LISTED = 200   # names beyond this are listed by count only: a combo each would not help


class NamesPage(QWizardPage):
    def __init__(self, wizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(tr("Stages and owners"))
        self.setSubTitle(tr("Place the stage names and owners of the file that the database "
                            "does not know yet. Rows whose owner is left unmatched are bad "
                            "rows."))
        self.users = QLineEdit()
        self.users.setReadOnly(True)
        self.users.setPlaceholderText(tr("optional: the CRM's user export, when owners are user "
                                         "ids"))
        choose = QPushButton(tr("Choose users file…"))
        choose.clicked.connect(self.browse_users)
        users_row = QHBoxLayout()
        users_row.addWidget(QLabel(tr("Users file")))
        users_row.addWidget(self.users, 1)
        users_row.addWidget(choose)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.body)
        self.problem = QLabel()
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(users_row)
        layout.addWidget(self.status)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problem)
        self.names = None
        self.stage_combos: dict[str, QComboBox] = {}
        self.owner_combos: dict[str, QComboBox] = {}
        self.team = QComboBox()

    def browse_users(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, tr("The CRM's user export"), "",
                                              tr(FILE_FILTER))
        if name:
            self.users.setText(name)
            self.initializePage()

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        state = self.wiz.state
        self.names = None
        self._clear()
        self.problem.setText("")
        self.status.setText(tr("Reading the stage names and owners of the file…"))
        self.completeChanged.emit()
        users = Path(self.users.text()) if self.users.text() else None
        self.wiz.background("names", deal_names, self.wiz.ctx.db, state.path,
                            mapping=dict(state.mapping), crm=state.options.get("crm"),
                            users_path=users, done=self._show, failed=self._failed)

    def _failed(self, error: BaseException) -> None:
        from desktop.imports.wizard import sentence
        self.status.setText(sentence(error))
        self.wiz.tell(error)

    def _clear(self) -> None:
        while self.body_layout.count():
            item = self.body_layout.takeAt(0)
            if item.widget():
                item.widget().setParent(None)
        self.stage_combos, self.owner_combos = {}, {}
        self.team = QComboBox()   # the last one went with its section

    def _show(self, names) -> None:
        self.names = names
        self._clear()
        if not names.unknown_stages and not names.unmatched_owners:
            self.status.setText(tr("Every stage name and owner of the file is known: nothing "
                                   "to choose here."))
        else:
            stages, owners = len(names.unknown_stages), len(names.unmatched_owners)
            self.status.setText(tr("To place: {stages} and {owners}.").format(
                stages=ngettext("{n} stage name", "{n} stage names", stages).format(
                    n=fmt.number(stages)),
                owners=ngettext("{n} owner", "{n} owners", owners).format(
                    n=fmt.number(owners))))
        if names.unknown_stages:
            box, grid = self._section(tr("Stage names the pipeline does not have"),
                                      (tr("Stage in the file"), tr("Rows"),
                                       tr("Becomes the stage")))
            for row, (name, count) in enumerate(names.unknown_stages[:MAX_LISTED], 1):
                combo = QComboBox()
                combo.addItem(tr("— choose a stage —"), None)
                for stage in names.stages:
                    combo.addItem(stage, stage)
                combo.currentIndexChanged.connect(self._changed)
                self._add_row(grid, row, name, count, combo)
                self.stage_combos[name] = combo
            self.body_layout.addWidget(box)
        if names.unmatched_owners:
            box, grid = self._section(tr("Owners who are no rep"),
                                      (tr("Owner in the file"), tr("Rows"), tr("Deals go to")))
            # One list of choices for every owner: ten thousand reps are added once, not once
            # per owner.
            choices = QStandardItemModel(self)
            for text, data in [(tr("Nobody: leave the rows bad"), LEAVE),
                               (tr("A new rep in the team below"), CREATE)] + [
                    (rep.described(), rep.id) for rep in names.reps]:
                item = QStandardItem(text)
                item.setData(data, Qt.ItemDataRole.UserRole)
                choices.appendRow(item)
            for row, (owner, count, user) in enumerate(names.unmatched_owners[:MAX_LISTED], 1):
                combo = QComboBox()
                combo.setModel(choices)
                combo.setCurrentIndex(0)
                combo.currentIndexChanged.connect(self._changed)
                shown = owner if user is None else f"{owner} ({user.described()})"
                self._add_row(grid, row, shown, count, combo)
                self.owner_combos[owner] = combo
            more = len(names.unmatched_owners) - MAX_LISTED
            if more > 0:
                grid.addWidget(QLabel(ngettext("… and {n} more owner, left bad",
                                                "… and {n} more owners, left bad", more).format(
                    n=fmt.number(more))), MAX_LISTED + 1, 0)
            team_row = QHBoxLayout()
            team_row.addWidget(QLabel(tr("New reps join the team")))
            self.team = QComboBox()
            self.team.setEditable(True)
            self.team.setMinimumContentsLength(20)
            self.team.addItems(names.teams)
            self.team.currentTextChanged.connect(self._changed)
            self.team.setCurrentIndex(-1)
            self.team.lineEdit().setPlaceholderText("a team (a new name creates it)")
            team_row.addWidget(self.team, 1)
            grid.addLayout(team_row, grid.rowCount(), 0, 1, 3)
            self.body_layout.addWidget(box)
        self.body_layout.addStretch(1)
        self._changed()

    def _section(self, title: str, headings: tuple[str, ...]):
        box = QGroupBox(title)
        grid = QGridLayout(box)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(2, 1)
        for column, heading in enumerate(headings):
            grid.addWidget(QLabel(f"<b>{heading}</b>"), 0, column)
        return box, grid

    @staticmethod
    def _add_row(grid: QGridLayout, row: int, name: str, count: int, combo: QComboBox) -> None:
        label = QLabel(name if len(name) <= 80 else name[:77] + "…")
        label.setToolTip(name)
        label.setWordWrap(True)
        grid.addWidget(label, row, 0)
        grid.addWidget(QLabel(fmt.number(count)), row, 1)
        grid.addWidget(combo, row, 2)

    def _changed(self) -> None:
        self.problem.setText(self._problem() or "")
        self.completeChanged.emit()

    def _problem(self) -> str | None:
        missing = [name for name, combo in self.stage_combos.items() if combo.currentData() is None]
        if missing:
            return tr("Choose a stage for {names}.").format(
                names=", ".join(repr(m) for m in missing[:5]) + (" …" if len(missing) > 5 else ""))
        try:
            owner_options(self.names, self.owner_choices(), self.team.currentText())
        except ValueError as error:
            return str(error)
        return None

    def owner_choices(self) -> dict:
        return {owner: combo.currentData() for owner, combo in self.owner_combos.items()}

    def isComplete(self) -> bool:  # noqa: N802
        return self.names is not None and self._problem() is None

    def validatePage(self) -> bool:  # noqa: N802
        stage_map = {name: combo.currentData() for name, combo in self.stage_combos.items()}
        self.wiz.state.deal_options = {
            "stage_map": stage_map,
            **owner_options(self.names, self.owner_choices(), self.team.currentText())}
        return True
