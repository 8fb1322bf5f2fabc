"""A scorecard filled in from the keyboard: one row per question, answered with one key.

Keys on a question row: Y / N (yes/no), a digit (a scale's points, or a choice's number from 1),
A or - (N/A, where allowed), Backspace (clear), Up / Down (move). Answering moves to the next
question; the live score is shown at the top. Mouse users click the same buttons.
"""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QButtonGroup, QFrame, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QScrollArea, QSizePolicy, QVBoxLayout, QWidget)

from models.domain.scoring import (Answer, QuestionDef, QuestionKind, ScorecardDef, as_percent,
                                   score_evaluation)
from widgets.i18n import tr

NA = "na"
ROW_STYLE = """
QFrame#questionRow { border: 1px solid transparent; border-radius: 4px; }
QFrame#questionRow:focus { border: 1px solid #2f6fdf; background: #eef4ff; }
QPushButton { padding: 2px 8px; }
QPushButton:checked { background: #2f6fdf; color: white; border: 1px solid #1d4fa8; }
"""


class QuestionRow(QFrame):
    answered = Signal(object)  # the row

    def __init__(self, question: QuestionDef, number: int, parent=None):
        super().__init__(parent)
        self.question = question
        self.setObjectName("questionRow")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setStyleSheet(ROW_STYLE)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        marks = (" ⚠ " + tr("critical") if question.critical else "")
        text = QLabel(f"<b>{number}.</b> {question.text}"
                      f"<span style='color:#b03030'>{marks}</span>")
        text.setWordWrap(True)
        text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout.addWidget(text, 1)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[object, QPushButton] = {}
        self.text_edit: QLineEdit | None = None
        if question.kind == QuestionKind.TEXT:
            self.text_edit = QLineEdit()
            self.text_edit.setPlaceholderText(tr("Comment (optional)"))
            self.text_edit.setMinimumWidth(260)
            self.text_edit.returnPressed.connect(lambda: self.answered.emit(self))
            layout.addWidget(self.text_edit, 1)
            self.setFocusProxy(self.text_edit)
        else:
            for value, caption in self._options():
                button = QPushButton(caption)
                button.setCheckable(True)
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                button.clicked.connect(lambda _=False, v=value: self._choose(v))
                self.group.addButton(button)
                self.buttons[value] = button
                layout.addWidget(button)
        self._value = None

    def _options(self) -> list[tuple[object, str]]:
        q = self.question
        if q.kind == QuestionKind.YES_NO:
            options = [(1, tr("Y  Yes")), (0, tr("N  No"))]
        elif q.kind == QuestionKind.SCALE:
            options = [(i, str(i)) for i in range(q.max_points + 1)]
        else:
            options = [(i, f"{i + 1}  {c.label} ({c.points.normalize():f})")
                       for i, c in enumerate(q.choices)]
        if q.allow_na:
            options.append((NA, tr("A  N/A")))
        return options

    # -- value -------------------------------------------------------------------------------
    def answer(self) -> Answer | None:
        if self.text_edit is not None:
            text = self.text_edit.text().strip()
            return Answer(text=text) if text else None
        if self._value is None:
            return None
        return Answer(na=True) if self._value == NA else Answer(self._value)

    def set_answer(self, answer: Answer | None) -> None:
        if self.text_edit is not None:
            self.text_edit.setText((answer.text if answer else "") or "")
            return
        value = None if answer is None else NA if answer.na else answer.value
        if value is not None and value != NA:
            value = int(value)
        self._set(value)

    def _set(self, value) -> None:
        self._value = value
        self.group.setExclusive(False)
        for key, button in self.buttons.items():
            button.setChecked(key == value)
        self.group.setExclusive(True)

    def _choose(self, value) -> None:
        self._set(value)
        self.answered.emit(self)

    # -- keyboard ----------------------------------------------------------------------------
    def keyPressEvent(self, event):  # noqa: N802 - Qt override
        key, text = event.key(), event.text().lower()
        q = self.question
        if key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            self._set(None)
            self.answered.emit(None)
            return
        if text in ("a", "-") and q.allow_na:
            return self._choose(NA)
        if q.kind == QuestionKind.YES_NO and text in ("y", "n", "1", "0"):
            return self._choose(1 if text in ("y", "1") else 0)
        if text.isdigit():
            digit = int(text)
            if q.kind == QuestionKind.SCALE and digit <= q.max_points:
                return self._choose(digit)
            if q.kind == QuestionKind.CHOICE and 1 <= digit <= len(q.choices):
                return self._choose(digit - 1)
        if key == Qt.Key.Key_Down:
            self.focusNextChild()
            return
        if key == Qt.Key.Key_Up:
            self.focusPreviousChild()
            return
        super().keyPressEvent(event)


