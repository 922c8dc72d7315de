"""Backups in the window: automatic ones without blocking, Back Up Now, the retention
setting, File → Restore Backup as one undo step, and the backup at exit."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from delegator.domain.backups import BackupKind, backup_name, parse_backup_name
from delegator.domain.clock import Clock
from delegator.domain.views import View
from delegator.gui import launcher
from delegator.gui.backup_dialog import COLUMNS, BackupDialog
from delegator.gui.backup_words import BackupWords
from delegator.gui.main_window import MainWindow
from delegator.services.backup_service import BackupService
from delegator.services.workspace import Workspace
from delegator.storage import plan_file
from delegator.text.formatting import time_text
from tests.clocks import BERLIN, Ticking

from .conftest import CLOCK, OpenWindow, seed, visible_titles


@pytest.fixture
def ticking_window(tmp_path: Path, qtbot: QtBot) -> Iterator[MainWindow]:
    (tmp_path / "settings.ini").write_text("[intro]\nshown=true\n")
    workspace = Workspace(tmp_path / "delegator.sqlite3", tmp_path / "backups", Ticking())
    window = MainWindow(workspace, tmp_path / "settings.ini")
    qtbot.addWidget(window)
    with qtbot.waitActive(window), qtbot.waitSignal(window.started):
        window.show()
        window.activateWindow()
    _wait_for_backups(qtbot, window)
    yield window
    window.auto_backup.stop()
    workspace.close()


def _backups(window: MainWindow, kind: BackupKind | None = None) -> list[Path]:
    folder = window.workspace.backups_dir
    found = []
    for path in sorted(folder.glob("delegator-*.sqlite3")) if folder.is_dir() else []:
        parsed = parse_backup_name(path.name)
        if parsed is not None and kind in (None, parsed[0]):
            found.append(path)
    return found


def _wait_for_backups(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.auto_backup._running is None)


def _back_up_now(qtbot: QtBot, window: MainWindow) -> None:
    """Back Up Now, and wait until the backup is made."""
    window.named_actions["back_up"].trigger()
    qtbot.waitUntil(lambda: bool(_backups(window, BackupKind.MANUAL)))
    _wait_for_backups(qtbot, window)


def _back_up_one_then_add_another(qtbot: QtBot, window: MainWindow) -> None:
    """ "Call the bank" in a manual backup, then "Book the flight" added after it."""
    seed(window, "Call the bank")
    _back_up_now(qtbot, window)
    seed(window, "Book the flight")


def _answer_yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Yes to every question; the questions' texts, as they are asked."""
    asked: list[str] = []

    def yes(_parent: object, _title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    return asked


def _titles_in(path: Path) -> int:
    return plan_file.summarize(path).todos


def _open_restore_dialog(window: MainWindow) -> BackupDialog:
    window.named_actions["restore_backup"].trigger()
    dialog = window.dialogs.current
    assert isinstance(dialog, BackupDialog)
    return dialog


def _click_row(qtbot: QtBot, dialog: BackupDialog, row: int) -> None:
    table = dialog.table
    rect = table.visualRect(dialog.model.index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_window_without_a_backup_today_makes_one_off_its_thread(
    open_window: OpenWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[bool] = []
    real = BackupService.back_up

    def spy(service: BackupService, kind: BackupKind = BackupKind.AUTOMATIC) -> Path:
        threads.append(threading.current_thread() is threading.main_thread())
        return real(service, kind)

    monkeypatch.setattr(BackupService, "back_up", spy)
    window = open_window()
    qtbot.waitUntil(lambda: bool(_backups(window, BackupKind.AUTOMATIC)))
    assert threads == [False]
    expected = time_text(CLOCK.local().time())
    note = window.auto_backup.note
    qtbot.waitUntil(lambda: note.isVisible() and note.text() == f"Backed up at {expected}.")

    # The day's backup is made: opening the plan again the same day makes none.
    window.close()
    again = open_window()
    assert again.workspace.backups.automatic_due() is False
    assert len(_backups(again, BackupKind.AUTOMATIC)) == 1


def test_the_automatic_backups_note_leaves_the_undo_line_of_the_first_action(
    open_window: OpenWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    pressed = threading.Event()
    real = BackupService.back_up

    def after_the_key(service: BackupService, kind: BackupKind = BackupKind.AUTOMATIC) -> Path:
        pressed.wait(10)
        return real(service, kind)

    monkeypatch.setattr(BackupService, "back_up", after_the_key)
    window = open_window()
    seed(window, "Call the bank")
    window.table.setFocus()
    window.table.selectRow(0)
    qtbot.keyClick(window.table, Qt.Key.Key_K)
    pressed.set()
    _wait_for_backups(qtbot, window)

    undo = window.task_menus.status_undo
    assert undo.isVisible()
    assert undo.text.text() == "1 to-do kept"
    note = window.auto_backup.note  # at the right of the status bar
    assert note.isVisible()
    assert note.text() == f"Backed up at {time_text(CLOCK.local().time())}."
    assert note.toolTip() == str(window.workspace.backups_dir)


def test_back_up_now_makes_a_backup_and_says_when_and_where(
    ticking_window: MainWindow, qtbot: QtBot
) -> None:
    window = ticking_window
    seed(window, "Call the bank", "Book the flight")
    _back_up_now(qtbot, window)
    (made,) = _backups(window, BackupKind.MANUAL)
    assert _titles_in(made) == 2
    parsed = parse_backup_name(made.name)
    assert parsed is not None
    said = f"Backed up at {time_text(parsed[1].time())} to the backups folder."
    assert window.statusBar().currentMessage() == said
    assert window.statusBar().toolTip() == str(window.workspace.backups_dir)
    window.statusBar().clearMessage()
    assert window.statusBar().toolTip() == ""


def test_a_failed_backup_is_said_once_in_the_status_bar(
    open_window: OpenWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from delegator.domain.errors import StorageUnavailable

    def full(service: BackupService, kind: BackupKind = BackupKind.AUTOMATIC) -> Path:
        raise StorageUnavailable("No space left on device")

    monkeypatch.setattr(BackupService, "back_up", full)
    window = open_window()
    note = window.auto_backup.note
    qtbot.waitUntil(lambda: "No space left on device" in note.text())
    assert note.isVisible()
    assert "tried again later" in note.text()
    assert window.workspace.backups.automatic_due()  # so the next check tries again


def test_the_retention_setting_is_stored_and_applied(
    ticking_window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    window = ticking_window
    for day in range(1, 7):  # an automatic backup on each day of the week before
        clock = Clock.fixed(dt.datetime(2026, 12, day, 18, 0), BERLIN)
        service = window.workspace.backups
        BackupService(
            service.data_file, service.backups_dir, service.attachments_dir, clock
        ).back_up()
    assert len(_backups(window, BackupKind.AUTOMATIC)) == 7

    dialog = _open_restore_dialog(window)
    assert (dialog.daily.value(), dialog.weekly.value()) == (7, 4)
    dialog.daily.setFocus()
    dialog.daily.selectAll()
    qtbot.keyClicks(dialog.daily, "2")
    dialog.weekly.setFocus()
    dialog.weekly.selectAll()
    qtbot.keyClicks(dialog.weekly, "0")
    dialog.buttons.button(dialog.buttons.StandardButton.Close).click()
    stored = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert [str(stored.value(key)) for key in ("backups/daily", "backups/weekly")] == ["2", "0"]

    # The next backup applies it: the newest of the last two days are kept.
    window.named_actions["back_up"].trigger()
    qtbot.waitUntil(lambda: len(_backups(window, BackupKind.AUTOMATIC)) == 2)
    listed = window.workspace.backups.backups()
    days = sorted(b.created.day for b in listed if b.kind is BackupKind.AUTOMATIC)
    assert days == [6, 7]
    assert len(_backups(window, BackupKind.MANUAL)) == 1  # only automatic ones go


def test_restoring_a_backup_shows_it_and_is_one_undo_step(
    ticking_window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = ticking_window
    seed(window, "Call the bank", "Book the flight")
    _back_up_now(qtbot, window)
    qtbot.keyClicks(window.capture, "Water the plants")
    qtbot.keyClick(window.capture, Qt.Key.Key_Return)
    assert visible_titles(window) == ["Call the bank", "Book the flight", "Water the plants"]
    window.table.setFocus()
    window.list_controller.select_row(2)
    assert window.editor.task is not None
    assert window.editor.task.title == "Water the plants"

    asked = _answer_yes(monkeypatch)
    dialog = _open_restore_dialog(window)
    kinds = [backup.kind for backup in dialog.model.backups]
    row = kinds.index(BackupKind.MANUAL)
    assert not dialog.restore_button.isEnabled()
    _click_row(qtbot, dialog, row)
    chosen = dialog.model.backups[row]
    assert dialog.model.data(dialog.model.index(row, COLUMNS.index("todos"))) == "2"
    dialog.restore_button.click()

    (question,) = asked
    assert "Edit → Undo brings it back" in question
    assert not dialog.isVisible()
    assert visible_titles(window) == ["Call the bank", "Book the flight"]
    assert window.sidebar.count_of(View.INBOX) == 2
    shown = window.editor.task
    assert shown is None or shown.title in ("Call the bank", "Book the flight")
    assert window.undo_stack.count() == 1  # the restore, on a history that starts with it
    assert window.undo_stack.undoText() == "Restore Backup"

    assert window.statusBar().currentMessage() == (
        f"Restored the backup from {BackupWords.made_at(chosen.created)}."
    )
    qtbot.keySequence(window, QKeySequence("Ctrl+Z"))
    assert visible_titles(window) == ["Call the bank", "Book the flight", "Water the plants"]
    assert window.sidebar.count_of(View.INBOX) == 3
    assert window.statusBar().currentMessage() == (
        "Your plan is back as it was before the restore."
    )
    qtbot.keySequence(window, QKeySequence("Ctrl+Shift+Z"))
    assert visible_titles(window) == ["Call the bank", "Book the flight"]
    assert window.statusBar().currentMessage() == (
        f"Restored the backup from {BackupWords.made_at(chosen.created)} again."
    )
    # Writing after the restore goes into the restored plan.
    qtbot.keySequence(window, QKeySequence("Ctrl+N"))
    qtbot.keyClicks(window.capture, "Renew the lease")
    qtbot.keyClick(window.capture, Qt.Key.Key_Return)
    stored = [task.title for task in window.workspace.tasks.summaries()]
    assert stored == ["Call the bank", "Book the flight", "Renew the lease"]


def test_enter_on_a_chosen_backup_asks_once_and_restores_it(
    ticking_window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = ticking_window
    _back_up_one_then_add_another(qtbot, window)
    asked = _answer_yes(monkeypatch)
    dialog = _open_restore_dialog(window)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)  # nothing chosen: nothing happens
    assert dialog.isVisible()
    assert asked == []
    dialog.table.setFocus()
    row = [backup.kind for backup in dialog.model.backups].index(BackupKind.MANUAL)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Home)
    for _ in range(row):
        qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    assert dialog.chosen() == dialog.model.backups[row]
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert len(asked) == 1
    assert not dialog.isVisible()
    assert visible_titles(window) == ["Call the bank"]


def test_escape_closes_the_restore_dialog_with_a_backup_chosen(
    ticking_window: MainWindow, qtbot: QtBot
) -> None:
    dialog = _open_restore_dialog(ticking_window)
    _click_row(qtbot, dialog, 0)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert ticking_window.undo_stack.count() == 0


def test_the_retention_fields_say_how_many_backups_the_next_backup_removes(
    ticking_window: MainWindow, qtbot: QtBot
) -> None:
    window = ticking_window
    (made,) = _backups(window, BackupKind.AUTOMATIC)
    start = dt.datetime(2026, 10, 1, 9, 0)
    for day in range(30):  # one a day from 1 to 30 October
        copy = made.with_name(backup_name(BackupKind.AUTOMATIC, start + dt.timedelta(days=day)))
        copy.write_bytes(made.read_bytes())
    dialog = _open_restore_dialog(window)
    assert dialog.daily.accessibleName()
    assert dialog.weekly.accessibleName()
    # 31 days with a backup: 7 days kept, then the newest of the weeks of 18, 11 and 4
    # October (the 24th is in the week of the oldest kept day, the 1st to 3rd in the
    # 4th's).
    assert dialog.removes.text() == "The next backup removes 21 older automatic backups."
    dialog.weekly.setFocus()
    dialog.weekly.selectAll()
    qtbot.keyClicks(dialog.weekly, "0")
    assert dialog.removes.text() == "The next backup removes 24 older automatic backups."
    dialog.daily.setFocus()
    dialog.daily.selectAll()
    qtbot.keyClicks(dialog.daily, "30")
    assert dialog.removes.text() == "The next backup removes 1 older automatic backup."
    dialog.daily.selectAll()
    qtbot.keyClicks(dialog.daily, "31")
    assert not dialog.removes.isVisible()
    dialog.reject()


def test_a_backup_that_cannot_be_read_is_greyed_and_cannot_be_restored(
    ticking_window: MainWindow, qtbot: QtBot
) -> None:
    window = ticking_window
    broken = window.workspace.backups_dir / "delegator-manual-20261206-090000-000000.sqlite3"
    broken.write_bytes(b"not a plan at all" * 100)
    dialog = _open_restore_dialog(window)
    row = [backup.path for backup in dialog.model.backups].index(broken)
    index = dialog.model.index(row, COLUMNS.index("todos"))
    assert not dialog.model.flags(index) & Qt.ItemFlag.ItemIsSelectable
    assert str(dialog.model.data(index)).startswith("Cannot be read: ")
    _click_row(qtbot, dialog, row)
    assert not dialog.restore_button.isEnabled()
    dialog.reject()


def test_a_restore_that_fails_says_why_and_changes_nothing(
    ticking_window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = ticking_window
    _back_up_one_then_add_another(qtbot, window)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
    dialog = _open_restore_dialog(window)
    row = [backup.kind for backup in dialog.model.backups].index(BackupKind.MANUAL)
    _click_row(qtbot, dialog, row)
    dialog.model.backups[row].path.write_bytes(b"overwritten by another program" * 100)
    dialog.restore_button.click()
    (warning,) = warned
    assert "Your plan is unchanged" in warning
    assert dialog.isVisible()
    assert visible_titles(window) == ["Call the bank", "Book the flight"]
    dialog.reject()


def test_quitting_backs_up_a_plan_changed_since_the_last_backup(
    tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "settings.ini").write_text("[intro]\nshown=true\n")

    def run_and_quit(_app: QApplication) -> int:
        shown = QApplication.topLevelWidgets()
        (window,) = [w for w in shown if isinstance(w, MainWindow) and w.isVisible()]
        qtbot.waitUntil(lambda: bool(_backups(window, BackupKind.AUTOMATIC)))
        _wait_for_backups(qtbot, window)
        qtbot.keySequence(window, QKeySequence("Ctrl+N"))
        qtbot.keyClicks(window.capture, "Renew the lease")
        qtbot.keyClick(window.capture, Qt.Key.Key_Return)
        window.named_actions["quit"].trigger()
        return 0

    monkeypatch.setattr(QApplication, "exec", run_and_quit)
    assert launcher.launch(str(tmp_path)) == 0
    service = BackupService(
        tmp_path / "delegator.sqlite3", tmp_path / "backups", tmp_path / "attachments", Clock()
    )
    newest = next(b for b in service.backups() if b.kind is BackupKind.AUTOMATIC)
    assert newest.summary is not None
    assert newest.summary.todos == 1
    assert not service.changed_since_automatic()
