"""What the command line says when it cannot do what it was asked (issue 14 review):
``--format zip`` alone is a usage error naming it, before the plan is opened; a file
the system cannot open is ``FILE: reason``; a path that is not UTF-8 is printed as the
bytes it is made of, never as surrogate escapes; ``readiness`` counts "1 to-do",
"2 to-dos" in English and German, in text and JSON."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from delegator import cli
from tests.cli_helpers import run
from tests.cli_plurals import cli_in_english  # noqa: F401 (a fixture)


@pytest.mark.usefixtures("cli_in_english")
def test_zip_alone_is_a_usage_error_before_the_plan_is_opened(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    code, out, err = run(
        capsys, data, "export", "--unassigned", "--format", "zip", "-o", str(tmp_path / "out")
    )

    assert (code, out) == (cli.EXIT_USAGE, "")
    assert err == (
        "delegator export: --format zip packs the other formats; give one or more of "
        "md, pdf, ics, csv with it.\n"
    )
    assert not data.exists()
    assert not (tmp_path / "out").exists()


@pytest.mark.usefixtures("cli_in_english")
def test_a_missing_import_file_is_file_colon_reason(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, tmp_path / "data", "import", "nofile")

    assert (code, out) == (cli.EXIT_ERROR, "")
    # The system's own words, in the machine's language.
    assert err == f"delegator: nofile: {os.strerror(errno.ENOENT)}\n"


def delegator_bytes(
    data: Path, *args: bytes, language: str = "en"
) -> subprocess.CompletedProcess[bytes]:
    env = {k: v for k, v in os.environ.items() if k != "DELEGATOR_DATA_DIR"}
    env["DELEGATOR_LANG"] = language
    return subprocess.run(
        [sys.executable, "-m", "delegator", *args, b"--data-dir", bytes(data)],
        capture_output=True,
        env=env,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize(
    "command",
    [
        [b"import", b"x\xffy"],
        [b"restore", b"x\xffy", b"--yes"],
        [b"open-archive", b"x\xffy", b"--yes"],
        [b"decide", b"x\xffy", b"keep"],
    ],
)
def test_a_path_that_is_not_utf8_is_printed_as_its_bytes(
    tmp_path: Path, command: list[bytes]
) -> None:
    done = delegator_bytes(tmp_path / "data", *command)

    assert done.returncode in (cli.EXIT_ERROR, cli.EXIT_USAGE)
    assert b"\\udc" not in done.stderr
    assert b"x\xffy" in done.stderr or "x\ufffdy".encode() in done.stderr
    assert done.stderr.count(b"\n") == 1, done.stderr


READINESS_SAYS = {
    "en": ("1 to-do still undecided.", "1 delegated to-do without an assistant yet."),
    "de": (
        "1 To-do ist noch nicht entschieden.",
        "1 delegiertes To-do hat noch keine Assistenz.",
    ),
}


@pytest.mark.parametrize("language", ["en", "de"])
def test_readiness_counts_one_to_do_as_one_in_text_and_json(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, language: str
) -> None:
    data = tmp_path / "data"
    run(capsys, data, "add", "Rechnungen schreiben")
    run(capsys, data, "add", "--decision", "delegate", "Ablage")

    said = delegator_bytes(data, b"readiness", language=language).stdout.decode()
    listed = json.loads(delegator_bytes(data, b"readiness", b"--json", language=language).stdout)

    undecided, unassigned = READINESS_SAYS[language]
    messages = {finding["id"]: finding["message"] for finding in listed["findings"]}
    assert (messages["expectations.undecided"], messages["expectations.unassigned"]) == (
        undecided,
        unassigned,
    )
    assert f"] {undecided}\n" in said
    assert f"] {unassigned}\n" in said
