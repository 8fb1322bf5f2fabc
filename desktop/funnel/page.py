"""Funnel page: the kanban board with filters, the deal panel and the stage KPI table beside it."""
from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import gc
import threading
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QLineEdit, QMessageBox,
                               QPushButton, QSplitter, QTabWidget, QVBoxLayout, QWidget)

from desktop.funnel.dialogs import ask_lost_reason
from desktop.funnel.panel import DealPanel, KpiPanel, kpi_table, period_range
from desktop.i18n import tr
from models import formatting
from models.db.errors import ConflictError, RepdeskError
from models.db.retry import plain_message
from models.domain.funnel import SOURCE_LABELS, StageRole
from models.domain.funnel_board import BoardFilter, ColumnTotals, with_pauses
from models.services import funnel as service
from models.i18n import _, ngettext
from models.services.funnel_kpis import funnel_kpis
from desktop.tasks import LatestLoad
from widgets.kanban import ColumnSpec, KanbanBoard, cards_by_id, prepare_column

# Shown with tr(); the combo's item data keeps the English name current_filter() reads.
CLOSE_PRESETS = [QT_TRANSLATE_NOOP("QCoreApplication", "Any close date"),
                 QT_TRANSLATE_NOOP("QCoreApplication", "Overdue"),
                 QT_TRANSLATE_NOOP("QCoreApplication", "Next 30 days"),
                 QT_TRANSLATE_NOOP("QCoreApplication", "Next 90 days"),
                 QT_TRANSLATE_NOOP("QCoreApplication", "This quarter")]


_pausing = threading.Lock()
_paused = 0          # background loads running with the garbage collector paused
_resume = False      # whether it was on when the first of them began


@contextlib.contextmanager
def collector_paused():
    """The garbage collector paused while a KPI load runs (in whichever thread).

    A period's KPIs read every deal in it, twice (per row and the total): hundreds of
    thousands of records, and the collector's full passes over them (0.2-0.7 s each, six per
    load on the demo company with 50,000 deals) held the interpreter, so the window stood still
    that long. The records are freed as soon as the load ends (by reference counting: they hold
    no cycles); what it keeps (the table's rows) is a few thousand objects. So the collector is
    paused only while such a load runs: the last one to end resumes it, unless it was off
    before.

    Not used for the board: its 50,000 cards outlive the load, so the collector walks them
    anyway, all at once after the pause."""
    global _paused, _resume
    with _pausing:
        if not _paused:
            _resume = gc.isenabled()
            gc.disable()
        _paused += 1
    try:
        yield
    finally:
        with _pausing:
            _paused -= 1
            if not _paused and _resume:
                gc.enable()


def group_cards(cards, stages, f: BoardFilter) -> dict[int, list]:
    """The cards that pass the filter, by stage id (a plain function: it runs in the background)."""
    grouped: dict[int, list] = {s.id: [] for s in stages}
    if not f.active:
        for card in with_pauses(cards, 2000):
            grouped[card.stage_id].append(card)
        return grouped
    for card in with_pauses(cards):
        if f.matches(card):
            grouped[card.stage_id].append(card)
    return grouped


def board_columns(data, grouped: dict[int, list], totals: dict | None = None
                  ) -> list[ColumnSpec]:
    """The board's columns with everything they show worked out (plain Python over plain
    records: it runs in the background load, the GUI thread only assigns the result)."""
    return [prepare_column(ColumnSpec(s.id, s.name, s.probability, grouped[s.id], s.closed,
                                      s.stuck_after_days, data.company_currency,
                                      totals.get(s.id) if totals else None))
            for s in data.stages]


def board_note(pipeline_name: str, shown: int, total: int, active: bool) -> str:
    """The line above the board: how many deals it shows, and how to move them."""
    note = (ngettext("{shown} of {n} deal shown", "{shown} of {n} deals shown", total).format(
                shown=formatting.number(shown), n=formatting.number(total)) if active
            else ngettext("{n} deal", "{n} deals", shown).format(n=formatting.number(shown)))
    return tr("{pipeline}: {deals}; won and lost columns show the last 30 days. "
              "Drag a card, or select it and press Ctrl+→ / Ctrl+← to move "
              "it.").format(pipeline=pipeline_name, deals=note)


