"""settings.ini as the window writes it, read without Qt widgets by the window and the
command line alike; an unreadable file gives the defaults and is never written over."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QSettings

from delegator.app import given_data_dir
from delegator.domain.clock import Clock
from delegator.domain.model import Decision, Status
from delegator.runtime import settings
from delegator.runtime.settings import Settings
from delegator.services.task_service import NewTask
from delegator.services.workspace import Workspace
from delegator.text.formatting import default_paper

GARBLED = b"\xff\xfe\x00 not an ini file [[[\n"


def test_a_missing_file_gives_the_defaults(tmp_path: Path) -> None:
    loaded = settings.read(tmp_path / "settings.ini")
    assert loaded.settings == Settings()
    assert loaded.problem is None


def test_the_choices_written_by_qsettings_are_read_back(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    store = QSettings(str(path), QSettings.Format.IniFormat)
    store.setValue("window/geometry", b"\x01\xd9%\x00=[x]")
    store.setValue("intro/shown", True)
    chosen = Settings(language="de", theme="dark", paper="Letter", check_in_rhythm="monthly")
    for key, value in chosen.as_values().items():
        store.setValue(f"settings/{key}", value)
    store.sync()
    assert settings.read(path) == settings.Loaded(chosen, path)


def test_a_value_that_is_not_allowed_gives_its_default(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    path.write_text('[settings]\nlanguage=fr\ntheme="dark"\npaper=A5\ncheck_in_rhythm=\n')
    assert settings.read(path).settings == Settings(theme="dark")


@pytest.mark.parametrize(
    "content", [GARBLED, b"language=de\n", b"[settings]\nlanguage de\n"], ids=str
)
def test_a_garbled_file_gives_the_defaults_and_says_why(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "settings.ini"
    path.write_bytes(content)
    loaded = settings.read(path)
    assert loaded.settings == Settings()
    assert loaded.problem
    assert path.read_bytes() == content


def test_a_folder_in_place_of_the_file_gives_the_defaults(tmp_path: Path) -> None:
    (tmp_path / "settings.ini").mkdir()
    loaded = settings.read(tmp_path / "settings.ini")
    assert (loaded.settings, bool(loaded.problem)) == (Settings(), True)


def test_an_unreadable_file_is_set_aside_under_a_free_name(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    (tmp_path / "settings-unreadable.ini").write_bytes(b"older")
    path.write_bytes(GARBLED)
    kept = settings.set_aside(path)
    assert kept.name == "settings-unreadable-2.ini"
    assert kept.read_bytes() == GARBLED
    assert not path.exists()
    assert (tmp_path / "settings-unreadable.ini").read_bytes() == b"older"


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["list"], None),
        (["list", "--data-dir", "/a"], "/a"),
        (["--data-dir=/b", "list"], "/b"),
        (["list", "--data-dir"], None),
        (["list", "--data", "/c"], "/c"),
        (["--data=/d", "add", "x", "--data-d", "/e"], "/e"),
        (["add", "x", "--d", "/g"], None),  # --data-dir or --decision? refused: no folder
        (["--help", "--data-dir", "/h"], "/h"),  # the help follows /h's language
        (["list", "--bogus", "--data-dir=/i"], "/i"),  # and so does the refusal
    ],
)
def test_the_command_line_finds_the_data_folder_of_its_settings(
    argv: list[str], expected: str | None
) -> None:
    assert given_data_dir(argv) == expected


def test_the_chosen_paper_wins_over_the_locale() -> None:
    settings.use(Settings(paper="Letter"))
    assert default_paper() == "Letter"
    settings.use(Settings(paper="A4"))
    assert default_paper() == "A4"


def test_the_default_rhythm_sets_the_first_check_in(tmp_path: Path) -> None:
    clock = Clock.fixed(dt.datetime(2026, 12, 7, 10, 0), ZoneInfo("Europe/Berlin"))
    workspace = Workspace(tmp_path / "delegator.sqlite3", tmp_path / "backups", clock)
    try:
        ids, _ = workspace.tasks.add([NewTask("Invoices", decision=Decision.DELEGATE)])
        settings.use(Settings(check_in_rhythm="monthly"))
        workspace.followup.set_status({ids[0]: Status.HANDED_OVER})
        task = workspace.tasks.task(ids[0])
        assert task is not None
        assert task.next_check_in == dt.date(2027, 1, 7)
    finally:
        workspace.close()


def cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The command line as a user runs it, without the tests' forced language."""
    env = {k: v for k, v in os.environ.items() if k not in ("DELEGATOR_LANG", "DELEGATOR_DATA_DIR")}
    argv = [sys.executable, "-m", "delegator", *args, "--data-dir", str(data_dir)]
    return subprocess.run(argv, capture_output=True, text=True, env=env, timeout=60, check=False)


def test_an_abbreviated_data_dir_gives_a_brief_in_the_folders_language(tmp_path: Path) -> None:
    """German chosen in the folder's settings on an English system: the brief the
    command line writes is German, also when the folder is given as ``--data``."""
    (tmp_path / "settings.ini").write_text("[settings]\nlanguage=de\n")
    env = {k: v for k, v in os.environ.items() if k not in ("DELEGATOR_LANG", "DELEGATOR_DATA_DIR")}
    env.update(LANG="C.UTF-8", LC_ALL="C.UTF-8", LANGUAGE="en_US")  # an English system

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        argv = [sys.executable, "-m", "delegator", *args, "--data", str(tmp_path)]
        return subprocess.run(argv, capture_output=True, text=True, env=env, timeout=60)

    assert run("add", "Invoices", "--decision", "delegate").returncode == 0
    result = run("export", "--unassigned", "--format", "md", "-o", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    brief = (tmp_path / "out" / "brief.md").read_text(encoding="utf-8")
    assert brief.startswith("# Anforderungsprofil")
    assert "## Übersicht" in brief


def test_the_command_line_speaks_the_chosen_language(tmp_path: Path) -> None:
    tmp_path.mkdir(exist_ok=True)
    (tmp_path / "settings.ini").write_text("[settings]\nlanguage=de\n")
    result = cli(tmp_path, "add", "ok", "  ")
    assert "Titel" in result.stderr


def test_a_garbled_file_leaves_the_command_line_working_and_the_file_as_it_was(
    tmp_path: Path,
) -> None:
    (tmp_path / "settings.ini").write_bytes(GARBLED)
    result = cli(tmp_path, "add", "Invoices")
    assert result.returncode == 0, result.stderr
    assert "settings.ini" in result.stderr
    assert (tmp_path / "settings.ini").read_bytes() == GARBLED
