"""Changes saved on other workstations show here without a manual refresh.

- PostgreSQL: a background thread with its own connection LISTENs on `repdesk_changes` (the
  triggers send table and row id at commit, nothing else: any login may listen on any channel).
  Each event becomes `ctx.changed.emit(table)` when the signed-in user may see that row: a user
  limited to their teams re-reads the row under their own login before reloading. NOTIFY is not replayed
  after a lost connection, so after a reconnect everything is reloaded (`ctx.changed.emit("*")`).
- SQLite: a short poll of `PRAGMA data_version` (changes when another connection commits) and of
  the newest audit id, plus a check whenever the window becomes active again.

One-call integration (after a database is opened; stop the previous one first):
    self.live = start_live_refresh(ctx, window)     # ...  self.live.stop() on close / reopen
"""
from __future__ import annotations

import json
import re
import sqlite3
import threading
from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from desktop.i18n import tr

CHANNEL = "repdesk_changes"
LISTENER_APP_NAME = "repdesk-listen"
POLL_MS = 1500
# Reconnect attempts: quick at first, then at most this far apart, so a server that comes back is
# found again within about a second (a refused connection costs nothing).
RECONNECT_FIRST_DELAY = 0.25
RECONNECT_MAX_DELAY = 1.0
COALESCE_MS = 150
PAY_TABLES = {"compensation"}


_TABLE_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


def visible_to(user, event: dict) -> bool:
    """Whether a change event may concern something this user sees (before any re-read)."""
    if user is None:
        return True
    if event.get("t") in PAY_TABLES and not getattr(user, "sees_compensation", True):
        return False
    return True


def row_readable(conn, event: dict) -> bool:
    """Re-read the changed row under this login: the server's row security answers whether the
    user may see it. A deleted row cannot be re-read; its event is passed on."""
    import psycopg
    from psycopg import sql
    table, row_id = event.get("t") or "", event.get("id")
    if row_id is None or event.get("op") == "D" or not _TABLE_NAME.match(table):
        return True
    try:
        return conn.execute(sql.SQL("SELECT 1 FROM {} WHERE id = %s").format(sql.Identifier(table)),
                            (row_id,)).fetchone() is not None
    except psycopg.Error:  # not readable by this role at all
        return False


class PgListener(threading.Thread):
    """LISTEN on a connection of its own; reconnects by itself. Callbacks run on this thread."""

    def __init__(self, conninfo: str, on_event: Callable[[dict], None],
                 on_state: Callable[[str], None], on_reconnected: Callable[[], None],
                 recheck_rows: bool = False):
        super().__init__(name="repdesk-listen", daemon=True)
        self.conninfo = conninfo
        self.recheck_rows = recheck_rows  # a user limited to some teams: re-read each row
        self.on_event, self.on_state, self.on_reconnected = on_event, on_state, on_reconnected
        self._halt = threading.Event()
        self.connected = threading.Event()
        self.backend_pid: int | None = None
        self.last_error: BaseException | None = None

    def stop(self) -> None:
        self._halt.set()

    def run(self) -> None:
        import psycopg
        had_connection = False
        delay = RECONNECT_FIRST_DELAY
        while not self._halt.is_set():
            try:
                with psycopg.connect(self.conninfo, autocommit=True, connect_timeout=5,
                                     application_name=LISTENER_APP_NAME) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    self.backend_pid = conn.info.backend_pid
                    self.connected.set()
                    self.on_state("live")
                    if had_connection:
                        self.on_reconnected()  # events sent while we were away are lost
                    had_connection, delay = True, RECONNECT_FIRST_DELAY
                    while not self._halt.is_set():
                        # Gathered first: the connection re-reads rows below, which it cannot
                        # do while the notifies() generator holds it.
                        for note in list(conn.notifies(timeout=0.5, stop_after=100)):
                            try:
                                event = json.loads(note.payload)
                            except ValueError:
                                event = {"t": "*"}
                            if not self.recheck_rows or row_readable(conn, event):
                                self.on_event(event)
            except Exception as error:  # noqa: BLE001 - this thread must outlive any failure
                # A server restart or a network cut (psycopg.Error), or anything unexpected: a
                # listener that died here would leave the window stale for good, so try again.
                self.connected.clear()
                self.last_error = error
                if self._halt.is_set():
                    break
                self.on_state("reconnecting")
                self._halt.wait(delay)
                delay = min(delay * 2, RECONNECT_MAX_DELAY)
        self.connected.clear()


class SqliteWatcher:
    """Notices commits made by other processes on the same file."""

    def __init__(self, path: str):
        self.conn = sqlite3.connect(path, timeout=5, check_same_thread=False)
        self.version = self._data_version()
        self.last_audit = self._max_audit()

    def _data_version(self) -> int:
        return self.conn.execute("PRAGMA data_version").fetchone()[0]

    def _max_audit(self) -> int:
        return self.conn.execute("SELECT COALESCE(MAX(id), 0) FROM audit_log").fetchone()[0]

    def changed_tables(self) -> set[str]:
        """Tables changed since the last call ({'*'} when a change left no audit trail)."""
        version = self._data_version()
        if version == self.version:
            return set()
        self.version = version
        rows = self.conn.execute("SELECT id, table_name FROM audit_log WHERE id > ? ORDER BY id",
                                 (self.last_audit,)).fetchall()
        self.conn.commit()  # end the read transaction so the next check sees new commits
        if not rows:
            return {"*"}
        self.last_audit = rows[-1][0]
        return {table for _, table in rows}

    def close(self) -> None:
        self.conn.close()


