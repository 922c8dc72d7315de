"""The import dialog (issue 6): read a file (or pasted text) in a worker thread with a
progress bar and Cancel, map the columns of a CSV that is not Todoist's, preview the
to-dos with a tick box each (likely duplicates start unticked), and add the ticked ones
as one transaction and one undo step.

A file an assistant sends back (``tasks.ics``, ``tasks.csv`` of an export of this plan)
brings status changes: the to-dos it marks done or in progress are listed apart from
the new ones, ticked, and applied with them in the same transaction and undo step.

The format is detected (and shown) unless the user chooses one; finished to-dos of
todo.txt, iCalendar and Markdown are skipped unless "Include finished to-dos" is ticked,
and then imported as archived. Changing either reads the file again (cancelling a read
still running); ticks the user changed are kept for the same lines.

Nothing is stored until Import is pressed; a malformed file names its line and the
Import button stays disabled.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from delegator.domain.bulk import cycle_collector_paused
from delegator.domain.changes import Changes
from delegator.domain.errors import DelegatorError
from delegator.domain.imported import ImportFormatError
from delegator.domain.model import Status
from delegator.gui.background_job import JobRunner
from delegator.gui.form_widgets import HelpText, InlineMessage, WrappingLabel, resize_within_screen
from delegator.gui.import_mapping import MappingPage
from delegator.gui.import_options import ImportOptions
from delegator.gui.import_preview import PreviewModel
from delegator.gui.import_status import StatusChangesModel, StatusChangesTable
from delegator.gui.import_table import PreviewTable
from delegator.gui.import_workers import NeedsMapping, ReadJob, StoreJob
from delegator.gui.undo_commands import Runner
from delegator.services.import_service import (
    ImportContext,
    ImportFormat,
    ImportPlan,
    PreviewRow,
    StatusUpdate,
    StoreImport,
)
from delegator.services.task_operations import AlreadyApplied
from delegator.services.workspace import Workspace
from delegator.text.import_errors import import_reason
from delegator.text.import_reasons import skip_label
from delegator.text.messages import explain


def _failure_text(error: Exception) -> str:
    if isinstance(error, (DelegatorError, ValueError)):
        return explain(error)
    return str(error) or type(error).__name__


class ImportDialog(QDialog):
    """Import to-dos from one file or pasted text.

    Signals:
    parsed(): the preview is ready.
    parse_failed(str): the message shown; nothing can be imported.
    mapping_needed(): a CSV's columns are to be mapped first.
    imported(): the ticked to-dos and status changes are stored (one undo step); the
        dialog closes.
    """

    parsed = Signal()
    parse_failed = Signal(str)
    mapping_needed = Signal()
    imported = Signal()

    def __init__(
        self,
        workspace: Workspace,
        run: Runner,
        parent: QWidget | None = None,
        *,
        path: Path | None = None,
        text: str | None = None,
    ) -> None:
        super().__init__(parent)
        if (path is None) == (text is None):
            raise ValueError("give either a path or a text")
        self._workspace = workspace
        self._run = run
        self._path = path
        self._text = text
        # Ticks the user changed from the default, by (line, title), kept across reads.
        self._ticks: dict[tuple[int, str], bool] = {}
        self._reader = JobRunner(self)
        self._storer = JobRunner(self)
        self._reread_pending = False
        self._context: ImportContext | None = None  # assistants, open titles
        self.setWindowTitle(self.tr("Import To-dos"))

        self.source = WrappingLabel(self._source_text(), self)
        self.options = ImportOptions(self)
        self.format_combo = self.options.format_combo
        self.include_done = self.options.include_done
        self.detected_label = self.options.detected_label
        self.stack = QStackedWidget(self)
        self.mapping_page = MappingPage(self.stack)
        self.mapping_page.mapping_chosen.connect(self._mapping_chosen)
        self.show_preview = self.mapping_page.show_preview
        self.stack.addWidget(self.mapping_page)
        self._build_preview()
        self.message = InlineMessage(self.table, self)
        self._build_bottom()

        layout = QVBoxLayout(self)
        layout.addWidget(self.source)
        layout.addWidget(self.options)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.message)
        layout.addWidget(self._bottom)
        resize_within_screen(self, 800, 600)
        self._reader.busy_changed.connect(self._set_busy)
        self._reader.progressed.connect(self._progressed)
        self._storer.busy_changed.connect(self._set_storing)
        self.options.changed.connect(self._reread)
        self._update_import_button()
        self._start()

    # Building ------------------------------------------------------------------------

    def _name(self) -> str:
        return self._path.name if self._path is not None else self.tr("the pasted text")

    def _source_text(self) -> str:
        if self._path is not None:
            return self.tr("To-dos from {file}").format(file=self._path.name)
        return self.tr("To-dos from the pasted text")

    def _build_preview(self) -> None:
        self.preview_page = QWidget(self.stack)
        box = QVBoxLayout(self.preview_page)
        box.setContentsMargins(0, 0, 0, 0)
        self.status_model = StatusChangesModel(self.preview_page)
        self.status_model.ticks_changed.connect(self._update_import_button)
        self.status_heading = QLabel(
            self.tr("Status changes from the assistant"), self.preview_page
        )
        self.status_table = StatusChangesTable(self.status_model, self.preview_page)
        self.status_heading.setBuddy(self.status_table)
        self.new_heading = QLabel(self.tr("New to-dos"), self.preview_page)
        for heading in (self.status_heading, self.new_heading):
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
        box.addWidget(self.status_heading)
        box.addWidget(self.status_table)
        box.addWidget(self.new_heading)
        self.model = PreviewModel(self.preview_page)
        self.model.ticks_changed.connect(self._update_import_button)
        self.table = PreviewTable(self.model, self.preview_page)
        box.addWidget(self.table, 1)
        for widget in (self.status_heading, self.status_table, self.new_heading):
            widget.setVisible(False)  # until a file brings status changes
        box.addWidget(
            HelpText(
                self.tr("Space ticks or unticks the selected rows; Ctrl+A selects them all."),
                self.preview_page,
            )
        )
        self.skipped = WrappingLabel("", self.preview_page)
        self.skipped.setVisible(False)
        box.addWidget(self.skipped)
        self.stack.addWidget(self.preview_page)
        self.stack.setCurrentWidget(self.preview_page)

    def _build_bottom(self) -> None:
        self._bottom = QWidget(self)
        box = QHBoxLayout(self._bottom)
        box.setContentsMargins(0, 0, 0, 0)
        self.status = QLabel("", self._bottom)
        self.progress = QProgressBar(self._bottom)
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(self.tr("&Cancel Reading"), self._bottom)
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel_reading)
        self.import_button = QPushButton(self._bottom)
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        self.close_button = QPushButton(self.tr("Close"), self._bottom)
        self.close_button.clicked.connect(self.reject)
        box.addWidget(self.status, 1)
        box.addWidget(self.progress)
        box.addWidget(self.cancel_button)
        box.addWidget(self.import_button)
        box.addWidget(self.close_button)

    # Reading -------------------------------------------------------------------------

    def _start(self, mapping: Mapping[str, str] | None = None) -> None:
        try:
            if self._context is None:
                # Read once per dialog (on this thread: the job may not read the
                # database); every later read of the file checks against the same.
                self._context = self._workspace.imports.context()
        except Exception as error:  # a storage failure is shown, never lost
            self._show_error(
                self.tr("{file} could not be checked for duplicates: {error}").format(
                    file=self._name(), error=error
                )
            )
            return
        job = ReadJob(
            self._workspace.imports,
            self._context,
            path=self._path,
            text=self._text,
            mapping=mapping,
            fmt=self.chosen_format(),
            include_done=self.include_done.isChecked(),
        )
        if mapping is None:
            self.stack.setCurrentWidget(self.preview_page)
        job.detected.connect(self._on_detected)
        self.message.clear()
        self._reader.start(
            job, on_success=self._read, on_failure=self._read_failed, on_cancel=self._cancelled
        )
        self.status.setText(self.tr("Reading {file}…").format(file=self._name()))

    def is_reading(self) -> bool:
        return self._reader.is_busy()

    @Slot()
    def _reread(self) -> None:
        """Read again with the options as they are now; a read still running is
        cancelled first, and its result dropped."""
        if not self.is_reading():
            self._start()
            return
        self._reread_pending = True
        self._reader.cancel()

    def _restarted(self) -> bool:
        """True when the options changed during the read that just ended and a new one
        has been started: the caller drops the old read's result."""
        if not self._reread_pending:
            return False
        self._reread_pending = False
        self._start()
        return True

    @Slot()
    def cancel_reading(self) -> None:
        self._reread_pending = False
        if self.is_reading():
            self._reader.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling…"))

    @Slot(bool)
    def _set_busy(self, busy: bool) -> None:
        self.stack.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        self._update_import_button()

    @Slot(int, int)
    def _progressed(self, done: int, total: int) -> None:
        if total <= 0:
            self.progress.setRange(0, 0)
            self.status.setText(self.tr("Reading the to-dos…"))
            return
        # A QProgressBar holds ints; keep large files in range by counting kilobytes.
        self.progress.setRange(0, max(total // 1024, 1))
        self.progress.setValue(done // 1024)

    def _read(self, result: ImportPlan | NeedsMapping) -> None:
        if self._restarted():
            return
        if isinstance(result, NeedsMapping):
            self._needs_mapping(result.columns)
            return
        self.stack.setCurrentWidget(self.preview_page)
        self._show_status_changes(result.updates)
        self._set_preview(result.rows)
        self._show_skipped(result.skipped)
        if not result.rows and not result.updates:
            self.status.setText(self.tr("No to-dos to import in {file}.").format(file=self._name()))
        self.parsed.emit()

    def _needs_mapping(self, columns: list[str]) -> None:
        self._show_status_changes([])
        self._set_preview([])
        self._show_skipped(())
        self.mapping_page.set_columns(columns)
        self.stack.setCurrentWidget(self.mapping_page)
        self.status.setText(self.tr("Map the columns, then show the preview."))
        self.mapping_needed.emit()

    def _read_failed(self, error: Exception) -> None:
        if self._restarted():
            return
        if not isinstance(error, ImportFormatError):
            text = self.tr("{file} could not be read: {error}; nothing was imported.").format(
                file=self._name(), error=str(error) or type(error).__name__
            )
        elif error.line > 0:
            text = self.tr("{file}, line {line}: {reason}; nothing was imported.").format(
                file=self._name(), line=error.line, reason=import_reason(error)
            )
        else:
            text = self.tr("{file}: {reason}; nothing was imported.").format(
                file=self._name(), reason=import_reason(error)
            )
        self._show_error(text)

    def _cancelled(self) -> None:
        if self._restarted():
            return
        self._show_status_changes([])
        self._set_preview([])
        self._show_skipped(())
        self.status.setText(self.tr("Reading cancelled; nothing was imported."))

    def _show_error(self, text: str) -> None:
        self._show_status_changes([])
        self._set_preview([])
        self._show_skipped(())
        self.status.setText("")
        self.message.show_message(text)
        self._update_import_button()
        self.parse_failed.emit(text)

    # Options -------------------------------------------------------------------------

    def chosen_format(self) -> ImportFormat | None:
        """The format the user chose; None: detect it."""
        return self.options.chosen_format()

    def detected_format(self) -> ImportFormat | None:
        """The format found from the name and content (None until read)."""
        return self.options.detected_format()

    @Slot(str)
    def _on_detected(self, value: str) -> None:
        self.options.set_detected(ImportFormat(value))

    # Mapping -------------------------------------------------------------------------

    def mapping(self) -> dict[str, str]:
        """Our fields mapped to the CSV's columns (unmapped fields left out)."""
        return self.mapping_page.mapping()

    def set_mapping(self, field: str, column: str) -> None:
        """Map *field* (title, notes, area, due, priority, minutes_per_occurrence,
        assistant_name) to *column*; an empty column: not imported."""
        self.mapping_page.set_mapping(field, column)

    @Slot(dict)
    def _mapping_chosen(self, mapping: dict[str, str]) -> None:
        if not self.is_reading():
            self._start(mapping)

    # Preview -------------------------------------------------------------------------

    def _set_preview(self, preview: list[PreviewRow]) -> None:
        """Show *preview*, keeping the ticks the user changed on the rows shown so far."""
        for entry in self.model.entries():
            self._ticks.pop((entry.task.line, entry.task.title), None)
        self._ticks.update(self.model.changed_ticks())
        self.model.set_rows(preview, self._ticks)
        self._update_import_button()

    def _show_status_changes(self, updates: Sequence[StatusUpdate]) -> None:
        """The status changes above the new to-dos; hidden (headings too) when the file
        brings none."""
        self.status_model.set_updates(updates)
        shown = bool(updates)
        for widget in (self.status_heading, self.status_table, self.new_heading):
            widget.setVisible(shown)
        if shown:
            rows = min(len(updates), 5)
            frame = 2 * self.status_table.frameWidth()
            self.status_table.setFixedHeight(
                self.status_table.horizontalHeader().sizeHint().height()
                + rows * self.status_table.verticalHeader().defaultSectionSize()
                + frame
            )

    def _show_skipped(self, skipped: Sequence[tuple[str, int]]) -> None:
        """What was skipped and why, under the table; hidden when nothing was."""
        parts = [
            self.tr("{reason}: {count}").format(reason=skip_label(reason), count=count)
            for reason, count in skipped
            if count
        ]
        text = self.tr("Skipped — {counts}").format(counts=", ".join(parts)) if parts else ""
        self.skipped.setText(text)
        self.skipped.setVisible(bool(text))

    def _counts_text(self) -> str:
        if self.status_model.rowCount():
            return self.tr(
                "Status changes: {changes} · new to-dos: {ticked} of {total} ticked"
                " · likely duplicates: {duplicates}"
            ).format(
                changes=self.status_model.ticked_count(),
                ticked=self.model.ticked_count(),
                total=self.model.rowCount(),
                duplicates=self.model.duplicate_count(),
            )
        return self.tr("{ticked} of {total} ticked · likely duplicates: {duplicates}").format(
            ticked=self.model.ticked_count(),
            total=self.model.rowCount(),
            duplicates=self.model.duplicate_count(),
        )

    def _import_label(self, new: int, changes: int) -> str:
        if changes:
            return self.tr("Import %n change(s)", "", new + changes)
        return self.tr("Import %n to-do(s)", "", new)

    def _update_import_button(self) -> None:
        count = self.model.ticked_count()
        changes = self.status_model.ticked_count()
        self.import_button.setText(self._import_label(count, changes))
        idle = not self.is_reading() and not self.is_storing()
        self.import_button.setEnabled(
            idle
            and not self.message.has_message()
            and self.stack.currentWidget() is self.preview_page
            and count + changes > 0
        )
        shown = self.model.rowCount() or self.status_model.rowCount()
        if shown and idle and not self.message.has_message():
            self.status.setText(self._counts_text())

    # Public --------------------------------------------------------------------------

    def rows(self) -> list[tuple[str, bool, bool]]:
        """(title, ticked, likely duplicate) per preview row."""
        return [
            (entry.task.title, self.model.is_checked(row), entry.duplicate)
            for row, entry in enumerate(self.model.entries())
        ]

    def set_checked(self, index: int, checked: bool) -> None:
        self.model.set_checked(index, checked)

    def status_changes(self) -> list[tuple[str, Status, Status, bool]]:
        """(title, status now, status after the import, ticked) per status change."""
        return [
            (update.title, update.before, update.after, self.status_model.is_checked(row))
            for row, update in enumerate(self.status_model.updates())
        ]

    def error_text(self) -> str:
        return self.message.text()

    def is_storing(self) -> bool:
        return self._storer.is_busy()

    # Storing -------------------------------------------------------------------------

    @Slot()
    def start_import(self) -> None:
        """Store the ticked to-dos on a worker thread (one transaction); then record them
        as one undo step, emit ``imported`` and close."""
        if not self.import_button.isEnabled():
            return
        with cycle_collector_paused():  # a list of them all: no collection over it
            ticked = self.model.ticked()
        updates = self.status_model.ticked()
        try:
            # The assistants as they are now: they may have changed since the read.
            context = self._workspace.imports.context()
        except DelegatorError as error:
            self._store_failed(explain(error))
            return
        self.status.setText(
            self.tr("Importing %n change(s)…", "", len(ticked) + len(updates))
            if updates
            else self.tr("Importing %n to-do(s)…", "", len(ticked))
        )
        self._storer.start(
            StoreJob(self._workspace.imports, ticked, context, updates),
            on_success=self._stored,
            on_failure=self._on_store_failed,
        )

    @Slot(bool)
    def _set_storing(self, busy: bool) -> None:
        self.stack.setEnabled(not busy)
        self.options.setEnabled(not busy)
        self.close_button.setEnabled(not busy)
        self.progress.setRange(0, 0)
        self.progress.setVisible(busy)
        self._update_import_button()

    def _stored(self, result: tuple[StoreImport, Changes]) -> None:
        operation, changes = result
        label = self._import_label(len(operation.ids), operation.status_changes)
        # The window records it as one undo step and refreshes what changed.
        self._run(label, AlreadyApplied(operation, changes))
        self.imported.emit()
        self.accept()

    def _on_store_failed(self, error: Exception) -> None:
        self._store_failed(_failure_text(error))

    def _store_failed(self, error: str) -> None:
        self.status.setText("")
        self.message.show_message(
            self.tr("The to-dos could not be stored: {error}; nothing was imported.").format(
                error=error
            )
        )
        self._update_import_button()

    # Closing ---------------------------------------------------------------------------

    def done(self, result: int) -> None:
        """Closing while reading cancels first and closes when the job has stopped;
        while the to-dos are being stored (one transaction) the dialog stays open."""
        if self._storer.is_busy():
            return
        if self._reader.close_when_stopped(result):
            self.cancel_reading()
            return
        super().done(result)
