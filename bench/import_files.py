"""Importing a 10,000-line todo.txt and a 10,000-row Todoist CSV, against the floor.

    python bench/import_files.py [--count 10000] [--runs 5]
    python bench/import_files.py --profile     # also where the time of our import goes

Both files are generated in a temporary folder (seeded, so every run reads the same):

* todo.txt  10,000 lines like ``(B) 2024-03-01 Send invoice to Acme Ltd. #17 +Finanzen
            @phone due:2025-04-18 est:1h30m`` — priorities on most lines, a project and
            a context on most, a due date on half, an estimate on half, a ``rec:`` on some,
            a second project or an unknown extra (kept in the notes) on a few.
* CSV       Todoist's export format (``todoist_csv.HEADER``), 10,000 ``task`` rows with
            INDENT 1, a PRIORITY, a DATE on half (ISO or "every week"), a DESCRIPTION with
            a "Done when:" block on a fifth; a ``section`` row every 500 tasks sets the area.

Titles are unique, so the duplicate check keeps every to-do: 10,000 rows are stored.

* ours   exactly what ``delegator import FILE`` does, on a fresh data file opened as a
         ``Workspace`` (the Alembic create is not timed): ``imports.import_file`` (read,
         decode, detect the format, parse, check for duplicates against the open to-dos,
         store the chosen ones in one transaction), as ``delegator import`` does.
* floor  the issue's floor: the bare parse, ``Path.read_text`` + ``str.splitlines``
         (todo.txt) or the ``csv`` module (CSV), plus one plain ``sqlite3``
         ``executemany`` per table of **the same rows** our import stores (read back from
         an untimed import beforehand: every column of ``tasks`` and the step, criteria
         and skill rows), into a fresh data file made the same way, in one transaction,
         with the app's pragmas (WAL, synchronous FULL, foreign keys on). The rows come
         ready-made: the bare parse only reads the file (and its line count is checked).
         This is the least any importer pays to read the file and store what we store.
* titles for reference only, the floor of the first measurements: the bare parse plus one
         row per to-do holding only the title and the NOT NULL columns (bench/_dataset.py).
         Our rows carry up to 20 values each and the criteria and skills beside them;
         SQLite alone needs ~15 ms more for those than for the title-only rows.

Medians of ``--runs`` (default 5) runs each, ours/floor/titles in rotating order, all in
one process. Target (issue 6, "Quality bar"): ours ≤ 3 × the floor.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import datetime as dt
import gc
import io
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import _dataset  # noqa: E402

from delegator.exchange.todoist_csv import HEADER  # noqa: E402
from delegator.services.workspace import Workspace  # noqa: E402

TARGET_RATIO = 3.0

_PROJECTS = ("Finanzen", "Büro", "Privat", "Kunden", "Marketing", "IT")
_CONTEXTS = ("phone", "computer", "errands", "office", "email")
_ESTIMATES = ("15", "30", "45m", "1h", "1h30m", "2h", "1:30", "90")
_RECURRENCES = ("w", "1m", "+1w", "3m", "y")
_CRITERIA = ("Rechnung verschickt", "Kunde hat bestätigt", "Beleg abgelegt", "Termin im Kalender")


# --- the files ---------------------------------------------------------------------------


def todotxt_text(count: int, seed: int = 11) -> str:
    rng = random.Random(seed)
    start = dt.date(2024, 1, 1)
    lines = []
    for number in range(1, count + 1):
        parts: list[str] = []
        if rng.random() < 0.8:
            parts.append(f"({rng.choice('ABCDE')})")
        if rng.random() < 0.5:
            parts.append((start + dt.timedelta(days=number % 400)).isoformat())
        parts.append(_dataset.title_for(rng, number))
        if rng.random() < 0.8:
            parts.append(f"+{rng.choice(_PROJECTS)}")
        if rng.random() < 0.1:
            parts.append(f"+{rng.choice(_PROJECTS)}")  # a second project: kept in the notes
        if rng.random() < 0.7:
            parts.append(f"@{rng.choice(_CONTEXTS)}")
        if rng.random() < 0.5:
            parts.append(f"due:{(start + dt.timedelta(days=rng.randrange(700))).isoformat()}")
        if rng.random() < 0.5:
            parts.append(f"est:{rng.choice(_ESTIMATES)}")
        if rng.random() < 0.1:
            parts.append(f"rec:{rng.choice(_RECURRENCES)}")
        if rng.random() < 0.05:
            parts.append("id:" + str(number))  # an unknown extra: kept in the notes
        lines.append(" ".join(parts))
    return "\n".join(lines) + "\n"


def todoist_csv_text(count: int, seed: int = 13) -> str:
    rng = random.Random(seed)
    start = dt.date(2024, 1, 1)
    out = io.StringIO(newline="")
    writer = csv.writer(out)  # as Todoist and render_todoist_csv: minimal quoting, CRLF
    writer.writerow(HEADER)
    for number in range(1, count + 1):
        if number % 500 == 1:
            section = f"{rng.choice(_PROJECTS)} {number // 500 + 1}"
            writer.writerow(("section", section, "", "", "", "", "", "", "", ""))
        description = ""
        if rng.random() < 0.3:
            description = "Siehe Mail vom Montag, Anhang im Ordner."
        if rng.random() < 0.2:
            criteria = "\n".join(f"- {c}" for c in rng.sample(_CRITERIA, 2))
            description = f"{description}\n\nDone when:\n{criteria}".strip()
        date = ""
        roll = rng.random()
        if roll < 0.4:
            date = (start + dt.timedelta(days=rng.randrange(700))).isoformat()
        elif roll < 0.5:
            date = "every week"
        writer.writerow(
            (
                "task",
                _dataset.title_for(rng, number),
                description,
                rng.randint(1, 4),
                1,
                "",
                "",
                date,
                "en",
                "Europe/Berlin",
            )
        )
    return out.getvalue()


# --- ours and the floor ------------------------------------------------------------------


def fresh_workspace(folder: Path) -> Workspace:
    """A new data file created the way the app creates one (Alembic), not timed."""
    folder.mkdir(parents=True)
    return Workspace(folder / _dataset.DATA_FILE_NAME, folder / "backups")


def ours(path: Path, folder: Path) -> tuple[float, int]:
    workspace = fresh_workspace(folder)
    try:
        gc.collect()
        t0 = time.perf_counter()
        report = workspace.imports.import_file(path)
        elapsed = time.perf_counter() - t0
    finally:
        workspace.close()
    return elapsed, report.created


Rows = list[tuple[str, list[tuple[object, ...]]]]

_STORED_TABLES = (
    "tasks",
    "task_steps",
    "task_criteria",
    "task_skills",
    "task_tools",
    "task_resources",
)


def stored_rows(path: Path, folder: Path) -> Rows:
    """(INSERT statement, rows) per table, as our import of *path* stores them."""
    ours(path, folder)
    with contextlib.closing(sqlite3.connect(folder / _dataset.DATA_FILE_NAME)) as connection:
        statements: Rows = []
        for table in _STORED_TABLES:
            columns = [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]
            names = ", ".join(columns)
            rows = connection.execute(f"SELECT {names} FROM {table} ORDER BY rowid").fetchall()
            if rows:
                marks = ", ".join("?" * len(columns))
                statements.append((f"INSERT INTO {table} ({names}) VALUES ({marks})", rows))
    return statements


def title_rows(titles: Sequence[str]) -> Rows:
    stamp = dt.datetime.now().strftime("%Y-%m-%d %H:%M:%S.%f")
    return [
        (
            _dataset._INSERT,
            [
                (number, title, "", "", "undecided", "", "", number, 0, None, stamp, stamp)
                for number, title in enumerate(titles, start=1)
            ],
        )
    ]


def floor(
    path: Path, folder: Path, parse: Callable[[str], list[str]], rows: Rows | None
) -> tuple[float, int]:
    """The bare parse plus a plain executemany of *rows* (None: title-only rows)."""
    fresh_workspace(folder).close()
    data_file = folder / _dataset.DATA_FILE_NAME
    with contextlib.closing(sqlite3.connect(data_file)) as connection:
        _dataset._check_columns(connection)
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = FULL")
        connection.execute("PRAGMA foreign_keys = ON")  # as the app: child rows checked
        gc.collect()
        t0 = time.perf_counter()
        titles = parse(path.read_text(encoding="utf-8"))
        with connection:
            for statement, values in rows if rows is not None else title_rows(titles):
                connection.executemany(statement, values)
        elapsed = time.perf_counter() - t0
        (stored,) = connection.execute("SELECT count(*) FROM tasks").fetchone()
    if len(titles) < stored:
        raise RuntimeError(f"the bare parse found {len(titles)} rows for {stored} to-dos")
    return elapsed, stored


def parse_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def parse_csv(text: str) -> list[str]:
    rows = csv.reader(io.StringIO(text, newline=""))
    next(rows)  # the header
    return [row[1] for row in rows if row and row[0] == "task"]


# --- the run -----------------------------------------------------------------------------


def measure(
    name: str, path: Path, work: Path, parse: Callable[[str], list[str]], count: int, runs: int
) -> tuple[str, float, float, float]:
    same_rows = stored_rows(path, work / f"{name}-rows")
    kinds = ("ours", "floor", "titles")
    times: dict[str, list[float]] = {kind: [] for kind in kinds}
    for run in range(runs):
        for which in kinds[run % 3 :] + kinds[: run % 3]:
            folder = work / f"{name}-{which}-{run}"
            if which == "ours":
                elapsed, stored = ours(path, folder)
            else:
                rows = same_rows if which == "floor" else None
                elapsed, stored = floor(path, folder, parse, rows)
            times[which].append(elapsed)
            if stored != count:
                raise RuntimeError(f"{name} {which}: stored {stored} to-dos, expected {count}")
    print(
        f"  {name}: "
        + "; ".join(
            f"{kind} {', '.join(f'{1000 * s:.0f}' for s in times[kind])} ms" for kind in kinds
        ),
        flush=True,
    )
    ours_ms, floor_ms, titles_ms = (1000 * statistics.median(times[kind]) for kind in kinds)
    return name, ours_ms, floor_ms, titles_ms


def profile(name: str, path: Path, work: Path) -> None:
    import cProfile
    import pstats

    profiler = cProfile.Profile()
    workspace = fresh_workspace(work / f"{name}-profile")
    try:
        profiler.enable()
        workspace.imports.import_file(path)
        profiler.disable()
    finally:
        workspace.close()
    print(f"\ncProfile of our {name} import (by cumulative time):")
    stats = pstats.Stats(profiler)
    stats.sort_stats("cumulative").print_stats(30)
    print(f"cProfile of our {name} import (by tottime):")
    stats.sort_stats("tottime").print_stats(20)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=10_000, help="to-dos per file")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--profile", action="store_true", help="also cProfile our imports")
    args = parser.parse_args(argv)

    results = []
    with tempfile.TemporaryDirectory(prefix="delegator-bench-import-") as folder:
        work = Path(folder)
        todo = work / "todo.txt"
        todo.write_text(todotxt_text(args.count), encoding="utf-8", newline="\n")
        todoist = work / "todoist.csv"
        todoist.write_text(todoist_csv_text(args.count), encoding="utf-8", newline="")
        print(
            f"{args.count:,} to-dos: todo.txt {todo.stat().st_size / 1e6:.1f} MB, "
            f"CSV {todoist.stat().st_size / 1e6:.1f} MB; {args.runs} runs each",
            flush=True,
        )
        # One untimed import first: module imports, .pyc files, the file cache.
        ours(todo, work / "warm-todo")
        ours(todoist, work / "warm-csv")
        results.append(measure("todo.txt", todo, work, parse_lines, args.count, args.runs))
        results.append(measure("CSV", todoist, work, parse_csv, args.count, args.runs))

        print(f"\nImport of {args.count:,} to-dos, medians of {args.runs} runs")
        print(
            f"{'file':10}{'ours ms':>9}{'floor ms':>10}{'ratio':>7}  target ≤ {TARGET_RATIO}×"
            f"{'titles ms':>12}{'ratio':>7}"
        )
        for name, ours_ms, floor_ms, titles_ms in results:
            ratio = ours_ms / floor_ms
            verdict = "met   " if ratio <= TARGET_RATIO else "MISSED"
            print(
                f"{name:10}{ours_ms:9.0f}{floor_ms:10.1f}{ratio:6.1f}×  {verdict}"
                f"{titles_ms:17.1f}{ours_ms / titles_ms:6.1f}×"
            )
        if args.profile:
            profile("todo.txt", todo, work)
            profile("CSV", todoist, work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
