"""Run the benchmarks and print a table of figures with their ratio to a same-run baseline."""
from __future__ import annotations

import importlib
import sys

BENCHES = [
    "bench.cold_start",
    "bench.activity",
    "bench.reviews",
    "bench.funnel",
    "bench.quality",
    "bench.roster",
]


class Report:
    def __init__(self):
        self.rows: list[tuple[str, str, float, str, float | None, str]] = []

    def figure(self, bench: str, what: str, value_ms: float, *, baseline: str = "",
               baseline_ms: float | None = None, target: str = "", unit: str = "ms") -> None:
        self.rows.append((bench, what, value_ms, baseline, baseline_ms, target))
        ratio = f"{value_ms / baseline_ms:5.2f}x {baseline}" if baseline_ms else ""
        print(f"{bench:12} {what:48} {value_ms:10.1f} {unit:2}  {ratio:40} {target}", flush=True)


def main(argv: list[str]) -> int:
    wanted = [name for name in argv if not name.startswith("-")]
    report = Report()
    print(f"{'bench':12} {'what':48} {'median':>13}  {'ratio to baseline':40} target")
    for module_name in BENCHES:
        short = module_name.rsplit(".", 1)[-1]
        if wanted and short not in wanted:
            continue
        importlib.import_module(module_name).run(report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
