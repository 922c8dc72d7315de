"""Start-up benchmark: process start → first painted list, against a bare PySide6 window.

    QT_QPA_PLATFORM=offscreen python bench/startup.py [--count 10000] [--runs 9]
    QT_QPA_PLATFORM=offscreen python bench/startup.py --profile   # where the time goes

With --profile it also runs _phases_child.py (the same start path, with a timeline of
its phases up to the first paint and the loading of the rest after it) and one start
under ``-X importtime``. Every child is killed after TIMEOUT_S and reported as failed.

Each measurement is a fresh subprocess. The parent takes ``time.perf_counter()`` right
before ``Popen`` and again when the child's ``FIRST_PAINT`` line arrives; the child
prints that line from a zero-timer queued by the first ``QEvent.Paint`` of

* bare: the QLabel of a QApplication + QMainWindow + QLabel window (_bare_child.py);
* app:  the viewport of Delegator's to-do table, with rows in the model, reached through
        the unchanged ``delegator.app.main(["--data-dir", DIR])`` (_app_child.py) on an
        existing data file with --count to-dos (built once, through the real schema).

One warm-up run of each is discarded; then --runs pairs alternate bare/app and app/bare.
Target (issue): app median ≤ 2 × bare median.
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import _dataset  # noqa: E402

TARGET_RATIO = 2.0
TIMEOUT_S = 60.0  # per child process; a child that takes longer is killed and reported
PYCACHE = Path(tempfile.gettempdir()) / "delegator-bench-pycache"  # outside the repository


@dataclass(frozen=True)
class Run:
    wall: float  # Popen → FIRST_PAINT line read by the parent, seconds
    interpreter: float  # Popen → first line of the child script (Python start-up)
    rows: int


def child_env() -> dict[str, str]:
    """The children's environment: offscreen, and .pyc files as an installed app has them.

    The warm-up run writes them to PYCACHE (PYTHONDONTWRITEBYTECODE would make every
    start compile Delegator's modules again, ~15 ms).
    """
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(HERE), env.get("PYTHONPATH", "")]))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    return env


def run_child(command: list[str], env: dict[str, str]) -> Run:
    """Start *command*; the wall time ends when its FIRST_PAINT line is read."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=HERE
    )
    watchdog = threading.Timer(TIMEOUT_S, process.kill)  # ends the read loop below
    watchdog.start()
    try:
        assert process.stdout is not None
        line = ""
        for line in process.stdout:
            if line.startswith(("FIRST_PAINT", "NO_TABLE")):
                break
        seen = time.perf_counter()
        _out, err = process.communicate()
    finally:
        watchdog.cancel()
    if not line.startswith("FIRST_PAINT") or process.returncode != 0:
        raise failure(command, process.returncode, f"last line {line!r}", err)
    _tag, script_started, _painted, rows = line.split()
    return Run(wall=seen - started, interpreter=float(script_started) - started, rows=int(rows))


def run_to_end(command: list[str], **options: object) -> list[str]:
    """Run *command* to its end (killed after TIMEOUT_S); its output lines, with FIRST_PAINT."""
    try:
        process = subprocess.run(
            command,
            stdout=subprocess.PIPE,
            text=True,
            env=child_env(),
            cwd=HERE,
            timeout=TIMEOUT_S,
            **options,
        )
    except subprocess.TimeoutExpired as error:
        output = [
            o if isinstance(o, str) else o.decode() for o in (error.stdout, error.stderr) if o
        ]
        raise failure(command, -signal.SIGKILL, "", "".join(output)) from None
    lines = process.stdout.splitlines()
    if process.returncode != 0 or not any(line.startswith("FIRST_PAINT") for line in lines):
        raise failure(command, process.returncode, "", process.stderr or process.stdout)
    return lines


def failure(command: list[str], code: int, what: str, output: str) -> RuntimeError:
    how = f"killed after {TIMEOUT_S:.0f} s" if code == -signal.SIGKILL else f"exit {code}"
    return RuntimeError(
        f"{' '.join(command)} failed ({', '.join(filter(None, (how, what)))}):\n{output}"
    )


def commands(data_dir: Path) -> dict[str, list[str]]:
    python = sys.executable
    return {
        "bare": [python, str(HERE / "_bare_child.py")],
        "app": [python, str(HERE / "_app_child.py"), str(data_dir)],
    }


