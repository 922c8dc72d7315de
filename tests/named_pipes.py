"""A named pipe to import, for the tests that a read never waits on one."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


@contextmanager
def named_pipe(folder: Path) -> Iterator[Path]:
    """A named pipe ``tasks.txt`` in *folder*. If a read of it ever blocks, a writer
    comes after two seconds and closes it, so a regression fails the test instead of
    hanging it."""
    if not hasattr(os, "mkfifo"):
        pytest.skip("named pipes are POSIX")
    path = folder / "tasks.txt"
    os.mkfifo(path)
    stop = threading.Event()

    def release() -> None:
        deadline = time.monotonic() + 30
        stop.wait(2)
        while not stop.is_set() and time.monotonic() < deadline:
            try:
                os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))
                return
            except OSError:  # no reader waiting (ENXIO): nothing blocks
                stop.wait(0.05)

    writer = threading.Thread(target=release, daemon=True)
    writer.start()
    try:
        yield path
    finally:
        stop.set()
        writer.join()
