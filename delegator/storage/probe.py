"""Look at a data file with the standard sqlite3 module, read-only, before using it.

Cheap enough for every start: it reads the header, the application id and the schema
revision, and runs SQLite's quick check. It never writes to the file.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from delegator.domain.errors import (
    DatabaseDamaged,
    DatabaseFileError,
    DatabaseTooNew,
    DatabaseUnreachable,
    NotADelegatorDatabase,
)
from delegator.storage.schema import APPLICATION_ID, HEAD_REVISION, KNOWN_REVISIONS
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


def probe(path: Path) -> ProbeResult:
    """Classify *path*; raise a DatabaseFileError subclass when it cannot be used."""
    if not path.exists():
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
        return _inspect(path, connection)
    except sqlite3.DatabaseError as error:
        raise _refusal(path, error) from error
    finally:
        connection.close()


def _refusal(path: Path, error: sqlite3.Error) -> DatabaseFileError:
    """DatabaseDamaged only when SQLite says so, not for a lock or a read-only folder.

    A WAL file in a read-only folder, or one another program holds locked, cannot be
    read either, but telling the user it is damaged would send them to a backup.
    """
    if is_access_problem(error):
        return DatabaseUnreachable(path, one_line(str(error)))
    return DatabaseDamaged(path, one_line(str(error)))


def _inspect(path: Path, connection: sqlite3.Connection) -> ProbeResult:
    (application_id,) = connection.execute("PRAGMA application_id").fetchone()
    if application_id != APPLICATION_ID:
        raise NotADelegatorDatabase(path, "is not a Delegator database")
    (check,) = connection.execute("PRAGMA quick_check(1)").fetchone()
    if check != "ok":
        raise DatabaseDamaged(path, one_line(check))
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    revision = row[0] if row else None
    if revision not in KNOWN_REVISIONS:
        raise DatabaseTooNew(path, f"was written by a newer version of Delegator ({revision})")
    state = FileState.CURRENT if revision == HEAD_REVISION else FileState.OUTDATED
    return ProbeResult(state, revision)
