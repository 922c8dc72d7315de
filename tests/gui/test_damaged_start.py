"""A damaged plan at start: said in one sentence, left byte for byte, the newest good
backup offered; opening it shows its to-dos, declining changes nothing."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from delegator.domain.backups import BackupKind
from delegator.gui import launcher
from delegator.gui.main_window import MainWindow
from delegator.services.task_service import NewTask
from delegator.services.workspace import Workspace
from tests.storage.helpers import corrupt_a_task_page, sha256

from .conftest import CLOCK

BACKED_UP = 1500


def _damaged_plan(data: Path, *, backed_up: bool = True) -> str:
    """A plan of BACKED_UP to-dos (backed up by hand) and one more, then damaged;
    returns the damaged file's digest."""
    (data / "settings.ini").parent.mkdir(parents=True, exist_ok=True)
    (data / "settings.ini").write_text("[intro]\nshown=true\n")
    workspace = Workspace(data / "delegator.sqlite3", data / "backups", CLOCK)
    try:
        workspace.tasks.add([NewTask(f"To-do {n}", notes="n" * 300) for n in range(BACKED_UP)])
        if backed_up:
            workspace.backups.back_up(BackupKind.MANUAL)
        workspace.tasks.add([NewTask("Added after the backup")])
    finally:
        workspace.close()
    corrupt_a_task_page(data / "delegator.sqlite3")
    return sha256(data / "delegator.sqlite3")


@contextmanager
def answering(role: QMessageBox.ButtonRole, asked: list[str]) -> Iterator[None]:
    """Click the button of *role* in the question as soon as it is on screen, and keep
    what it said."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            asked.append(f"{box.text()} {box.informativeText()}")
            (button,) = [b for b in box.buttons() if box.buttonRole(b) is role]
            button.click()

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(click)
    timer.start()
    try:
        yield
    finally:
        timer.stop()


def test_opening_the_offered_backup_shows_its_to_dos_and_keeps_the_damaged_file(
    tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    damaged = _damaged_plan(tmp_path)
    shown: list[int] = []

    def look_and_quit(_app: QApplication) -> int:
        widgets = QApplication.topLevelWidgets()
        (window,) = [w for w in widgets if isinstance(w, MainWindow) and w.isVisible()]
        window.model.complete()
        shown.append(window.model.rowCount())
        window.auto_backup.stop()
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", look_and_quit)
    asked: list[str] = []
    with answering(QMessageBox.ButtonRole.AcceptRole, asked):
        assert launcher.launch(str(tmp_path)) == 0
    question, said = (text.replace("\u200b", "") for text in asked)
    assert str(tmp_path / "delegator.sqlite3") in question
    assert "is damaged" in question
    assert f"{BACKED_UP} to-do" in question  # "to-dos" once the catalogue has the plural
    assert shown == [BACKED_UP]
    (aside,) = tmp_path.glob("delegator-damaged-*.sqlite3")
    assert sha256(aside) == damaged
    assert said.startswith("The backup is now your plan.")
    assert f"kept as {aside.name} in {tmp_path}." in said


def test_declining_the_offered_backup_quits_and_changes_nothing(
    tmp_path: Path, qtbot: QtBot
) -> None:
    damaged = _damaged_plan(tmp_path)
    backups = sorted(p.name for p in (tmp_path / "backups").iterdir())
    asked: list[str] = []
    with answering(QMessageBox.ButtonRole.RejectRole, asked):
        assert launcher.launch(str(tmp_path)) == 1
    assert len(asked) == 1
    assert sha256(tmp_path / "delegator.sqlite3") == damaged
    assert not list(tmp_path.glob("delegator-damaged-*"))
    assert sorted(p.name for p in (tmp_path / "backups").iterdir()) == backups


def test_without_a_good_backup_it_says_so_and_quits(
    tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    damaged = _damaged_plan(tmp_path, backed_up=False)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: said.append(text))
    assert launcher.launch(str(tmp_path)) == 1
    (message,) = said
    assert "is damaged" in message
    assert "no good backup" in message
    assert sha256(tmp_path / "delegator.sqlite3") == damaged
