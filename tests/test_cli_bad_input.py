"""Bad input on the command line (issue 14): an id past what SQLite holds, a file that is
not a regular file or is too large, arguments that are not UTF-8, an export that would
write nothing or into the current folder. Each is one sentence naming the argument or
the file, with the exit code of the README's contract, and nothing changed."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from delegator import cli
from delegator.exchange import import_file
from delegator.runtime.paths import DATA_FILE_NAME
from tests.cli_helpers import run, titles
from tests.cli_plurals import cli_in_english  # noqa: F401 (a fixture)
from tests.named_pipes import named_pipe

pytestmark = pytest.mark.usefixtures("cli_in_english")

BAD_BYTES = os.fsdecode(b"\xff\xfe")  # what Python makes of $'\xff\xfe' in argv


def one_line(err: str) -> str:
    assert err.count("\n") == 1, err
    assert "Traceback" not in err
    return err.strip()


def handovers(data: Path) -> int:
    """How many exports the plan in *data* has recorded."""
    with contextlib.closing(sqlite3.connect(data / DATA_FILE_NAME)) as connection:
        (count,) = connection.execute("SELECT count(*) FROM handovers").fetchone()
    return int(count)


@pytest.mark.parametrize("command", ["decide", "status"])
@pytest.mark.parametrize("task_id", ["99999999999999999999", str(2**63), "0", "-5", "zwei"])
def test_an_id_that_is_no_id_is_a_usage_error_naming_the_argument(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, command: str, task_id: str
) -> None:
    run(capsys, tmp_path, "add", "Rechnungen schreiben")
    value = {"decide": "keep", "status": "done"}[command]

    code, out, err = run(capsys, tmp_path, command, task_id, value)

    assert (code, out) == (cli.EXIT_USAGE, "")
    assert one_line(err) == (
        f"delegator {command}: argument ID: '{task_id}' is not a to-do id "
        "(a whole number from 1 to 9223372036854775807)"
    )


def test_the_largest_id_is_still_an_id_that_is_not_there(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _out, err = run(capsys, tmp_path, "decide", str(2**63 - 1), "keep")
    assert code == cli.EXIT_ERROR
    assert one_line(err) == "delegator: There is no to-do with id 9223372036854775807."


def test_importing_a_named_pipe_is_refused_at_once(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    with named_pipe(tmp_path) as fifo:
        started = time.monotonic()
        code, out, err = run(capsys, tmp_path / "data", "import", str(fifo))
        assert time.monotonic() - started < 2

    assert (code, out) == (cli.EXIT_ERROR, "")
    assert one_line(err) == (
        f"delegator: {fifo}: a named pipe, not a file; save what it holds to a file first. "
        "Nothing was imported."
    )
    assert titles(capsys, tmp_path / "data") == []


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_importing_a_device_or_a_folder_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _out, err = run(capsys, tmp_path / "data", "import", "/dev/zero")
    assert code == cli.EXIT_ERROR
    assert one_line(err) == "delegator: /dev/zero: a device, not a file. Nothing was imported."
    code, _out, err = run(capsys, tmp_path / "data", "import", str(tmp_path))
    assert code == cli.EXIT_ERROR
    assert one_line(err) == f"delegator: {tmp_path}: a folder, not a file. Nothing was imported."


def test_a_file_over_the_limit_is_refused_naming_the_limit(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(import_file, "MAX_IMPORT_BYTES", 100)
    big = tmp_path / "todo.txt"
    big.write_text("Call the bank\n" * 8, encoding="utf-8")  # 112 bytes

    code, out, err = run(capsys, tmp_path / "data", "import", str(big))

    assert (code, out) == (cli.EXIT_ERROR, "")
    assert one_line(err) == (
        f"delegator: {big}: larger than 100 bytes, the most an import reads. Nothing was imported."
    )
    assert titles(capsys, tmp_path / "data") == []


def test_the_limit_is_fifty_megabytes() -> None:
    assert import_file.MAX_IMPORT_BYTES == 50 * 1024 * 1024


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["add", BAD_BYTES], "TITLE"),
        (["add", "Gut", BAD_BYTES], "TITLE"),
        (["add", "Gut", "--notes", BAD_BYTES], "--notes"),
        (["export", "--assistant", BAD_BYTES, "-o", "out"], "--assistant"),
    ],
)
def test_an_argument_that_is_not_utf8_is_a_usage_error_naming_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, args: list[str], named: str
) -> None:
    code, out, err = run(capsys, tmp_path, *args)

    assert (code, out) == (cli.EXIT_USAGE, "")
    assert one_line(err) == (
        f"delegator {args[0]}: {named} is not valid text: it holds bytes that are not "
        "UTF-8. Nothing was changed."
    )
    assert titles(capsys, tmp_path) == []


def test_files_and_folders_named_with_bytes_that_are_not_utf8_still_work(
    tmp_path: Path,
) -> None:
    """In a process of its own: the paths come out as the bytes they are made of."""
    data = os.fsencode(tmp_path / os.fsdecode(b"daten-\xfd"))
    source = tmp_path / os.fsdecode(b"liste-\xff.txt")
    source.write_text("Rechnungen schreiben\nBelege hochladen\n", encoding="utf-8")
    folder = os.fsencode(tmp_path / os.fsdecode(b"paket-\xfe"))

    def delegator(*args: bytes) -> bytes:
        done = subprocess.run(
            [sys.executable, "-m", "delegator", *args, b"--data-dir", data],
            capture_output=True,
            timeout=60,
            check=False,
        )
        assert (done.returncode, done.stderr) == (0, b"")
        return done.stdout

    assert delegator(b"import", os.fsencode(source)) == b"Created 2 to-dos\n"
    delegator(b"decide", b"1", b"delegate")
    written = delegator(b"export", b"--unassigned", b"--format", b"md", b"-o", folder)

    assert written.splitlines() == [folder + b"/brief.md", folder + b"/manifest.json"]
    assert b"Rechnungen schreiben" in Path(os.fsdecode(folder), "brief.md").read_bytes()
    assert handovers(Path(os.fsdecode(data))) == 1


@pytest.mark.parametrize(
    ("fmt", "message"),
    [
        (",", "--format names no format; give one or more of md, pdf, ics, csv, zip."),
        (" , ,", "--format names no format; give one or more of md, pdf, ics, csv, zip."),
        ("md,docx", "--format: 'docx' is not a format; the formats are md, pdf, ics, csv, zip."),
    ],
)
def test_an_export_format_that_names_nothing_known_is_refused_and_nothing_recorded(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, fmt: str, message: str
) -> None:
    run(capsys, tmp_path / "data", "add", "Rechnungen schreiben", "--decision", "delegate")
    out_dir = tmp_path / "out"

    code, out, err = run(
        capsys, tmp_path / "data", "export", "--unassigned", "--format", fmt, "-o", str(out_dir)
    )

    assert (code, out) == (cli.EXIT_USAGE, "")
    assert one_line(err) == f"delegator export: {message}"
    assert not out_dir.exists()
    assert handovers(tmp_path / "data") == 0


def test_an_empty_output_folder_is_refused_not_the_current_folder(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run(capsys, tmp_path / "data", "add", "Rechnungen schreiben", "--decision", "delegate")
    here = tmp_path / "here"
    here.mkdir()
    monkeypatch.chdir(here)

    code, out, err = run(capsys, tmp_path / "data", "export", "--unassigned", "-o", "")

    assert (code, out) == (cli.EXIT_USAGE, "")
    assert one_line(err) == (
        "delegator export: -o is empty; it needs the folder to write the package into."
    )
    assert list(here.iterdir()) == []
    assert handovers(tmp_path / "data") == 0
