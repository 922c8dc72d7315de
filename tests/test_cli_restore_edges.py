"""Restoring when things are not as they should be: a log another plan left, a plan
damaged in a way a copy hides, a pipe, an open window, a backup with other pages, an
attachment path that leads out of its folder, a copy aimed at the plan itself."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile

from delegator import cli
from tests.cli_helpers import run, titles
from tests.storage.helpers import integrity, sha256


def _changed_copy(backup: Path, copy: Path, *statements: str) -> Path:
    """A copy of *backup* at *copy*, with *statements* run on it."""
    shutil.copy(backup, copy)
    connection = sqlite3.connect(copy)
    for statement in statements:
        connection.execute(statement)
    connection.commit()
    connection.close()
    return copy


@pytest.fixture
def backup(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A backup holding two to-dos, made by ``delegator backup``."""
    source = tmp_path / "source"
    run(capsys, source, "add", "Rechnungen schreiben", "Pitch")
    code, out, err = run(capsys, source, "backup")
    assert code == cli.EXIT_OK, err
    return Path(out.strip())


def test_a_restore_into_an_empty_folder_never_adopts_a_log_left_behind(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], backup: Path
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    # Another plan's log, with to-dos that were never checkpointed into any file here.
    other = tmp_path / "other"
    run(capsys, other, "add", *(f"Old {n}" for n in range(50)))
    connection = sqlite3.connect(other / "delegator.sqlite3")
    connection.execute("PRAGMA wal_autocheckpoint = 0")
    connection.execute("UPDATE tasks SET title = title || '!'")
    connection.commit()
    shutil.copy(other / "delegator.sqlite3-wal", data / "delegator.sqlite3-wal")
    connection.close()
    left = sha256(data / "delegator.sqlite3-wal")
    code, _, err = run(capsys, data, "restore", str(backup), "--yes")
    assert code == cli.EXIT_OK, err
    assert titles(capsys, data) == ["Rechnungen schreiben", "Pitch"]
    (kept,) = (data / "backups").glob("orphaned-*-delegator.sqlite3-wal")
    assert sha256(kept) == left


def test_a_plan_cut_short_is_kept_byte_for_byte_when_a_backup_replaces_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], backup: Path
) -> None:
    """SQLite copies what it can of a file cut short, and the copy reads as sound: the
    damaged plan must be kept as it is, not replaced by such a copy."""
    data = tmp_path / "data"
    run(capsys, data, "add", *(f"To-do {n}" for n in range(300)))
    plan = data / "delegator.sqlite3"
    plan.write_bytes(plan.read_bytes()[:-100])
    damaged = sha256(plan)
    code, out, err = run(capsys, data, "restore", str(backup), "--yes")
    assert code == cli.EXIT_OK, err
    (kept,) = data.glob("delegator-damaged-*.sqlite3")
    assert sha256(kept) == damaged
    assert str(kept) in out
    assert titles(capsys, data) == ["Rechnungen schreiben", "Pitch"]
    assert not list((data / "backups").glob("delegator-before-restore-*"))


def test_a_restore_onto_a_pipe_is_refused_at_once(tmp_path: Path, backup: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    os.mkfifo(data / "delegator.sqlite3")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "delegator",
            "--data-dir",
            str(data),
            "restore",
            str(backup),
            "--yes",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert done.returncode == cli.EXIT_ERROR
    assert "pipe" in done.stderr


def test_a_restore_waits_for_no_window_it_refuses_while_one_is_open(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], backup: Path
) -> None:
    data = tmp_path / "data"
    run(capsys, data, "add", "Open in the window")
    before = sha256(data / "delegator.sqlite3")
    window = QLockFile(str(data / "delegator.lock"))
    assert window.tryLock(0)
    try:
        code, _, err = run(capsys, data, "restore", str(backup), "--yes")
    finally:
        window.unlock()
    assert code == cli.EXIT_ERROR
    assert "window has the plan" in err
    assert err.count("\n") == 1
    assert sha256(data / "delegator.sqlite3") == before


def test_a_backup_with_other_pages_restores_onto_a_plan_in_wal_mode(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], backup: Path
) -> None:
    bigger = _changed_copy(backup, tmp_path / "bigger.sqlite3", "PRAGMA page_size = 8192", "VACUUM")
    data = tmp_path / "data"
    run(capsys, data, "add", "Here before")
    code, _, err = run(capsys, data, "restore", str(bigger), "--yes")
    assert code == cli.EXIT_OK, err
    assert titles(capsys, data) == ["Rechnungen schreiben", "Pitch"]
    assert integrity(data / "delegator.sqlite3") == ("ok", [])
    run(capsys, data, "add", "After")
    assert titles(capsys, data)[-1] == "After"


def test_an_attachment_path_that_leads_out_of_its_folder_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], backup: Path
) -> None:
    hostile = _changed_copy(
        backup,
        tmp_path / "hostile.sqlite3",
        "INSERT INTO task_resources (task_id, position, kind, label, target) "
        "VALUES (1, 0, 'file', 'x', '../../escaped/payload.txt')",
    )
    data = tmp_path / "victim" / "data"
    run(capsys, data, "add", "Mine")
    code, _, err = run(capsys, data, "restore", str(hostile), "--yes")
    assert code == cli.EXIT_ERROR
    assert "leads out of its folder" in err
    assert titles(capsys, data) == ["Mine"]
    assert not (tmp_path / "victim" / "escaped").exists()


def test_a_copy_is_never_written_over_the_plan_itself(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    run(capsys, data, "add", "Keep me")
    plan = data / "delegator.sqlite3"
    before = sha256(plan)
    code, _, err = run(capsys, data, "archive", "-o", str(plan), "--force")
    assert code == cli.EXIT_ERROR
    assert "is the plan itself" in err
    code, _, err = run(capsys, data, "backup", "-o", str(plan))
    assert code == cli.EXIT_ERROR
    assert "--force" not in err
    assert sha256(plan) == before
