"""The Analysis page: pick a slice of the company and a period; the tabs show the sales figures,
the customer base, agencies against in-house teams, and deal sizes for it. Each tab loads in
the background when it is shown after a change (a newer choice drops an older load's result);
the table in view exports to CSV/XLSX, the whole analysis to a PDF."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QFileDialog, QHBoxLayout, QLabel, QPushButton,
                               QTabWidget, QVBoxLayout, QWidget)

from widgets.field_error import ERROR_STYLE

from desktop.analysis import (agencies_tab, costs_dialog, customers_tab, deal_sizes_tab,
                              sales_tab)
from desktop.analysis.common import Choice
from desktop.i18n import tr
from desktop.tasks import LatestLoad
from models import formatting
from models.domain.commission import parse_period
from models.services.sales_analysis import Slice

TABS = [("sales", sales_tab, sales_tab.SalesTab), ("customers", customers_tab,
                                                   customers_tab.CustomersTab),
        ("agencies", agencies_tab, agencies_tab.AgenciesTab),
        ("deal_sizes", deal_sizes_tab, deal_sizes_tab.DealSizesTab)]
KINDS = [("company", QT_TRANSLATE_NOOP("QCoreApplication", "Whole company")),
         ("team", QT_TRANSLATE_NOOP("QCoreApplication", "Team")),
         ("territory", QT_TRANSLATE_NOOP("QCoreApplication", "Territory")),
         ("rep", QT_TRANSLATE_NOOP("QCoreApplication", "Rep")),
         ("agency", QT_TRANSLATE_NOOP("QCoreApplication", "Agency")),
         ("segment", QT_TRANSLATE_NOOP("QCoreApplication", "Segment")),
         ("product_line", QT_TRANSLATE_NOOP("QCoreApplication", "Product line"))]


def quarter_of(day: dt.date) -> str:
    return f"{day.year}-Q{(day.month - 1) // 3 + 1}"


def period_choices(today: dt.date) -> list[tuple[str, str]]:
    """(period, what it is) offered in the picker, the last whole quarter first."""
    quarters, day = [], today
    for _quarter in range(5):
        quarters.append(quarter_of(day))
        first_month = 3 * ((day.month - 1) // 3) + 1
        day = dt.date(day.year, first_month, 1) - dt.timedelta(days=1)
    month_before = today.replace(day=1) - dt.timedelta(days=1)
    return ([(quarters[1], tr("the last whole quarter")),
             (quarters[0], tr("this quarter, to date"))]
            + [(q, tr("an earlier quarter")) for q in quarters[2:]]
            + [(f"{month_before:%Y-%m}", tr("last month")),
               (f"{today:%Y-%m}", tr("this month, to date")),
               (str(today.year), tr("this year, to date")),
               (str(today.year - 1), tr("last year"))])


class AnalysisPage(QWidget):
    tab_loaded = Signal(str)        # the key of the tab whose data was just shown
    exported = Signal(str)          # the path of a file written

    def __init__(self, ctx, *, today: dt.date | None = None, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.today = today or dt.date.today()
        self.choices = None
        self._filled_kind: str | None = None
        self._choice: Choice | None = None
        self._stale: set[str] = set()
        self._loads = {key: LatestLoad(ctx.tasks) for key, _, _ in TABS}
        self._choices_load = LatestLoad(ctx.tasks)

        self.kind = QComboBox()
        for key, text in KINDS:
            self.kind.addItem(tr(text), key)
        self.kind.setToolTip(tr("Which part of the company the analysis is for"))
        self.value = QComboBox()
        self.value.setMinimumContentsLength(18)
        self.value.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.value.setToolTip(tr("The team, territory, rep, agency, segment or product line"))
        self.period = QComboBox()
        self.period.setEditable(True)
        for code, what in period_choices(self.today):
            self.period.addItem(code)
            self.period.setItemData(self.period.count() - 1, what, Qt.ItemDataRole.ToolTipRole)
        self.period.setToolTip(tr("A quarter (2026-Q3), a month (2026-07) or a year (2026); "
                                  "type another and press Enter"))
        self.export_button = QPushButton(tr("Export table…"))
        self.export_button.setToolTip(tr("Save the table in view as CSV or Excel "
                                         "(plain numbers)"))
        self.export_button.clicked.connect(self._export_table_clicked)
        self.pdf_button = QPushButton(tr("PDF…"))
        self.pdf_button.setToolTip(tr("Save all four parts of the analysis for this slice and "
                                      "period as a PDF"))
        self.pdf_button.clicked.connect(self._export_pdf_clicked)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("Slice")))
        bar.addWidget(self.kind)
        bar.addWidget(self.value, 1)
        bar.addStretch(0)     # takes the room when the whole company needs no second box
        bar.addWidget(QLabel(tr("Period")))
        bar.addWidget(self.period)
        bar.addWidget(self.export_button)
        bar.addWidget(self.pdf_button)
        bar.addWidget(costs_dialog.costs_button(self))   # entered tools and travel costs
        self.status = QLabel(tr("Reading the teams, territories and reps…"))
        self.status.setWordWrap(True)
        self.tabs = QTabWidget()
        # A tab's table and chart are made when the tab is first shown: a chart takes ~15 ms to
        # make, and the four tabs' together held the window still while the page opened.
        self.views = {}
        for _key, module, _view_class in TABS:
            holder = QWidget()
            box = QVBoxLayout(holder)
            box.setContentsMargins(0, 0, 0, 0)
            self.tabs.addTab(holder, tr(module.TITLE))
        self._view(self.current_key())
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)

        self.kind.currentIndexChanged.connect(lambda _i: self._fill_values())
        self.value.currentIndexChanged.connect(lambda _i: self.reload())
        self.period.activated.connect(lambda _i: self.reload())
        self.period.lineEdit().editingFinished.connect(self.reload)
        self.tabs.currentChanged.connect(lambda _i: self._load_current())
        ctx.changed.connect(self._data_changed)
        self._load_choices()

    # -- the choice ----------------------------------------------------------------------------
    def _load_choices(self) -> None:
        from models.services.analysis_slices import slice_choices
        db = self.ctx.db
        self._choices_load.load(lambda: slice_choices(db), self._choices_shown, self._failed)

    def _choices_shown(self, choices) -> None:
        self.choices = choices
        self._fill_values()

    def _data_changed(self, _area: str) -> None:
        """Something was saved elsewhere: the names to pick from and the figures are read
        again (the slice in view stays chosen)."""
        self._choice = None
        self._load_choices()

    def _options(self, kind: str) -> list[tuple[str, object]]:
        c = self.choices
        if c is None or kind == "company":
            return []
        named = {"team": c.teams, "territory": c.territories, "rep": c.reps,
                 "agency": c.agencies}
        if kind in named:
            return [(name, id_) for id_, name in named[kind]]
        return [(v, v) for v in (c.segments if kind == "segment" else c.product_lines)]

    def _fill_values(self) -> None:
        kind = self.kind.currentData()
        options = self._options(kind)
        kept = self.value.currentData() if kind == self._filled_kind else None
        self._filled_kind = kind
        self.value.blockSignals(True)
        self.value.clear()
        for text, data in options:
            self.value.addItem(text, data)
        if kept is not None and self.value.findData(kept) >= 0:
            self.value.setCurrentIndex(self.value.findData(kept))
        if kind != "company" and not options:
            self.value.addItem(tr("(no {kind} to choose)").format(
                kind=self.kind.currentText().lower()), None)
        self.value.setEnabled(bool(options))
        self.value.setVisible(kind != "company")
        self.value.blockSignals(False)
        self.reload()

    def select(self, kind: str, name: str | None = None, period: str | None = None) -> None:
        """Pick a slice by kind and shown name, and a period (what a user does with the boxes)."""
        self.kind.setCurrentIndex(self.kind.findData(kind))
        if name is not None:
            index = self.value.findText(name)
            if index < 0:
                raise ValueError(tr("There is no {kind} called {name} here.").format(
                    kind=self.kind.currentText().lower(), name=name))
            self.value.setCurrentIndex(index)
        if period is not None:
            self.period.setEditText(period)
            self.reload()

    def choice(self) -> Choice:
        """The current choice; ValueError in one sentence when the period cannot be read."""
        start, end = parse_period(self.period.currentText())
        kind = self.kind.currentData()
        value = self.value.currentData()
        if kind != "company" and value is None:
            raise ValueError(tr("There is no {kind} to choose.").format(
                kind=self.kind.currentText().lower()))
        fields = {"team": "team_id", "territory": "territory_id", "rep": "rep_id",
                  "agency": "agency_id", "segment": "segment", "product_line": "product_line"}
        part = Slice(**({fields[kind]: value} if kind != "company" else {}))
        label = {"company": tr("the whole company"),
                 "segment": tr("segment {name}").format(name=value),
                 "product_line": tr("product line {name}").format(name=value)
                 }.get(kind, self.value.currentText())
        return Choice(part, label, kind, self.period.currentText().strip().upper(), start, end,
                      self.today)

    # -- loading -------------------------------------------------------------------------------
    def reload(self, *, force: bool = False) -> None:
        """The choice changed (or, `force`, the data): every tab is out of date; the one in view
        loads, the others when they are shown."""
        if self.choices is None:
            return
        try:
            choice = self.choice()
        except ValueError as error:
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(str(error))
            return
        if choice == self._choice and not force:
            if self.status.styleSheet() == ERROR_STYLE:   # a mistake typed and taken back
                self.status.setStyleSheet("")
                self.status.setText(f"{choice.slice_label}, {choice.period}.")
            return
        self._choice = choice
        self._stale = {key for key, _, _ in TABS}
        self._load_current()

    def current_key(self) -> str:
        return TABS[self.tabs.currentIndex()][0]

    def _view(self, key: str) -> QWidget:
        """The tab's view, made the first time it is needed."""
        view = self.views.get(key)
        if view is None:
            index = [k for k, _, _ in TABS].index(key)
            view = self.views[key] = TABS[index][2]()
            self.tabs.widget(index).layout().addWidget(view)
        return view

    def _load_current(self) -> None:
        key = self.current_key()
        self._view(key)
        if self._choice is None or key not in self._stale:
            return
        module = dict((k, m) for k, m, _ in TABS)[key]
        choice, db, user = self._choice, self.ctx.db, self.ctx.user
        self.status.setStyleSheet("")
        self.status.setText(tr("Reading {part} for {slice}, {period}…").format(
            part=tr(module.TITLE).lower(), slice=choice.slice_label, period=choice.period))

        def shown(result) -> None:
            self._stale.discard(key)
            self._view(key).show_result(result)
            self.status.setStyleSheet("")
            label = f"{choice.slice_label[:1].upper()}{choice.slice_label[1:]}"
            self.status.setText(tr("{slice}, {period} ({start} – {end}).").format(
                slice=label, period=choice.period, start=formatting.date(choice.start),
                end=formatting.date(choice.end)))
            self.tab_loaded.emit(key)
        self._loads[key].load(lambda: module.load(db, user, choice), shown, self._failed)

    @property
    def busy(self) -> bool:
        return self._choices_load.busy or any(load.busy for load in self._loads.values())

    def _failed(self, error: BaseException) -> None:
        from models.db.retry import plain_message
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(plain_message(error))

    # -- export --------------------------------------------------------------------------------
    def _export_table_clicked(self) -> None:
        name = f"analysis-{self.current_key().replace('_', '-')}.xlsx"
        path, _filter = QFileDialog.getSaveFileName(self, tr("Export the table"), name,
                                              "Excel (*.xlsx);;CSV (*.csv)")
        if path:
            self.export_table(path)

    def export_table(self, path: str) -> int | None:
        """The table in view as plain values (numbers stay numbers), its notes after it."""
        from models.imports.tabular import write_table
        section = self._view(self.current_key()).section()
        if section is None or self.current_key() in self._stale:
            self.status.setText(tr("Wait until the table is shown, then export it."))
            return None
        rows = section.values + [[tr("Note: {note}").format(note=n)] for n in section.notes]
        try:
            count = write_table(path, section.headers, rows)
        except OSError as error:
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(tr("{path} could not be written: {reason}.").format(
                path=path, reason=error.strerror))
            return None
        self.status.setText(tr("Wrote {count} rows to {path}.").format(
            count=formatting.number(count - len(section.notes)), path=path))
        self.exported.emit(str(path))
        return count

    def _export_pdf_clicked(self) -> None:
        choice = self._choice
        if choice is None:
            return
        name = f"Analysis {choice.slice_label} {choice.period}.pdf".replace("/", " ")
        path, _filter = QFileDialog.getSaveFileName(self, tr("Save the analysis as PDF"), name,
                                              "PDF (*.pdf)")
        if path:
            self.export_pdf(path)

    def export_pdf(self, path: str):
        """All four parts for the current choice, in the background (a tab already shown for
        it is used as it is; the others are read), written to `path`."""
        from models.reports.analysis_pdf import render_analysis
        from models.services.company import company_settings
        choice = self._choice
        if choice is None:
            return None
        db, user = self.ctx.db, self.ctx.user
        ready = {key: self.views[key].section() for key, _, _ in TABS
                 if key not in self._stale and key in self.views}

        def work(progress):
            sections = []
            for i, (key, module, _) in enumerate(TABS):
                progress.step(i, len(TABS) + 1, tr("Reading {part}…").format(
                    part=tr(module.TITLE).lower()))
                sections.append(ready.get(key) or module.section(module.load(db, user, choice)))
            progress.step(len(TABS), len(TABS) + 1, tr("Writing the PDF…"))
            data = render_analysis(sections, slice_name=choice.slice_label,
                                   period=choice.period, start=choice.start, end=choice.end,
                                   company=company_settings(db).name)
            Path(path).write_bytes(data)
            return path

        def done(written) -> None:
            self.status.setStyleSheet("")
            self.status.setText(tr("Wrote {path}.").format(path=written))
            self.exported.emit(str(written))
        return self.ctx.tasks.run(work, on_success=done, on_error=self._failed,
                                  progress_title=tr("Writing the analysis PDF…"), parent=self)


def create_page(ctx):
    return AnalysisPage(ctx)
