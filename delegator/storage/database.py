"""Open the data file safely: probe, create or migrate, then hand out sessions.

SQLAlchemy is imported on the first write, not at start-up: the list the window shows
first is read with the standard sqlite3 module (see task_list_query.py).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from delegator.domain.clock import Clock
from delegator.storage.probe import FileState, probe
from delegator.storage.sqlite_errors import blame

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker


class Database:
    """One Delegator data file: a read connection at once, SQLAlchemy sessions on demand."""

    def __init__(self, path: Path, backups_dir: Path, clock: Clock | None = None) -> None:
        self.path = path
        self.backups_dir = backups_dir
        self.clock = clock or Clock()
        self._reader: sqlite3.Connection | None = None
        self._engine: Engine | None = None
        self._sessions: sessionmaker[Session] | None = None
        # The ORM is made on first use, which may be on a worker thread (an import
        # stores its to-dos there) while the window's thread writes too.
        self._orm_lock = threading.Lock()

    @classmethod
    def open(cls, path: Path, backups_dir: Path, clock: Clock | None = None) -> Database:
        """Open *path*, creating or upgrading it; raise DatabaseFileError if unusable.

        A new file is built beside the target and renamed into place, so an interrupted
        first start never leaves a half-made database behind. Before an upgrade a backup
        copy is written to *backups_dir*. Rows are stamped (created, updated) from *clock*.
        """
        clock = clock or Clock()
        result = probe(path)
        if result.state is FileState.MISSING:
            _create(path)
        elif result.state is FileState.OUTDATED:
            from delegator.storage import migrator

            migrator.backup_copy(
                path, backups_dir, f"before-upgrade-from-{result.revision}", clock.local()
            )
            migrator.upgrade(path)
        return cls(path, backups_dir, clock)

    def reader(self) -> sqlite3.Connection:
        """A plain sqlite3 connection for fast read-only list queries."""
        if self._reader is None:
            self._reader = sqlite3.connect(self.path, isolation_level=None)
            self._reader.execute("PRAGMA busy_timeout = 5000")
            self._reader.execute("PRAGMA query_only = ON")
        return self._reader

    @property
    def engine(self) -> Engine:
        with self._orm_lock:
            if self._engine is None:
                from delegator.storage.engine import make_engine

                self._engine = make_engine(self.path)
            return self._engine

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One committed unit of work; any error rolls all of it back.

        Operational failures (disk full, read-only file, lock held too long) become
        StorageUnavailable, so the caller can say so and keep the data as it was.
        """
        from sqlalchemy.exc import DBAPIError

        engine = self.engine
        with self._orm_lock:
            if self._sessions is None:
                from sqlalchemy.orm import sessionmaker

                from delegator.storage.stamps import stamp_rows

                self._sessions = sessionmaker(engine, expire_on_commit=False)
                stamp_rows(self._sessions, self.clock)
            sessions = self._sessions
        try:
            with sessions.begin() as session:
                yield session
        except DBAPIError as error:
            # SQLAlchemy wraps the driver's error; constraint and SQL errors are bugs.
            mapped = blame(self.path, error.orig) if error.orig is not None else None
            if mapped is None:
                raise
            raise mapped from error
        except sqlite3.Error as error:
            # Raw driver errors, from bulk inserts that bypass SQLAlchemy's statements.
            raw = blame(self.path, error)
            if raw is None:
                raise
            raise raw from error

    @contextlib.contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """The read connection, with its errors blamed like those of a transaction."""
        try:
            yield self.reader()
        except sqlite3.Error as error:
            mapped = blame(self.path, error)
            if mapped is None:
                raise
            raise mapped from error

    def close(self) -> None:
        if self._reader is not None:
            self._reader.close()
            self._reader = None
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
            self._sessions = None


def _create(path: Path) -> None:
    from delegator.storage import migrator

    path.parent.mkdir(parents=True, exist_ok=True)
    building = path.with_name(path.name + ".new")
    for leftover in (building, *_sidecars(building)):
        leftover.unlink(missing_ok=True)
    migrator.upgrade(building)
    with contextlib.closing(sqlite3.connect(building)) as connection:
        connection.execute("PRAGMA journal_mode = DELETE")
    _fsync(building)
    os.replace(building, path)
    _fsync_dir(path.parent)


def _sidecars(path: Path) -> tuple[Path, ...]:
    return tuple(path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal"))


def _fsync(path: Path) -> None:
    with path.open("rb") as handle:
        os.fsync(handle.fileno())


def _fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
