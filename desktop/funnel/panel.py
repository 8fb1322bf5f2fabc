"""The deal detail panel (fields, stage history timeline, notes) and the stage KPI table."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
                               QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
                               QTableView, QTextBrowser, QVBoxLayout, QWidget)

from desktop.funnel.kpi_help import kpi_tip
from desktop.i18n import tr
from models import formatting
from models.domain.enums import label
from models.i18n import _, ngettext
from models.domain.funnel_kpis import (KPI_COLUMNS, kpi_headers, kpi_row, lost_by_reason,
                                       money_line)
from widgets.record_table import RecordTableModel


def _when(moment: dt.datetime | None) -> str:
    return formatting.date_time(moment) if moment else "—"


class DealPanel(QWidget):
    note_added = Signal(int, str)     # deal id, text
    reopen_clicked = Signal(int)      # deal id

    def __init__(self, parent=None):
        super().__init__(parent)
        self.detail = None
        layout = QVBoxLayout(self)
        self.heading = QLabel(tr("Select a card to see the deal."))
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-size: 14px; font-weight: bold;")
        layout.addWidget(self.heading)
        self.form = QFormLayout()
        self.fields: dict[str, QLabel] = {}
        for key, caption in [("account", tr("Account")), ("rep", tr("Rep")),
                             ("territory", tr("Territory")), ("amount", tr("Amount")),
                             ("stage", tr("Stage")), ("status", tr("Status")),
                             ("source", tr("Source")), ("expected", tr("Expected close")),
                             ("lead", tr("Lead received")), ("call", tr("First call")),
                             ("closed", tr("Closed on")), ("reason", tr("Lost reason")),
                             ("links", tr("Reopened")), ("crm", tr("CRM id"))]:
            value = QLabel("—")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            self.fields[key] = value
            self.form.addRow(caption, value)
        layout.addLayout(self.form)
        # the deal's owner is a link to the rep's page (the board sets it: see link_rep)
        self.fields["rep"].setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.fields["rep"].linkActivated.connect(self._open_rep)
        self.reopen = QPushButton(tr("Reopen this lost deal"))
        self.reopen.setVisible(False)
        self.reopen.clicked.connect(lambda: self.detail and self.reopen_clicked.emit(self.detail.id))
        layout.addWidget(self.reopen)
        layout.addWidget(QLabel(tr("<b>Stage history</b>")))
        self.history = QTextBrowser()
        self.history.setOpenLinks(False)
        layout.addWidget(self.history, 2)
        layout.addWidget(QLabel(tr("<b>Notes</b>")))
        self.notes = QListWidget()
        self.notes.setWordWrap(True)
        layout.addWidget(self.notes, 2)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setPlaceholderText(tr("Add a note…"))
        self.note_edit.setFixedHeight(60)
        layout.addWidget(self.note_edit)
        self.add_note = QPushButton(tr("Add note"))
        self.add_note.clicked.connect(self._add_note)
        layout.addWidget(self.add_note)
        self.setEnabled(False)

    def _add_note(self) -> None:
        text = self.note_edit.toPlainText().strip()
        if self.detail and text:
            self.note_added.emit(self.detail.id, text)

    def link_rep(self, rep_id: int, name: str) -> None:
        """Show the owner's name as a link that opens the rep's page."""
        from html import escape
        self.fields["rep"].setText(f"<a href='{rep_id}'>{escape(name)}</a>")

    def _open_rep(self, href: str) -> None:
        from desktop.rep_page import open_rep
        open_rep(self, int(href))

    def show_detail(self, d) -> None:
        self.detail = d
        self.setEnabled(d is not None)
        if d is None:
            self.heading.setText(tr("Select a card to see the deal."))
            self.history.clear()
            self.notes.clear()
            return
        self.heading.setText(d.title)
        f = self.fields
        f["account"].setText(d.account or "—")
        f["rep"].setText(d.rep_name)
        f["territory"].setText(d.territory or "—")
        f["amount"].setText(formatting.money(d.amount, d.currency or None))
        f["stage"].setText(d.stage)
        f["status"].setText(label(d.status))
        f["source"].setText(label(d.source))
        f["expected"].setText(formatting.date(d.expected_close))
        f["lead"].setText(_when(d.lead_received_at))
        f["call"].setText(_when(d.first_call_at))
        f["closed"].setText(formatting.date(d.closed_on))
        f["reason"].setText(d.lost_reason or "—")
        links = []
        if d.reopened_from_id:
            links.append(tr("from lost deal {id}").format(id=d.reopened_from_id))
        if d.reopened_as_ids:
            links.append(tr("as deal {ids}").format(ids=", ".join(str(i) for i in d.reopened_as_ids)))
        f["links"].setText("; ".join(links) or "—")
        f["crm"].setText(d.crm or "—")
        self.reopen.setVisible(d.status == "lost" and not d.reopened_as_ids)
        self.history.setHtml(timeline_html(d.history))
        self.notes.clear()
        for n in d.notes:
            QListWidgetItem(f"{_when(n.at)} · {n.author}\n{n.body}", self.notes)
        self.note_edit.clear()


def timeline_html(history) -> str:
    """The stage history as a vertical timeline: a dot per stage, when, who, and how long."""
    rows = []
    for i, h in enumerate(history):
        last = i == len(history) - 1
        colour = {"Won": "#1e8e3e", "Lost": "#d93025"}.get(h.to_stage, "#1a73e8")
        if h.days_there is not None:
            stay = ngettext("{n} day there", "{n} days there", int(h.days_there)).format(
                n=formatting.number(h.days_there, 0 if float(h.days_there).is_integer() else 1))
        else:
            stay = tr("closed") if h.to_stage in ("Won", "Lost") else tr("still there")
        reason = f" — {escape(h.lost_reason)}" if h.lost_reason else ""
        line = "" if last else "border-left: 2px solid #d5dbe1;"
        rows.append(
            f"<tr><td style='color:{colour}; font-size:16px; padding-right:6px'>●</td>"
            f"<td style='{line} padding-left:8px; padding-bottom:6px'>"
            f"<b>{escape(h.to_stage)}</b>{reason}<br>"
            f"<span style='color:#5f6368'>{_when(h.at)} · {escape(h.by)} · {stay}</span>"
            f"</td></tr>")
    return "<table cellspacing='0'>" + "".join(rows) + "</table>"


def _fit_to_visible_rows(table: QTableView) -> None:
    """Columns as wide as their texts, measured on the rows in sight: measuring every row (Qt
    measures up to 1,000 by default, each cell asking the Python model several times) froze the
    window ~0.5 s when a quarter's 200 reps and 1,300 lost deals were shown."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setResizeContentsPrecision(0)


