"""Backups and restores survive being killed at any moment.

During a backup: a child process keeps adding to-dos (reporting each one only after it
was stored) while its second thread backs the plan up in a loop and prunes the old
copies; the parent kills it with SIGKILL at a random moment, many times over the same
data folder. After every kill the plan is sound and holds every reported to-do, every
backup file is a whole, checked plan (a half-made copy exists only as ``*.part``, which
the list of backups never shows), and the next backup works.

During a restore: a child restores backup A, then B, then A … and is killed at a
random moment. After every kill the plan holds exactly A's or B's to-dos (the one
reported last, or the one in flight), is sound, and opens as a workspace.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import multiprocessing.context
import random
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from delegator.domain.backups import BackupKind, Retention
from delegator.domain.clock import Clock
from delegator.runtime.paths import Paths
from delegator.services.backup_service import BackupService
from delegator.services.task_service import NewTask, TaskService
from delegator.services.workspace import Workspace
from delegator.storage import plan_file
from tests.storage import backup_storm_children
from tests.storage.helpers import integrity, open_database, read_only

ROUNDS = 50
KILL_DELAY_S = (0.0, 0.1)


@pytest.fixture(scope="module")
def children() -> multiprocessing.context.ForkServerContext:
    """Processes forked from a server that imported the app once: a round starts in
    milliseconds instead of the 0.3 s the imports take."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(list(backup_storm_children.PRELOAD))
    return context


def _kill_after(
    context: multiprocessing.context.ForkServerContext,
    target: Callable[..., None],
    args: tuple[object, ...],
    ready: Callable[[list[str]], bool],
    delay: float,
) -> list[str]:
    """Run *target* in a child; SIGKILL it *delay* seconds after *ready* holds for the
    lines it reported; return those lines."""
    receiving, sending = context.Pipe(duplex=False)
    child = context.Process(target=target, args=(sending, *args), daemon=True)
    child.start()
    sending.close()
    lines: list[str] = []
    started = threading.Event()

    def drain() -> None:
        with contextlib.suppress(EOFError, OSError):
            while True:
                lines.append(receiving.recv())
                if ready(lines):
                    started.set()
        started.set()

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    try:
        ready_in_time = started.wait(timeout=30)
        alive = child.is_alive()
        if ready_in_time and alive:
            time.sleep(delay)
        child.kill()
    finally:
        child.join(timeout=30)
        reader.join(timeout=30)
        receiving.close()
        child.close()
    assert alive, "the child died on its own (its traceback is on stderr)"
    assert ready_in_time, "the child did not get going within 30 s"
    return lines


def _titles(path: Path) -> set[str]:
    with read_only(path) as connection:
        return {title for (title,) in connection.execute("SELECT title FROM tasks")}


def _backed_up_and_added(lines: list[str]) -> bool:
    kinds = {line.partition(" ")[0] for line in lines}
    return {"added", "backup"} <= kinds


@pytest.mark.slow
def test_a_kill_during_a_backup_loses_no_reported_change_and_leaves_only_whole_backups(
    tmp_path: Path, children: multiprocessing.context.ForkServerContext
) -> None:
    data_dir = tmp_path / "data"
    paths = Paths(data_dir)
    service = BackupService(paths.database, paths.backups, data_dir / "attachments", Clock())
    open_database(data_dir).close()
    seed = random.randrange(1_000_000)
    rng = random.Random(seed)
    reported: set[str] = set()
    checked: set[str] = set()

    for round_no in range(ROUNDS):
        delay = rng.uniform(*KILL_DELAY_S)
        context = f"seed {seed}, round {round_no}, killed {delay:.3f} s in"
        lines = _kill_after(
            children,
            backup_storm_children.add_while_backing_up,
            (data_dir, round_no),
            _backed_up_and_added,
            delay,
        )
        reported |= {line.partition(" ")[2] for line in lines if line.startswith("added ")}

        assert integrity(paths.database) == ("ok", []), context
        lost = reported - _titles(paths.database)
        assert not lost, f"{context}: reported as saved but lost: {sorted(lost)[:3]}"

        backups = service.backups()
        whole = set()
        for path in paths.backups.glob("*.sqlite3"):
            if path.name not in checked:
                plan_file.inspect(path)  # raises, naming the damage, for a half copy
                assert integrity(path) == ("ok", []), (context, path.name)
                checked.add(path.name)
            whole.add(path.name)
        # A copy cut short by the kill is only ever a *.part, and is not listed.
        assert {backup.path.name for backup in backups} == whole, context
        assert all(backup.summary is not None for backup in backups), context

    made = service.back_up(BackupKind.MANUAL)
    assert _titles(made) >= reported
    service.prune(Retention(daily=1, weekly=0))
    assert not list(paths.backups.glob("*.part*")), "pruning clears half-made copies"
    assert len(checked) >= ROUNDS
    database = open_database(data_dir)
    try:
        assert {s.title for s in TaskService(database).summaries()} >= reported
    finally:
        database.close()


def _backup_adding(data_dir: Path, service: BackupService, titles: list[str]) -> Path:
    """Add *titles* to the plan, then make a manual backup of it."""
    database = open_database(data_dir)
    try:
        TaskService(database).add([NewTask(title) for title in titles])
    finally:
        database.close()
    return service.back_up(BackupKind.MANUAL)


@pytest.mark.slow
def test_a_kill_during_a_restore_leaves_one_backup_or_the_other_whole(
    tmp_path: Path, children: multiprocessing.context.ForkServerContext
) -> None:
    data_dir = tmp_path / "data"
    paths = Paths(data_dir)
    service = BackupService(paths.database, paths.backups, data_dir / "attachments", Clock())
    first = _backup_adding(data_dir, service, [f"A {n} " + "a" * 300 for n in range(7)])
    second = _backup_adding(data_dir, service, [f"B {n} " + "b" * 300 for n in range(40)])
    holds = {first.name: _titles(first), second.name: _titles(second)}
    seed = random.randrange(1_000_000)
    rng = random.Random(seed)
    last_done = second.name

    for round_no in range(ROUNDS):
        delay = rng.uniform(*KILL_DELAY_S)
        context = f"seed {seed}, round {round_no}, killed {delay:.3f} s in"
        lines = _kill_after(
            children,
            backup_storm_children.restore_in_turn,
            (data_dir, first, second),
            lambda seen: any(line.startswith("done ") for line in seen),
            delay,
        )
        pending = None
        for line in lines:
            kind, _, name = line.partition(" ")
            if kind == "try":
                pending = name
            else:
                assert (kind, name) == ("done", pending), (context, line)
                last_done, pending = name, None

        assert integrity(paths.database) == ("ok", []), context
        now = _titles(paths.database)
        allowed = {last_done} | ({pending} if pending else set())
        assert any(now == holds[name] for name in allowed), (
            f"{context}: the plan is neither {sorted(allowed)}: {len(now)} to-dos"
        )
        for before in paths.backups.glob(f"delegator-{BackupKind.BEFORE_RESTORE.value}-*"):
            if before.suffix == ".sqlite3":  # not a copy cut short (*.part)
                assert _titles(before) in holds.values(), (context, before.name)
                plan_file.inspect(before)
            before.unlink()  # checked; the folder stays small
        workspace = Workspace(paths.database, paths.backups)
        try:
            shown = {s.title for s in workspace.tasks.summaries()}
            assert any(shown == holds[name] for name in allowed), context
        finally:
            workspace.close()
