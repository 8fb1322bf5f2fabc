"""Numbers & trends: the team dashboard, the entry grid, trend charts and one-on-ones."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QPushButton, QTabWidget,
                               QVBoxLayout, QWidget)

from desktop.numbers.dashboard import DashboardTab
from desktop.numbers.entry import EntryTab
from desktop.numbers.settings_dialogs import (AlertSettingsDialog, GoalDialog, MetricDialog,
                                              read_goal_setup)
from desktop.numbers.talks import OneOnOnesTab
from desktop.numbers.trends import TrendsTab
from desktop.i18n import tr
from models import formatting
from desktop.tasks import LatestLoad
from models.services.activity import list_metrics, list_teams
from models.services.company import company_settings
from widgets.turns import later

# (key, title) of the tabs after the dashboard, built after the page (NumbersPage._tab)
LATER_TABS = (("entry", QT_TRANSLATE_NOOP("QCoreApplication", "Enter numbers")),
              ("trends", QT_TRANSLATE_NOOP("QCoreApplication", "Trends")),
              ("talks", QT_TRANSLATE_NOOP("QCoreApplication", "One-on-ones")))


@dataclass(frozen=True)
class PageSetup:
    teams: list          # (id, name)
    metrics: list        # the company's key numbers
    working_days: tuple  # the company's working weekdays (0 = Monday)


def read_setup(db) -> PageSetup:
    return PageSetup(list(list_teams(db)), list(list_metrics(db)),
                     tuple(company_settings(db).working_days))


class NumbersPage(QWidget):
    def __init__(self, ctx, parent=None, *, today: dt.date | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._today = today
        self.team = QComboBox()   # the teams join when read: _set_up()
        # wide enough for a team's name once read (it stayed as wide as "All teams"), never
        # wider than the window allows (a longer name is elided; the list shows it whole)
        self.team.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.team.setMinimumContentsLength(18)
        self.team.addItem(tr("All teams"), None)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Team")))
        top.addWidget(self.team)
        top.addStretch(1)
        for text, slot in ((tr("Import numbers…"), self.import_file),
                           (tr("Goals…"), self.edit_goals), (tr("Add metric…"), self.add_metric),
                           (tr("Alert settings…"), self.edit_alerts)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            top.addWidget(button)
        self.dashboard = DashboardTab(ctx, self.team_id, self.today)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.dashboard, tr("Dashboard"))
        # The other tabs are built a turn each after the page (widgets.turns): built with the
        # dashboard they doubled the page's one long turn. Until then an empty widget holds
        # their place; asking for one (page.entry, a click on its tab) builds it at once.
        self._later_tabs: dict[str, QWidget] = {}
        for key, title in LATER_TABS:
            self.tabs.addTab(QWidget(), tr(title))
            later(self, lambda key=key: self._tab(key))
        self.tabs.currentChanged.connect(self._tab_chosen)
        self.problem = QLabel()   # a failed read, in words
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.problem)
        layout.addWidget(self.tabs, 1)
        self.team.currentIndexChanged.connect(self._team_changed)
        self.dashboard.scheduled.connect(self._scheduled)
        ctx.changed.connect(self._data_changed)
        self._setup = LatestLoad(ctx.tasks)
        self._goals_read = LatestLoad(ctx.tasks)
        self._set_up_once = False
        self._known: PageSetup | None = None   # the last setup read, for a tab built after it
        self._set_up()

    # -- the tabs built after the page -----------------------------------------------------------
    @property
    def entry(self) -> EntryTab:
        return self._tab("entry")

    @property
    def trends(self) -> TrendsTab:
        return self._tab("trends")

    @property
    def talks(self) -> OneOnOnesTab:
        return self._tab("talks")

    def _tab(self, key: str) -> QWidget:
        """The tab `key`, built now if its turn has not come yet; a tab built after the page's
        setup arrived catches up with it (the key numbers, the working week, its team's data)."""
        tab = self._later_tabs.get(key)
        if tab is not None:
            return tab
        if key == "entry":
            tab = EntryTab(self.ctx, self.team_id, self.today)
        elif key == "trends":
            tab = TrendsTab(self.ctx, self.team_id, self.today)
        else:
            tab = OneOnOnesTab(self.ctx, lambda: (self.team_id(), self.team_name()))
        self._later_tabs[key] = tab
        index = 1 + [k for k, _title in LATER_TABS].index(key)
        current = self.tabs.currentIndex()
        title = self.tabs.tabText(index)
        self.tabs.blockSignals(True)
        placeholder = self.tabs.widget(index)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, tab, title)
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        placeholder.deleteLater()
        if self._known is not None:
            self._catch_up(key, tab, self._known)
        return tab

    def _catch_up(self, key: str, tab: QWidget, setup: "PageSetup") -> None:
        if key == "entry":
            tab.set_working_days(setup.working_days)
            tab.fill_reps()
        elif key == "trends":
            tab.set_metrics(setup.metrics)
            tab.fill_reps()
        else:
            tab.reload()

    def _tab_chosen(self, index: int) -> None:
        if index > 0:
            self._tab(LATER_TABS[index - 1][0])   # a click before the tab's turn came

    def _built(self, key: str) -> QWidget | None:
        return self._later_tabs.get(key)

    def _set_up(self) -> None:
        """Read the teams, the key numbers and the working week in the background; then every
        tab loads for the user's team (the first team for a user of none)."""
        db = self.ctx.db
        self._setup.load(lambda: read_setup(db), self._show_setup, self._failed)

    def _failed(self, error) -> None:
        """The teams and key numbers could not be read (the server away): said above the tabs;
        the reconnect (a change of everything) reads them again."""
        from models.db.retry import plain_message
        self.problem.setText(tr("Could not load: {reason}").format(reason=plain_message(error)))
        self.problem.show()

    def _show_setup(self, setup: "PageSetup") -> None:
        self.problem.hide()
        current = self.team.currentData()
        self.team.blockSignals(True)
        while self.team.count() > 1:
            self.team.removeItem(1)
        for team_id, name in setup.teams:
            self.team.addItem(name, team_id)
        teams = [team_id for team_id, _name in setup.teams]
        wanted = current if self._set_up_once else \
            getattr(getattr(self.ctx, "user", None), "team_id", None) or min(teams, default=None)
        self._set_up_once = True
        self.team.setCurrentIndex(max(0, self.team.findData(wanted)))
        self.team.blockSignals(False)
        self._known = setup
        self.dashboard.set_metrics(setup.metrics)
        if self._built("trends"):
            self.trends.set_metrics(setup.metrics)
        if self._built("entry"):
            self.entry.set_working_days(setup.working_days)
        self._team_changed(self.team.currentIndex())

    @property
    def busy(self) -> bool:
        """A load of this page is under way, or a tab is still to be built (the tabs show their
        last content meanwhile)."""
        return self._setup.busy or len(self._later_tabs) < len(LATER_TABS) or \
            any(tab.busy for tab in self._later_tabs.values())

    def _scheduled(self, talk) -> None:
        """Say it happened: the dialog closes and nothing else on the page changes."""
        if self._built("talks"):   # (one built later reads it then)
            self.talks.reload()
        text = tr("One-on-one with {rep} scheduled for {when}.").format(
            rep=talk.rep_name, when=formatting.date_time(talk.scheduled_at))
        self.last_message = text
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(text, 10_000)

    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def team_id(self) -> int | None:
        return self.team.currentData()

    def team_name(self) -> str:
        return self.team.currentText()

    def import_file(self):
        """The import wizard with key numbers chosen; the tabs reload on the 'activity' change
        it announces."""
        from desktop.imports.wizard import open_import_wizard
        return open_import_wizard(self.ctx, "activity", self)

    def edit_goals(self) -> None:
        """The goals are read in the background, then the dialog opens on them (a dozen
        statements: on a server across a network the click froze the window that long)."""
        if self._goals_read.busy:
            return      # a second click while the first one's read is under way
        db, team_id, team_name = self.ctx.db, self.team_id(), self.team_name()
        self._goals_read.load(lambda: read_goal_setup(db, team_id),
                              lambda setup: self._open_goals(team_id, team_name, setup),
                              self._failed)

    def _open_goals(self, team_id, team_name: str, setup) -> None:
        if GoalDialog(self.ctx.db, team_id, team_name, self, setup=setup).exec():
            self.ctx.changed.emit("activity")
            if self._built("entry"):
                self.entry.reload()

    def add_metric(self) -> None:
        if MetricDialog(self.ctx.db, self.team_id(), self.team_name(), self).exec():
            self._set_up()   # the new metric joins the pickers, the grid and the charts

    def edit_alerts(self) -> None:
        if AlertSettingsDialog(self.ctx.db, self.team_id(), self.team_name(), self).exec():
            self.dashboard.reload()

    def _team_changed(self, _index: int) -> None:
        self.dashboard.reload()
        for key in ("entry", "trends"):
            if self._built(key):
                self._built(key).fill_reps()
        if self._built("talks"):
            self.talks.reload()

    def _data_changed(self, area: str) -> None:
        # Pages announce areas ('activity'); live refresh names tables ('activity_values').
        if area in ("*", "teams", "activity_metrics", "company_settings"):
            self._set_up()   # then every tab reloads
            return
        entry, talks = self._built("entry"), self._built("talks")
        if area == "activity-import" and entry:   # the import wizard: the grid shows them
            entry.reload()
        if area.startswith("activity"):
            area = "activity"
        if area in ("activity", "deals", "quotas", "reps", "*"):
            self.dashboard.reload()
            if area != "activity" and entry:
                entry.fill_reps()
            if talks:
                talks.reload()


def create_page(ctx):
    return NumbersPage(ctx)


if __name__ == "__main__":   # a quick look: python -m desktop.numbers.page (demo database)
    import sys

    from PySide6.QtWidgets import QApplication

    from desktop.context import AppContext
    from desktop.tasks import TaskRunner
    from models.db.location import demo_path
    from models.db.migrate import open_database

    app = QApplication(sys.argv)
    database = open_database(str(demo_path()))
    page = NumbersPage(AppContext(db=database, user=None, tasks=TaskRunner()))
    page.resize(1300, 800)
    page.show()
    sys.exit(app.exec())
