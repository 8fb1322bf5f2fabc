"""Step 1: the file and what to import it as, its detected format, and its first rows as they
will land (field names above the columns, values as read, bad cells red with their reason)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QComboBox, QFileDialog, QFormLayout, QHBoxLayout, QHeaderView,
                               QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout,
                               QWizardPage)

from desktop.i18n import tr
from models import formatting as fmt
from models.i18n import _
from models.imports.preview import (IGNORE, KINDS, detect_mapping, detected_format, preview,
                                    read_head)

DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
BACKGROUND = Qt.ItemDataRole.BackgroundRole
FOREGROUND = Qt.ItemDataRole.ForegroundRole
BAD_BACKGROUND = QColor("#fde2e0")
BAD_TEXT = QColor("#8c1d18")
IGNORED_TEXT = QColor("#8a8a8a")
MAX_COLUMN = 280   # px: a long title or note is cut, its whole text in the cell's tooltip
FILE_FILTER = QT_TRANSLATE_NOOP("QCoreApplication",
                                "Spreadsheets (*.csv *.xlsx *.txt);;All files (*)")


LABELS = {"crm_id": QT_TRANSLATE_NOOP("QCoreApplication", "CRM id"),
          "crm_user_id": QT_TRANSLATE_NOOP("QCoreApplication", "CRM user id"),
          "is_active": QT_TRANSLATE_NOOP("QCoreApplication", "Active (CRM flag)"),
          # the reps' hiring facts, in the words the rep form uses
          "prior_performance_verified": QT_TRANSLATE_NOOP("QCoreApplication",
                                                          "Prior results verified"),
          "prior_performance_note": QT_TRANSLATE_NOOP("QCoreApplication", "Prior results note"),
          "profile": QT_TRANSLATE_NOOP("QCoreApplication", "Profile (builder or producer)")}


def field_label(name: str) -> str:
    """'expected_close' -> 'Expected close', in the window's language (the other field names
    are looked up as written, 'Expected close')."""
    return tr(LABELS.get(name) or name.replace("_", " ").capitalize())


class PreviewModel(QAbstractTableModel):
    """The preview's rows: models.imports.preview.Preview, read-only."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.preview = None

    def set_preview(self, result) -> None:
        self.beginResetModel()
        self.preview = result
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() or self.preview is None else len(self.preview.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() or self.preview is None else len(self.preview.columns)

    def data(self, index: QModelIndex, role=DISPLAY):
        cell = self.preview.rows[index.row()][1][index.column()]
        if role == FOREGROUND and self.preview.columns[index.column()][1] == IGNORE:
            return IGNORED_TEXT
        if role == DISPLAY:
            return f"⚠ {cell.text}" if cell.problem else cell.text
        if role == TOOLTIP:
            return cell.problem or (cell.text if len(cell.text) > 30 else None)
        if cell.problem and role == BACKGROUND:
            return BAD_BACKGROUND
        if cell.problem and role == FOREGROUND:
            return BAD_TEXT
        return None

    def headerData(self, section: int, orientation, role=DISPLAY):  # noqa: N802
        if self.preview is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            header, name = self.preview.columns[section]
            if role == DISPLAY:
                return "{}\n‹{}›".format(tr("Not imported") if name == IGNORE else field_label(name),
                                        header)
            if role == TOOLTIP:
                if name == IGNORE:
                    return tr("The file's column '{header}' is not imported").format(
                        header=header)
                return tr("The file's column '{header}' goes to {field}").format(
                    header=header, field=field_label(name))
        elif role == DISPLAY:
            return str(self.preview.rows[section][0])   # the spreadsheet's row number
        return None


class FilePage(QWizardPage):
    def __init__(self, wizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(tr("Choose the file"))
        self.setSubTitle(tr("A CSV or Excel (.xlsx) export. Its first rows are shown as they "
                            "will be imported."))
        self.kind = QComboBox()
        for kind in wizard.kinds:
            self.kind.addItem(_(KINDS[kind]), kind)
        self.kind.setCurrentIndex(max(0, self.kind.findData(wizard.state.kind)))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.path = QLineEdit()
        self.path.setPlaceholderText(tr("No file chosen"))
        self.path.setReadOnly(True)
        browse = QPushButton(tr("Choose file…"))
        browse.clicked.connect(self.browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        self.format = QLabel("—")
        self.format.setWordWrap(True)
        self.layout_label = QLabel("—")
        self.layout_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("Import"), self.kind)
        form.addRow(tr("File"), file_row)
        form.addRow(tr("Format"), self.layout_label)
        form.addRow(tr("Written as"), self.format)
        self.model = PreviewModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setDefaultSectionSize(130)
        self.status = QLabel(tr("Choose a file to see its first rows."))
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)

    # -- choosing -------------------------------------------------------------------------------
    def browse(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, tr("Import: {kind}").format(kind=_(KINDS[self.wiz.state.kind])), "",
            tr(FILE_FILTER))
        if name:
            self.choose(name)

    def choose(self, path: str | Path) -> None:
        """Read the start of the file in the background, then show its preview."""
        state = self.wiz.state
        state.path, state.head, state.profile_name = Path(path), None, None
        self.path.setText(str(path))
        self.model.set_preview(None)
        self.format.setText("—")
        self.layout_label.setText("—")
        self.status.setText(tr("Reading the start of the file…"))
        self.completeChanged.emit()
        self.wiz.background("head", _read_head, state.path, done=self._head_read,
                            failed=self._unreadable)

    def _kind_changed(self) -> None:
        self.wiz.state.kind = self.kind.currentData()
        self.wiz.state.options = {}
        if self.wiz.state.path is not None:
            self.choose(self.wiz.state.path)

    def _unreadable(self, error: BaseException) -> None:
        from desktop.imports.wizard import sentence
        self.status.setText(sentence(error))
        self.wiz.tell(error, tr("Cannot import this file"))

    def _head_read(self, head) -> None:
        state = self.wiz.state
        state.head = head
        state.mapping = detect_mapping(state.kind, head.table.headers)
        self.layout_label.setText(detected_format(state.kind, head.table.headers))
        self.format.setText(head.describe())
        self.show_preview()
        self.completeChanged.emit()
        self.wiz.mapping_page.look_up_saved_mapping()

    def show_preview(self) -> None:
        """The preview with the current mapping (the start of the file is already read)."""
        state = self.wiz.state
        if state.head is None:
            return
        result = preview(state.path, state.kind, state.mapping, head=state.head,
                         metric_names=state.metric_names)
        self.model.set_preview(result)
        # Wide enough to read each value (50 rows: cheap), never one column filling the view.
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), MAX_COLUMN))
        bad = [(number, name, cell.problem) for number, cells in result.rows
               for (_h, name), cell in zip(result.columns, cells) if cell.problem]
        rows = len(result.rows)
        text = tr("The first {n} row(s).") if state.head.complete else \
            tr("The first {n} row(s) of the file.")
        parts = [text.format(n=fmt.number(rows))]
        if bad:
            shown = "; ".join(tr("row {row}, {field}: {why}").format(row=n, field=field_label(f),
                                                                     why=why)
                              for n, f, why in bad[:3])
            parts.append(tr("{n} cell(s) cannot be read (red; point at one for the reason): "
                            "{cells}.").format(n=fmt.number(len(bad)),
                                               cells=shown + (" …" if len(bad) > 3 else "")))
        if state.profile_name:
            parts.append(tr("Columns mapped as in the saved mapping '{name}'.").format(
                name=state.profile_name))
        text = " ".join(parts)
        self.status.setText(text)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self.show_preview()

    def isComplete(self) -> bool:  # noqa: N802
        return self.wiz.state.head is not None


def _read_head(path: Path, progress=None):
    return read_head(path)
