"""Start-up measured from outside, on a real X server (Xvfb): the window, a typed to-do, RSS.

    python bench/startup_x11.py [--counts 10000 100000] [--runs 5]

For each data size, --runs pairs of processes alternate (bare/app, then app/bare):

* bare: ``_bare_capture_child.py``, a QMainWindow with a focused QLineEdit whose Return
  stores the line in a SQLite file with plain sqlite3;
* app:  ``python -m delegator --data-dir DIR``, the unchanged start path, on a data file
  with that many to-dos (``_dataset.py``).

Each run measures, from just before ``Popen``:

* window: until the process has a viewable window (``xdotool search --onlyvisible --pid``,
  polled every POLL_S; ``search --sync`` itself polls only every 0.5 s);
* typed:  until a title typed right after the window showed (``xdotool windowfocus
  --sync``, ``type``, ``key Return``: into whatever has the focus, which must be the
  capture field) is in the data file (polled read-only every POLL_S);
* RSS:    the peak resident memory (VmHWM) once the process has gone idle (no CPU time
  for IDLE_S: the list and the ORM are loaded by then), then it is killed.

One warm-up pair per size is discarded. Medians, and their ratios against the bare
window of the same run. Needs Xvfb and xdotool (``apt-get install -y xvfb xdotool``);
without them it says so and exits 0.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import _dataset  # noqa: E402

TARGET_WINDOW = 2.5  # × bare, at 100,000 to-dos (issue 15)
TARGET_TYPED = 2.5
TARGET_RSS_MIB = 150
POLL_S = 0.005
IDLE_S = 1.0  # no CPU time for this long: the start is over
TIMEOUT_S = 60.0
PYCACHE = Path(tempfile.gettempdir()) / "delegator-bench-pycache"
SETTINGS = "[intro]\nshown=true\n"  # the first-start introduction would take the focus


@dataclass(frozen=True)
class Run:
    window: float  # s from Popen
    typed: float  # s from Popen
    rss_mib: float  # peak


class Missing(Exception):
    """A tool the benchmark needs is not installed."""


@contextlib.contextmanager
def x_server() -> Iterator[str]:
    """A fresh Xvfb at 1280×800; yields its DISPLAY."""
    for tool in ("Xvfb", "xdotool"):
        if shutil.which(tool) is None:
            raise Missing(tool)
    read, write = os.pipe()
    # -noreset: by default the server resets when its last client leaves (each xdotool
    # call), and a process connecting during that reset fails ("could not connect").
    server = subprocess.Popen(
        [
            "Xvfb",
            "-displayfd",
            str(write),
            "-screen",
            "0",
            "1280x800x24",
            "-nolisten",
            "tcp",
            "-noreset",
        ],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait()


def child_env(display: str) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(
        DISPLAY=display,
        QT_QPA_PLATFORM="xcb",
        PYTHONPYCACHEPREFIX=str(PYCACHE),
        LANG="en_US.UTF-8",
        LC_ALL="",
    )
    return env


def visible_window(process: subprocess.Popen[bytes], env: dict[str, str], deadline: float) -> str:
    """The id of *process*'s first viewable window, once there is one."""
    command = ["xdotool", "search", "--onlyvisible", "--pid", str(process.pid)]
    while process.poll() is None and time.perf_counter() < deadline:
        found = subprocess.run(command, env=env, capture_output=True, text=True).stdout.split()
        if found:
            return found[0]
        time.sleep(POLL_S)
    raise RuntimeError(f"no window (exit code {process.returncode})")


def stored(path: Path, title: str) -> bool:
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        connection.execute("PRAGMA busy_timeout = 1000")
        row = connection.execute("SELECT 1 FROM tasks WHERE title = ?", (title,)).fetchone()
        return row is not None


def cpu_ticks(pid: int) -> int:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime


def peak_rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM")


def wait_idle(pid: int, deadline: float) -> None:
    ticks, since = cpu_ticks(pid), time.perf_counter()
    while time.perf_counter() - since < IDLE_S and time.perf_counter() < deadline:
        time.sleep(0.05)
        now = cpu_ticks(pid)
        if now != ticks:
            ticks, since = now, time.perf_counter()


