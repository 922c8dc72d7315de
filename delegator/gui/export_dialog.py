"""The export dialog: choose an assistant (or "to be assigned", a requirements profile),
the to-dos, formats, language, opt-ins and a folder; see a live preview of the brief;
write the handover package in a background job with a progress bar and Cancel.

Open readiness blockers are shown first, calmly: they never stop an export. A file is
never overwritten without asking, and a secret-like value in an exported field asks
before anything is written.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from PySide6.QtCore import (
    QSettings,
    QStandardPaths,
    Qt,
    QTimer,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import QDesktopServices, QTextDocument, QTextOption
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from delegator.domain.assistant import Assistant
from delegator.domain.brief import Brief, BriefFormat, BriefOptions
from delegator.domain.errors import DelegatorError, SecretHit
from delegator.domain.model import Decision, Status, Task
from delegator.gui.background_job import JobRunner
from delegator.gui.export_blockers import BlockersBox
from delegator.gui.export_job import ExportJob, SecretScanJob
from delegator.gui.export_questions import confirm_overwrite, confirm_secrets
from delegator.gui.form_widgets import HelpText, InlineMessage, WrappingLabel, resize_within_screen
from delegator.services.handover_package import brief_markdown, in_the_way, refusal
from delegator.services.workspace import Workspace
from delegator.text import i18n
from delegator.text.formatting import default_paper, short_date
from delegator.text.messages import export_failure

PREVIEW_DELAY_MS = 200
# GFM tables and task lists, but typed HTML is shown as text, never interpreted.
MARKDOWN_FEATURES = (
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub
    | QTextDocument.MarkdownFeature.MarkdownNoHTML
)
UNASSIGNED = -1  # the combo's data for "to be assigned" (a combo cannot find None)
LANGUAGES = (("en", "English"), ("de", "Deutsch"))  # each in its own language


def _last_folder_key(workspace: Workspace) -> str:
    """The settings key of the folder last exported to, one per plan (data folder)."""
    folder = str(workspace.data_file.parent.resolve())
    return "export/" + hashlib.sha256(folder.encode("utf-8")).hexdigest()[:16]


def _folder_name(name: str) -> str:
    """*name* made safe as one folder name on every system."""
    cleaned = re.sub(r'[<>:"/\\|?*\x00-\x1f]+', "-", name).strip(" .-")
    return cleaned or "Brief"


MINIMUM_WIDTH = 640


class ExportDialog(QDialog):
    """Signals: export_finished(list of written paths), export_failed(message),
    export_cancelled(). With *settings* (the window's), the folder of the last export
    of this plan is proposed again: itself for the same choice of assistant, the
    folder beside it for another."""

    export_finished = Signal(list)  # the written paths
    export_failed = Signal(str)
    export_cancelled = Signal()

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        # Never so narrow that the preview is a sliver; still inside an 800 × 600 screen.
        self.setMinimumWidth(MINIMUM_WIDTH)
        self._workspace = workspace
        self._settings = settings
        self._assistants: dict[int, Assistant] = {
            a.id: a for a in workspace.assistants.assistants()
        }
        self._folder_chosen = False  # once the user picks a folder, keep it
        self._job = JobRunner(self)
        self._job.busy_changed.connect(self._set_busy)
        self._job.progressed.connect(self._progressed)
        self._running_brief: Brief | None = None
        self._running_formats: list[BriefFormat] = []
        self._running_folder = Path()
        self._running_assistant: int | None = None
        self._last_folder: Path | None = None
        self.setWindowTitle(self.tr("Export Handover Brief"))

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self._refresh_preview)

        self.blockers = BlockersBox(self)
        self.blocker_list = self.blockers.blocker_list
        self._build_form()
        self._build_bottom()

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self._form_widget)
        splitter.addWidget(self._preview_pane)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.blockers)
        layout.addWidget(splitter, 1)
        layout.addWidget(self._bottom)
        resize_within_screen(self, 1000, 680)

        self._show_blockers()
        self._fill_assistants()
        self._assistant_changed()

    # Building ------------------------------------------------------------------------

    def _build_form(self) -> None:
        self._form_widget = QWidget(self)
        form = QFormLayout(self._form_widget)

        self.assistant = QComboBox(self._form_widget)
        self.assistant.currentIndexChanged.connect(self._assistant_changed)
        form.addRow(self.tr("&Assistant:"), self.assistant)

        self.tasks = QListWidget(self._form_widget)
        self.tasks.setAccessibleName(self.tr("To-dos in the brief"))
        # Long titles are cut short with "…" (the whole title is the tooltip), never
        # scrolled sideways.
        self.tasks.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tasks.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tasks.itemChanged.connect(self._schedule_preview)
        form.addRow(self.tr("&To-dos:"), self.tasks)
        self.no_tasks = HelpText(self.tr("No delegated, open to-dos for this choice."))
        form.addRow("", self.no_tasks)

        formats = QWidget(self._form_widget)
        formats_box = QVBoxLayout(formats)
        formats_box.setContentsMargins(0, 0, 0, 0)
        self.format_boxes: dict[BriefFormat, QCheckBox] = {}
        for fmt, label in self._format_labels().items():
            box = QCheckBox(label, formats)
            box.setChecked(True)
            box.toggled.connect(self._options_changed)
            formats_box.addWidget(box)
            self.format_boxes[fmt] = box
        form.addRow(self.tr("Formats:"), formats)

        self.language = QComboBox(self._form_widget)
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        wanted = self._workspace.profile.profile().brief_language or i18n.ui_language()
        self.language.setCurrentIndex(max(self.language.findData(wanted), 0))
        self.language.currentIndexChanged.connect(self._schedule_preview)
        form.addRow(self.tr("&Language:"), self.language)

        self.include_cost = QCheckBox(self.tr("Include &cost"), self._form_widget)
        self.include_cost.toggled.connect(self._schedule_preview)
        form.addRow("", self.include_cost)
        self.include_budget = QCheckBox(self.tr("Include &budget range"), self._form_widget)
        self.include_budget.toggled.connect(self._schedule_preview)
        form.addRow("", self.include_budget)

        folder_row = QWidget(self._form_widget)
        folder_box = QHBoxLayout(folder_row)
        folder_box.setContentsMargins(0, 0, 0, 0)
        self.folder = QLineEdit(folder_row)
        self.folder.textEdited.connect(self._folder_edited)
        self.folder.textChanged.connect(self._show_folder_end)
        self.choose_folder = QPushButton(self.tr("C&hoose…"), folder_row)
        self.choose_folder.clicked.connect(self._choose_folder)
        folder_box.addWidget(self.folder, 1)
        folder_box.addWidget(self.choose_folder)
        form.addRow(self.tr("&Folder:"), folder_row)
        self.folder_message = InlineMessage(self.folder, self._form_widget)
        self.folder_message.add_to(form)

        self.preview = QTextBrowser(self)
        self.preview.setOpenLinks(False)
        self.preview.setAccessibleName(self.tr("Preview of the brief"))
        # Lines break between words only: a title or a date is never cut in two, and a
        # table too wide for the pane scrolls instead.
        self.preview.setWordWrapMode(QTextOption.WrapMode.WordWrap)
        self.version_note = HelpText("", self)
        self.version_note.setVisible(False)
        self._preview_pane = QWidget(self)
        pane = QVBoxLayout(self._preview_pane)
        pane.setContentsMargins(0, 0, 0, 0)
        pane.addWidget(self.version_note)
        pane.addWidget(self.preview, 1)

    def _build_bottom(self) -> None:
        self._bottom = QWidget(self)
        box = QHBoxLayout(self._bottom)
        box.setContentsMargins(0, 0, 0, 0)
        self.status = WrappingLabel("", self._bottom)
        self.progress = QProgressBar(self._bottom)
        self.progress.setVisible(False)
        self.open_folder = QPushButton(self.tr("&Open Folder"), self._bottom)
        self.open_folder.setVisible(False)
        self.open_folder.clicked.connect(self._open_folder)
        self.cancel_button = QPushButton(self.tr("Cancel Export"), self._bottom)
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel_export)
        self.export_button = QPushButton(self.tr("&Export"), self._bottom)
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        self.close_button = QPushButton(self.tr("Close"), self._bottom)
        self.close_button.clicked.connect(self.reject)
        box.addWidget(self.status, 1)
        box.addWidget(self.progress)
        box.addWidget(self.open_folder)
        box.addWidget(self.cancel_button)
        box.addWidget(self.export_button)
        box.addWidget(self.close_button)

    def _format_labels(self) -> dict[BriefFormat, str]:
        return {
            BriefFormat.MARKDOWN: self.tr("Brief (Markdown)"),
            BriefFormat.PDF: self.tr("Brief (PDF)"),
            BriefFormat.ICS: self.tr("Calendar (iCalendar)"),
            BriefFormat.CSV: self.tr("Todoist (CSV)"),
            BriefFormat.ZIP: self.tr("Everything as one zip"),
        }

    def _show_blockers(self) -> None:
        self.blockers.show_findings(
            self._workspace.readiness.report().findings,
            self._workspace.profile.profile().currency,
        )

    def _fill_assistants(self) -> None:
        delegated = self._delegated()
        busy = {t.assistant_id for t in delegated}
        self.assistant.blockSignals(True)
        for assistant in self._assistants.values():
            self.assistant.addItem(assistant.name, assistant.id)
        self.assistant.addItem(self.tr("To be assigned (requirements profile)"), UNASSIGNED)
        first = next((i for i in self._assistants if i in busy), None)
        if first is None and None not in busy and self._assistants:
            first = next(iter(self._assistants))
        self.assistant.setCurrentIndex(
            max(self.assistant.findData(UNASSIGNED if first is None else first), 0)
        )
        self.assistant.blockSignals(False)

    # Public --------------------------------------------------------------------------

    def set_assistant(self, assistant_id: int | None) -> None:
        """Choose an assistant by id; None: "to be assigned" (a requirements profile)."""
        index = self.assistant.findData(UNASSIGNED if assistant_id is None else assistant_id)
        if index < 0:
            raise ValueError(f"no active assistant with id {assistant_id}")
        self.assistant.setCurrentIndex(index)

    def task_rows(self) -> list[tuple[int, str, bool]]:
        rows = []
        for row in range(self.tasks.count()):
            item = self.tasks.item(row)
            checked = item.checkState() == Qt.CheckState.Checked
            rows.append((int(item.data(Qt.ItemDataRole.UserRole)), item.text(), checked))
        return rows

    def set_folder(self, path: str | Path) -> None:
        self.folder.setText(str(path))
        self._folder_chosen = True
        self.folder_message.clear()

    def set_formats(self, formats: set[BriefFormat]) -> None:
        for fmt, box in self.format_boxes.items():
            box.setChecked(fmt in formats)

    def preview_text(self) -> str:
        """The preview's text as shown (a pending refresh is done first)."""
        if self._preview_timer.isActive():
            self._preview_timer.stop()
            self._refresh_preview()
        return self.preview.toPlainText()

    def is_exporting(self) -> bool:
        return self._job.is_busy()

    # Choices -------------------------------------------------------------------------

    def _assistant_id(self) -> int | None:
        data = self.assistant.currentData()
        return None if data in (None, UNASSIGNED) else int(data)

    def _delegated(self) -> list[Task]:
        """The to-dos a brief can carry: delegated, not archived, not done."""
        delegated = self._workspace.tasks.tasks(decision=Decision.DELEGATE, archived=False)
        return [task for task in delegated if task.status is not Status.DONE]

    def _assistant_changed(self) -> None:
        assistant_id = self._assistant_id()
        self.tasks.blockSignals(True)
        self.tasks.clear()
        for task in self._delegated():
            if task.assistant_id != assistant_id:
                continue
            item = QListWidgetItem(task.title, self.tasks)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            item.setData(Qt.ItemDataRole.UserRole, task.id)
            item.setToolTip(task.title)
        self.tasks.blockSignals(False)
        self.no_tasks.setVisible(self.tasks.count() == 0)
        self.include_budget.setVisible(assistant_id is None)
        if not self._folder_chosen:
            self.folder.setText(str(self._proposed_folder()))
        self._options_changed()

    def _proposed_folder(self) -> Path:
        """The last export's folder for the same choice, the folder beside it for
        another; without one, Documents/Delegator/<the assistant's name>."""
        assistant_id = self._assistant_id()
        name = _folder_name(
            self._assistants[assistant_id].name
            if assistant_id is not None
            else self.tr("Requirements profile")
        )
        last, last_choice = self._remembered_folder()
        if last is not None:
            return last if last_choice == self._choice_key() else last.parent / name
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        base = Path(documents) if documents else Path.home() / "Documents"
        return base / "Delegator" / name

    def _choice_key(self) -> str:
        assistant_id = self._assistant_id()
        return "unassigned" if assistant_id is None else str(assistant_id)

    def _remembered_folder(self) -> tuple[Path | None, str]:
        if self._settings is None:
            return None, ""
        key = _last_folder_key(self._workspace)
        folder = self._settings.value(f"{key}/folder", "", str)
        choice = self._settings.value(f"{key}/assistant", "", str)
        return (Path(str(folder)) if folder else None), str(choice)

    def _remember_folder(self, folder: Path) -> None:
        if self._settings is None:
            return
        key = _last_folder_key(self._workspace)
        self._settings.setValue(f"{key}/folder", str(folder))
        self._settings.setValue(f"{key}/assistant", self._choice_key())

    def _show_folder_end(self, text: str) -> None:
        """The whole path as the tooltip; the field shows its end, the folder's name."""
        self.folder.setToolTip(text)
        if not self.folder.hasFocus():
            self.folder.end(False)

    def _folder_edited(self) -> None:
        self._folder_chosen = True
        self.folder_message.clear()

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the Export Folder"), self.folder.text()
        )
        if chosen:
            self.set_folder(chosen)

    def _formats(self) -> list[BriefFormat]:
        return [fmt for fmt, box in self.format_boxes.items() if box.isChecked()]

    def _options_changed(self) -> None:
        self.export_button.setEnabled(not self.is_exporting() and bool(self._formats()))
        self._schedule_preview()

    def _options(self) -> BriefOptions:
        return BriefOptions(
            language=str(self.language.currentData()),
            include_cost=self.include_cost.isChecked(),
            include_budget=self._assistant_id() is None and self.include_budget.isChecked(),
            paper=default_paper(),
        )

    def _ticked(self) -> list[int]:
        return [task_id for task_id, _title, checked in self.task_rows() if checked]

    def _brief(self) -> Brief:
        assistant_id = self._assistant_id()
        assistant = self._assistants[assistant_id] if assistant_id is not None else None
        return self._workspace.handover.build(assistant, self._options(), self._ticked())

    def _schedule_preview(self) -> None:
        self._preview_timer.start()

    def _refresh_preview(self) -> None:
        try:
            brief = self._brief()
            markdown = brief_markdown(brief)
        except DelegatorError as error:
            self.version_note.setVisible(False)
            self.preview.setPlainText(self.tr("No preview: {error}").format(error=error))
            return
        bar = self.preview.verticalScrollBar()
        position = bar.value()
        self.preview.document().setMarkdown(markdown, MARKDOWN_FEATURES)
        bar.setValue(position)
        self._show_version_note(brief)

    def _show_version_note(self, brief: Brief) -> None:
        """Above a brief that follows an earlier one, say it is the next one."""
        if brief.changes is None:
            self.version_note.setVisible(False)
            return
        self.version_note.setText(
            self.tr(
                "Version {version} — the next brief; version {last} was handed over on {day}."
            ).format(
                version=brief.version,
                last=brief.version - 1,
                day=short_date(brief.changes.since.date()),
            )
        )
        self.version_note.setVisible(True)

    # Export --------------------------------------------------------------------------

    @Slot()
    def start_export(self) -> None:
        """Check, ask where needed, then write the package in a worker thread."""
        if self.is_exporting():
            return
        formats = self._formats()
        if not formats:
            self.status.setText(self.tr("Tick at least one format."))
            return
        text = self.folder.text().strip()
        if not text:
            self.folder_message.show_message(self.tr("Choose a folder to export to."))
            return
        folder = Path(text).expanduser()
        if folder.exists() and not folder.is_dir():
            self.folder_message.show_message(self.tr("This is a file, not a folder."))
            return
        self.folder_message.clear()
        try:
            brief = self._brief()
        except DelegatorError as error:
            self._failed(error)
            return
        self._job.start(
            SecretScanJob(brief),
            on_success=lambda hits: self._scanned(brief, formats, folder, hits),
            on_failure=self._failed,
            on_cancel=self._cancelled,
        )
        self.status.setText(self.tr("Checking the brief for secrets…"))

    def _scanned(
        self, brief: Brief, formats: list[BriefFormat], folder: Path, hits: list[SecretHit]
    ) -> None:
        """After the secret check: ask where needed, then write."""
        self.status.clear()
        if hits and not confirm_secrets(self, hits):
            self.status.setText(
                self.tr(
                    "Nothing was exported. Remove the secrets from the fields named, and "
                    "share them through a password manager."
                )
            )
            return
        refused = refusal(brief, formats, folder)
        if refused is not None:
            self._failed(refused)
            return
        existing = in_the_way(brief, formats, folder)
        if existing and not confirm_overwrite(self, folder, existing):
            self.status.setText(self.tr("Nothing was exported."))
            return
        self._run(brief, formats, folder, force=bool(existing))

    def _run(self, brief: Brief, formats: list[BriefFormat], folder: Path, *, force: bool) -> None:
        self._running_brief = brief
        self._running_formats = formats
        self._running_folder = folder
        self._running_assistant = self._assistant_id()
        self._job.start(
            ExportJob(brief, formats, folder, self._workspace.attachments_dir, force=force),
            on_success=self._finished,
            on_failure=self._failed,
            on_cancel=self._cancelled,
        )
        self.status.setText(self.tr("Exporting…"))

    @Slot()
    def cancel_export(self) -> None:
        if self.is_exporting():
            self._job.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling…"))

    @Slot(bool)
    def _set_busy(self, busy: bool) -> None:
        self._form_widget.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        self.export_button.setEnabled(not busy and bool(self._formats()))
        if busy:
            self.open_folder.setVisible(False)
        else:
            self.export_button.setFocus()  # the field the user was in was disabled

    @Slot(int, int)
    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _finished(self, result: tuple[list[Path], str]) -> None:
        paths, digest = result
        brief, folder = self._running_brief, self._running_folder
        message = self.tr("Exported %n file(s) to {folder}", "", len(paths)).format(folder=folder)
        if brief is not None:
            try:
                self._workspace.handover.record(
                    brief,
                    self._running_assistant,
                    ",".join(f.value for f in self._running_formats),
                    str(folder),
                    digest,
                )
            except DelegatorError as error:
                message += "\n" + self.tr("The export could not be recorded: {error}").format(
                    error=error
                )
        self.status.setText(message)
        self._last_folder = folder
        self._remember_folder(folder)
        self.open_folder.setVisible(True)
        self._schedule_preview()  # the next brief lists changes since this one
        self.export_finished.emit([Path(p) for p in paths])

    def _failed(self, error: Exception) -> None:
        message = export_failure(error)
        self.status.setText(message)
        self.export_failed.emit(message)

    def _cancelled(self) -> None:
        self.status.setText(self.tr("Export cancelled. Nothing was exported."))
        self.export_cancelled.emit()

    def _open_folder(self) -> None:
        if self._last_folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._last_folder)))

    # Closing ---------------------------------------------------------------------------

    def done(self, result: int) -> None:
        """Closing while exporting cancels first and closes when the job has stopped."""
        if self._job.close_when_stopped(result):
            self.cancel_export()
            return
        self._preview_timer.stop()
        super().done(result)
