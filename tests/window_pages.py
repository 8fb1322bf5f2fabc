"""The window builds a page once its code is read, off the GUI thread (a "Loading…" placeholder
stands in meanwhile): a test that goes to a page waits for it to be built."""
from __future__ import annotations

from desktop.pages import PAGES


def go_to_page(qtbot, window, key: str, timeout: int = 20_000):
    """Select the page `key` in the sidebar and return it once built."""
    window.sidebar.setCurrentRow([p.key for p in PAGES].index(key))
    qtbot.waitUntil(lambda: window.page(key) is not None, timeout=timeout)
    return window.page(key)
