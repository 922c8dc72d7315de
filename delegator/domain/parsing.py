"""Forgiving parsers for what people type into the editor's fields.

Each returns None for an empty field and raises ParseError (with a reason the GUI
turns into an inline message) for text it cannot read.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from enum import StrEnum

from delegator.domain.model import MAX_MINUTES_PER_OCCURRENCE


class ParseProblem(StrEnum):
    NOT_A_DURATION = "not_a_duration"
    NEGATIVE = "negative"
    TOO_LONG = "too_long"
    NOT_A_DATE = "not_a_date"
    NOT_A_NUMBER = "not_a_number"


class ParseError(ValueError):
    def __init__(self, problem: ParseProblem) -> None:
        super().__init__(problem.value)
        self.problem = problem


MAX_MINUTES = MAX_MINUTES_PER_OCCURRENCE

_CLOCK = re.compile(r"^(\d{1,3}):([0-5]\d)$")
# A unit may end in the dot of its German abbreviation ("45 Min.", "2 Std."), the way
# the app itself writes a duration in German.
_UNITS = re.compile(r"^(\d[\d.,]*)\s*(?:(h|std|stunden?|hours?|m|min|minuten?|minutes?)\.?)?$")


def parse_minutes(text: str, *, decimal_point: str | None = None) -> int | None:
    """Minutes from "90", "1:30", "1,5 h", "1.5h", "45 min", "45 Min." or "2 Std".

    Without *decimal_point* (files) a dot and a comma both mark decimals. Given the
    locale's decimal point (what people type), the amount is read as ``parse_decimal``
    reads it: "1.000 min" is a thousand minutes in German, "1,000 min" in English.
    """
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
        amount = _amount(match.group(1), decimal_point)
        unit = match.group(2) or "m"
        hours = unit.startswith(("h", "s"))
        minutes = round(amount * 60) if hours else round(amount)
    if minutes > MAX_MINUTES:
        raise ParseError(ParseProblem.TOO_LONG)
    return minutes


def _amount(text: str, decimal_point: str | None) -> Decimal:
    if decimal_point is None:
        if not re.fullmatch(r"\d+(?:[.,]\d+)?", text):
            raise ParseError(ParseProblem.NOT_A_DURATION)
        return Decimal(text.replace(",", "."))
    try:
        return _read_decimal(text, decimal_point)
    except ParseError as error:
        raise ParseError(ParseProblem.NOT_A_DURATION) from error


# Marks that group thousands besides the dot and the comma, each mapped to one kind:
# spaces of any width (French, Swedish) and apostrophes (Swiss).
_GROUP_MARKS = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2019": "'"})
_DIGITS = re.compile(r"\d+")


def parse_decimal(text: str, decimal_point: str = ".") -> Decimal | None:
    """A number as people write it where *decimal_point* ("," in German) marks decimals.

    The locale's own way is read first: "1.200,50", "1200,50" and "120,50" in German,
    "1,200.50" and "120.50" in English. The other way is read where it cannot mean
    anything else:

    - a dot or comma that cannot group thousands is the decimal point: "120.50" and
      "1.5" are 120.5 and 1.5 in German too ("120,50" in English);
    - with both marks the last one is the decimal point: "1,200.50" in German;
    - a mark repeated between groups of three groups them: "1,200,000" in German.

    A dot or comma before exactly three digits is ambiguous and means what it means in
    the locale: "1.500" is 1500 in German and 1.5 in English ("1,500" the other way
    round). Spaces and apostrophes group thousands too ("1 200,50", "1'200.50"); a
    leading minus makes the number negative.
    """
    cleaned = text.strip()
    if not cleaned:
        return None
    negative = cleaned[0] in "-\u2212"
    if negative or cleaned[0] == "+":
        cleaned = cleaned[1:].lstrip()
    value = _read_decimal(cleaned, decimal_point)
    return -value if negative else value


def _read_decimal(text: str, decimal_point: str) -> Decimal:
    cleaned = text.translate(_GROUP_MARKS)
    if not re.fullmatch(r"[\d.,' ]*\d[\d.,' ]*", cleaned):
        raise ParseError(ParseProblem.NOT_A_NUMBER)
    point = _decimal_mark(cleaned, decimal_point)
    whole, fraction = cleaned.rsplit(point, 1) if point else (cleaned, "")
    grouped = not whole or (_is_grouped(whole) and not (point and point in whole))
    if not grouped or not _DIGITS.fullmatch(fraction or "0"):
        raise ParseError(ParseProblem.NOT_A_NUMBER)
    digits = "".join(_DIGITS.findall(whole)) or "0"
    return Decimal(f"{digits}.{fraction or 0}")


def _decimal_mark(text: str, decimal_point: str) -> str:
    """The mark before the decimals of *text*: ".", "," or "" when it has none."""
    marks = [char for char in text if char in ".,"]
    if not marks:
        return ""
    if len(set(marks)) == 2:
        return marks[-1]
    mark = marks[0]
    if mark == decimal_point and len(marks) == 1:
        return mark
    return "" if _is_grouped(text) else mark


def _is_grouped(whole: str) -> bool:
    """Whether *whole* is digits, or digits in groups of three with one kind of mark
    between them ("1.200.000", not "1.20" or "0.500")."""
    if _DIGITS.fullmatch(whole):
        return True
    marks = set(_DIGITS.sub("", whole))
    if len(marks) != 1:
        return False
    first, *rest = whole.split(marks.pop())
    return re.fullmatch(r"[1-9]\d{0,2}", first) is not None and all(
        re.fullmatch(r"\d{3}", group) for group in rest
    )


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
