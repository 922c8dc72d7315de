"""``delegator --selftest``: one line per check, exit 0 or 1, never the user's data."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from delegator import app, selftest
from delegator.storage.schema import HEAD_REVISION

CHECKS = ["versions", "platform", "translations", "qt-translations", "migrations", "pdf"]
ROOT = Path(__file__).resolve().parents[1]


def lines_of(output: str) -> list[str]:
    return [line for line in output.splitlines() if line]


def names(lines: list[str]) -> list[str]:
    return [line[5:].split(":", 1)[0] for line in lines]


def test_every_check_passes_through_the_command_line_entry(
    qapp: object, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = app.main(["--selftest"])

    lines = lines_of(capsys.readouterr().out)
    assert code == 0, lines
    assert names(lines) == CHECKS
    assert all(line.startswith("ok   ") for line in lines), lines
    by_name = dict(zip(names(lines), lines, strict=True))
    assert by_name["migrations"].endswith(f"new plan at schema {HEAD_REVISION}")
    assert "Seite {n} von {total}" in by_name["translations"]
    assert "embeds DejaVuSans, DejaVuSans-Bold" in by_name["pdf"]
    assert not data_dir.exists()  # the user's data folder was never made


def test_without_a_display_it_falls_back_to_offscreen_and_says_so(tmp_path: Path) -> None:
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"}
    }
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.ini").write_text("[delegator]\nlanguage = de\n", encoding="utf-8")
    before = sorted(p.name for p in data.iterdir())
    environment["DELEGATOR_DATA_DIR"] = str(data)
    environment["TMPDIR"] = str(tmp_path / "tmp")
    (tmp_path / "tmp").mkdir()

    done = subprocess.run(
        [sys.executable, "-m", "delegator", "--selftest"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )

    lines = lines_of(done.stdout)
    assert done.returncode == 0, (done.stdout, done.stderr)
    assert names(lines) == CHECKS
    assert all(line.startswith("ok   ") for line in lines), lines
    platform_line = lines[CHECKS.index("platform")]
    assert "offscreen" in platform_line
    assert "no display found" in platform_line
    assert sorted(p.name for p in data.iterdir()) == before  # untouched
    assert list((tmp_path / "tmp").iterdir()) == []  # its temporary folder is gone


def test_a_failing_check_fails_the_run_and_the_others_still_print(
    qapp: object,
    data_dir: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(state: object) -> str:
        raise OSError("the migrations folder is missing")

    monkeypatch.setattr(selftest, "check_migrations", broken)

    code = app.main(["--selftest"])

    lines = lines_of(capsys.readouterr().out)
    assert code == 1
    assert names(lines) == CHECKS
    failed = [line for line in lines if line.startswith("FAIL ")]
    assert failed == ["FAIL migrations: the migrations folder is missing (OSError)"]
    assert lines[CHECKS.index("versions")].startswith("ok   ")
    assert lines[CHECKS.index("translations")].startswith("ok   ")


def test_a_pdf_that_is_not_what_was_laid_out_fails(
    qapp: object,
    data_dir: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The read-back is a real check: a PDF cut short is named."""
    from delegator.services import handover_package

    real = handover_package.render

    def cut_short(*args: object, **kwargs: object) -> bytes:
        return real(*args, **kwargs)[:-200]  # type: ignore[arg-type]

    monkeypatch.setattr(handover_package, "render", cut_short)

    assert app.main(["--selftest"]) == 1
    lines = lines_of(capsys.readouterr().out)
    assert lines[-1] == "FAIL pdf: the PDF is cut short: it does not end with %%EOF"


def test_read_pdf_counts_pages_and_embedded_fonts() -> None:
    page = b"1 0 obj\n<< /Type /Page\n/Parent 2 0 R >>\nendobj\n"
    tree = b"2 0 obj\n<< /Type /Pages\n/Kids [1 0 R]\n/Count 1 >>\nendobj\n"
    font = (
        b"3 0 obj\n<< /Type /FontDescriptor\n/FontName /ABCDEF+DejaVuSans\n"
        b"/FontFile2 4 0 R >>\nendobj\n"
    )
    unembedded = b"5 0 obj\n<< /Type /FontDescriptor\n/FontName /Helvetica >>\nendobj\n"
    body = b"%PDF-1.4\n" + page + tree + font + unembedded
    data = body + b"xref\n0 1\ntrailer\n<< >>\nstartxref\n" + str(len(body)).encode() + b"\n%%EOF\n"

    facts = selftest.read_pdf(data)

    assert (facts.version, facts.pages, facts.page_objects) == ("1.4", 1, 1)
    assert facts.embedded_fonts == {"DejaVuSans"}
    with pytest.raises(selftest.CheckFailed, match="not a PDF"):
        selftest.read_pdf(b"<html>" + data)


@pytest.mark.parametrize(
    ("environment", "system", "offscreen"),
    [
        ({}, "linux", True),
        ({"DISPLAY": ":0"}, "linux", False),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
        ({"QT_QPA_PLATFORM": "xcb"}, "linux", False),
        ({}, "win32", False),
        ({}, "darwin", False),
    ],
)
def test_offscreen_only_where_no_display_can_be(
    environment: dict[str, str], system: str, offscreen: bool
) -> None:
    assert selftest.needs_offscreen(environment, system) is offscreen


def test_a_command_with_it_is_a_usage_error(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert app.main(["--selftest", "list"]) == 64
    assert "--selftest takes no command" in capsys.readouterr().err
    assert not data_dir.exists()
