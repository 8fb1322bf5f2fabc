"""Start-up: paint the window first, then open the database on a worker thread.

Only PySide6 is imported before the first paint; SQLAlchemy, the services and the pages load after
it (they cost over a second of imports), so the window appears at once.
"""
from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QLineEdit, QMessageBox

from desktop.i18n import tr
from desktop.main_window import MainWindow
from desktop.settings import Settings
from desktop.tasks import TaskRunner
from models.paths import ENV_VAR, default_path

BENCH_ENV = "REPDESK_BENCH_EXIT"  # 'painted' or 'ready': print a timestamp and quit (bench/)


class Controller(QObject):
    """Opens databases for the window and hands the pages their context."""

    def __init__(self, window: MainWindow, user: str | None):
        super().__init__(window)
        self.window = window
        self.user = user
        self.tasks = TaskRunner(self)
        self.workspace = None
        self.live = None
        window.open_requested.connect(self.ask_and_open)

    def start(self, kind: str, value: str | None) -> None:
        if kind == "welcome":
            self.welcome()
        else:
            self.open(kind, value)

    def welcome(self) -> None:
        from desktop.first_start import FirstStartDialog
        dialog = FirstStartDialog(str(default_path()), self.window)
        if dialog.exec() and dialog.choice:
            self.open(*dialog.choice)
        elif self.workspace is None:
            self.window.db_label.setText(tr("No database open — File ▸ Open"))

    def ask_and_open(self, kind: str, value) -> None:
        if kind == "file":
            value, _ = QFileDialog.getOpenFileName(
                self.window, tr("Open a Repdesk database"), str(default_path().parent),
                tr("Repdesk databases (*.sqlite *.db);;All files (*)"))
        elif kind == "new":
            value, _ = QFileDialog.getSaveFileName(self.window, tr("New company database"),
                                                   str(default_path()),
                                                   tr("Repdesk databases (*.sqlite)"))
            kind = "file"
        elif kind == "url":
            value, ok = QInputDialog.getText(self.window, tr("Connect to a PostgreSQL server"),
                                             tr("Database address:"), QLineEdit.EchoMode.Normal,
                                             "postgresql://user@server:5432/repdesk")
            value = value.strip() if ok else ""
        if kind == "demo" or value:
            self.open(kind, value)

    def open(self, kind: str, value: str | None) -> None:
        from models.services.startup import open_workspace
        self.window.statusBar().showMessage(tr("Opening the database…"))
        # Only "New empty database" (a file the user just named) makes a new file; a --db,
        # REPDESK_DB or typed address that does not exist is refused with a sentence.
        self.tasks.run(open_workspace, value, user=self.user, demo=(kind == "demo"),
                       create=(kind == "file"), on_success=self._opened, on_error=self._failed,
                       progress_title=tr("Opening the database…"), parent=self.window)

    def _opened(self, workspace) -> None:
        from desktop.context import AppContext
        from desktop.live_refresh import start_live_refresh
        from models.db.scope import limit_to_user
        if self.live is not None:
            self.live.stop()
        if self.workspace is not None:
            self.workspace.db.dispose()
        self.workspace = workspace
        self.window.statusBar().clearMessage()
        # On SQLite a sales manager is shown only their team (the server does it on PostgreSQL).
        limit_to_user(workspace.db, workspace.user)
        self.window.set_context(AppContext(db=workspace.db, user=workspace.user, tasks=self.tasks,
                                              settings=self.window.settings))
        # Changes saved on other workstations reload the pages (LISTEN/NOTIFY or a short poll).
        self.live = start_live_refresh(self.window.ctx, self.window)
        if os.environ.get(BENCH_ENV) == "ready":
            print(f"REPDESK_READY {time.time():.6f}", flush=True)
            QTimer.singleShot(0, QApplication.quit)

    def _failed(self, error: BaseException) -> None:
        from models.db.errors import RepdeskError
        self.window.statusBar().clearMessage()
        if not isinstance(error, RepdeskError):
            raise error
        if os.environ.get(BENCH_ENV):
            print(f"repdesk: {error}", file=sys.stderr)
            QApplication.exit(1)
            return
        QMessageBox.critical(self.window, tr("Cannot open the database"), str(error))
        if self.workspace is None:
            self.welcome()


def initial_target(args) -> tuple[str, str | None]:
    if args.demo:
        return "demo", None
    if args.db or os.environ.get(ENV_VAR):
        return "url", args.db or os.environ[ENV_VAR]
    if default_path().exists():
        return "file", str(default_path())
    return "welcome", None


def run_gui(args) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Repdesk")
    app.setOrganizationName("Repdesk")
    import resources
    from PySide6.QtGui import QIcon
    app.setWindowIcon(QIcon(str(resources.path("icons", "repdesk.svg"))))
    from desktop.i18n import chosen_language, ensure_cjk_font, set_window_language, system_language
    ensure_cjk_font()
    from desktop.locale_formats import use_system_locale
    settings = Settings()
    language = set_window_language(os.environ.get("REPDESK_LANG") or chosen_language(settings))
    if language == system_language():
        use_system_locale()       # the system's own variant: en_US dates for an American office
    window = MainWindow(settings)
    controller = Controller(window, args.user)
    target = initial_target(args)

    def painted() -> None:
        if os.environ.get(BENCH_ENV) == "painted":
            print(f"REPDESK_PAINTED {time.time():.6f}", flush=True)
            QTimer.singleShot(0, app.quit)
            return
        QTimer.singleShot(0, lambda: controller.start(*target))

    window.first_painted.connect(painted)
    window.show()
    code = app.exec()
    # work still running in the background (a page's code being read, a load) ends before the
    # interpreter does: a thread cut off mid-import or mid-query crashes the exit
    controller.tasks.wait(10_000)
    if controller.live is not None:
        controller.live.stop()
    if controller.workspace is not None:
        controller.workspace.db.dispose()
    return code
