"""``delegator export`` where the package cannot go: one sentence naming the place and
the problem, exit 3, the folder as it was (issue 14)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from delegator import cli
from tests.cli_helpers import run
from tests.storage.disk_limits import fill, tmpfs

Export = Callable[..., tuple[int, str]]


@pytest.fixture
def data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A demo plan."""
    assert run(capsys, tmp_path / "data", "demo")[0] == cli.EXIT_OK
    return tmp_path / "data"


@pytest.fixture
def export(capsys: pytest.CaptureFixture[str], data: Path) -> Export:
    def export(out: Path, *more: str) -> tuple[int, str]:
        code, _out, err = run(
            capsys, data, "export", "--assistant", "Anna Keller", *more, "-o", str(out)
        )
        return code, err

    return export


def test_an_output_folder_that_is_a_file_is_named_as_such(tmp_path: Path, export: Export) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")

    code, stderr = export(blocker, "--force")

    assert code == cli.EXIT_ERROR
    assert stderr == (
        f"delegator: {blocker} is a file where the export puts a folder. Nothing was "
        "exported. Move it away or choose another folder.\n"
    )
    assert blocker.read_text() == "not a folder"


def test_an_output_folder_that_links_to_nothing_is_refused(tmp_path: Path, export: Export) -> None:
    link = tmp_path / "gone"
    link.symlink_to(tmp_path / "nowhere")

    code, stderr = export(link)

    assert code == cli.EXIT_ERROR
    assert "is a symbolic link, and Delegator never writes through links" in stderr
    assert not (tmp_path / "nowhere").exists()


def test_a_full_disk_says_so_and_leaves_the_earlier_package(tmp_path: Path, export: Export) -> None:
    with tmpfs(tmp_path / "small", 2048) as small:
        out = small / "out"
        assert export(out, "--format", "md,csv")[0] == cli.EXIT_OK
        before = {p.name: p.read_bytes() for p in out.iterdir()}
        fill(small)

        code, stderr = export(out, "--format", "md,csv", "--force")

        assert code == cli.EXIT_ERROR
        assert "The export failed: the disk is full; make room and try again." in stderr
        assert "Nothing was exported." in stderr
        assert {p.name: p.read_bytes() for p in out.iterdir()} == before
