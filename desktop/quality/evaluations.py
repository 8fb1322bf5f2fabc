"""Evaluations: the list, and the keyboard-quick form for a new mystery shop or call review."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QComboBox, QCompleter, QDateEdit, QDialog, QGridLayout,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
                               QTableView, QVBoxLayout, QWidget)

from desktop.i18n import tr
from desktop.tasks import LatestLoad
from models import formatting
from models.db.errors import RepdeskError, ValidationError
from models.i18n import ngettext
from models.domain.enums import label
from models.domain.scoring import Channel, EvaluationSource, as_percent
from models.services import quality as q
from models.services.quality_analysis import evaluated_reps
from widgets.record_table import RecordTableModel
from widgets.scorecard_form import ScorecardForm
from widgets.date_fields import show_dates

# column headings, translated where shown
HEADERS = [
    QT_TRANSLATE_NOOP("QCoreApplication", "Date"),
    QT_TRANSLATE_NOOP("QCoreApplication", "Rep"),
    QT_TRANSLATE_NOOP("QCoreApplication", "Score"),
    QT_TRANSLATE_NOOP("QCoreApplication", "Team"),
    QT_TRANSLATE_NOOP("QCoreApplication", "Scorecard"),
    QT_TRANSLATE_NOOP("QCoreApplication", "Channel"),
    QT_TRANSLATE_NOOP("QCoreApplication", "Source"),
    QT_TRANSLATE_NOOP("QCoreApplication", "Evaluator"),
    QT_TRANSLATE_NOOP("QCoreApplication", "Wave")]


class EvaluationDialog(QDialog):
    """A new evaluation. Tab through the header, then answer each question with one key;
    Ctrl+S (or Ctrl+Enter) saves."""

    def __init__(self, ctx, parent=None, *, rep_id: int | None = None,
                 today: dt.date | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.saved_id: int | None = None
        self.setWindowTitle(tr("New evaluation"))
        self.resize(980, 760)
        self.template = QComboBox()
        for t in q.list_templates(ctx.db):
            if t.current_version_id:
                self.template.addItem(f"{t.name} (v{t.current_version})", t.current_version_id)
        self.rep = QComboBox()
        self.rep.setEditable(True)
        self.rep.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for r in evaluated_reps(ctx.db):
            self.rep.addItem(r.name, r.id)
        self.rep.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.rep.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        if rep_id is not None:
            self.rep.setCurrentIndex(max(0, self.rep.findData(rep_id)))
        self.date = QDateEdit(QDate(*(today or dt.date.today()).timetuple()[:3]))
        self.date.setCalendarPopup(True)
        show_dates(self.date)
        self.channel = QComboBox()
        for c in Channel:
            self.channel.addItem(label(c.value), c)
        self.source = QComboBox()
        for s in EvaluationSource:
            self.source.addItem(label(s.value), s)
        self.agency = QLineEdit()
        self.agency.setPlaceholderText(tr("the outside agency's name"))
        # the signed-in person's name; never the computer login a newcomer is registered under
        self.evaluator = QLineEdit(getattr(ctx.user, "person_name", None) or "")
        self.evaluator.setPlaceholderText(
            tr("who evaluated (your own name: Company ▸ Users and roles)"))
        self.wave = QComboBox()
        self.wave.addItem(tr("— none —"), None)
        for w in q.list_waves(ctx.db):
            self.wave.addItem(w.name, w.id)
        self.recording = QLineEdit()
        self.recording.setPlaceholderText(tr("link to the call recording or a file (optional)"))
        self.comments = QLineEdit()
        self.comments.setPlaceholderText(tr("comments for the rep (optional)"))
        self.source.currentIndexChanged.connect(self._source_changed)
        self._source_changed()

        grid = QGridLayout()
        pairs = [(tr("Scorecard"), self.template), (tr("Rep"), self.rep), (tr("Date"), self.date),
                 (tr("Channel"), self.channel), (tr("Source"), self.source),
                 (tr("Agency"), self.agency), (tr("Evaluator"), self.evaluator),
                 (tr("Wave"), self.wave), (tr("Recording"), self.recording),
                 (tr("Comments"), self.comments)]
        for i, (caption, widget) in enumerate(pairs):
            grid.addWidget(QLabel(caption), i // 2, (i % 2) * 2)
            grid.addWidget(widget, i // 2, (i % 2) * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.form = ScorecardForm()
        self.form.completed.connect(lambda: self.save_button.setFocus())
        self.template.currentIndexChanged.connect(self._template_changed)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b03030;")
        self.message.setWordWrap(True)
        self.save_button = QPushButton(tr("Save  (Ctrl+S)"))
        self.save_button.setAutoDefault(True)   # after the last answer, Enter saves
        self.save_button.clicked.connect(self.save)
        self.next_button = QPushButton(tr("Save && next  (Ctrl+Shift+S)"))
        self.next_button.setAutoDefault(False)
        self.next_button.clicked.connect(self.save_and_next)
        QShortcut(QKeySequence("Ctrl+Shift+S"), self, activated=self.save_and_next)
        self.saved_count = 0
        cancel = QPushButton(tr("Cancel"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        for keys in ("Ctrl+S", "Ctrl+Return"):
            QShortcut(QKeySequence(keys), self, activated=self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.form, 1)
        layout.addLayout(buttons)
        self._template_changed()
        # typing can start at once: the rep box has the focus (then Tab runs through the form)
        self.rep.setFocus()
        self.rep.lineEdit().selectAll()

    def _source_changed(self) -> None:
        outside = self.source.currentData() == EvaluationSource.OUTSIDE_AGENCY
        self.agency.setEnabled(outside)

    def _template_changed(self) -> None:
        version_id = self.template.currentData()
        if version_id is None:
            self.form.set_card(None)
            return
        with self.ctx.db.read() as session:
            card = q.scorecard_def(session, version_id)
        self.form.set_card(card)
        channel = q.usual_channel(self.ctx.db, version_id)
        if channel is not None:
            self.channel.setCurrentIndex(self.channel.findData(channel))

    def draft(self) -> q.EvaluationDraft:
        rep_id = self.rep.currentData()
        if rep_id is None or self.rep.currentText() != self.rep.itemText(self.rep.currentIndex()):
            raise ValidationError({"rep": tr("choose a rep from the list")})
        qdate = self.date.date()
        return q.EvaluationDraft(
            version_id=self.template.currentData(), rep_id=rep_id,
            evaluated_on=dt.date(qdate.year(), qdate.month(), qdate.day()),
            channel=self.channel.currentData(), source=self.source.currentData(),
            answers=self.form.answers(),
            agency_name=self.agency.text().strip() or None if self.agency.isEnabled() else None,
            evaluator=self.evaluator.text().strip() or None, wave_id=self.wave.currentData(),
            comments=self.comments.text().strip() or None,
            recording_url=self.recording.text().strip() or None)

    def _save(self) -> bool:
        try:
            draft = self.draft()
            if not draft.answers:
                raise ValidationError({"answers": tr("answer at least one question")})
            self.saved_id = q.save_evaluation(self.ctx.db, draft)
        except RepdeskError as error:
            self.message.setStyleSheet("color: #b03030;")
            self.message.setText(str(error))
            return False
        self.saved_count += 1
        return True

    def save(self) -> None:
        if self._save():
            self.accept()

    def save_and_next(self) -> None:
        """Save, then clear the answers for the next evaluation (same scorecard, date, source,
        agency, evaluator and wave) and go back to the rep."""
        if not self._save():
            return
        saved_for = self.rep.currentText()
        self.form.set_answers({})
        self.comments.clear()
        self.recording.clear()
        self.message.setStyleSheet("color: #2e7d32;")
        self.message.setText(tr("Saved for {rep} ({count} in this session). Next rep:").format(
            rep=saved_for, count=formatting.number(self.saved_count)))
        self.rep.setFocus()
        self.rep.lineEdit().selectAll()

    def done(self, result: int) -> None:  # noqa: D401 - Qt override
        # evaluations saved with "Save & next" count as a change even if the dialog is cancelled
        if self.saved_count and result != QDialog.DialogCode.Accepted:
            result = QDialog.DialogCode.Accepted
        super().done(result)


def evaluation_cells(rows) -> list[tuple]:
    """The list's texts, written off the GUI thread."""
    return [(formatting.date(r.evaluated_on), r.rep_name,
             (tr("{score} ⚠ critical").format(score=as_percent(r.score)) if r.critical_failed
              else as_percent(r.score))
             if r.score is not None else "", r.team, f"{r.template} v{r.version}",
             label(r.channel),
             r.agency_name if r.source == "outside_agency" and r.agency_name else label(r.source),
             r.evaluator, r.wave) for r in rows]


