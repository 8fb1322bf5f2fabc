"""The roster table at 100,000 and 1,000,000 reps (Qt offscreen), each figure as a ratio to the
numpy floor measured in the same run.

- First paint: model over prepared column arrays, set on a QTableView, shown and painted;
  baseline: the same view painting an empty model. Target at 100k: ≤ 100 ms.
- Sort by a text column (name) and a number column (tenure), model + view relayout;
  baseline: `np.argsort` of the same key column. Targets: ≤ 100 ms at 100k, ≤ 300 ms at 1M.
- Search keystroke (a fresh two-letter search, then narrowing to three letters) and a quick
  filter (status); baseline: `np.strings.find` over the same search arrays / the equality mask.
  Targets: ≤ 50 ms at 100k, ≤ 100 ms at 1M.
Preparing the column arrays (folding text, ranking names) runs in the background task that
loads the roster; it is reported as its own figure, without a target.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import random
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

NAME = "roster"
SIZES = [int(x) for x in os.environ.get("REPDESK_BENCH_ROSTER_SIZES", "100000,1000000").split(",")]
RUNS = 3
TODAY = dt.date(2026, 11, 23)


def synthetic_roster(n: int, seed: int = 7):
    from models.domain.quotas import quarter_of
    from models.services.roster import RosterData
    from resources import path as resource_path
    words = json.loads(resource_path("demo", "names.json").read_text(encoding="utf-8"))
    rng = random.Random(seed)
    languages = ["tagalog", "indonesian", "greek", "chinese", "english"]
    names = []
    for lang in languages:
        for _ in range(400):
            given, family = rng.choice(words[lang]["given"]), rng.choice(words[lang]["family"])
            names.append(family + given if lang == "chinese" else f"{given} {family}")
    territories = [t for region in words["regions"] for t in region["territories"]]
    statuses = ["active"] * 8 + ["onboarding", "probation", "leave", "departed"]
    d = RosterData(TODAY, quarter_of(TODAY))
    for i in range(n):
        name = rng.choice(names)
        team = i % 800 + 1
        d.id.append(i + 1)
        d.name.append(name)
        d.role.append("sales_rep")
        d.team.append(f"Team {team}")
        d.team_id.append(team)
        d.manager.append(names[team % len(names)])
        d.work_mode.append(rng.choice(["field", "remote", "office"]))
        d.employment.append(rng.choice(["employee", "employee", "agency", "contractor"]))
        d.agency.append("Northstar Field Partners" if d.employment[-1] == "agency" else "")
        d.status.append(rng.choice(statuses))
        d.email.append(f"rep.{i + 1}@example.com")
        d.territories.append(rng.choice(territories))
        d.hire_date.append(TODAY - dt.timedelta(days=rng.randrange(10, 4000)))
        d.attainment.append(None if rng.random() < 0.2 else rng.uniform(0.1, 1.8))
        d.next_one_on_one.append(None)
        d.overdue_onboarding.append(0)
        d.probation_reason.append("")
    return d


def _median(fn, runs=RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def run(report) -> None:
    import numpy as np
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QTableView

    from desktop.roster.table import COLUMNS, STATUS_CODES, build_table
    from widgets.column_table_model import ColumnTableModel
    app = QApplication.instance() or QApplication([])
    col = {key: i for i, (key, *_r) in enumerate(COLUMNS)}

    for n in SIZES:
        label = f"{n // 1000}k" if n < 1_000_000 else f"{n // 1_000_000}M"
        data = synthetic_roster(n)
        start = time.perf_counter()
        table = build_table(data)
        report.figure(NAME, f"prepare columns {label} (background task)",
                      (time.perf_counter() - start) * 1000)
        del data

        def paint(model):
            view = QTableView()
            view.verticalHeader().setDefaultSectionSize(24)
            view.verticalHeader().hide()
            view.setWordWrap(False)  # as the roster page
            view.resize(1400, 800)
            view.setModel(model)
            view.show()
            view.viewport().repaint()
            app.processEvents()
            view.close()
            view.deleteLater()
            app.processEvents()

        empty_ms = _median(lambda: paint(ColumnTableModel()))
        paint_ms = _median(lambda: paint(ColumnTableModel(table)))
        report.figure(NAME, f"first paint {label}", paint_ms, baseline="empty view",
                      baseline_ms=empty_ms, target="≤ 100 ms at 100k" if n < 10**6 else "")

        model = ColumnTableModel(table)
        view = QTableView()
        view.setWordWrap(False)
        view.verticalHeader().setDefaultSectionSize(24)
        view.resize(1400, 800)
        view.setModel(model)
        view.show()
        app.processEvents()
        sort_target = "≤ 100 ms" if n < 10**6 else "≤ 300 ms"
        for key in ("name", "tenure"):
            sort_key = table.columns[col[key]].sort_key
            floor = _median(lambda: np.argsort(sort_key, kind="stable"))
            orders = iter([Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder] * (RUNS * 2))

            def do_sort(paint=True):
                model.sort(col[key], next(orders))
                if paint:
                    app.processEvents()
            report.figure(NAME, f"sort by {key} {label}, model only",
                          _median(lambda: do_sort(False)), baseline="np.argsort", baseline_ms=floor)
            app.processEvents()
            report.figure(NAME, f"sort by {key} {label} + repaint", _median(do_sort),
                          baseline="np.argsort", baseline_ms=floor, target=sort_target)

        filter_target = "≤ 50 ms" if n < 10**6 else "≤ 100 ms"
        search = table.search

        def numpy_floor(query):  # the same find over the same arrays, no model, no view
            return [np.strings.find(a, query) >= 0 for a in search.rows] + [
                np.strings.find(v, query) >= 0 for _c, v in search.repeated]
        floor = _median(lambda: numpy_floor("an"))

        def fresh_search(paint=True):
            model.set_search("")
            app.processEvents()
            start = time.perf_counter()
            model.set_search("an")
            if paint:
                app.processEvents()
            return (time.perf_counter() - start) * 1000
        model_only = statistics.median(fresh_search(False) for _ in range(RUNS))
        report.figure(NAME, f"search 'an' {label}, model only", model_only,
                      baseline="np.strings.find", baseline_ms=floor)
        fresh = statistics.median(fresh_search() for _ in range(RUNS))
        report.figure(NAME, f"search keystroke 'an' {label} + repaint", fresh,
                      baseline="np.strings.find", baseline_ms=floor, target=filter_target)

        def narrow():
            model.set_search("")
            model.set_search("an")
            start = time.perf_counter()
            model.set_search("ana")
            app.processEvents()
            return (time.perf_counter() - start) * 1000
        floor3 = _median(lambda: numpy_floor("ana"))
        report.figure(NAME, f"search narrowing 'an'→'ana' {label}",
                      statistics.median(narrow() for _ in range(RUNS)),
                      baseline="np.strings.find", baseline_ms=floor3, target=filter_target)
        model.set_search("")
        codes = table.categories["status"]
        floor = _median(lambda: codes == STATUS_CODES["onboarding"])
        toggles = iter([[STATUS_CODES["onboarding"]], None] * (RUNS * 4))

        def status_filter(paint=True):
            model.set_category_filter("status", next(toggles))
            if paint:
                app.processEvents()
        report.figure(NAME, f"quick filter status {label}, model only",
                      _median(lambda: status_filter(False)), baseline="mask ==", baseline_ms=floor)
        app.processEvents()
        report.figure(NAME, f"quick filter status {label} + repaint", _median(status_filter),
                      baseline="mask ==", baseline_ms=floor, target=filter_target)
        view.close()
        view.deleteLater()
        del model, table
        app.processEvents()
