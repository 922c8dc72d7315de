"""The import's long work, each on a QThread of its own (gui/worker_thread.py), so a
50 MB file never freezes the window: reading and parsing it (with progress and Cancel)
and, after the preview, storing the ticked to-dos."""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from delegator.domain.bulk import cycle_collector_paused
from delegator.domain.errors import DelegatorError
from delegator.domain.imported import ImportedTask, ImportFormatError, ImportResult
from delegator.services.import_service import (
    ImportFormat,
    ImportService,
    detect_format,
    parse,
    read_text,
)
from delegator.services.task_operations import AddTasks
from delegator.services.task_service import TaskService
from delegator.text.messages import explain

CHUNK = 1 << 20  # bytes read between progress reports (and chances to cancel)
PASTED = Path("pasted.txt")  # what detect_format sees for pasted text


class ReadCancelled(Exception):
    """The user pressed Cancel while the file was being read."""


class ImportWorker(QObject):
    """Reads, parses and checks for duplicates one file or text. ``cancel()`` may be
    called from any thread: reading stops at the next chunk and nothing is reported but
    ``cancelled``.

    With a *mapping* the file is read as a mapped CSV; a CSV that is not Todoist's and
    has no mapping yet reports ``needs_mapping`` with its column names. Otherwise the
    format found from the name and content is reported as ``detected`` (before the
    result), and the file is parsed as *fmt*, or as the detected format without one.
    The result is the ImportResult and its preview rows, checked against *open_keys*
    (``ImportService.open_keys()``, read by the window's thread).
    """

    progressed = Signal(int, int)  # bytes read, file size; (0, 0) while parsing
    detected = Signal(str)  # the ImportFormat value found from the name and content
    finished = Signal(object, object)  # the ImportResult, its list of PreviewRow
    needs_mapping = Signal(list)  # the CSV's column names
    bad_format = Signal(int, str)  # line (0: the whole file), reason
    failed = Signal(str)
    cancelled = Signal()

    def __init__(
        self,
        imports: ImportService,
        assistants: Sequence[str],
        open_keys: set[str],
        *,
        path: Path | None = None,
        text: str | None = None,
        mapping: Mapping[str, str] | None = None,
        fmt: ImportFormat | None = None,
        include_done: bool = False,
    ) -> None:
        super().__init__()
        self._imports = imports
        self._assistants = list(assistants)
        self._open_keys = open_keys
        self._path = path
        self._text = text
        self._mapping = dict(mapping) if mapping is not None else None
        self._format = fmt
        self._include_done = include_done
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def _check(self) -> None:
        if self._cancel.is_set():
            raise ReadCancelled

    def _read_bytes(self, path: Path) -> bytes:
        chunks: list[bytes] = []
        total = path.stat().st_size
        done = 0
        self.progressed.emit(0, total)
        with path.open("rb") as file:
            while chunk := file.read(CHUNK):
                self._check()
                chunks.append(chunk)
                done += len(chunk)
                self.progressed.emit(min(done, total), max(total, done))
        return b"".join(chunks)

    def _parse(self) -> ImportResult | list[str]:
        if self._path is not None:
            text = read_text(self._read_bytes(self._path))
            path = self._path
        else:
            text = self._text or ""
            path = PASTED
        self._check()
        self.progressed.emit(0, 0)
        if self._mapping is not None:
            return self._imports.read_mapped(text, self._mapping)
        detected = detect_format(path, text)
        self.detected.emit(detected.value)
        fmt = self._format or detected
        if fmt is ImportFormat.CSV and not self._imports.is_todoist(text):
            return self._imports.columns(text)
        return parse(text, fmt, include_done=self._include_done, assistants=self._assistants)

    @Slot()
    def run(self) -> None:
        try:
            result = self._parse()
            self._check()
            if isinstance(result, list):
                rows = None
            else:
                rows = self._imports.preview(result.tasks, self._open_keys)
                self._check()
        except ReadCancelled:
            self.cancelled.emit()
        except ImportFormatError as error:
            self.bad_format.emit(error.line, error.reason)
        except Exception as error:  # any failure is shown, never lost
            self.failed.emit(str(error) or type(error).__name__)
        else:
            if isinstance(result, list):
                self.needs_mapping.emit(result)
            else:
                self.finished.emit(result, rows)


class StoreWorker(QObject):
    """Stores the ticked to-dos off the window's thread, as one AddTasks (one
    transaction); reports the applied operation and its Changes, or why nothing was
    stored. Only the ORM's connections may be used here: the list's plain sqlite3
    connection belongs to the window's thread, so *assistant_ids* are read there."""

    stored = Signal(object, object)  # the applied AddTasks, its Changes
    failed = Signal(str)  # explained for the user

    def __init__(
        self,
        imports: ImportService,
        tasks: TaskService,
        ticked: Sequence[ImportedTask],
        assistant_ids: Mapping[str, int],
    ) -> None:
        super().__init__()
        self._imports = imports
        self._tasks = tasks
        self._ticked = ticked
        self._assistant_ids = assistant_ids

    @Slot()
    def run(self) -> None:
        try:
            with cycle_collector_paused():
                new_tasks = self._imports.new_tasks(self._ticked, self._assistant_ids)
                operation = AddTasks(self._tasks, new_tasks)
                changes = operation.apply()
        except (DelegatorError, ValueError) as error:
            self.failed.emit(explain(error))
        except Exception as error:  # any failure is shown, never lost
            self.failed.emit(str(error) or type(error).__name__)
        else:
            self.stored.emit(operation, changes)