# The named periods (shown with tr(); KpiPanel.period_name() reads a shown one back).
PERIODS = [QT_TRANSLATE_NOOP("QCoreApplication", "This quarter"),
           QT_TRANSLATE_NOOP("QCoreApplication", "Last quarter"),
           QT_TRANSLATE_NOOP("QCoreApplication", "This month"),
           QT_TRANSLATE_NOOP("QCoreApplication", "Last month"),
           QT_TRANSLATE_NOOP("QCoreApplication", "This year")]


def period_range(name: str, today: dt.date) -> tuple[dt.date, dt.date]:
    """A named period relative to today, or a typed one ('2026-Q3', '2026-07', …)."""
    if name not in PERIODS:
        from models.domain.funnel_kpis import parse_period
        return parse_period(name)
    def month_end(year, month):
        nxt = dt.date(year + month // 12, month % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)
    q_start_month = 3 * ((today.month - 1) // 3) + 1
    if name == "This quarter":
        return dt.date(today.year, q_start_month, 1), month_end(today.year, q_start_month + 2)
    if name == "Last quarter":
        first = dt.date(today.year, q_start_month, 1) - dt.timedelta(days=1)
        m = 3 * ((first.month - 1) // 3) + 1
        return dt.date(first.year, m, 1), month_end(first.year, m + 2)
    if name == "This month":
        return today.replace(day=1), month_end(today.year, today.month)
    if name == "Last month":
        last = today.replace(day=1) - dt.timedelta(days=1)
        return last.replace(day=1), last
    return dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)


class KpiPanel(QWidget):
    """Stage KPIs per rep / team / company for a period; the lost deals of the period below."""
    refresh_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.period = QComboBox()
        self.period.addItems([tr(name) for name in PERIODS])
        self.period.setEditable(True)   # or type one: 2026-Q3, 2026-07, 2026-07-01..2026-08-15
        self.period.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.period.setMinimumContentsLength(14)   # "Previous quarter" whole, not "uarter"
        self.period.setToolTip(tr("Choose a period, or type one: 2026-Q3, 2026-07, 2026, "
                                  "2026-07-01..2026-08-15"))
        self.group = QComboBox()
        for text, key in [(tr("by rep"), "rep"), (tr("by team"), "team"),
                          (tr("whole company"), "company")]:
            self.group.addItem(text, key)
        bar.addWidget(QLabel(tr("Period")))
        bar.addWidget(self.period)
        bar.addWidget(self.group)
        bar.addStretch(1)
        self.export = QPushButton(tr("Export…"))
        self.export.setToolTip(tr("Save the table as CSV or Excel"))
        self.export.clicked.connect(self._export_clicked)
        bar.addWidget(self.export)
        layout.addLayout(bar)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: #5f6368;")
        layout.addWidget(self.status)
        self._plain_rows: list[list[str]] = []
        self._currency = ""   # of the amounts shown (FunnelKpis.currency)
        names = [h for h, _get in KPI_COLUMNS]     # KPI names come from models/: gettext
        self.model = RecordTableModel([tr("Who")] + [_(h) for h in names],
                                      header_tips=[None] + [kpi_tip(h) for h in names])
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        _fit_to_visible_rows(self.table)
        self.table.setAlternatingRowColors(True)
        self.table.setProperty("scrolls_sideways", True)   # one column per KPI: it scrolls
        layout.addWidget(self.table, 3)
        layout.addWidget(QLabel(tr("<b>Lost in the period</b> — to re-work")))
        self.lost_model = RecordTableModel([tr("Closed"), tr("Deal"), tr("Amount"), tr("Reason"),
                                            tr("Lost at"), tr("Reopened"), tr("Won again")])
        self.lost = QTableView()
        self.lost.setModel(self.lost_model)
        self.lost.verticalHeader().setVisible(False)
        _fit_to_visible_rows(self.lost)
        layout.addWidget(self.lost, 2)
        layout.addWidget(QLabel(tr("<b>Why deals were lost</b> — and where")))
        self.reasons_model = RecordTableModel([tr("Reason"), tr("Lost"),
                                               tr("At lead / qualification"),
                                               tr("In objection handling"), tr("Amount")])
        self.reasons = QTableView()
        self.reasons.setModel(self.reasons_model)
        self.reasons.verticalHeader().setVisible(False)
        _fit_to_visible_rows(self.reasons)
        layout.addWidget(self.reasons, 1)
        self.period.currentIndexChanged.connect(lambda _i: self.refresh_requested.emit())
        self.period.lineEdit().editingFinished.connect(self.refresh_requested.emit)
        self.group.currentIndexChanged.connect(lambda _i: self.refresh_requested.emit())

    def _export_clicked(self) -> None:
        from PySide6.QtWidgets import QFileDialog
        path, _chosen = QFileDialog.getSaveFileName(self, tr("Export stage KPIs"),
                                                    "funnel-kpis.csv",
                                                    tr("CSV (*.csv);;Excel (*.xlsx)"))
        if path:
            self.export_to(path)

    def period_name(self) -> str:
        """The period chosen or typed: a named one in English (what period_range reads)."""
        text = self.period.currentText()
        return next((name for name in PERIODS if text in (name, tr(name))), text)

    def export_to(self, path: str) -> int:
        """The KPI table as shown (plain numbers), to CSV or XLSX; returns the rows written."""
        from models.imports.tabular import write_table
        return write_table(path, ["Who"] + kpi_headers(self._currency), self._plain_rows)

    def show_rows(self, rows, start: dt.date, end: dt.date, *, total=()) -> None:
        """`total`: the same KPIs over all the rows (medians cannot be added up), shown last."""
        self.show_table(kpi_table(rows, start, end, total=total))

    def show_table(self, table: "KpiTable") -> None:
        """Show a table kpi_table() made (in the background): only assigning its texts."""
        self._plain_rows = table.plain_rows
        self._currency = table.currency
        self.model.set_rows(table.rows)
        self.lost_model.set_rows(table.lost_rows)
        self.reasons_model.set_rows(table.reason_rows)
        self.status.setText(table.status)


@dataclass
class KpiTable:
    """The KPI tab's texts, ready to be shown (kpi_table())."""
    rows: list[list]          # on screen: the KPIs with thousands separators
    plain_rows: list[list]    # for the export: plain numbers, English total label
    currency: str             # of the amounts (FunnelKpis.currency)
    lost_rows: list[list]
    reason_rows: list[list]
    status: str


def kpi_table(rows, start: dt.date, end: dt.date, *, total=()) -> KpiTable:
    """The KPI rows (models.services.funnel_kpis.KpiRow) as the KPI tab shows them, and the lost
    deals and lost reasons of the period below them. Plain text work with no widget: the page
    makes it in the background (formatting a period's lost deals took the window ~100 ms).
    `total`: the same KPIs over all the rows (medians cannot be added up), shown last."""
    plain_rows = ([[r.label] + kpi_row(r.kpis) for r in rows]
                  + [["All shown"] + kpi_row(t.kpis) for t in total])
    shown = ([[r.label] + kpi_row(r.kpis, thousands=True) for r in rows]
             + [[tr("All shown")] + kpi_row(t.kpis, thousands=True) for t in total])
    currency = rows[0].kpis.currency if rows else ""
    lost = sorted((d for r in rows for d in r.kpis.lost_deals),
                  key=lambda d: (d.closed_on, d.deal_id), reverse=True)
    lost_rows = [[formatting.date(d.closed_on), d.title,
                  formatting.money(d.amount, d.currency or None), d.reason,
                  label(d.lost_at_role or ""), tr("yes") if d.reopened_as_id else "",
                  tr("yes") if d.reopened_won else ""] for d in lost]
    reason_rows = [[c.reason, c.lost, c.lost_as_dirty_lead, c.lost_in_objection,
                    formatting.money(c.amount, currency or None)]
                   for c in lost_by_reason(r.kpis for r in rows)]
    reopened = sum(r.kpis.reopened for r in rows)
    won_again = sum(r.kpis.reopened_won for r in rows)
    # which currency the amounts are in, and the deals they leave out for want of a rate
    money = money_line([r.kpis for r in rows] + [t.kpis for t in total])
    lost_deals = ngettext("{n} lost deal", "{n} lost deals", len(lost)).format(
        n=formatting.number(len(lost)))
    status = (tr("{start} – {end}: {lost}, {reopened} reopened, {won} of them won "
                 "later.").format(start=formatting.date(start), end=formatting.date(end),
                                  lost=lost_deals, reopened=formatting.number(reopened),
                                  won=formatting.number(won_again))
              + (f" {money}" if money else ""))
    return KpiTable(shown, plain_rows, currency, lost_rows, reason_rows, status)