def summary_text(rows, filters: dict) -> str:
    """'1,000 most recent evaluations (the latest 1,000 shown)' and the like, over the list."""
    narrowed = any(v is not None for v in filters.values())
    count = "<b>{}</b>".format(formatting.number(len(rows)))
    if len(rows) >= 1000:
        text = (tr("{count} evaluations match the filter (the latest {limit} shown)")
                if narrowed else
                tr("{count} most recent evaluations (the latest {limit} shown)"))
    elif narrowed:
        text = ngettext("{count} evaluation matches the filter",
                        "{count} evaluations match the filter", len(rows))
    else:
        text = ngettext("{count} most recent evaluation", "{count} most recent evaluations",
                        len(rows))
    return text.format(count=count, limit=formatting.number(1000))


class EvaluationsTab(QWidget):
    def __init__(self, ctx, parent=None, *, today: dt.date | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.today = today
        self.summary = QLabel()
        new = QPushButton(tr("New evaluation…  (Ctrl+E)"))
        new.clicked.connect(self.new_evaluation)
        QShortcut(QKeySequence("Ctrl+E"), self, activated=self.new_evaluation)
        importing = QPushButton(tr("Import agency results…"))
        importing.clicked.connect(self.import_file)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(importing)
        top.addWidget(new)
        self.filters = self._filter_bar()
        self.model = RecordTableModel([tr(h) for h in HEADERS])
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.doubleClicked.connect(lambda index: self.open_evaluation(index.row()))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self.filters)
        layout.addWidget(self.table, 1)
        self.rows: list = []
        # The list and the filters' teams and scorecards are read in the background; the last
        # list stays shown meanwhile.
        self._load = LatestLoad(ctx.tasks)
        self._choices_read = False
        self.reload()

    @property
    def loading(self) -> bool:
        return self._load.busy

    # -- filters ------------------------------------------------------------------------------
    PERIODS = [(QT_TRANSLATE_NOOP("QCoreApplication", "Any date"), None),
               (QT_TRANSLATE_NOOP("QCoreApplication", "Last 30 days"), 30),
               (QT_TRANSLATE_NOOP("QCoreApplication", "Last 90 days"), 90),
               (QT_TRANSLATE_NOOP("QCoreApplication", "Last 12 months"), 365)]

    def _filter_bar(self) -> QHBoxLayout:
        self.rep_filter = QLineEdit()
        self.rep_filter.setPlaceholderText(tr("Rep name contains…"))
        self.rep_filter.setMinimumWidth(self.rep_filter.fontMetrics().horizontalAdvance(
            self.rep_filter.placeholderText()) + 40)   # the clear button's room too
        self.rep_filter.setClearButtonEnabled(True)
        self.team_filter = QComboBox()
        self.team_filter.addItem(tr("All teams"), None)
        self.card_filter = QComboBox()
        self.card_filter.addItem(tr("All scorecards"), None)
        self.source_filter = QComboBox()
        self.source_filter.addItem(tr("All sources"), None)
        for source in EvaluationSource:
            self.source_filter.addItem(label(source.value), source.value)
        self.period_filter = QComboBox()
        for text, days in self.PERIODS:
            self.period_filter.addItem(tr(text), days)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(250)        # typing a name reloads once, not per key
        self._filter_timer.timeout.connect(self.reload)
        self.rep_filter.textChanged.connect(lambda _t: self._filter_timer.start())
        for box in (self.team_filter, self.card_filter, self.source_filter, self.period_filter):
            box.currentIndexChanged.connect(lambda _i: self.reload())
            # long names are elided: sized to them the filters made the window too wide
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(11)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("Filter")))
        bar.addWidget(self.rep_filter, 1)
        for box in (self.team_filter, self.card_filter, self.source_filter, self.period_filter):
            bar.addWidget(box)
        return bar

    def filter_values(self) -> dict:
        days = self.period_filter.currentData()
        today = self.today or dt.date.today()
        return dict(rep_name=self.rep_filter.text().strip() or None,
                    team_id=self.team_filter.currentData(),
                    template_id=self.card_filter.currentData(),
                    source=self.source_filter.currentData(),
                    since=None if days is None else today - dt.timedelta(days=days))

    def reload(self) -> None:
        filters = self.filter_values()
        db, choices = self.ctx.db, not self._choices_read

        def read():
            from models.services.activity import list_teams
            rows = q.list_evaluations(db, limit=1000, **filters)
            return (rows, evaluation_cells(rows), summary_text(rows, filters),
                    (list_teams(db), q.list_templates(db)) if choices else None)
        self._load.load(read, self._read)

    def _read(self, result) -> None:
        self.rows, cells, summary, choices = result
        if choices is not None and not self._choices_read:
            self._choices_read = True
            teams, templates = choices
            for box, items in ((self.team_filter, teams),
                               (self.card_filter, [(t.id, t.name) for t in templates])):
                box.blockSignals(True)
                for item_id, name in items:
                    box.addItem(name, item_id)
                box.blockSignals(False)
        self.model.set_rows(cells)
        self.summary.setText(summary)
        for column, width in enumerate([90, 190, 100, 170, 210, 80, 200, 190, 230]):
            self.table.setColumnWidth(column, width)

    def open_evaluation(self, row: int, *, run: bool = True):
        dialog = EvaluationView(self.ctx, self.rows[row], self)
        if run:
            dialog.exec()
        return dialog

    def import_file(self):
        """The import wizard with evaluations chosen; this tab reloads on the 'quality' change
        it announces (desktop/quality/page.py)."""
        from desktop.imports.wizard import open_import_wizard
        return open_import_wizard(self.ctx, "evaluations", self)

    def new_evaluation(self) -> None:
        dialog = EvaluationDialog(self.ctx, self, today=self.today)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()
            self.ctx.changed.emit("quality")


