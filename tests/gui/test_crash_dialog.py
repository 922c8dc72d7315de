from __future__ import annotations

import datetime as dt
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from delegator import __version__
from delegator.domain.clock import Clock
from delegator.gui import crash_dialog
from delegator.gui.worker_thread import end_worker, start_worker
from delegator.runtime import paths


def test_a_bug_shows_its_details_and_copies_them(qtbot: QtBot) -> None:
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError as error:
        text = crash_dialog.details(type(error), error, error.__traceback__)
    assert "boom in a slot" in text
    assert __version__ in text
    box = crash_dialog.make_dialog(text)
    qtbot.addWidget(box)
    assert box.detailedText() == text
    copy = next(b for b in box.buttons() if b.text() == "Copy Details")
    copy.click()
    assert QGuiApplication.clipboard().text() == text


def informative_label(box: QMessageBox) -> QLabel:
    label = box.findChild(QLabel, "qt_msgbox_informativelabel")
    assert isinstance(label, QLabel)
    return label


class Crashes:
    """The real hook installed on a log folder; each crash is raised in a Qt slot, and
    the dialog it opens is recorded and closed."""

    def __init__(self, qtbot: QtBot, log_dir: Path) -> None:
        self.qtbot = qtbot
        self.log_dir = log_dir
        self.dialogs: list[tuple[str, str, Qt.TextInteractionFlag]] = []
        crash_dialog.install(log_dir)

    def _close_dialog(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, self._close_dialog)
            return
        label = informative_label(box)
        self.dialogs.append((box.detailedText(), label.text(), label.textInteractionFlags()))
        box.button(QMessageBox.StandardButton.Close).click()

    def crash(self, message: str) -> None:
        def slot() -> None:
            QTimer.singleShot(0, self._close_dialog)
            raise RuntimeError(message)

        count = len(self.dialogs)
        QTimer.singleShot(0, slot)
        self.qtbot.waitUntil(lambda: len(self.dialogs) == count + 1)


@pytest.fixture
def crashes(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Crashes:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    monkeypatch.setattr(crash_dialog, "_log_dir", None)
    return Crashes(qtbot, tmp_path / "logs")


def crash_files(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


@pytest.mark.qt_no_exception_capture
def test_a_crash_is_written_to_a_log_file_that_the_dialog_names(crashes: Crashes) -> None:
    crashes.crash("boom in a slot")
    (name,) = crash_files(crashes.log_dir)
    log = crashes.log_dir / name
    assert name.startswith("crash-")
    assert name.endswith(".log")
    content = log.read_text(encoding="utf-8")
    assert "Traceback" in content
    assert "RuntimeError: boom in a slot" in content
    assert __version__ in content
    ((details, named, flags),) = crashes.dialogs
    assert "RuntimeError: boom in a slot" in details
    assert details in content
    assert str(log) in named
    assert flags & Qt.TextInteractionFlag.TextSelectableByMouse


@pytest.mark.qt_no_exception_capture
def test_the_eleventh_crash_removes_the_oldest_file(crashes: Crashes) -> None:
    for number in range(1, 11):
        crashes.crash(f"crash {number}")
    ten = crash_files(crashes.log_dir)
    assert len(ten) == 10
    crashes.crash("crash 11")
    kept = crash_files(crashes.log_dir)
    assert len(kept) == 10
    assert kept[:9] == ten[1:]
    contents = [(crashes.log_dir / name).read_text(encoding="utf-8") for name in kept]
    assert [text.rsplit("RuntimeError: ", 1)[1].strip() for text in contents] == [
        f"crash {number}" for number in range(2, 12)
    ]
    assert len(crashes.dialogs) == 11


def test_only_the_last_ten_crash_files_are_kept_and_other_files_stay(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine")
    start = datetime(2030, 1, 1, 12, 0)
    for number in range(12):  # the last two within the same microsecond
        moment = start + timedelta(minutes=min(number, 10))
        clock = Clock.fixed(moment, dt.UTC)
        assert isinstance(crash_dialog.write_log(tmp_path, f"crash {number}", clock), Path)
    names = crash_files(tmp_path)
    assert "notes.txt" in names
    logs = [name for name in names if name.startswith("crash-")]
    assert len(logs) == crash_dialog.KEEP_LOGS
    assert "crash 2" in (tmp_path / logs[0]).read_text(encoding="utf-8")
    assert "crash 11" in (tmp_path / logs[-1]).read_text(encoding="utf-8")


@pytest.mark.qt_no_exception_capture
def test_a_log_that_cannot_be_written_still_shows_the_dialog(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(crash_dialog, "_log_dir", None)
    blocker = tmp_path / "not a folder"
    blocker.write_text("a file where the log folder should be")
    crashes = Crashes(qtbot, blocker / "logs")
    crashes.crash("boom on a full disk")
    ((details, named, _flags),) = crashes.dialogs
    assert "boom on a full disk" in details
    assert "could not be saved" in named
    assert blocker.read_text() == "a file where the log folder should be"


def test_a_full_disk_is_reported_not_raised(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "open", full)
    assert crash_dialog.write_log(tmp_path, "text", Clock()) == "No space left on device"
    box = crash_dialog.make_dialog("text", "No space left on device")
    assert "No space left on device" in box.informativeText()
    box.deleteLater()


def test_logs_go_to_the_chosen_data_folder_or_the_per_user_log_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert paths.resolve(str(tmp_path)).logs == tmp_path / "logs"
    monkeypatch.setenv(paths.ENV_DATA_DIR, str(tmp_path / "env"))
    assert paths.resolve(None).logs == tmp_path / "env" / "logs"
    monkeypatch.delenv(paths.ENV_DATA_DIR)
    import platformdirs

    expected = Path(platformdirs.user_log_dir("Delegator", appauthor=False))
    assert paths.resolve(None).logs == expected


class _FailingWorker(QObject):
    def run(self) -> None:
        raise RuntimeError("boom on a worker")


def test_a_bug_on_a_worker_thread_opens_the_dialog_on_the_windows_thread(
    crashes: Crashes, qtbot: QtBot
) -> None:
    parent = QObject()
    worker = _FailingWorker()
    QTimer.singleShot(0, crashes._close_dialog)
    thread = start_worker(parent, worker)
    qtbot.waitUntil(lambda: len(crashes.dialogs) == 1)
    end_worker(thread, worker)
    details, where, _flags = crashes.dialogs[0]
    assert "boom on a worker" in details
    assert "crash-" in where
