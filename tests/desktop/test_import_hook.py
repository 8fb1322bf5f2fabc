"""Pages' code is imported on worker threads: PySide6's import hook must not read each new
module's source there (desktop/import_hook.py says why)."""
import inspect
import sys

from desktop.import_hook import quiet_pyside_import_hook


def test_a_module_imported_after_the_window_is_not_read_by_pyside(tmp_path, monkeypatch):
    assert quiet_pyside_import_hook()   # this PySide6 has the check: it is quietened
    (tmp_path / "repdesk_fresh_module.py").write_text("VALUE = 7\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    read = []
    real = inspect.getsource
    monkeypatch.setattr(inspect, "getsource", lambda obj: read.append(obj) or real(obj))
    import repdesk_fresh_module
    assert repdesk_fresh_module.VALUE == 7
    assert read == []
    sys.modules.pop("repdesk_fresh_module", None)
