"""The main window: a sidebar of areas, one page per area, a status bar naming the database."""
from __future__ import annotations

import importlib
import sys

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QLabel, QListWidget, QListWidgetItem, QMainWindow, QMessageBox,
                               QSplitter, QStackedWidget, QWidget)

from desktop.collector import (CollectorKeeper, release_the_collector, settle_the_collector,
                               tune_the_collector)
from desktop.i18n import tr
from desktop.pages import PAGES
from desktop.settings import Settings
from widgets.turns import later

ABOUT = QT_TRANSLATE_NOOP(
    "QCoreApplication",
    "<h3>Repdesk 0.1</h3><p>A console for the people who run sales teams whose reps are "
    "out of sight: field reps, remote reps and reps from outsourcing agencies.</p>")
# The roles as the status bar names them (the role's value is a settings/database key).
ROLE_NAMES = {"admin": QT_TRANSLATE_NOOP("QCoreApplication", "admin"),
              "sales_manager": QT_TRANSLATE_NOOP("QCoreApplication", "sales manager"),
              "hr": QT_TRANSLATE_NOOP("QCoreApplication", "HR"),
              "trainer": QT_TRANSLATE_NOOP("QCoreApplication", "trainer")}


# The pages' Python code that uses no Qt (services, domain, reports, numpy): the bulk of what a
# page imports, read on a worker thread before the first page is built. Code that uses PySide6 is
# imported on the GUI thread only: PySide6 creates its types and enums on first use, and doing so
# on a worker while the GUI thread used Qt crashed the window at start (a segfault in a worker's
# `from PySide6.QtWidgets import …`, under X, about one start in ten).
BACKGROUND_PACKAGES = ("models.services", "models.domain", "models.reports", "models.imports")


def background_modules() -> list[str]:
    import pkgutil
    names = ["numpy", "numpy.ma", "babel.numbers", "babel.dates"]
    for package in BACKGROUND_PACKAGES:
        path = importlib.import_module(package).__path__
        names += [f"{package}.{m.name}" for m in pkgutil.iter_modules(path)]
    return names


def import_modules(names: list[str], *, progress) -> None:
    """Import these modules (no Qt in them) off the GUI thread."""
    for name in names:
        progress.check()
        importlib.import_module(name)


IDLE_IMPORT_MS = 40          # between two of the pages' modules read while the window is idle


def page_modules(allowed) -> list[str]:
    """The modules of the pages `allowed` (their whole package: some are read only on a tab's
    first show) and what pages share, not yet imported. Each package's own modules come before
    its page module, which imports most of them: read one at a time, each is a small step.
    Found without importing the packages (no Qt on a worker: see BACKGROUND_PACKAGES)."""
    import pkgutil
    from importlib.util import find_spec
    found = ["desktop.conflicts"]
    for spec in allowed:
        package = spec.module.rsplit(".", 1)[0]
        path = find_spec(package).submodule_search_locations
        found += [f"{package}.{m.name}" for m in pkgutil.iter_modules(path)
                  if f"{package}.{m.name}" != spec.module] + [spec.module]
    found.append("desktop.rep_page.page")
    return [m for m in dict.fromkeys(found) if m not in sys.modules]


def read_in_background(names: list[str], allowed, *, progress) -> list[str]:
    """Import these modules (no Qt in them) off the GUI thread; return the pages' modules left
    for the GUI thread to read when idle."""
    import_modules(names, progress=progress)
    return page_modules(allowed)


