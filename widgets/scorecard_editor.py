"""Edits a scorecard's sections and questions as a tree (plain dicts in, plain dicts out).

Section: {"id", "name", "weight", "questions": [question, …]}
Question: {"id", "text", "kind", "weight", "max_points", "choices": [(label, points)], "critical",
"allow_na"}. Double-click or F2 edits a cell; the type column offers the question types; options
are written "Poor=0; OK=2; Great=3" for a choice and the top of the scale ("5") for a scale.
"""
from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView,
                               QPushButton, QStyledItemDelegate, QTreeWidget, QTreeWidgetItem,
                               QVBoxLayout, QWidget)

from models.domain.scoring import QuestionKind
from widgets.i18n import tr

COLUMNS = [QT_TRANSLATE_NOOP("QCoreApplication", "Section / question"),
           QT_TRANSLATE_NOOP("QCoreApplication", "Type"),
           QT_TRANSLATE_NOOP("QCoreApplication", "Weight"),
           QT_TRANSLATE_NOOP("QCoreApplication", "Scale top / options"),
           QT_TRANSLATE_NOOP("QCoreApplication", "Critical"),
           QT_TRANSLATE_NOOP("QCoreApplication", "N/A")]
# The type cell shows tr(label); kind_of() reads a shown label back.
KIND_LABELS = {QuestionKind.YES_NO: QT_TRANSLATE_NOOP("QCoreApplication", "Yes / no"),
               QuestionKind.SCALE: QT_TRANSLATE_NOOP("QCoreApplication", "Scale 0–N"),
               QuestionKind.CHOICE: QT_TRANSLATE_NOOP("QCoreApplication", "Choice"),
               QuestionKind.TEXT: QT_TRANSLATE_NOOP("QCoreApplication", "Free text")}
LABEL_KINDS = {v: k for k, v in KIND_LABELS.items()}


def kind_of(shown: str) -> QuestionKind:
    """The question kind a type cell shows (its label in the window's language)."""
    for kind, text in KIND_LABELS.items():
        if shown in (text, tr(text)):
            return kind
    return QuestionKind.YES_NO
ID_ROLE = Qt.ItemDataRole.UserRole
EDITABLE = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable)


class _TypeDelegate(QStyledItemDelegate):
    def createEditor(self, parent, option, index):  # noqa: N802 - Qt override
        if index.column() == 1 and index.parent().isValid():
            combo = QComboBox(parent)
            combo.addItems([tr(text) for text in KIND_LABELS.values()])
            return combo
        if index.column() in (4, 5) or (index.column() in (1, 3) and not index.parent().isValid()):
            return None
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor, index):  # noqa: N802
        if isinstance(editor, QComboBox):
            editor.setCurrentText(index.data())
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index):  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentText())
        else:
            super().setModelData(editor, model, index)


def format_choices(choices) -> str:
    return "; ".join(f"{label}={Decimal(points).normalize():f}" for label, points in choices)


def parse_choices(text: str) -> list[tuple[str, Decimal]]:
    result = []
    for part in text.split(";"):
        if not part.strip():
            continue
        if "=" not in part:
            raise ValueError(tr("'{part}' needs points: write Label=points").format(
                part=part.strip()))
        label, points = part.rsplit("=", 1)
        try:
            result.append((label.strip(), Decimal(points.strip())))
        except InvalidOperation:
            raise ValueError(tr("'{points}' is not a number of points").format(
                points=points.strip())) from None
    return result


def _number(text: str, what: str) -> Decimal:
    try:
        return Decimal(text.strip().replace(",", "."))
    except InvalidOperation:
        raise ValueError(tr("{what}: '{text}' is not a number").format(
            what=what, text=text)) from None


