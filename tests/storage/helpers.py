"""Small tools the storage tests share: look at a data file without changing it."""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

from delegator.runtime.paths import Paths
from delegator.storage.database import Database

SIDECAR_SUFFIXES = ("-wal", "-shm", "-journal")


def chmod_stops_writes(folder: Path) -> bool:
    """False when running as root, where a read-only mode does not stop writes."""
    folder.mkdir(parents=True, exist_ok=True)
    probe_file = folder / "write-probe"
    probe_file.write_text("x")
    probe_file.chmod(stat.S_IRUSR)
    try:
        with probe_file.open("a"):
            return False
    except PermissionError:
        return True
    finally:
        probe_file.chmod(stat.S_IRUSR | stat.S_IWUSR)
        probe_file.unlink()


def open_database(data_dir: Path) -> Database:
    """The app's own way in: probe, create or migrate, through Database.open."""
    paths = Paths(data_dir)
    return Database.open(paths.database, paths.backups)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@contextlib.contextmanager
def read_only(path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only sqlite3 connection that is always closed (no ResourceWarning)."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        yield connection
    finally:
        connection.close()


def write_unchecked(path: Path, sql: str) -> None:
    """Run one statement on the file with foreign keys off, as damage gets in."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA foreign_keys = OFF")
        connection.execute(sql)
        connection.commit()
    finally:
        connection.close()


def dump(path: Path) -> list[str]:
    """Schema and every row as SQL text: equal dumps mean equal contents."""
    with read_only(path) as connection:
        return list(connection.iterdump())


def pragma(path: Path, name: str) -> object:
    with read_only(path) as connection:
        return connection.execute(f"PRAGMA {name}").fetchone()[0]


def integrity(path: Path) -> tuple[str, list[tuple[object, ...]]]:
    """(integrity_check result, foreign_key_check rows) as a fresh reader sees them."""
    with read_only(path) as connection:
        checks = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        problems = connection.execute("PRAGMA foreign_key_check").fetchall()
    return "\n".join(checks), problems


def sidecars(path: Path) -> dict[str, int]:
    """The -wal/-shm/-journal files next to *path*, with their sizes."""
    found: dict[str, int] = {}
    for suffix in SIDECAR_SUFFIXES:
        candidate = path.with_name(path.name + suffix)
        if candidate.exists():
            found[suffix] = candidate.stat().st_size
    return found


def corrupt_a_task_page(path: Path) -> int:
    """Overwrite one page in the middle of the tasks table with garbage; return its number.

    Pages are tried from the middle of the file on until reading every task fails, so
    the damage is certain to be in data a user would read, whatever the page layout.
    """
    import random

    original = path.read_bytes()
    with read_only(path) as connection:
        page_size = int(connection.execute("PRAGMA page_size").fetchone()[0])
    pages = len(original) // page_size
    garbage = random.Random(20240501).randbytes(page_size)
    candidates: list[int] = [*range(pages // 2, pages), *range(1, pages // 2)]
    for page in candidates:
        damaged = bytearray(original)
        damaged[page * page_size : (page + 1) * page_size] = garbage
        path.write_bytes(damaged)
        try:
            with read_only(path) as connection:
                connection.execute(
                    "SELECT sum(length(title) + length(notes)) FROM tasks"
                ).fetchone()
        except sqlite3.DatabaseError:
            _remove_empty_sidecars(path)
            return page
    path.write_bytes(original)
    raise AssertionError("no page of the tasks table could be damaged")


def _remove_empty_sidecars(path: Path) -> None:
    """Drop the empty log and index the read-only look left, so the case starts clean."""
    wal = path.with_name(path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    for suffix in SIDECAR_SUFFIXES:
        path.with_name(path.name + suffix).unlink(missing_ok=True)
