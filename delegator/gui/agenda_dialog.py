"""The check-in agenda dialog: choose the assistant and the language, read the agenda,
copy it as Markdown or export it as Markdown and PDF into a folder.

A file is never replaced without asking; the files are written by a background job
(the PDF uses Qt's text layout), each to a temporary name first.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Slot
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from delegator.domain.agenda import Agenda
from delegator.domain.brief import BriefFormat
from delegator.gui.background_job import Job, JobCancelled, JobRunner
from delegator.gui.export_dialog import LANGUAGES, MARKDOWN_FEATURES
from delegator.gui.export_questions import confirm_overwrite
from delegator.gui.form_widgets import WrappingLabel, resize_within_screen
from delegator.services.agenda_service import agenda_files, agenda_markdown, write_agenda
from delegator.services.export_places import in_the_way, refusal
from delegator.services.handover_package import ExportCancelled
from delegator.services.workspace import Workspace
from delegator.text import i18n
from delegator.text.formatting import default_paper
from delegator.text.messages import export_failure


class AgendaJob(Job):
    """Writes the agenda's files; its result is their paths."""

    def __init__(
        self, agenda: Agenda, formats: list[BriefFormat], folder: Path, *, force: bool
    ) -> None:
        super().__init__()
        self._agenda = agenda
        self._formats = formats
        self._folder = folder
        self._force = force

    def work(self) -> list[Path]:
        try:
            return write_agenda(
                self._agenda,
                self._formats,
                self._folder,
                paper=default_paper(),
                force=self._force,
                progress=self.report,
            )
        except ExportCancelled as cancelled:
            raise JobCancelled from cancelled


class AgendaDialog(QDialog):
    def __init__(
        self, workspace: Workspace, task_ids: list[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._agenda: Agenda | None = None
        self._markdown = ""
        self._folder: Path | None = None
        self._job = JobRunner(self)
        self._job.busy_changed.connect(self._set_busy)
        self.setWindowTitle(self.tr("Check-in Agenda"))

        self.assistant = QComboBox(self)
        for assistant in workspace.assistants.assistants():
            self.assistant.addItem(assistant.name, assistant.id)
        suggested = workspace.agenda.suggested_assistant(task_ids)
        self.assistant.setCurrentIndex(max(self.assistant.findData(suggested), 0))
        self.language = QComboBox(self)
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        wanted = workspace.profile.profile().brief_language or i18n.ui_language()
        self.language.setCurrentIndex(max(self.language.findData(wanted), 0))
        self.format_boxes = {
            BriefFormat.MARKDOWN: QCheckBox(self.tr("&Markdown"), self),
            BriefFormat.PDF: QCheckBox(self.tr("&PDF"), self),
        }
        formats = QHBoxLayout()
        for box in self.format_boxes.values():
            box.setChecked(True)
            box.toggled.connect(self._update_buttons)
            formats.addWidget(box)
        formats.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("&Assistant:"), self.assistant)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("Export as:"), formats)

        self.preview = QTextBrowser(self)
        self.preview.setAccessibleName(self.tr("The agenda"))
        self.preview.setOpenLinks(False)
        self.status = WrappingLabel("", self)

        self.copy_button = QPushButton(self.tr("&Copy"), self)
        self.copy_button.setToolTip(self.tr("Copy the agenda as Markdown"))
        self.copy_button.clicked.connect(self.copy)
        self.export_button = QPushButton(self.tr("&Export…"), self)
        self.export_button.clicked.connect(self.export)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        resize_within_screen(self, 720, 640)

        self.assistant.currentIndexChanged.connect(self._refresh)
        self.language.currentIndexChanged.connect(self._refresh)
        self._refresh()

    @property
    def markdown(self) -> str:
        """The agenda shown, as Markdown ("" without an assistant)."""
        return self._markdown

    @Slot()
    def _refresh(self) -> None:
        assistant_id = self.assistant.currentData()
        if assistant_id is None:
            self._agenda, self._markdown = None, ""
            self.preview.setPlainText(
                self.tr("No assistants yet. Add one on the Assistants page first.")
            )
        else:
            self._agenda = self._workspace.agenda.build(
                int(assistant_id), str(self.language.currentData())
            )
            self._markdown = agenda_markdown(self._agenda)
            self.preview.document().setMarkdown(self._markdown, MARKDOWN_FEATURES)
            self.preview.moveCursor(QTextCursor.MoveOperation.Start)
        self.status.clear()
        self._update_buttons()

    def _formats(self) -> list[BriefFormat]:
        return [fmt for fmt, box in self.format_boxes.items() if box.isChecked()]

    @Slot()
    def _update_buttons(self) -> None:
        ready = self._agenda is not None and not self._job.is_busy()
        self.copy_button.setEnabled(self._agenda is not None)
        self.export_button.setEnabled(ready and bool(self._formats()))
        for widget in (self.language, *self.format_boxes.values()):
            widget.setEnabled(not self._job.is_busy())
        self.assistant.setEnabled(not self._job.is_busy() and self.assistant.count() > 0)

    @Slot()
    def copy(self) -> None:
        if self._agenda is None:
            return
        QGuiApplication.clipboard().setText(self._markdown)
        self.status.setText(self.tr("The agenda is on the clipboard, as Markdown."))

    @Slot()
    def export(self) -> None:
        """Ask for a folder, ask before replacing a file, then write in the background."""
        agenda, formats = self._agenda, self._formats()
        if agenda is None or not formats or self._job.is_busy():
            return
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Export the Agenda to"), str(self._folder or _documents())
        )
        if not chosen:
            return
        folder = Path(chosen)
        self._folder = folder
        names = [path.name for path in agenda_files(agenda, formats, folder)]
        refused = refusal(folder, names)
        if refused is not None:
            self._failed(refused)
            return
        existing = in_the_way(folder, names)
        if existing and not confirm_overwrite(self, folder, existing):
            self.status.setText(self.tr("Nothing was exported."))
            return
        self.status.setText(self.tr("Exporting…"))
        self._job.start(
            AgendaJob(agenda, formats, folder, force=bool(existing)),
            on_success=self._exported,
            on_failure=self._failed,
            on_cancel=lambda: self.status.setText(
                self.tr("Export cancelled. Nothing was exported.")
            ),
        )

    def _exported(self, paths: list[Path]) -> None:
        names = ", ".join(path.name for path in paths)
        folder = paths[0].parent if paths else ""
        self.status.setText(
            self.tr("Exported {names} to {folder}.").format(names=names, folder=folder)
        )

    def _failed(self, error: Exception) -> None:
        self.status.setText(export_failure(error))

    @Slot(bool)
    def _set_busy(self, _busy: bool) -> None:
        self._update_buttons()

    def done(self, result: int) -> None:
        """Closing while the files are written waits until the job has stopped."""
        if self._job.close_when_stopped(result):
            return
        super().done(result)


def _documents() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()
