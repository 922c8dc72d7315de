"""Compile the translation catalogues (resources/translations/*.ts) into the .qm files
Qt loads, with PySide6's lrelease.

The .qm files are built, not committed: scripts/_env.sh runs this after installing the
project (running from source, the tests, scripts/package), and the wheel's build hook
(hatch_build.py) imports it to compile them into the wheel.

    python scripts/compile_translations.py [--out FOLDER] [--force]

Without --force a .qm is compiled only when it is missing or older than its .ts.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"


def lrelease_command() -> list[str]:
    """How to run PySide6's lrelease: the pyside6-lrelease script beside this Python (a
    venv's bin/ or Scripts\\), else PySide6's own wrapper run by this Python (a build
    environment, whose scripts lie elsewhere), else pyside6-lrelease on the PATH."""
    suffix = ".exe" if sys.platform == "win32" else ""
    beside = Path(sys.executable).parent / f"pyside6-lrelease{suffix}"
    if beside.is_file():
        return [str(beside)]
    if importlib.util.find_spec("PySide6") is not None:
        wrapper = "import sys; from PySide6.scripts.pyside_tool import lrelease; lrelease()"
        return [sys.executable, "-c", wrapper]
    found = shutil.which("pyside6-lrelease")
    if found:
        return [found]
    raise SystemExit(
        "pyside6-lrelease not found: it comes with PySide6-Essentials "
        "(pip install PySide6-Essentials)"
    )


def catalogues(source: Path = TRANSLATIONS) -> list[Path]:
    return sorted(source.glob("*.ts"))


def compile_catalogue(ts: Path, qm: Path, command: list[str] | None = None) -> None:
    qm.parent.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        [*(command or lrelease_command()), str(ts), "-qm", str(qm)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0 or not qm.is_file():
        raise SystemExit(f"lrelease failed on {ts}:\n{done.stdout}{done.stderr}")


def is_stale(ts: Path, qm: Path) -> bool:
    return not qm.is_file() or os.stat(qm).st_mtime < os.stat(ts).st_mtime


def compile_all(
    source: Path = TRANSLATIONS, out: Path | None = None, *, force: bool = False
) -> list[Path]:
    """Compile each .ts of ``source`` into ``out`` (default: beside it); returns the .qm
    files written."""
    target = out or source
    command: list[str] | None = None
    written = []
    for ts in catalogues(source):
        qm = target / ts.with_suffix(".qm").name
        if force or is_stale(ts, qm):
            command = command or lrelease_command()
            compile_catalogue(ts, qm, command)
            written.append(qm)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", type=Path, default=TRANSLATIONS, help="folder of the .ts")
    parser.add_argument("--out", type=Path, help="folder for the .qm (default: the source)")
    parser.add_argument("--force", action="store_true", help="compile even if up to date")
    args = parser.parse_args(argv)
    if not catalogues(args.source):
        raise SystemExit(f"no .ts catalogues in {args.source}")
    for qm in compile_all(args.source, args.out, force=args.force):
        print(f"compiled {qm}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
