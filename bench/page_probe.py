"""Drives the real window in its own process and times what a user waits for.

Run by bench/company.py as `python -m bench.page_probe DATABASE LOGIN` right after noting the
clock: it starts Repdesk exactly as `repdesk --db DATABASE --user LOGIN` does (desktop.main.main),
and watches the window from a timer on the GUI thread. A page counts as shown when its data is
there, not when it is painted: no background task is left running (the TaskRunner's and the
thread pool's) and its tables hold rows. Prints one `PROBE {json}` line:
  filled   — the clock time the first page was filled (the parent subtracts its start time)
  pages    — per page: ms from the sidebar click to its data shown, then to its main filter's
             change shown
  rss_mb   — the window's resident memory after every page was visited
"""
from __future__ import annotations

import json
import os
import sys
import time

# The main filter of each page: the first of these attributes the page has (else its first combo
# box offering a choice).
MAIN_FILTER = {"roster": ["team_filter"], "funnel": ["team"], "numbers": ["team"],
               "reviews": ["team", "cycle"], "territories": [], "quality": []}
TIMEOUT_S = 120


def rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def main(argv: list[str]) -> int:
    database, login = argv[0], argv[1]
    from PySide6.QtCore import QThreadPool, QTimer
    from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox
    app = QApplication(sys.argv[:1])
    state = {"phase": "start", "result": {"pages": {}, "bare_rss_mb": rss_mb()}}

    def window_and_controller():
        from desktop.app import Controller
        from desktop.main_window import MainWindow
        for widget in app.topLevelWidgets():
            if isinstance(widget, MainWindow):
                return widget, widget.findChild(Controller)
        return None, None

    def idle(controller) -> bool:
        return not controller.tasks._running and QThreadPool.globalInstance().activeThreadCount() == 0

    def filled(page) -> bool:
        views = [v for v in page.findChildren(QAbstractItemView)
                 if v.isVisible() and v.model() is not None]
        return not views or any(v.model().rowCount() > 0 for v in views)

    def shown(window, controller, key) -> bool:
        page = window.page(key)
        return (controller is not None and controller.workspace is not None and page is not None
                and idle(controller) and filled(page))

    def wait_until(check) -> float:
        """Run the event loop until check() holds; the ms it took."""
        start = time.perf_counter()
        while not check():
            app.processEvents()
            if time.perf_counter() - start > TIMEOUT_S:
                raise TimeoutError("page did not show its data")
            time.sleep(0.0005)
        app.processEvents()
        return (time.perf_counter() - start) * 1000

    def main_filter(page, key):
        for name in MAIN_FILTER.get(key, []):
            combo = getattr(page, name, None)
            if isinstance(combo, QComboBox) and combo.count() > 1:
                return name, combo
        for combo in page.findChildren(QComboBox):
            if combo.isVisible() and combo.count() > 1:
                return combo.objectName() or "first choice", combo
        return None, None

    def bare_table_ms() -> float:
        """The floor: a bare table of 2,000 rows made, shown and painted."""
        from PySide6.QtCore import QStringListModel
        from PySide6.QtWidgets import QTableView
        names = [f"Rep {i} Παπαδόπουλος" for i in range(2000)]
        start = time.perf_counter()
        view = QTableView()
        view.setModel(QStringListModel(names, view))
        view.resize(1090, 760)
        view.show()
        view.viewport().repaint()
        app.processEvents()
        elapsed = (time.perf_counter() - start) * 1000
        view.close()
        return elapsed

    def tour():
        from desktop.pages import PAGES
        window, controller = window_and_controller()
        result = state["result"]
        result["filled"] = state["filled"]
        first_row = window.sidebar.currentRow()
        for row, spec in enumerate(PAGES):
            if window.sidebar.item(row).isHidden():
                continue
            start = time.perf_counter()
            window.sidebar.setCurrentRow(row)
            wait_until(lambda: shown(window, controller, spec.key))
            opened = (time.perf_counter() - start) * 1000
            entry = {"open_ms": opened, "first": row == first_row}
            name, combo = main_filter(window.page(spec.key), spec.key)
            if combo is not None:
                start = time.perf_counter()
                combo.setCurrentIndex(1 if combo.currentIndex() != 1 else 0)
                if idle(controller):   # no load started at once: wait for its rows
                    wait_until(lambda: shown(window, controller, spec.key))
                else:                  # a load started: shown when it is done, rows or none
                    # (the Plans page's other period may honestly hold no plan)
                    wait_until(lambda: idle(controller))
                entry.update(filter=name, filter_text=combo.currentText(),
                             filter_ms=(time.perf_counter() - start) * 1000,
                             filter_empty=not filled(window.page(spec.key)))
            result["pages"][spec.key] = entry
        app.processEvents()
        result["rss_mb"] = rss_mb()
        result["floor_ms"] = bare_table_ms()
        print("PROBE " + json.dumps(result), flush=True)
        app.quit()

    def poll():
        window, controller = window_and_controller()
        if state["phase"] == "start" and window is not None:
            key = None
            if window.ctx is not None:
                from desktop.pages import PAGES
                key = PAGES[window.sidebar.currentRow()].key
            if key and shown(window, controller, key):
                state["filled"] = time.time()
                state["phase"] = "tour"
                timer.stop()
                QTimer.singleShot(0, tour)

    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(poll)
    timer.start()
    from desktop.main import main as repdesk
    code = repdesk(["--db", database, "--user", login])
    if state["phase"] != "tour":
        print(f"PROBE-FAILED exit {code}", flush=True)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    raise SystemExit(main(sys.argv[1:]))
