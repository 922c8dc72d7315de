"""The import's long work, each a background job (gui/background_job.py), so a 50 MB
file never freezes the window: reading and parsing it (with progress and Cancel) and,
after the preview, storing the ticked to-dos and status changes."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Signal

from delegator.domain.changes import Changes
from delegator.domain.imported import ImportedTask, ImportFormatError, ImportProblem
from delegator.gui.background_job import Job
from delegator.services.import_service import (
    ImportContext,
    ImportFormat,
    ImportPlan,
    ImportService,
    StatusUpdate,
    StoreImport,
    detect_format,
    read_file,
    read_text,
)

CHUNK = 1 << 20  # bytes read between progress reports (and chances to cancel)
PASTED = Path("pasted.txt")  # what detect_format sees for pasted text


@dataclass(frozen=True, slots=True)
class NeedsMapping:
    """A CSV that is not Todoist's: its columns are to be mapped first."""

    columns: list[str]


class ReadJob(Job):
    """Reads, parses and checks for duplicates one file or text; its result is an
    ImportPlan, or NeedsMapping.

    With a *mapping* the file is read as a mapped CSV; a CSV that is not Todoist's and
    has no mapping yet ends with its column names. Otherwise the format found from the
    name and content is reported as ``detected`` (before the result), and the file is
    parsed as *fmt*, or as the detected format without one.
    """

    detected = Signal(str)  # the ImportFormat value found from the name and content

    def __init__(
        self,
        imports: ImportService,
        context: ImportContext,
        *,
        path: Path | None = None,
        text: str | None = None,
        mapping: Mapping[str, str] | None = None,
        fmt: ImportFormat | None = None,
        include_done: bool = False,
    ) -> None:
        super().__init__()
        self._imports = imports
        self._context = context
        self._path = path
        self._text = text
        self._mapping = dict(mapping) if mapping is not None else None
        self._format = fmt
        self._include_done = include_done

    def _read_bytes(self, path: Path) -> bytes:
        """The file's bytes, read as the command line reads them (only a regular file,
        bounded), with progress and a chance to cancel after each chunk."""

        def progressed(done: int, total: int) -> None:
            self.check_cancelled()
            self.report(done, total)

        return read_file(path, progressed, chunk=CHUNK)

    def work(self) -> ImportPlan | NeedsMapping:
        if self._path is not None:
            text = read_text(self._read_bytes(self._path))
            path = self._path
        else:
            text = self._text or ""
            path = PASTED
        self.check_cancelled()
        self.report(0, 0)
        if self._mapping is not None:
            return self._imports.plan_mapped(text, self._mapping, self._context)
        detected = detect_format(path, text)
        self.detected.emit(detected.value)
        try:
            return self._imports.plan(
                text, self._format or detected, self._context, include_done=self._include_done
            )
        except ImportFormatError as error:
            if error.problem is not ImportProblem.NEEDS_MAPPING:
                raise
            return NeedsMapping(self._imports.columns(text))


class StoreJob(Job):
    """Stores the ticked to-dos and status changes as one StoreImport (one
    transaction); its result is the applied operation and its Changes."""

    def __init__(
        self,
        imports: ImportService,
        ticked: Sequence[ImportedTask],
        context: ImportContext,
        updates: Sequence[StatusUpdate] = (),
    ) -> None:
        super().__init__()
        self._imports = imports
        self._ticked = ticked
        self._context = context
        self._updates = updates

    def work(self) -> tuple[StoreImport, Changes]:
        return self._imports.store(self._ticked, self._context, self._updates)
