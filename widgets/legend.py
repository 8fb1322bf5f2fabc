"""A chart's legend as rich text for a label beside or under it."""
from __future__ import annotations

from typing import Sequence


def legend_html(entries: Sequence[tuple[str, str, bool]]) -> str:
    """A legend as rich text for a label beside the plot: (name, colour, dashed) each. A label
    that wraps breaks between entries, never inside one (its line and its name stay together)."""
    from html import escape
    return "&nbsp;&nbsp; ".join(
        f"<span style='color:{colour}'>{'╍╍' if dashed else '━━'}</span>&nbsp;"
        + escape(name).replace(" ", "&nbsp;")
        for name, colour, dashed in entries)
