"""Reading a file to import (``exchange/import_file.py``): only a regular file, never
more than the limit, not even when the file grows while it is read; and a bad date in
an iCalendar file named by its line, field and value, not as "line 0"."""

from __future__ import annotations

from pathlib import Path

import pytest

from delegator.domain.imported import ImportFormatError, ImportProblem
from delegator.exchange import import_file
from delegator.exchange.import_file import read_file
from delegator.exchange.import_ics import parse_ics
from delegator.text.import_errors import import_reason


def test_a_file_within_the_limit_is_read_whole_with_progress(tmp_path: Path) -> None:
    path = tmp_path / "todo.txt"
    path.write_bytes(b"x" * 2500)
    seen: list[tuple[int, int]] = []

    assert read_file(path, lambda done, total: seen.append((done, total)), chunk=1000) == (
        b"x" * 2500
    )
    assert seen == [(0, 2500), (1000, 2500), (2000, 2500), (2500, 2500)]


def test_a_file_that_grows_while_it_is_read_stops_at_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(import_file, "MAX_IMPORT_BYTES", 3000)
    path = tmp_path / "todo.txt"
    path.write_bytes(b"x" * 1000)  # within the limit when it is looked at
    read: list[int] = []

    def grow(done: int, total: int) -> None:
        read.append(done)
        with path.open("ab") as file:
            file.write(b"y" * 1000)

    with pytest.raises(ImportFormatError) as caught:
        read_file(path, grow, chunk=1000)

    assert (caught.value.problem, caught.value.line) == (ImportProblem.TOO_LARGE, 0)
    assert caught.value.values == {"limit": 3000}
    assert read == [0, 1000, 2000, 3000]  # never a byte past the limit and one more


def test_a_file_larger_than_the_limit_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(import_file, "MAX_IMPORT_BYTES", 10)
    path = tmp_path / "todo.txt"
    path.write_bytes(b"x" * 11)
    calls: list[int] = []

    with pytest.raises(ImportFormatError) as caught:
        read_file(path, lambda done, total: calls.append(done))

    assert caught.value.problem is ImportProblem.TOO_LARGE
    assert calls == []


def todo(*lines: str) -> str:
    body = "\r\n".join(lines)
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\nBEGIN:VTODO\r\n"
        f"SUMMARY:Book the venue\r\n{body}\r\nEND:VTODO\r\nEND:VCALENDAR\r\n"
    )


@pytest.mark.parametrize(
    ("text", "line", "field", "value"),
    [
        (todo("DUE;VALUE=DATE:20261345"), 6, "DUE", "20261345"),
        (todo("UID:1", "DTSTART:2026-13-45"), 7, "DTSTART", "2026-13-45"),
        (todo("DUE;VALUE=DATE:202613", " 45"), 6, "DUE", "20261345"),  # folded: where it starts
        (todo("DTSTART:20261201T100000", "DURATION:PT1Zq"), 7, "DURATION", "PT1Zq"),
    ],
)
def test_a_bad_date_is_named_by_its_line_field_and_value(
    text: str, line: int, field: str, value: str
) -> None:
    with pytest.raises(ImportFormatError) as caught:
        parse_ics(text)

    assert (caught.value.problem, caught.value.line) == (ImportProblem.BAD_ICS_VALUE, line)
    assert import_reason(caught.value) == (
        f"{field} '{value}' is not a valid date, time or duration"
    )
