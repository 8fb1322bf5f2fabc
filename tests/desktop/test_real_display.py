"""The app under a real X server (Xvfb, Qt's xcb plugin), once: the other GUI tests use Qt's
offscreen plugin, which needs none of the X libraries a user's machine must have. This starts
`python -m desktop` on the demo company exactly as a user would and waits until it has opened
the database and asked for its first page.

Xvfb and the libxcb packages are installed by .ci/run (see the README); without them this fails
with the command to run, it does not skip.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time

import pytest

PACKAGES = ("xvfb libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 "
            "libxcb-render-util0 libxcb-xinerama0 libxcb-image0 libxcb-shape0")


@pytest.fixture
def backend():
    return "sqlite"   # the display is what is tested here, not the database


@pytest.fixture
def display():
    if shutil.which("Xvfb") is None:
        pytest.fail(f"Xvfb is not installed: apt-get install -y {PACKAGES} (as .ci/run does)")
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24",
                               "-nolisten", "tcp"], pass_fds=(write,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    os.close(write)
    with os.fdopen(read) as numbers:
        number = numbers.readline().strip()   # written once the server accepts clients
    try:
        assert number, "Xvfb did not start: " + server.stderr.read1().decode(errors="replace")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)


def test_the_window_opens_the_demo_company_on_a_real_display(display, demo_db_url, tmp_path):
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", XDG_CONFIG_HOME=str(tmp_path),
               REPDESK_BENCH_EXIT="ready",   # print a line once the first page is asked for, quit
               PYTHONFAULTHANDLER="1")       # a crash prints every thread's Python stack
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "desktop", "--db", demo_db_url,
                           "--user", "tester"], env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "REPDESK_READY" in done.stdout, done.stdout[-1000:] + done.stderr[-2000:]
    assert "qt.qpa.plugin" not in done.stderr, done.stderr[-2000:]   # xcb loaded, no fallback
    assert time.monotonic() - started < 120
