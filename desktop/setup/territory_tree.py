"""Company ▸ Territory tree: the territories in tree order, each under its parent, indented.
A territory moves by choosing where it is "Inside" in its editor (a move under itself is
refused by the service); archiving ends its reps' assignments and keeps its history."""
from __future__ import annotations

from desktop.setup import kinds
from desktop.setup.records import SetupDialog

INDENT = "      "


def tree_order(records) -> list[tuple[int, object]]:
    """(depth, record) depth-first, children by name; orphans (parent gone) at the top."""
    ids = {r.id for r in records}
    children: dict = {}
    for r in records:
        children.setdefault(r.parent_id if r.parent_id in ids else None, []).append(r)
    out, seen = [], set()

    def walk(parent, depth):
        for r in sorted(children.get(parent, []), key=lambda r: r.name.casefold()):
            if r.id in seen:
                continue
            seen.add(r.id)
            out.append((depth, r))
            walk(r.id, depth + 1)
    walk(None, 0)
    return out


class TerritoryTreeDialog(SetupDialog):
    def __init__(self, ctx, parent=None):
        kind = kinds.territories()
        first = kind.columns[0]
        self.depth: dict[int, int] = {}
        kind.columns[0] = (first[0], lambda r: INDENT * self.depth.get(r.id, 0) +
                           ("└ " if self.depth.get(r.id, 0) else "") + r.name)
        super().__init__(ctx, kind, parent)

    def _loaded(self, result) -> None:
        records, choices = result
        ordered = tree_order(records)
        self.depth = {r.id: depth for depth, r in ordered}
        super()._loaded(([r for _d, r in ordered], choices))