class FunnelPage(QWidget):
    def __init__(self, ctx, *, today: dt.date | None = None, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.today = today or dt.date.today()
        self.data = None
        self._cards: dict[int, service.Card] = {}
        self.stages = {}
        self.loading = None       # the background load under way (None when the board is current)
        self._generation = 0      # a load finished after a newer one started is dropped
        self.filtering = None     # the filters' grouping under way in the background (or None)
        self._filter_generation = 0   # a grouping of cards since changed is dropped
        self._filter_thens: list = []   # what to run once the grouping under way is shown
        # The filters' names arrive with the first load (nothing waits on the database here).
        self.options = service.BoardOptions([], [], [], [], [])

        self.board = KanbanBoard()
        self.deal_panel = DealPanel()
        self.kpi_panel = KpiPanel()
        # The deal opens beside the board and can be put away; the stage KPIs have a tab of their
        # own, full width (in a side panel their tables were cut and scrolled inside a scroll).
        self.side = QWidget()
        side_layout = QVBoxLayout(self.side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        hide_deal = QPushButton(tr("Hide the deal"))
        hide_deal.clicked.connect(self.side.hide)
        side_layout.addWidget(hide_deal, 0, Qt.AlignmentFlag.AlignRight)
        side_layout.addWidget(self.deal_panel, 1)
        self.side.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(self._filter_bar())
        self.message = QLabel("")
        self.message.setStyleSheet("color: #5f6368;")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.board)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        self.side.setMinimumWidth(260)
        splitter.setCollapsible(0, False)
        splitter.setSizes([1300, 360])
        self.splitter = splitter
        self.views = QTabWidget()
        self.views.setDocumentMode(True)
        self.views.addTab(splitter, tr("Board"))
        self.views.addTab(self.kpi_panel, tr("Stage KPIs"))
        layout.addWidget(self.views, 1)

        self.board.move_requested.connect(self.move_cards)
        # double-click / Enter: every field
        self.board.open_requested.connect(
            lambda card: card is not None and self._deal_editor(deal_id=card.id))
        self.board.current_changed.connect(lambda card: card and self.open_card(card, focus=False))
        self.board.reopen_requested.connect(lambda card: self.reopen(card.id))
        self.deal_panel.note_added.connect(self.add_note)
        self.deal_panel.reopen_clicked.connect(self.reopen)
        self.kpi_panel.refresh_requested.connect(self.refresh_kpis)
        self._kpi_load = LatestLoad(ctx.tasks)
        ctx.changed.connect(self._on_changed)
        self.message.setText(tr("Loading the deals…"))
        # The stage KPIs are computed when their tab is shown, after the board (_board_shown):
        # two loads at once made each wait on the other for the interpreter, and the board's
        # turns too; and a period's KPIs read every deal in it, twice (per row and the total),
        # for a tab most visits never open.
        self._kpis_due = True
        self.views.currentChanged.connect(lambda _i: self._board_shown())
        self.reload(with_options=True)

    # -- filters ---------------------------------------------------------------------------
    def _combo(self, first: str, options) -> QComboBox:
        combo = QComboBox()
        combo.addItem(first, None)
        for option in options:
            combo.addItem(option.name, option.id)
        combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self._compact(combo)
        return combo

    @staticmethod
    def _compact(combo: QComboBox, letters: int = 9) -> None:
        """Long names (teams, reps) must not push the filter bar wider than the window."""
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(letters)

    def _filter_bar(self) -> QVBoxLayout:
        bar = QVBoxLayout()
        self.pipeline = QComboBox()
        self.pipeline.setVisible(False)   # shown when there is more than one pipeline
        self.pipeline.currentIndexChanged.connect(lambda _i: self.reload())
        self.team = self._combo(tr("All teams"), self.options.teams)
        self.rep = self._combo(tr("All reps"), self.options.reps)
        for combo in (self.team, self.rep):  # the KPI table follows the team / rep chosen
            combo.currentIndexChanged.connect(lambda _i: self._kpis_changed())
        self.team.currentIndexChanged.connect(lambda _i: self._team_pipeline())
        self.territory = self._combo(tr("All territories"), self.options.territories)
        self.source = QComboBox()
        self.source.addItem(tr("All sources"), None)
        for value, text in SOURCE_LABELS.items():   # names from models/: gettext
            self.source.addItem(_(text), str(value))
        self.source.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.min_amount = QLineEdit()
        self.min_amount.setPlaceholderText(tr("min amount"))
        self.max_amount = QLineEdit()
        self.max_amount.setPlaceholderText(tr("max amount"))
        for edit in (self.min_amount, self.max_amount):
            edit.setFixedWidth(100)
            edit.editingFinished.connect(self.apply_filter)
        self.close_preset = QComboBox()
        for preset in CLOSE_PRESETS:
            self.close_preset.addItem(tr(preset), preset)
        self.close_preset.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search deal or account"))
        self.search.setMinimumWidth(200)
        self._compact(self.source, 8)
        self._compact(self.close_preset, 8)
        self.search.textChanged.connect(lambda _t: self.apply_filter())
        clear = QPushButton(tr("Clear"))
        clear.clicked.connect(self.clear_filters)
        import_button = QPushButton(tr("Import deals…"))
        import_button.clicked.connect(self.import_deals)
        reasons_button = QPushButton(tr("Lost reasons…"))
        reasons_button.clicked.connect(self.edit_lost_reasons)
        new_deal = QPushButton(tr("New deal…"))
        new_deal.clicked.connect(lambda: self._deal_editor(rep_id=self.rep.currentData()))
        # Two rows: in one, the filters and buttons made the page wider than a 1024 window.
        first, second = QHBoxLayout(), QHBoxLayout()
        for widget in (self.pipeline, self.team, self.rep, self.territory, self.source,
                       self.close_preset):
            first.addWidget(widget)
        first.addStretch(1)
        for widget in (self.search, self.min_amount, self.max_amount, clear):
            second.addWidget(widget)
        second.addStretch(1)
        self.action_buttons = (new_deal, reasons_button, import_button)
        for button in self.action_buttons:
            second.addWidget(button)
        bar.addLayout(first)
        bar.addLayout(second)
        return bar

    def _deal_editor(self, **which):
        """The deal editor (its module is imported when first asked for: importing the setup
        dialogs while the page was being built held the window ~100 ms)."""
        from desktop.setup.deals import open_deal_editor
        return open_deal_editor(self.ctx, self, on_saved=lambda _deal: self.reload(), **which)

    def _team_pipeline(self) -> None:
        """A team with its own pipeline sees that pipeline's board."""
        if self.pipeline.count() > 1:
            wanted = service.pipeline_for_team(self.ctx.db, self.team.currentData())
            index = self.pipeline.findData(wanted)
            if index >= 0 and index != self.pipeline.currentIndex():
                self.pipeline.setCurrentIndex(index)

    def current_filter(self) -> BoardFilter:
        def amount(edit: QLineEdit):
            text = edit.text().strip().replace(",", "")
            if not text:
                return None
            try:
                return Decimal(text)
            except InvalidOperation:
                return None
        close_from = close_to = None
        preset = self.close_preset.currentData()
        if preset == "Overdue":
            close_to = self.today - dt.timedelta(days=1)
        elif preset == "Next 30 days":
            close_from, close_to = self.today, self.today + dt.timedelta(days=30)
        elif preset == "Next 90 days":
            close_from, close_to = self.today, self.today + dt.timedelta(days=90)
        elif preset == "This quarter":
            close_from, close_to = period_range("This quarter", self.today)
        return BoardFilter(team_id=self.team.currentData(), rep_id=self.rep.currentData(),
                           territory_id=self.territory.currentData(),
                           source=self.source.currentData(), min_amount=amount(self.min_amount),
                           max_amount=amount(self.max_amount), close_from=close_from,
                           close_to=close_to, text=self.search.text().strip())

    def clear_filters(self) -> None:
        for combo in (self.team, self.rep, self.territory, self.source, self.close_preset):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        for edit in (self.min_amount, self.max_amount, self.search):
            edit.blockSignals(True)
            edit.clear()
            edit.blockSignals(False)
        self.apply_filter()

    # -- loading ---------------------------------------------------------------------------
    def reload(self, *, with_options: bool = False, then=None):
        """Load the board (and the filters' names) in the background; the board shown stays
        until the new one is there. `then()` runs on the GUI thread once it is shown."""
        db, pipeline, today = self.ctx.db, self.pipeline.currentData(), self.today
        on_board = self._cards   # unchanged deals keep their cards (see service.load_board)
        wanted = self.current_filter()
        self._generation += 1
        generation = self._generation

        def work(progress):
            # Everything per card is done here, off the GUI thread: at 50,000 deals indexing,
            # grouping, adding up and titling the cards, and formatting the column headers took
            # the window's time; the GUI thread only assigns what this returns.
            options = service.board_options(db) if with_options else None
            data = service.load_board(db, pipeline, today=today, previous=on_board)
            cards = {c.id: c for column in data.cards.values() for c in column}
            grouped = group_cards(cards.values(), data.stages, wanted)
            totals = {stage: ColumnTotals(column) for stage, column in grouped.items()}
            specs = board_columns(data, grouped, totals)
            # the board's own index of the cards it shows (a dict apart from `cards`, which the
            # page changes on a move before the board does)
            by_id = dict(cards) if not wanted.active else cards_by_id(specs)
            note = board_note(data.pipeline_name, len(by_id), len(cards), wanted.active)
            return options, data, cards, (specs, by_id, note)

        def loaded(result) -> None:
            if generation != self._generation:
                return
            options, data, cards, (specs, by_id, note) = result
            if options is not None:
                self._set_options(options)
            self.data = data
            self.stages = {s.id: s for s in data.stages}
            self._cards = cards
            self._filter_generation += 1   # a grouping of the cards replaced is outdated
            self.filtering = None
            carried, self._filter_thens = self._filter_thens, []

            def shown() -> None:
                if generation == self._generation:
                    self.loading = None
                for done in carried + ([then] if then is not None else []):
                    done()
                self._board_shown()
            if self.current_filter() == wanted:
                # a column per turn of the event loop: the window keeps answering meanwhile
                self.message.setText(note)
                self.board.set_columns(specs, by_id=by_id, gradually=True, then=shown)
            else:   # the filters changed meanwhile: group again
                self.apply_filter(then=shown)

        def failed(error) -> None:
            if generation == self._generation:
                self.loading = None
                self.message.setText(tr("Could not load the deals: {problem}").format(
                    problem=plain_message(error)))
                self._board_shown()

        self.loading = self.ctx.tasks.run(work, on_success=loaded, on_error=failed)
        return self.loading

    def _set_options(self, options) -> None:
        self.options = options
        self.pipeline.blockSignals(True)
        chosen = self.pipeline.currentData()
        self.pipeline.clear()
        for option in options.pipelines:
            self.pipeline.addItem(option.name, option.id)
        self.pipeline.setCurrentIndex(max(0, self.pipeline.findData(chosen)))
        self.pipeline.setVisible(len(options.pipelines) > 1)
        self.pipeline.blockSignals(False)
        self._refill(self.team, options.teams)
        self._refill(self.rep, options.reps)
        self._refill(self.territory, options.territories)

    def apply_filter(self, then=None) -> None:
        """Show the cards that pass the filters. Grouped and added up in the background (at
        50,000 deals each letter typed in the search froze the window); the board shown stays
        until the new one is there, and `then()` runs on the GUI thread once it is."""
        if self.data is None:
            return   # still loading: the filters apply when the board arrives
        f = self.current_filter()
        data, cards = self.data, list(self._cards.values())
        self._filter_generation += 1
        generation = self._filter_generation
        if then is not None:
            self._filter_thens.append(then)

        def work(progress):
            grouped = group_cards(cards, data.stages, f)
            specs = board_columns(data, grouped)
            note = board_note(data.pipeline_name, sum(map(len, grouped.values())), len(cards),
                              f.active)
            return specs, cards_by_id(specs), note

        def filtered(result) -> None:
            if generation != self._filter_generation:
                return   # newer filters, a move or a reload since: this board is outdated
            specs, by_id, note = result
            thens, self._filter_thens = self._filter_thens, []   # also of the groupings dropped

            def shown() -> None:
                if generation == self._filter_generation:
                    self.filtering = None
                for done in thens:
                    done()
                self._board_shown()
            self.message.setText(note)
            self.board.set_columns(specs, by_id=by_id, gradually=True, then=shown)

        def failed(error) -> None:
            if generation == self._filter_generation:
                self.filtering = None
                self.message.setText(plain_message(error))

        self.filtering = self.ctx.tasks.run(work, on_success=filtered, on_error=failed)

    def _board_shown(self) -> None:
        """The board is up to date (or the tab changed): the stage KPIs asked for meanwhile are
        computed now, if their tab is the one shown."""
        if (self._kpis_due and self.loading is None and self.filtering is None
                and self.views.currentWidget() is self.kpi_panel):
            self._kpis_due = False
            self.refresh_kpis()

    def _kpis_changed(self) -> None:
        """The team or rep chosen changed: the KPIs follow, now or when their tab is shown."""
        self._kpis_due = True
        self._board_shown()

    def _refill(self, combo: QComboBox, options) -> None:
        """New names for a filter (a rep was added elsewhere), keeping what is chosen."""
        chosen = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for option in options:
            combo.addItem(option.name, option.id)
        index = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def _on_changed(self, area: str) -> None:
        names = area in ("reps", "teams", "territories", "*")
        if names or area in ("deals-import", "deals-edited"):
            self.reload(with_options=names)
        if area in ("deals-import", "deals-edited", "reps", "*"):
            self._kpis_due = True   # after the board (every one of these reloads it)

    # -- actions ---------------------------------------------------------------------------
    def warn(self, text: str) -> None:
        QMessageBox.warning(self, tr("Funnel"), text)

    def ask_conflict(self, text: str) -> str:
        """Someone else moved the deal meanwhile: 'reapply' (move it anyway), 'reload' or 'cancel'.
        Either of the last two shows the board as it now is."""
        box = QMessageBox(QMessageBox.Icon.Warning, tr("Moved by someone else"), text, parent=self)
        again = box.addButton(tr("Move it anyway"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(tr("Reload"), QMessageBox.ButtonRole.ResetRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is again:
            return "reapply"
        return "reload" if box.buttonRole(box.clickedButton()) == QMessageBox.ButtonRole.ResetRole \
            else "cancel"

    def move_cards(self, ids: list[int], to_stage_id: int) -> bool:
        stage = self.stages[to_stage_id]
        cards = [self._cards[i] for i in ids if i in self._cards]
        cards = [c for c in cards if c.stage_id != to_stage_id]
        if not cards:
            return False
        reason = None
        if stage.role == StageRole.LOST:
            reason = ask_lost_reason(self, self.options.lost_reasons, len(cards))
            if reason is None:
                self.message.setText(tr("Not moved: a deal moved to Lost needs a reason."))
                return False
        try:
            results = service.move_deals(self.ctx.db, [(c.id, c.version) for c in cards],
                                         to_stage_id, lost_reason_id=reason, on=self.today)
        except ConflictError as error:
            choice = self.ask_conflict(str(error))
            if choice == "reapply":
                try:  # the user has seen who moved it; move it again on top of their change
                    versions = [(c.id, service.deal_detail(self.ctx.db, c.id).version)
                                for c in cards]
                    results = service.move_deals(self.ctx.db, versions, to_stage_id,
                                                 lost_reason_id=reason, on=self.today)
                except RepdeskError as again:
                    self.warn(str(again))
                    self.reload()
                    return False
                self.reload(then=lambda: self.message.setText(
                    tr("Moved to {stage} on top of the other change.").format(stage=stage.name)))
                self.ctx.changed.emit("deals")
                return True
            self.reload()
            return False
        except RepdeskError as error:
            self.warn(str(error))
            return False
        moved = []
        for card, result in zip(cards, results):
            new = dataclasses.replace(card, version=result.version, stage_id=result.stage_id,
                                      status=result.status, days_in_stage=0, stuck=False)
            del self._cards[card.id]
            self._cards[card.id] = new
            moved.append(new)
        self.board.apply_move(moved)
        if self.filtering is not None:   # grouped before the move: group the cards again
            self.apply_filter()
        self.message.setText(ngettext("Moved {n} deal to {stage}.", "Moved {n} deals to {stage}.",
                                      len(moved)).format(n=formatting.number(len(moved)),
                                                         stage=stage.name))
        self.ctx.changed.emit("deals")   # the moved card is now current: the panel follows it
        return True

    def open_card(self, card, *, focus: bool = True) -> None:
        if card is None:
            return
        try:
            detail = service.deal_detail(self.ctx.db, card.id)
        except RepdeskError as error:
            self.message.setText(str(error))
            return
        self.deal_panel.show_detail(detail)
        self.deal_panel.link_rep(card.rep_id, detail.rep_name)   # the owner: their page
        self._open_deal = (card.id, getattr(detail, "title", None)
                           or tr("Deal {id}").format(id=card.id))
        if focus:
            self.side.show()
            self.views.setCurrentIndex(0)

    def current_record(self) -> tuple[str, int, str] | None:
        """(table, id, title) of the deal shown in the panel, for the window's History action."""
        deal = getattr(self, "_open_deal", None)
        return ("deals", deal[0], deal[1]) if deal else None

    def reopen(self, deal_id: int) -> int | None:
        card = self._cards.get(deal_id)
        version = card.version if card else service.deal_detail(self.ctx.db, deal_id).version
        try:
            new_id = service.reopen_deal(self.ctx.db, deal_id, version)
        except RepdeskError as error:
            self.warn(str(error))
            self.reload()
            return None
        def show_it() -> None:
            if new_id in self._cards:
                if self.board.card(new_id) is not None:
                    self.board.select(new_id)
                self.open_card(self._cards[new_id])
            self.message.setText(tr("Reopened as deal {id}, back in the funnel.").format(
                id=new_id))
        self.reload(then=show_it)
        self.ctx.changed.emit("deals")
        return new_id

    def add_note(self, deal_id: int, text: str) -> None:
        try:
            service.add_note(self.ctx.db, deal_id, text)
        except RepdeskError as error:
            self.warn(str(error))
            return
        self.deal_panel.show_detail(service.deal_detail(self.ctx.db, deal_id))

    def refresh_kpis(self) -> None:
        try:
            start, end = period_range(self.kpi_panel.period_name(), self.today)
        except RepdeskError as error:
            self.kpi_panel.status.setText(str(error))
            return
        by = self.kpi_panel.group.currentData()
        team = self.team.currentData()
        rep = self.rep.currentData()
        self.kpi_panel.status.setText(tr("Computing…"))
        db = self.ctx.db

        def work():
            with collector_paused():
                rows = funnel_kpis(db, start, end, by=by, team_id=team, rep_id=rep)
                total = []
                if by != "company" and len(rows) > 1:  # and the total of the rows shown
                    total = funnel_kpis(db, start, end, by="company", team_id=team,
                                        rep_id=rep)
                # the table's texts too: formatting 1,000 lost deals' amounts froze the window
                return kpi_table(rows, start, end, total=total)
        # only the newest period / grouping asked for is shown
        self._kpi_load.load(work, self.kpi_panel.show_table,
                            lambda error: self.kpi_panel.status.setText(plain_message(error)))

    def edit_lost_reasons(self) -> None:
        from desktop.funnel.dialogs import LostReasonsDialog
        LostReasonsDialog(self.ctx.db, self, tasks=self.ctx.tasks).exec()
        self.reload(with_options=True)

    def import_deals(self):
        """The import wizard with deals chosen (File ▸ Import… opens it too); the board reloads
        on the 'deals-import' change it announces."""
        from desktop.imports.wizard import open_import_wizard
        return open_import_wizard(self.ctx, "deals", self)


def create_page(ctx):
    return FunnelPage(ctx)
