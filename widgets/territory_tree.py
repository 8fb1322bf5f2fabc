"""The territory tree: regions and territories (any depth) with the reps assigned to each.
Dragging a rep onto another territory asks for a reassignment (`rep_dropped`); the tree itself
never moves the item — the page saves and reloads, so what is shown is what was saved."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem

from widgets.i18n import tr

MIME = "application/x-repdesk-assignment"
KIND = Qt.ItemDataRole.UserRole
ID = Qt.ItemDataRole.UserRole + 1
EXTRA = Qt.ItemDataRole.UserRole + 2
TERRITORY, REP = "territory", "rep"


@dataclass(frozen=True)
class TreeTerritory:
    id: int
    name: str
    parent_id: int | None
    reps_text: str      # e.g. "3 reps"
    quota_text: str
    gap_text: str       # "" when the allocation adds up
    potential_text: str


@dataclass(frozen=True)
class TreeRep:
    territory_id: int
    assignment_id: int
    rep_id: int
    name: str
    role: str
    since: str
    version: int


class TerritoryTree(QTreeWidget):
    rep_dropped = Signal(int, int, int, int)  # rep_id, assignment_id, version, territory_id
    territory_selected = Signal(int)
    rep_selected = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setHeaderLabels([tr("Territory / rep"), tr("Reps"), tr("Quota"), tr("Allocation"),
                              tr("Potential")])
        header = self.header()
        header.setStretchLastSection(False)
        # The names take the room left by the figures (elided when narrow, whole in the tooltip
        # of the row); sized to their contents they pushed the figures off the right edge.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(50)
        for column in (1, 2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.setMinimumWidth(300)   # the figures and a few letters of the names
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self._territory_items: dict[int, QTreeWidgetItem] = {}
        self.currentItemChanged.connect(self._current_changed)

    def set_tree(self, territories: list[TreeTerritory], reps: list[TreeRep]) -> None:
        expanded = {tid for tid, item in self._territory_items.items() if item.isExpanded()}
        current = self.currentItem()
        keep = (current.data(0, KIND), current.data(0, ID)) if current else None
        self.clear()
        self._territory_items = {}
        pending = list(territories)
        while pending:  # parents first, any depth
            rest = []
            for t in pending:
                parent = self._territory_items.get(t.parent_id) if t.parent_id else None
                if t.parent_id and parent is None and any(p.id == t.parent_id for p in pending):
                    rest.append(t)
                    continue
                item = QTreeWidgetItem([t.name, t.reps_text, t.quota_text, t.gap_text,
                                        t.potential_text])
                item.setData(0, KIND, TERRITORY)
                item.setData(0, ID, t.id)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable |
                              Qt.ItemFlag.ItemIsDropEnabled)
                font = item.font(0)
                font.setBold(True)
                item.setFont(0, font)
                if t.gap_text:
                    item.setForeground(3, QBrush(QColor("#b3261e")))
                for column in (1, 2, 3, 4):
                    item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight |
                                          Qt.AlignmentFlag.AlignVCenter)
                (parent.addChild(item) if parent else self.addTopLevelItem(item))
                self._territory_items[t.id] = item
            if len(rest) == len(pending):
                break
            pending = rest
        for r in reps:
            parent = self._territory_items.get(r.territory_id)
            if parent is None:
                continue
            text = tr("{name}  (overlay)").format(name=r.name) if r.role == "overlay" else r.name
            item = QTreeWidgetItem([text, "", "", "", tr("since {date}").format(date=r.since)])
            item.setData(0, KIND, REP)
            item.setData(0, ID, r.rep_id)
            item.setData(0, EXTRA, (r.assignment_id, r.version))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable |
                          Qt.ItemFlag.ItemIsDragEnabled)
            item.setToolTip(0, tr("Drag onto another territory to reassign"))
            parent.addChild(item)
        for tid, item in self._territory_items.items():
            item.setExpanded(tid in expanded or not expanded)
        if keep:
            found = self.find(*keep)
            if found is not None:
                self.setCurrentItem(found)

    def find(self, kind: str, ident: int) -> QTreeWidgetItem | None:
        if kind == TERRITORY:
            return self._territory_items.get(ident)
        for item in self._territory_items.values():
            for i in range(item.childCount()):
                child = item.child(i)
                if child.data(0, KIND) == REP and child.data(0, ID) == ident:
                    return child
        return None

    def territory_item(self, territory_id: int) -> QTreeWidgetItem | None:
        return self._territory_items.get(territory_id)

    def rep_items(self, territory_id: int) -> list[QTreeWidgetItem]:
        item = self._territory_items.get(territory_id)
        return [item.child(i) for i in range(item.childCount())
                if item.child(i).data(0, KIND) == REP] if item else []

    # -- drag and drop -------------------------------------------------------------------------
    def mimeData(self, items):  # noqa: N802 - Qt override
        reps = [i for i in items if i.data(0, KIND) == REP]
        if not reps:
            return None
        item = reps[0]
        assignment_id, version = item.data(0, EXTRA)
        mime = QMimeData()
        mime.setData(MIME, f"{item.data(0, ID)},{assignment_id},{version}".encode())
        return mime

    def mimeTypes(self):  # noqa: N802
        return [MIME]

    def _target(self, pos) -> QTreeWidgetItem | None:
        item = self.itemAt(pos)
        if item is not None and item.data(0, KIND) == REP:
            item = item.parent()
        return item

    def dragMoveEvent(self, event):  # noqa: N802
        if event.mimeData().hasFormat(MIME) and self._target(event.position().toPoint()):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dropEvent(self, event):  # noqa: N802
        target = self._target(event.position().toPoint())
        mime = event.mimeData()
        if target is None or not mime.hasFormat(MIME):
            event.ignore()
            return
        rep_id, assignment_id, version = (int(x) for x in
                                          bytes(mime.data(MIME)).decode().split(","))
        event.setDropAction(Qt.DropAction.IgnoreAction)  # the page reloads what was saved
        event.accept()
        self.rep_dropped.emit(rep_id, assignment_id, version, int(target.data(0, ID)))

    def _current_changed(self, current, _previous) -> None:
        if current is None:
            return
        if current.data(0, KIND) == TERRITORY:
            self.territory_selected.emit(int(current.data(0, ID)))
        else:
            self.rep_selected.emit(int(current.data(0, ID)))
