"""Do the window's reads wait while an import stores its to-dos on a worker thread?

    QT_QPA_PLATFORM=offscreen python bench/read_during_import.py [--count 50000] [--runs 5]

Not part of the test suite. A ``--count``-line todo.txt (``import_files.todotxt_text``,
seeded) is parsed once, untimed. Each run takes a fresh data file with 200 to-dos and a
profile; a worker thread then does what the import's store job does — ``new_tasks`` and
``TaskService.add``, one transaction — while a 10 ms timer ticks on the GUI thread and
every fifth tick (50 ms) reads what a window reads: the profile and one to-do. Three
cases, in rotating order, ``--runs`` runs each, one process:

* snapshot   the reads as the services make them now: ``Database.snapshot()``, a
             deferred ``BEGIN`` on a query_only connection (no write lock in WAL mode).
* immediate  the same reads through the old path, ``Database.transaction()`` —
             ``BEGIN IMMEDIATE``: each waits (busy timeout 5 s) for the import's write
             lock, or fails with StorageUnavailable when that takes longer.
* idle       baseline: the snapshot reads for one second with no import running.

Printed per case, medians over the runs: the store's time, the reads made while it ran
(failed ones counted apart), their median and worst latency, and the median and worst
gap between the starts of two timer ticks, the read included (a gap is how long the
window could not react).
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from import_files import todotxt_text  # noqa: E402

from delegator.domain.errors import StorageUnavailable  # noqa: E402
from delegator.domain.imported import ImportedTask  # noqa: E402
from delegator.domain.profile import Profile  # noqa: E402
from delegator.exchange.import_todotxt import parse_todotxt  # noqa: E402
from delegator.services.task_service import NewTask  # noqa: E402
from delegator.services.workspace import Workspace  # noqa: E402
from delegator.storage.database import Database  # noqa: E402
from delegator.storage.profile_repository import ProfileRepository  # noqa: E402
from delegator.storage.task_repository import TaskRepository  # noqa: E402

IDLE_S = 1.0
TICK_MS = 10
READ_EVERY = 5  # ticks: a read every 50 ms, the window's thread idle between


@dataclass(frozen=True, slots=True)
class Run:
    store_s: float
    reads: int
    failed: int
    read_ms: list[float]
    gaps_ms: list[float]


def snapshot_read(database: Database, task_id: int) -> None:
    """What ProfileService.profile() and TaskService.task() do now."""
    with database.snapshot() as session:
        ProfileRepository(session).get()
    with database.snapshot() as session:
        TaskRepository(session).task(task_id)


def immediate_read(database: Database, task_id: int) -> None:
    """The same reads as they were made before: each in a BEGIN IMMEDIATE transaction."""
    with database.transaction() as session:
        ProfileRepository(session).get()
    with database.transaction() as session:
        TaskRepository(session).task(task_id)


class Reader:
    """A 10 ms timer on the GUI thread that reads on every READ_EVERY-th tick and times
    the reads and the gaps between ticks."""

    def __init__(self, read: Callable[[], None], done: Callable[[], bool]) -> None:
        self.read_ms: list[float] = []
        self.gaps_ms: list[float] = []
        self.failed = 0
        self._read = read
        self._done = done
        self._last = time.perf_counter()
        self._ticks = 0
        self.loop = QEventLoop()
        self.timer = QTimer(interval=TICK_MS)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps_ms.append((now - self._last) * 1000)
        if self._done():
            self.timer.stop()
            self.loop.quit()
            return
        self._ticks += 1
        if self._ticks % READ_EVERY:
            self._last = now
            return
        try:
            self._read()
        except StorageUnavailable:
            self.failed += 1
        self.read_ms.append((time.perf_counter() - now) * 1000)
        self._last = now

    def run(self) -> None:
        self._last = time.perf_counter()
        self.timer.start()
        self.loop.exec()


def one_run(folder: Path, case: str, parsed: Sequence[ImportedTask]) -> Run:
    workspace = Workspace(folder / "delegator.sqlite3", folder / "backups")
    (task_id, *_), _ = workspace.tasks.add([NewTask(f"Existing {n}") for n in range(200)])
    workspace.profile.save(Profile(name="Dana", business="Keller GmbH"))
    database = workspace._database
    snapshot_read(database, task_id)  # both engines connected before the clock starts
    gc.collect()
    store_s = 0.0
    if case == "idle":
        until = time.perf_counter() + IDLE_S
        reader = Reader(
            lambda: snapshot_read(database, task_id), lambda: time.perf_counter() > until
        )
        reader.run()
    else:
        read = snapshot_read if case == "snapshot" else immediate_read
        started = threading.Event()
        stored: list[float] = []

        def store() -> None:
            begin = time.perf_counter()
            started.set()
            workspace.tasks.add(workspace.imports.new_tasks(parsed, {}))
            stored.append(time.perf_counter() - begin)

        worker = threading.Thread(target=store)
        reader = Reader(lambda: read(database, task_id), lambda: not worker.is_alive())
        worker.start()
        started.wait()
        reader.run()
        worker.join()
        store_s = stored[0]
    workspace.close()
    return Run(store_s, len(reader.read_ms), reader.failed, reader.read_ms, reader.gaps_ms)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication([])
    parsed = parse_todotxt(todotxt_text(args.count)).tasks
    cases = ("snapshot", "immediate", "idle")
    runs: dict[str, list[Run]] = {case: [] for case in cases}
    with tempfile.TemporaryDirectory(prefix="delegator-bench-reads-") as work:
        for number in range(args.runs):
            for shift in range(len(cases)):
                case = cases[(number + shift) % len(cases)]
                folder = Path(work) / f"{case}-{number}"
                runs[case].append(one_run(folder, case, parsed))

    print(
        f"{len(parsed):,} imported to-dos stored on a worker; a {TICK_MS} ms timer, "
        f"a read every {TICK_MS * READ_EVERY} ms"
    )
    print(f"medians of {args.runs} runs")
    print(
        f"{'reads':<11}{'store s':>8}{'reads':>7}{'failed':>8}"
        f"{'read ms':>9}{'worst':>9}{'gap ms':>8}{'worst':>9}"
    )
    for case in cases:
        done = runs[case]

        def median(values: Callable[[Run], float], of: list[Run] = done) -> float:
            return statistics.median(values(run) for run in of)

        print(
            f"{case:<11}"
            f"{median(lambda r: r.store_s):>8.2f}"
            f"{median(lambda r: r.reads):>7.0f}"
            f"{median(lambda r: r.failed):>8.0f}"
            f"{median(lambda r: statistics.median(r.read_ms)):>9.2f}"
            f"{median(lambda r: max(r.read_ms)):>9.1f}"
            f"{median(lambda r: statistics.median(r.gaps_ms)):>8.1f}"
            f"{median(lambda r: max(r.gaps_ms)):>9.1f}"
        )
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
