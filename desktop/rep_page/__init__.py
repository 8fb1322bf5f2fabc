"""One page per rep: everything about them that the viewer's role may see.

Any page that lists reps calls `open_rep(widget, rep_id)` on double-click or Enter: in the main
window the rep's page opens in place (Alt+Left goes back); anywhere else it opens on its own.
"""
from __future__ import annotations


def open_rep(widget, rep_id: int | None):
    """Show the page of `rep_id` from `widget`'s window. Returns the page widget."""
    if rep_id is None:
        return None
    window = widget.window()
    if hasattr(window, "open_rep"):
        return window.open_rep(rep_id)
    from desktop.rep_page.page import RepPage
    holder = widget   # the page that holds the list knows the database and the user
    while holder is not None and getattr(holder, "ctx", None) is None:
        holder = holder.parentWidget()
    if holder is None:
        return None
    page = RepPage(holder.ctx)
    from desktop.i18n import tr
    page.setWindowTitle(tr("Rep"))
    page.resize(1100, 760)
    page.show_rep(rep_id)
    page.show()
    widget._rep_page_window = page  # kept alive with the page that opened it
    return page


def open_on_activate(view, rep_id_of) -> None:
    """Double-click or Enter on a row of `view` opens the rep `rep_id_of(index)` names (None: the
    row is no rep, nothing happens). One line for any list, table or tree of reps."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeySequence, QShortcut

    def open_index(index) -> None:
        if index is not None and index.isValid():
            open_rep(view, rep_id_of(index))

    view.doubleClicked.connect(open_index)
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        shortcut = QShortcut(QKeySequence(key), view)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(lambda: open_index(view.currentIndex()))
