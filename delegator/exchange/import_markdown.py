"""Markdown task lists (GitHub Flavored Markdown, Obsidian), issue 6.

- A task item is a list item (``-``, ``*``, ``+``, ``1.``, ``1)``) whose text starts
  with ``[ ]`` (open) or ``[x]``/``[X]`` (done) and a space. Finished to-dos are skipped
  (and counted as ``("done", n)``) unless *include_done*; with it they come back with
  ``done``. Other boxes (Obsidian's ``[-]``, ``[/]``) and plain list items are ignored.
- A task item indented under a task item is a step of it (deeper levels too, in order:
  steps are a flat list). A finished step is left out unless *include_done*; the steps
  of a skipped to-do go with it. A heading, a plain list item or a paragraph at the
  parent's indentation or left of it ends the parent.
- Obsidian Tasks' due date ``📅 2026-12-01`` is the due date and leaves the title; a
  📅 followed by a digit that is not an ISO date is an ImportFormatError naming the line.
  In a step the date stays in the text (a step has no due date) but is checked the same.
- The nearest heading above (``#`` to ``######``) is the area.
- Lines inside fenced code blocks (``` or ~~~) are not read.

Indentation counts a tab as four spaces. A byte order mark at the start is dropped;
lines end with LF, CRLF or CR; line numbers are 1-based.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from delegator.domain.imported import ImportedTask, ImportFormatError, ImportProblem, ImportResult
from delegator.exchange.import_text import split_lines

_HEADING = re.compile(r"^ {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_ITEM = re.compile(r"^([ \t]*)(?:[-*+]|[0-9]{1,9}[.)])(?:[ \t]+(.*))?$")
_CHECKBOX = re.compile(r"^\[([ xX])\](?:[ \t]+(.*))?$")
_DUE = re.compile(r"📅\ufe0f?[ \t]*([0-9]\S*)")
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_TRAILING = ".,;:!?)"


@dataclass(slots=True)
class _Draft:
    title: str
    line: int
    area: str
    due: dt.date | None
    done: bool
    indent: int
    kept: bool
    steps: list[str] = field(default_factory=list)


def parse_markdown(text: str, *, include_done: bool = False) -> ImportResult:
    """The task items of a Markdown file; finished ones only with *include_done*."""
    drafts: list[_Draft] = []
    done_skipped = 0
    area = ""
    fence: str | None = None
    parent: _Draft | None = None
    for number, raw in enumerate(split_lines(text), start=1):
        if fence is not None:
            if raw.strip().startswith(fence) and not raw.strip().strip(fence[0]):
                fence = None
            continue
        if opening := _FENCE.match(raw):
            fence = opening[1]
            continue
        if not raw.strip():
            continue
        if heading := _HEADING.match(raw):
            area = " ".join((heading[1] or "").split())
            parent = None
            continue
        indent_text = raw[: len(raw) - len(raw.lstrip(" \t"))]
        indent = len(indent_text.expandtabs(4))
        nested = parent is not None and indent > parent.indent
        item = _ITEM.match(raw)
        box = _CHECKBOX.match(item[2] or "") if item else None
        if parent is not None and nested:
            if box is not None:
                step = _step(box[2] or "", number)
                done = box[1] != " "
                if step and parent.kept and (include_done or not done):
                    parent.steps.append(step)
            continue
        parent = None
        if box is None:
            continue
        content = box[2] or ""
        title, due = _title_and_due(content, number)
        if not title:
            continue
        done = box[1] != " "
        kept = include_done or not done
        parent = _Draft(title, number, area, due, done, indent, kept)
        if kept:
            drafts.append(parent)
        else:
            done_skipped += 1
    tasks = tuple(
        ImportedTask(
            title=draft.title,
            line=draft.line,
            area=draft.area,
            steps=tuple(draft.steps),
            due=draft.due,
            done=draft.done,
        )
        for draft in drafts
    )
    skipped = (("done", done_skipped),) if done_skipped else ()
    return ImportResult(tasks=tasks, skipped=skipped)


def _title_and_due(content: str, number: int) -> tuple[str, dt.date | None]:
    dates: list[dt.date] = []

    def take(match: re.Match[str]) -> str:
        token = match[1]
        core = token.rstrip(_TRAILING)
        dates.append(_date(core, number))
        return token[len(core) :]

    title = " ".join(_DUE.sub(take, content).split())
    if not title:
        title = " ".join(content.split())
    return title, (dates[0] if dates else None)


def _step(content: str, number: int) -> str:
    for match in _DUE.finditer(content):
        _date(match[1].rstrip(_TRAILING), number)
    return " ".join(content.split())


def _date(token: str, number: int) -> dt.date:
    if _ISO_DATE.fullmatch(token):
        try:
            return dt.date.fromisoformat(token)
        except ValueError:
            pass
    raise ImportFormatError(number, ImportProblem.BAD_DUE_DATE, value=token)
