"""The command line on a plan found wrong: one line on stderr, exit 3 (64 for a usage
error), the newest good backup named for a damaged plan, and nothing changed on disk."""

from __future__ import annotations

import hashlib
import os
import shlex
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from delegator import cli
from delegator.runtime.paths import DATA_FILE_NAME
from tests.cli_plurals import cli_in_english  # noqa: F401 (a fixture)
from tests.storage.helpers import write_unchecked

pytestmark = [
    pytest.mark.filterwarnings("ignore::ResourceWarning"),
    pytest.mark.usefixtures("cli_in_english"),
]


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.run(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _run_apart(
    *argv: str, data_dir_variable: str | None = None
) -> subprocess.CompletedProcess[str]:
    """``python -m delegator ARGV`` in a process of its own, with DELEGATOR_DATA_DIR
    unset, or set to *data_dir_variable*."""
    env = {k: v for k, v in os.environ.items() if k != "DELEGATOR_DATA_DIR"}
    if data_dir_variable is not None:
        env["DELEGATOR_DATA_DIR"] = data_dir_variable
    return subprocess.run(
        [sys.executable, "-m", "delegator", *argv],
        capture_output=True,
        text=True,
        env=env,
        timeout=30,
        check=False,
    )


def _not_utf8(path: Path) -> None:
    write_unchecked(path, "UPDATE tasks SET title = CAST(x'c328' AS TEXT) WHERE id = 2")


def _dropped_table(path: Path) -> None:
    write_unchecked(path, "DROP TABLE task_steps")


def _cut_short(path: Path) -> None:
    os.truncate(path, path.stat().st_size - 100)


def _state(folder: Path) -> dict[str, str]:
    """Every file under *folder* with its digest, leaving out the empty log and index a
    read-only look may leave (nothing that could be replayed into the plan)."""
    found = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not (path.name.endswith(("-wal", "-shm")) and _empty_log(path)):
            found[str(path.relative_to(folder))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def _empty_log(path: Path) -> bool:
    log = path.with_name(path.name.removesuffix("-shm").removesuffix("-wal") + "-wal")
    return not log.exists() or log.stat().st_size == 0


def _one_line(err: str) -> str:
    message = err.rstrip("\n")
    assert message.startswith("delegator: "), err
    assert "\n" not in message, err
    assert "Traceback" not in message, err
    return message


@pytest.fixture
def plan(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A plan of three to-dos with one backup of it, then a fourth to-do."""
    assert _run(capsys, "add", "Pay the invoices", "Book the trip", "Order paper")[0] == 0
    assert _run(capsys, "backup")[0] == 0
    assert _run(capsys, "add", "Call the tax adviser")[0] == 0
    return data_dir / DATA_FILE_NAME


# A damaged plan -------------------------------------------------------------------


def test_a_damaged_plan_names_the_newest_good_backup_and_its_restore_works(
    plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _not_utf8(plan)
    damaged = plan.read_bytes()

    code, out, err = _run(capsys, "list")

    assert (code, out) == (3, "")
    message = _one_line(err)
    assert "damaged" in message
    assert "not UTF-8" in message
    (backup,) = (plan.parent / "backups").glob("delegator-manual-*.sqlite3")
    assert f"The newest good backup is {backup} from " in message
    assert "(3 to-dos)" in message
    command = shlex.split(message.split("Restore it with: ")[1])
    assert command == ["delegator", "restore", str(backup)]

    code, out, err = _run(capsys, *command[1:], "--yes")

    assert code == 0, err
    (kept,) = plan.parent.glob("delegator-damaged-*.sqlite3")
    assert kept.read_bytes() == damaged
    assert str(kept) in out
    code, out, _ = _run(capsys, "list")
    assert code == 0
    assert [line.split(None, 2)[2] for line in out.splitlines()] == [
        "Pay the invoices",
        "Book the trip",
        "Order paper",
    ]


def test_a_damaged_plan_without_a_good_backup_says_so(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _run(capsys, "add", "Pay the invoices")
    _dropped_table(data_dir / DATA_FILE_NAME)

    code, _, err = _run(capsys, "list")

    assert code == 3
    assert _one_line(err).endswith("There is no good backup of it.")


def _file_for_import(plan: Path) -> str:
    source = plan.parent.parent / "more.txt"
    source.write_text("Renew the domain\n", encoding="utf-8")
    return str(source)


WRITES: dict[str, Callable[[Path], list[str]]] = {
    "add": lambda plan: ["add", "Written into a damaged plan"],
    "decide": lambda plan: ["decide", "1", "delegate"],
    "status": lambda plan: ["status", "1", "done"],
    "import": lambda plan: ["import", _file_for_import(plan), "--format", "todotxt"],
    "export": lambda plan: ["export", "--unassigned", "-o", str(plan.parent / "handover")],
}
DAMAGE: dict[str, Callable[[Path], None]] = {
    "not-utf8": _not_utf8,
    "dropped-table": _dropped_table,
    "cut-short": _cut_short,
}


def _assert_refused_and_nothing_changed(
    plan: Path, capsys: pytest.CaptureFixture[str], damage: str, argv: list[str]
) -> None:
    """With *damage* done to the plan, the command is refused in one line naming the
    damage, and nothing on disk changes."""
    DAMAGE[damage](plan)
    before = _state(plan.parent)

    code, out, err = _run(capsys, *argv)

    assert (code, out) == (3, "")
    assert "damaged" in _one_line(err)
    assert _state(plan.parent) == before


@pytest.mark.parametrize("damage", list(DAMAGE))
@pytest.mark.parametrize("command", list(WRITES))
def test_a_damaged_plan_is_never_written_to(
    plan: Path, capsys: pytest.CaptureFixture[str], command: str, damage: str
) -> None:
    argv = WRITES[command](plan)
    _assert_refused_and_nothing_changed(plan, capsys, damage, argv)


@pytest.mark.parametrize("damage", ["dropped-table", "cut-short"])
@pytest.mark.parametrize("command", ["list", "readiness", "checkins", "import --dry-run"])
def test_reading_a_damaged_plan_gives_the_message_not_a_traceback(
    plan: Path, capsys: pytest.CaptureFixture[str], command: str, damage: str
) -> None:
    argv = command.split()
    if argv[0] == "import":
        argv.insert(1, _file_for_import(plan))
    _assert_refused_and_nothing_changed(plan, capsys, damage, argv)


# Something other than a plan or a folder in its place --------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_in_place_of_the_plan_is_refused_without_hanging(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / DATA_FILE_NAME)
    done = _run_apart("--data-dir", str(tmp_path), "list")

    assert (done.returncode, done.stdout) == (3, "")
    assert "is a named pipe, not a data file" in _one_line(done.stderr)
    assert [p.name for p in tmp_path.iterdir()] == [DATA_FILE_NAME]


@pytest.mark.parametrize("command", ["list", "add", "demo"])
def test_a_dangling_link_in_place_of_the_plan_is_refused_naming_its_target(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    data_dir.mkdir()
    target = tmp_path / "usb-stick" / "delegator.sqlite3"
    (data_dir / DATA_FILE_NAME).symlink_to(target)

    code, out, err = _run(capsys, *([command, "A to-do"] if command == "add" else [command]))

    assert (code, out) == (3, "")
    message = _one_line(err)
    assert command == "demo" or f"is a link to {target}, which does not exist" in message
    assert [p.name for p in data_dir.iterdir()] == [DATA_FILE_NAME]
    assert not target.parent.exists()


@pytest.mark.parametrize("command", ["list", "demo", "backups"])
def test_a_data_folder_that_is_a_file_is_named_as_such(
    data_dir: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    data_dir.parent.mkdir(parents=True, exist_ok=True)
    data_dir.write_text("not a folder\n", encoding="utf-8")

    code, out, err = _run(capsys, command)

    assert (code, out) == (3, "")
    message = _one_line(err)
    assert f"{data_dir} is a file, not a folder" in message
    assert "17" not in message.replace(str(data_dir), "")  # no "[Errno 17] File exists"
    assert "--force" not in message
    assert data_dir.read_text(encoding="utf-8") == "not a folder\n"


# An empty folder name ---------------------------------------------------------------


@pytest.fixture
def per_user_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Where the per-user data folder would be: it must not be touched."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    return tmp_path


@pytest.mark.parametrize(
    "argv", [["--data-dir", "", "list"], ["--data-dir=", "list"], ["list", "--data-dir", ""]]
)
def test_an_empty_data_dir_is_a_usage_error(
    per_user_folder: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    before = sorted(per_user_folder.rglob("*"))

    code, out, err = _run(capsys, *argv)

    assert (code, out) == (64, "")
    assert _one_line(err) == "delegator: --data-dir is empty; it needs the path of a folder."
    assert sorted(per_user_folder.rglob("*")) == before


def test_an_empty_data_dir_variable_is_a_usage_error(
    per_user_folder: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DELEGATOR_DATA_DIR", "")

    code, _, err = _run(capsys, "list")

    assert code == 64
    assert "DELEGATOR_DATA_DIR is empty" in _one_line(err)
    assert list(per_user_folder.rglob("*")) == []


@pytest.mark.parametrize(
    ("argv", "variable", "source"),
    [
        (["--data-dir", ""], None, "--data-dir"),
        (["--data-dir="], None, "--data-dir"),
        ([], "", "DELEGATOR_DATA_DIR"),
    ],
)
def test_the_window_is_not_opened_on_an_empty_data_dir(
    per_user_folder: Path, argv: list[str], variable: str | None, source: str
) -> None:
    done = _run_apart(*argv, data_dir_variable=variable)

    assert (done.returncode, done.stdout) == (64, "")
    assert f"{source} is empty" in _one_line(done.stderr)
    assert list(per_user_folder.rglob("*")) == []


@pytest.mark.parametrize("command", ["list", "backup", "backups", "demo"])
def test_a_data_folder_that_is_a_link_to_nothing_is_named_as_such(
    data_dir: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    gone = data_dir.parent / "gone"
    data_dir.parent.mkdir(parents=True, exist_ok=True)
    data_dir.symlink_to(gone)

    code, out, err = _run(capsys, command)

    assert (code, out) == (3, "")
    message = _one_line(err)
    assert f"{data_dir} is a link to {gone}, which does not exist" in message
    assert "17" not in message.replace(str(data_dir), "").replace(str(gone), "")
    assert "--force" not in message
    assert not gone.exists()
