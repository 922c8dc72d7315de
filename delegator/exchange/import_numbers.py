"""Numbers in import files: a whole number is written in ASCII digits only (``int()``
also reads "1_000", "٣" and "５"), and a time per occurrence must be one a to-do may
hold (``model.MAX_MINUTES_PER_OCCURRENCE``), else the file is refused at its line."""

from __future__ import annotations

import re

from delegator.domain.imported import ImportFormatError, ImportProblem
from delegator.domain.model import MAX_MINUTES_PER_OCCURRENCE

_WHOLE = re.compile(r"[+-]?[0-9]+")


def whole_number(text: str) -> int | None:
    """The whole number *text* writes in ASCII digits (an optional sign), else None."""
    cleaned = text.strip()
    if not _WHOLE.fullmatch(cleaned):
        return None
    try:
        return int(cleaned)
    except ValueError:  # more digits than Python converts (4,300)
        return None


def checked_minutes(minutes: int, line: int, field: str, value: str) -> int:
    """*minutes*, or ImportFormatError (``MINUTES_RANGE``) naming *line*, *field* and
    the *value* written there when they are negative or more than a week."""
    if not 0 <= minutes <= MAX_MINUTES_PER_OCCURRENCE:
        raise minutes_out_of_range(line, field, value)
    return minutes


def minutes_out_of_range(line: int, field: str, value: str) -> ImportFormatError:
    """The refusal of a time per occurrence that is negative or more than a week."""
    return ImportFormatError(
        line,
        ImportProblem.MINUTES_RANGE,
        field=field,
        value=value,
        limit=MAX_MINUTES_PER_OCCURRENCE,
    )
