"""The Customers tab: ABC/XYZ classes, potential, dormant and falling clients, and coverage of
each territory's market potential, as of the end of the chosen period."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget
from PySide6.QtCore import Qt

from desktop.i18n import tr
from desktop.analysis.common import (BarChart, Choice, FigureTableModel, Section, chart_box,
                                     figure_table, money, notes_label)
from models import formatting
from models.reports.analysis_charts import customer_charts
from models.services.analysis_slices import slice_rep_ids
from models.services.customer_base import ClientRow, CustomerBase, customer_base
from models.services.sales_analysis import Slice

TITLE = QT_TRANSLATE_NOOP("QCoreApplication", "Customers")   # tr(TITLE) where shown
# (text, key): the key is what the code compares; tr(text) where shown.
SHOW = [(QT_TRANSLATE_NOOP("QCoreApplication", "All clients"), None),
        (QT_TRANSLATE_NOOP("QCoreApplication", "Dormant"), "dormant"),
        (QT_TRANSLATE_NOOP("QCoreApplication", "Potential"), "potential"),
        (QT_TRANSLATE_NOOP("QCoreApplication", "Falling"), "falling"),
        (QT_TRANSLATE_NOOP("QCoreApplication", "Active"), "active"),
        (QT_TRANSLATE_NOOP("QCoreApplication", "Coverage by territory"), "coverage")]
# A client's standing as the table writes it (the model's keys are English words).
STANDINGS = {"potential": QT_TRANSLATE_NOOP("QCoreApplication", "potential"),
             "dormant": QT_TRANSLATE_NOOP("QCoreApplication", "dormant"),
             "falling": QT_TRANSLATE_NOOP("QCoreApplication", "falling"),
             "active": QT_TRANSLATE_NOOP("QCoreApplication", "active"),
             "lead": QT_TRANSLATE_NOOP("QCoreApplication", "lead")}
# Headers stay English in exported files (machine-readable); tr(header) where shown.
CLIENT_HEADERS = [QT_TRANSLATE_NOOP("QCoreApplication", "Account"),
                  QT_TRANSLATE_NOOP("QCoreApplication", "Owner"),
                  QT_TRANSLATE_NOOP("QCoreApplication", "Territory"),
                  QT_TRANSLATE_NOOP("QCoreApplication", "Segment"),
                  QT_TRANSLATE_NOOP("QCoreApplication", "Revenue"),
                  QT_TRANSLATE_NOOP("QCoreApplication", "Before"),
                  QT_TRANSLATE_NOOP("QCoreApplication", "ABC"),
                  QT_TRANSLATE_NOOP("QCoreApplication", "XYZ"),
                  QT_TRANSLATE_NOOP("QCoreApplication", "Standing"),
                  QT_TRANSLATE_NOOP("QCoreApplication", "Last closed"),
                  QT_TRANSLATE_NOOP("QCoreApplication", "Open deals")]
CLIENT_TIPS = [None, QT_TRANSLATE_NOOP("QCoreApplication", "The rep who owns the account"),
               None, None,
               QT_TRANSLATE_NOOP("QCoreApplication", "Won revenue in the 12 whole months up to "
                                 "the period's end"),
               QT_TRANSLATE_NOOP("QCoreApplication", "Won revenue in the 12 months before those"),
               QT_TRANSLATE_NOOP("QCoreApplication", "A: the largest clients that make 80% of "
                                 "revenue; B: the next 15%; C: the rest"),
               QT_TRANSLATE_NOOP("QCoreApplication", "X: buys nearly every month; Y: at least "
                                 "every other month or with large swings; Z: a few purchases a "
                                 "year"),
               QT_TRANSLATE_NOOP("QCoreApplication", "potential: open deals, never won; dormant: "
                                 "nothing won, lost or open for 6 months; falling: revenue down "
                                 "20% or more on the year before; active: a client otherwise; "
                                 "lead: neither"),
               QT_TRANSLATE_NOOP("QCoreApplication", "The last deal won or lost"),
               QT_TRANSLATE_NOOP("QCoreApplication", "Deals still open")]
COVERAGE_HEADERS = [QT_TRANSLATE_NOOP("QCoreApplication", "Territory"),
                    QT_TRANSLATE_NOOP("QCoreApplication", "Market potential"),
                    QT_TRANSLATE_NOOP("QCoreApplication", "Revenue"),
                    QT_TRANSLATE_NOOP("QCoreApplication", "Coverage"),
                    QT_TRANSLATE_NOOP("QCoreApplication", "Clients"),
                    QT_TRANSLATE_NOOP("QCoreApplication", "Prospects"),
                    QT_TRANSLATE_NOOP("QCoreApplication", "Dormant")]
COVERAGE_TIPS = [None, QT_TRANSLATE_NOOP("QCoreApplication", "The territory's market potential "
                                         "as entered in its set-up"),
                 QT_TRANSLATE_NOOP("QCoreApplication", "Won revenue of its accounts in the 12 "
                                   "months"),
                 QT_TRANSLATE_NOOP("QCoreApplication", "Revenue as a share of the market "
                                   "potential"),
                 QT_TRANSLATE_NOOP("QCoreApplication", "Accounts that have bought (active, "
                                   "falling or dormant)"),
                 QT_TRANSLATE_NOOP("QCoreApplication", "Accounts with open deals and nothing won "
                                   "yet"),
                 QT_TRANSLATE_NOOP("QCoreApplication", "Clients gone quiet")]


def shown_headers(headers) -> list[str]:
    return [tr(h) for h in headers]


def shown_tips(tips) -> list[str | None]:
    return [tip and tr(tip) for tip in tips]


CLIENT_NUMERIC = (4, 5, 10)
COVERAGE_NUMERIC = (1, 2, 3, 4, 5, 6)


@dataclass(frozen=True)
class CustomersResult:
    base: CustomerBase
    clients: list[ClientRow]        # of the slice
    scope_note: str | None
    shown: list[list[str]]          # each client's row as written, made off the GUI thread
                                    # (17,000 clients take a second to format)


def load(db, user, choice: Choice) -> CustomersResult:
    part = choice.part
    base = customer_base(db, choice.as_of, team_id=part.team_id, rep_id=part.rep_id)
    clients = base.clients
    if part.territory_id is not None:
        clients = [c for c in clients if c.territory_id == part.territory_id]
    if part.segment is not None:
        clients = [c for c in clients if (c.segment or "").strip() == part.segment]
    if part.agency_id is not None:        # the accounts the agency's reps own
        reps = slice_rep_ids(db, Slice(agency_id=part.agency_id))
        clients = [c for c in clients if c.owner_rep_id in reps]
    note = None
    if part.product_line is not None:
        note = tr("Clients are accounts, not product lines: for a product line the customer "
                  "base shows every client you see.")
    return CustomersResult(base, clients, note, [_shown(c, base.currency) for c in clients])


def _shown(c: ClientRow, cur: str) -> list[str]:
    return [c.name, c.owner or formatting.DASH, c.territory or formatting.DASH,
            c.segment or formatting.DASH, money(c.revenue, cur), money(c.revenue_before, cur),
            c.abc, c.xyz, tr(STANDINGS.get(c.standing, c.standing)),
            formatting.date(c.last_closed),
            formatting.number(c.open_deals)]


def client_rows(result: CustomersResult, standing: str | None):
    picked = [i for i, c in enumerate(result.clients)
              if standing is None or c.standing == standing]
    chosen = [result.clients[i] for i in picked]
    shown = [result.shown[i] for i in picked]
    plain = [[c.name, c.owner, c.territory, c.segment, c.revenue, c.revenue_before, c.abc, c.xyz,
              c.standing, c.last_closed, c.open_deals] for c in chosen]
    return shown, plain


def coverage_rows(result: CustomersResult):
    cur = result.base.currency
    ts = result.base.territories
    shown = [[t.name, money(t.potential, cur), money(t.revenue, cur),
              formatting.percent(t.coverage, 1), formatting.number(t.clients),
              formatting.number(t.prospects), formatting.number(t.dormant)] for t in ts]
    plain = [[t.name, t.potential, t.revenue, t.coverage, t.clients, t.prospects, t.dormant]
             for t in ts]
    return shown, plain


def abc_counts(clients: list[ClientRow]) -> dict[str, int]:
    """Clients by ABC class; accounts that bought nothing in either window are not clients."""
    counts = {"A": 0, "B": 0, "C": 0}
    for c in clients:
        if c.standing != "lead" and c.standing != "potential":
            counts[c.abc] += 1
    return counts


def summary(result: CustomersResult) -> str:
    start, end = result.base.window
    abc = abc_counts(result.clients)
    standing = Counter(c.standing for c in result.clients)
    return tr("Revenue from {start} to {end}. Clients: A {a} · B {b} · C {c}. {active} active, "
              "{falling} falling, {dormant} dormant, {potential} potential.").format(
        start=formatting.date(start), end=formatting.date(end),
        a=formatting.number(abc["A"]), b=formatting.number(abc["B"]),
        c=formatting.number(abc["C"]), active=formatting.number(standing["active"]),
        falling=formatting.number(standing["falling"]),
        dormant=formatting.number(standing["dormant"]),
        potential=formatting.number(standing["potential"]))


def section(result: CustomersResult) -> Section:
    shown, plain = client_rows(result, None)
    notes = [summary(result)] + ([result.scope_note] if result.scope_note else []) \
        + list(result.base.notes)
    return Section(tr("Customers (amounts in {currency})").format(currency=result.base.currency),
                   CLIENT_HEADERS, shown,
                   plain, notes, numeric=CLIENT_NUMERIC, charts=customer_charts(result.clients))


class CustomersTab(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.show_box = QComboBox()
        for text, key in SHOW:
            self.show_box.addItem(tr(text), key)
        self.show_box.setToolTip(tr("Which clients the table lists, or the coverage of each "
                                    "territory's market potential"))
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        self.summary.setToolTip(tr(CLIENT_TIPS[6]) + "\n" + tr(CLIENT_TIPS[8]))
        self.client_model = FigureTableModel(shown_headers(CLIENT_HEADERS),
                                             header_tips=shown_tips(CLIENT_TIPS),
                                             numeric=CLIENT_NUMERIC)
        self.coverage_model = FigureTableModel(shown_headers(COVERAGE_HEADERS),
                                               header_tips=shown_tips(COVERAGE_TIPS),
                                               numeric=COVERAGE_NUMERIC)
        self.table = figure_table(self.client_model, sideways=True)
        self.coverage_model.modelReset.connect(self.table.resizeColumnsToContents)
        self.chart = BarChart(tr("Clients by ABC class"))
        self.chart.setToolTip(tr("How many clients are A, B or C (and of those, how many X, "
                                 "Y, Z)"))
        self.chart.setMinimumWidth(220)
        self.notes = notes_label()
        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("Show")))
        bar.addWidget(self.show_box)
        bar.addWidget(self.summary, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        box = chart_box(self.chart, stacked=True)
        box.setMaximumWidth(320)
        split.addWidget(box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        layout.addWidget(self.notes)
        self.result: CustomersResult | None = None
        self.show_box.currentIndexChanged.connect(lambda _i: self._fill())

    def show_result(self, result: CustomersResult) -> None:
        self.result = result
        self.summary.setText(summary(result))
        classes = Counter((c.abc, c.xyz) for c in result.clients
                          if c.standing not in ("lead", "potential"))
        self.chart.set_bars(["A", "B", "C"], [
            (tr("{xyz} clients").format(xyz=xyz), [classes[(k, xyz)] for k in "ABC"])
            for xyz in "XYZ"],
            label=formatting.number)
        notes = ([result.scope_note] if result.scope_note else []) + list(result.base.notes)
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))
        self._fill()

    def _fill(self) -> None:
        if self.result is None:
            return
        key = self.show_box.currentData()
        if key == "coverage":
            self.table.setModel(self.coverage_model)
            self.coverage_model.set_rows(coverage_rows(self.result)[0])
        else:
            self.table.setModel(self.client_model)
            self.client_model.set_rows(client_rows(self.result, key)[0])

    def section(self) -> Section | None:
        if self.result is None:
            return None
        if self.show_box.currentData() == "coverage":
            shown, plain = coverage_rows(self.result)
            return Section(tr("Coverage by territory (amounts in {currency})").format(
                               currency=self.result.base.currency),
                           COVERAGE_HEADERS, shown, plain, list(self.result.base.notes),
                           numeric=COVERAGE_NUMERIC)
        key = self.show_box.currentData()
        s = section(self.result)
        if key is not None:
            s.shown, s.values = client_rows(self.result, key)
            s.title = tr("{which} clients (amounts in {currency})").format(
                which=self.show_box.currentText(), currency=self.result.base.currency)
        return s
