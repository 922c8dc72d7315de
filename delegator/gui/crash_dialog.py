"""A bug is shown, not swallowed: a dialog with the details and a button to copy them.

Each crash is also written to a file of its own in the log folder (``Paths.logs``), which
the dialog names; the last ``KEEP_LOGS`` files are kept.
"""

from __future__ import annotations

import contextlib
import platform
import sys
import traceback
from datetime import datetime, timedelta
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt, QThread, QTimer, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from delegator import __version__
from delegator.domain.clock import Clock

KEEP_LOGS = 10
LOG_PREFIX = "crash-"
LOG_SUFFIX = ".log"

_log_dir: Path | None = None
_clock = Clock()


def details(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> str:
    trace = "".join(traceback.format_exception(kind, error, tb))
    return (
        f"Delegator {__version__}, Python {sys.version.split()[0]}, Qt {qVersion()}, "
        f"{platform.platform()}\n\n{trace}"
    )


def write_log(folder: Path, text: str, clock: Clock) -> Path | str:
    """Write *text* to a new crash file in *folder*, named with the *clock*'s local time;
    keep the last ``KEEP_LOGS`` files; return the file, or why it could not be written.
    Never raises."""
    try:
        moment = clock.local()
        folder.mkdir(parents=True, exist_ok=True)
        path = _log_path(folder, moment)
        while path.exists():  # two crashes within the clock's resolution: the next one
            moment += timedelta(microseconds=1)  # keeps the order of the names
            path = _log_path(folder, moment)
        with path.open("x", encoding="utf-8", newline="\n") as file:
            file.write(f"{moment.isoformat(timespec='seconds')}\n{text}")
    except Exception as error:  # a full disk must not hide the crash
        return _reason(error)
    _prune(folder, keep=path)
    return path


def _log_path(folder: Path, moment: datetime) -> Path:
    return folder / f"{LOG_PREFIX}{moment.strftime('%Y-%m-%d_%H-%M-%S-%f')}{LOG_SUFFIX}"


def _reason(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error) or type(error).__name__


def _prune(folder: Path, keep: Path) -> None:
    """Delete all but the newest ``KEEP_LOGS`` crash files (their names sort by time);
    old files left over are harmless."""
    with contextlib.suppress(Exception):
        logs = sorted(
            path.name
            for path in folder.iterdir()
            if path.name.startswith(LOG_PREFIX) and path.name.endswith(LOG_SUFFIX)
        )
        for name in logs[:-KEEP_LOGS]:
            if name != keep.name:
                (folder / name).unlink(missing_ok=True)


def make_dialog(text: str, log: Path | str | None = None) -> QMessageBox:
    """The dialog for a crash with *text*; *log* is its file, or why none was written."""
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        "Delegator",
        QCoreApplication.translate(
            "CrashDialog",
            "Something went wrong inside Delegator. Your data is safe: every change you saw "
            "was already saved. Please send the details to the developers.",
        ),
    )
    if isinstance(log, Path):
        box.setInformativeText(
            QCoreApplication.translate(
                "CrashDialog", "The details are saved in this file:\n{path}"
            ).format(path=log)
        )
    elif log is not None:
        box.setInformativeText(
            QCoreApplication.translate(
                "CrashDialog",
                "The details could not be saved to a file ({reason}); copy them with Copy Details.",
            ).format(reason=log)
        )
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setDetailedText(text)
    copy = box.addButton(
        QCoreApplication.translate("CrashDialog", "Copy Details"), QMessageBox.ButtonRole.ActionRole
    )
    copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(text))
    box.addButton(QMessageBox.StandardButton.Close)
    return box


def _hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    text = details(kind, error, tb)
    print(text, file=sys.stderr)
    log = write_log(_log_dir, text, _clock) if _log_dir is not None else None
    app = QApplication.instance()
    if app is None:
        return
    if QThread.currentThread() is app.thread():
        make_dialog(text, log).exec()
    else:  # a worker's bug: widgets live on the window's thread only
        QTimer.singleShot(0, app, lambda: make_dialog(text, log).exec())


def install(log_dir: Path | None = None, clock: Clock | None = None) -> None:
    """Show uncaught exceptions from slots and event handlers in a dialog, and write each
    to a file in *log_dir* (none without), named with the time on *clock*."""
    global _log_dir, _clock
    _log_dir = log_dir
    _clock = clock or Clock()
    sys.excepthook = _hook
