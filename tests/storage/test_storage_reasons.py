"""A file that cannot be written is explained by why: a full disk, a read-only folder,
a lock held by another program — not by the system's words alone."""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from delegator.domain.errors import (
    DamageKind,
    StorageProblem,
    StorageUnavailable,
    UnusableBackup,
)
from delegator.runtime.resources import resource
from delegator.storage.probe import size_problem
from delegator.storage.sqlite_errors import blame, unwritable
from delegator.text.messages import explain


@pytest.mark.parametrize(
    ("number", "problem", "said"),
    [
        (errno.ENOSPC, StorageProblem.DISK_FULL, "the disk is full; make room and try again"),
        (errno.EROFS, StorageProblem.READ_ONLY, "/plans/backups cannot be written"),
        (errno.EACCES, StorageProblem.READ_ONLY, "/plans/backups cannot be written"),
        (errno.EEXIST, StorageProblem.NOT_A_FOLDER, "/plans/backups is a file where a folder"),
        (errno.EIO, StorageProblem.OTHER, "/plans/backups: Input/output error"),
    ],
)
def test_a_refused_file_operation_says_why(number: int, problem: StorageProblem, said: str) -> None:
    error = unwritable(OSError(number, "Input/output error", "/plans/backups"), Path("/x"))
    assert error.problem is problem
    assert said in explain(error)
    assert "Nothing was changed" in explain(error)


def _sqlite_error(tmp_path: Path, make: str) -> sqlite3.Error:
    path = tmp_path / "plan.sqlite3"
    first = sqlite3.connect(path, isolation_level=None, timeout=0)
    second = sqlite3.connect(path, isolation_level=None, timeout=0)
    try:
        first.execute("CREATE TABLE t (x TEXT)")
        if make == "full":
            first.execute("PRAGMA max_page_count = 2")
            first.execute("INSERT INTO t VALUES (randomblob(100000))")
        else:
            second.execute("BEGIN EXCLUSIVE")
            first.execute("INSERT INTO t VALUES ('a')")
    except sqlite3.Error as error:
        return error
    finally:
        first.close()
        second.close()
    raise AssertionError("SQLite accepted the write")


@pytest.mark.parametrize(
    ("make", "problem"), [("full", StorageProblem.DISK_FULL), ("locked", StorageProblem.LOCKED)]
)
def test_sqlite_refusals_are_told_by_their_kind(
    tmp_path: Path, make: str, problem: StorageProblem
) -> None:
    mapped = blame(tmp_path / "plan.sqlite3", _sqlite_error(tmp_path, make))
    assert isinstance(mapped, StorageUnavailable)
    assert mapped.problem is problem
    if problem is StorageProblem.LOCKED:
        assert "locked by another program" in explain(mapped)


@pytest.fixture
def german(qapp: QCoreApplication) -> Iterator[None]:
    translator = QTranslator()
    assert translator.load(str(resource("translations", "delegator_de.qm")))
    assert qapp.installTranslator(translator)
    try:
        yield
    finally:
        qapp.removeTranslator(translator)


@pytest.mark.usefixtures("german")
def test_what_delegator_found_wrong_with_a_file_is_said_in_the_users_language(
    tmp_path: Path,
) -> None:
    """A file cut short reads in German as German, not with an English detail inside."""
    plan = tmp_path / "delegator.sqlite3"
    connection = sqlite3.connect(plan)
    connection.execute("CREATE TABLE t (x TEXT)")
    connection.commit()
    connection.close()
    plan.write_bytes(plan.read_bytes()[:-100])
    damage = size_problem(plan)
    assert damage is not None
    assert damage.kind is DamageKind.PAGE_CUT
    said = explain(damage)
    assert f"Die Datei {plan} ist beschädigt: die Datei endet mitten in einer Seite" in said
    assert "page" not in said
    refused = UnusableBackup(plan, damage.detail, damage)
    assert "kann nicht wiederhergestellt werden: die Datei endet mitten" in explain(refused)
