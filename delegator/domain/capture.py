"""Turning typed or pasted text into to-do titles."""

from __future__ import annotations

MAX_TITLE_LENGTH = 300


def titles_from_text(text: str) -> list[str]:
    """One title per non-empty line, trimmed, in the order given."""
    titles = []
    for line in text.splitlines():
        title = " ".join(line.split())
        if title:
            titles.append(title[:MAX_TITLE_LENGTH])
    return titles
