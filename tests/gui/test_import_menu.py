"""File → Import… and Ctrl+I ask for a file, then open the import dialog on it; an
assistant's returned file brings status changes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLineEdit
from pytestqt.qtbot import QtBot

from delegator.domain.changes import Changes
from delegator.domain.model import Status
from delegator.gui.import_dialog import ImportDialog
from delegator.gui.main_window import MainWindow
from tests.gui.conftest import visible_titles
from tests.returned_files import hand_over, returned_ics


def on_file_dialog(answer: Callable[[QFileDialog], None]) -> None:
    """Answer the file dialog about to open (it blocks until it is answered)."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            assert isinstance(dialog, QFileDialog)
            answer(dialog)
        finally:
            if isinstance(dialog, QDialog) and dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, run)


def test_ctrl_i_opens_the_chosen_file(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "errands.txt"
    path.write_text("Call the bank\nBook the venue\n", encoding="utf-8")

    def open_the_file(dialog: QFileDialog) -> None:
        dialog.selectFile(str(path))
        qtbot.keyClick(dialog.findChild(QLineEdit, "fileNameEdit"), Qt.Key.Key_Return)

    on_file_dialog(open_the_file)
    window.table.setFocus()
    qtbot.keySequence(window.table, QKeySequence("Ctrl+I"))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ImportDialog)
    assert path.name in dialog.source.text()
    qtbot.waitUntil(lambda: dialog.table.model().rowCount() == 2)
    dialog.reject()


def test_cancelling_the_file_dialog_opens_nothing(window: MainWindow, qtbot: QtBot) -> None:
    on_file_dialog(lambda dialog: qtbot.keyClick(dialog, Qt.Key.Key_Escape))
    window.named_actions["import"].trigger()
    assert QApplication.activeModalWidget() is None
    assert window.findChildren(ImportDialog) == []


def test_the_file_dialog_offers_every_import_format(window: MainWindow, qtbot: QtBot) -> None:
    offered: list[list[str]] = []

    def read_the_filters(dialog: QFileDialog) -> None:
        offered.append(dialog.nameFilters())
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    on_file_dialog(read_the_filters)
    window.named_actions["import"].trigger()
    assert offered == [["To-do lists (*.txt *.csv *.ics *.md *.markdown)", "All files (*)"]]


def test_an_assistants_returned_tasks_ics_marks_two_to_dos_done_in_one_undo_step(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    ids = hand_over(window._workspace, tmp_path / "package")
    window.apply_changes(Changes(tasks=frozenset(ids)))
    returned = tmp_path / "tasks.ics"
    returned.write_bytes(
        returned_ics(
            (tmp_path / "package" / "tasks.ics").read_bytes(),
            {
                "Post the newsletter": {"STATUS": "COMPLETED"},
                "Book the venue": {"STATUS": "COMPLETED"},
            },
        )
    )

    def open_the_file(dialog: QFileDialog) -> None:
        dialog.selectFile(str(returned))
        qtbot.keyClick(dialog.findChild(QLineEdit, "fileNameEdit"), Qt.Key.Key_Return)

    on_file_dialog(open_the_file)
    window.named_actions["import"].trigger()
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ImportDialog)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=5000)

    assert dialog.status_changes() == [
        ("Post the newsletter", Status.HANDED_OVER, Status.DONE, True),
        ("Book the venue", Status.HANDED_OVER, Status.DONE, True),
    ]
    assert dialog.rows() == []  # no new to-dos: nothing comes in twice
    assert dialog.status_table.isVisibleTo(dialog)
    assert dialog.status.text().startswith("Status changes: 2 · new to-dos: 0 of 0 ticked")
    assert dialog.import_button.text() == "Import 2 changes"
    with qtbot.waitSignal(dialog.imported, timeout=5000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.table.setFocus()
    qtbot.keySequence(window.table, QKeySequence("Ctrl+Shift+D"))  # the Done view
    assert sorted(visible_titles(window)) == ["Book the venue", "Post the newsletter"]
    assert len(window._service.summaries()) == 4

    qtbot.keySequence(window.table, QKeySequence("Ctrl+Z"))
    assert visible_titles(window) == []
    assert {t.status for t in window._service.summaries()} == {Status.HANDED_OVER}
