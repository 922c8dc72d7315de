"""Plain text and clipboard paste: one to-do per non-empty line (issue 6).

Each line is trimmed and one leading list marker is removed: ``-``, ``*``, ``+`` or
``•`` followed by a space, or a number of up to three digits followed by ``.`` or ``)``
and a space ("1. ", "12) "). "2026. Jahresabschluss" keeps its number: four digits are
not a list marker. A line that holds only a marker is not a to-do. A byte order mark at
the start is dropped; lines end with LF, CRLF or CR, and lines are counted as an editor
counts them (1-based). Plain text cannot be malformed: this parser never raises.
"""

from __future__ import annotations

import re

from delegator.domain.imported import ImportedTask, ImportResult

_NEWLINE = re.compile(r"\r\n|\r|\n")
_MARKER = re.compile(r"^(?:[-*+]|[0-9]{1,3}[.)])(?:\s+|$)|^•\s*")


def split_lines(text: str) -> list[str]:
    """The lines of *text* without a leading byte order mark; index + 1 is the line."""
    if text.startswith("\ufeff"):
        text = text[1:]
    return _NEWLINE.split(text)


def parse_text(text: str) -> ImportResult:
    """One ImportedTask per non-empty line, in the order of the text."""
    tasks: list[ImportedTask] = []
    for number, raw in enumerate(split_lines(text), start=1):
        title = _MARKER.sub("", raw.strip(), count=1).strip()
        if title:
            tasks.append(ImportedTask(title=title, line=number))
    return ImportResult(tasks=tuple(tasks))
