"""The Company menu of the main window: every set-up editor, and the guided first start.

Each editor is a window of its own beside the pages (one of each kind at a time); they close
when another database is opened."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from desktop.i18n import tr

EDITORS = [  # (key, menu text (translated where shown), who may open it; None = all but trainers)
    ("settings", QT_TRANSLATE_NOOP("QCoreApplication", "&Settings…"), None),
    ("teams", QT_TRANSLATE_NOOP("QCoreApplication", "&Teams and members…"), None),
    ("territories", QT_TRANSLATE_NOOP("QCoreApplication", "Te&rritory tree…"), None),
    ("pipelines", QT_TRANSLATE_NOOP("QCoreApplication", "&Pipelines and stages…"), None),
    ("agencies", QT_TRANSLATE_NOOP("QCoreApplication", "&Agencies…"), None),
    ("accounts", QT_TRANSLATE_NOOP("QCoreApplication", "A&ccounts…"), None),
    ("deals", QT_TRANSLATE_NOOP("QCoreApplication", "&Deals…"), None),
    ("holidays", QT_TRANSLATE_NOOP("QCoreApplication", "Public &holidays…"), None),
    ("rates", QT_TRANSLATE_NOOP("QCoreApplication", "&Exchange rates…"), None),
    ("users", QT_TRANSLATE_NOOP("QCoreApplication", "&Users and roles…"), {"admin"}),
]


def add_company_menu(window) -> None:
    """Build Company ▸ … on `window` (a MainWindow; its `ctx` is set when a database opens)."""
    menu = window.menuBar().addMenu(tr("&Company"))
    window.setup_windows = {}
    window.setup_actions = {}
    for key, text, roles in EDITORS:
        action = QAction(tr(text), window)
        action.triggered.connect(lambda _=False, k=key: open_editor(window, k))
        menu.addAction(action)
        window.setup_actions[key] = (action, roles)
    menu.addSeparator()
    guide = QAction(tr("Set the company up &step by step…"), window)
    guide.triggered.connect(lambda: open_guide(window))
    menu.addAction(guide)
    window.setup_actions["guide"] = (guide, {"admin"})
    menu.aboutToShow.connect(lambda: _enable(window))


def _enable(window) -> None:
    role = window.ctx.user.role.value if window.ctx is not None else None
    for action, roles in window.setup_actions.values():
        action.setEnabled(role is not None and role != "trainer"
                          and (roles is None or role in roles))


def close_editors(window) -> None:
    for dialog in getattr(window, "setup_windows", {}).values():
        dialog.close()
        dialog.deleteLater()
    window.setup_windows = {}


def open_editor(window, key: str):
    """Show the editor `key` (raising the one already open)."""
    if window.ctx is None:
        QMessageBox.information(window, tr("Company"), tr("Open a database first."))
        return None
    if key == "settings":
        from desktop.setup.company import open_company_settings
        return open_company_settings(window.ctx, window)
    dialog = window.setup_windows.get(key)
    if dialog is None:
        dialog = make_editor(window.ctx, key, window)
        window.setup_windows[key] = dialog
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


def make_editor(ctx, key: str, parent=None):
    from desktop.setup import kinds
    from desktop.setup.records import SetupDialog
    if key == "deals":
        from desktop.setup.deals import DealsDialog
        return DealsDialog(ctx, parent)
    if key == "territories":
        from desktop.setup.territory_tree import TerritoryTreeDialog
        return TerritoryTreeDialog(ctx, parent)
    if key == "pipelines":
        from desktop.setup.pipelines import pipelines
        return SetupDialog(ctx, pipelines(), parent)
    if key in ("rates", "users", "holidays"):
        from desktop.setup import company
        kind = {"rates": company.rates, "users": company.users_kind,
                "holidays": company.holidays}[key]()
        return SetupDialog(ctx, kind, parent)
    return SetupDialog(ctx, getattr(kinds, key)(), parent)


def open_guide(window):
    if window.ctx is None:
        QMessageBox.information(window, tr("Company"), tr("Open a database first."))
        return None
    from desktop.setup.guide import SetupGuide
    window.setup_guide = SetupGuide(window.ctx, window)
    window.setup_guide.show()
    return window.setup_guide
