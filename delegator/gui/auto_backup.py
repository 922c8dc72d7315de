"""Automatic backups while the window runs, Back Up Now, and the backup at exit.

A backup runs on a worker thread (gui/worker_thread.py, as the window's ORM warm-up),
so it never blocks the window; a failure is said once in the status bar and tried
again at the next check. A backup made is said with its time (the backups folder's
path is the tooltip meanwhile). What the automatic backup says stands at the right of
the status bar, so it never replaces the report of what the user just did (nor its
Undo link); Back Up Now answers like any other command, as the status bar's message.
How many automatic backups are kept is a setting (``backups/daily``, ``backups/weekly``).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox

from delegator.domain.backups import BackupKind, Retention, parse_backup_name
from delegator.domain.errors import DelegatorError
from delegator.gui.worker_thread import end_worker, start_worker
from delegator.text.formatting import time_text
from delegator.text.messages import reason

if TYPE_CHECKING:
    from delegator.services.backup_service import BackupService
    from delegator.services.workspace import Workspace

CHECK_EVERY_MS = 60 * 60 * 1000  # is an automatic backup due? once an hour
SHOWN_MS = 5000
FAILURE_SHOWN_MS = 20000
DAILY_KEY = "backups/daily"
WEEKLY_KEY = "backups/weekly"


def retention(settings: QSettings) -> Retention:
    """The retention the user chose (the default where the setting is missing or wrong)."""
    default = Retention()
    try:
        daily = int(str(settings.value(DAILY_KEY, default.daily)))
        weekly = int(str(settings.value(WEEKLY_KEY, default.weekly)))
        return Retention(daily, weekly)
    except ValueError:
        return default


def store_retention(settings: QSettings, kept: Retention) -> None:
    settings.setValue(DAILY_KEY, kept.daily)
    settings.setValue(WEEKLY_KEY, kept.weekly)


@dataclass(frozen=True, slots=True)
class _Outcome:
    kind: BackupKind
    made: Path | None
    error: Exception | None


class _BackUp(QObject):
    """One backup on a worker thread, then the automatic ones the retention lets go
    are deleted (so a changed setting applies at the next backup of any kind).
    ``ended`` carries the _Outcome."""

    ended = Signal(object)

    def __init__(self, service: BackupService, kind: BackupKind, kept: Retention) -> None:
        super().__init__()
        self._service = service
        self._kind = kind
        self._kept = kept

    def run(self) -> None:
        try:
            made = self._service.back_up(self._kind)
            self._service.prune(self._kept)
        except Exception as error:  # shown by the window, never lost
            self.ended.emit(_Outcome(self._kind, None, error))
        else:
            self.ended.emit(_Outcome(self._kind, made, None))


class AutoBackup(QObject):
    """The window's backups: ``start`` checks now and then every hour whether the
    automatic backup of the day is due, ``back_up_now`` makes one by hand, ``finish``
    waits for a running one (before a restore, at close), ``at_exit`` makes the last
    one after the window has closed if the plan changed since the last."""

    def __init__(self, workspace: Workspace, settings: QSettings, window: QMainWindow) -> None:
        super().__init__(window)
        self._workspace = workspace
        self._settings = settings
        self._window = window
        self._running: tuple[QThread, _BackUp] | None = None
        self._last_failure = ""
        self._manual_asked = False
        self._stopped = False
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check)
        self._said = ""
        bar = window.statusBar()
        bar.messageChanged.connect(self._on_message_changed)
        self.note = QLabel(bar)
        bar.addPermanentWidget(self.note)
        self.note.hide()
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.timeout.connect(self.note.hide)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.finish)

    @property
    def _service(self) -> BackupService:
        # The backup code loads on first use, after the window is on screen.
        return self._workspace.backups

    def start(self) -> None:
        if not self._stopped:
            self.check()
            self._timer.start()

    def check(self) -> None:
        """Make the automatic backup of the day unless there is one (or one is running)."""
        if self._running is None and not self._stopped and self._service.automatic_due():
            self._run(BackupKind.AUTOMATIC)

    def back_up_now(self) -> None:
        """A backup made by hand (once the one running has ended)."""
        if self._stopped:
            return
        if self._running is None:
            self._run(BackupKind.MANUAL)
        else:
            self._manual_asked = True

    def finish(self) -> None:
        """Wait for a running backup (milliseconds for most plans, seconds for huge ones)."""
        if self._running is not None:
            end_worker(*self._running)
            self._running = None

    def stop(self) -> None:
        """No more backups from this window (it closes): wait for the one running."""
        self._stopped = True
        self._manual_asked = False
        self._timer.stop()
        self.finish()

    def at_exit(self) -> None:
        """After the window has closed: the automatic backup, if the plan changed since
        the last one. A failure is said on the console; the next start tries again."""
        self.stop()
        try:
            if self._service.changed_since_automatic():
                self._service.back_up(BackupKind.AUTOMATIC)
                self._service.prune(retention(self._settings))
        except DelegatorError as error:
            print(_failure_text(BackupKind.AUTOMATIC, error), file=sys.stderr)

    def _run(self, kind: BackupKind) -> None:
        job = _BackUp(self._service, kind, retention(self._settings))
        job.ended.connect(self._on_job_ended)
        self._running = (start_worker(self, job), job)

    @Slot(object)
    def _on_job_ended(self, outcome: _Outcome) -> None:
        self.finish()
        if outcome.error is not None:
            self._show_failure(outcome.kind, outcome.error)
        elif outcome.made is not None:
            self._show_success(outcome.kind, outcome.made)
        if self._manual_asked:
            self._manual_asked = False
            self._run(BackupKind.MANUAL)

    def _show_success(self, kind: BackupKind, made: Path) -> None:
        self._last_failure = ""
        parsed = parse_backup_name(made.name)
        created = parsed[1] if parsed else self._service.clock.local()
        if kind is BackupKind.MANUAL:
            text = self.tr("Backed up at {time} to the backups folder.")
        else:
            text = self.tr("Backed up at {time}.")
        said = text.format(time=time_text(created.time()))
        if kind is BackupKind.MANUAL:
            self._said = said
            bar = self._window.statusBar()
            bar.showMessage(said, SHOWN_MS)
            bar.setToolTip(str(made.parent))
        else:
            self._show_note(said, SHOWN_MS, str(made.parent))

    def _show_note(self, text: str, shown_ms: int, tooltip: str = "") -> None:
        self.note.setText(text)
        self.note.setToolTip(tooltip)
        self.note.show()
        self._note_timer.start(shown_ms)

    @Slot(str)
    def _on_message_changed(self, text: str) -> None:
        if self._said and text != self._said:
            self._said = ""
            self._window.statusBar().setToolTip("")

    def _show_failure(self, kind: BackupKind, error: Exception) -> None:
        if not isinstance(error, DelegatorError | OSError):
            raise error  # a bug: the crash dialog shows it
        text = _failure_text(kind, error)
        if kind is BackupKind.MANUAL:
            QMessageBox.warning(self._window, self.tr("Not Backed Up"), text)
        elif text != self._last_failure:
            self._last_failure = text
            self._show_note(text, FAILURE_SHOWN_MS)


def _failure_text(kind: BackupKind, error: Exception) -> str:
    """One sentence naming why a backup failed; the plan itself is never touched."""
    if kind is BackupKind.MANUAL:
        text = QCoreApplication.translate(
            "AutoBackup", "The backup failed ({reason}). Your plan is unchanged."
        )
    else:
        text = QCoreApplication.translate(
            "AutoBackup", "The automatic backup failed ({reason}). It is tried again later."
        )
    return text.format(reason=reason(error))
