"""Look at a data file with the standard sqlite3 module, read-only, before using it.

Cheap enough for every start: it checks that the file is a regular file, reads the
header, the application id and the schema revision, runs SQLite's quick check, and
looks for the damage the quick check does not see but costs nothing to find (a file cut
short, a table gone). It never writes to the file.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import struct
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from delegator.domain.errors import (
    DamageKind,
    DanglingFolderLink,
    DanglingLink,
    DatabaseDamaged,
    DatabaseFileError,
    DatabaseTooNew,
    DatabaseUnreachable,
    DataFolderIsAFile,
    NotADelegatorDatabase,
    NotARegularFile,
)
from delegator.storage.schema import APPLICATION_ID, HEAD_REVISION, KNOWN_REVISIONS, TABLES
from delegator.storage.sqlite_errors import is_access_problem, one_line

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_S = 5.0


class FileState(Enum):
    MISSING = "missing"
    CURRENT = "current"
    OUTDATED = "outdated"


@dataclass(frozen=True, slots=True)
class ProbeResult:
    state: FileState
    revision: str | None = None


def probe(path: Path, *, thorough: bool = True) -> ProbeResult:
    """Classify *path*; raise a DatabaseFileError subclass when it cannot be used.

    Only a regular file (or a link to one) is opened: a named pipe would block the read
    for ever, and a new plan made through a dangling link would land wherever it points.
    Without *thorough*, SQLite's quick check (it reads the whole file) is left to the
    caller (``quick_check``) for a current file; an outdated one gets it here, as it is
    upgraded next.
    """
    if not present(path):
        return ProbeResult(FileState.MISSING)
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise DatabaseUnreachable(path, error.strerror or str(error)) from error
    if header != SQLITE_HEADER:
        raise NotADelegatorDatabase(path, "is not a Delegator database")
    try:
        connection = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S
        )
    except sqlite3.Error as error:
        raise _refusal(path, error) from error
    try:
        return _inspect(path, connection, thorough)
    except sqlite3.DatabaseError as error:
        raise _refusal(path, error) from error
    finally:
        connection.close()


def quick_check(path: Path) -> None:
    """SQLite's quick check of *path* (read-only); raise DatabaseDamaged (or
    DatabaseUnreachable) when it fails. SQLite lets other threads run meanwhile."""
    try:
        connection = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S
        )
    except sqlite3.Error as error:
        raise _refusal(path, error) from error
    try:
        _quick_check(path, connection)
    except sqlite3.DatabaseError as error:
        raise _refusal(path, error) from error
    finally:
        connection.close()


def _quick_check(path: Path, connection: sqlite3.Connection) -> None:
    (check,) = connection.execute("PRAGMA quick_check(1)").fetchone()
    if check != "ok":
        raise DatabaseDamaged(path, one_line(check))


def present(path: Path) -> bool:
    """True when *path* is a regular file, False when nothing is there; raises when
    something else is (a pipe, a folder, a dangling link, a data folder that is a file)."""
    problem = folder_problem(path.parent)
    if problem is not None:
        raise problem
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        if path.is_symlink():
            raise DanglingLink(path, os.readlink(path)) from None
        return False
    except OSError as error:
        raise DatabaseUnreachable(path, error.strerror or str(error)) from error
    if not stat.S_ISREG(mode):
        raise NotARegularFile(path, _kind(mode))
    return True


def folder_problem(folder: Path) -> DatabaseFileError | None:
    """Why *folder* cannot hold the plan: a file, or a link to nothing, stands where it
    or a folder above it should be (making the folder would fail with an errno); None
    when it can."""
    for candidate in (folder, *folder.parents):
        if candidate.is_symlink() and not candidate.exists():
            return DanglingFolderLink(candidate, os.readlink(candidate))
        if candidate.exists():
            if candidate.is_dir():
                return None
            return DataFolderIsAFile(candidate, "is a file, not a folder")
    return None


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "folder"
    if stat.S_ISFIFO(mode):
        return "pipe"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "device"


def _refusal(path: Path, error: sqlite3.Error) -> DatabaseFileError:
    """DatabaseDamaged only when SQLite says so, not for a lock or a read-only folder.

    A WAL file in a read-only folder, or one another program holds locked, cannot be
    read either, but telling the user it is damaged would send them to a backup.
    """
    if is_access_problem(error):
        return DatabaseUnreachable(path, one_line(str(error)))
    return DatabaseDamaged(path, one_line(str(error)))


def _inspect(path: Path, connection: sqlite3.Connection, thorough: bool) -> ProbeResult:
    (application_id,) = connection.execute("PRAGMA application_id").fetchone()
    if application_id != APPLICATION_ID:
        raise NotADelegatorDatabase(path, "is not a Delegator database")
    if thorough:
        _quick_check(path, connection)
    damage = size_problem(path)
    if damage is not None:
        raise damage
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    revision = row[0] if row else None
    if not thorough and revision != HEAD_REVISION:
        _quick_check(path, connection)
    if revision not in KNOWN_REVISIONS:
        raise DatabaseTooNew(path, f"was written by a newer version of Delegator ({revision})")
    damage = missing_tables(path, connection)
    if damage is not None:
        raise damage
    state = FileState.CURRENT if revision == HEAD_REVISION else FileState.OUTDATED
    return ProbeResult(state, revision)


def size_problem(path: Path) -> DatabaseDamaged | None:
    """The damage the file's size shows (cut short), or None: a whole number of pages,
    at least as many as its header counts unless a log holds the rest."""
    with path.open("rb") as handle:
        header = handle.read(100)
    if len(header) < 100:
        return DatabaseDamaged(path, "shorter than its header", DamageKind.HEADER_CUT)
    (page_size,) = struct.unpack(">H", header[16:18])
    page_size = 65536 if page_size == 1 else page_size
    size = path.stat().st_size
    if page_size == 0 or size % page_size:
        return DatabaseDamaged(
            path, f"ends inside a page at {size} bytes", DamageKind.PAGE_CUT, size=size
        )
    change_counter, pages = struct.unpack(">II", header[24:32])
    (valid_for,) = struct.unpack(">I", header[92:96])
    log = path.with_name(path.name + "-wal")
    has_log = log.exists() and log.stat().st_size > 0
    if change_counter == valid_for and pages * page_size > size and not has_log:
        present = size // page_size
        return DatabaseDamaged(
            path,
            f"holds {present} of its {pages} pages",
            DamageKind.PAGES_MISSING,
            present=present,
            pages=pages,
        )
    return None


def missing_tables(path: Path, connection: sqlite3.Connection) -> DatabaseDamaged | None:
    """The damage of tables of the file's schema revision that are gone, or None."""
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    expected = TABLES.get(row[0] if row else "", frozenset())
    present = {name for (name,) in connection.execute("SELECT name FROM sqlite_master")}
    gone = ", ".join(sorted(expected - present))
    if not gone:
        return None
    return DatabaseDamaged(path, f"table {gone} missing", DamageKind.TABLE_MISSING, tables=gone)
