"""The command line's side of moving to a new computer: ``archive -o FILE`` and
``open-archive FILE [--yes]`` (output, questions, exit codes)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from delegator import cli
from tests.cli_helpers import run, titles
from tests.cli_plurals import cli_in_english  # noqa: F401 (a fixture)

pytestmark = pytest.mark.usefixtures("cli_in_english")


@pytest.fixture
def archive(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    old = tmp_path / "old"
    run(capsys, old, "add", "Rechnungen schreiben", "--decision", "delegate")
    run(capsys, old, "add", "Pitch", "--decision", "keep")
    target = tmp_path / "moving" / "plan.zip"
    code, out, err = run(capsys, old, "archive", "-o", str(target))
    assert (code, out, err) == (cli.EXIT_OK, f"{target}\n", "")
    return target


@pytest.fixture
def new(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    folder = tmp_path / "new"
    run(capsys, folder, "add", "Erster Eintrag")
    return folder


def test_open_archive_shows_what_it_holds_and_moves_the_plan(
    archive: Path, new: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, new, "open-archive", str(archive), "--yes")
    assert (code, err) == (cli.EXIT_OK, "")
    shown, holds, done = out.splitlines()
    assert shown.startswith(f"{archive}: the plan as it was on ")
    assert holds == "  2 to-dos, 1 delegated, 0 assistants, 0 attachments"
    assert done.startswith("Restored. The plan as it was is in ")
    assert titles(capsys, new) == ["Rechnungen schreiben", "Pitch"]
    before = Path(done.removeprefix("Restored. The plan as it was is in ").removesuffix("."))
    assert run(capsys, new, "restore", str(before), "--yes")[0] == cli.EXIT_OK
    assert titles(capsys, new) == ["Erster Eintrag"]


def test_open_archive_without_a_terminal_asks_for_yes_and_changes_nothing(
    archive: Path, new: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code, out, err = run(capsys, new, "open-archive", str(archive))
    assert code == cli.EXIT_ERROR
    assert "2 to-dos, 1 delegated" in out
    assert err.count("\n") == 1
    assert "--yes" in err
    assert titles(capsys, new) == ["Erster Eintrag"]


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_open_archive_on_a_terminal_asks_first(
    archive: Path, new: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", Terminal())
    questions: list[str] = []
    answers = iter(["n", "y"])

    def answer(question: str) -> str:
        questions.append(question)
        return next(answers)

    monkeypatch.setattr("builtins.input", answer)
    assert run(capsys, new, "open-archive", str(archive))[0] == cli.EXIT_ERROR
    assert titles(capsys, new) == ["Erster Eintrag"]
    assert run(capsys, new, "open-archive", str(archive))[0] == cli.EXIT_OK
    assert titles(capsys, new) == ["Rechnungen schreiben", "Pitch"]
    assert "with the plan in this archive?" in questions[0]


def test_a_refused_archive_is_one_line_on_stderr_and_changes_nothing(
    archive: Path, new: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hostile = tmp_path / "hostile.zip"
    with zipfile.ZipFile(archive) as good, zipfile.ZipFile(hostile, "w") as bad:
        for info in good.infolist():
            bad.writestr(info, good.read(info))
        bad.writestr("../escaped.txt", "x")
    cut = tmp_path / "cut.zip"
    cut.write_bytes(archive.read_bytes()[:1000])
    for refused, words in ((hostile, "../escaped.txt"), (cut, "cut short")):
        code, out, err = run(capsys, new, "open-archive", str(refused), "--yes")
        assert (code, out) == (cli.EXIT_ERROR, "")
        assert err.count("\n") == 1
        assert err.startswith(f"delegator: The archive {refused} was not opened: ")
        assert words in err
    assert not (tmp_path / "escaped.txt").exists()
    assert titles(capsys, new) == ["Erster Eintrag"]


def test_archive_keeps_an_existing_file_unless_forced(
    archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    archive.write_bytes(b"something else")
    code, out, err = run(capsys, tmp_path / "old", "archive", "-o", str(archive))
    assert (code, out) == (cli.EXIT_ERROR, "")
    assert err.count("\n") == 1
    assert str(archive) in err
    assert archive.read_bytes() == b"something else"
    code, out, _ = run(capsys, tmp_path / "old", "archive", "-o", str(archive), "--force")
    assert (code, out) == (cli.EXIT_OK, f"{archive}\n")
    assert zipfile.is_zipfile(archive)


def test_archive_needs_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, tmp_path, "archive")
    assert code == cli.EXIT_USAGE
    assert "-o/--output" in err
