"""The import dialog (issue 6): read a file (or pasted text) in a worker thread with a
progress bar and Cancel, map the columns of a CSV that is not Todoist's, preview the
to-dos with a tick box each (likely duplicates start unticked), and add the ticked ones
as one transaction and one undo step.

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

from PySide6.QtCore import QEvent, QObject, Qt, QThread, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from delegator.domain.bulk import cycle_collector_paused
from delegator.domain.changes import Changes
from delegator.domain.errors import DelegatorError
from delegator.domain.imported import ImportResult
from delegator.gui.form_widgets import HelpText, InlineMessage, WrappingLabel
from delegator.gui.import_preview import AREA, DUE, NOTE, TITLE, PreviewModel
from delegator.gui.import_workers import ImportWorker, StoreWorker
from delegator.gui.undo_commands import Runner
from delegator.gui.worker_thread import end_worker, start_worker
from delegator.services.import_service import ImportFormat, PreviewRow
from delegator.services.task_operations import AddTasks, AlreadyApplied
from delegator.services.workspace import Workspace
from delegator.text.import_reasons import skip_label
from delegator.text.messages import explain

# Formats whose files can mark a to-do as finished (todo.txt "x", COMPLETED, "[x]").
WITH_FINISHED = frozenset({ImportFormat.TODOTXT, ImportFormat.ICS, ImportFormat.MARKDOWN})

# Column names that pre-select a field in the mapping step (compared case-folded).
GUESSES: Mapping[str, frozenset[str]] = {
    "title": frozenset({"title", "titel", "task", "aufgabe", "name", "content", "subject"}),
    "notes": frozenset({"notes", "note", "notizen", "notiz", "description", "beschreibung"}),
    "area": frozenset({"area", "bereich", "project", "projekt", "category", "kategorie"}),
    "due": frozenset({"due", "due date", "fällig", "fällig am", "date", "datum"}),
    "priority": frozenset({"priority", "priorität", "prio"}),
    "minutes_per_occurrence": frozenset({"minutes", "minuten", "duration", "dauer"}),
    "assistant_name": frozenset({"assistant", "assistenz", "responsible", "zuständig"}),
}


class ImportDialog(QDialog):
    """Import to-dos from one file or pasted text.

    Signals:
    parsed(): the preview is ready.
    parse_failed(str): the message shown; nothing can be imported.
    mapping_needed(): a CSV's columns are to be mapped first.
    imported(): the ticked to-dos are stored (one undo step); the dialog closes.
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
        self._columns: list[str] = []
        self._detected: ImportFormat | None = None
        self._thread: QThread | None = None
        self._worker: ImportWorker | None = None
        self._store_thread: QThread | None = None
        self._store_worker: StoreWorker | None = None
        self._storing: str | None = None  # the undo step's label while storing
        self._reread_pending = False
        self._known: tuple[list[str], set[str]] | None = None  # assistants, open titles
        self._close_result: int | None = None
        self.setWindowTitle(self.tr("Import To-dos"))

        self.source = WrappingLabel(self._source_text(), self)
        self._build_options()
        self.stack = QStackedWidget(self)
        self._build_mapping()
        self._build_preview()
        self.message = InlineMessage(self.table, self)
        self._build_bottom()

        layout = QVBoxLayout(self)
        layout.addWidget(self.source)
        layout.addWidget(self.options)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.message)
        layout.addWidget(self._bottom)
        self.resize(800, 600)
        self._connect_options()
        self._update_include_done()
        self._update_import_button()
        self._start()

    # Building ------------------------------------------------------------------------

    def _name(self) -> str:
        return self._path.name if self._path is not None else self.tr("the pasted text")

    def _source_text(self) -> str:
        if self._path is not None:
            return self.tr("To-dos from {file}").format(file=self._path.name)
        return self.tr("To-dos from the pasted text")

    def format_names(self) -> dict[ImportFormat, str]:
        """What the user sees for each format (product names stay as they are)."""
        return {
            ImportFormat.TEXT: self.tr("Plain text"),
            ImportFormat.TODOTXT: "todo.txt",
            ImportFormat.CSV: "CSV",
            ImportFormat.ICS: "iCalendar (.ics)",
            ImportFormat.MARKDOWN: self.tr("Markdown task list"),
        }

    def _build_options(self) -> None:
        self.options = QWidget(self)
        row = QHBoxLayout(self.options)
        row.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("&Format:"), self.options)
        self.format_combo = QComboBox(self.options)
        self.format_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.format_combo.addItem(self.tr("Detect automatically"), "")
        for fmt, name in self.format_names().items():
            self.format_combo.addItem(name, fmt.value)
        label.setBuddy(self.format_combo)
        self.detected_label = QLabel("", self.options)
        self.include_done = QCheckBox(self.tr("&Include finished to-dos"), self.options)
        row.addWidget(label)
        row.addWidget(self.format_combo)
        row.addSpacing(8)
        row.addWidget(self.detected_label)
        row.addStretch(1)
        row.addWidget(self.include_done)

    def _connect_options(self) -> None:
        self.format_combo.currentIndexChanged.connect(self._on_format_combo_changed)
        self.include_done.toggled.connect(self._on_include_done_toggled)

    def _field_labels(self) -> dict[str, str]:
        return {
            "title": self.tr("&Title (required):"),
            "notes": self.tr("&Notes:"),
            "area": self.tr("&Area:"),
            "due": self.tr("&Due:"),
            "priority": self.tr("&Priority:"),
            "minutes_per_occurrence": self.tr("&Minutes:"),
            "assistant_name": self.tr("A&ssistant:"),
        }

    def _build_mapping(self) -> None:
        self.mapping_page = QWidget(self.stack)
        box = QVBoxLayout(self.mapping_page)
        box.setContentsMargins(0, 0, 0, 0)  # aligned with the options above
        box.addWidget(
            HelpText(
                self.tr(
                    "This CSV file is not in Todoist's format. Choose which column holds "
                    "what; only the title is required."
                ),
                self.mapping_page,
            )
        )
        form = QFormLayout()
        self.mapping_combos: dict[str, QComboBox] = {}
        for field, label in self._field_labels().items():
            combo = QComboBox(self.mapping_page)
            combo.currentIndexChanged.connect(self._mapping_changed)
            form.addRow(label, combo)
            self.mapping_combos[field] = combo
        box.addLayout(form)
        self.show_preview = QPushButton(self.tr("&Show Preview"), self.mapping_page)
        self.show_preview.clicked.connect(self.apply_mapping)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.show_preview)
        box.addLayout(row)
        box.addStretch(1)
        self.stack.addWidget(self.mapping_page)

    def _build_preview(self) -> None:
        self.preview_page = QWidget(self.stack)
        box = QVBoxLayout(self.preview_page)
        box.setContentsMargins(0, 0, 0, 0)
        self.model = PreviewModel(self.preview_page)
        self.table = QTableView(self.preview_page)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("To-dos to import"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        # Fixed row heights: a view over hundreds of thousands of rows never measures them.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((AREA, 140), (DUE, 100), (NOTE, 150)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.model.ticks_changed.connect(self._update_import_button)
        # Space ticks or unticks every selected row (Ctrl+A, then Space: all of them).
        self.table.installEventFilter(self)
        box.addWidget(self.table, 1)
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
            if self._known is None:
                # Read once per dialog (on this thread: the worker may not read the
                # database); every later read of the file checks against the same.
                names = [a.name for a in self._workspace.assistants.assistants()]
                self._known = (names, self._workspace.imports.open_keys())
        except Exception as error:  # a storage failure is shown, never lost
            self._set_busy(False)
            self._show_error(
                self.tr("{file} could not be checked for duplicates: {error}").format(
                    file=self._name(), error=error
                )
            )
            return
        names, open_keys = self._known
        worker = ImportWorker(
            self._workspace.imports,
            names,
            open_keys,
            path=self._path,
            text=self._text,
            mapping=mapping,
            fmt=self.chosen_format(),
            include_done=self.include_done.isChecked(),
        )
        if mapping is None:
            self.stack.setCurrentWidget(self.preview_page)
        worker.progressed.connect(self._progressed)
        worker.detected.connect(self._on_worker_detected)
        worker.finished.connect(self._finished)
        worker.needs_mapping.connect(self._needs_mapping)
        worker.bad_format.connect(self._bad_format)
        worker.failed.connect(self._failed)
        worker.cancelled.connect(self._cancelled)
        self._worker = worker
        self.message.clear()
        self._set_busy(True)
        self.status.setText(self.tr("Reading {file}…").format(file=self._name()))
        self._thread = start_worker(self, worker)

    def is_reading(self) -> bool:
        return self._worker is not None

    def _reread(self) -> None:
        """Read again with the options as they are now; a read still running is
        cancelled first, and its result dropped."""
        if self._worker is None:
            self._start()
            return
        self._reread_pending = True
        self._worker.cancel()

    @Slot()
    def cancel_reading(self) -> None:
        self._reread_pending = False
        if self._worker is not None:
            self._worker.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling…"))

    def _set_busy(self, busy: bool) -> None:
        self.stack.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        self._update_import_button()

    def _end_worker(self) -> bool:
        """The worker has emitted its last signal: let its thread end and wait for it.

        True when the options changed meanwhile and a new read has been started: the
        caller drops the old worker's result.
        """
        end_worker(self._thread, self._worker)
        self._thread = self._worker = None
        if self._reread_pending:
            self._reread_pending = False
            self._start()
            return True
        self._set_busy(False)
        return False

    @Slot(int, int)
    def _progressed(self, done: int, total: int) -> None:
        if total <= 0:
            self.progress.setRange(0, 0)
            self.status.setText(self.tr("Reading the to-dos…"))
            return
        # A QProgressBar holds ints; keep large files in range by counting kilobytes.
        self.progress.setRange(0, max(total // 1024, 1))
        self.progress.setValue(done // 1024)

    @Slot(object, object)
    def _finished(self, result: ImportResult, preview: list[PreviewRow]) -> None:
        if self._end_worker():
            return
        self.stack.setCurrentWidget(self.preview_page)
        self._set_preview(preview)
        self._show_skipped(result.skipped)
        if not preview:
            self.status.setText(self.tr("No to-dos to import in {file}.").format(file=self._name()))
        self._close_if_asked()
        self.parsed.emit()

    @Slot(list)
    def _needs_mapping(self, columns: list[str]) -> None:
        if self._end_worker():
            return
        self._set_preview([])
        self._show_skipped(())
        self._columns = columns
        for field, combo in self.mapping_combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(not imported)"), "")
            for name in columns:
                combo.addItem(name or self.tr("(unnamed column)"), name)
            guess = next((n for n in columns if n.casefold() in GUESSES[field]), None)
            combo.setCurrentIndex(max(combo.findData(guess), 0) if guess is not None else 0)
            combo.blockSignals(False)
        self.stack.setCurrentWidget(self.mapping_page)
        self.status.setText(self.tr("Map the columns, then show the preview."))
        self._mapping_changed()
        self._close_if_asked()
        self.mapping_needed.emit()

    @Slot(int, str)
    def _bad_format(self, line: int, reason: str) -> None:
        if self._end_worker():
            return
        if line > 0:
            text = self.tr("{file}, line {line}: {reason}; nothing was imported.").format(
                file=self._name(), line=line, reason=reason
            )
        else:
            text = self.tr("{file}: {reason}; nothing was imported.").format(
                file=self._name(), reason=reason
            )
        self._show_error(text)
        self._close_if_asked()

    @Slot(str)
    def _failed(self, error: str) -> None:
        if self._end_worker():
            return
        self._show_error(
            self.tr("{file} could not be read: {error}; nothing was imported.").format(
                file=self._name(), error=error
            )
        )
        self._close_if_asked()

    @Slot()
    def _cancelled(self) -> None:
        if self._end_worker():
            return
        self._set_preview([])
        self._show_skipped(())
        self.status.setText(self.tr("Reading cancelled; nothing was imported."))
        self._close_if_asked()

    def _show_error(self, text: str) -> None:
        self._set_preview([])
        self._show_skipped(())
        self.status.setText("")
        self.message.show_message(text)
        self._update_import_button()
        self.parse_failed.emit(text)

    # Options -------------------------------------------------------------------------

    def chosen_format(self) -> ImportFormat | None:
        """The format the user chose; None: detect it."""
        value = self.format_combo.currentData()
        return ImportFormat(value) if value else None

    def detected_format(self) -> ImportFormat | None:
        """The format found from the name and content (None until read)."""
        return self._detected

    @Slot(str)
    def _on_worker_detected(self, value: str) -> None:
        self._detected = ImportFormat(value)
        self.detected_label.setText(
            self.tr("Detected: {format}").format(format=self.format_names()[self._detected])
        )
        self._update_include_done()

    @Slot(int)
    def _on_format_combo_changed(self, _index: int) -> None:
        self._update_include_done()
        self._reread()

    @Slot(bool)
    def _on_include_done_toggled(self, _checked: bool) -> None:
        self._reread()

    def _update_include_done(self) -> None:
        fmt = self.chosen_format() or self._detected
        possible = fmt is None or fmt in WITH_FINISHED
        self.include_done.setEnabled(possible)
        if possible:
            tip = self.tr("Import finished to-dos as archived instead of skipping them.")
        else:
            tip = self.tr(
                "Only todo.txt, iCalendar and Markdown task lists mark to-dos as finished."
            )
        self.include_done.setToolTip(tip)

    # Mapping -------------------------------------------------------------------------

    def mapping(self) -> dict[str, str]:
        """Our fields mapped to the CSV's columns (unmapped fields left out)."""
        chosen = {}
        for field, combo in self.mapping_combos.items():
            if combo.currentIndex() > 0:
                chosen[field] = str(combo.currentData())
        return chosen

    def set_mapping(self, field: str, column: str) -> None:
        """Map *field* (title, notes, area, due, priority, minutes_per_occurrence,
        assistant_name) to *column*; an empty column: not imported."""
        combo = self.mapping_combos[field]
        index = combo.findData(column)
        if index < 0:
            raise ValueError(f"no column {column!r}")
        combo.setCurrentIndex(index)

    def _mapping_changed(self) -> None:
        self.show_preview.setEnabled("title" in self.mapping())

    @Slot()
    def apply_mapping(self) -> None:
        mapping = self.mapping()
        if self.is_reading() or "title" not in mapping:
            return
        self._start(mapping)

    # Preview -------------------------------------------------------------------------

    def _set_preview(self, preview: list[PreviewRow]) -> None:
        """Show *preview*, keeping the ticks the user changed on the rows shown so far."""
        for entry in self.model.entries():
            self._ticks.pop((entry.task.line, entry.task.title), None)
        self._ticks.update(self.model.changed_ticks())
        self.model.set_rows(preview, self._ticks)
        self._update_import_button()

    def _show_skipped(self, skipped: Sequence[tuple[str, int]]) -> None:
        """What was skipped and why, under the table; hidden when nothing was."""
        text = self._skipped_text(skipped)
        self.skipped.setText(text)
        self.skipped.setVisible(bool(text))

    def _skipped_text(self, skipped: Sequence[tuple[str, int]]) -> str:
        parts = [
            self.tr("{reason}: {count}").format(reason=skip_label(reason), count=count)
            for reason, count in skipped
            if count
        ]
        if not parts:
            return ""
        return self.tr("Skipped — {counts}").format(counts=", ".join(parts))

    def _counts_text(self) -> str:
        return self.tr("{ticked} of {total} ticked · likely duplicates: {duplicates}").format(
            ticked=self.model.ticked_count(),
            total=self.model.rowCount(),
            duplicates=self.model.duplicate_count(),
        )

    def _update_import_button(self) -> None:
        count = self.model.ticked_count()
        self.import_button.setText(self.tr("Import %n to-do(s)", "", count))
        self.import_button.setEnabled(
            not self.is_reading()
            and self._storing is None
            and not self.message.has_message()
            and self.stack.currentWidget() is self.preview_page
            and count > 0
        )
        if self.model.rowCount() and self._idle() and not self.message.has_message():
            self.status.setText(self._counts_text())

    def _idle(self) -> bool:
        return not self.is_reading() and self._storing is None

    # Public --------------------------------------------------------------------------

    def rows(self) -> list[tuple[str, bool, bool]]:
        """(title, ticked, likely duplicate) per preview row."""
        return [
            (entry.task.title, self.model.is_checked(row), entry.duplicate)
            for row, entry in enumerate(self.model.entries())
        ]

    def set_checked(self, index: int, checked: bool) -> None:
        self.model.set_checked(index, checked)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Before the view's own Space (which would select the current row only).
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Space
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            self.toggle_selected()
            return True
        return super().eventFilter(watched, event)

    @Slot()
    def toggle_selected(self) -> None:
        """Give every selected row the opposite tick of the current one."""
        current = self.table.currentIndex()
        if not current.isValid():
            return
        # By ranges: one index per selected row took seconds for 300,000 of them.
        rows = {current.row()}
        selection = self.table.selectionModel().selection()
        for number in range(selection.count()):
            selected = selection.at(number)
            rows.update(range(selected.top(), selected.bottom() + 1))
        self.model.set_rows_checked(rows, not self.model.is_checked(current.row()))

    def error_text(self) -> str:
        return self.message.text()

    def is_storing(self) -> bool:
        return self._storing is not None

    @Slot()
    def start_import(self) -> None:
        """Store the ticked to-dos on a worker thread (one transaction); then record them
        as one undo step, emit ``imported`` and close."""
        if not self.import_button.isEnabled():
            return
        with cycle_collector_paused():  # a list of them all: no collection over it
            ticked = self.model.ticked()
        imports = self._workspace.imports
        try:
            assistant_ids = imports.assistant_ids()
        except DelegatorError as error:
            self._store_failed(explain(error))
            return
        self._storing = self.tr("Import %n to-do(s)", "", len(ticked))
        worker = StoreWorker(imports, self._workspace.tasks, ticked, assistant_ids)
        worker.stored.connect(self._stored)
        worker.failed.connect(self._on_store_failed)
        self._store_worker = worker
        self.stack.setEnabled(False)
        self.options.setEnabled(False)
        self.close_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.status.setText(self.tr("Importing %n to-do(s)…", "", len(ticked)))
        self._update_import_button()
        self._store_thread = start_worker(self, worker)

    def _end_store(self) -> str:
        end_worker(self._store_thread, self._store_worker)
        self._store_thread = self._store_worker = None
        assert self._storing is not None
        storing, self._storing = self._storing, None
        self.progress.setVisible(False)
        self.close_button.setEnabled(True)
        return storing

    @Slot(object, object)
    def _stored(self, operation: AddTasks, changes: Changes) -> None:
        label = self._end_store()
        # The window records it as one undo step and refreshes what changed.
        self._run(label, AlreadyApplied(operation, changes))
        self.imported.emit()
        self.accept()

    @Slot(str)
    def _on_store_failed(self, error: str) -> None:
        self._end_store()
        self._store_failed(error)

    def _store_failed(self, error: str) -> None:
        self.stack.setEnabled(True)
        self.options.setEnabled(True)
        self.status.setText("")
        self.message.show_message(
            self.tr("The to-dos could not be stored: {error}; nothing was imported.").format(
                error=error
            )
        )
        self._update_import_button()

    # Closing ---------------------------------------------------------------------------

    def done(self, result: int) -> None:
        """Closing while reading cancels first and closes when the worker has stopped;
        while the to-dos are being stored (one transaction) the dialog stays open."""
        if self._storing is not None:
            return
        if self.is_reading():
            self._close_result = result
            self.cancel_reading()
            return
        super().done(result)

    def _close_if_asked(self) -> None:
        if self._close_result is not None:
            result, self._close_result = self._close_result, None
            self.done(result)
