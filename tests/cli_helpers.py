"""The command line called in-process on a data folder of the test's own, shared by the
tests of ``archive``/``open-archive`` and of restoring."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from delegator import cli


def run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    """``delegator ARGS --data-dir DATA``: the exit code, stdout and stderr."""
    code = cli.run([*args, "--data-dir", str(data)])
    out, err = capsys.readouterr()
    return code, out, err


def titles(capsys: pytest.CaptureFixture[str], data: Path) -> list[str]:
    """The titles ``list --json`` prints, in its order."""
    code, out, err = run(capsys, data, "list", "--json")
    assert code == cli.EXIT_OK, err
    return [task["title"] for task in json.loads(out)]
