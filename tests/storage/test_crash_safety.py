"""Autosave: whatever the app said was saved survives being killed at any moment.

A child process does what a user does (add, decide, rename, archive), one committed
transaction per call, and reports each call on stdout only after it returned. The
parent kills it with SIGKILL at a random moment, many times over the same data
folder, and checks after every kill that the file is sound and holds every change
that was reported, and that the one call in flight was saved whole or not at all.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from delegator.runtime.paths import Paths
from delegator.services.task_service import TaskService
from tests.storage.helpers import integrity, open_database, read_only

ROUNDS = 16
KILL_DELAY_S = (0.3, 1.5)

# Every line is "try <json>" before a call and "done <json>" after it returned.
CHILD = r"""
import json, random, sys

from delegator.domain.model import Decision
from delegator.runtime.paths import resolve
from delegator.services.task_service import NewTask, TaskService
from delegator.storage.database import Database

round_no, seed = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed)
paths = resolve(None)
service = TaskService(Database.open(paths.database, paths.backups))
summaries = service.summaries()
known = [s.id for s in summaries]
archived = {s.id for s in summaries if s.archived}


def say(kind, payload):
    sys.stdout.write(kind + " " + json.dumps(payload) + "\n")
    sys.stdout.flush()


step = 0
while True:
    step += 1
    roll = rng.random()
    if step == 1 or roll < 0.4 or not known:
        titles = [f"r{round_no} s{step} t{k}" for k in range(rng.randint(1, 3))]
        say("try", {"op": "add", "titles": titles})
        ids, _ = service.add([NewTask(title) for title in titles])
        known.extend(ids)
        say("done", {"ids": ids})
    elif roll < 0.7 and len(known) > len(archived):
        # An archived to-do is read-only until restored: decisions and renames go to
        # the others.
        active = [task_id for task_id in known if task_id not in archived]
        chosen = rng.sample(active, min(len(active), rng.randint(1, 4)))
        decision = rng.choice(list(Decision))
        say("try", {"op": "decide", "ids": chosen, "decision": decision.value})
        service.set_decisions({task_id: decision for task_id in chosen})
        say("done", {})
    elif roll < 0.9 and len(known) > len(archived):
        task_id = rng.choice([task_id for task_id in known if task_id not in archived])
        title = f"renamed r{round_no} s{step}"
        say("try", {"op": "rename", "id": task_id, "title": title})
        service.rename(task_id, title)
        say("done", {})
    else:
        task_id = rng.choice(known)
        flag = task_id not in archived
        say("try", {"op": "archive", "id": task_id, "archived": flag})
        service.set_archived([task_id], flag)
        (archived.add if flag else archived.discard)(task_id)
        say("done", {})
