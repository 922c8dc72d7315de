from __future__ import annotations

from pathlib import Path

import pytest

from delegator import cli
from delegator.app import WindowStart, window_start


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], WindowStart()),
        (["--data-dir", "/tmp/x"], WindowStart("/tmp/x")),
        (["--data-dir=/tmp/x"], WindowStart("/tmp/x")),
        (["list"], None),
        (["--data-dir", "/tmp/x", "list"], None),
        (["--data-dir"], None),
        (["--data-dir="], None),
        (["--help"], None),
        (["--version"], None),
        (["--data-dir", "/a", "--data-dir", "/b"], None),
    ],
)
def test_only_a_data_folder_and_files_open_the_window(
    argv: list[str], expected: WindowStart | None
) -> None:
    assert window_start(argv) == expected


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["tasks.csv"], WindowStart(None, ("tasks.csv",))),
        (["/home/a/Event.ICS"], WindowStart(None, ("/home/a/Event.ICS",))),
        (["todo.txt"], WindowStart(None, ("todo.txt",))),
        (["errands.todo.txt", "notes.md"], WindowStart(None, ("errands.todo.txt", "notes.md"))),
        (["--data-dir", "/d", "tasks.csv"], WindowStart("/d", ("tasks.csv",))),
        (["tasks.csv", "--data-dir=/d"], WindowStart("/d", ("tasks.csv",))),
    ],
)
def test_files_to_import_open_the_window_with_the_import(
    argv: list[str], expected: WindowStart
) -> None:
    assert window_start(argv) == expected


@pytest.mark.parametrize(
    "argv",
    [
        ["import", "tasks.csv"],
        ["tasks.csv", "list"],
        ["export", "--format", "csv"],
        ["picture.png"],
        ["--data-dir", "/d", "plan.sqlite3"],
        [".csv"],
        ["-x.csv"],
    ],
)
def test_commands_and_other_files_stay_with_the_command_line(argv: list[str]) -> None:
    assert window_start(argv) is None


def test_no_command_of_the_command_line_is_taken_for_a_file() -> None:
    """Every subcommand, alone and after a data folder, still reaches the command line."""
    parser = cli.build_parser()
    commands = [
        name
        for action in parser._subparsers._group_actions  # type: ignore[union-attr]
        for name in getattr(action, "choices", {}) or {}
    ]
    assert "list" in commands
    for command in commands:
        assert window_start([command]) is None
        assert window_start(["--data-dir", "/d", command]) is None


def test_a_missing_file_opens_the_window_too_which_names_it(tmp_path: Path) -> None:
    """Whether the file exists is told by the import dialog, never by a usage error."""
    missing = str(tmp_path / "gone.csv")
    assert window_start([missing]) == WindowStart(None, (missing,))