class ScorecardForm(QWidget):
    """Questions grouped by section, with the live score. `answers()` -> {question key: Answer}."""
    answers_changed = Signal()
    completed = Signal()   # the last question was answered

    def __init__(self, parent=None):
        super().__init__(parent)
        self.card: ScorecardDef | None = None
        self.rows: list[QuestionRow] = []
        self.score_label = QLabel()
        self.score_label.setTextFormat(Qt.TextFormat.RichText)
        self.score_label.setWordWrap(True)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        self.body_layout.setSpacing(2)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.body)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll = scroll
        help_label = QLabel(tr("Keys: <b>Y</b>/<b>N</b> yes–no · a <b>digit</b> for points or the "
                               "option number · <b>A</b> N/A · <b>Backspace</b> clears · "
                               "answering moves to the next question"))
        help_label.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.score_label)
        layout.addWidget(scroll, 1)
        layout.addWidget(help_label)

    def set_card(self, card: ScorecardDef | None) -> None:
        self.card = card
        self.rows = []
        while self.body_layout.count():
            item = self.body_layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        if card is None:
            self._update_score()
            return
        number = 0
        for section in card.sections:
            weight = tr("weight {weight}").format(weight=f"{section.weight.normalize():f}")
            header = QLabel(f"<b>{section.name}</b> <span style='color:#666'>· {weight}</span>")
            header.setStyleSheet("margin-top: 8px; font-size: 11pt;")
            self.body_layout.addWidget(header)
            for question in section.questions:
                number += 1
                row = QuestionRow(question, number)
                row.answered.connect(self._answered)
                self.rows.append(row)
                self.body_layout.addWidget(row)
        self.body_layout.addStretch(1)
        self._update_score()

    def focus_first(self) -> None:
        if self.rows:
            self.rows[0].setFocus()

    def answers(self) -> dict:
        result = {}
        for row in self.rows:
            answer = row.answer()
            if answer is not None:
                result[row.question.key] = answer
        return result

    def set_answers(self, answers: dict) -> None:
        for row in self.rows:
            row.set_answer(answers.get(row.question.key))
        self._update_score()

    def unanswered(self) -> int:
        return sum(1 for r in self.rows if r.question.scored and r.answer() is None)

    def _answered(self, row) -> None:
        self._update_score()
        self.answers_changed.emit()
        if row is None:
            return
        index = self.rows.index(row)
        if index + 1 < len(self.rows):
            self.rows[index + 1].setFocus()
            self.scroll.ensureWidgetVisible(self.rows[index + 1])
        else:
            self.completed.emit()

    def _update_score(self) -> None:
        if self.card is None:
            self.score_label.setText(tr("Choose a scorecard."))
            return
        result = score_evaluation(self.card, self.answers())
        parts = [f"{s.name} {as_percent(s.score, 0) or '—'}" for s in result.sections]
        total = as_percent(result.score) or "—"
        warn = (" <span style='color:#b03030'>" + tr("critical question failed") + "</span>"
                if result.critical_failed else "")
        unanswered = tr("{n} unanswered").format(n=self.unanswered())
        self.score_label.setText(
            f"<span style='font-size:15pt'><b>{total}</b></span>{warn} &nbsp; "
            f"<span style='color:#555'>{' · '.join(parts)} · "
            f"{unanswered}</span>")


def percent(value: Decimal | None) -> str:
    return as_percent(value)
