"""The Linux download against running from source: size and start time, in the same run.

    python bench/frozen_app.py [--archive dist/Delegator-<version>-linux-<arch>.tar.gz]
                               [--runs 5] [--screenshot shot.png]

Unpacks the archive (built by ``bash scripts/package``) into a temporary folder and
measures, alternating the two (frozen first, then source first), after one discarded
warm-up pair:

* selftest: process start until ``delegator --selftest`` has exited (status 0);
* window:   process start until ``delegator-gui`` has a viewable window on Xvfb
  (``xdotool search --onlyvisible --pid``, polled every 5 ms), on a plan with the demo;

for the unpacked ``delegator``/``delegator-gui`` and for ``.venv/bin/delegator``/
``.venv/bin/delegator-gui``. Prints the sizes (unpacked folder, archive) and the medians.
With --screenshot, also saves a picture of the screen with the downloaded app's window.
Needs Xvfb and xdotool (``apt-get install -y xvfb xdotool``; ImageMagick's ``import``
for --screenshot).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

from startup_x11 import Missing, child_env, visible_window, x_server

ROOT = Path(__file__).resolve().parents[1]
SOURCE_BIN = ROOT / ".venv" / "bin"


def folder_size(folder: Path) -> int:
    """Bytes in the folder's files, each counted once (PyInstaller links some libraries)."""
    files = [path for path in folder.rglob("*") if path.is_file() and not path.is_symlink()]
    return sum(path.stat().st_size for path in files)


def selftest_seconds(program: Path, env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run([str(program), "--selftest"], env=env, check=True, capture_output=True)
    return time.perf_counter() - started


def window_seconds(program: Path, data: Path, env: dict[str, str]) -> float:
    started = time.perf_counter()
    process = subprocess.Popen(
        [str(program), "--data-dir", str(data)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        visible_window(process, env, started + 60)
        return time.perf_counter() - started
    finally:
        process.terminate()
        process.wait()


def screenshot(program: Path, data: Path, env: dict[str, str], path: Path) -> None:
    process = subprocess.Popen([str(program), "--data-dir", str(data)], env=env)
    try:
        visible_window(process, env, time.perf_counter() + 60)
        time.sleep(3)  # the list, the counts and the corner have loaded by then
        subprocess.run(["import", "-window", "root", str(path)], env=env, check=True)
    finally:
        process.terminate()
        process.wait()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    archives = sorted((ROOT / "dist").glob("Delegator-*-linux-*.tar.gz"))
    parser.add_argument("--archive", type=Path, default=archives[-1] if archives else None)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--screenshot", type=Path)
    arguments = parser.parse_args()
    if arguments.archive is None or not arguments.archive.is_file():
        print("no download found: build it with `bash scripts/package`", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as temporary:
        work = Path(temporary)
        with tarfile.open(arguments.archive) as archive:
            archive.extractall(work, filter="tar")
        (app,) = [path for path in work.iterdir() if path.is_dir()]
        print(f"archive:  {arguments.archive.stat().st_size / 2**20:.1f} MiB")
        print(f"unpacked: {folder_size(app) / 2**20:.1f} MiB ({app.name})")
        variants = {
            "frozen": (app / "delegator", app / "delegator-gui"),
            "source": (SOURCE_BIN / "delegator", SOURCE_BIN / "delegator-gui"),
        }
        try:
            with x_server() as display:
                env = child_env(display)
                env.update(DELEGATOR_LANG="en", HOME=str(work / "home"))
                env.pop("DELEGATOR_DATA_DIR", None)
                data = {}
                for name, (cli, _) in variants.items():
                    data[name] = work / f"data-{name}"
                    subprocess.run(
                        [str(cli), "demo", "--data-dir", str(data[name])],
                        env=env,
                        check=True,
                        capture_output=True,
                    )
                times: dict[str, dict[str, list[float]]] = {
                    name: {"selftest": [], "window": []} for name in variants
                }
                for run in range(arguments.runs + 1):
                    order = list(variants) if run % 2 == 0 else list(reversed(variants))
                    for name in order:
                        cli, gui = variants[name]
                        selftest = selftest_seconds(cli, env)
                        window = window_seconds(gui, data[name], env)
                        if run:  # the first pair warms the disk cache
                            times[name]["selftest"].append(selftest)
                            times[name]["window"].append(window)
                for measure in ("selftest", "window"):
                    frozen = statistics.median(times["frozen"][measure])
                    source = statistics.median(times["source"][measure])
                    print(
                        f"{measure:9} frozen {frozen * 1000:6.0f} ms"
                        f"   source {source * 1000:6.0f} ms"
                        f"   ({frozen / source:.2f}×, medians of {arguments.runs})"
                    )
                if arguments.screenshot:
                    screenshot(variants["frozen"][1], data["frozen"], env, arguments.screenshot)
                    print(f"screenshot: {arguments.screenshot}")
        except Missing as missing:
            print(f"skipped: {missing} is not installed (apt-get install -y xvfb xdotool)")
    return 0


if __name__ == "__main__":
    os.chdir(ROOT)
    sys.exit(main())
