"""The .qm catalogues are built from the .ts (scripts/compile_translations.py), not
committed: the ones present are current, and the compiler redoes only what is stale."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
COMPILER = ROOT / "scripts" / "compile_translations.py"
CATALOGUES = sorted(TRANSLATIONS.glob("*.ts"))


def compile_translations(*args: str) -> list[str]:
    """Run the compiler as scripts/_env.sh does; the .qm files it says it wrote."""
    done = subprocess.run(
        [sys.executable, str(COMPILER), *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return [line.removeprefix("compiled ") for line in done.stdout.splitlines()]


def test_there_are_catalogues_to_compile() -> None:
    assert [ts.name for ts in CATALOGUES] == ["delegator_de.ts", "delegator_en.ts"]


def test_the_qm_present_are_compiled_from_the_current_ts(tmp_path: Path) -> None:
    written = compile_translations("--out", str(tmp_path), "--force")
    assert sorted(Path(qm).name for qm in written) == ["delegator_de.qm", "delegator_en.qm"]
    present = [ts.with_suffix(".qm") for ts in CATALOGUES]
    stale = [
        qm.name
        for qm in present
        if not qm.is_file() or qm.read_bytes() != (tmp_path / qm.name).read_bytes()
    ]
    assert stale == [], "stale or missing: run python scripts/compile_translations.py --force"


def test_the_compiler_compiles_only_what_is_missing_or_older_than_its_ts(
    tmp_path: Path,
) -> None:
    for ts in CATALOGUES:
        shutil.copy(ts, tmp_path)
    source = ("--source", str(tmp_path))
    assert sorted(Path(qm).name for qm in compile_translations(*source)) == [
        "delegator_de.qm",
        "delegator_en.qm",
    ]
    german = tmp_path / "delegator_de.qm"
    assert german.read_bytes()[:4] == b"\x3c\xb8\x64\x18", "a Qt .qm file starts so"
    assert compile_translations(*source) == [], "nothing is stale"

    # The German catalogue edited after it was compiled: its .qm an hour older than it.
    qm_time = os.stat(tmp_path / "delegator_de.ts").st_mtime - 3600
    os.utime(german, (qm_time, qm_time))
    assert compile_translations(*source) == [str(german)]
    assert compile_translations(*source) == []

    (tmp_path / "delegator_en.qm").unlink()
    assert compile_translations(*source) == [str(tmp_path / "delegator_en.qm")]


def test_the_compiler_says_when_there_is_nothing_to_compile(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(COMPILER), "--source", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode != 0
    assert "no .ts catalogues" in done.stderr


@pytest.mark.parametrize("ts", CATALOGUES, ids=lambda path: path.stem)
def test_git_does_not_track_the_compiled_catalogues(ts: Path) -> None:
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout (an unpacked sdist): nothing tracked to check")
    qm = ts.with_suffix(".qm").relative_to(ROOT)
    tracked = subprocess.run(
        ["git", "ls-files", "--error-unmatch", str(qm)], cwd=ROOT, capture_output=True, check=False
    )
    ignored = subprocess.run(
        ["git", "check-ignore", "-q", str(qm)], cwd=ROOT, capture_output=True, check=False
    )
    assert (tracked.returncode, ignored.returncode) == (1, 0), "built, not committed: .gitignore"
