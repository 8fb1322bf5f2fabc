"""The page of one rep: profile and status, quota by quarter, key numbers against goals, deals,
one-on-ones, reviews and plans, quality by section, training, commission (HR and admins) and the
rep's history — each part only for the roles that may see it (models/services/rep_page.py).

The page loads through the task runner; while it loads the previous rep stays on screen greyed.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
                               QPushButton, QScrollArea, QSizePolicy, QVBoxLayout, QWidget)

from desktop.i18n import tr
from desktop.rep_page import sections

TITLES = {  # translated where shown
    "profile": QT_TRANSLATE_NOOP("QCoreApplication", "Profile"),
    "status": QT_TRANSLATE_NOOP("QCoreApplication", "Status, onboarding and improvement plan"),
    "quota": QT_TRANSLATE_NOOP("QCoreApplication", "Quota attainment by quarter"),
    "key_numbers": QT_TRANSLATE_NOOP("QCoreApplication", "Key numbers against goals"),
    "deals": QT_TRANSLATE_NOOP("QCoreApplication", "Deals"),
    "one_on_ones": QT_TRANSLATE_NOOP("QCoreApplication", "One-on-ones"),
    "reviews": QT_TRANSLATE_NOOP("QCoreApplication", "Reviews"),
    "quality": QT_TRANSLATE_NOOP("QCoreApplication", "Quality scores by section (last 12 months)"),
    "training": QT_TRANSLATE_NOOP("QCoreApplication", "Training"),
    "commission": QT_TRANSLATE_NOOP("QCoreApplication", "Pay and commission (HR and admins only)"),
    "history": QT_TRANSLATE_NOOP("QCoreApplication", "Recent changes")}
TWO_COLUMNS_FROM = 900  # px of page width: below, the parts stack in one column
WIDE_PARTS = {"deals", "history"}  # tables that need the whole width


class RepPage(QWidget):
    loaded = Signal(int)        # rep id, once its page is on screen
    load_failed = Signal(str)

    def __init__(self, ctx, parent=None, *, today: dt.date | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.today = today
        self.rep_id: int | None = None
        self.data = None
        self._generation = 0
        self.boxes: dict[str, QGroupBox] = {}
        self.texts: dict[str, QLabel] = {}

        self.title = QLabel("")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setWordWrap(True)
        self.state = QLabel("")
        self.state.setWordWrap(True)
        self.edit_button = QPushButton(tr("Edit rep…"))
        self.history_button = QPushButton(tr("Full history…"))
        self.history_button.setToolTip(tr("Every change of this rep (Ctrl+H)"))
        self.refresh_button = QPushButton(tr("Reload"))
        self.edit_button.clicked.connect(self.edit_rep)
        self.history_button.clicked.connect(self.show_history)
        self.refresh_button.clicked.connect(self.reload)
        can_edit = ctx is not None and ctx.user.role.value != "trainer"
        self.edit_button.setVisible(can_edit)
        self.history_button.setVisible(can_edit)

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        for button in (self.refresh_button, self.history_button, self.edit_button):
            top.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)

        self.content = QWidget()
        self.grid = QGridLayout(self.content)
        self.grid.setContentsMargins(0, 0, 6, 0)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(12)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.content)

        self.quota_chart = None
        self.trend_chart = None
        self.trend_metric = QComboBox()
        self.trend_metric.currentIndexChanged.connect(self._show_trend)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.state)
        layout.addWidget(self.scroll, 1)
        self._columns = 0
        if ctx is not None:
            ctx.changed.connect(self._on_changed)

    # -- loading -------------------------------------------------------------------------------
    def show_rep(self, rep_id: int) -> None:
        if rep_id != self.rep_id:
            self.scroll.verticalScrollBar().setValue(0)
        self.rep_id = rep_id
        self.reload()

    def reload(self) -> None:
        if self.rep_id is None:
            return
        from models.services.rep_page import load_rep_page
        self._generation += 1
        generation = self._generation
        self.state.setText(tr("Loading…"))
        self.content.setEnabled(False)
        self.ctx.tasks.run(load_rep_page, self.ctx.db, self.ctx.user, self.rep_id,
                           today=self.today,
                           on_success=lambda data: self._loaded(data, generation),
                           on_error=lambda error: self._failed(error, generation))

    def is_loading(self) -> bool:
        return self.state.text() == tr("Loading…")

    def _loaded(self, data, generation: int) -> None:
        if generation != self._generation:
            return  # a newer load (another rep) started meanwhile
        self.data = data
        self.state.setText("")
        self.edit_button.setEnabled(True)
        self.history_button.setEnabled(True)
        self.content.setEnabled(True)
        self.title.setText(sections.heading(data.profile))
        self.setWindowTitle(data.name)
        self._fill(data)
        self.loaded.emit(data.rep_id)

    def _failed(self, error, generation: int) -> None:
        if generation != self._generation:
            return
        from models.db.retry import plain_message
        self.content.setEnabled(True)
        self.edit_button.setEnabled(False)   # nothing of this rep is on screen to act on
        self.history_button.setEnabled(False)
        text = plain_message(error)
        self.state.setText(f"<span style='color:#b3261e'>{sections.e(text)}</span>")
        self.load_failed.emit(text)

    def _on_changed(self, area: str) -> None:
        if self.rep_id is not None and self.isVisible() and area in (
                "reps", "roster", "deals", "quotas", "territories", "reviews", "quality",
                "training", "activity", "*"):
            self.reload()

    # -- the parts -----------------------------------------------------------------------------
    def _fill(self, data) -> None:
        html = {
            "profile": lambda: sections.profile(data.profile),
            "status": lambda: sections.status(data.status, data.today),
            "quota": lambda: sections.quota(data.quota, data.quarter),
            "key_numbers": lambda: sections.key_numbers(data.key_numbers),
            "deals": lambda: sections.deals(data),
            "one_on_ones": lambda: sections.one_on_ones(data),
            "reviews": lambda: sections.reviews(data),
            "quality": lambda: sections.quality(data.quality),
            "training": lambda: sections.training(data.training),
            "commission": lambda: sections.commission(data.commission),
            "history": lambda: sections.history(data.history),
        }
        for name in data.parts:
            box = self._box(name)
            if name in data.unavailable:
                text = sections.muted(sections.e(tr("Not available: {reason}").format(
                    reason=data.unavailable[name])))
            else:
                text = html[name]()
            self.texts[name].setText(text)
        if "quota" in data.parts and "quota" not in data.unavailable:
            self._quota_chart().set_bars([(q.label, None if q.ratio is None else float(q.ratio))
                                          for q in data.quota])
        if "key_numbers" in data.parts and "key_numbers" not in data.unavailable:
            self._fill_trends(data.trends)
        self._arrange(force=True)
        for name, box in self.boxes.items():
            box.setVisible(name in data.parts)

    def _box(self, name: str) -> QGroupBox:
        if name not in self.boxes:
            box = QGroupBox(tr(TITLES[name]), self.content)
            box.setObjectName(f"part_{name}")
            text = QLabel()
            text.setTextFormat(Qt.TextFormat.RichText)
            text.setWordWrap(True)
            text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            text.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
            column = QVBoxLayout(box)
            column.addWidget(text)
            if name == "key_numbers":
                column.addWidget(self.trend_metric)
            column.addStretch(1)
            self.boxes[name], self.texts[name] = box, text
        return self.boxes[name]

    def _quota_chart(self):
        if self.quota_chart is None:
            from widgets.attainment import AttainmentBars
            self.quota_chart = AttainmentBars(warn=1.0)
            self.quota_chart.setFixedHeight(170)
            self.boxes["quota"].layout().insertWidget(1, self.quota_chart)
        return self.quota_chart

    def _fill_trends(self, trends) -> None:
        if self.trend_chart is None:
            from widgets.charts import TrendChart
            self.trend_chart = TrendChart()
            self.trend_chart.setFixedHeight(200)
            self.boxes["key_numbers"].layout().insertWidget(2, self.trend_chart)
        current = self.trend_metric.currentText()
        self.trend_metric.blockSignals(True)
        self.trend_metric.clear()
        for series in trends:
            self.trend_metric.addItem(tr("{metric}, week by week").format(metric=series.label), series)
        self.trend_metric.setCurrentIndex(max(0, self.trend_metric.findText(current)))
        self.trend_metric.blockSignals(False)
        self.trend_metric.setVisible(bool(trends))
        self.trend_chart.setVisible(bool(trends))
        self._show_trend()

    def _show_trend(self, *_args) -> None:
        series = self.trend_metric.currentData()
        if series is not None and self.trend_chart is not None:
            self.trend_chart.set_series([(series.label, series.points)], goal=series.goal)

    def _arrange(self, force: bool = False) -> None:
        """Two columns when the page is wide enough, one otherwise; the order is the page's."""
        columns = 2 if self.width() >= TWO_COLUMNS_FROM else 1
        if columns == self._columns and not force:
            return
        self._columns = columns
        for box in self.boxes.values():
            self.grid.removeWidget(box)
        shown = [n for n in (self.data.parts if self.data else []) if n in self.boxes]
        row = column = 0
        for name in shown:
            span = columns if name in WIDE_PARTS else 1
            if column + span > columns:
                row, column = row + 1, 0
            self.grid.addWidget(self.boxes[name], row, column, 1, span)
            column += span
            if column >= columns:
                row, column = row + 1, 0
        for c in range(2):
            self.grid.setColumnStretch(c, 1 if c < columns else 0)
        for r in range(self.grid.rowCount()):
            self.grid.setRowStretch(r, 0)
        self.grid.setRowStretch(row + 1, 1)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self.data is not None:
            self._arrange()

    # -- actions -------------------------------------------------------------------------------
    def current_record(self) -> tuple[str, int, str] | None:
        """(table, id, title) for the window's History action (Ctrl+H)."""
        if self.rep_id is None:
            return None
        return "reps", self.rep_id, self.data.name if self.data else tr("Rep {id}").format(
            id=self.rep_id)

    def show_history(self) -> None:
        from desktop.history_dialog import open_history
        record = self.current_record()
        if record is not None:
            self._history = open_history(self.ctx, *record[:2], title=record[2], parent=self)

    def edit_rep(self, *, exec_dialog: bool = True, **options):
        """The rep editor (the roster's), for this rep; saving reloads the page."""
        from desktop.roster.rep_editor import RepEditor
        from models.services.reps import (editor_choices, get_rep, onboarding_checklist,
                                          save_rep, set_onboarding_done)
        if self.rep_id is None:
            return None
        db, sees_pay = self.ctx.db, self.ctx.user.sees_compensation
        rep_id = self.rep_id

        def store(record, fields=None):
            return save_rep(db, record, sees_compensation=sees_pay, today=self.today,
                            fields=fields)

        def tick(item, done: bool) -> None:
            set_onboarding_done(db, item.id, (self.today or dt.date.today()) if done else None)
            self.ctx.changed.emit("roster")

        editor = RepEditor(get_rep(db, rep_id, sees_compensation=sees_pay),
                           editor_choices(db, self.today), save=store,
                           load=lambda: get_rep(db, rep_id, sees_compensation=sees_pay),
                           sees_compensation=sees_pay, parent=self,
                           onboarding=onboarding_checklist(db, rep_id), tick=tick,
                           today=self.today, **options)
        editor.accepted.connect(lambda: self.ctx.changed.emit("reps"))
        if exec_dialog:
            editor.exec()
        return editor