class LiveRefresh(QObject):
    state_changed = Signal(str)      # 'live', 'reconnecting', 'polling'
    _event = Signal(object)          # from the listener thread to the GUI thread
    _reload_all = Signal()
    _state = Signal(str)

    def __init__(self, ctx, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.state = ""
        self._stopped = False
        self._pending: set[str] = set()
        self._flush = QTimer(self)
        self._flush.setSingleShot(True)
        self._flush.setInterval(COALESCE_MS)
        self._flush.timeout.connect(self._emit_pending)
        self._event.connect(self._on_event, Qt.ConnectionType.QueuedConnection)
        self._reload_all.connect(lambda: self._queue("*"), Qt.ConnectionType.QueuedConnection)
        self._state.connect(self._set_state, Qt.ConnectionType.QueuedConnection)
        self.indicator = None
        self.listener: PgListener | None = None
        self.watcher: SqliteWatcher | None = None
        self.poll = QTimer(self)
        db = ctx.db
        if db.backend == "postgresql":
            url = db.url.set(drivername="postgresql")
            conninfo = url.render_as_string(hide_password=False)
            limited = not getattr(ctx.user, "sees_all_teams", True)
            self.listener = PgListener(conninfo, self._event.emit, self._state.emit,
                                       self._reload_all.emit, recheck_rows=limited)
            self.listener.start()
        else:
            self.watcher = SqliteWatcher(db.url.database)
            self.poll.setInterval(POLL_MS)
            self.poll.timeout.connect(self.check_now)
            self.poll.start()
            app = QGuiApplication.instance()
            if app is not None:
                app.applicationStateChanged.connect(self._app_state)
            self._set_state("polling")

    # -- state ------------------------------------------------------------------------------
    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)

    def _app_state(self, state) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check_now()

    # -- events -----------------------------------------------------------------------------
    def check_now(self) -> None:
        """SQLite: look for other processes' commits now (also called when the window is active)."""
        if self.watcher is None:
            return
        try:
            for table in self.watcher.changed_tables():
                self._queue(table)
        except sqlite3.Error:
            pass  # busy or gone for a moment: the next poll tries again

    def _on_event(self, event: dict) -> None:
        if not self._stopped and visible_to(self.ctx.user, event):
            self._queue(event.get("t") or "*")

    def _queue(self, table: str) -> None:
        if self._stopped:
            return
        self._pending.add(table)
        if not self._flush.isActive():
            self._flush.start()

    def _emit_pending(self) -> None:
        pending, self._pending = self._pending, set()
        if self._stopped:
            return
        if "*" in pending:
            pending = {"*"}
        for table in sorted(pending):
            self.ctx.changed.emit(table)

    def stop(self) -> None:
        """Stop watching. Nothing is announced after this, not even events already queued."""
        self._stopped = True
        self.poll.stop()
        self._flush.stop()
        self._pending.clear()
        if self.listener is not None:
            self.listener.stop()
            self.listener.join(timeout=2)
        if self.watcher is not None:
            self.watcher.close()
            self.watcher = None
        if self.indicator is not None:
            self.indicator.deleteLater()
            self.indicator = None


# (text, colour, tooltip) per state; the texts are translated where shown.
STATE_TEXT = {
    "live": (QT_TRANSLATE_NOOP("QCoreApplication", "● Live"), "#2e7d32",
             QT_TRANSLATE_NOOP("QCoreApplication",
                               "Changes saved on other workstations show here at once.")),
    "reconnecting": (QT_TRANSLATE_NOOP("QCoreApplication", "Reconnecting…"), "#c77700",
                     QT_TRANSLATE_NOOP("QCoreApplication",
                                       "The connection to the database server was lost. Your "
                                       "unsaved edits are kept; Repdesk reconnects by itself.")),
    "polling": (QT_TRANSLATE_NOOP("QCoreApplication", "● Shared file"), "#2e7d32",
                QT_TRANSLATE_NOOP("QCoreApplication",
                                  "Changes saved by other programs on this file show within "
                                  "seconds."))}


WARNING_COLOUR = "#b26a00"


class ConnectionIndicator(QLabel):
    """Status-bar text for the live state, and the SQLite security notice."""

    def __init__(self, live: LiveRefresh, notice: str | None = None):
        super().__init__()
        self.notice = notice
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setStyleSheet("padding: 0 6px;")
        live.state_changed.connect(self.show_state)
        self.show_state(live.state)

    def show_state(self, state: str) -> None:
        text, colour, tip = STATE_TEXT.get(state, ("", "", ""))
        text, tip = (tr(text) if text else ""), (tr(tip) if tip else "")
        parts = [f'<span style="color:{colour}">{text}</span>'] if text else []
        if self.notice:
            parts.append(f'<span style="color:{WARNING_COLOUR}">{tr("No per-user security")}</span>')
            tip = f"{tip}\n\n{self.notice}" if tip else self.notice
        self.setText("  ·  ".join(parts))
        self.setToolTip(tip)

    def plain_text(self) -> str:
        from PySide6.QtGui import QTextDocument
        doc = QTextDocument()
        doc.setHtml(self.text())
        return doc.toPlainText()


def start_live_refresh(ctx, window=None) -> LiveRefresh:
    """Start watching the opened database; with a main window, show the state in its status bar."""
    live = LiveRefresh(ctx, window)
    if window is not None and hasattr(window, "statusBar"):
        from models.services.users import security_notice
        indicator = ConnectionIndicator(live, security_notice(ctx.db))
        window.statusBar().addPermanentWidget(indicator)
        live.indicator = indicator
    return live