def run_once(command: list[str], file: Path, title: str, env: dict[str, str]) -> Run:
    started = time.perf_counter()
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=HERE
    )
    deadline = started + TIMEOUT_S
    try:
        window_id = visible_window(process, env, deadline)
        window = time.perf_counter() - started
        for keys in (["windowfocus", "--sync", window_id, "type", title], ["key", "Return"]):
            subprocess.run(["xdotool", *keys], env=env, check=True)  # type takes every word
        while not stored(file, title):
            if process.poll() is not None or time.perf_counter() > deadline:
                raise RuntimeError(f"{title!r} was never stored by {' '.join(command)}")
            time.sleep(POLL_S)
        typed = time.perf_counter() - started
        wait_idle(process.pid, deadline)
        rss = peak_rss_mib(process.pid)
    except BaseException:
        process.kill()
        _out, err = process.communicate()
        sys.stderr.write(f"{' '.join(command)}:\n{err.decode(errors='replace')}")
        raise
    process.send_signal(signal.SIGKILL)
    process.wait()
    return Run(window, typed, rss)


def bare_file(folder: Path) -> Path:
    path = folder / "bare.sqlite3"
    with contextlib.closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute(
            "CREATE TABLE IF NOT EXISTS tasks (id INTEGER PRIMARY KEY, title TEXT NOT NULL)"
        )
    return path


def measure(count: int, runs: int, work: Path, env: dict[str, str]) -> dict[str, list[Run]]:
    data_dir = work / f"data-{count}"
    data_file = _dataset.build_data_dir(data_dir, count)
    (data_dir / "settings.ini").write_text(SETTINGS, encoding="utf-8")
    plain = bare_file(work)
    commands = {
        "bare": ([sys.executable, str(HERE / "_bare_capture_child.py"), str(plain)], plain),
        "app": ([sys.executable, "-m", "delegator", "--data-dir", str(data_dir)], data_file),
    }
    results: dict[str, list[Run]] = {"bare": [], "app": []}
    for index in range(runs + 1):
        order = ("bare", "app") if index % 2 == 0 else ("app", "bare")
        for name in order:
            command, file = commands[name]
            run = run_once(command, file, f"Bench to-do {count} {index} {name}", env)
            if index:  # the first pair warms the file cache and writes the .pyc files
                results[name].append(run)
            print(
                f"  {count:,} {name:4} window {run.window * 1000:5.0f} ms, typed "
                f"{run.typed * 1000:5.0f} ms, {run.rss_mib:4.0f} MiB"
                + ("" if index else " (warm-up)"),
                flush=True,
            )
    return results


def report(count: int, results: dict[str, list[Run]]) -> None:
    def median(name: str, field: str) -> float:
        return float(statistics.median(getattr(run, field) for run in results[name]))

    runs = len(results["app"])
    print(f"\n{count:,} to-dos, medians of {runs} alternating runs each")
    print(f"{'':22}{'window':>10}{'typed':>10}{'peak RSS':>12}")
    for name, label in (("bare", "bare PySide6 window"), ("app", "Delegator")):
        print(
            f"{label:22}{median(name, 'window') * 1000:8.0f}ms{median(name, 'typed') * 1000:8.0f}ms"
            f"{median(name, 'rss_mib'):8.0f} MiB"
        )
    window = median("app", "window") / median("bare", "window")
    typed = median("app", "typed") / median("bare", "typed")
    rss = median("app", "rss_mib")
    print(f"{'ratio app/bare':22}{window:9.2f}×{typed:9.2f}×")
    if count >= 100_000:
        verdicts = (
            ("window", window <= TARGET_WINDOW, f"≤ {TARGET_WINDOW}×"),
            ("typed", typed <= TARGET_TYPED, f"≤ {TARGET_TYPED}×"),
            ("RSS", rss <= TARGET_RSS_MIB, f"≤ {TARGET_RSS_MIB} MiB"),
        )
        print(
            "targets: "
            + ", ".join(
                f"{what} {goal}: {'met' if ok else 'MISSED'}" for what, ok, goal in verdicts
            )
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--counts", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--runs", type=int, default=5, help="measured pairs per size")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="delegator-bench-x11-"))
    try:
        with x_server() as display:
            env = child_env(display)
            print(f"Xvfb {display}, load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
            for count in args.counts:
                report(count, measure(count, args.runs, work, env))
    except Missing as missing:
        print(f"skipped: {missing} is not installed (apt-get install -y xvfb xdotool)")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