class MainWindow(QMainWindow):
    background_read = False   # background_modules() are read (once a process, for every window)
    first_painted = Signal()
    open_requested = Signal(str, object)  # kind ('file'|'url'|'demo'|'new'), value

    def __init__(self, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.ctx = None
        self._painted = False
        self._pages: dict[str, QWidget] = {}
        self._building: dict[str, QWidget] = {}   # built, shown in the next turn
        self._collector: CollectorKeeper | None = None
        self.setWindowTitle("Repdesk")
        self.resize(1280, 800)
        # Babel reads the locale's formats on first use (~20 ms): now, before anything is shown,
        # rather than in the middle of a page's first figures.
        from models import formatting
        formatting.warm_up()
        tune_the_collector()
        from desktop.import_hook import quiet_pyside_import_hook
        quiet_pyside_import_hook()   # every import after this is quicker
        # pyqtgraph's Qt part (~0.3 s) is read now, before the window shows, on the GUI thread
        import widgets.charts  # noqa: F401

        self.sidebar = QListWidget()
        self.sidebar.setFixedWidth(190)
        self.sidebar.setStyleSheet(
            "QListWidget { font-size: 14px; border: none; background: palette(window); }"
            "QListWidget::item { padding: 9px 12px; }"
            "QListWidget::item:selected { background: palette(highlight); "
            "color: palette(highlighted-text); border-radius: 4px; }")
        self.stack = QStackedWidget()
        for index, spec in enumerate(PAGES):
            item = QListWidgetItem(tr(spec.title))
            item.setToolTip(tr("{what} (Ctrl+{number})").format(what=tr(spec.tooltip),
                                                                 number=index + 1))
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.sidebar.addItem(item)
            waiting = QLabel(tr("Opening the database…"))
            waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.stack.addWidget(waiting)
        from desktop.rep_page.navigation import Navigator
        self.navigator = Navigator(self.show_place, self)  # Alt+Left / Alt+Right
        self.rep_page = None  # one rep's page, opened from any list of reps (desktop/rep_page)
        splitter = QSplitter()
        splitter.addWidget(self.sidebar)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([self.sidebar.width(), 10_000])  # the pages take all the room left
        self.setCentralWidget(splitter)
        self.sidebar.currentRowChanged.connect(self._show_page)

        self.db_label = QLabel(tr("No database open"))
        self.statusBar().addPermanentWidget(self.db_label)
        self._build_menus()

        if (geometry := settings.window_geometry()) is not None:
            self.restoreGeometry(geometry)
        if (state := settings.window_state()) is not None:
            self.restoreState(state)
        keys = [p.key for p in PAGES]
        last = self._last_page = settings.last_page()
        self.sidebar.setCurrentRow(keys.index(last) if last in keys else 0)

    # -- menus -------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(tr("&File"))
        self._action(file_menu, tr("&Open database file…"), QKeySequence.StandardKey.Open,
                     lambda: self.open_requested.emit("file", None))
        self._action(file_menu, tr("&Connect to PostgreSQL server…"), "Ctrl+Shift+O",
                     lambda: self.open_requested.emit("url", None))
        self._action(file_menu, tr("&New empty company database…"), QKeySequence.StandardKey.New,
                     lambda: self.open_requested.emit("new", None))
        self._action(file_menu, tr("Open the &demo company"), None,
                     lambda: self.open_requested.emit("demo", None))
        file_menu.addSeparator()
        self._action(file_menu, tr("&Import…"), "Ctrl+I", self.open_import)
        self._action(file_menu, tr("Import &history…"), None, self.open_import_history)
        file_menu.addSeparator()
        self._action(file_menu, tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        view_menu = self.menuBar().addMenu(tr("&View"))
        for index, spec in enumerate(PAGES):
            # '&' marks a menu mnemonic: "Numbers & trends" must be written "Numbers && trends"
            self._action(view_menu, tr(spec.title).replace("&", "&&"), f"Ctrl+{index + 1}",
                         lambda _=False, i=index: self.sidebar.setCurrentRow(i))
        view_menu.addSeparator()
        self.back_action = self._action(view_menu, tr("&Back"), "Alt+Left",
                                        lambda: self.navigator.back())
        self.forward_action = self._action(view_menu, tr("&Forward"), "Alt+Right",
                                           lambda: self.navigator.forward())
        self.navigator.changed.connect(self._navigation_changed)
        self._navigation_changed()
        view_menu.addSeparator()
        self._action(view_menu, tr("&History of the selected record…"), "Ctrl+H", self.show_history)
        from desktop.setup.menu import add_company_menu
        add_company_menu(self)  # Company ▸ settings, teams, territories, pipelines, deals, users…
        self._build_language_menu(view_menu)
        help_menu = self.menuBar().addMenu(tr("&Help"))
        self._action(help_menu, tr("User &guide"), QKeySequence.StandardKey.HelpContents,
                     self.show_guide)
        self._action(help_menu, tr("&Keyboard shortcuts"), "Ctrl+/", self.show_shortcuts)
        help_menu.addSeparator()
        self._action(help_menu, tr("&About Repdesk"), None,
                     lambda: QMessageBox.about(self, tr("About Repdesk"), tr(ABOUT)))

    def _build_language_menu(self, view_menu) -> None:
        """View ▸ Language: the system's language or one of Repdesk's, used from the next start
        (every page is built in one language; a restart keeps them all consistent)."""
        from PySide6.QtGui import QActionGroup
        from desktop.i18n import SETTINGS_KEY, chosen_language
        from models.i18n import LANGUAGES
        menu = view_menu.addMenu(tr("&Language"))
        group = QActionGroup(self)
        stored = str(self.settings.value(SETTINGS_KEY, "") or "")
        for code, name in [("", tr("System language"))] + list(LANGUAGES.items()):
            action = QAction(name, self, checkable=True)
            action.setChecked(code == stored)
            action.triggered.connect(lambda _checked=False, c=code: self._choose_language(c))
            group.addAction(action)
            menu.addAction(action)
        self.language_menu = menu
        self._language_at_start = chosen_language(self.settings)

    def _choose_language(self, code: str) -> None:
        from desktop.i18n import SETTINGS_KEY, chosen_language
        from models.i18n import LANGUAGES
        self.settings.set_value(SETTINGS_KEY, code)
        chosen = chosen_language(self.settings)
        if chosen != self._language_at_start:
            QMessageBox.information(
                self, tr("Language"),
                tr("Repdesk will be in {language} the next time it starts.").format(
                    language=LANGUAGES.get(chosen, chosen)))

    def show_guide(self):
        from desktop.help_dialogs import GuideDialog
        self._guide = GuideDialog(self)
        self._guide.show()
        return self._guide

    def show_shortcuts(self):
        from desktop.help_dialogs import ShortcutsDialog
        self._shortcuts = ShortcutsDialog(self)
        self._shortcuts.show()
        return self._shortcuts

    def _action(self, menu, text, shortcut, slot) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    # -- pages -------------------------------------------------------------------------------
    def set_context(self, ctx) -> None:
        """A database was opened: drop pages built for the previous one and show the current page."""
        self.ctx = ctx
        if self._collector is not None:   # the previous database's pages are going
            self._collector.deleteLater()
            release_the_collector()
        self._collector = CollectorKeeper(ctx.tasks, self) if ctx.tasks is not None else None
        from desktop.setup.menu import close_editors
        close_editors(self)  # they edited the previous database
        if self.rep_page is not None:
            self.stack.removeWidget(self.rep_page)
            self.rep_page.deleteLater()
            self.rep_page = None
            keys = [p.key for p in PAGES]
            last = self._last_page
            self.sidebar.blockSignals(True)
            self.sidebar.setCurrentRow(keys.index(last) if last in keys else 0)
            self.sidebar.blockSignals(False)
        self.navigator.forget()
        for widget in list(self._pages.values()) + list(self._building.values()):
            widget.deleteLater()
        self._pages.clear()
        self._building.clear()
        for index in range(self.stack.count()):
            old = self.stack.widget(index)
            if not isinstance(old, QLabel):
                placeholder = QLabel(tr("Loading…"))
                placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
                self.stack.removeWidget(old)
                self.stack.insertWidget(index, placeholder)
        user = ctx.user
        # A page the role may not use is not offered at all (no "access denied" on normal use).
        for row, spec in enumerate(PAGES):
            self.sidebar.item(row).setHidden(not spec.allows(user.role.value))
        if self.sidebar.item(self.sidebar.currentRow()).isHidden():
            self.sidebar.setCurrentRow(next(row for row, spec in enumerate(PAGES)
                                            if spec.allows(user.role.value)))
        role = ROLE_NAMES.get(user.role.value)
        role = tr(role) if role else user.role.value.replace("_", " ")
        ctx.changed.connect(self._reload_all)
        self.db_label.setText(tr("{database}  ·  {user} ({role})").format(
            database=ctx.db.describe(), user=user.display_name, role=role))
        self.setWindowTitle(tr("Repdesk — {database}").format(database=ctx.db.describe()))
        self._show_page(self.sidebar.currentRow())
        from desktop.setup.guide import offer_for_empty_company
        offer_for_empty_company(self)  # an empty company: the guided set-up

    def page(self, key: str) -> QWidget | None:
        return self._pages.get(key)

    def _show_page(self, row: int) -> None:
        if row < 0 or self.sidebar.item(row).isHidden():
            return
        spec = PAGES[row]
        self._last_page = spec.key   # saved when the window closes (a write per click is slow)
        if self.ctx is not None and spec.key not in self._pages \
                and spec.key not in self._building:   # (built: in place in the next turn)
            if not MainWindow.background_read and self.ctx.tasks is not None:
                # The pages' code that uses no Qt (0.5–1 s to read) is read off the GUI thread
                # once, the "Loading…" placeholder standing meanwhile; then the page is built.
                self._import_then_show(row, background_modules())
            else:
                module = importlib.import_module(spec.module)
                try:
                    widget = module.create_page(self.ctx)
                except Exception as error:
                    if self._server_away(row, error):
                        return
                    raise
                # Built now, shown in a turn of its own (widgets.turns): the first layout and
                # paint of a page cost as much again as building it, and the window answers
                # between; its placeholder stands meanwhile.
                self._building[spec.key] = widget
                later(self, lambda: self._put_in_place(row, spec.key, widget), first=True)
        self.stack.setCurrentIndex(row)
        self.navigator.visited(("page", spec.key))

    def _put_in_place(self, row: int, key: str, widget: QWidget) -> None:
        if self._building.get(key) is not widget:   # another database opened meanwhile
            return
        del self._building[key]
        # shown and laid out in this turn, painted in the next: each is as long as the other
        widget.setUpdatesEnabled(False)
        old = self.stack.widget(row)
        self.stack.removeWidget(old)
        old.deleteLater()
        self.stack.insertWidget(row, widget)
        self._pages[key] = widget
        if self.sidebar.currentRow() == row:
            self.stack.setCurrentIndex(row)
        later(widget, lambda: widget.setUpdatesEnabled(True), first=True)

    def _import_then_show(self, row: int, modules: list[str]) -> None:
        ctx = self.ctx
        allowed = [spec for spec in PAGES if spec.allows(ctx.user.role.value)]

        def imported_now(left: list[str] | None = None) -> None:
            # still the same database and still the page asked for: build it now
            if self.ctx is not ctx or getattr(self, "_closed", False):
                return
            MainWindow.background_read = True
            if self.sidebar.currentRow() == row:
                self._show_page(row)
            later_modules = left if left is not None else page_modules(allowed)
            QTimer.singleShot(IDLE_IMPORT_MS, lambda: self._import_when_idle(later_modules))
        # a failed import is built (and so reported) the ordinary way, on the GUI thread
        ctx.tasks.run(read_in_background, modules, allowed, on_success=imported_now,
                      on_error=lambda _error: imported_now())

    def _import_when_idle(self, modules: list[str]) -> None:
        """The other pages' code, read on the GUI thread (see BACKGROUND_PACKAGES) one module at
        a time with the window free in between, so that a click on a page later does not wait
        for all of its code at once; then what lives as long as the program leaves the
        collector's walks."""
        if getattr(self, "_closed", False):
            return
        if not modules:
            settle_the_collector()
            return
        if self.ctx is not None and self.ctx.tasks is not None and self.ctx.tasks.busy:
            QTimer.singleShot(IDLE_IMPORT_MS, lambda: self._import_when_idle(modules))
            return   # a page is loading: its work first
        try:
            importlib.import_module(modules[0])
        except Exception:   # noqa: BLE001 - the page that needs it says so when it is opened
            pass
        QTimer.singleShot(IDLE_IMPORT_MS, lambda: self._import_when_idle(modules[1:]))

    # -- a rep's page, back and forward ----------------------------------------------------------
    def open_rep(self, rep_id: int):
        """Show the page of one rep in place of the current page (Alt+Left comes back)."""
        if self.ctx is None:
            return None
        if self.rep_page is None:
            from desktop.rep_page.page import RepPage
            self.rep_page = RepPage(self.ctx)
            self.stack.addWidget(self.rep_page)
        self.rep_page.show_rep(rep_id)
        self.stack.setCurrentWidget(self.rep_page)
        self.rep_page.scroll.setFocus()  # the keys scroll the page; Alt+Left goes back
        self.sidebar.blockSignals(True)  # no area is current; clicking one goes back to it
        self.sidebar.setCurrentRow(-1)
        self.sidebar.blockSignals(False)
        self.navigator.visited(("rep", rep_id))
        return self.rep_page

    def show_place(self, place) -> None:
        kind, value = place
        if kind == "rep":
            self.open_rep(value)
        else:
            keys = [p.key for p in PAGES]
            if value in keys:
                self.sidebar.setCurrentRow(keys.index(value))

    def _navigation_changed(self) -> None:
        self.back_action.setEnabled(self.navigator.can_go_back())
        self.forward_action.setEnabled(self.navigator.can_go_forward())

    def _server_away(self, row: int, error: Exception) -> bool:
        """A page that cannot load because the database server is away says so in plain words;
        it opens by itself after the reconnect (the reload of everything, `changed("*")`)."""
        from models.db.retry import is_disconnect
        if not is_disconnect(error):
            return False
        note = QLabel(tr("This page could not be loaded: the database server cannot be reached "
                         "right now.\nIt opens by itself when the connection is back."))
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        note.setWordWrap(True)
        old = self.stack.widget(row)
        self.stack.removeWidget(old)
        old.deleteLater()
        self.stack.insertWidget(row, note)
        self.stack.setCurrentIndex(row)
        return True

    def _reload_all(self, area: str) -> None:
        if area == "*" and self.ctx is not None:  # e.g. reconnected: open a page that could not load
            self._show_page(self.sidebar.currentRow())

    def show_history(self) -> None:
        """Every change of the record selected on the current page (pages that have one say which
        through `current_record() -> (table, id, title) | None`)."""
        page = self.stack.currentWidget()
        record = page.current_record() if self.ctx and hasattr(page, "current_record") else None
        if record is None:
            QMessageBox.information(self, tr("History"), tr("Select a rep or a deal first; its "
                                    "history shows who changed what and when."))
            return
        from desktop.history_dialog import open_history
        table, row_id, title = record
        self._history = open_history(self.ctx, table, row_id, title=title, parent=self)

    # -- imports -----------------------------------------------------------------------------
    def open_import(self):
        """File ▸ Import…: the import wizard, the kind of the page in view chosen."""
        if self.ctx is None:
            QMessageBox.information(self, tr("Import"), tr("Open a database first."))
            return None
        from desktop.imports.wizard import KIND_OF_PAGE, open_import_wizard
        row = self.sidebar.currentRow()
        key = PAGES[row].key if row >= 0 else None
        self._import_wizard = open_import_wizard(self.ctx, KIND_OF_PAGE.get(key, "reps"), self)
        return self._import_wizard

    def open_import_history(self):
        """File ▸ Import history…: the imports made, and undoing one."""
        if self.ctx is None:
            QMessageBox.information(self, tr("Import history"),
                                    tr("Open a database first."))
            return None
        from desktop.imports.history_dialog import open_import_history
        self._import_history = open_import_history(self.ctx, self)
        return self._import_history

    # -- lifecycle ---------------------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def closeEvent(self, event) -> None:  # noqa: N802
        self._closed = True   # a page whose code arrives now is not built any more
        self.settings.save_window(self.saveGeometry(), self.saveState())
        self.settings.set_last_page(self._last_page)
        self.settings.sync()
        super().closeEvent(event)