"""


@dataclass
class Expected:
    """What the file must hold: the state after every reported call."""

    tasks: dict[int, dict[str, Any]] = field(default_factory=dict)

    def apply(self, call: dict[str, Any], result: dict[str, Any]) -> None:
        op = call["op"]
        if op == "add":
            assert len(result["ids"]) == len(call["titles"])
            for task_id, title in zip(result["ids"], call["titles"], strict=True):
                assert task_id not in self.tasks, f"id {task_id} handed out twice"
                self.tasks[task_id] = {"title": title, "decision": "undecided", "archived": 0}
        elif op == "decide":
            for task_id in call["ids"]:
                self.tasks[task_id]["decision"] = call["decision"]
        elif op == "rename":
            self.tasks[call["id"]]["title"] = call["title"]
        elif op == "archive":
            self.tasks[call["id"]]["archived"] = int(call["archived"])


def _run_child(data_dir: Path, round_no: int, seed: int, delay: float) -> list[str]:
    """Start the child, kill it *delay* seconds after its first saved add; its lines."""
    env = {**os.environ, "DELEGATOR_DATA_DIR": str(data_dir)}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(round_no), str(seed)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert child.stdout is not None
    assert child.stderr is not None
    lines: list[str] = []
    first_done = threading.Event()

    def drain() -> None:
        assert child.stdout is not None
        for raw in child.stdout:
            lines.append(raw.decode())
            if raw.startswith(b"done "):
                first_done.set()
        first_done.set()

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    try:
        started = first_done.wait(timeout=30)
        alive = child.poll() is None
        if started and alive:
            time.sleep(delay)
        child.send_signal(signal.SIGKILL)
    finally:
        child.wait(timeout=30)
        reader.join(timeout=30)
        errors = child.stderr.read().decode()
        child.stdout.close()
        child.stderr.close()
    assert alive, f"child died on its own:\n{errors}"
    assert child.returncode == -signal.SIGKILL, f"child died on its own:\n{errors}"
    assert started, f"child saved nothing within 30 s:\n{errors}"
    return lines


def _replay(lines: list[str], expected: Expected) -> dict[str, Any] | None:
    """Apply every reported call; return the call still in flight when killed, if any."""
    pending: dict[str, Any] | None = None
    for line in lines:
        if not line.endswith("\n"):
            break  # cut off mid-line by the kill: not reported
        kind, _, payload = line.partition(" ")
        if kind == "try":
            assert pending is None, "a call started before the last one was reported"
            pending = json.loads(payload)
        else:
            assert kind == "done", line
            assert pending is not None, line
            expected.apply(pending, json.loads(payload))
            pending = None
    return pending


def _stored(path: Path) -> dict[int, dict[str, Any]]:
    with read_only(path) as connection:
        rows = connection.execute("SELECT id, title, decision, archived FROM tasks").fetchall()
        positions = connection.execute(
            "SELECT position FROM tasks GROUP BY position HAVING count(*) > 1"
        ).fetchall()
    assert positions == [], "two to-dos share a place in the list"
    return {
        task_id: {"title": title, "decision": decision, "archived": archived}
        for task_id, title, decision, archived in rows
    }


def _check_round(
    path: Path, expected: Expected, pending: dict[str, Any] | None, context: str
) -> None:
    """The file holds every reported change; the call in flight is all or nothing."""
    assert integrity(path) == ("ok", []), context
    stored = _stored(path)

    extra = {task_id: stored[task_id] for task_id in stored.keys() - expected.tasks.keys()}
    if extra:
        assert pending is not None, (context, extra)
        assert pending["op"] == "add", (context, extra)
        assert sorted(t["title"] for t in extra.values()) == sorted(pending["titles"]), context
        for task_id, task in extra.items():
            assert task == {"title": task["title"], "decision": "undecided", "archived": 0}
            expected.tasks[task_id] = dict(task)  # saved, just not reported: keep it

    missing = expected.tasks.keys() - stored.keys()
    assert not missing, f"{context}: reported as saved but lost: {sorted(missing)}"

    in_flight = _changes_of(pending)
    differing = {
        (task_id, key)
        for task_id, task in expected.tasks.items()
        for key, value in task.items()
        if stored[task_id][key] != value
    }
    assert differing <= in_flight.keys(), f"{context}: reported changes lost: {differing}"
    if differing:
        # The unreported call was committed: all of it, never a part.
        effective = {
            change for change, value in in_flight.items() if value != _lookup(expected, change)
        }
        assert differing == effective, f"{context}: half a transaction: {differing}"
        for (task_id, key), value in in_flight.items():
            assert stored[task_id][key] == value, context
            expected.tasks[task_id][key] = value


def _changes_of(call: dict[str, Any] | None) -> dict[tuple[int, str], Any]:
    if call is None or call["op"] == "add":
        return {}
    if call["op"] == "decide":
        return {(task_id, "decision"): call["decision"] for task_id in call["ids"]}
    if call["op"] == "rename":
        return {(call["id"], "title"): call["title"]}
    return {(call["id"], "archived"): int(call["archived"])}


def _lookup(expected: Expected, change: tuple[int, str]) -> Any:
    task_id, key = change
    return expected.tasks[task_id][key]


@pytest.mark.slow
def test_every_reported_change_survives_a_kill_at_any_moment(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    path = Paths(data_dir).database
    seed = random.randrange(1_000_000)
    rng = random.Random(seed)
    expected = Expected()
    reported_calls = 0

    for round_no in range(ROUNDS):
        delay = rng.uniform(*KILL_DELAY_S)
        context = f"seed {seed}, round {round_no}, killed {delay:.2f} s after its first save"
        lines = _run_child(data_dir, round_no, rng.randrange(1_000_000), delay)
        pending = _replay(lines, expected)
        reported_calls += sum(line.startswith("done ") for line in lines)
        _check_round(path, expected, pending, context)

    assert reported_calls >= ROUNDS
    assert len(expected.tasks) >= ROUNDS
    # The next start opens the file normally and shows every to-do.
    database = open_database(data_dir)
    try:
        summaries = TaskService(database).summaries()
        assert {s.id: s.title for s in summaries} == {
            task_id: task["title"] for task_id, task in expected.tasks.items()
        }
    finally:
        database.close()
    assert integrity(path) == ("ok", [])
