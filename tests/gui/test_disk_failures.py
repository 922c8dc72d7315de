"""A full disk or a plan locked by another program while the user adds and describes
to-dos: a clear message, nothing lost, no crash, and what was typed stays in its field,
so the user can try again once the disk has room or the lock is gone."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from delegator.domain.assistant import Assistant
from delegator.domain.errors import StorageUnavailable
from delegator.gui.main_window import MainWindow
from delegator.gui.sidebar import Page
from delegator.storage.database import Database
from tests.storage.disk_limits import fill, tmpfs

from .conftest import OpenWindow, seed, stored, visible_titles

pytestmark = pytest.mark.usefixtures("short_busy_timeout")


class Lock:
    """Another program (a sync client, an antivirus) holding the data file locked."""

    def __init__(self, path: Path) -> None:
        self._other = sqlite3.connect(path, isolation_level=None)
        self._other.execute("BEGIN EXCLUSIVE")

    def release(self) -> None:
        if self._other.in_transaction:
            self._other.execute("ROLLBACK")

    def close(self) -> None:
        self._other.close()


@pytest.fixture
def lock(window: MainWindow) -> Iterator[Lock]:
    held = Lock(window._data_file)
    yield held
    held.release()
    held.close()


class DiskFull:
    """Every write to the window's plan fails as on a full disk, until room is made:
    both ways a write goes (the ORM's transaction and the plain one that adds to-dos)
    raise what they raise for SQLITE_FULL."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.full = True
        for name in ("transaction", "writing"):
            monkeypatch.setattr(Database, name, self._refusing(getattr(Database, name)))

    def _refusing(self, write: Any) -> Any:
        @contextlib.contextmanager
        def refused(database: Database) -> Iterator[Any]:
            if self.full:
                raise StorageUnavailable("database or disk is full")
            with write(database) as handle:
                yield handle

        return refused

    def make_room(self) -> None:
        self.full = False


@pytest.fixture
def disk_full(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> DiskFull:
    return DiskFull(monkeypatch)


def _capture(qtbot: QtBot, window: MainWindow, title: str) -> None:
    window.named_actions["capture"].trigger()
    qtbot.keyClicks(window.capture, title)
    qtbot.keyClick(window.capture, Qt.Key.Key_Return)


def _type_notes(qtbot: QtBot, window: MainWindow, text: str) -> None:
    """Open the private notes of the current to-do, type, and leave the field."""
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    qtbot.keySequence(window.editor.instructions.editor, QKeySequence("Alt+6"))
    qtbot.mouseClick(window.editor.notes.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(window.editor.notes, text)
    window.table.setFocus()  # leaving the field saves it


def _notes(window: MainWindow, task_id: int) -> str:
    return window.workspace.tasks.task(task_id).notes


# Adding a to-do --------------------------------------------------------------------------


def test_a_to_do_added_while_the_plan_is_locked_stays_in_the_capture_field(
    window: MainWindow, qtbot: QtBot, warnings: list[str], request: pytest.FixtureRequest
) -> None:
    seed(window, "a")
    lock_held: Lock = request.getfixturevalue("lock")
    _capture(qtbot, window, "Call the bank")
    assert len(warnings) == 1
    assert "nothing was changed" in warnings[0]
    assert "locked" in warnings[0]
    assert warnings[0].count("could not be saved") == 1, "said once"
    assert window.capture.text() == "Call the bank", "what was typed is kept to try again"
    lock_held.release()
    assert [title for title, *_ in stored(window)] == ["a"]

    qtbot.keyClick(window.capture, Qt.Key.Key_Return)
    assert [title for title, *_ in stored(window)] == ["a", "Call the bank"]
    assert visible_titles(window) == ["a", "Call the bank"]
    assert window.capture.text() == ""
    assert len(warnings) == 1


def test_a_to_do_added_on_a_full_disk_stays_in_the_capture_field(
    window: MainWindow, qtbot: QtBot, warnings: list[str], disk_full: DiskFull
) -> None:
    _capture(qtbot, window, "Call the bank")
    assert len(warnings) == 1
    assert "disk is full" in warnings[0]
    assert window.capture.text() == "Call the bank"
    assert stored(window) == []
    assert visible_titles(window) == []

    disk_full.make_room()
    qtbot.keyClick(window.capture, Qt.Key.Key_Return)
    assert [title for title, *_ in stored(window)] == ["Call the bank"]
    assert window.capture.text() == ""


# Describing a to-do --------------------------------------------------------------------


def test_notes_typed_while_the_plan_is_locked_stay_and_are_saved_on_the_next_try(
    window: MainWindow, qtbot: QtBot, warnings: list[str], request: pytest.FixtureRequest
) -> None:
    (task_id,) = seed(window, "a")
    window.table.setCurrentIndex(window.model.index(0, 0))
    held: Lock = request.getfixturevalue("lock")
    _type_notes(qtbot, window, "ask for the IBAN")
    assert len(warnings) == 1
    assert window.editor.notes.toPlainText() == "ask for the IBAN"
    assert _notes(window, task_id) == ""

    held.release()
    qtbot.wait(20)  # a user's next action comes later
    qtbot.mouseClick(window.editor.notes.viewport(), Qt.MouseButton.LeftButton)
    window.table.setFocus()  # the user goes back into the field and leaves it again
    assert _notes(window, task_id) == "ask for the IBAN"
    assert len(warnings) == 1


def test_notes_typed_on_a_full_disk_stay_and_are_saved_once_there_is_room(
    window: MainWindow, qtbot: QtBot, warnings: list[str], request: pytest.FixtureRequest
) -> None:
    (task_id,) = seed(window, "a")
    window.table.setCurrentIndex(window.model.index(0, 0))
    full: DiskFull = request.getfixturevalue("disk_full")
    _type_notes(qtbot, window, "ask for the IBAN")
    assert len(warnings) == 1
    assert "disk is full" in warnings[0]
    assert window.editor.notes.toPlainText() == "ask for the IBAN"

    full.make_room()
    qtbot.keyClicks(window.editor.notes, ", then pay")  # typing on saves after a pause
    qtbot.waitUntil(lambda: _notes(window, task_id) == "ask for the IBAN, then pay")
    assert len(warnings) == 1


def test_a_really_full_disk_keeps_the_typed_to_do_and_the_plan_sound(
    tmp_path: Path, open_window: OpenWindow, qtbot: QtBot, warnings: list[str]
) -> None:
    with tmpfs(tmp_path, 2048) as disk:
        window = open_window()
        seed(window, "a")
        filler = fill(disk)
        _capture(qtbot, window, "Call the bank " + "x" * 280)
        assert len(warnings) == 1
        assert "disk is full" in warnings[0]
        assert window.capture.text().startswith("Call the bank")
        filler.unlink()
        qtbot.keyClick(window.capture, Qt.Key.Key_Return)
        assert len(stored(window)) == 2
        window.close()
        window.workspace.close()


def test_instructions_typed_while_the_plan_is_locked_stay_and_are_saved_on_the_next_try(
    window: MainWindow, qtbot: QtBot, warnings: list[str], request: pytest.FixtureRequest
) -> None:
    (task_id,) = seed(window, "a")
    window.table.setCurrentIndex(window.model.index(0, 0))
    held: Lock = request.getfixturevalue("lock")
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    field = window.editor.instructions.editor
    qtbot.keySequence(field, QKeySequence("Alt+1"))
    qtbot.mouseClick(field.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(field, "Pay by Friday")
    window.table.setFocus()
    assert len(warnings) == 1
    assert field.toPlainText() == "Pay by Friday"

    held.release()
    qtbot.wait(20)  # a user's next action comes later
    qtbot.mouseClick(field.viewport(), Qt.MouseButton.LeftButton)
    window.table.setFocus()
    assert window.workspace.tasks.task(task_id).instructions == "Pay by Friday"
    assert len(warnings) == 1


# Renaming in the list -----------------------------------------------------------------


def _open_title_editor(window: MainWindow) -> QLineEdit | None:
    editor = QApplication.focusWidget()
    if isinstance(editor, QLineEdit) and window.table.isAncestorOf(editor):
        return editor
    return None


def test_a_title_typed_while_the_plan_is_locked_opens_again_to_try_again(
    window: MainWindow, qtbot: QtBot, warnings: list[str], request: pytest.FixtureRequest
) -> None:
    seed(window, "Rechnungen")
    lock_held: Lock = request.getfixturevalue("lock")
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_F2)
    editor = _open_title_editor(window)
    assert editor is not None, "F2 opened no line edit"
    editor.selectAll()
    qtbot.keyClicks(editor, "Rechnungen schreiben")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(warnings) == 1)
    assert "locked" in warnings[0]
    again = _open_title_editor(window)
    assert again is not None, "the title field opened again"
    assert again.text() == "Rechnungen schreiben", "what was typed is kept"
    lock_held.release()
    qtbot.keyClick(again, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: stored(window) == [("Rechnungen schreiben", "undecided", False)])
    assert visible_titles(window) == ["Rechnungen schreiben"]


# The pages' and the editor's fields -----------------------------------------------------


def _retype(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_an_assistant_renamed_while_the_plan_is_locked_keeps_the_typed_name(
    window: MainWindow, qtbot: QtBot, warnings: list[str], request: pytest.FixtureRequest
) -> None:
    window.workspace.assistants.add(Assistant(0, "Anna"))
    window.page_actions[Page.ASSISTANTS].trigger()
    page = window.assistants_page
    lock_held: Lock = request.getfixturevalue("lock")
    _retype(qtbot, page.name_edit, "Anna Keller")
    assert len(warnings) == 1
    assert page.name_edit.text() == "Anna Keller", "what was typed is kept to try again"
    lock_held.release()
    qtbot.keyClick(page.name_edit, Qt.Key.Key_Return)
    assert [a.name for a in window.workspace.assistants.assistants()] == ["Anna Keller"]


def test_a_business_name_typed_on_a_full_disk_stays_and_is_saved_once_there_is_room(
    window: MainWindow, qtbot: QtBot, warnings: list[str], disk_full: DiskFull
) -> None:
    window.page_actions[Page.AGREEMENTS].trigger()
    page = window.agreements_page
    _retype(qtbot, page.business_edit, "Keller Design")
    assert len(warnings) == 1
    assert page.business_edit.text() == "Keller Design"
    disk_full.make_room()
    qtbot.keyClick(page.business_edit, Qt.Key.Key_Return)
    assert window.workspace.profile.profile().business == "Keller Design"


def test_an_area_typed_in_the_editor_while_the_plan_is_locked_stays(
    window: MainWindow, qtbot: QtBot, warnings: list[str], request: pytest.FixtureRequest
) -> None:
    (task_id,) = seed(window, "Rechnungen")
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    area = window.editor.details.area.lineEdit()
    assert area is not None
    lock_held: Lock = request.getfixturevalue("lock")
    _retype(qtbot, area, "Buchhaltung")
    assert len(warnings) == 1
    assert area.text() == "Buchhaltung"
    lock_held.release()
    qtbot.wait(20)  # a user's next key press comes later
    qtbot.keyClick(area, Qt.Key.Key_Return)
    assert window.workspace.tasks.task(task_id).area == "Buchhaltung"