class EvaluationView(QDialog):
    """One saved evaluation, read-only: its answers on the scorecard version it was made with."""

    def __init__(self, ctx, row: q.EvaluationRow, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Evaluation · {rep} · {date}").format(
            rep=row.rep_name, date=formatting.date(row.evaluated_on)))
        self.resize(900, 720)
        with ctx.db.read() as session:
            from models.db.quality import Evaluation
            evaluation = session.get(Evaluation, row.id)
            card = q.scorecard_def(session, evaluation.version_id)
            comments, recording = evaluation.comments, evaluation.recording_url
        source = (row.agency_name or label(row.source)) if row.source == "outside_agency" \
            else label(row.source)
        header = QLabel(
            f"<b>{row.rep_name}</b> · {row.team or ''} · {row.template} v{row.version} · "
            f"{label(row.channel)} · {source} · {row.evaluator or ''}"
            + (f" · {row.wave}" if row.wave else "")
            + ("<br>" + tr("Comments: {text}").format(text=_escape(comments)) if comments else "")
            + ("<br>" + tr("Recording: {link}").format(
                link=f"<a href='{_escape(recording)}'>{_escape(recording)}</a>")
               if recording else ""))
        header.setWordWrap(True)
        header.setOpenExternalLinks(True)
        self.form = ScorecardForm()
        self.form.set_card(card)
        self.form.set_answers(q.evaluation_answers(ctx.db, row.id))
        for question_row in self.form.rows:
            question_row.setEnabled(False)
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(self.form, 1)
        layout.addWidget(close)


def _escape(text: str) -> str:
    from html import escape
    return escape(text or "", quote=True)
