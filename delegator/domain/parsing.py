"""Forgiving parsers for what people type into the editor's fields.

Each returns None for an empty field and raises ParseError (with a reason the GUI
turns into an inline message) for text it cannot read.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum


class ParseProblem(StrEnum):
    NOT_A_DURATION = "not_a_duration"
    NEGATIVE = "negative"
    TOO_LONG = "too_long"
    NOT_A_DATE = "not_a_date"


class ParseError(ValueError):
    def __init__(self, problem: ParseProblem) -> None:
        super().__init__(problem.value)
        self.problem = problem


MAX_MINUTES = 7 * 24 * 60

_CLOCK = re.compile(r"^(\d{1,3}):([0-5]\d)$")
_UNITS = re.compile(r"^(\d+(?:[.,]\d+)?)\s*(h|std|stunden?|hours?|m|min|minuten?|minutes?)?$")


def parse_minutes(text: str) -> int | None:
    """Minutes from "90", "1:30", "1,5 h", "1.5h", "45 min" or "2 Std"."""
    cleaned = text.strip().casefold()
    if not cleaned:
        return None
    if cleaned.startswith("-"):
        raise ParseError(ParseProblem.NEGATIVE)
    clock = _CLOCK.match(cleaned)
    if clock:
        minutes = int(clock.group(1)) * 60 + int(clock.group(2))
    else:
        match = _UNITS.match(cleaned)
        if not match:
            raise ParseError(ParseProblem.NOT_A_DURATION)
        amount = float(match.group(1).replace(",", "."))
        unit = match.group(2) or "m"
        hours = unit.startswith(("h", "s"))
        minutes = round(amount * 60) if hours else round(amount)
    if minutes > MAX_MINUTES:
        raise ParseError(ParseProblem.TOO_LONG)
    return minutes


_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})?$")
_SLASHED = re.compile(r"^(\d{1,2})/(\d{1,2})(?:/(\d{2}|\d{4}))?$")
_RELATIVE = re.compile(r"^\+(\d{1,4})\s*(d|t|w)?$")


def parse_date(text: str, today: dt.date, *, day_first: bool = False) -> dt.date | None:
    """A date from "2026-12-12", "12.12.2026", "12.12." (this or next year),
    "12/31/2026" (month first, as in the US; day first with *day_first*, as in the UK
    or France), "+3" / "+3d" / "+2w"."""
    cleaned = text.strip().casefold()
    if not cleaned:
        return None
    try:
        if match := _ISO.match(cleaned):
            return dt.date(int(match[1]), int(match[2]), int(match[3]))
        if match := _DOTTED.match(cleaned):
            return _with_year(today, int(match[2]), int(match[1]), match[3])
        if match := _SLASHED.match(cleaned):
            first, second = int(match[1]), int(match[2])
            month, day = (second, first) if day_first else (first, second)
            return _with_year(today, month, day, match[3])
        if match := _RELATIVE.match(cleaned):
            days = int(match[1]) * (7 if match[2] == "w" else 1)
            return today + dt.timedelta(days=days)
    except (ValueError, OverflowError) as error:
        raise ParseError(ParseProblem.NOT_A_DATE) from error
    raise ParseError(ParseProblem.NOT_A_DATE)


def _with_year(today: dt.date, month: int, day: int, year: str | None) -> dt.date:
    if year is None:
        candidate = dt.date(today.year, month, day)
        return candidate if candidate >= today else dt.date(today.year + 1, month, day)
    full = int(year) + (2000 if len(year) == 2 else 0)
    return dt.date(full, month, day)
