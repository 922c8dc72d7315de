"""Delegator opened with a file (``delegator-gui tasks.csv``, a file manager's "Open with
Delegator"): the window opens and then the import dialog for that file, as if it had
been chosen in File → Import; a missing file is named there and the window stays."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from delegator.app import main
from delegator.gui import launcher
from delegator.gui.import_dialog import ImportDialog
from delegator.gui.intro_dialog import IntroDialog
from delegator.gui.main_window import MainWindow

TODOIST_CSV = (
    "TYPE,CONTENT,DESCRIPTION,PRIORITY,INDENT,AUTHOR,RESPONSIBLE,DATE,DATE_LANG,TIMEZONE\n"
    "task,Book the venue,,4,1,,,,en,\n"
    "task,Order the catering,,4,1,,,,en,\n"
)

Look = Callable[[MainWindow, ImportDialog], None]


def the_window() -> MainWindow:
    (window,) = [
        widget
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, MainWindow) and widget.isVisible()
    ]
    return window


def import_dialog_in_front(qtbot: QtBot, other_than: QWidget | None = None) -> ImportDialog:
    def shown() -> bool:
        dialog = QApplication.activeModalWidget()
        return isinstance(dialog, ImportDialog) and dialog is not other_than

    qtbot.waitUntil(shown, timeout=10000)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ImportDialog)
    return dialog


@pytest.fixture
def looking(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> Callable[[Look], list[tuple[MainWindow, ImportDialog]]]:
    """Run the window's event loop as *look*: it is handed the window and the import
    dialog in front of it once they are on screen, and the window is closed after it."""

    def arrange(look: Look) -> list[tuple[MainWindow, ImportDialog]]:
        seen: list[tuple[MainWindow, ImportDialog]] = []

        def run(_app: QApplication) -> int:
            qtbot.waitUntil(
                lambda: any(isinstance(w, MainWindow) for w in QApplication.topLevelWidgets())
            )
            dialog = import_dialog_in_front(qtbot)
            window = the_window()
            seen.append((window, dialog))
            try:
                look(window, dialog)
            finally:
                for widget in QApplication.topLevelWidgets():
                    if isinstance(widget, QWidget) and widget.isModal() and widget.isVisible():
                        widget.close()
                window.auto_backup.stop()
                window.close()
            return 0

        monkeypatch.setattr(QApplication, "exec", run)
        return seen

    return arrange


def seen_intro(tmp_path: Path) -> None:
    (tmp_path / "settings.ini").write_text("[intro]\nshown=true\n")


def test_a_window_started_with_a_csv_shows_its_rows_in_the_import_preview(
    tmp_path: Path, qtbot: QtBot, looking: Callable[[Look], list[tuple[MainWindow, ImportDialog]]]
) -> None:
    seen_intro(tmp_path)
    csv_file = tmp_path / "event.csv"
    csv_file.write_text(TODOIST_CSV, encoding="utf-8")
    rows: list[list[tuple[str, bool, bool]]] = []

    def look(window: MainWindow, dialog: ImportDialog) -> None:
        qtbot.waitUntil(lambda: not dialog.is_reading() and dialog.rows() != [], timeout=10000)
        rows.append(dialog.rows())
        assert "event.csv" in dialog.source.text()
        assert dialog.import_button.isEnabled()
        assert dialog.parent() is window

    seen = looking(look)
    assert main(["--data-dir", str(tmp_path), str(csv_file)]) == 0
    assert len(seen) == 1
    assert rows == [[("Book the venue", True, False), ("Order the catering", True, False)]]


def test_several_files_are_offered_one_after_the_other(
    tmp_path: Path, qtbot: QtBot, looking: Callable[[Look], list[tuple[MainWindow, ImportDialog]]]
) -> None:
    seen_intro(tmp_path)
    first = tmp_path / "event.csv"
    first.write_text(TODOIST_CSV, encoding="utf-8")
    second = tmp_path / "errands.todo.txt"
    second.write_text("(A) Call the bank +House\n", encoding="utf-8")
    sources: list[str] = []

    def look(_window: MainWindow, dialog: ImportDialog) -> None:
        sources.append(dialog.source.text())
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        following = import_dialog_in_front(qtbot, other_than=dialog)
        sources.append(following.source.text())
        qtbot.waitUntil(lambda: following.rows() != [], timeout=10000)
        assert [title for title, _, _ in following.rows()] == ["Call the bank"]

    looking(look)
    assert launcher.launch(str(tmp_path), [first, second]) == 0
    assert len(sources) == 2
    assert "event.csv" in sources[0]
    assert "errands.todo.txt" in sources[1]


def test_a_missing_file_is_named_and_the_window_opens_all_the_same(
    tmp_path: Path, qtbot: QtBot, looking: Callable[[Look], list[tuple[MainWindow, ImportDialog]]]
) -> None:
    seen_intro(tmp_path)
    missing = tmp_path / "gone.ics"
    texts: list[str] = []

    def look(window: MainWindow, dialog: ImportDialog) -> None:
        qtbot.waitUntil(lambda: dialog.error_text() != "", timeout=10000)
        texts.append(dialog.error_text())
        assert not dialog.import_button.isEnabled()
        assert window.isVisible()

    looking(look)
    assert launcher.launch(str(tmp_path), [missing]) == 0
    assert len(texts) == 1
    assert "gone.ics could not be read" in texts[0]


def test_on_the_first_start_the_import_is_in_front_of_the_introduction(
    tmp_path: Path, qtbot: QtBot, looking: Callable[[Look], list[tuple[MainWindow, ImportDialog]]]
) -> None:
    csv_file = tmp_path / "event.csv"
    csv_file.write_text(TODOIST_CSV, encoding="utf-8")
    behind: list[bool] = []

    def look(window: MainWindow, dialog: ImportDialog) -> None:
        intros = [w for w in window.findChildren(IntroDialog) if w.isVisible()]
        behind.append(len(intros) == 1)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is intros[0])

    looking(look)
    assert launcher.launch(str(tmp_path), [csv_file]) == 0
    assert behind == [True]
