from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from delegator.domain.views import View
from delegator.gui.first_paint import after_first_paint
from delegator.gui.launcher import app_icon
from delegator.gui.main_window import START_ROWS, MainWindow
from delegator.services.task_service import NewTask
from delegator.services.workspace import Workspace

from .conftest import CLOCK


def test_the_callback_runs_once_after_the_first_paint(qtbot: QtBot) -> None:
    label = QLabel("hello")
    qtbot.addWidget(label)
    calls: list[int] = []
    after_first_paint(label, lambda: calls.append(1))
    assert calls == []
    label.show()
    qtbot.waitUntil(lambda: calls == [1])
    label.repaint()
    qtbot.wait(20)
    assert calls == [1]


def test_the_app_icon_has_every_size_for_high_dpi_screens() -> None:
    sizes = {size.width() for size in app_icon().availableSizes()}
    assert {16, 32, 64, 256} <= sizes


QUIT_AFTER_FIRST_PAINT = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from delegator.gui.first_paint import after_first_paint
from delegator.gui.main_window import MainWindow
from delegator.services.workspace import Workspace
from delegator.gui import main_window

run = main_window._WarmUp.run
main_window._WarmUp.run = lambda self: (time.sleep(0.5), run(self))[1]  # still running
app = QApplication([])
folder, delay = Path(sys.argv[1]), int(sys.argv[2])
window = MainWindow(Workspace(folder / "data.sqlite3", folder / "backups"), folder / "s.ini")
after_first_paint(window.sidebar.viewport(), lambda: QTimer.singleShot(delay, app.quit))
window.show()
sys.exit(app.exec())
"""


@pytest.mark.parametrize("delay_ms", [0, 200])
def test_quitting_right_after_the_first_paint_ends_cleanly(tmp_path: Path, delay_ms: int) -> None:
    """Before the warm-up worker has started (it then never does) or while it runs (the
    quit waits for it): the app ends with code 0, no QThread abort."""
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-c", QUIT_AFTER_FIRST_PAINT, str(tmp_path), str(delay_ms)]
    done = subprocess.run(command, capture_output=True, text=True, env=environment, timeout=30)
    assert done.returncode == 0, done.stderr
    assert "QThread" not in done.stderr


def test_a_to_do_typed_as_the_window_shows_is_stored_before_the_orm_loads(
    tmp_path: Path, qtbot: QtBot
) -> None:
    """The capture field has the focus from the start, and Enter stores the line with
    plain sqlite3: it need not wait for SQLAlchemy, which loads after the first paint."""
    (tmp_path / "settings.ini").write_text("[intro]\nshown=true\n")
    workspace = Workspace(tmp_path / "delegator.sqlite3", tmp_path / "backups", CLOCK)
    try:
        window = MainWindow(workspace, tmp_path / "settings.ini")
        qtbot.addWidget(window)
        started: list[bool] = []
        window.started.connect(lambda: started.append(True))
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        assert QApplication.focusWidget() is window.capture
        orm_loaded = "sqlalchemy.orm" in sys.modules
        QTest.keyClicks(window.capture, "Call the tax office")
        QTest.keyClick(window.capture, Qt.Key.Key_Return)
        connection = sqlite3.connect(tmp_path / "delegator.sqlite3")
        titles = [title for (title,) in connection.execute("SELECT title FROM tasks")]
        connection.close()
        assert titles == ["Call the tax office"]
        if not orm_loaded:  # in a test run another test may have loaded it already
            assert "sqlalchemy.orm" not in sys.modules
        qtbot.waitUntil(lambda: started == [True])
        assert [task.title for task in window.model.all_tasks()] == ["Call the tax office"]
    finally:
        workspace.close()


def test_the_window_paints_the_start_views_first_rows_and_then_has_all_of_them(
    tmp_path: Path, qtbot: QtBot
) -> None:
    """Before the first paint only the rows a screen shows are read; the rest of the
    view arrives below them while the selected to-do stays selected."""
    (tmp_path / "settings.ini").write_text("[intro]\nshown=true\n[window]\nentry=view:inbox\n")
    workspace = Workspace(tmp_path / "delegator.sqlite3", tmp_path / "backups", CLOCK)
    try:
        count = START_ROWS + 30
        workspace.tasks.add([NewTask(f"To-do {n}") for n in range(count)])
        window = MainWindow(workspace, tmp_path / "settings.ini")
        qtbot.addWidget(window)
        assert window.model.rowCount() == START_ROWS
        assert window.sidebar.count_of(View.INBOX) == count
        started: list[bool] = []
        window.started.connect(lambda: started.append(True))
        window.show()
        window.table.selectRow(1)
        qtbot.waitUntil(lambda: started == [True])
        assert window.model.rowCount() == count
        assert window.model.task_at(count - 1).title == f"To-do {count - 1}"
        assert window.table.currentIndex().row() == 1
    finally:
        workspace.close()
