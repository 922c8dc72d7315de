"""Every format a file can be imported from, in one place: its id (the command line's
``--format`` value), its name in the dialog, how it is recognised and its parser.

Adding a format is one ``ImportFormatSpec`` in ``FORMATS``; the command line's choices,
the dialog's list and ``detect_format`` read them. Recognising goes in two rounds,
each in the order of ``FORMATS``: first what decides on its own (the extension, or an
opening such as ``BEGIN:VCALENDAR``), then the hints in the first non-empty lines;
plain text is what is left.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP

from delegator.domain.imported import ImportFormatError, ImportProblem, ImportResult


class ImportFormat(StrEnum):
    TEXT = "text"
    TODOTXT = "todotxt"
    CSV = "csv"
    ICS = "ics"
    MARKDOWN = "markdown"


Parser = Callable[[str, bool, Sequence[str]], ImportResult]  # text, include_done, assistants
Hint = Callable[[Path, Sequence[str]], bool]  # the file's path, its first non-empty lines


@dataclass(frozen=True, slots=True)
class ImportFormatSpec:
    format: ImportFormat
    label: str  # the dialog translates it in the context "ImportDialog"
    parse: Parser
    extensions: tuple[str, ...] = ()  # decide on their own (case-folded, with the dot)
    offered: tuple[str, ...] = ()  # also offered by the file dialog, without deciding
    opening: str = ""  # decides on its own: the text starts with it (after white space)
    hint: Hint | None = None  # the second round: a guess from the name and the lines
    marks_finished: bool = False  # its files can mark a to-do as done


def _parse_text(text: str, _include_done: bool, _assistants: Sequence[str]) -> ImportResult:
    from delegator.exchange.import_text import parse_text

    return parse_text(text)


def _parse_todotxt(text: str, include_done: bool, _assistants: Sequence[str]) -> ImportResult:
    from delegator.exchange.import_todotxt import parse_todotxt

    return parse_todotxt(text, include_done=include_done)


def _parse_csv(text: str, _include_done: bool, assistants: Sequence[str]) -> ImportResult:
    """Todoist's format; any other CSV needs a column mapping (``parse_mapped_csv``)."""
    from delegator.exchange.import_csv import is_todoist_csv, parse_todoist_csv

    if not is_todoist_csv(text):
        raise ImportFormatError(1, ImportProblem.NEEDS_MAPPING)
    return parse_todoist_csv(text, assistants=assistants)


def _parse_ics(text: str, include_done: bool, _assistants: Sequence[str]) -> ImportResult:
    from delegator.exchange.import_ics import parse_ics

    return parse_ics(text, include_done=include_done)


def _parse_markdown(text: str, include_done: bool, _assistants: Sequence[str]) -> ImportResult:
    from delegator.exchange.import_markdown import parse_markdown

    return parse_markdown(text, include_done=include_done)


def _looks_like_markdown(_path: Path, lines: Sequence[str]) -> bool:
    return any(line.lstrip("-*+ ").startswith(("[ ]", "[x]", "[X]")) for line in lines)


def _looks_like_todotxt(path: Path, lines: Sequence[str]) -> bool:
    return (
        path.suffix.casefold() == ".todo"
        or path.name.casefold() == "todo.txt"
        or any(line.startswith(("x ", "(")) or " +" in line or " due:" in line for line in lines)
    )


FORMATS: tuple[ImportFormatSpec, ...] = (
    ImportFormatSpec(
        ImportFormat.TEXT,
        str(QT_TRANSLATE_NOOP("ImportDialog", "Plain text")),
        _parse_text,
        offered=(".txt",),
    ),
    ImportFormatSpec(
        ImportFormat.TODOTXT,
        "todo.txt",
        _parse_todotxt,
        offered=(".txt",),
        hint=_looks_like_todotxt,
        marks_finished=True,
    ),
    ImportFormatSpec(ImportFormat.CSV, "CSV", _parse_csv, extensions=(".csv",)),
    ImportFormatSpec(
        ImportFormat.ICS,
        "iCalendar (.ics)",
        _parse_ics,
        extensions=(".ics",),
        opening="BEGIN:VCALENDAR",
        marks_finished=True,
    ),
    ImportFormatSpec(
        ImportFormat.MARKDOWN,
        str(QT_TRANSLATE_NOOP("ImportDialog", "Markdown task list")),
        _parse_markdown,
        extensions=(".md", ".markdown"),
        hint=_looks_like_markdown,
        marks_finished=True,
    ),
)
SPECS = {spec.format: spec for spec in FORMATS}


def file_patterns() -> str:
    """The file names the import's file dialog offers: ``*.txt *.csv …``, each once."""
    suffixes = (s for spec in FORMATS for s in (*spec.offered, *spec.extensions))
    return " ".join(f"*{suffix}" for suffix in dict.fromkeys(suffixes))


# The order the rounds of detection ask in: a calendar saved as .csv is a calendar,
# and a Markdown task list wins over the looser hints of todo.txt.
_DETECTION_ORDER = (
    ImportFormat.ICS,
    ImportFormat.CSV,
    ImportFormat.MARKDOWN,
    ImportFormat.TODOTXT,
)
_SAMPLE_LINES = 200


def format_ids() -> list[str]:
    """The ``--format`` values, in the order of ``FORMATS``."""
    return [spec.format.value for spec in FORMATS]


def detect_format(path: Path, text: str) -> ImportFormat:
    """From the extension, then the content (its first 200 non-empty lines)."""
    suffix = path.suffix.casefold()
    stripped = text.lstrip()
    for fmt in _DETECTION_ORDER:
        spec = SPECS[fmt]
        if suffix in spec.extensions or (spec.opening and stripped.startswith(spec.opening)):
            return fmt
    lines = []
    for line in io.StringIO(text, newline=None):
        if line.strip():
            lines.append(line.strip())
            if len(lines) == _SAMPLE_LINES:
                break
    for fmt in _DETECTION_ORDER:
        hint = SPECS[fmt].hint
        if hint is not None and hint(path, lines):
            return fmt
    return ImportFormat.TEXT


def parse(
    text: str, fmt: ImportFormat, *, include_done: bool, assistants: Sequence[str]
) -> ImportResult:
    """*text* read as *fmt*; ImportFormatError names the line of a malformed one."""
    return SPECS[fmt].parse(text, include_done, assistants)
