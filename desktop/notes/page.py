"""Field notes: market intelligence from the field. A list with a search box (any script, case and
accents ignored) and filters, the note editor beside it, and the weekly digest for the Monday
meeting (a PDF, and its plain text copied for an e-mail).

Every read and save runs through the task runner; the list shows the newest load only."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QFileDialog,
                               QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QMessageBox, QPlainTextEdit, QPushButton, QSplitter, QTableView,
                               QVBoxLayout, QWidget)

from desktop.i18n import tr
from desktop.tasks import LatestLoad
from models import formatting as fmt
from models.db.errors import ConflictError, RepdeskError
from models.i18n import _, ngettext
from models.services import field_notes as fn
from widgets.record_table import RecordTableModel
from widgets.date_fields import show_dates

# Marked here, translated where offered.
PERIODS = ((QT_TRANSLATE_NOOP("QCoreApplication", "Last 4 weeks"), 28),
           (QT_TRANSLATE_NOOP("QCoreApplication", "Last 13 weeks"), 91),
           (QT_TRANSLATE_NOOP("QCoreApplication", "Last 12 months"), 365),
           (QT_TRANSLATE_NOOP("QCoreApplication", "Any time"), None))
COLUMNS = [QT_TRANSLATE_NOOP("QCoreApplication", "Date"),
           QT_TRANSLATE_NOOP("QCoreApplication", "Kind"),
           QT_TRANSLATE_NOOP("QCoreApplication", "Title"),
           QT_TRANSLATE_NOOP("QCoreApplication", "Tags"),
           QT_TRANSLATE_NOOP("QCoreApplication", "By")]


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class TaggedNotesModel(RecordTableModel):
    """The list; a cell too narrow for its text shows it whole when hovered."""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ToolTipRole:
            return super().data(index, Qt.ItemDataRole.DisplayRole) or None
        return super().data(index, role)


class NoteEditor(QWidget):
    """One note's fields; `fields()` reads them back as the service takes them."""

    def __init__(self, today: dt.date, parent=None):
        super().__init__(parent)
        self.today = today
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: 600")
        self.heading.setWordWrap(True)
        self.kind = QComboBox()
        for kind, label in fn.KIND_LABELS.items():
            self.kind.addItem(_(label), kind)   # the kinds' names are made in models/
        self.date = QDateEdit(_qdate(today))
        self.date.setCalendarPopup(True)
        show_dates(self.date)
        self.title = QLineEdit()
        self.title.setMaxLength(fn.TITLE_MAX)
        self.title.setPlaceholderText(tr("What did you see or hear?"))
        self.competitor = QLineEdit()
        self.competitor.setMaxLength(fn.COMPETITOR_MAX)
        self.competitor.setPlaceholderText(tr("Competitor, if any"))
        self.territory = QComboBox()
        self.account = QComboBox()
        self.account.setEditable(False)
        self.company_wide = QCheckBox(tr("Everyone in the company may read it"))
        self.body = QPlainTextEdit()
        self.body.setPlaceholderText(tr("The details: who said it, prices, dates…"))
        self.save_button = QPushButton(tr("Save"))
        self.save_button.setDefault(True)
        self.delete_button = QPushButton(tr("Delete"))
        self.reload_button = QPushButton(tr("Show the saved note"))  # after a conflict
        self.reload_button.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind, 1)
        kind_row.addWidget(QLabel(tr("Date")))
        kind_row.addWidget(self.date)
        form.addRow(tr("Kind"), kind_row)
        form.addRow(tr("Title"), self.title)
        form.addRow(tr("Competitor"), self.competitor)
        form.addRow(tr("Territory"), self.territory)
        form.addRow(tr("Account"), self.account)
        form.addRow("", self.company_wide)
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.reload_button)
        buttons.addWidget(self.save_button)
        # below the list, using its width: the fields on the left, the text beside them
        columns = QHBoxLayout()
        columns.addLayout(form, 1)
        columns.addWidget(self.body, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(columns, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.note: fn.NoteRow | None = None
        self.set_tags([], [])
        self.show_note(None)

    def set_tags(self, territories, accounts) -> None:
        """(id, name) lists for the two combo boxes; the current choice is kept."""
        for combo, items in ((self.territory, territories), (self.account, accounts)):
            chosen = combo.currentData()
            combo.clear()
            combo.addItem("—", None)
            for row_id, name in items:
                combo.addItem(name, row_id)
            found = combo.findData(chosen)
            combo.setCurrentIndex(max(found, 0))

    def show_note(self, note: fn.NoteRow | None, *, may_change: bool = True) -> None:
        """`may_change` false: another team's company-wide note, shown read-only."""
        self.note = note
        self.message.clear()
        self.reload_button.hide()
        if note is None:
            heading = tr("New note")
        else:
            parts = [tr("Note by {author}").format(author=note.author)]
            if note.team_name:
                parts.append(note.team_name)
            if not may_change:
                parts.append(tr("shared with everyone; only its team changes it"))
            heading = " · ".join(parts)
        self.heading.setText(heading)
        for field in (self.kind, self.date, self.title, self.competitor, self.territory,
                      self.account, self.company_wide):
            field.setEnabled(may_change)
        self.body.setReadOnly(not may_change)
        self.save_button.setEnabled(may_change)
        self.kind.setCurrentIndex(max(self.kind.findData(note.kind if note else "competitor"), 0))
        self.date.setDate(_qdate(note.noted_on if note else self.today))
        self.title.setText(note.title if note else "")
        self.competitor.setText((note.competitor or "") if note else "")
        self.body.setPlainText(note.body if note else "")
        self.company_wide.setChecked(bool(note and note.company_wide))
        for combo, row_id, name in ((self.territory, note and note.territory_id,
                                     note and note.territory_name),
                                    (self.account, note and note.account_id,
                                     note and note.account_name)):
            found = combo.findData(row_id) if row_id else 0
            if found < 0:  # a tag this list does not hold (yet): shown all the same
                combo.addItem(name or f"#{row_id}", row_id)
                found = combo.count() - 1
            combo.setCurrentIndex(found)
        self.delete_button.setEnabled(note is not None and may_change)

    def fields(self) -> fn.NoteFields:
        d = self.date.date()
        return fn.NoteFields(self.kind.currentData(), self.title.text(),
                             dt.date(d.year(), d.month(), d.day()), self.body.toPlainText(),
                             self.territory.currentData(), self.account.currentData(),
                             self.competitor.text() or None, self.company_wide.isChecked())


class FieldNotesPage(QWidget):
    def __init__(self, ctx, parent=None, *, today: dt.date | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.today = today or dt.date.today()
        self.rows: list[fn.NoteRow] = []
        self.list_load = LatestLoad(ctx.tasks)
        self.saving = False
        self.writes = ctx.user.role.value != "trainer"

        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search notes, in any language"))
        self.search.setClearButtonEnabled(True)
        self.kind = QComboBox()
        self.kind.addItem(tr("All kinds"), None)
        for kind, label in fn.KIND_LABELS.items():
            self.kind.addItem(_(label), kind)
        self.period = QComboBox()
        for label, days in PERIODS:
            self.period.addItem(tr(label), days)
        self.new_button = QPushButton(tr("New note"))
        self.digest_button = QPushButton(tr("Weekly digest…"))
        self.copy_button = QPushButton(tr("Copy digest text"))
        self.copy_button.setToolTip(tr("Last week's digest as plain text, to paste into an "
                                       "e-mail"))
        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        bar.addWidget(self.kind, 1)
        bar.addWidget(self.period, 1)
        bar.addWidget(self.new_button)
        bar.addWidget(self.digest_button)
        bar.addWidget(self.copy_button)

        self.model = TaggedNotesModel([tr(c) for c in COLUMNS])
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.status = QLabel()
        self.status.setWordWrap(True)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.status)

        self.editor = NoteEditor(self.today)
        self.editor.setEnabled(self.writes)
        self.new_button.setEnabled(self.writes)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

        self.typing = QTimer(self)      # a search per pause in typing, not per key
        self.typing.setSingleShot(True)
        self.typing.setInterval(250)
        self.typing.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self.typing.start())
        self.kind.currentIndexChanged.connect(lambda _i: self.reload())
        self.period.currentIndexChanged.connect(lambda _i: self.reload())
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        self.new_button.clicked.connect(lambda: self._new())
        self.editor.save_button.clicked.connect(self.save)
        self.editor.delete_button.clicked.connect(self.delete)
        self.editor.reload_button.clicked.connect(self.show_saved)
        self.digest_button.clicked.connect(self.write_digest)
        self.copy_button.clicked.connect(self.copy_digest)
        ctx.changed.connect(self._on_changed)
        self.reload(with_tags=True)

    # -- loading ---------------------------------------------------------------------------
    def _query(self):
        days = self.period.currentData()
        return dict(text=self.search.text(), kind=self.kind.currentData(),
                    start=self.today - dt.timedelta(days=days) if days else None, limit=500)

    def reload(self, with_tags: bool = False) -> None:
        db, query = self.ctx.db, self._query()

        def load():
            rows = fn.search(db, **query)
            tags = fn.tag_choices(db) if with_tags else None
            return rows, tags

        self.status.setText(tr("Loading…"))
        self.list_load.load(load, self._show, self._failed)

    def _show(self, result) -> None:
        rows, tags = result
        if tags is not None:
            self.editor.set_tags(*tags)
        keep = self.editor.note.id if self.editor.note else None
        self.rows = rows
        self.model.set_rows([(fmt.date(r.noted_on), r.kind_label, r.title,
                              fn.note_tags(r), r.author) for r in rows])
        # the title takes what the date, kind, a capped tags column and the author leave
        for column in (0, 1, 4):
            self.table.resizeColumnToContents(column)
        self.table.setColumnWidth(3, min(280, max(90, self.table.sizeHintForColumn(3))))
        limit = self._query()["limit"]
        if not rows:
            text = tr("No notes match.")
        else:
            text = ngettext("{n} note", "{n} notes", len(rows)).format(n=fmt.number(len(rows)))
            if len(rows) >= limit:
                text = tr("{count} (the newest shown; narrow the search for older ones)").format(
                    count=text)
        self.status.setText(text)
        for i, r in enumerate(rows):
            if r.id == keep:  # marked again, but the editor keeps what is being typed in it
                selection = self.table.selectionModel()
                selection.blockSignals(True)
                self.table.selectRow(i)
                selection.blockSignals(False)
                break

    def _failed(self, error) -> None:
        self.status.setText(str(error) if isinstance(error, RepdeskError) else
                            tr("The notes could not be loaded: {reason}").format(reason=error))

    def _on_changed(self, area) -> None:
        if area in ("field_notes", "territories", "accounts", "*"):
            self.reload(with_tags=area != "field_notes")

    def _selected(self, current, _previous) -> None:
        if current.isValid() and current.row() < len(self.rows):
            note = self.rows[current.row()]
            self.editor.show_note(note, may_change=self.writes
                                  and self.ctx.user.sees_team(note.team_id))

    def _new(self) -> None:
        self.table.clearSelection()
        self.editor.show_note(None)
        self.editor.title.setFocus()

    # -- saving ----------------------------------------------------------------------------
    def save(self) -> None:
        if self.saving:
            return
        note, fields, db, user = self.editor.note, self.editor.fields(), self.ctx.db, self.ctx.user
        if note is None:
            work = lambda progress: fn.create(db, fields, team_id=user.team_id)  # noqa: E731
        else:
            work = lambda progress: fn.edit(db, note.id, note.version, fields,  # noqa: E731
                                            user=user)
        self._run(work, tr("The note was saved."))

    def show_saved(self) -> None:
        """After a conflict: the note as it is now saved (or the list without it)."""
        note, db = self.editor.note, self.ctx.db
        if note is None:
            return

        def shown(row) -> None:
            self.editor.show_note(row)
            self.ctx.changed.emit("field_notes")

        def gone(error) -> None:
            if not isinstance(error, RepdeskError):
                raise error
            self.editor.show_note(None)
            self.ctx.changed.emit("field_notes")

        self.ctx.tasks.run(lambda progress: fn.get(db, note.id), on_success=shown, on_error=gone)

    def delete(self) -> None:
        note = self.editor.note
        if note is None or self.saving:
            return
        answer = QMessageBox.question(self, tr("Delete note"),
                                      tr("Delete the note “{title}”?").format(title=note.title))
        if answer != QMessageBox.StandardButton.Yes:
            return
        db, user = self.ctx.db, self.ctx.user
        self._run(lambda progress: fn.delete(db, note.id, note.version, user=user), None)

    def _run(self, work, done_text: str | None) -> None:
        self.saving = True
        self.editor.save_button.setEnabled(False)

        def succeeded(row) -> None:
            self.saving = False
            self.editor.save_button.setEnabled(True)
            self.editor.show_note(row if isinstance(row, fn.NoteRow) else None)
            self.ctx.changed.emit("field_notes")

        def failed(error) -> None:
            self.saving = False
            self.editor.save_button.setEnabled(True)
            if not isinstance(error, RepdeskError):
                raise error
            self.editor.message.setText(str(error))  # a conflict: the editor keeps the edit
            if isinstance(error, ConflictError):
                self.editor.reload_button.show()

        self.editor.message.clear()
        self.ctx.tasks.run(work, on_success=succeeded, on_error=failed)

    # -- the weekly digest -----------------------------------------------------------------
    def _digest(self):
        start, end = fn.week_before(self.today)
        return fn.digest(self.ctx.db, start, end)

    def write_digest(self) -> None:
        start, _end = fn.week_before(self.today)
        suggested = str(Path.home() / f"field-notes-{start:%Y-%m-%d}.pdf")
        path, _filter = QFileDialog.getSaveFileName(self, tr("Weekly digest of field notes"),
                                                    suggested, tr("PDF (*.pdf)"))
        if path:
            self.write_digest_to(Path(path))

    def write_digest_to(self, path: Path) -> None:
        db = self.ctx.db

        def work(progress):
            from models.reports.field_notes_digest import digest_pdf
            from models.services.company import company_settings
            d = self._digest()
            path.write_bytes(digest_pdf(d, company=company_settings(db).name))
            return d

        def failed(error) -> None:
            if isinstance(error, (RepdeskError, OSError)):
                QMessageBox.warning(self, tr("Weekly digest"),
                                    tr("The digest was not written: {reason}").format(reason=error))
            else:
                raise error

        self.ctx.tasks.run(work, on_success=lambda d: self.status.setText(
            ngettext("Digest of {n} note written to {file}.",
                     "Digest of {n} notes written to {file}.", d.total).format(
                n=fmt.number(d.total), file=path.name)),
            on_error=failed)

    def copy_digest(self) -> None:
        def done(d) -> None:
            QGuiApplication.clipboard().setText(fn.digest_text(d))
            self.status.setText(tr("Last week's digest is on the clipboard, ready to paste."))

        self.ctx.tasks.run(lambda progress: self._digest(), on_success=done,
                           on_error=self._failed)


def create_page(ctx) -> QWidget:
    return FieldNotesPage(ctx)
