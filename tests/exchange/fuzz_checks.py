"""What every fuzzed line-based parser must hold to (issue 6): any text either imports
or raises the import error with a line of the text, never another exception."""

from __future__ import annotations

from collections.abc import Callable

from delegator.domain.imported import ImportedTask, ImportFormatError, ImportResult
from delegator.exchange.import_text import split_lines


def tasks_or_a_line(
    parse: Callable[..., ImportResult], text: str, *, include_done: bool
) -> list[ImportedTask]:
    """The to-dos *parse* finds in *text*, checked: titled, on a line of the text,
    finished ones only when asked for. A malformed text gives [] after checking that
    its error names a line of the text."""
    line_count = len(split_lines(text))
    try:
        result = parse(text, include_done=include_done)
    except ImportFormatError as error:
        assert 0 <= error.line <= line_count
        assert 0 <= error.line <= max(1, len(text.splitlines()))
        return []
    for task in result.tasks:
        assert task.title
        assert 1 <= task.line <= line_count
        assert include_done or not task.done
    return list(result.tasks)
