"""The layer boundaries, checked by import-linter's contracts in pyproject.toml."""
from pathlib import Path

from importlinter.cli import lint_imports

ROOT = Path(__file__).resolve().parent.parent


def test_layer_contracts_hold(monkeypatch):
    monkeypatch.chdir(ROOT)
    assert lint_imports(config_filename=str(ROOT / "pyproject.toml")) == 0


def test_models_source_never_mentions_qt():
    # A second, textual guard: import-linter only sees imports that resolve.
    offenders = [str(p.relative_to(ROOT)) for p in (ROOT / "models").rglob("*.py")
                 if "PySide6" in p.read_text(encoding="utf-8") or "pyqtgraph" in p.read_text(encoding="utf-8")]
    assert offenders == []
