"""Moving a plan to a new computer: one archive with the plan, its attachments and a
manifest; a hostile or damaged archive is refused with its own message and changes
nothing, and nothing is ever written outside the folder it is unpacked into."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
import stat
import warnings
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from delegator import __version__
from delegator.domain.assistant import Assistant
from delegator.domain.clock import Clock
from delegator.domain.errors import ArchiveProblem, ArchiveRefused, StorageUnavailable
from delegator.domain.model import Decision
from delegator.services import archive_reading
from delegator.services.plan_archive import open_archive, preview, write_archive
from delegator.services.task_service import NewTask
from delegator.services.workspace import Workspace
from delegator.storage.schema import HEAD_REVISION
from delegator.text.messages import explain

CLOCK = Clock.fixed(dt.datetime(2026, 12, 7, 9, 30), ZoneInfo("Europe/Berlin"))
ATTACHMENT = "Vorlage März.txt"
ATTACHMENT_BYTES = "Rechnungsvorlage für Kunden\n".encode()

# (name, data, ZipInfo external attributes or None) and the manifest as a dict
ESCAPED = "/tmp/delegator-escaped-from-an-archive"
Members = list[tuple[str, bytes, int | None]]
Change = Callable[[Members, dict[str, object]], None]


def workspace_in(folder: Path) -> Workspace:
    return Workspace(folder / "delegator.sqlite3", folder / "backups", CLOCK)


@pytest.fixture
def old(tmp_path: Path) -> Iterator[Workspace]:
    """The plan on the old computer: two to-dos, one delegated to Anna with a file."""
    workspace = workspace_in(tmp_path / "old")
    anna, _ = workspace.assistants.add(Assistant(0, "Anna Keller", hourly_rate_cents=4000))
    (invoices, _), _ = workspace.tasks.add(
        [NewTask("Rechnungen schreiben", Decision.DELEGATE), NewTask("Pitch", Decision.KEEP)]
    )
    source = tmp_path / ATTACHMENT
    source.write_bytes(ATTACHMENT_BYTES)
    resource = workspace.tasks.attach(source)
    task = workspace.tasks.task(invoices)
    workspace.tasks.save(replace(task, assistant_id=anna.id, resources=(resource,)))
    yield workspace
    workspace.close()


@pytest.fixture
def new(tmp_path: Path) -> Iterator[Workspace]:
    """The plan on the new computer: a data folder just made, with one to-do of its own."""
    workspace = workspace_in(tmp_path / "new")
    workspace.tasks.add([NewTask("Erster Eintrag", Decision.UNDECIDED)])
    yield workspace
    workspace.close()


@pytest.fixture
def archive(old: Workspace, tmp_path: Path) -> Path:
    return write_archive(old, tmp_path / "moving" / "plan.zip")


def test_a_plan_moves_with_its_attachments_to_a_new_data_folder(
    archive: Path, new: Workspace, tmp_path: Path
) -> None:
    shown = preview(archive)
    assert (shown.summary.todos, shown.summary.delegated, shown.summary.assistants) == (2, 1, 1)
    assert shown.summary.attachments == 1
    assert shown.created == dt.datetime(
        2026, 12, 7, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=1))
    )
    assert (shown.app_version, shown.revision) == (__version__, HEAD_REVISION)
    assert shown.size == archive.stat().st_size

    restored = open_archive(new, archive)

    tasks = {task.title: task for task in new.tasks.tasks()}
    assert set(tasks) == {"Rechnungen schreiben", "Pitch"}
    (anna,) = new.assistants.assistants()
    assert anna.name == "Anna Keller"
    invoices = tasks["Rechnungen schreiben"]
    assert (invoices.decision, invoices.assistant_id) == (Decision.DELEGATE, anna.id)
    (resource,) = invoices.resources
    assert resource.label == ATTACHMENT
    assert new.tasks.attachment_path(resource).read_bytes() == ATTACHMENT_BYTES
    assert restored.missing_attachments == ()
    # The plan that was there is kept, so opening the archive can be undone.
    assert restored.before is not None
    new.restore(restored.before)
    assert [task.title for task in new.tasks.tasks()] == ["Erster Eintrag"]
    # The private folder is gone; nothing half copied is left.
    left = [p.name for p in (tmp_path / "new").rglob("*")]
    assert not [name for name in left if "archive" in name or name.endswith(".part")]


def test_the_archive_lists_every_member_with_its_size_and_sha256(
    archive: Path, old: Workspace
) -> None:
    with zipfile.ZipFile(archive) as opened:
        manifest = json.loads(opened.read("manifest.json"))
        contents = {info.filename: opened.read(info) for info in opened.infolist()}
        assert {info.compress_type for info in opened.infolist()} == {zipfile.ZIP_DEFLATED}
    (resource,) = old.tasks.task(1).resources
    attachment = f"attachments/{resource.target}"
    assert set(contents) == {"manifest.json", "plan.sqlite3", attachment}
    assert contents[attachment] == ATTACHMENT_BYTES
    assert manifest["format"] == "delegator-plan-archive"
    assert manifest["app_version"] == __version__
    assert manifest["created"] == "2026-12-07T09:30:00+01:00"
    assert manifest["revision"] == HEAD_REVISION
    assert manifest["summary"] == {"todos": 2, "delegated": 1, "assistants": 1, "attachments": 1}
    listed = {m["name"]: (m["size"], m["sha256"]) for m in manifest["members"]}
    assert listed == {
        name: (len(data), hashlib.sha256(data).hexdigest())
        for name, data in contents.items()
        if name != "manifest.json"
    }


def test_the_plan_in_the_archive_is_a_whole_database_without_a_log(
    archive: Path, tmp_path: Path
) -> None:
    with zipfile.ZipFile(archive) as opened:
        plan = tmp_path / "unpacked.sqlite3"
        plan.write_bytes(opened.read("plan.sqlite3"))
    connection = sqlite3.connect(plan)
    try:
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("SELECT count(*) FROM tasks").fetchone() == (2,)
    finally:
        connection.close()


def test_an_existing_file_is_replaced_only_when_asked(old: Workspace, tmp_path: Path) -> None:
    target = tmp_path / "plan.zip"
    target.write_bytes(b"keep me")
    with pytest.raises(FileExistsError):
        write_archive(old, target)
    assert target.read_bytes() == b"keep me"
    write_archive(old, target, replace=True)
    assert preview(target).summary.todos == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == [ATTACHMENT, "old", "plan.zip"]


def read_members(archive: Path) -> tuple[Members, dict[str, object]]:
    with zipfile.ZipFile(archive) as opened:
        members: Members = [
            (info.filename, opened.read(info), None)
            for info in opened.infolist()
            if info.filename != "manifest.json"
        ]
        manifest = json.loads(opened.read("manifest.json"))
    return members, manifest


def write_members(target: Path, members: Members, manifest: dict[str, object] | None) -> Path:
    with warnings.catch_warnings(), zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        warnings.simplefilter("ignore")  # a duplicate name is what one case is about
        for name, data, attributes in members:
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 7, 9, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            if attributes is not None:
                info.external_attr = attributes << 16
            out.writestr(info, data)
        if manifest is not None:
            out.writestr("manifest.json", json.dumps(manifest))
    return target


def listed(manifest: dict[str, object]) -> list[dict[str, object]]:
    entries = manifest["members"]
    assert isinstance(entries, list)
    return entries


def add(
    name: str, data: bytes = b"x", *, attributes: int | None = None, list_it: bool = True
) -> Change:
    def change(members: Members, manifest: dict[str, object]) -> None:
        members.append((name, data, attributes))
        if list_it:
            digest = hashlib.sha256(data).hexdigest()
            listed(manifest).append({"name": name, "size": len(data), "sha256": digest})

    return change


def replace_attachment(data: bytes) -> Change:
    def change(members: Members, manifest: dict[str, object]) -> None:
        for index, (name, _, attributes) in enumerate(members):
            if name.startswith("attachments/"):
                members[index] = (name, data, attributes)

    return change


def cut_plan(members: Members, manifest: dict[str, object]) -> None:
    """A plan cut short, listed with its new size and checksum."""
    for index, (name, data, attributes) in enumerate(members):
        if name == "plan.sqlite3":
            members[index] = (name, data[: len(data) - 100], attributes)
            entry = next(m for m in listed(manifest) if m["name"] == name)
            entry.update(size=len(data) - 100, sha256=hashlib.sha256(data[:-100]).hexdigest())


def without_plan(members: Members, manifest: dict[str, object]) -> None:
    members[:] = [m for m in members if m[0] != "plan.sqlite3"]


HOSTILE: dict[str, tuple[Change, ArchiveProblem, str]] = {
    "path traversal": (add("../x"), ArchiveProblem.UNSAFE_NAME, "../x"),
    "traversal inside": (
        add("attachments/0123456789abcdef/../../../x"),
        ArchiveProblem.UNSAFE_NAME,
        "attachments/0123456789abcdef/../../../x",
    ),
    "absolute path": (add(ESCAPED), ArchiveProblem.UNSAFE_NAME, ESCAPED),
    "backslash": (add("attachments\\..\\x"), ArchiveProblem.UNSAFE_NAME, "attachments\\..\\x"),
    "drive letter": (add("C:/x"), ArchiveProblem.UNSAFE_NAME, "C:/x"),
    "symlink": (
        add("attachments/0123456789abcdef/link", b"/etc/passwd", attributes=stat.S_IFLNK | 0o777),
        ArchiveProblem.SYMLINK,
        "attachments/0123456789abcdef/link",
    ),
    "log file": (add("plan.sqlite3-wal"), ArchiveProblem.JOURNAL_MEMBER, "plan.sqlite3-wal"),
    "journal": (add("plan.sqlite3-journal"), ArchiveProblem.JOURNAL_MEMBER, "plan.sqlite3-journal"),
    "stranger": (add("notes.txt"), ArchiveProblem.UNEXPECTED_MEMBER, "notes.txt"),
    "folder entry": (add("attachments/"), ArchiveProblem.UNEXPECTED_MEMBER, "attachments/"),
    "twice": (add("plan.sqlite3", list_it=False), ArchiveProblem.DUPLICATE_MEMBER, "plan.sqlite3"),
    "not listed": (
        add("attachments/0123456789abcdef/extra.txt", list_it=False),
        ArchiveProblem.NOT_LISTED,
        "attachments/0123456789abcdef/extra.txt",
    ),
    "plan missing": (without_plan, ArchiveProblem.MISSING_MEMBER, "plan.sqlite3"),
    "wrong checksum": (
        replace_attachment(ATTACHMENT_BYTES.upper()),
        ArchiveProblem.CHECKSUM_MISMATCH,
        "attachments/",
    ),
    "shorter": (replace_attachment(b"Rech"), ArchiveProblem.SIZE_MISMATCH, "attachments/"),
    "newer plan": (
        lambda members, manifest: manifest.update(revision="9999_future"),
        ArchiveProblem.PLAN_TOO_NEW,
        "plan.sqlite3",
    ),
    "other format": (
        lambda members, manifest: manifest.update(format="zip-of-something"),
        ArchiveProblem.UNKNOWN_FORMAT,
        "manifest.json",
    ),
    "manifest without sizes": (
        lambda members, manifest: manifest.update(members=[{"name": "plan.sqlite3"}]),
        ArchiveProblem.BAD_MANIFEST,
        "manifest.json",
    ),
    "damaged plan": (cut_plan, ArchiveProblem.PLAN_UNUSABLE, "plan.sqlite3"),
    "summary lies": (
        lambda members, manifest: manifest.update(
            summary={"todos": 200, "delegated": 1, "assistants": 1, "attachments": 1}
        ),
        ArchiveProblem.SUMMARY_MISMATCH,
        "plan.sqlite3",
    ),
}


PLAN_PROBLEMS = {ArchiveProblem.PLAN_UNUSABLE, ArchiveProblem.SUMMARY_MISMATCH}


def tree(folder: Path) -> dict[str, bytes | None]:
    """Every file below *folder* with its bytes (the live plan and its log as they
    read), and every folder (None)."""
    return {
        str(path.relative_to(folder)): path.read_bytes() if path.is_file() else None
        for path in sorted(folder.rglob("*"))
        if not path.name.endswith("-shm")
    }


def assert_refused(
    hostile: Path, new: Workspace, tmp_path: Path, problem: ArchiveProblem, member: str
) -> str:
    """Opening refuses *hostile* for *problem*, and so does the preview unless the
    problem is found only in the unpacked plan; nothing changed anywhere. Returns the
    message the user reads."""
    before = tree(tmp_path)
    escaped_before = Path(ESCAPED).exists()
    refusals = []
    if problem not in PLAN_PROBLEMS:
        with pytest.raises(ArchiveRefused) as previewed:
            preview(hostile)
        refusals.append(previewed.value)
    with pytest.raises(ArchiveRefused) as opened:
        open_archive(new, hostile)
    for refused in (*refusals, opened.value):
        assert refused.problem is problem
        assert refused.member.startswith(member)
    assert tree(tmp_path) == before
    assert Path(ESCAPED).exists() == escaped_before
    assert [task.title for task in new.tasks.tasks()] == ["Erster Eintrag"]
    message = explain(opened.value)
    assert str(hostile) in message
    assert opened.value.member in message
    assert "\n" not in message
    return message


@pytest.mark.parametrize("case", HOSTILE)
def test_a_hostile_or_damaged_archive_is_refused_and_changes_nothing(
    case: str, archive: Path, new: Workspace, tmp_path: Path
) -> None:
    change, problem, member = HOSTILE[case]
    members, manifest = read_members(archive)
    change(members, manifest)
    hostile = write_members(tmp_path / "hostile.zip", members, manifest)
    assert_refused(hostile, new, tmp_path, problem, member)


def test_each_refusal_has_its_own_message(archive: Path, tmp_path: Path) -> None:
    messages = {
        explain(ArchiveRefused(archive, problem, "plan.sqlite3", "1")) for problem in ArchiveProblem
    }
    assert len(messages) == len(ArchiveProblem)


def test_a_truncated_archive_is_refused(archive: Path, new: Workspace, tmp_path: Path) -> None:
    data = archive.read_bytes()
    cut = tmp_path / "cut.zip"
    cut.write_bytes(data[: len(data) // 2])
    message = assert_refused(cut, new, tmp_path, ArchiveProblem.TRUNCATED, "")
    assert "cut short" in message


def test_a_file_that_is_no_zip_is_refused(new: Workspace, tmp_path: Path) -> None:
    other = tmp_path / "plan.zip"
    other.write_text("id,title\n1,Rechnungen\n")
    assert_refused(other, new, tmp_path, ArchiveProblem.NOT_A_ZIP, "")


def test_an_archive_without_a_manifest_is_refused(
    archive: Path, new: Workspace, tmp_path: Path
) -> None:
    members, _ = read_members(archive)
    hostile = write_members(tmp_path / "bare.zip", members, None)
    assert_refused(hostile, new, tmp_path, ArchiveProblem.NO_MANIFEST, "manifest.json")


def test_a_member_that_unpacks_to_far_more_than_declared_is_not_unpacked(
    archive: Path, new: Workspace, tmp_path: Path
) -> None:
    """A zip bomb: 200 MB of zeros where the manifest promises the attachment's 29 bytes;
    it is refused after reading one byte more than promised."""
    members, manifest = read_members(archive)
    (attachment,) = [name for name, _, _ in members if name.startswith("attachments/")]
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data, _ in members:
            if name != attachment:
                out.writestr(name, data)
        with out.open(attachment, "w") as writer:
            zeros = bytes(1024 * 1024)
            for _ in range(200):
                writer.write(zeros)
        out.writestr("manifest.json", json.dumps(manifest))
    assert bomb.stat().st_size < 1024 * 1024
    assert_refused(bomb, new, tmp_path, ArchiveProblem.UNPACKS_LARGER, attachment)


def test_declared_sizes_above_the_limit_are_refused_before_unpacking(
    archive: Path, new: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(archive_reading, "MAX_MEMBER_BYTES", 1000)
    assert_refused(archive, new, tmp_path, ArchiveProblem.TOO_LARGE, "plan.sqlite3")


def test_an_attachment_gone_from_the_old_computer_is_named_as_missing(
    old: Workspace, new: Workspace, tmp_path: Path
) -> None:
    (resource,) = old.tasks.task(1).resources
    old.tasks.attachment_path(resource).unlink()
    archive = write_archive(old, tmp_path / "plan.zip")
    assert preview(archive).summary.attachments == 1
    restored = open_archive(new, archive)
    assert restored.missing_attachments == (resource.target,)
    assert [task.title for task in new.tasks.tasks()] == ["Rechnungen schreiben", "Pitch"]


def test_a_plan_that_cannot_be_written_keeps_the_attachments_folder_as_it_was(
    archive: Path, new: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full_disk(backup_file: Path) -> None:
        raise StorageUnavailable("delegator.sqlite3: No space left on device")

    before = tree(tmp_path)
    monkeypatch.setattr(new, "restore", full_disk)
    with pytest.raises(StorageUnavailable):
        open_archive(new, archive)
    assert tree(tmp_path) == before
    assert [task.title for task in new.tasks.tasks()] == ["Erster Eintrag"]
