"""Pipelines and their stages: a pipeline's name, team and default flag above a table of its
stages in order (name, role, win probability, stuck after days), with Add, Remove, Up and Down."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from desktop.i18n import tr
from desktop.setup.form import ERROR_STYLE, Field, RecordForm, select_data
from desktop.setup.records import RecordKind
from models import formatting as fmt
from models.domain.enums import label
from models.domain.funnel import StageRole

# Marked here, translated where shown; a new pipeline's starter stages are named in the user's
# language (they are data once saved).
STAGE_COLUMNS = [QT_TRANSLATE_NOOP("QCoreApplication", "Stage"),
                 QT_TRANSLATE_NOOP("QCoreApplication", "Role"),
                 QT_TRANSLATE_NOOP("QCoreApplication", "Win %"),
                 QT_TRANSLATE_NOOP("QCoreApplication", "Stuck after (days)")]
STARTER_STAGES = [(QT_TRANSLATE_NOOP("QCoreApplication", "New lead"), "lead", 10),
                  (QT_TRANSLATE_NOOP("QCoreApplication", "Qualified"), "qualified", 25),
                  (QT_TRANSLATE_NOOP("QCoreApplication", "Proposal sent"), "proposal", 50),
                  (QT_TRANSLATE_NOOP("QCoreApplication", "Won"), "won", 100),
                  (QT_TRANSLATE_NOOP("QCoreApplication", "Lost"), "lost", 0)]


class PipelineForm(RecordForm):
    def __init__(self, choices: dict | None = None, parent=None):
        super().__init__([Field("name", tr("Name *")),
                          Field("team_id", tr("Team's own"), "choice"),
                          Field("is_default", tr("Default"), "bool",
                                hint=tr("the company's default pipeline"))],
                         choices=choices, parent=parent)
        self.stages = QTableWidget(0, len(STAGE_COLUMNS))
        self.stages.setHorizontalHeaderLabels([tr(c) for c in STAGE_COLUMNS])
        self.stages.verticalHeader().setDefaultSectionSize(28)
        self.stages.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.stages.horizontalHeader().setStretchLastSection(True)
        self.stages.setColumnWidth(0, 210)
        for column in (1, 2):
            self.stages.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents)
        self.stages.setMinimumSize(560, 250)
        self.stage_error = QLabel()
        self.stage_error.setStyleSheet(ERROR_STYLE)
        self.stage_error.setWordWrap(True)
        self.stage_error.hide()
        buttons = QHBoxLayout()
        for text, slot in [(tr("Add stage"), lambda: self.add_stage()),
                           (tr("Remove"), self.remove_stage),
                           (tr("Up"), lambda: self.move_stage(-1)),
                           (tr("Down"), lambda: self.move_stage(1))]:
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.stages)
        column.addLayout(buttons)
        column.addWidget(self.stage_error)
        self.form.addRow(tr("Stages"), box)
        self._ids: list[tuple[int | None, int | None]] = []   # (id, version) per row

    def add_stage(self, name: str = "", role: str = StageRole.OTHER.value, percent=0,
                  stuck: int | None = None, ids=(None, None), at: int | None = None) -> int:
        row = self.stages.rowCount() if at is None else at
        self.stages.insertRow(row)
        self.stages.setItem(row, 0, QTableWidgetItem(name))
        combo = QComboBox()
        for r in StageRole:
            combo.addItem(label(r.value), r.value)
        select_data(combo, role)
        self.stages.setCellWidget(row, 1, combo)
        self.stages.setItem(row, 2, QTableWidgetItem(fmt.number(percent, 0 if
                                                                Decimal(percent) % 1 == 0 else 1)))
        self.stages.setItem(row, 3, QTableWidgetItem("" if stuck is None else str(stuck)))
        self._ids.insert(row, ids)
        return row

    def remove_stage(self) -> None:
        row = self.stages.currentRow()
        if row >= 0:
            self.stages.removeRow(row)
            del self._ids[row]

    def move_stage(self, step: int) -> None:
        row = self.stages.currentRow()
        other = row + step
        if row < 0 or not 0 <= other < self.stages.rowCount():
            return
        values = self._row_values(row)
        ids = self._ids[row]
        self.stages.removeRow(row)
        del self._ids[row]
        self.add_stage(*values, ids=ids, at=other)
        self.stages.selectRow(other)

    def _row_values(self, row: int):
        name = self.stages.item(row, 0).text() if self.stages.item(row, 0) else ""
        role = self.stages.cellWidget(row, 1).currentData()
        percent = self.stages.item(row, 2).text() if self.stages.item(row, 2) else "0"
        stuck = self.stages.item(row, 3).text() if self.stages.item(row, 3) else ""
        return name, role, percent or "0", int(stuck) if stuck.strip().isdigit() else None

    def set_record(self, record) -> None:
        super().set_record(record)
        self.stages.setRowCount(0)
        self._ids = []
        stages = record.stages
        if record.id is None and not stages:
            for name, role, percent in STARTER_STAGES:
                self.add_stage(tr(name), role, percent)
        for st in stages:
            self.add_stage(st.name, st.role, st.probability * 100, st.stuck_after_days,
                           ids=(st.id, st.version))

    def record(self):
        from models.services.setup.pipelines import StageRecord
        record, problems = super().record()
        stages = []
        for row in range(self.stages.rowCount()):
            name = self.stages.item(row, 0).text() if self.stages.item(row, 0) else ""
            role = self.stages.cellWidget(row, 1).currentData()
            percent = (self.stages.item(row, 2).text() if self.stages.item(row, 2) else "").strip()
            stuck = (self.stages.item(row, 3).text() if self.stages.item(row, 3) else "").strip()
            try:
                probability = Decimal(percent.rstrip("%") or "0") / 100
                if not probability.is_finite():
                    raise InvalidOperation
            except InvalidOperation:
                problems["stages"] = tr("The win probability of “{stage}” is not a number.").format(
                    stage=name)
                probability = Decimal(0)
            if stuck and not stuck.isdigit():
                problems["stages"] = tr("“{stage}” is stuck after a whole number of days, or "
                                       "blank.").format(stage=name)
            stage_id, version = self._ids[row]
            stages.append(StageRecord(stage_id, version, name, role, probability,
                                      int(stuck) if stuck.isdigit() else None))
        return replace(record, stages=tuple(stages)), problems

    def show_problems(self, problems: dict[str, str]) -> list[str]:
        text = problems.get("stages", "")
        self.stage_error.setText(text)
        self.stage_error.setVisible(bool(text))
        return super().show_problems({k: v for k, v in problems.items() if k != "stages"})


def rebase(target, current):
    """`target` to be saved on top of `current`: the pipeline's and each kept stage's version
    as they are now; a stage that is gone comes back as a new one."""
    now = {st.id: st.version for st in current.stages}
    stages = tuple(replace(st, version=now[st.id]) if st.id in now
                   else replace(st, id=None, version=None) for st in target.stages)
    return replace(target, version=current.version, stages=stages)


def pipelines() -> RecordKind:
    from desktop.setup.kinds import restore_archived, team_choices
    from models.services.setup import pipelines as svc
    kind = RecordKind(
        "pipelines", tr("Pipelines"), tr("pipeline"),
        [(tr("Pipeline"), lambda r: r.name),
         (tr("Stages"), lambda r: " → ".join(s.name for s in r.stages)),
         ("", lambda r: tr("default") if r.is_default else
          (tr("archived {day}").format(day=fmt.date(r.archived_on)) if r.archived_on else ""))],
        [], lambda db: svc.list_pipelines(db, include_archived=True), svc.PipelineRecord,
        svc.save_pipeline, lambda db, user, pid, version: svc.archive_pipeline(db, user, pid,
                                                                              version),
        choices=lambda db: {"team_id": [(None, tr("— every team —"))] + team_choices(db)[1:]},
        delete_word=tr("Archive"), form=lambda choices: PipelineForm(choices), rebase=rebase,
        plural=tr("pipelines"),
        intro=tr("The stages a deal goes through, in order. A pipeline needs one Won and one Lost "
              "stage; a team may have its own."))
    return restore_archived(kind, svc.restore_pipeline)
