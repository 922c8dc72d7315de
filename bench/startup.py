"""Start-up benchmark: process start → first painted list, against a bare PySide6 window.

    QT_QPA_PLATFORM=offscreen python bench/startup.py [--count 10000] [--runs 9]
    QT_QPA_PLATFORM=offscreen python bench/startup.py --profile   # where the time goes

With --profile it also runs _phases_child.py (same start path, timing marks around the
phases, optional what-if patches) and one start under ``-X importtime``.

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
import itertools
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import _dataset  # noqa: E402

TARGET_RATIO = 2.0


@dataclass(frozen=True)
class Run:
    wall: float  # Popen → FIRST_PAINT line read by the parent, seconds
    interpreter: float  # Popen → first line of the child script (Python start-up)
    rows: int


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(HERE), env.get("PYTHONPATH", "")]))
    return env


def run_child(command: list[str], env: dict[str, str], timeout: float = 60.0) -> Run:
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=HERE
    )
    assert process.stdout is not None
    line = ""
    for line in process.stdout:
        if line.startswith(("FIRST_PAINT", "NO_TABLE")):
            break
    seen = time.perf_counter()
    try:
        _out, err = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        _out, err = process.communicate()
    if not line.startswith("FIRST_PAINT") or process.returncode != 0:
        raise RuntimeError(
            f"{' '.join(command)} failed (exit {process.returncode}, line {line!r}):\n{err}"
        )
    _tag, script_started, _painted, rows = line.split()
    return Run(wall=seen - started, interpreter=float(script_started) - started, rows=int(rows))


def commands(data_dir: Path) -> dict[str, list[str]]:
    python = sys.executable
    return {
        "bare": [python, str(HERE / "_bare_child.py")],
        "app": [python, str(HERE / "_app_child.py"), str(data_dir)],
    }


def measure(data_dir: Path, runs: int) -> dict[str, list[Run]]:
    env = child_env()
    cmds = commands(data_dir)
    for name in ("bare", "app"):  # warm-up: file cache, .pyc, settings.ini written once
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


EXPERIMENTS = (
    "",
    "no_warmup",
    "fast_summaries",
    "cached_counts",
    "same_view_noop",
    "no_warmup,fast_summaries,cached_counts,same_view_noop",
)


def run_phases(data_dir: Path, experiments: str) -> tuple[Run, dict[str, float], dict[str, float]]:
    """One _phases_child.py run: (wall, phase seconds, intervals between marks)."""
    env = child_env()
    env["BENCH_EXPERIMENTS"] = experiments
    command = [sys.executable, str(HERE / "_phases_child.py"), str(data_dir)]
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=HERE
    )
    assert process.stdout is not None
    lines = []
    for line in process.stdout:
        lines.append(line)
        if line.startswith("FIRST_PAINT"):
            break
    seen = time.perf_counter()
    _out, err = process.communicate(timeout=60)
    if not lines or not lines[-1].startswith("FIRST_PAINT") or process.returncode != 0:
        raise RuntimeError(f"phases child failed ({process.returncode}):\n{err}")
    _tag, script_started, painted, rows = lines[-1].split()
    phases = {}
    marks = {"Popen": started, "script started": float(script_started)}
    for line in lines[:-1]:
        kind, name, value, *_rest = line.split()
        if kind == "PHASE":
            phases[name.replace("_", " ")] = float(value)
        elif kind == "MARK":
            marks[name.replace("_", " ")] = float(value)
    marks["FIRST_PAINT printed"] = float(painted)
    ordered = sorted(marks.items(), key=lambda item: item[1])
    intervals = {f"{a} → {b}": tb - ta for (a, ta), (b, tb) in itertools.pairwise(ordered)}
    run = Run(wall=seen - started, interpreter=float(script_started) - started, rows=int(rows))
    return run, phases, intervals


def profile(data_dir: Path, bare_median: float, runs: int = 7) -> None:
    """Where the time goes (timeline and phases), and what the suspected fixes save."""
    walls: dict[str, list[float]] = {name: [] for name in EXPERIMENTS}
    phases: dict[str, list[float]] = {}
    intervals: dict[str, list[float]] = {}
    for _ in range(runs):
        for name in EXPERIMENTS:
            run, phase_times, interval_times = run_phases(data_dir, name)
            walls[name].append(run.wall)
            if name == "":
                for key, value in phase_times.items():
                    phases.setdefault(key, []).append(value)
                for key, value in interval_times.items():
                    intervals.setdefault(key, []).append(value)
    print(f"\nTimeline of the Delegator start (medians of {runs} instrumented runs):")
    for key, values in intervals.items():
        if len(values) == runs:
            print(f"  {ms(statistics.median(values))} ms  {key}")
    print("Inside it (inclusive; wrapped functions nest):")
    for key, values in phases.items():
        print(f"  {ms(statistics.median(values))} ms  {key}")
    print(
        f"\nWhat-if experiments (monkeypatched in the child, package untouched), "
        f"median of {runs}; bare window = {ms(bare_median)} ms:"
    )
    baseline = statistics.median(walls[""])
    for name in EXPERIMENTS:
        median = statistics.median(walls[name])
        print(
            f"  {name or 'as is (instrumented)':54} {ms(median)} ms  "
            f"saves {ms(baseline - median)} ms   ratio to bare {median / bare_median:.2f}×"
        )
    importtime(data_dir)


def importtime(data_dir: Path) -> None:
    """One start under -X importtime: the heaviest imports up to the first paint."""
    command = commands(data_dir)["app"]
    process = subprocess.run(
        [command[0], "-X", "importtime", *command[1:]],
        capture_output=True,
        text=True,
        env=child_env(),
        cwd=HERE,
        check=True,
    )
    rows = []
    for line in process.stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        self_us, cumulative_us, name = line.split(":", 1)[1].split("|")
        rows.append((int(cumulative_us), int(self_us), name.rstrip()))
    print("\n-X importtime, one start (main thread and the warm-up thread mixed):")
    print("  top-level imports, cumulative:")
    for cumulative, _self, name in sorted(r for r in rows if not r[2].startswith("  "))[::-1][:8]:
        print(f"  {cumulative / 1000:7.1f} ms  {name.strip()}")
    print("  delegator and sqlalchemy modules by self time:")
    own = [r for r in rows if r[2].strip().startswith(("delegator", "sqlalchemy", "alembic"))]
    for _cumulative, self_us, name in sorted(own, key=lambda r: r[1], reverse=True)[:10]:
        print(f"  {self_us / 1000:7.1f} ms  {name.strip()}")


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
            profile(data_dir, statistics.median(run.wall for run in results["bare"]))
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
