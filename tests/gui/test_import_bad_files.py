"""File → Import of what is no file to import: a named pipe (which would hang the read)
and a file over the size limit (which would fill the memory) are refused in the import
dialog with one sentence naming the file, and nothing is imported."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLineEdit
from pytestqt.qtbot import QtBot

from delegator.exchange import import_file
from delegator.gui.import_dialog import ImportDialog
from delegator.gui.main_window import MainWindow
from tests.named_pipes import named_pipe

pytestmark = pytest.mark.usefixtures("typing_locale")  # sizes written as in en_US


def import_through_the_menu(window: MainWindow, qtbot: QtBot, path: Path) -> ImportDialog:
    """File → Import, *path* typed into the file dialog: the import dialog on it."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            assert isinstance(dialog, QFileDialog)
            dialog.selectFile(str(path))
            qtbot.keyClick(dialog.findChild(QLineEdit, "fileNameEdit"), Qt.Key.Key_Return)
        finally:
            if isinstance(dialog, QDialog) and dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, answer)
    window.named_actions["import"].trigger()
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ImportDialog)
    return dialog


def refused(qtbot: QtBot, dialog: ImportDialog) -> str:
    qtbot.waitUntil(lambda: not dialog.is_reading() and dialog.error_text() != "", timeout=5000)
    assert not dialog.import_button.isEnabled()
    text = dialog.error_text()
    dialog.reject()
    return text


def test_a_named_pipe_is_refused_without_waiting(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    with named_pipe(tmp_path) as fifo:
        dialog = import_through_the_menu(window, qtbot, fifo)
        text = refused(qtbot, dialog)

    assert text == (
        "tasks.txt: a named pipe, not a file; save what it holds to a file first; "
        "nothing was imported."
    )
    assert window._workspace.tasks.summaries() == []


def test_a_file_over_the_limit_is_refused_naming_the_limit(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(import_file, "MAX_IMPORT_BYTES", 100)
    big = tmp_path / "todo.txt"
    big.write_text("Call the bank\n" * 8, encoding="utf-8")  # 112 bytes

    text = refused(qtbot, import_through_the_menu(window, qtbot, big))

    assert (
        text == "todo.txt: larger than 100 bytes, the most an import reads; nothing was imported."
    )
    assert window._workspace.tasks.summaries() == []
