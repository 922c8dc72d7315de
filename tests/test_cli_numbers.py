"""Numbers on the command line and in what it stores (issue 14 review): a time per
occurrence beyond a week or below zero is refused on import at its line, with nothing
stored; one an older version stored is left out of the calendar file, never a
traceback; an id is written in ASCII digits only."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from pathlib import Path

import pytest

from delegator import cli
from delegator.domain.errors import InvalidProblem, InvalidValue
from delegator.domain.model import Task
from delegator.runtime.paths import DATA_FILE_NAME
from delegator.services.task_service import NewTask
from delegator.services.workspace import Workspace
from delegator.text.messages import explain
from tests.cli_helpers import run, titles
from tests.cli_plurals import cli_in_english  # noqa: F401 (a fixture)

pytestmark = pytest.mark.usefixtures("cli_in_english")

TODOIST_HEADER = (
    "TYPE,CONTENT,DESCRIPTION,PRIORITY,INDENT,AUTHOR,RESPONSIBLE,DATE,DATE_LANG,TIMEZONE,"
    "DURATION,DURATION_UNIT\n"
)


@pytest.mark.parametrize(("duration", "unit"), [("99999999999999999999", "day"), ("-30", "minute")])
def test_an_absurd_or_negative_duration_is_refused_naming_file_line_and_field(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, duration: str, unit: str
) -> None:
    source = tmp_path / "dur.csv"
    source.write_text(
        TODOIST_HEADER + f"task,ok,,1,1,,,,en,,30,minute\ntask,x,,1,1,,,,en,,{duration},{unit}\n",
        encoding="utf-8",
    )

    code, out, err = run(capsys, tmp_path / "data", "import", str(source))

    assert (code, out) == (cli.EXIT_ERROR, "")
    assert err == (
        f"delegator: {source}, line 3: DURATION '{duration} {unit}' is not a time per "
        "occurrence from 0 to 10,080 minutes (a week). Nothing was imported.\n"
    )
    assert titles(capsys, tmp_path / "data") == []


def test_a_time_stored_beyond_a_week_by_an_older_version_still_exports(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    run(capsys, data, "add", "--decision", "delegate", "Rechnungen schreiben")
    with contextlib.closing(sqlite3.connect(data / DATA_FILE_NAME)) as connection, connection:
        connection.execute("UPDATE tasks SET minutes_per_occurrence = ?", (2**63 - 1,))

    code, out, err = run(
        capsys,
        data,
        "export",
        "--unassigned",
        "--format",
        "md,ics,csv,zip",
        "-o",
        str(tmp_path / "out"),
    )

    assert code == cli.EXIT_OK, err
    calendar = (tmp_path / "out" / "tasks.ics").read_text(encoding="utf-8")
    assert "SUMMARY:Rechnungen schreiben" in calendar
    assert "DURATION" not in calendar
    code, out, err = run(capsys, data, "list", "--json")
    assert json.loads(out)[0]["minutes_per_occurrence"] == 2**63 - 1


@pytest.mark.parametrize(
    ("minutes", "lead_time", "problem", "words"),
    [
        (
            10081,
            None,
            InvalidProblem.MINUTES_TOO_LARGE,
            "The time per occurrence can be at most a week (10,080 minutes).",
        ),
        (None, 366, InvalidProblem.LEAD_TIME_TOO_LARGE, "The lead time can be at most 365 days."),
    ],
)
def test_the_services_refuse_more_than_a_to_do_may_hold(
    tmp_path: Path, minutes: int | None, lead_time: int | None, problem: InvalidProblem, words: str
) -> None:
    workspace = Workspace(tmp_path / DATA_FILE_NAME, tmp_path / "backups")
    try:
        details = Task(0, "Rechnungen", minutes_per_occurrence=minutes, lead_time_days=lead_time)
        with pytest.raises(InvalidValue) as caught:
            workspace.tasks.add([NewTask("Rechnungen", details=details)])
        assert caught.value.problem is problem
        assert explain(caught.value) == words
        assert workspace.tasks.summaries() == []
    finally:
        workspace.close()


@pytest.mark.parametrize("command", ["decide", "status"])
@pytest.mark.parametrize("task_id", ["1_0", "٣", "５", "+1", " 1", "1.0"])
def test_an_id_is_written_in_ascii_digits_only(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, command: str, task_id: str
) -> None:
    run(capsys, tmp_path, "add", *[f"To-do {n}" for n in range(1, 11)])
    value = {"decide": "keep", "status": "done"}[command]

    code, out, err = run(capsys, tmp_path, command, task_id, value)

    assert (code, out) == (cli.EXIT_USAGE, "")
    assert err == (
        f"delegator {command}: argument ID: {task_id!r} is not a to-do id "
        "(a whole number from 1 to 9223372036854775807)\n"
    )
    code, out, _err = run(capsys, tmp_path, "list", "--json")
    assert {(task["decision"], task["status"]) for task in json.loads(out)} == {
        ("undecided", "open")
    }
