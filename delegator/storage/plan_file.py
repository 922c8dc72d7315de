"""Whole plan files: a consistent copy, a thorough check, what one holds, and putting
one back in place of the live file (docs/design.md, Backups).

Every copy goes through SQLite's backup API: a plain file copy of a file in WAL mode
can miss committed changes that are still in the log. It copies in steps, so a writer
in another connection is never held up for long.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from delegator.domain.backups import PlanSummary
from delegator.domain.errors import DamageKind, DatabaseDamaged, StorageUnavailable
from delegator.storage.durable import PARTIAL_SUFFIX, fsync_dir, fsync_file
from delegator.storage.probe import probe
from delegator.storage.sqlite_errors import blame, one_line, unwritable

PAGES_PER_STEP = 256
# <first 16 hex digits of the sha256>/<file name>; a backslash separates folders on
# Windows, so there it may not be part of a name.
_ATTACHMENT = re.compile(r"\A[0-9a-f]{16}/[^/\x00%s]+\Z" % ("\\\\" if os.name == "nt" else ""))
BUSY_TIMEOUT_S = 5.0  # how long a copy or restore waits for another program's lock


@contextlib.contextmanager
def _connected(path: Path, *, read_only: bool) -> Iterator[sqlite3.Connection]:
    uri = f"{path.resolve().as_uri()}?mode={'ro' if read_only else 'rw'}"
    connection = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=BUSY_TIMEOUT_S)
    try:
        yield connection
    finally:
        connection.close()


def copy_plan(source: Path, target: Path) -> None:
    """Write a consistent copy of the plan *source* to *target*, whole or not at all.

    The copy is built as ``target.part``, synced to the disk and renamed into place.
    Raises StorageUnavailable when the disk is full or a folder cannot be written,
    DatabaseDamaged when SQLite finds *source* damaged.
    """
    partial = target.with_name(target.name + PARTIAL_SUFFIX)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial.unlink(missing_ok=True)
        with _connected(source, read_only=True) as src:
            destination = sqlite3.connect(partial, isolation_level=None)
            try:
                src.backup(destination, pages=PAGES_PER_STEP, progress=_give_up_when_busy)
                destination.execute("PRAGMA journal_mode = DELETE")
            finally:
                destination.close()
        fsync_file(partial)
        os.replace(partial, target)
        fsync_dir(target.parent)
    except sqlite3.Error as error:
        partial.unlink(missing_ok=True)
        raise (blame(source, error) or StorageUnavailable(one_line(str(error)))) from error
    except OSError as error:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise unwritable(error, target) from error


def _give_up_when_busy(status: int, _remaining: int, _total: int) -> None:
    """A backup step that found a file locked has already waited BUSY_TIMEOUT_S for it
    (the busy handler): give up, where sqlite3 would retry without end (a sync client
    holding the plan locked hung the restore)."""
    if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        error = sqlite3.OperationalError("database is locked")
        error.sqlite_errorcode = status
        raise error


def restore_into(live: Path, source: Path) -> None:
    """Make the live plan *live* hold exactly what *source* holds, in one transaction.

    The backup API writes into the live file under its own write lock and journal: a
    kill part way leaves the live plan as it was. Nothing else may have the file open
    for writing meanwhile (the caller closes its own connections first).
    """
    try:
        with (
            _connected(source, read_only=True) as src,
            _connected(live, read_only=False) as destination,
        ):
            destination.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
            (mode,) = destination.execute("PRAGMA journal_mode").fetchone()
            # In WAL mode the backup cannot change the page size: a backup made with
            # other pages (a plan from another computer) goes in with a rollback journal.
            other_pages = _page_size(src) != _page_size(destination)
            if other_pages and mode == "wal":
                destination.execute("PRAGMA journal_mode = DELETE")
            src.backup(destination, progress=_give_up_when_busy)
            if other_pages and mode == "wal":
                destination.execute("PRAGMA journal_mode = WAL")
            destination.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.Error as error:
        raise (blame(live, error) or StorageUnavailable(one_line(str(error)))) from error


def _page_size(connection: sqlite3.Connection) -> int:
    (size,) = connection.execute("PRAGMA page_size").fetchone()
    return int(size)


def inspect(path: Path) -> PlanSummary:
    """What the plan file *path* holds, after a thorough check; never writes to it.

    Beyond the checks of every open (``probe``: SQLite's quick check, a file cut short,
    a table gone) it reads every row: text that is not UTF-8, an attachment path that
    leads out of its folder. Raises a DatabaseFileError subclass (DatabaseDamaged,
    NotADelegatorDatabase …) when the file cannot be used as a plan.
    """
    return _look(path, thorough=True)


def summarize(path: Path) -> PlanSummary:
    """What the plan file *path* holds, after the quick look every start makes (the
    thorough check of ``inspect`` reads every row: it is for a file about to be used)."""
    return _look(path, thorough=False)


def _look(path: Path, *, thorough: bool) -> PlanSummary:
    result = probe(path)
    try:
        with _connected(path, read_only=True) as connection:
            if thorough:
                _read_every_row(path, connection)
            return _summary(connection, result.revision or "")
    except sqlite3.Error as error:
        raise (blame(path, error) or DatabaseDamaged(path, one_line(str(error)))) from error


def _read_every_row(path: Path, connection: sqlite3.Connection) -> None:
    """Raise DatabaseDamaged for what only reading every row finds."""
    _targets(path, connection)
    for table, columns in _text_columns(connection):
        joined = " || ".join(f"coalesce(\"{column}\", '')" for column in columns)
        try:
            connection.execute(f"SELECT group_concat({joined}, '') FROM \"{table}\"").fetchone()
        except sqlite3.OperationalError as error:
            if "decode" not in str(error):
                raise
            raise DatabaseDamaged(
                path, f"text in {table} not UTF-8", DamageKind.TABLE_NOT_UTF8, table=table
            ) from error


def _text_columns(connection: sqlite3.Connection) -> list[tuple[str, list[str]]]:
    tables = [
        name
        for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    found = []
    for table in tables:
        columns = [
            name
            for (_cid, name, kind, *_rest) in connection.execute(f'PRAGMA table_info("{table}")')
            if "CHAR" in kind.upper() or "TEXT" in kind.upper() or "CLOB" in kind.upper()
        ]
        if columns:
            found.append((table, columns))
    return found


def _summary(connection: sqlite3.Connection, revision: str) -> PlanSummary:
    def count(sql: str) -> int:
        (value,) = connection.execute(sql).fetchone()
        return int(value)

    return PlanSummary(
        todos=count("SELECT count(*) FROM tasks"),
        delegated=count("SELECT count(*) FROM tasks WHERE decision = 'delegate'"),
        assistants=count("SELECT count(*) FROM assistants"),
        attachments=count("SELECT count(DISTINCT target) FROM task_resources WHERE kind = 'file'"),
        revision=revision,
    )


def attachment_targets(path: Path) -> set[str]:
    """The attachment files (relative to the attachments folder) the plan *path* uses;
    DatabaseDamaged when one would lie outside that folder."""
    try:
        with _connected(path, read_only=True) as connection:
            return _targets(path, connection)
    except sqlite3.Error as error:
        raise (blame(path, error) or DatabaseDamaged(path, one_line(str(error)))) from error


def _targets(path: Path, connection: sqlite3.Connection) -> set[str]:
    rows = connection.execute("SELECT DISTINCT target FROM task_resources WHERE kind = 'file'")
    targets = {target for (target,) in rows}
    for target in targets:
        if not _ATTACHMENT.match(target) or target.split("/")[1] in {".", ".."}:
            # Only a plan made by hand (or a hostile archive) holds one: the app names
            # every attachment <first 16 hex digits of its sha256>/<file name>.
            raise DatabaseDamaged(
                path,
                f"attachment path out of its folder: {target}",
                DamageKind.ATTACHMENT_OUTSIDE,
                target=target,
            )
    return targets
