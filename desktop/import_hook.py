"""PySide6 looks at every Python module imported after it: its import hook reads the module's
source (inspect.getsource) to see whether it says "PySide6", for its optional `__feature__`
switches (snake_case, true_property). Repdesk uses none of them, and that reading is slow (a tenth
of a page's import time). So every module is marked as one that uses no feature: the hook's
answer for all of Repdesk's modules anyway, given without reading the source."""
from __future__ import annotations

import sys


def quiet_pyside_import_hook() -> bool:
    """Make PySide6's per-import check answer "no features" at once. True when done; False where
    this PySide6 has no such check (then there is nothing to quieten)."""
    import PySide6.QtCore  # noqa: F401 - installs the hook this adjusts
    feature = sys.modules.get("shibokensupport.feature") or sys.modules.get("PySide6.support.feature")
    if feature is None or not hasattr(feature, "_mod_uses_pyside"):
        return False
    feature._mod_uses_pyside = _uses_no_feature
    return True


def _uses_no_feature(_module) -> bool:
    return False
