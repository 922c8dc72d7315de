"""The window's start on something other than a plan where the plan should be: one
message naming it, no hang, nothing changed."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from delegator.gui import launcher
from delegator.runtime.paths import DATA_FILE_NAME


def _pipe(folder: Path) -> str:
    os.mkfifo(folder / DATA_FILE_NAME)
    return "is a named pipe, not a data file"


def _dangling_link(folder: Path) -> str:
    (folder / DATA_FILE_NAME).symlink_to(folder.parent / "gone" / DATA_FILE_NAME)
    return f"is a link to {folder.parent / 'gone' / DATA_FILE_NAME}, which does not exist"


def _a_folder(folder: Path) -> str:
    (folder / DATA_FILE_NAME).mkdir()
    return "is a folder, not a data file"


CASES: dict[str, Callable[[Path], str]] = {
    "pipe": _pipe,
    "dangling-link": _dangling_link,
    "folder": _a_folder,
}


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes and links as on POSIX")
@pytest.mark.parametrize("case", list(CASES))
def test_the_window_names_what_is_in_the_plans_place_and_changes_nothing(
    tmp_path: Path, qtbot: QtBot, shown: list[str], case: str
) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    expected = CASES[case](folder)
    names = sorted(p.name for p in folder.iterdir())

    assert launcher.launch(str(folder)) == 1

    assert len(shown) == 1
    assert str(folder / DATA_FILE_NAME) in shown[0]
    assert expected in shown[0]
    assert sorted(p.name for p in folder.iterdir() if p.name != "delegator.lock") == names


def test_the_window_says_the_data_folder_is_a_file(
    tmp_path: Path, qtbot: QtBot, shown: list[str]
) -> None:
    folder = tmp_path / "data"
    folder.write_text("not a folder\n", encoding="utf-8")

    assert launcher.launch(str(folder)) == 1

    assert len(shown) == 1
    assert f"{folder} is a file, not a folder" in shown[0]
    assert folder.read_text(encoding="utf-8") == "not a folder\n"


def test_the_window_says_the_data_folder_is_a_link_to_nothing(
    tmp_path: Path, qtbot: QtBot, shown: list[str]
) -> None:
    folder = tmp_path / "data"
    folder.symlink_to(tmp_path / "gone")

    assert launcher.launch(str(folder)) == 1

    assert len(shown) == 1
    assert f"{folder} is a link to {tmp_path / 'gone'}, which does not exist" in shown[0]
    assert not (tmp_path / "gone").exists()
