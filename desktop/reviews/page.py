"""Reviews: a cycle's reviews on the left, the review form on the right; PDFs for one review, a
team or the whole cycle are written in the background with a progress bar and Cancel."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QEvent, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
                               QMessageBox, QPushButton, QSplitter, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from desktop.i18n import tr
from desktop.reviews.form import ReviewForm
from desktop.tasks import LatestLoad
from models import formatting
from models.domain.enums import label
from models.i18n import ngettext


class ReviewsPage(QWidget):
    def __init__(self, ctx, parent=None, *, today: dt.date | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._today = today
        self.rows = []
        self.last_result = None
        # Everything the page shows is read in the background; the last content stays meanwhile.
        self.filters_load = LatestLoad(ctx.tasks)
        self.list_load = LatestLoad(ctx.tasks)
        self.review_load = LatestLoad(ctx.tasks)

        self.cycle = QComboBox()
        self.team = QComboBox()
        self.team.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.team.setMinimumContentsLength(12)   # "All teams" whole; long names elided
        self.new_cycle_button = QPushButton(tr("New cycle…"))
        self.pdf_all = QPushButton(tr("PDFs for the list…"))
        self.summary_pdf = QPushButton(tr("Team summary PDF…"))
        self.page_size = QComboBox()
        self.page_size.addItem(tr("A4", "paper size"), "A4")   # the data: the PDF writer's name
        self.page_size.addItem(tr("Letter", "paper size"), "Letter")
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Cycle")))
        top.addWidget(self.cycle)
        top.addWidget(QLabel(tr("Team")))
        top.addWidget(self.team)
        top.addWidget(self.new_cycle_button)
        top.addStretch(1)
        top.addWidget(QLabel(tr("Paper")))
        top.addWidget(self.page_size)
        top.addWidget(self.summary_pdf)
        top.addWidget(self.pdf_all)

        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([tr("Rep"), tr("Team"), tr("Status"), tr("Rating"),
                                              tr("Plan")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setMinimumSectionSize(40)
        self.table.installEventFilter(self)   # narrow: the team and plan columns step aside
        from desktop.rep_page import open_on_activate  # double-click / Enter: the rep's page
        open_on_activate(self.table, lambda index: self.rows[index.row()].rep_id)
        self.counts = QLabel("")
        self.counts.setWordWrap(True)
        # after writing PDFs: open the file (one) or the folder (several) without hunting for it
        self.open_pdf_button = QPushButton(tr("Open PDF"))
        self.open_folder_button = QPushButton(tr("Open folder"))
        self.open_pdf_button.clicked.connect(lambda: self._open(self._written_file))
        self.open_folder_button.clicked.connect(lambda: self._open(self._written_folder))
        opened = QHBoxLayout()
        opened.addWidget(self.open_pdf_button)
        opened.addWidget(self.open_folder_button)
        opened.addStretch(1)
        self._written_file: Path | None = None
        self._written_folder: Path | None = None
        self._show_written(None, None)
        self.plan_button = QPushButton(tr("Put on improvement plan…"))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.plan_button)
        left_layout.addWidget(self.counts)
        left_layout.addLayout(opened)

        self.form = ReviewForm(ctx, today=today)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.form)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setSizes([270, 1000])   # the form's figures need the room more than the list
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)

        self.cycle.currentIndexChanged.connect(lambda _i: self.reload_list())
        self.team.currentIndexChanged.connect(lambda _i: self.reload_list())
        self.table.itemSelectionChanged.connect(self._selected)
        self.form.saved.connect(self._saved)
        self.form.pdf_requested.connect(lambda review_id: self.export_pdfs([review_id]))
        self.pdf_all.clicked.connect(lambda: self.export_pdfs([r.id for r in self.rows]))
        self.summary_pdf.clicked.connect(self.export_summary)
        self.plan_button.clicked.connect(lambda: self.open_plan_dialog().exec())
        self.new_cycle_button.clicked.connect(self._ask_new_cycle)
        ctx.changed.connect(self._data_changed)
        self.fill_filters()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if watched is self.table and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """Name and rating always show; the status, team and plan when there is room for them
        (on a 1024 screen they pushed the rating off the right edge and cut the names). The
        form beside shows the selected review's status, the counts below all of them."""
        width = self.table.viewport().width()
        self.table.setColumnHidden(2, width < 300)
        for column in (1, 4):
            self.table.setColumnHidden(column, width < 460)

    # -- loading ---------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        """A list or a review is still being read."""
        return self.filters_load.busy or self.list_load.busy or self.review_load.busy

    def fill_filters(self, *, cycle: str | None = None) -> None:
        """Read the cycles and teams, then the list (of `cycle` when named)."""
        db = self.ctx.db
        if not self.rows:
            self.counts.setText(tr("Loading the reviews…"))

        def read():
            from models.services.activity import list_teams
            from models.services.reviews import list_cycles
            return list_cycles(db), list_teams(db)
        self.filters_load.load(read,
                               lambda result: self._filters_read(*result, cycle),
                               self._load_failed)

    def _filters_read(self, cycles, teams, wanted_cycle: str | None) -> None:
        self.cycle.blockSignals(True)
        self.team.blockSignals(True)
        current = self.cycle.currentData()
        self.cycle.clear()
        for c in cycles:
            self.cycle.addItem(c.name, c.id)
        index = self.cycle.findText(wanted_cycle) if wanted_cycle else -1
        self.cycle.setCurrentIndex(index if index >= 0 else max(0, self.cycle.findData(current)))
        chosen_team = self.team.currentData() if self.team.count() else \
            getattr(self.ctx.user, "team_id", None)
        self.team.clear()
        self.team.addItem(tr("All teams"), None)
        for team_id, name in teams:
            self.team.addItem(name, team_id)
        self.team.setCurrentIndex(max(0, self.team.findData(chosen_team)))
        self.cycle.blockSignals(False)
        self.team.blockSignals(False)
        self.reload_list()

    def _load_failed(self, error) -> None:
        from models.db.retry import plain_message
        self.counts.setText(tr("Could not load the reviews: {reason}").format(
            reason=plain_message(error)))

    def reload_list(self, keep: int | None = None) -> None:
        db, cycle_id, team_id = self.ctx.db, self.cycle.currentData(), self.team.currentData()

        def read():
            from models.services.reviews import list_reviews
            rows = list_reviews(db, cycle_id, team_id=team_id) if cycle_id is not None else []
            return rows, list_cells(rows), counts_text(rows)
        self.list_load.load(read, lambda result: self._list_read(*result, keep),
                            self._load_failed)

    def _list_read(self, rows, cells, counts: str, keep: int | None) -> None:
        self.rows = rows
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.rows))
        for i, values in enumerate(cells):
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                if col == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(i, col, item)
        # Sized once after the fill: a ResizeToContents column re-measures every row on each
        # setItem (two seconds for 400 reviews). The team column gives way to the rating.
        for col in range(1, 5):
            self.table.resizeColumnToContents(col)
        self.table.setColumnWidth(1, min(self.table.columnWidth(1), 150))
        self.table.blockSignals(False)
        self.counts.setText(counts)
        index = next((i for i, r in enumerate(self.rows) if r.id == keep), 0 if self.rows else -1)
        if index >= 0:
            self.table.selectRow(index)
            self._selected()

    def current_record(self) -> tuple[str, int, str] | None:
        """(table, id, title) of the selected review, for the window's History action."""
        review_id = self.selected_review_id()
        row = next((r for r in self.rows if r.id == review_id), None)
        if row is None:
            return None
        return "reviews", row.id, f"{row.rep_name} ({self.cycle.currentText()})"

    def selected_review_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()].id if rows else None

    def _selected(self) -> None:
        review_id = self.selected_review_id()
        if review_id is not None:
            db, user = self.ctx.db, self.ctx.user

            def read():
                from models.services.reviews import load_review
                return load_review(db, review_id, user)
            self.review_load.load(read, self.form.show_review, self._load_failed)

    def _saved(self, review_id: int) -> None:
        self.ctx.changed.emit("reviews")
        self.reload_list(keep=review_id)

    def _data_changed(self, area: str) -> None:
        if area in ("deals", "activity", "quality", "reps", "*"):
            self.reload_list(keep=self.selected_review_id())

    def _ask_new_cycle(self) -> None:
        from PySide6.QtWidgets import QInputDialog
        from models.domain.reviews import quarter_bounds, quarter_name
        today = self._today or dt.date.today()
        last = quarter_name(quarter_bounds(quarter_name(today))[0] - dt.timedelta(days=1))
        scope = self.team.currentText()
        name, ok = QInputDialog.getText(self, tr("New review cycle"),
                                        tr("Quarter (draft reviews for {scope}):").format(
                                            scope=scope), text=last)
        if ok and name.strip():
            self.new_cycle(name.strip().upper())

    def new_cycle(self, name: str) -> bool:
        """Start a cycle for the chosen team (or everyone) and show it."""
        from models.db.errors import RepdeskError
        from models.services.reviews import create_cycle
        team_id = self.team.currentData()
        try:
            create_cycle(self.ctx.db, name, team_id=team_id, everyone=team_id is None)
        except RepdeskError as error:
            self.counts.setText(str(error))
            if not self.property("quiet"):
                QMessageBox.warning(self, tr("New review cycle"), str(error))
            return False
        self.ctx.changed.emit("reviews")
        self.fill_filters(cycle=name)
        return True

    def open_plan_dialog(self):
        """The plan dialog for the selected rep (shown by the caller)."""
        from desktop.reviews.plan_dialog import PlanDialog
        row = next((r for r in self.rows if r.id == self.selected_review_id()), None)
        if row is None:
            return None
        dialog = PlanDialog(self.ctx, row.rep_id, row.rep_name, self,
                            start=self._today or dt.date.today(),
                            reason=(tr("Review {cycle}: rated {rating}.").format(
                                cycle=self.cycle.currentText(),
                                rating=formatting.number(row.rating, 2))
                                if row.rating is not None
                                else tr("Review {cycle}: not rated yet.").format(
                                    cycle=self.cycle.currentText())))
        dialog.accepted.connect(lambda: self._saved(row.id))
        return dialog

    # -- PDFs ------------------------------------------------------------------------------------
    def _choose_folder(self) -> Path | None:
        """Asked in the folder chosen last time, else the user's Documents (never the program's
        own folder, where nobody looks for a PDF)."""
        start = self._last_folder or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        folder = QFileDialog.getExistingDirectory(self, tr("Folder for the PDFs"), str(start))
        if not folder:
            return None
        self._last_folder = folder
        return Path(folder)

    _last_folder: str | None = None

    def _show_written(self, file: Path | None, folder: Path | None) -> None:
        self._written_file, self._written_folder = file, folder
        self.open_pdf_button.setVisible(file is not None)
        self.open_folder_button.setVisible(folder is not None)

    def _open(self, path: Path | None) -> None:
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def export_pdfs(self, review_ids: list[int], out_dir: Path | None = None):
        """Write the PDFs in the background (all cores) with a progress bar and Cancel."""
        from models.reports.batch import default_jobs, write_review_pdfs
        if not review_ids:
            return None
        out_dir = out_dir or self._choose_folder()
        if out_dir is None:
            return None
        return self.ctx.tasks.run(
            write_review_pdfs, self.ctx.db, review_ids, out_dir, user=self.ctx.user,
            page=self.page_size.currentData(), jobs=min(default_jobs(), len(review_ids)),
            progress_title=ngettext("Writing {n} review PDF…", "Writing {n} review PDFs…",
                                    len(review_ids)).format(n=formatting.number(len(review_ids))),
            parent=self,
            on_success=self._pdfs_done, on_error=self._pdfs_failed)

    def _pdfs_done(self, result) -> None:
        self.last_result = result
        count = len(result.written)
        if result.written:
            text = ngettext("Wrote {n} PDF to {folder}.", "Wrote {n} PDFs to {folder}.",
                            count).format(n=formatting.number(count),
                                          folder=result.written[0].parent)
            self._show_written(result.written[0] if len(result.written) == 1 else None,
                               result.written[0].parent)
        else:
            text = ngettext("Wrote {n} PDF.", "Wrote {n} PDFs.", count).format(
                n=formatting.number(count))
        if result.failed:
            text += " " + tr("Failed: {list}.").format(
                list="; ".join(f"{n} ({why})" for n, why in result.failed[:5]))
        self.counts.setText(text)

    def _pdfs_failed(self, error) -> None:
        from models.domain.progress import Cancelled
        self.last_result = error
        if isinstance(error, Cancelled):
            self.counts.setText(tr("Cancelled: no PDFs were kept."))
            return
        from models.db.retry import plain_message
        self.counts.setText(plain_message(error))
        if not self.property("quiet"):
            QMessageBox.warning(self, tr("Review PDFs"), plain_message(error))

    def _summary_written(self, path: Path) -> None:
        self.counts.setText(tr("Wrote {path}.").format(path=path))
        self._show_written(path, path.parent)

    def export_summary(self, out_dir: Path | None = None):
        from models.reports.team_summary_pdf import render_summary
        from models.services.reviews_summary import team_summary
        cycle = self.cycle.currentText()
        if not cycle:
            return None
        out_dir = out_dir or self._choose_folder()
        if out_dir is None:
            return None
        team = self.team.currentText() if self.team.currentData() is not None else None
        page = self.page_size.currentData()

        def work(progress):
            progress.step(0, 1, tr("Reading the cycle…"))
            data = team_summary(self.ctx.db, cycle, team=team)
            path = Path(out_dir) / f"{cycle} summary {team or 'all teams'}.pdf".replace("/", " ")
            path.write_bytes(render_summary(data, page=page))
            progress.step(1, 1, tr("Done"))
            return path

        return self.ctx.tasks.run(work, progress_title=tr("Writing the team summary…"), parent=self,
                                  on_success=self._summary_written,
                                  on_error=self._pdfs_failed)


def list_cells(rows) -> list[list[str]]:
    """The list's texts (rep, team, status, rating, plan), written off the GUI thread."""
    return [[r.rep_name, r.team or "", label(r.status),
             "" if r.rating is None else formatting.number(r.rating, 2),
             tr("on plan") if r.on_plan else ""] for r in rows]


def counts_text(rows) -> str:
    """'178 reviews: 120 draft, 58 submitted', under the list."""
    if not rows:
        return tr("No reviews in this cycle for this team.")
    by_status: dict[str, int] = {}
    for r in rows:
        by_status[r.status] = by_status.get(r.status, 0) + 1
    return ngettext("{n} review: {statuses}", "{n} reviews: {statuses}", len(rows)).format(
        n=formatting.number(len(rows)),
        statuses=", ".join(tr("{n} {status}").format(n=formatting.number(n),
                                                     status=label(s).lower())
                           for s, n in by_status.items()))


def create_page(ctx):
    return ReviewsPage(ctx)
