"""Territories: the tree with its reps, drag-and-drop reassignment that keeps history, the history
per territory or rep ("who covered Cebu North in 2025-Q2?"), and coverage/workload."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (QComboBox, QDateEdit, QHBoxLayout, QHeaderView, QInputDialog,
                               QLabel, QMessageBox, QPushButton, QSplitter, QTableView,
                               QTabWidget, QVBoxLayout, QWidget)

from desktop.conflicts import resolve_conflict
from desktop.i18n import tr
from desktop.rep_page import open_on_activate  # a rep: double-click / Enter, their page
from desktop.roster.quotas import QuotaPanel
from desktop.tasks import LatestLoad
from models import formatting
from models.db.errors import RepdeskError
from models.domain.enums import label
from models.domain.quotas import previous_quarter, quarter_of
from models.services.territories import assignment_history, coverage, descendants, territory_tree
from widgets.record_table import RecordTableModel
from widgets.territory_tree import EXTRA, ID, KIND, REP, TERRITORY, TerritoryTree, TreeRep, TreeTerritory
from widgets.date_fields import show_dates


def money(value: Decimal | None) -> str:
    if value is None:
        return ""
    value = Decimal(value)
    if abs(value) >= 1_000_000:
        return tr("{amount} M", "millions").format(amount=formatting.number(value / 1_000_000, 1))
    if abs(value) >= 10_000:
        return tr("{amount} k", "thousands").format(amount=formatting.number(value / 1000))
    return formatting.number(value)


class TerritoriesPage(QWidget):
    def __init__(self, ctx, parent=None, *, today: dt.date | None = None):
        super().__init__(parent)
        self.ask = resolve_conflict  # answers a conflict (RELOAD, REAPPLY, CANCEL); tests inject
        self.saving = None           # the reassignment under way
        self.ctx = ctx
        self.today = today or dt.date.today()
        self.nodes = {}
        self.selected: tuple[str, int] | None = None
        self.tree_load = LatestLoad(ctx.tasks)      # the tree and coverage, in the background
        self.history_load = LatestLoad(ctx.tasks)   # the history of the selection

        self.tree = TerritoryTree()
        open_on_activate(self.tree, lambda index: index.siblingAtColumn(0).data(ID)
                         if index.siblingAtColumn(0).data(KIND) == REP else None)
        self.effective = QDateEdit(QDate(self.today.year, self.today.month, self.today.day))
        self.effective.setCalendarPopup(True)
        show_dates(self.effective)
        self.reassign_button = QPushButton(tr("Reassign rep…"))
        self.reassign_button.setEnabled(False)
        hint = QLabel(tr("Drag a rep onto a territory to reassign them."))
        hint.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Effective", "date a reassignment takes effect")))
        top.addWidget(self.effective)
        top.addStretch(1)
        top.addWidget(self.reassign_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(hint)
        left_layout.addLayout(top)
        self.problem = QLabel()  # a reload that failed (the server away): said here, not popped up
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b3261e")
        self.problem.hide()
        left_layout.addWidget(self.problem)
        left_layout.addWidget(self.tree)

        self.history_title = QLabel(tr("Select a territory or a rep to see who covered what."))
        self.history_title.setWordWrap(True)
        self.period = QComboBox()
        self.period.addItem(tr("Any time"), None)
        self._period_labels = [""]   # the quarter each item stands for, for the history's title
        quarter = quarter_of(self.today)
        for _ in range(16):
            self.period.addItem(tr("Covered in {quarter}").format(quarter=quarter.label()),
                                (quarter.start, quarter.end))
            self._period_labels.append(quarter.label())
            quarter = previous_quarter(quarter)
        self.history_model = RecordTableModel([tr("Territory"), tr("Rep"), tr("Role"),
                                               tr("From", "date range"), tr("To", "date range")])
        self.history = QTableView()
        self.history.setModel(self.history_model)
        self.history.verticalHeader().hide()
        self.history.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        history_tab = QWidget()
        history_layout = QVBoxLayout(history_tab)
        row = QHBoxLayout()
        row.addWidget(self.history_title, 1)
        row.addWidget(self.period)
        history_layout.addLayout(row)
        history_layout.addWidget(self.history)

        self.coverage_model = RecordTableModel(
            [tr("Territory"), tr("Potential"), tr("Accounts"), tr("Reps"), tr("Quota"),
             tr("Potential per rep")])
        self.coverage_table = QTableView()
        self.coverage_table.setModel(self.coverage_model)
        self.coverage_table.verticalHeader().hide()
        coverage_header = self.coverage_table.horizontalHeader()
        coverage_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        coverage_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        coverage_tab = QWidget()
        self.coverage_layout = QVBoxLayout(coverage_tab)
        # the chart is built when its tab is first shown (a pyqtgraph plot takes ~30 ms)
        self.chart = None
        self._coverage_rows: list = []
        self.coverage_layout.addWidget(self.coverage_table, 2)

        self.quotas = QuotaPanel(ctx, self.today)
        self.tabs = QTabWidget()
        self.tabs.addTab(history_tab, tr("History"))
        self.tabs.addTab(self.quotas, tr("Quotas"))
        self.tabs.addTab(coverage_tab, tr("Coverage and workload"))
        self.tabs.currentChanged.connect(self._tab_shown)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 3)   # the tree's figures need more room than the tabs
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.tree.rep_dropped.connect(self.confirm_drop)
        self.tree.territory_selected.connect(lambda tid: self.show_history(TERRITORY, tid))
        self.tree.rep_selected.connect(lambda rid: self.show_history(REP, rid))
        self.period.currentIndexChanged.connect(lambda _i: self.refresh_history())
        self.reassign_button.clicked.connect(self.reassign_dialog)
        ctx.changed.connect(self._on_changed)
        self.reload()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Side by side when wide; the tabs under the tree when narrow (side by side on a 1024
        screen the territory names were cut to three letters)."""
        wide = event.size().width() >= 1000
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.splitter.orientation() != orientation or not self.splitter.property("sized"):
            self.splitter.setOrientation(orientation)
            total = event.size().width() if wide else event.size().height()
            self.splitter.setSizes([total * 3 // 5, total * 2 // 5])
            self.splitter.setProperty("sized", True)
        super().resizeEvent(event)

    # -- data ----------------------------------------------------------------------------------
    def _on_changed(self, area: str) -> None:
        if area not in ("territories", "reps", "quotas", "*"):
            return
        from sqlalchemy.exc import DBAPIError

        from models.db.errors import RepdeskError
        try:
            self.reload()
        except (DBAPIError, RepdeskError) as error:  # the next change (or reconnect) reloads it
            self._reload_failed(error)

    @property
    def busy(self) -> bool:
        return self.tree_load.busy or self.history_load.busy

    def _reload_failed(self, error) -> None:
        from models.db.retry import plain_message
        self.problem.setText(tr("Could not reload: {problem}").format(
            problem=plain_message(error)))
        self.problem.show()

    def reload(self) -> None:
        """Read the tree and its coverage in the background, and write its figures there too;
        the tree shown stays meanwhile."""
        db, today = self.ctx.db, self.today

        def read():
            nodes = territory_tree(db, today)
            rows = coverage(nodes)
            return (nodes, rows) + tree_rows(nodes) + (coverage_rows(rows),)
        self.tree_load.load(read, self._tree_read, self._reload_failed)

    def _tree_read(self, result) -> None:
        self.problem.hide()
        self.nodes, rows, territories, reps, coverage_table = result
        self.tree.set_tree(territories, reps)
        self.coverage_model.set_rows(coverage_table)
        self._coverage_rows = rows
        self._plot(rows)
        self.refresh_history()
        if self.quotas.territory_id is not None:
            self.quotas.reload()

    def _tab_shown(self, _index: int) -> None:
        if self.chart is None and self.tabs.currentWidget() is self.coverage_table.parent():
            self.chart = self._make_chart()
            if self.chart is not None:
                self.coverage_layout.insertWidget(0, self.chart, 3)
                self._plot(self._coverage_rows)

    def _make_chart(self):
        try:
            import pyqtgraph as pg
        except ImportError:
            return None
        chart = pg.PlotWidget(background="w", enableMenu=False)   # no menu: quicker to make
        chart.setTitle(tr("Market potential per primary rep, millions (red: no rep)"), color="#333")
        chart.showGrid(x=True, alpha=0.3)
        chart.setMouseEnabled(x=False, y=False)
        return chart

    def _plot(self, rows) -> None:
        if self.chart is None:
            return
        import pyqtgraph as pg
        self.chart.clear()
        values = [float(r.potential_per_rep or r.market_potential) / 1e6 for r in rows]
        brushes = [pg.mkBrush("#b3261e" if r.reps == 0 else "#1f5fbf") for r in rows]
        ys = list(range(len(rows)))[::-1]  # first territory at the top
        self.chart.addItem(pg.BarGraphItem(x0=0, y=ys, width=values, height=0.7, brushes=brushes))
        self.chart.getAxis("left").setTicks([[(y, r.name) for y, r in zip(ys, rows)]])
        self.chart.getAxis("left").setWidth(130)

    def current_record(self) -> tuple[str, int, str] | None:
        """What the window's History action shows: the quota on the Quotas tab, else the selected
        territory or rep."""
        if self.selected is None:
            return None
        kind, ident = self.selected
        view = getattr(self.quotas, "view", None)
        if self.tabs.currentWidget() is self.quotas and view is not None and view.own is not None:
            place = self.nodes[view.own.territory_id].name if view.own.territory_id in self.nodes \
                else tr("the territory")
            return "quotas", view.own.id, tr("Quota of {place}, {period}").format(
                place=place, period=view.own.period.label())
        if kind == TERRITORY and ident in self.nodes:
            return "territories", ident, self.nodes[ident].name
        if kind == REP:
            names = {r.rep_id: r.name for node in self.nodes.values() for r in node.reps}
            return "reps", ident, names.get(ident, tr("Rep {id}").format(id=ident))
        return None

    def show_history(self, kind: str, ident: int) -> None:
        self.selected = (kind, ident)
        if kind == TERRITORY and ident in self.nodes:
            self.quotas.set_territory(ident, self.nodes[ident].name)
        self.reassign_button.setEnabled(kind == REP)
        self.refresh_history()

    def refresh_history(self) -> None:
        if self.selected is None:
            self.history_model.set_rows([])
            return
        kind, ident = self.selected
        span = self.period.currentData()
        start, end = span if span else (None, None)
        db = self.ctx.db
        if kind == TERRITORY and ident in self.nodes:
            ids, name = descendants(self.nodes, ident), self.nodes[ident].name
            self.history_load.load(
                lambda: assignment_history(db, territory_ids=ids, start=start, end=end),
                lambda rows: self._history_read(
                    rows, tr("<b>{name}</b>: who covered it").format(name=name), span),
                self._reload_failed)
        else:
            self.history_load.load(
                lambda: assignment_history(db, rep_id=ident, start=start, end=end),
                lambda rows: self._history_read(
                    rows, tr("<b>{name}</b>: territories covered").format(
                        name=rows[0].rep if rows else tr("rep {id}").format(id=ident)),
                    span), self._reload_failed)

    def _history_read(self, rows, title: str, span) -> None:
        quarter = self._period_labels[max(self.period.currentIndex(), 0)]
        self.history_title.setText(tr("{title} in {quarter}").format(title=title, quarter=quarter)
                                   if span else title)
        self.history_model.set_rows([(r.territory, r.rep, label(r.role), r.start.isoformat(),
                                      r.end.isoformat() if r.end else tr("now")) for r in rows])

    # -- reassignment --------------------------------------------------------------------------
    def effective_date(self) -> dt.date:
        d = self.effective.date()
        return dt.date(d.year(), d.month(), d.day())

    def confirm_drop(self, rep_id: int, assignment_id: int, version: int, territory_id: int):
        """A drop moves a person's territory, their quota and history: asked first, since a
        drag can end on the wrong row. Returns the FormSave under way, or None when declined."""
        rep = next((r for n in self.nodes.values() for r in n.reps
                    if r.assignment_id == assignment_id), None)
        source = next((n.name for n in self.nodes.values()
                       if any(r.assignment_id == assignment_id for r in n.reps)), "")
        target = self.nodes[territory_id].name if territory_id in self.nodes else ""
        question = tr("Move {rep} from {source} to {target}, effective {date}?\n\nThe current "
                      "assignment ends the day before; the history keeps both.").format(
            rep=rep.name if rep else tr("this rep"), source=source, target=target,
            date=formatting.date(self.effective_date()))
        if not self.ask_move(question):
            return None
        return self.reassign(rep_id, assignment_id, version, territory_id)

    def ask_move(self, question: str) -> bool:
        """Yes / No on a drop (tests and scripted use replace it)."""
        answer = QMessageBox.question(self, tr("Reassign rep"), question,
                                      QMessageBox.StandardButton.Yes
                                      | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def reassign(self, rep_id: int, assignment_id: int, version: int, territory_id: int):
        """Move a rep (a drag onto another territory) through desktop/conflicts.py: off the GUI
        thread, waiting for a lost server; an assignment someone else changed meanwhile asks
        Reload / Move anyway (re-apply) / Cancel. Returns the FormSave under way."""
        from desktop.conflicts import FormSave
        from models.services.territories import reassign
        db, on = self.ctx.db, self.effective_date()
        job = FormSave(self, lambda at_version: reassign(
            db, rep_id, territory_id, on, from_assignment=assignment_id,
            expected_version=at_version), version, reload=lambda _error: self.reload(),
            ask=self.ask)
        job.finished.connect(lambda outcome: self._reassigned(outcome, territory_id))
        self.saving = job
        return job.start()

    def _reassigned(self, outcome, territory_id: int) -> None:
        self.saving = None
        if not outcome.saved:
            if outcome.error is not None:
                QMessageBox.warning(self, tr("Not reassigned"), outcome.message)
                self.reload()
            return
        self.ctx.changed.emit("territories")
        self.selected = (TERRITORY, territory_id)
        item = self.tree.territory_item(territory_id)
        if item is not None:
            self.tree.setCurrentItem(item)
        self.refresh_history()

    def reassign_dialog(self) -> None:
        item = self.tree.currentItem()
        if item is None or item.data(0, KIND) != REP:
            return
        leaves = sorted((n.name, n.id) for n in self.nodes.values() if not n.children)
        name, ok = QInputDialog.getItem(self, tr("Reassign"),
                                        tr("Move {rep} to:").format(rep=item.text(0)),
                                        [n for n, _ in leaves], 0, False)
        if ok:
            assignment_id, version = item.data(0, EXTRA)
            self.reassign(int(item.data(0, ID)), assignment_id, version, dict(leaves)[name])



def tree_rows(nodes) -> tuple[list, list]:
    """The tree's territories and reps with their figures written out (done off the GUI
    thread: formatting a company's every quota took longer than a frame)."""
    territories, reps = [], []
    for node in nodes.values():
        count = len({r.rep_id for r in node.reps})
        gap = node.gap
        territories.append(TreeTerritory(
            node.id, node.name, node.parent_id, formatting.number(count) if count else "",
            money(node.quota), "" if not gap
            else tr("{amount} unallocated").format(amount=money(gap)) if gap > 0
            else tr("{amount} over", "allocated beyond the quota").format(amount=money(-gap)),
            money(node.market_potential)))
        reps += [TreeRep(node.id, r.assignment_id, r.rep_id, r.name, r.role,
                         formatting.date(r.start), r.version) for r in node.reps]
    return territories, reps


def coverage_rows(rows) -> list[tuple]:
    return [(r.name, money(r.market_potential), r.accounts, r.reps, money(r.quota),
             money(r.potential_per_rep) if r.potential_per_rep is not None else tr("no rep"))
            for r in rows]

def create_page(ctx):
    return TerritoriesPage(ctx)
