"""The review form: the computed figures beside each rated dimension, the quarter's trend charts,
the previous review, one-on-ones and plan, comments, SMART goals, the overall rating with its
override, and — for HR and admins only — pay and the raise/bonus decision."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDoubleSpinBox, QFormLayout,
                               QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QMessageBox, QPlainTextEdit, QPushButton, QScrollArea,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from desktop.i18n import tr
from models.domain.enums import label
from models import formatting
from models.domain.reviews import (CompensationKind, SmartGoal, rating_progress_text,
                                   weighted_rating)
from widgets.attainment import AttainmentBars
from widgets.month_lines import PALETTE, MonthLines
from widgets.month_lines import Series as Line
from widgets.date_fields import show_dates

GOAL_ROWS = 3
GREY = "#6b7785"
NOT_APPLICABLE = "n/a"   # the rating combo's data for "Not applicable" (ratings are numbers)


def _money(value, currency: str | None = None) -> str:
    return formatting.money(value, currency)


def readable_when_disabled(widget) -> None:
    """Disabled text in the widget's normal colours (the background still says read-only)."""
    palette = widget.palette()
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText,
                 QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role,
                         palette.color(QPalette.ColorGroup.Active, role))
    widget.setPalette(palette)


class ReviewForm(QScrollArea):
    """Shows one ReviewDetail; emits `saved` after any successful save or status change."""

    saved = Signal(int)
    pdf_requested = Signal(int)

    def __init__(self, ctx, parent=None, *, today: dt.date | None = None):
        super().__init__(parent)
        from desktop.conflicts import resolve_conflict
        self.ctx = ctx
        self._today = today
        self.detail = None
        self.saving = None        # the save under way (desktop.conflicts.FormSave)
        self.ask = resolve_conflict  # answers a conflict: RELOAD, REAPPLY or CANCEL
        self.background = True
        self.setWidgetResizable(True)
        body = QWidget()
        self.setWidget(body)
        outer = QVBoxLayout(body)

        self.heading = QLabel(tr("Choose a review on the left."))
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setPointSize(font.pointSize() + 3)
        font.setBold(True)
        self.heading.setFont(font)
        self.subheading = QLabel("")
        self.subheading.setTextFormat(Qt.TextFormat.PlainText)
        self.subheading.setWordWrap(True)
        self.subheading.setStyleSheet(f"color: {GREY}")
        outer.addWidget(self.heading)
        outer.addWidget(self.subheading)

        # dimensions with their figures ------------------------------------------------------
        self.dims = QTableWidget(0, 5)
        self.dims.setHorizontalHeaderLabels([tr("Dimension"), tr("Weight"),
                                             tr("Figure of the quarter"), tr("Suggested"),
                                             tr("Rating")])
        self.dims.verticalHeader().setVisible(False)
        self.dims.setWordWrap(True)
        header = self.dims.horizontalHeader()
        # The names and the suggestion wrap in fixed columns, so the figure keeps its room: with
        # the names one line long the figure got 26 pixels ("ure of the quar") and the rating
        # was pushed off the right edge of a 1024 window.
        header.setMinimumSectionSize(48)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        self.dims.setColumnWidth(0, 140)
        self.dims.setColumnWidth(3, 90)
        self.dims.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        outer.addWidget(self.dims)

        overall = QHBoxLayout()
        self.overall = QLabel(tr("Overall rating: –"))
        self.overall.setTextFormat(Qt.TextFormat.PlainText)
        self.overall.setWordWrap(True)
        self.override_box = QCheckBox(tr("Override"))
        self.override_value = QDoubleSpinBox()
        self.override_value.setDecimals(2)
        self.override_value.setSingleStep(0.25)
        self.override_reason = QLineEdit()
        self.override_reason.setPlaceholderText(tr("Reason for the override (required)"))
        self.override_reason.setMinimumWidth(self.override_reason.fontMetrics().horizontalAdvance(
            self.override_reason.placeholderText()) + 16)
        overall.addWidget(self.overall)
        overall.addSpacing(16)
        overall.addWidget(self.override_box)
        overall.addWidget(self.override_value)
        overall.addStretch(1)
        outer.addLayout(overall)
        outer.addWidget(self.override_reason)   # a line of its own: beside the rest it was cut
        self.override_box.toggled.connect(self._override_toggled)

        # charts -------------------------------------------------------------------------------
        # Both are painted (no pyqtgraph plot to make): drawn with the review's fields.
        charts = QHBoxLayout()
        self.figure_bars = AttainmentBars(title=tr("Figures against target"), warn=0.9)
        self.figure_bars.name_width = 160   # the same room for the names in every review
        self.trend = MonthLines(y_label=tr("% of target"))
        for chart in (self.figure_bars, self.trend):
            chart.setMinimumHeight(200)
            charts.addWidget(chart, 1)
        outer.addLayout(charts)

        # context: previous review, one-on-ones, plan ------------------------------------------
        self.context = QLabel("")
        self.context.setTextFormat(Qt.TextFormat.PlainText)
        self.context.setWordWrap(True)
        outer.addWidget(self.context)
        from desktop.reviews.goals_section import ReviewGoalsSection   # the sales plan's goals
        self.plan_goals = ReviewGoalsSection(ctx, today=today)
        outer.addWidget(self.plan_goals)

        # comments and goals -------------------------------------------------------------------
        texts = QFormLayout()
        self.strengths = QPlainTextEdit()
        self.improvements = QPlainTextEdit()
        self.rep_comments = QPlainTextEdit()
        for w in (self.strengths, self.improvements, self.rep_comments):
            w.setFixedHeight(64)
        self.rep_comments.setPlaceholderText(tr("The rep's own comments, entered when they "
                                                "acknowledge the review"))
        texts.addRow(tr("Strengths"), self.strengths)
        texts.addRow(tr("To improve"), self.improvements)
        self.goals = QTableWidget(GOAL_ROWS, 4)
        self.goals.setHorizontalHeaderLabels([tr("SMART goal (specific)"), tr("Measured by"),
                                              tr("Target"), tr("Deadline")])
        self.goals.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.goals.verticalHeader().setVisible(False)
        self.goals.setFixedHeight(30 + 30 * GOAL_ROWS)
        self.goal_dates: list[QDateEdit] = []
        for row in range(GOAL_ROWS):
            edit = QDateEdit()
            edit.setCalendarPopup(True)
            show_dates(edit)
            self.goals.setCellWidget(row, 3, edit)
            self.goal_dates.append(edit)
        texts.addRow(tr("Goals for next quarter"), self.goals)
        texts.addRow(tr("Rep's comments"), self.rep_comments)
        outer.addLayout(texts)

        # compensation (HR and admins only) -------------------------------------------------
        self.pay = QGroupBox(tr("Pay and decision (HR only)"))
        pay = QFormLayout(self.pay)
        self.pay_now = QLabel("")
        self.pay_kind = QComboBox()
        for kind in CompensationKind:
            self.pay_kind.addItem(label(kind.value), kind.value)
        self.pay_amount = QDoubleSpinBox()
        self.pay_amount.setMaximum(10_000_000)
        self.pay_amount.setDecimals(2)
        self.pay_note = QLineEdit()
        self.pay_save = QPushButton(tr("Record decision"))
        pay.addRow(tr("Current pay"), self.pay_now)
        pay.addRow(tr("Decision"), self.pay_kind)
        pay.addRow(tr("Amount"), self.pay_amount)
        pay.addRow(tr("Note"), self.pay_note)
        pay.addRow("", self.pay_save)
        self.pay.setVisible(False)
        outer.addWidget(self.pay)
        self.pay_save.clicked.connect(self.record_pay)

        # actions ----------------------------------------------------------------------------
        buttons = QHBoxLayout()
        self.save_button = QPushButton(tr("Save"))
        self.action_buttons = {a: QPushButton(t) for a, t in (
            ("submit", tr("Submit")), ("return", tr("Return to draft")),
            ("acknowledge", tr("Rep acknowledges")), ("close", tr("Close review")))}
        self.pdf_button = QPushButton(tr("PDF…"))
        self.stop_button = QPushButton(tr("Stop saving"))  # shown while a save waits for the server
        self.stop_button.setVisible(False)
        self.stop_button.clicked.connect(lambda: self.saving and self.saving.cancel())
        self.status = QLabel("")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        buttons.addWidget(self.save_button)
        for b in self.action_buttons.values():
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.stop_button)
        buttons.addWidget(self.pdf_button)
        outer.addLayout(buttons)
        outer.addWidget(self.status)
        outer.addStretch(1)
        self.save_button.clicked.connect(self.save)
        for action, b in self.action_buttons.items():
            b.clicked.connect(lambda _checked=False, a=action: self.act(a))
        self.pdf_button.clicked.connect(lambda: self.detail and self.pdf_requested.emit(
            self.detail.id))
        # A closed review is read, not edited: its fields are disabled but keep full-contrast
        # text (Qt's disabled grey made a closed review hard to read).
        for w in (self.dims, self.strengths, self.improvements, self.rep_comments, self.goals,
                  self.override_value, self.override_reason, self.pay_kind, self.pay_amount,
                  self.pay_note):
            readable_when_disabled(w)
        self._set_enabled(False)

    # -- showing -------------------------------------------------------------------------------
    def show_review(self, detail) -> None:
        self.detail = detail
        d = detail
        self.heading.setText(f"{d.rep_name} · {d.cycle}")
        self.subheading.setText(" · ".join(x for x in (
            d.team, label(d.rep_role),
            tr("Reviewer {name}").format(name=d.reviewer) if d.reviewer else None,
            tr("Status: {status}").format(status=label(d.status)),
            tr("closed {date}").format(date=formatting.date(d.closed_on)) if d.closed_on
            else None) if x))
        scale = d.scale
        self.dims.clearContents()
        self.dims.setRowCount(0)
        self.dims.setRowCount(len(d.dimensions))
        self.rating_boxes: dict[str, QComboBox] = {}
        total = sum((x.weight for x in d.dimensions), Decimal(0)) or Decimal(1)
        for row, line in enumerate(d.dimensions):
            self.dims.setItem(row, 0, QTableWidgetItem(line.name))
            self.dims.setItem(row, 1, QTableWidgetItem(formatting.percent(line.weight / total, 0)))
            if line.figure is None:
                item = QTableWidgetItem(tr("Rated by the reviewer"))
                item.setForeground(Qt.GlobalColor.gray)
            elif line.figure.available:
                item = QTableWidgetItem(line.figure.text)
            else:
                item = QTableWidgetItem(tr("Not available yet: {reason}").format(
                    reason=line.figure.reason))
                item.setForeground(Qt.GlobalColor.gray)
            item.setToolTip(item.text())
            self.dims.setItem(row, 2, item)
            self.dims.setItem(row, 3, QTableWidgetItem(
                "" if line.suggested is None else f"{line.suggested} · {scale.label(line.suggested)}"))
            box = QComboBox()
            box.addItem("–", None)
            for step in range(scale.low, scale.high + 1):
                box.addItem(f"{step} · {scale.label(step)}", step)
            box.addItem(tr("Not applicable"), NOT_APPLICABLE)
            box.setCurrentIndex(max(0, box.findData(
                NOT_APPLICABLE if line.not_applicable else line.rating)))
            box.currentIndexChanged.connect(self._update_overall)
            self.dims.setCellWidget(row, 4, box)
            self.rating_boxes[line.key] = box
        self.dims.resizeRowsToContents()
        height = self.dims.horizontalHeader().height() + 4 + sum(
            self.dims.rowHeight(r) for r in range(self.dims.rowCount()))
        self.dims.setFixedHeight(height)
        self.override_value.setRange(scale.low, scale.high)
        self.override_box.setChecked(d.override_rating is not None)
        self.override_value.setValue(float(d.override_rating or d.computed_rating or scale.low))
        self.override_reason.setText(d.override_reason or "")
        self._override_toggled(self.override_box.isChecked())
        self.strengths.setPlainText(d.strengths or "")
        self.improvements.setPlainText(d.improvements or "")
        self.rep_comments.setPlainText(d.rep_comments or "")
        for row in range(GOAL_ROWS):
            goal = d.goals[row] if row < len(d.goals) else None
            for col, text in enumerate((goal.specific, goal.measure, goal.target) if goal
                                       else ("", "", "")):
                self.goals.setItem(row, col, QTableWidgetItem(text))
            day = goal.deadline if goal else d.period_end + dt.timedelta(days=91)
            self.goal_dates[row].setDate(QDate(day.year, day.month, day.day))
        self._show_context(d)
        self.plan_goals.show_for(d)
        self._show_charts(d)
        self._show_pay(d)
        self._update_overall()
        self._set_enabled(True)
        self.status.setText(tr("This review is closed and read-only.") if d.read_only else "")

    def _show_context(self, d) -> None:
        parts = []
        if d.previous:
            cycle, rating, status = d.previous
            parts.append(tr("Previous review {cycle}: {rating} ({status}).").format(
                cycle=cycle, status=label(status),
                rating="–" if rating is None
                else formatting.number(rating, 2) + " " + d.scale.label(rating)))
        else:
            parts.append(tr("No previous review."))
        if d.one_on_ones:
            held = sum(1 for _d, s, _n in d.one_on_ones if s == "held")
            parts.append(tr("One-on-ones this quarter: {held} held of {count}.").format(
                held=held, count=len(d.one_on_ones)))
        else:
            parts.append(tr("No one-on-ones recorded this quarter."))
        if d.quarter_goals:
            parts.append(tr("Goals for this quarter: {goals}.").format(goals="; ".join(
                tr("{goal} ({target} by {deadline})").format(
                    goal=g.specific, target=g.target, deadline=formatting.date(g.deadline))
                for g in d.quarter_goals)))
        for p in d.plans:
            parts.append(tr("Improvement plan ({days} days from {start}, {outcome}): "
                            "{progress}").format(
                days=p.length_days, start=formatting.date(p.start_date),
                outcome=label(p.outcome).lower(), progress=p.progress.summary()))
        self.context.setText("  ".join(parts))

    def _show_charts(self, d) -> None:
        bars = [(line.figure.label, float(line.figure.ratio))
                for line in d.dimensions if line.figure is not None and line.figure.available
                and line.figure.ratio is not None]
        series = []
        for key, name in (("results_vs_quota", tr("Attainment")),
                          ("activity_vs_goals", tr("Key numbers")),
                          ("quality_of_selling", tr("Quality"))):
            f = d.figures.get(key)
            if f is not None and f.available and f.series:
                series.append(Line(name, [None if value is None else float(value) * 100
                                          for _label, value in f.series[:3]],
                                   PALETTE[len(series) % len(PALETTE)]))
        months = [formatting.month_name_short(dt.date(d.period_start.year,
                                                      d.period_start.month + i, 1))
                  for i in range(3)]
        self.figure_bars.set_bars(bars)
        self.trend.set_series(months, series, title=tr("Trend of the quarter"), goal=100.0)

    def _show_pay(self, d) -> None:
        visible = bool(getattr(self.ctx.user, "sees_compensation", False)) and \
            d.compensation is not None
        self.pay.setVisible(visible)
        if not visible:
            return
        c = d.compensation
        base = _money(c.base_salary, c.currency)
        self.pay_now.setText(
            tr("{base} base, commission {rate}").format(
                base=base, rate=formatting.percent(c.commission_rate))
            if c.commission_rate is not None else tr("{base} base").format(base=base))
        self.pay_kind.setCurrentIndex(max(0, self.pay_kind.findData(c.decision_kind or
                                                                    "no_change")))
        self.pay_amount.setValue(float(c.decision_amount or 0))
        self.pay_note.setText(c.decision_note or "")

    def _set_enabled(self, on: bool) -> None:
        editable = on and self.detail is not None and not self.detail.read_only
        for w in (self.dims, self.override_box, self.strengths, self.improvements, self.goals,
                  self.save_button, self.pay_save, self.pay_kind, self.pay_amount, self.pay_note):
            w.setEnabled(editable)
        self.override_value.setEnabled(editable and self.override_box.isChecked())
        self.override_reason.setEnabled(editable and self.override_box.isChecked())
        actions = set(self.detail.actions) if on and self.detail else set()
        for action, b in self.action_buttons.items():
            b.setEnabled(action in actions)
        self.rep_comments.setEnabled("acknowledge" in actions)
        self.pdf_button.setEnabled(on)

    def _override_toggled(self, on: bool) -> None:
        editable = self.detail is not None and not self.detail.read_only
        self.override_value.setEnabled(on and editable)
        self.override_reason.setEnabled(on and editable)

    def ratings(self) -> dict[str, int | None]:
        return {key: None if box.currentData() == NOT_APPLICABLE else box.currentData()
                for key, box in getattr(self, "rating_boxes", {}).items()}

    def not_applicable(self) -> dict[str, bool]:
        """Dimension key -> marked not applicable in its rating combo."""
        return {key: box.currentData() == NOT_APPLICABLE
                for key, box in getattr(self, "rating_boxes", {}).items()}

    def _update_overall(self) -> None:
        if self.detail is None:
            return
        weights = {line.key: line.weight for line in self.detail.dimensions}
        ratings = self.ratings()
        skipped = {key for key, marked in self.not_applicable().items() if marked}
        computed = weighted_rating(weights, ratings, skipped)
        if computed is None:
            text = tr("– ({progress})").format(
                progress=rating_progress_text(weights, ratings, skipped))
        else:
            text = f"{formatting.number(computed, 2)} · {self.detail.scale.label(computed)}"
        self.overall.setText(tr("Overall rating (from the weights): {rating}").format(rating=text))

    # -- saving --------------------------------------------------------------------------------
    def edit(self):
        from models.services.reviews import ReviewEdit
        goals = []
        for row in range(GOAL_ROWS):
            cells = [(self.goals.item(row, c).text() if self.goals.item(row, c) else "").strip()
                     for c in range(3)]
            if any(cells):
                q = self.goal_dates[row].date()
                goals.append(SmartGoal(*cells, dt.date(q.year(), q.month(), q.day())))
        override = Decimal(str(round(self.override_value.value(), 2))) \
            if self.override_box.isChecked() else None
        return ReviewEdit(ratings=self.ratings(), not_applicable=self.not_applicable(),
                          strengths=self.strengths.toPlainText(),
                          improvements=self.improvements.toPlainText(), override_rating=override,
                          override_reason=self.override_reason.text(), goals=goals)

    def changes(self):
        """The edit restricted to what the user changed since the review was shown: saving it on
        top of someone else's newer version (Re-apply) leaves their other changes alone."""
        from dataclasses import replace
        d, edit = self.detail, self.edit()

        def text(value):
            return (value or "").strip() or None
        parts = {name for name, mine, loaded in (
            ("strengths", text(edit.strengths), text(d.strengths)),
            ("improvements", text(edit.improvements), text(d.improvements)),
            ("override", (edit.override_rating, text(edit.override_reason)
                          if edit.override_rating is not None else None),
             (d.override_rating, text(d.override_reason)
              if d.override_rating is not None else None))) if mine != loaded}
        loaded_ratings = {line.key: line.rating for line in d.dimensions}
        ratings = {k: v for k, v in edit.ratings.items() if loaded_ratings.get(k) != v}
        loaded_marks = {line.key: line.not_applicable for line in d.dimensions}
        marks = {k: v for k, v in edit.not_applicable.items() if loaded_marks.get(k, False) != v}
        goals = edit.goals if list(edit.goals) != list(d.goals) else None
        return replace(edit, ratings=ratings, not_applicable=marks, goals=goals,
                       only=frozenset(parts))

    def save(self, then=None):
        """Save the reviewer's part off the GUI thread (desktop/conflicts.py): a lost server is
        waited for with the edits kept, and a review someone else saved meanwhile asks Reload /
        Re-apply / Cancel. `then()` runs after a successful save. Returns the FormSave."""
        from models.services.reviews import save_review
        if self.saving is not None:
            return self.saving
        review_id, edit = self.detail.id, self.changes()
        return self._start(
            review_id, lambda version: save_review(self.ctx.db, review_id, version, edit),
            tr("Saving…"), done=tr("Saved."), then=then, new_version=True,
            not_done=tr("Not saved: someone else changed this review. Your edits are still here; "
                        "Save checks them against the current version."))

    def _start(self, review_id: int, store, busy: str, *, done: str, not_done: str,
               then=None, new_version: bool = False):
        """Run `store(version)` as the form's save: off the GUI thread, waiting for a lost
        server, Reload / Re-apply / Cancel on a conflict. `new_version`: it returns the version."""
        from desktop.conflicts import FormSave
        self.saving = job = FormSave(
            self, store, self.detail.version, reload=lambda _error: self.reload_from_database(),
            ask=self.ask, background=self.background)
        self._busy(True, busy)
        job.reconnecting.connect(lambda text: self._busy(True, text))
        job.finished.connect(lambda outcome: self._finished(
            review_id, outcome, done, not_done, then, new_version))
        return job.start()

    def _finished(self, review_id: int, outcome, done: str, not_done: str, then,
                  new_version: bool) -> None:
        from desktop.conflicts import RELOAD
        self.saving = None
        self._busy(False)
        if self.detail is None or self.detail.id != review_id:  # another review is shown now
            if outcome.saved:
                self.saved.emit(review_id)
            return
        if outcome.saved:
            if new_version:
                self.detail.version = outcome.result
            self.status.setText(done)
            self.saved.emit(review_id)
            if then is not None:
                then()
        elif outcome.error is not None:
            self._error(outcome.message)
        elif outcome.choice == RELOAD:
            self.status.setText(tr("Reloaded: the form shows the review as saved now."))
        else:
            self.status.setText(not_done)

    def reload_from_database(self) -> None:
        from sqlalchemy.exc import DBAPIError

        from models.db.errors import RepdeskError
        from models.services.reviews import load_review
        try:
            self.show_review(load_review(self.ctx.db, self.detail.id, self.ctx.user))
        except (RepdeskError, DBAPIError) as error:  # deleted meanwhile, or the server is away
            from models.db.retry import plain_message
            self._error(tr("Could not reload; your edits are kept. {reason}").format(
                reason=plain_message(error)))

    def _busy(self, busy: bool, text: str = "") -> None:
        """While a save runs the form cannot be changed; the status line says what happens."""
        self._set_enabled(not busy)
        self.stop_button.setVisible(busy and text.startswith("Reconnecting"))
        if busy:
            self.pdf_button.setEnabled(False)
            self.status.setText(text)

    def act(self, action: str) -> None:
        if action in ("submit",) and not self.detail.read_only:
            self.save(then=lambda: self._act(action))
            return
        self._act(action)

    def _act(self, action: str) -> None:
        """A status step (submit, return, acknowledge, close) goes the way a save does."""
        from models.services.reviews import act
        if self.saving is not None:
            return
        review_id, comments = self.detail.id, self.rep_comments.toPlainText()
        on = self._today or dt.date.today()
        self._start(review_id, lambda version: act(self.ctx.db, review_id, action,
                                                   version=version, rep_comments=comments, on=on),
                    tr("{action}…").format(action=label(action)),
                    done={"submit": tr("Review submitted."), "return": tr("Review returned."),
                          "acknowledge": tr("Review acknowledged."),
                          "close": tr("Review closed.")}.get(action, tr("Done.")),
                    not_done=tr("Not done: someone else changed this review meanwhile."))

    def record_pay(self) -> None:
        from models.db.errors import RepdeskError
        from models.services.reviews import record_compensation
        try:
            record_compensation(self.ctx.db, self.ctx.user, self.detail.id,
                                self.pay_kind.currentData(),
                                amount=Decimal(str(self.pay_amount.value())) or None,
                                currency=self.detail.compensation.currency,
                                note=self.pay_note.text())
        except RepdeskError as error:
            self._error(str(error))
            return
        self.status.setText(tr("Pay decision recorded."))
        self.saved.emit(self.detail.id)

    def _error(self, text: str) -> None:
        self.status.setText(text)
        if not self.property("quiet"):
            QMessageBox.warning(self, tr("Review"), text)
