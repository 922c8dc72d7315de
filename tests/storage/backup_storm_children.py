"""What the backup kill storm's child processes do, until they are killed.

They run in processes forked from a server that imported this module once
(multiprocessing's forkserver), so a round does not pay for importing the app.
Each reports on *report* only what has returned: a line per stored to-do, backup
or restore.
"""

from __future__ import annotations

import threading
from multiprocessing.connection import Connection
from pathlib import Path

from delegator.domain.backups import Retention
from delegator.domain.clock import Clock
from delegator.runtime.paths import Paths
from delegator.services.backup_service import BackupService
from delegator.services.task_service import NewTask, TaskService
from delegator.services.workspace import Workspace
from delegator.storage.database import Database

# What the app imports on its first write (SQLAlchemy, the rows): imported once by the
# server too, so a child's first change takes milliseconds.
PRELOAD = (
    __name__,
    "delegator.storage.engine",
    "delegator.storage.rows",
    "delegator.storage.stamps",
    "delegator.storage.task_bulk",
    "sqlalchemy.orm",
)


def add_while_backing_up(report: Connection, data_dir: Path, round_no: int) -> None:
    """Add to-dos ("added <title>") while a second thread backs the plan up and prunes
    the old copies in a loop ("backup <file name>")."""
    paths = Paths(data_dir)
    lock = threading.Lock()

    def say(line: str) -> None:
        with lock:
            report.send(line)

    def back_up() -> None:
        backups = BackupService(paths.database, paths.backups, data_dir / "attachments", Clock())
        while True:
            say("backup " + backups.back_up().name)
            backups.prune(Retention(daily=1, weekly=0))

    service = TaskService(Database.open(paths.database, paths.backups))
    threading.Thread(target=back_up, daemon=True).start()
    step = 0
    while True:
        step += 1
        title = f"r{round_no} s{step} " + "x" * 200
        service.add([NewTask(title)])
        say("added " + title)


def restore_in_turn(report: Connection, data_dir: Path, first: Path, second: Path) -> None:
    """Restore *first*, then *second*, then *first* … ("try <name>" before each,
    "done <name>" after it returned)."""
    paths = Paths(data_dir)
    workspace = Workspace(paths.database, paths.backups)
    while True:
        for backup in (first, second):
            report.send("try " + backup.name)
            workspace.restore(backup)
            report.send("done " + backup.name)
