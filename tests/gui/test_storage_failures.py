"""When the file cannot be written (another program locks it), the user is told and
nothing is lost: the list shows what is stored, and the change can be made again."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from delegator.gui.main_window import MainWindow

from .conftest import seed, stored, visible_titles

pytestmark = pytest.mark.usefixtures("short_busy_timeout")


@pytest.fixture
def locked(window: MainWindow) -> Iterator[None]:
    """Another program holds the data file locked while the test runs."""
    other = sqlite3.connect(window._data_file, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    yield
    other.execute("ROLLBACK")
    other.close()


def test_a_decision_that_cannot_be_saved_is_reported_and_not_shown(
    window: MainWindow, qtbot: QtBot, warnings: list[str], request: pytest.FixtureRequest
) -> None:
    seed(window, "a", "b")
    request.getfixturevalue("locked")
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_K)
    assert len(warnings) == 1
    assert "nothing was changed" in warnings[0]
    assert visible_titles(window) == ["a", "b"]
    assert window.undo_stack.count() == 0


def test_an_undo_that_cannot_be_saved_is_reported_and_the_list_shows_the_truth(
    window: MainWindow, qtbot: QtBot, warnings: list[str], request: pytest.FixtureRequest
) -> None:
    seed(window, "a", "b")
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_D)
    request.getfixturevalue("locked")
    qtbot.keySequence(window.table, QKeySequence("Ctrl+Z"))
    assert len(warnings) == 1
    assert visible_titles(window) == ["b"]
    assert stored(window)[0] == ("a", "delegate", False)
