"""How long a backup of a big plan takes, and how long it blocks the window.

    QT_QPA_PLATFORM=offscreen python bench/backup.py [--tasks 100000] [--runs 5]

Not part of the test suite. A data folder gets ``--tasks`` to-dos (``_dataset.py``).
Measured, runs interleaved, medians printed:

* **BackupService.back_up**: what the app does: a copy through SQLite's backup API into
  ``.part``, synced and renamed into place, then the thorough check of the copy
  (``plan_file.inspect``: quick_check, the size, the tables, every text column read).
* **copy only**: ``plan_file.copy_plan`` (the same without the check).
* **baseline**: a plain ``sqlite3`` backup-API copy (``Connection.backup`` into a new
  file, no sync, no check), the floor any consistent copy pays.

Then the window: a 10 ms timer on the GUI thread records how late each tick comes while
a worker on a QThread (``gui/worker_thread.start_worker``, as the window's backup runs)
calls ``BackupService.back_up``; the median and worst gap say how long the window could
not react. The same backup on the GUI thread is the baseline (frozen for all of it).
Issue 13: "a backup never blocks the window".
"""

from __future__ import annotations

import argparse
import contextlib
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEventLoop, QObject, Signal
from PySide6.QtWidgets import QApplication

from bench._dataset import build_data_dir
from bench._timer_gaps import Ticks
from delegator.domain.backups import BackupKind
from delegator.domain.clock import Clock
from delegator.gui.worker_thread import end_worker, start_worker
from delegator.services.backup_service import BackupService
from delegator.storage import plan_file


def plain_copy(source: Path, target: Path) -> None:
    with (
        contextlib.closing(sqlite3.connect(source)) as src,
        contextlib.closing(sqlite3.connect(target)) as dst,
    ):
        src.backup(dst)


def timed(work: Callable[..., object], *args: object) -> float:
    started = time.perf_counter()
    work(*args)
    return time.perf_counter() - started


class BackupWorker(QObject):
    """Makes one backup on its thread. Signals: finished(float): its seconds."""

    finished = Signal(float)

    def __init__(self, service: BackupService) -> None:
        super().__init__()
        self._service = service

    def run(self) -> None:
        self.finished.emit(timed(self._service.back_up, BackupKind.AUTOMATIC))


def window_while_backing_up(service: BackupService) -> tuple[float, list[float]]:
    """One backup on a worker thread: its time, and the timer's gaps meanwhile."""
    ticks = Ticks()
    loop = QEventLoop()
    worker = BackupWorker(service)
    took: list[float] = []

    def finished(seconds: float) -> None:
        took.append(seconds)
        loop.quit()

    worker.finished.connect(finished)
    ticks.start()
    thread = start_worker(loop, worker)
    loop.exec()
    ticks.timer.stop()
    end_worker(thread, worker)
    return took[0], list(ticks.gaps)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tasks", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="delegator-bench-backup-"))
    data_file = build_data_dir(folder / "data", args.tasks)
    service = BackupService(data_file, folder / "backups", folder / "data" / "attachments", Clock())

    service.back_up(BackupKind.MANUAL)  # warm the page cache the same for every way
    times: dict[str, list[float]] = {"app": [], "copy": [], "plain": []}
    for run in range(args.runs):
        copy, plain = folder / f"copy-{run}.sqlite3", folder / f"plain-{run}.sqlite3"
        times["app"].append(timed(service.back_up, BackupKind.MANUAL))
        times["copy"].append(timed(plan_file.copy_plan, data_file, copy))
        times["plain"].append(timed(plain_copy, data_file, plain))

    worker_runs = [window_while_backing_up(service) for _ in range(args.runs)]
    worker_time = statistics.median(took for took, _ in worker_runs)
    gaps = [gap for _, run_gaps in worker_runs for gap in run_gaps]
    blocking = statistics.median(
        timed(service.back_up, BackupKind.AUTOMATIC) for _ in range(args.runs)
    )

    size = data_file.stat().st_size / 1e6
    print(f"{args.tasks:,} to-dos, data file {size:.1f} MB; medians of {args.runs} runs")
    print(f"{'how':<44}{'ms':>8}")
    for key, label in (
        ("app", "BackupService.back_up (copy, sync, check)"),
        ("copy", "plan_file.copy_plan (copy, sync)"),
        ("plain", "baseline: sqlite3 backup API, plain copy"),
    ):
        print(f"{label:<44}{statistics.median(times[key]) * 1000:>8.0f}")
    print()
    print(
        f"{'the window while it backs up':<44}{'backup ms':>10}{'median gap':>12}{'worst gap':>11}"
    )
    # A small plan is backed up before the 10 ms timer ticks once: no gap to show.
    median_gap = f"{statistics.median(gaps):.1f}" if gaps else "—"
    worst_gap = f"{max(gaps):.1f}" if gaps else "—"
    print(
        f"{'worker thread (as the window does)':<44}{worker_time * 1000:>10.0f}"
        f"{median_gap:>12}{worst_gap:>11}"
    )
    frozen = f"{blocking * 1000:.0f}"
    print(f"{'baseline: on the GUI thread':<44}{frozen:>10}{'—':>12}{frozen:>11}")
    shutil.rmtree(folder)  # the plan and its copies: hundreds of MB
    del app


if __name__ == "__main__":
    main()
