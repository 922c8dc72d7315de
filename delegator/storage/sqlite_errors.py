"""Who is to blame for an SQLite error: the disk or a lock, the file itself, or our code."""

from __future__ import annotations

import errno
import re
import sqlite3
from pathlib import Path

from delegator.domain.errors import (
    DamageKind,
    DatabaseDamaged,
    DelegatorError,
    StorageProblem,
    StorageUnavailable,
)

# The file could not be reached or written: nothing is wrong with the data.
_ACCESS = frozenset(
    {
        sqlite3.SQLITE_AUTH,
        sqlite3.SQLITE_BUSY,
        sqlite3.SQLITE_CANTOPEN,
        sqlite3.SQLITE_FULL,
        sqlite3.SQLITE_IOERR,
        sqlite3.SQLITE_LOCKED,
        sqlite3.SQLITE_PERM,
        sqlite3.SQLITE_READONLY,
    }
)
# The file itself is broken.
_DAMAGE = frozenset({sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB})


_SQLITE_PROBLEMS = {
    sqlite3.SQLITE_FULL: StorageProblem.DISK_FULL,
    sqlite3.SQLITE_READONLY: StorageProblem.READ_ONLY,
    sqlite3.SQLITE_PERM: StorageProblem.READ_ONLY,
    sqlite3.SQLITE_BUSY: StorageProblem.LOCKED,
    sqlite3.SQLITE_LOCKED: StorageProblem.LOCKED,
}
_OS_PROBLEMS = {
    errno.ENOSPC: StorageProblem.DISK_FULL,
    errno.EDQUOT: StorageProblem.DISK_FULL,
    errno.EROFS: StorageProblem.READ_ONLY,
    errno.EACCES: StorageProblem.READ_ONLY,
    errno.EPERM: StorageProblem.READ_ONLY,
    errno.EBUSY: StorageProblem.LOCKED,
    errno.EEXIST: StorageProblem.NOT_A_FOLDER,
    errno.ENOTDIR: StorageProblem.NOT_A_FOLDER,
}


def unwritable(error: OSError, path: Path) -> StorageUnavailable:
    """The StorageUnavailable for a file operation on *path* the system refused."""
    where = error.filename or path
    reason = error.strerror or str(error)
    return StorageUnavailable(
        f"{where}: {reason}", _OS_PROBLEMS.get(error.errno or 0, StorageProblem.OTHER)
    )


def one_line(text: str) -> str:
    """*text* with every run of whitespace, newlines included, made one space."""
    return " ".join(text.split())


def _primary_code(error: BaseException) -> int | None:
    code = getattr(error, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def is_access_problem(error: BaseException) -> bool:
    return _primary_code(error) in _ACCESS


# What the sqlite3 module says when a text value is not UTF-8 (it has no SQLite code).
_NOT_UTF8 = re.compile(r"^Could not decode to UTF-8 column '(?P<column>[^']*)'")


def is_damage(error: BaseException) -> bool:
    return _primary_code(error) in _DAMAGE or _not_utf8(error) is not None


def _not_utf8(error: BaseException) -> str | None:
    """The column whose text is not UTF-8, when that is what *error* says."""
    if not isinstance(error, sqlite3.OperationalError):
        return None
    match = _NOT_UTF8.match(str(error))
    return match["column"] if match else None


def blame(path: Path, error: BaseException) -> DelegatorError | None:
    """The error to show the user for a driver error, or None when it is a bug."""
    if is_access_problem(error):
        return StorageUnavailable(
            one_line(str(error)),
            _SQLITE_PROBLEMS.get(_primary_code(error) or 0, StorageProblem.OTHER),
        )
    column = _not_utf8(error)
    if column is not None:
        # The message goes on with the undecodable text itself: not for the user.
        return DatabaseDamaged(
            path, f"text in {column} not UTF-8", DamageKind.COLUMN_NOT_UTF8, column=column
        )
    if is_damage(error):
        return DatabaseDamaged(path, one_line(str(error)))
    return None
