"""PySide6 6.12.0 on Python 3.11 drops a reference to None/True/False on every call returning
nothing or a bool, and the interpreter aborts after a few thousand. pyproject.toml keeps that pair
out; this proves the installed pair survives tens of thousands of such calls."""
import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent("""
    import os, sys
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QWidget
    app = QApplication([])
    model = QStandardItemModel()
    item = QStandardItem()
    model.appendRow(item)
    widget = QWidget()
    before = (sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False))
    for i in range(50_000):
        item.setData(i)             # returns None
        widget.isVisible()          # returns a bool
        model.hasChildren()         # returns a bool
    after = (sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False))
    print(*before, *after)
""")


def test_installed_pyside_survives_many_none_and_bool_returning_calls():
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    numbers = [int(n) for n in done.stdout.split()]
    before, after = numbers[:3], numbers[3:]
    # A leak of one reference per call would move these by ~50,000-150,000.
    assert all(abs(a - b) < 1_000 for a, b in zip(before, after)), (before, after)


def test_the_crashing_pair_cannot_be_installed():
    import importlib.metadata as md
    version = tuple(int(p) for p in md.version("PySide6-Essentials").split(".")[:2])
    if sys.version_info < (3, 12):
        assert version < (6, 12)
    requirements = md.requires("repdesk") or []
    pyside = [r for r in requirements if r.lower().startswith("pyside6")]
    assert any("<6.12" in r and "python_version < \"3.12\"" in r.replace("'", '"') for r in pyside), pyside