def measure(data_dir: Path, runs: int) -> dict[str, list[Run]]:
    env = child_env()
    cmds = commands(data_dir)
    for name in ("bare", "app"):  # warm-up: file cache, .pyc
        run_child(cmds[name], env)
    results: dict[str, list[Run]] = {"bare": [], "app": []}
    for index in range(runs):
        order = ("bare", "app") if index % 2 == 0 else ("app", "bare")
        for name in order:
            results[name].append(run_child(cmds[name], env))
    return results


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f}"


def report(results: dict[str, list[Run]], count: int) -> float:
    print(
        f"\nStart-up to first paint, {len(results['app'])} runs each "
        f"(alternating), {count:,} to-dos in the data file; "
        f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs"
    )
    print(f"{'':28}{'median':>8}{'min':>8}{'max':>8}   python start-up (median)")
    labels = {"bare": "bare PySide6 window", "app": "Delegator (list painted)"}
    medians = {}
    for name in ("bare", "app"):
        walls = [run.wall for run in results[name]]
        medians[name] = statistics.median(walls)
        interp = statistics.median(run.interpreter for run in results[name])
        print(
            f"{labels[name]:28}{ms(medians[name])} {ms(min(walls))} {ms(max(walls))} ms"
            f"   {ms(interp)} ms"
        )
    ratio = medians["app"] / medians["bare"]
    rows = {run.rows for run in results["app"]}
    print(f"rows in the painted list: {sorted(rows)}")
    verdict = "met" if ratio <= TARGET_RATIO else "MISSED"
    print(f"ratio app/bare (medians): {ratio:.2f}×   target ≤ {TARGET_RATIO:.1f}×: {verdict}")
    print(f"budget for Delegator at this bare time: {ms(medians['bare'] * TARGET_RATIO)} ms")
    return ratio


Spans = dict[str, tuple[float, float]]  # "name" or "name #2" → (start, end), s from Popen
MARK = " ·"  # ends the name of a moment (start = end)
SHORTEST_S = 0.0003  # shorter calls are left out of the timeline (their time counts as self)


def run_phases(data_dir: Path) -> tuple[Spans, float]:
    """One _phases_child.py run: its spans (with Python start-up, first paint), GC seconds."""
    command = [sys.executable, str(HERE / "_phases_child.py"), str(data_dir)]
    started = time.perf_counter()
    lines = run_to_end(command, stderr=subprocess.PIPE)
    _tag, script_started, painted, _rows = next(
        line.split() for line in lines if line.startswith("FIRST_PAINT")
    )
    spans: Spans = {
        "child process start → list painted": (0.0, float(painted) - started),
        "python start-up": (0.0, float(script_started) - started),
        "list painted (paint done)" + MARK: (float(painted) - started,) * 2,
    }
    collected = 0.0
    for line in lines:
        tag, _space, rest = line.partition(" ")
        if tag == "SPAN":
            start, end, name = rest.split(" ", 2)
        elif tag == "MARK":
            start, name = rest.split(" ", 1)
            end, name = start, name + MARK
        else:
            collected = float(rest.split()[0]) if tag == "GC" else collected
            continue
        key, n = name, 1
        while key in spans:  # the second call of a function: "name #2"
            n += 1
            key = f"{name} #{n}"
        spans[key] = (float(start) - started, float(end) - started)
    return spans, collected


def nesting(spans: Spans) -> dict[str, tuple[int, float]]:
    """name → (depth, self time: its duration minus that of the spans directly inside).

    A span of another thread is never a parent (it overlaps, it does not contain).
    """
    result: dict[str, tuple[int, float]] = {}
    stack: list[str] = []
    for name, (start, end) in sorted(spans.items(), key=lambda item: (item[1][0], -item[1][1])):
        while stack and not (spans[stack[-1]][0] <= start and end <= spans[stack[-1]][1]):
            stack.pop()
        if stack:
            depth, own = result[stack[-1]]
            result[stack[-1]] = (depth, own - (end - start))
        result[name] = (len(stack), end - start)
        if "(other thread)" not in name:
            stack.append(name)
    return result


