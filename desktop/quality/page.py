"""Quality & training: evaluations, the per-rep trend, league tables, scorecards, gaps and training.

Tabs are built when first shown; each reloads when another page announces a change.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop.i18n import tr

TABS = [  # (title, builder); the titles are translated where shown
    (QT_TRANSLATE_NOOP("QCoreApplication", "Rep trend"), "desktop.quality.trend:RepTrendTab"),
    (QT_TRANSLATE_NOOP("QCoreApplication", "League tables"), "desktop.quality.trend:LeagueTab"),
    (QT_TRANSLATE_NOOP("QCoreApplication", "Evaluations"),
     "desktop.quality.evaluations:EvaluationsTab"),
    (QT_TRANSLATE_NOOP("QCoreApplication", "Gaps && training"),
     "desktop.quality.training:TrainingTab"),
    (QT_TRANSLATE_NOOP("QCoreApplication", "Scorecards"),
     "desktop.quality.editor:ScorecardEditorTab"),
]


class QualityPage(QWidget):
    def __init__(self, ctx, parent=None, *, today: dt.date | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.today = today
        self.tabs = QTabWidget()
        self.built: dict[int, QWidget] = {}
        self.stale: set[int] = set()
        self.specs = list(TABS)
        if getattr(ctx.user, "sees_compensation", False):   # pay data: HR and admin only
            self.specs.append((QT_TRANSLATE_NOOP("QCoreApplication", "Commission"), "desktop.quality.incentives:CommissionTab"))
        for title, _ in self.specs:
            self.tabs.addTab(QWidget(), tr(title))
        self.tabs.currentChanged.connect(self._ensure)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tabs)
        ctx.changed.connect(self._changed)
        self._ensure(0)

    def tab(self, index: int) -> QWidget:
        self._ensure(index)
        return self.built[index]

    def _ensure(self, index: int) -> None:
        if index in self.built:
            if index in self.stale:
                self.stale.discard(index)
                self.built[index].reload()
            return
        import importlib
        module_name, class_name = self.specs[index][1].split(":")
        cls = getattr(importlib.import_module(module_name), class_name)
        kwargs = {} if class_name in ("LeagueTab", "ScorecardEditorTab") else {"today": self.today}
        widget = cls(self.ctx, **kwargs)
        self.built[index] = widget
        if hasattr(widget, "rep_requested"):
            widget.rep_requested.connect(self.show_rep_trend)
        self.tabs.blockSignals(True)
        current = self.tabs.currentIndex()
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, widget, tr(self.specs[index][0]))
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)

    def show_rep_trend(self, rep_id: int) -> None:
        trend = self.tab(0)
        trend.select_rep(rep_id)
        self.tabs.setCurrentIndex(0)

    def _changed(self, _area: str) -> None:
        current = self.tabs.currentIndex()
        for index, widget in self.built.items():
            if index == current:
                widget.reload()
            else:
                self.stale.add(index)


def create_page(ctx):
    return QualityPage(ctx)
