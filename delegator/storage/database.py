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
from delegator.domain.errors import DatabaseDamaged, DatabaseFileError, DatabaseUnreachable
from delegator.storage.durable import fsync_dir, fsync_file, sidecars
from delegator.storage.probe import FileState, probe, quick_check
from delegator.storage.sqlite_errors import blame

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker


BUSY_TIMEOUT_MS = 5000  # how long a write waits for another writer, and a read for a lock
SQLITE_READONLY = 8  # what SQLite says to a write on a query_only connection


class WriteInSnapshot(RuntimeError):
    """Code tried to write inside a read-only unit of work: a bug, not the user's disk."""


@contextlib.contextmanager
def _writes_refused() -> Iterator[None]:
    try:
        yield
    except Exception as error:
        cause = getattr(error, "orig", error)
        if getattr(cause, "sqlite_errorcode", None) == SQLITE_READONLY:
            raise WriteInSnapshot(f"a snapshot cannot write: {cause}") from error
        raise


class Database:
    """One Delegator data file: a read connection at once, SQLAlchemy sessions on demand."""

    def __init__(self, path: Path, backups_dir: Path, clock: Clock | None = None) -> None:
        self.path = path
        self.backups_dir = backups_dir
        self.clock = clock or Clock()
        # One read connection per thread (the window's, and a worker loading the list).
        self._readers = threading.local()
        self._opened: list[sqlite3.Connection] = []
        self._writer: sqlite3.Connection | None = None
        self._writer_lock = threading.Lock()
        self._engine: Engine | None = None
        self._sessions: sessionmaker[Session] | None = None
        # Read-only units of work get their own engine: deferred BEGIN, query_only.
        self._read_engine: Engine | None = None
        self._snapshots: sessionmaker[Session] | None = None
        # The ORM is made on first use, which may be on a worker thread (an import
        # stores its to-dos there) while the window's thread writes too.
        self._orm_lock = threading.Lock()
        # The damage a read or write found: no later transaction may write.
        self._damage: DatabaseDamaged | None = None
        # SQLite's quick check, when it runs on a thread while the window is built.
        self._check: _BackgroundCheck | None = None

    @classmethod
    def open(cls, path: Path, backups_dir: Path, clock: Clock | None = None) -> Database:
        """Open *path*, creating or upgrading it; raise DatabaseFileError if unusable.

        A new file is built beside the target and renamed into place, so an interrupted
        first start never leaves a half-made database behind. Before an upgrade a backup
        copy is written to *backups_dir*. Rows are stamped (created, updated) from *clock*.
        """
        clock = clock or Clock()
        _prepare(path, backups_dir, clock)
        return cls(path, backups_dir, clock)

    @classmethod
    def open_checking(cls, path: Path, backups_dir: Path, clock: Clock | None = None) -> Database:
        """``open``, but SQLite's quick check of a current file (it reads the whole
        file: ~50 ms at 100,000 to-dos) is left to a thread that ``check_meanwhile``
        starts; ``verify`` waits for it (starting it if need be) and raises what it
        found. Every write waits for it first: a damaged plan is never written to."""
        clock = clock or Clock()
        state = _prepare(path, backups_dir, clock, thorough=False)
        database = cls(path, backups_dir, clock)
        if state is FileState.CURRENT:
            database._check = _BackgroundCheck(path)
        return database

    def check_meanwhile(self) -> None:
        """Start the quick check of ``open_checking`` on its thread (once)."""
        check = self._check
        if check is not None:
            check.start()

    def verify(self) -> None:
        """Wait for the quick check ``open_checking`` started; raise DatabaseFileError
        when it failed (every later write then refuses too)."""
        check, self._check = self._check, None
        if check is None:
            return
        problem = check.result()
        if isinstance(problem, DatabaseDamaged):
            self._damage = problem
        if problem is not None:
            self._check = check  # asked again, it says so again
            raise problem

    def reopen(self) -> None:
        """Close every connection, then check (and if need be upgrade) the file again:
        for after the file was replaced underneath, as a restore does. Connections are
        made anew on next use."""
        self.close()
        _prepare(self.path, self.backups_dir, self.clock)
        self._damage = None

    def reader(self) -> sqlite3.Connection:
        """A plain sqlite3 connection for fast read-only list queries, one per thread."""
        reader: sqlite3.Connection | None = getattr(self._readers, "connection", None)
        if reader is None:
            reader = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            reader.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            reader.execute("PRAGMA query_only = ON")
            self._readers.connection = reader
            with self._writer_lock:
                self._opened.append(reader)
        return reader

    @property
    def engine(self) -> Engine:
        """The writing engine: every transaction takes the write lock first."""
        with self._orm_lock:
            if self._engine is None:
                from delegator.storage.engine import make_engine

                self._engine = make_engine(self.path)
            return self._engine

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One committed unit of work; any error rolls all of it back.

        It begins ``BEGIN IMMEDIATE``: it waits (up to the busy timeout) for another
        writer to finish. Operational failures (disk full, read-only file, lock held too
        long) become StorageUnavailable, so the caller can say so and keep the data as
        it was. Once damage was found in the file (by any read or write), every
        transaction raises DatabaseDamaged before it writes: a damaged plan is never
        written to.
        """
        self.verify()
        if self._damage is not None:
            raise self._damage.of(self.path)
        sessions = self._writing_sessions()
        with self._blamed(), sessions.begin() as session:
            yield session

    @contextlib.contextmanager
    def writing(self) -> Iterator[sqlite3.Connection]:
        """``transaction`` with plain sqlite3 instead of a Session, for the bulk inserts
        of storage/task_bulk.py: a to-do typed at start-up is stored without waiting for
        SQLAlchemy to load. Same pragmas, ``BEGIN IMMEDIATE``, rollback on any error,
        the same refusal once damage was found and the same blamed errors."""
        self.verify()
        if self._damage is not None:
            raise self._damage.of(self.path)
        with self._writer_lock, self._driver_blamed():
            if self._writer is None:
                self._writer = plain_writer(self.path)
            connection = self._writer
            connection.execute("BEGIN IMMEDIATE")
            try:
                yield connection
            except BaseException:
                if connection.in_transaction:
                    connection.rollback()
                raise
            connection.commit()

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[Session]:
        """One read-only unit of work: it takes no write lock, so it never waits for a
        writer (an import storing on its worker thread), and every read in it sees the
        file as one moment left it. Writing in it is a bug and raises
        WriteInSnapshot (a change made to a row is flushed at the end, so it cannot
        vanish unnoticed); nothing is committed. Other errors are blamed like those of a
        transaction. ``driver_connection(session)`` reads the same snapshot with plain SQL.
        """
        sessions = self._reading_sessions()
        with self._blamed(), sessions() as session, _writes_refused():
            yield session
            session.flush()

    @contextlib.contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """The read connection, in one read transaction: its queries agree with each
        other, and (the file being in WAL mode from the first write on) they never wait
        for a writer. Errors are blamed like those of a transaction."""
        with self._driver_blamed():
            connection = self.reader()
            if connection.in_transaction:  # a reading() inside another: same snapshot
                yield connection
                return
            connection.execute("BEGIN")
            try:
                yield connection
            finally:
                if connection.in_transaction:  # an I/O error may have ended it already
                    connection.execute("COMMIT")

    def _writing_sessions(self) -> sessionmaker[Session]:
        engine = self.engine
        with self._orm_lock:
            if self._sessions is None:
                from sqlalchemy.orm import sessionmaker

                from delegator.storage.stamps import stamp_rows

                self._sessions = sessionmaker(engine, expire_on_commit=False)
                stamp_rows(self._sessions, self.clock)
            return self._sessions

    def _reading_sessions(self) -> sessionmaker[Session]:
        with self._orm_lock:
            if self._snapshots is None:
                from sqlalchemy.orm import sessionmaker

                from delegator.storage.engine import make_engine

                self._read_engine = make_engine(self.path, read_only=True)
                self._snapshots = sessionmaker(self._read_engine, expire_on_commit=False)
            return self._snapshots

    @contextlib.contextmanager
    def _blamed(self) -> Iterator[None]:
        """Errors of an ORM unit of work the user can do something about, as
        DelegatorErrors; constraint and SQL errors are bugs and pass unchanged."""
        from sqlalchemy.exc import DBAPIError

        try:
            with self._driver_blamed():
                yield
        except DBAPIError as error:
            # SQLAlchemy wraps the driver's error.
            mapped = blame(self.path, error.orig) if error.orig is not None else None
            if mapped is None:
                raise
            self._note(mapped)
            raise mapped from error

    @contextlib.contextmanager
    def _driver_blamed(self) -> Iterator[None]:
        """``_blamed`` for raw driver errors (the read connection, bulk inserts that
        bypass SQLAlchemy's statements), without importing SQLAlchemy."""
        try:
            yield
        except sqlite3.Error as error:
            mapped = blame(self.path, error)
            if mapped is None:
                raise
            self._note(mapped)
            raise mapped from error

    def _note(self, error: Exception) -> None:
        if isinstance(error, DatabaseDamaged) and self._damage is None:
            self._damage = error

    def close(self) -> None:
        check, self._check = self._check, None
        if check is not None:
            check.result()  # not reading a file that is about to be replaced
        with self._writer_lock:
            for connection in (*self._opened, *filter(None, [self._writer])):
                connection.close()
            self._opened, self._writer = [], None
        self._readers = threading.local()
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
            self._sessions = None
        if self._read_engine is not None:
            self._read_engine.dispose()
            self._read_engine = None
            self._snapshots = None


def driver_connection(session: Session) -> sqlite3.Connection:
    """The sqlite3 connection of *session*'s transaction (begun if it was not yet), for
    the plain-SQL queries of storage/*_query.py inside a snapshot or transaction."""
    raw = session.connection().connection.driver_connection
    assert isinstance(raw, sqlite3.Connection), "the session's transaction has a connection"
    return raw


def plain_writer(path: Path) -> sqlite3.Connection:
    """A sqlite3 connection that writes as the engines of storage/engine.py do."""
    connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    for pragma in (
        f"busy_timeout = {BUSY_TIMEOUT_MS}",
        "journal_mode = WAL",
        "synchronous = FULL",
        "foreign_keys = ON",
    ):
        connection.execute(f"PRAGMA {pragma}")
    return connection


class _BackgroundCheck:
    """``probe.quick_check`` of one file on a thread of its own."""

    def __init__(self, path: Path) -> None:
        self._problem: DatabaseFileError | None = None
        self._thread = threading.Thread(target=self._run, args=(path,), daemon=True)
        self._starting = threading.Lock()

    def start(self) -> None:
        with self._starting:
            if self._thread.ident is None:
                self._thread.start()

    def _run(self, path: Path) -> None:
        try:
            quick_check(path)
        except DatabaseFileError as problem:
            self._problem = problem

    def result(self) -> DatabaseFileError | None:
        self.start()
        self._thread.join()
        return self._problem


def _prepare(path: Path, backups_dir: Path, clock: Clock, thorough: bool = True) -> FileState:
    result = probe(path, thorough=thorough)
    if result.state is FileState.MISSING:
        move_orphans_aside(path, backups_dir, clock)
        _create(path)
    elif result.state is FileState.OUTDATED:
        from delegator.storage import migrator

        migrator.backup_copy(
            path, backups_dir, f"before-upgrade-from-{result.revision}", clock.local()
        )
        migrator.upgrade(path)
    return result.state


def _create(path: Path) -> None:
    from delegator.storage import migrator

    path.parent.mkdir(parents=True, exist_ok=True)
    building = path.with_name(path.name + ".new")
    for leftover in (building, *sidecars(building)):
        leftover.unlink(missing_ok=True)
    migrator.upgrade(building)
    with contextlib.closing(sqlite3.connect(building)) as connection:
        connection.execute("PRAGMA journal_mode = DELETE")
    fsync_file(building)
    os.replace(building, path)
    fsync_dir(path.parent)


def move_orphans_aside(path: Path, backups_dir: Path, clock: Clock) -> None:
    """Move the log files of a data file that is gone into *backups_dir*, unchanged, as
    ``orphaned-<time>-<name>``: SQLite would replay another file's log into the new
    plan (bringing old to-dos back, or damaging it). They are kept, never deleted."""
    orphans = [sidecar for sidecar in sidecars(path) if sidecar.is_symlink() or sidecar.exists()]
    if not orphans:
        return
    stamp = clock.local().strftime("%Y%m%d-%H%M%S")
    try:
        backups_dir.mkdir(parents=True, exist_ok=True)
        for orphan in orphans:
            os.replace(orphan, _free_name(backups_dir / f"orphaned-{stamp}-{orphan.name}"))
        fsync_dir(backups_dir)
        fsync_dir(path.parent)
    except OSError as error:
        raise DatabaseUnreachable(path, f"{error.filename}: {error.strerror}") from error


def _free_name(target: Path) -> Path:
    """*target*, or *target* with a number added when that name is taken."""
    number = 1
    candidate = target
    while candidate.exists() or candidate.is_symlink():
        number += 1
        candidate = target.with_name(f"{target.name}.{number}")
    return candidate
