"""Read a file to import, refusing what would hang or flood the read: only a regular
file, and at most ``MAX_IMPORT_BYTES``. A named pipe would block the read until some
writer came, a device such as ``/dev/zero`` never ends. The window and the command line
both read through ``read_file``.

The file is opened without blocking (a pipe opened for reading waits for a writer
otherwise) and checked again after opening (it may have been swapped since); the read
stops one byte past the limit, so a file that grows while it is read is refused too.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

from delegator.domain.imported import ImportFormatError, ImportProblem

MEGABYTE = 1024 * 1024
MAX_IMPORT_BYTES = 50 * MEGABYTE  # the README's limit; a to-do list is far smaller
CHUNK = MEGABYTE  # bytes read between progress reports (and chances to stop)

Progress = Callable[[int, int], None]  # (bytes read, bytes expected)


def read_file(path: Path, progressed: Progress | None = None, *, chunk: int = CHUNK) -> bytes:
    """The bytes of *path*. ImportFormatError (line 0) for what is not a regular file
    (``NOT_A_FILE``) or holds more than ``MAX_IMPORT_BYTES`` (``TOO_LARGE``, with its
    ``limit`` in bytes); an OSError for a file that cannot be opened. *progressed* is
    called before the first and after each *chunk* bytes; it may raise to stop."""
    limit = MAX_IMPORT_BYTES
    before = os.stat(path)
    _refuse(before.st_mode, before.st_size, limit)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    descriptor = os.open(path, flags)
    with os.fdopen(descriptor, "rb", buffering=0) as file:
        status = os.fstat(descriptor)
        _refuse(status.st_mode, status.st_size, limit)
        total = status.st_size
        chunks: list[bytes] = []
        done = 0
        if progressed is not None:
            progressed(0, total)
        while piece := file.read(min(chunk, limit + 1 - done)):
            chunks.append(piece)
            done += len(piece)
            if done > limit:
                raise ImportFormatError(0, ImportProblem.TOO_LARGE, limit=limit)
            if progressed is not None:
                progressed(done, max(total, done))
    return b"".join(chunks)


def _refuse(mode: int, size: int, limit: int) -> None:
    if not stat.S_ISREG(mode):
        raise ImportFormatError(0, ImportProblem.NOT_A_FILE, kind=_kind(mode))
    if size > limit:
        raise ImportFormatError(0, ImportProblem.TOO_LARGE, limit=limit)


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "folder"
    if stat.S_ISFIFO(mode):
        return "pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "other"
