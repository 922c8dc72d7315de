"""The command line counts as the window does: "Created 1 to-do", "Created 2 to-dos",
"1 To-do angelegt", in every summary it prints (through the real entry point, which
installs the catalogues)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SAID = {
    "en": ("Created 1 to-do", "Created 2 to-dos", "1 to-do, 0 delegated, 0 assistants"),
    "de": ("1 To-do angelegt", "2 To-dos angelegt", "1 To-do, 0 delegiert, 0 Assistenzen"),
}


def delegator(language: str, data: Path, *args: str) -> str:
    env = {k: v for k, v in os.environ.items() if k != "DELEGATOR_DATA_DIR"}
    env["DELEGATOR_LANG"] = language
    done = subprocess.run(
        [sys.executable, "-m", "delegator", *args, "--data-dir", str(data)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.parametrize("language", ["en", "de"])
def test_import_and_backups_say_one_and_many(tmp_path: Path, language: str) -> None:
    one, two, holds = SAID[language]
    first = tmp_path / "first.txt"
    first.write_text("Rechnungen schreiben\n", encoding="utf-8")
    second = tmp_path / "second.txt"
    second.write_text("Belege hochladen\nAngebot schreiben\n", encoding="utf-8")
    data = tmp_path / "data"

    assert delegator(language, data, "import", str(first)).splitlines() == [one]
    delegator(language, data, "backup")
    assert delegator(language, data, "import", str(second)).splitlines() == [two]
    assert holds in delegator(language, data, "backups")