class ScorecardEditor(QWidget):
    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(len(COLUMNS))
        self.tree.setHeaderLabels([tr(title) for title in COLUMNS])
        self.tree.setItemDelegate(_TypeDelegate(self.tree))
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.SelectedClicked)
        self.tree.setAlternatingRowColors(True)
        self.tree.setStyleSheet("QTreeView::item { padding: 3px 0; }")
        header = self.tree.header()
        # Fixed widths, scrolling sideways when narrow: a stretched column squeezed its heading
        # ("Section / question") to a few letters.
        header.setStretchLastSection(False)
        for column, width in ((0, 300), (1, 110), (2, 70), (3, 240), (4, 70), (5, 50)):
            self.tree.setColumnWidth(column, width)
        header.setMinimumSectionSize(50)
        self.tree.itemChanged.connect(lambda *_: self.changed.emit())
        buttons = QHBoxLayout()
        for caption, slot in ((tr("Add section"), self.add_section),
                              (tr("Add question"), self.add_question),
                              (tr("Move up"), lambda: self.move(-1)),
                              (tr("Move down"), lambda: self.move(1)),
                              (tr("Remove"), self.remove)):
            button = QPushButton(caption)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.tree, 1)

    # -- building ----------------------------------------------------------------------------
    def set_sections(self, sections: list[dict]) -> None:
        self.tree.blockSignals(True)
        self.tree.clear()
        for section in sections:
            item = self._section_item(section)
            for question in section.get("questions", []):
                item.addChild(self._question_item(question))
            item.setExpanded(True)
        self.tree.blockSignals(False)

    def _section_item(self, section: dict) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self.tree, [section["name"], "", f"{Decimal(section['weight']).normalize():f}",
                                           "", "", ""])
        item.setData(0, ID_ROLE, section.get("id"))
        item.setFlags(EDITABLE)
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        return item

    def _question_item(self, q: dict) -> QTreeWidgetItem:
        kind = QuestionKind(q.get("kind", QuestionKind.YES_NO))
        options = (str(q.get("max_points", 5)) if kind == QuestionKind.SCALE
                   else format_choices(q.get("choices", [])) if kind == QuestionKind.CHOICE else "")
        item = QTreeWidgetItem([q["text"], tr(KIND_LABELS[kind]),
                                f"{Decimal(q.get('weight', 1)).normalize():f}", options, "", ""])
        item.setData(0, ID_ROLE, q.get("id"))
        item.setFlags(EDITABLE | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(4, Qt.CheckState.Checked if q.get("critical") else Qt.CheckState.Unchecked)
        item.setCheckState(5, Qt.CheckState.Checked if q.get("allow_na") else Qt.CheckState.Unchecked)
        return item

    def add_section(self) -> None:
        item = self._section_item({"name": tr("New section"), "weight": Decimal(10)})
        self.tree.setCurrentItem(item)
        self.tree.editItem(item, 0)
        self.changed.emit()

    def add_question(self) -> None:
        current = self.tree.currentItem()
        if current is None:
            if self.tree.topLevelItemCount() == 0:
                self.add_section()
            current = self.tree.topLevelItem(self.tree.topLevelItemCount() - 1)
        section = current if current.parent() is None else current.parent()
        item = self._question_item({"text": tr("New question"), "kind": QuestionKind.YES_NO})
        section.insertChild(section.indexOfChild(current) + 1 if current.parent() else
                            section.childCount(), item)
        section.setExpanded(True)
        self.tree.setCurrentItem(item)
        self.tree.editItem(item, 0)
        self.changed.emit()

    def move(self, step: int) -> None:
        item = self.tree.currentItem()
        if item is None:
            return
        parent = item.parent()
        if parent is None:
            index = self.tree.indexOfTopLevelItem(item)
            target = index + step
            if 0 <= target < self.tree.topLevelItemCount():
                expanded = item.isExpanded()
                self.tree.takeTopLevelItem(index)
                self.tree.insertTopLevelItem(target, item)
                item.setExpanded(expanded)
        else:
            index = parent.indexOfChild(item)
            target = index + step
            if 0 <= target < parent.childCount():
                parent.takeChild(index)
                parent.insertChild(target, item)
        self.tree.setCurrentItem(item)
        self.changed.emit()

    def remove(self) -> None:
        item = self.tree.currentItem()
        if item is None:
            return
        if item.parent() is None:
            self.tree.takeTopLevelItem(self.tree.indexOfTopLevelItem(item))
        else:
            item.parent().removeChild(item)
        self.changed.emit()

    # -- reading -----------------------------------------------------------------------------
    def sections(self) -> list[dict]:
        """The edited structure; raises ValueError naming the bad cell."""
        result = []
        for i in range(self.tree.topLevelItemCount()):
            s = self.tree.topLevelItem(i)
            name = s.text(0).strip()
            questions = []
            for j in range(s.childCount()):
                q = s.child(j)
                where = tr("{section}, question {number}").format(section=name, number=j + 1)
                kind = kind_of(q.text(1))
                max_points, choices = 1, []
                if kind == QuestionKind.SCALE:
                    try:
                        max_points = int(q.text(3).strip() or "5")
                    except ValueError:
                        raise ValueError(tr("{where}: the scale top '{text}' is not a whole "
                                            "number").format(where=where, text=q.text(3))) from None
                elif kind == QuestionKind.CHOICE:
                    try:
                        choices = parse_choices(q.text(3))
                    except ValueError as error:
                        raise ValueError(tr("{where}: {problem}").format(where=where,
                                                                         problem=error)) from None
                questions.append({
                    "id": q.data(0, ID_ROLE), "text": q.text(0).strip(), "kind": kind,
                    "weight": _number(q.text(2) or "1", tr("{where} weight").format(where=where)),
                    "max_points": max_points, "choices": choices,
                    "critical": q.checkState(4) == Qt.CheckState.Checked,
                    "allow_na": q.checkState(5) == Qt.CheckState.Checked})
            result.append({"id": s.data(0, ID_ROLE), "name": name,
                           "weight": _number(s.text(2) or "1", tr("{where} weight").format(where=name)),
                           "questions": questions})
        return result