def profile(data_dir: Path, app_median: float, runs: int = 7) -> None:
    """Where the time goes: a timeline of the start from instrumented runs, -X importtime."""
    measured = [run_phases(data_dir) for _ in range(runs)]

    def took(name: str) -> float:
        return statistics.median(spans[name][1] - spans[name][0] for spans, _gc in measured)

    first = measured[0][0]
    common = [name for name in first if all(name in spans for spans, _gc in measured)]
    shown = [name for name in common if MARK in name or took(name) >= SHORTEST_S]
    all_spans = [{name: spans[name] for name in shown} for spans, _gc in measured]
    shapes = [nesting(spans) for spans in all_spans]
    print(
        f"\nTimeline of the Delegator start, medians of {runs} instrumented runs "
        f"(_phases_child.py), ms from Popen; self = not inside a span below it; "
        f"calls under {SHORTEST_S * 1000:.1f} ms left out. Uninstrumented median: "
        f"{ms(app_median)} ms."
    )
    print(f"{'at':>8}{'took':>8}{'self':>8}")
    for name in sorted(shown, key=lambda name: (first[name][0], -first[name][1])):
        depth = shapes[0][name][0]
        at = statistics.median(spans[name][0] for spans in all_spans)
        own = statistics.median(shape[name][1] for shape in shapes)
        columns = f"{ms(at)} " + (" " * 8 if MARK in name else f"{ms(took(name))} ")
        columns += f"{ms(own)}" if abs(own - took(name)) > 1e-6 else " " * 7
        print(f"{columns}  {'  ' * depth}{name}")
    collected = statistics.median(gc for _spans, gc in measured)
    print(f"Garbage collection before the first paint, inside the spans above: {ms(collected)} ms")
    importtime(data_dir)


def importtime(data_dir: Path) -> None:
    """One start under -X importtime: the heaviest imports up to the first paint."""
    command = commands(data_dir)["app"]
    command = [command[0], "-X", "importtime", *command[1:]]
    lines = run_to_end(command, stderr=subprocess.STDOUT)  # one pipe keeps the order
    lines = lines[: next(i for i, line in enumerate(lines) if line.startswith("FIRST_PAINT"))]
    top: list[tuple[int, str]] = []  # (cumulative µs, name) of the imports the script made
    own: list[tuple[int, str]] = []  # (self µs, name) of Delegator's modules
    inside: list[tuple[int, str]] = []  # the imports of the last module, seen before it
    for line in lines:
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        self_us, cumulative_us, name = line.split(":", 1)[1].split("|")
        depth = (len(name) - len(name.lstrip())) // 2
        name = name.strip()
        if name.startswith("delegator"):
            own.append((int(self_us), name))
        if depth == 1:
            inside.append((int(cumulative_us), name))
        elif depth == 0:  # a bench helper (_paint_probe) counts as its imports
            top.extend(inside if (HERE / f"{name}.py").exists() else [(int(cumulative_us), name)])
            inside = []
    print("\n-X importtime, one start of _app_child.py (up to the first paint):")
    print("  imports of the start, cumulative:")
    for cumulative, name in sorted(top, reverse=True)[:8]:
        print(f"  {cumulative / 1000:7.1f} ms  {name}")
    print("  delegator modules by self time:")
    for self_us, name in sorted(own, reverse=True)[:10]:
        print(f"  {self_us / 1000:7.1f} ms  {name}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=10_000, help="to-dos in the data file")
    parser.add_argument("--runs", type=int, default=9, help="measured runs of each (≥ 7)")
    parser.add_argument("--profile", action="store_true", help="also profile one app start")
    parser.add_argument("--keep", action="store_true", help="keep the generated data folder")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    work = Path(tempfile.mkdtemp(prefix="delegator-bench-startup-"))
    try:
        data_dir = work / "data"
        built = time.perf_counter()
        path = _dataset.build_data_dir(data_dir, args.count)
        print(
            f"data file: {path} ({path.stat().st_size / 1e6:.1f} MB, built in "
            f"{time.perf_counter() - built:.1f} s) mix: {_dataset.decision_mix(path)}"
        )
        results = measure(data_dir, args.runs)
        ratio = report(results, args.count)
        if args.profile:
            profile(data_dir, statistics.median(run.wall for run in results["app"]))
        elif ratio > TARGET_RATIO:
            print("(target missed: run with --profile to see where the time goes)")
    finally:
        if args.keep:
            print(f"kept {work}")
        else:
            import shutil

            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
