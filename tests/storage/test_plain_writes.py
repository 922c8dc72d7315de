"""Adding to-dos goes through plain sqlite3 (Database.writing), not the ORM: a to-do
typed at start-up is stored before SQLAlchemy has loaded. Its failures must look like
those of every other write."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from delegator.domain.errors import StorageUnavailable
from delegator.services.task_service import NewTask, TaskService
from delegator.storage import database as database_module
from delegator.storage.database import Database


def _titles(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [title for (title,) in connection.execute("SELECT title FROM tasks ORDER BY id")]
    finally:
        connection.close()


def test_adding_a_to_do_does_not_load_sqlalchemy(tmp_path: Path) -> None:
    Database.open(tmp_path / "d.sqlite3", tmp_path / "backups").close()
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from delegator.services.task_service import NewTask, TaskService\n"
        "from delegator.storage.database import Database\n"
        f"database = Database.open(Path({str(tmp_path / 'd.sqlite3')!r}), Path('.'))\n"
        "TaskService(database).add([NewTask('Typed at once')])\n"
        "database.close()\n"
        "print(sorted(name for name in sys.modules if name.startswith('sqlalchemy'))[:3])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"
    assert _titles(tmp_path / "d.sqlite3") == ["Typed at once"]


def test_a_full_disk_while_adding_raises_storage_unavailable_and_keeps_the_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = Database.open(tmp_path / "d.sqlite3", tmp_path / "backups")
    try:
        service = TaskService(database)
        service.add([NewTask("A")])
        opened = database_module.plain_writer

        def no_room_to_grow(path: Path) -> sqlite3.Connection:
            connection = opened(path)
            (pages,) = connection.execute("PRAGMA page_count").fetchone()
            connection.execute(f"PRAGMA max_page_count = {pages}")
            return connection

        monkeypatch.setattr(database_module, "plain_writer", no_room_to_grow)
        database.close()  # the next write connects anew, with the limit
        with pytest.raises(StorageUnavailable, match="full"):
            service.add([NewTask(f"Big {i}", notes="x" * 50_000) for i in range(3)])
        assert _titles(database.path) == ["A"]

        monkeypatch.setattr(database_module, "plain_writer", opened)
        database.close()
        service.add([NewTask("Small again")])
        assert _titles(database.path) == ["A", "Small again"]
    finally:
        database.close()
