"""Real storage limits for tests: a small filesystem, a read-only one (root only; a
test that needs one is skipped, naming why, where this machine does not allow it)."""

from __future__ import annotations

import contextlib
import errno
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


@contextlib.contextmanager
def tmpfs(folder: Path, size_kib: int) -> Iterator[Path]:
    """*folder* as a filesystem of *size_kib* KiB; skips the test if this machine does
    not allow mounting one."""
    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip("mounting a small filesystem needs root")
    folder.mkdir(parents=True, exist_ok=True)
    mount = ["mount", "-t", "tmpfs", "-o", f"size={size_kib}k", "tmpfs", str(folder)]
    try:
        done = subprocess.run(mount, capture_output=True, check=False)
    except OSError as error:
        pytest.skip(f"no mount command: {error}")
    if done.returncode:
        pytest.skip(f"cannot mount a tmpfs here: {' '.join(done.stderr.decode().split())}")
    try:
        yield folder
    finally:
        if subprocess.run(["umount", str(folder)], capture_output=True).returncode:
            subprocess.run(["umount", "--lazy", str(folder)], check=True)


def remount_read_only(folder: Path) -> None:
    """Make the tmpfs at *folder* read-only: even root cannot write to it then."""
    subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)


def fill(folder: Path) -> Path:
    """Write a file into *folder* until its filesystem is full; returns the file."""
    filler = folder / "filler"
    descriptor = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        while True:
            os.write(descriptor, b"\0" * 4096)
    except OSError as error:
        if error.errno != errno.ENOSPC:  # full is the point; anything else is not
            raise
    finally:
        os.close(descriptor)
    return filler
