"""The dialogs of File → Export Whole Plan and File → Open Plan Archive
(services/plan_archive.py): writing the archive and checking one before it is opened,
each off the window's thread (gui/background_job.py), with a busy bar meanwhile.

Writing cannot be stopped half-way (the archive is built beside its target and renamed
when whole), so the write dialog closes when it ends; the preview's check can be
cancelled at any time.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from delegator.domain.errors import DatabaseFileError, DelegatorError, TargetIsThePlan
from delegator.gui import theme
from delegator.gui.background_job import Job, JobRunner
from delegator.gui.backup_words import BackupWords
from delegator.gui.form_widgets import ThemedLabel, WrappingLabel
from delegator.services.plan_archive import ArchivePreview, preview, write_archive
from delegator.services.workspace import Workspace
from delegator.text.messages import explain

OpenPlan = Callable[[Path], str]  # opens the archive in the window: "" or the problem
STATUS_SHOWN_MS = 10000
SECTION_GAP = 8  # pixels between the file's name, what it holds and what opening does


class WriteArchiveJob(Job):
    """Writes the plan archive *target*; its result is the file written."""

    def __init__(self, workspace: Workspace, target: Path, *, replace: bool) -> None:
        super().__init__()
        self._workspace = workspace
        self._target = target
        self._replace = replace

    def work(self) -> Path:
        return write_archive(self._workspace, self._target, replace=self._replace)

    def cancel(self) -> None:
        """Writing runs to its end (a half-written archive is never left behind)."""


class PreviewArchiveJob(Job):
    """Checks every member of the archive *path*; its result is the ArchivePreview."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self._path = path

    def work(self) -> ArchivePreview:
        return preview(self._path)


def fit_height(dialog: QDialog) -> None:
    """As tall as the dialog's wrapped texts need at its width (shown or hidden parts
    change it; a wrapping label's own size hint guesses a narrower width)."""
    layout = dialog.layout()
    if layout is not None:
        layout.activate()
        dialog.resize(
            dialog.width(), max(dialog.minimumHeight(), layout.totalHeightForWidth(dialog.width()))
        )


class _BusyRow(QWidget):
    """What is being done, over a busy bar."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = WrappingLabel(text, self)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)


class ArchiveWriteDialog(QDialog):
    """Writes the whole plan to *target* on a worker; when it is written the dialog
    closes and the window's status bar names the file, when it fails the dialog says
    why (no file is left behind)."""

    def __init__(
        self, workspace: Workspace, target: Path, *, replace: bool, parent: QMainWindow
    ) -> None:
        super().__init__(parent)
        self._window = parent
        self.target = target
        self.setWindowTitle(self.tr("Export Whole Plan"))
        self.busy = _BusyRow(self.tr("Writing {name}…").format(name=target.name), self)
        self.problem = ThemedLabel("", theme.ERROR, self)
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.busy)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.runner = JobRunner(self)
        self.runner.busy_changed.connect(self._on_runner_busy_changed)
        self.runner.start(
            WriteArchiveJob(workspace, target, replace=replace),
            on_success=self._written,
            on_failure=self._failed,
        )

    def reject(self) -> None:
        if not self.runner.close_when_stopped(QDialog.DialogCode.Rejected):
            super().reject()

    def _on_runner_busy_changed(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.buttons.setEnabled(not busy)

    def _written(self, path: Path) -> None:
        self._window.statusBar().showMessage(
            self.tr("The whole plan was exported to {path}.").format(path=path), STATUS_SHOWN_MS
        )
        self.accept()

    def _failed(self, error: Exception) -> None:
        if not isinstance(error, DelegatorError | OSError):
            raise error  # a bug: the crash dialog shows it
        self.problem.setText(self._problem(error))
        self.problem.show()
        fit_height(self)

    def _problem(self, error: DelegatorError | OSError) -> str:
        if isinstance(error, TargetIsThePlan):
            return explain(error)
        if isinstance(error, FileExistsError):
            return self.tr(
                "The plan archive {name} was not written: a file of that name is already "
                "there. Your plan is unchanged; export again and choose another name."
            ).format(name=self.target.name)
        detail = explain(error) if isinstance(error, DatabaseFileError) else str(error)
        return self.tr(
            "The plan archive {name} was not written ({detail}). Your plan is unchanged; "
            "choose another folder or make room on the disk and try again."
        ).format(name=self.target.name, detail=detail)


class ArchivePreviewDialog(QDialog):
    """What the plan archive *path* holds and from when, after checking it whole on a
    worker; "Open This Plan" hands it to the window (*open_plan*), which replaces the
    plan as one undo step. A refused archive shows why and cannot be opened."""

    def __init__(self, path: Path, open_plan: OpenPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self._open_plan = open_plan
        self._words = BackupWords(self)
        self.setWindowTitle(self.tr("Open Plan Archive"))
        self._build()
        self.runner = JobRunner(self)
        self.runner.busy_changed.connect(self._on_runner_busy_changed)
        self.runner.start(
            PreviewArchiveJob(path), on_success=self._checked, on_failure=self._refused
        )

    def _build(self) -> None:
        self.heading = QLabel(self.path.name, self)
        self.heading.setToolTip(str(self.path))
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.busy = _BusyRow(self.tr("Checking every file in the archive…"), self)
        self.facts = QWidget(self)
        form = QFormLayout(self.facts)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.made = QLabel(self.facts)
        self.version = QLabel(self.facts)
        self.todos = QLabel(self.facts)
        self.assistants = QLabel(self.facts)
        self.attachments = QLabel(self.facts)
        self.archive_size = QLabel(self.facts)
        form.addRow(self.tr("Made:"), self.made)
        form.addRow(self.tr("Made with:"), self.version)
        form.addRow(self.tr("To-dos:"), self.todos)
        form.addRow(self.tr("Assistants:"), self.assistants)
        form.addRow(self.tr("Attachments:"), self.attachments)
        form.addRow(self.tr("Size:"), self.archive_size)
        self.note = WrappingLabel(
            self.tr(
                "Opening it replaces your plan with this one. Your plan as it is now is "
                "backed up first, and Edit → Undo brings it back."
            ),
            self,
        )
        self.problem = ThemedLabel("", theme.ERROR, self)
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.open_button = QPushButton(self.tr("&Open This Plan"), self)
        self.open_button.setEnabled(False)
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.rejected.connect(self.reject)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addSpacing(SECTION_GAP)
        layout.addWidget(self.busy)
        layout.addWidget(self.facts)
        layout.addSpacing(SECTION_GAP)
        layout.addWidget(self.note)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addSpacing(SECTION_GAP)
        layout.addWidget(self.buttons)
        for part in (self.facts, self.note, self.problem):
            part.hide()
        self.setMinimumWidth(480)

    def reject(self) -> None:
        if not self.runner.close_when_stopped(QDialog.DialogCode.Rejected):
            super().reject()

    def _on_runner_busy_changed(self, busy: bool) -> None:
        self.busy.setVisible(busy)

    def _checked(self, shown: ArchivePreview) -> None:
        words, locale, summary = self._words, QLocale(), shown.summary
        self.made.setText(words.made_at(shown.created))
        self.version.setText(self.tr("Delegator {version}").format(version=shown.app_version))
        self.todos.setText(
            self.tr("{todos} ({delegated} delegated)").format(
                todos=locale.toString(summary.todos), delegated=locale.toString(summary.delegated)
            )
        )
        self.assistants.setText(locale.toString(summary.assistants))
        self.attachments.setText(locale.toString(summary.attachments))
        self.archive_size.setText(words.size(shown.size))
        self.facts.show()
        self.note.show()
        self.open_button.setEnabled(True)
        self.open_button.setDefault(True)
        self.open_button.setFocus()
        fit_height(self)

    def _refused(self, error: Exception) -> None:
        if not isinstance(error, DelegatorError | OSError):
            raise error  # a bug: the crash dialog shows it
        self._show_problem(explain(error) if isinstance(error, DelegatorError) else str(error))

    def _show_problem(self, text: str) -> None:
        self.facts.hide()
        self.note.hide()
        self.problem.setText(text)
        self.problem.show()
        self.open_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        fit_height(self)

    def _on_open_button_clicked(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            problem = self._open_plan(self.path)
        finally:
            QGuiApplication.restoreOverrideCursor()
        if problem:
            self._show_problem(problem)
        else:
            self.accept()
