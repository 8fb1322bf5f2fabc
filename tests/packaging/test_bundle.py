"""The frozen one-folder bundle (packaging/repdesk.spec) runs with no Python to lean on.

Built once here with PyInstaller, then run from an empty folder with a bare environment: no PATH to
any Python, no PYTHONPATH, no source tree nearby. It must make a demo company, write review PDFs with
their Unicode names, upgrade a database written by the first release (the migrations ship inside),
and open the window on it until the first page holds data, exiting 0 each time.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.pdf_text import pdf_text

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("bundle")
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    result = subprocess.run(
        [str(pyinstaller), "--noconfirm", "--log-level", "WARN", "--distpath", str(work / "dist"),
         "--workpath", str(work / "build"), str(ROOT / "packaging" / "repdesk.spec")],
        cwd=ROOT, capture_output=True, text=True, timeout=1800)
    assert result.returncode == 0, result.stderr[-3000:]
    executable = work / "dist" / "repdesk" / "repdesk"
    assert executable.is_file()
    return executable


def run(bundle: Path, home: Path, *args: str, **env) -> subprocess.CompletedProcess:
    no_python = home / "empty-bin"
    no_python.mkdir(exist_ok=True)
    bare = {"HOME": str(home), "PATH": str(no_python), "LANG": "C.UTF-8",
            "QT_QPA_PLATFORM": "offscreen", **env}
    return subprocess.run([str(bundle), *args], cwd=home, env=bare, capture_output=True,
                          text=True, timeout=300)


def test_bundle_runs_the_demo_the_pdfs_an_upgrade_and_the_window(bundle, tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    db = home / "company.sqlite"

    made = run(bundle, home, "--db", str(db), "demo", "--reps", "12")
    assert made.returncode == 0, made.stderr
    assert db.exists()

    pdfs = home / "pdfs"
    wrote = run(bundle, home, "--db", str(db), "review", "pdf", "--cycle", "2026-Q2", "--out",
                str(pdfs), "--jobs", "2", "--quiet")
    assert wrote.returncode == 0, wrote.stderr
    reviews = sorted(p for p in pdfs.glob("*.pdf") if "summary" not in p.name)
    assert reviews, "no review PDFs written"
    for pdf in reviews:
        # "2026-Q2 0005 Dakila Macaraeg.pdf": the rep's name, in whatever script, is in the text.
        name = pdf.stem.split(" ", 2)[2]
        assert name in pdf_text(pdf).replace("\n", " "), pdf.name

    old = home / "old.sqlite"
    shutil.copyfile(ROOT / "tests" / "fixtures" / "databases" / "0001_foundation.sqlite", old)
    upgraded = run(bundle, home, "--db", str(old), "review", "list")
    assert upgraded.returncode == 0, upgraded.stderr
    assert list(home.glob("old.before-*.sqlite")), "the upgrade kept no copy of the old file"

    opened = run(bundle, home, "--db", str(db), REPDESK_BENCH_EXIT="ready")
    assert opened.returncode == 0, opened.stderr
    assert "REPDESK_READY" in opened.stdout
