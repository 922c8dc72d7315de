"""Files that survive a power cut and a kill: synced, copied whole or not at all, and
the log files SQLite keeps beside a database."""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

SIDECAR_SUFFIXES = ("-wal", "-shm", "-journal")
PARTIAL_SUFFIX = ".part"


def fsync_file(path: Path) -> None:
    with path.open("rb") as handle:
        os.fsync(handle.fileno())


def fsync_dir(path: Path) -> None:
    """Sync the folder *path*, so a file just renamed into it keeps its new name."""
    if os.name != "posix":
        return
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def sidecars(path: Path) -> tuple[Path, ...]:
    """The log files SQLite may keep beside the database *path* (whether there or not)."""
    return tuple(path.with_name(path.name + suffix) for suffix in SIDECAR_SUFFIXES)


def copy_whole(source: Path, target: Path) -> None:
    """Copy *source* to *target* through ``target.part``, renamed when complete, so a
    half copy never stands under the real name; OSError as the system raised it."""
    partial = target.with_name(target.name + PARTIAL_SUFFIX)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, partial)
        os.replace(partial, target)
    except OSError:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise
