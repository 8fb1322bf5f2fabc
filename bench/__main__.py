"""Run the benchmarks and print one table: figure, value, floor, ratio, target, met?

The machine is shared, so every figure that can have one is printed beside a floor measured in the
same run (the same work done the plainest possible way), and their ratio: a slower run of the whole
machine moves both. `python -m bench [name …]` runs only the named benches (the module names below).
"""
from __future__ import annotations

import importlib
import re
import sys
import time
from dataclasses import dataclass

BENCHES = [
    "bench.company",      # the 2,000-rep company: generation, start, pages, memory, trends, reviews
    "bench.company_pg",   # the same company on PostgreSQL: start, pages, memory as a manager's login
    "bench.cold_start",
    "bench.first_start",  # the demo company made for the window (`make run`), bar moving
    "bench.activity",
    "bench.imports",
    "bench.import_preview",   # the import wizard's preview of a 100 MB file
    "bench.reviews",
    "bench.funnel",
    "bench.quality",
    "bench.roster",
    "bench.stall",        # the longest freeze of the window opening and refreshing each page
]


@dataclass
class Figure:
    bench: str
    what: str
    value: float
    unit: str
    floor_name: str
    floor: float | None
    target: str
    limit: float | None       # the target as a number, in the figure's unit
    at_least: bool            # the target is a minimum (efficiency), not a maximum

    @property
    def ratio(self) -> str:
        return f"{self.value / self.floor:.2f}x" if self.floor else ""

    @property
    def met(self) -> str:
        if self.limit is None:
            return ""
        ok = self.value >= self.limit if self.at_least else self.value <= self.limit
        return "yes" if ok else "NO"


def _number(text: str) -> float | None:
    """The limit a target like '≤ 3,000 ms', '<= 400 ms, <= 1.4x' or '>= 90%' states (its first
    number); None where the target names another size ('at 10M') than the one measured."""
    found = re.search(r"(\d[\d,]*(?:\.\d+)?)\s*(ms|s|%|MB|GB)?", text)
    if not found:
        return None
    value = float(found.group(1).replace(",", ""))
    return value * 1000 if found.group(2) == "s" else value


def _value(value: float, unit: str) -> str:
    if value < 100 and not float(value).is_integer():
        return f"{value:,.1f} {unit}"
    return f"{value:,.0f} {unit}"


class Report:
    def __init__(self):
        self.figures: list[Figure] = []
        self.options: list[str] = []   # the command line's --flags (e.g. --big)

    def figure(self, bench: str, what: str, value_ms: float, *, baseline: str = "",
               baseline_ms: float | None = None, target: str = "", unit: str = "ms",
               limit: float | None = None, at_least: bool | None = None) -> None:
        """One figure. `target` is the text shown; `limit` the number it is checked against (taken
        from the text when not given; pass limit=-1 to show a target without checking it, e.g.
        one stated for another size than the one measured)."""
        if limit is None and target:
            limit = _number(target)
        if limit is not None and limit < 0:
            limit = None
        if at_least is None:
            at_least = target.lstrip().startswith((">", "≥"))
        fig = Figure(bench, what, value_ms, unit, baseline, baseline_ms, target, limit, at_least)
        self.figures.append(fig)
        floor = f"{_value(baseline_ms, unit)} {baseline}" if baseline_ms else ""
        print(f"  {bench:11} {what:60} {_value(value_ms, unit):>12}  {fig.ratio:>7}  "
              f"{fig.met:3} {target}  {floor}", flush=True)

    def note(self, bench: str, text: str) -> None:
        print(f"  {bench:11} {text}", flush=True)

    def table(self) -> str:
        head = ("figure", "value", "floor (same run)", "ratio", "target", "met?")
        rows = [(f"{f.bench}: {f.what}", _value(f.value, f.unit),
                 (f"{_value(f.floor, f.unit)} {f.floor_name}" if f.floor else ""), f.ratio,
                 f.target, f.met) for f in self.figures]
        widths = [max(len(r[i]) for r in rows + [head]) for i in range(len(head))]
        widths[2] = min(widths[2], 56)
        line = "  ".join("{:%s%d}" % ("<>>><<"[i], w) for i, w in enumerate(widths))
        out = [line.format(*head), line.format(*("-" * w for w in widths))]
        out += [line.format(r[0], r[1], r[2][:56], *r[3:]) for r in rows]
        missed = [f for f in self.figures if f.met == "NO"]
        checked = [f for f in self.figures if f.met]
        out.append(f"\n{len(checked) - len(missed)} of {len(checked)} targets met"
                   + (": missed " + "; ".join(f"{f.bench}: {f.what}" for f in missed)
                      if missed else "."))
        return "\n".join(out)


def main(argv: list[str]) -> int:
    wanted = [name for name in argv if not name.startswith("-")]
    unknown = [w for w in wanted if f"bench.{w}" not in BENCHES]
    if unknown:
        print(f"bench: no bench named {', '.join(unknown)}; known: "
              f"{', '.join(b.split('.')[1] for b in BENCHES)}", file=sys.stderr)
        return 2
    report = Report()
    report.options = [arg for arg in argv if arg.startswith("-")]
    started = time.perf_counter()
    print("Figures as they are measured (bench, figure, value, ratio to floor, met?, target, "
          "floor):", flush=True)
    for module_name in BENCHES:
        short = module_name.rsplit(".", 1)[-1]
        if wanted and short not in wanted:
            continue
        importlib.import_module(module_name).run(report)
    print(f"\nRepdesk bench ({time.perf_counter() - started:.0f} s)\n")
    print(report.table())
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
