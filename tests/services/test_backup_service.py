"""Backups: a checked copy with its attachments, a list with what each holds, a restore
that can be undone, and the retention of automatic ones."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from delegator.domain.backups import BackupKind, Retention, backup_name
from delegator.domain.clock import Clock
from delegator.domain.errors import StorageUnavailable, UnusableBackup
from delegator.domain.model import Decision
from delegator.services.backup_service import BackupService
from delegator.services.task_service import NewTask
from delegator.services.workspace import Workspace
from delegator.storage import plan_file
from tests.storage.helpers import corrupt_a_task_page, integrity, sha256

CLOCK = Clock.fixed(dt.datetime(2026, 12, 7, 10, 0), ZoneInfo("Europe/Berlin"))


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    data = tmp_path / "data"
    workspace = Workspace(data / "delegator.sqlite3", data / "backups", CLOCK)
    (task_id,), _ = workspace.tasks.add([NewTask("Rechnungen schreiben", Decision.DELEGATE)])
    source = tmp_path / "vorlage.txt"
    source.write_text("Vorlage für Rechnungen")
    resource = workspace.tasks.attach(source)
    workspace.tasks.save(replace(workspace.tasks.task(task_id), resources=(resource,)))
    workspace.tasks.add([NewTask("Kundenpitch", Decision.KEEP)])
    yield workspace
    workspace.close()


def _titles(workspace: Workspace) -> list[str]:
    return [summary.title for summary in workspace.tasks.summaries()]


def test_a_backup_holds_the_plan_and_lists_what_it_holds(workspace: Workspace) -> None:
    made = workspace.backups.back_up()
    assert made.parent == workspace.backups_dir
    assert integrity(made) == ("ok", [])
    (listed,) = workspace.backups.backups()
    assert listed.path == made
    assert listed.kind is BackupKind.AUTOMATIC
    assert listed.created == CLOCK.local().replace(tzinfo=None)
    assert listed.size == made.stat().st_size
    assert listed.summary is not None
    assert (listed.summary.todos, listed.summary.delegated) == (2, 1)
    assert listed.summary.attachments == 1


def test_attachments_are_kept_once_and_come_back_with_a_restore(workspace: Workspace) -> None:
    first = workspace.backups.back_up()
    workspace.backups.back_up(BackupKind.MANUAL)
    kept = list((workspace.backups_dir / "attachments").rglob("vorlage.txt"))
    assert len(kept) == 1
    (live,) = workspace.attachments_dir.rglob("vorlage.txt")
    live.unlink()
    restored = workspace.restore(first)
    assert restored.missing_attachments == ()
    assert live.read_text() == "Vorlage für Rechnungen"


def test_a_restore_backs_up_the_plan_first_so_it_can_be_undone(workspace: Workspace) -> None:
    backup = workspace.backups.back_up(BackupKind.MANUAL)
    workspace.tasks.add([NewTask("Added after the backup")])
    restored = workspace.restore(backup)
    assert _titles(workspace) == ["Rechnungen schreiben", "Kundenpitch"]
    assert restored.before is not None
    assert restored.set_aside is None
    workspace.restore(restored.before)
    assert _titles(workspace)[-1] == "Added after the backup"
    # Writing after a restore goes into the restored plan, through the same services.
    workspace.tasks.add([NewTask("One more")])
    assert _titles(workspace)[-2:] == ["Added after the backup", "One more"]


def test_a_damaged_backup_is_refused_and_the_plan_is_unchanged(workspace: Workspace) -> None:
    workspace.tasks.add([NewTask(f"To-do {n}", notes="n" * 300) for n in range(2000)])
    backup = workspace.backups.back_up(BackupKind.MANUAL)
    corrupt_a_task_page(backup)
    workspace.close()
    before = sha256(workspace.data_file)
    with pytest.raises(UnusableBackup, match=r"Page \d+"):
        workspace.restore(backup)
    assert sha256(workspace.data_file) == before
    assert len(_titles(workspace)) == 2002
    assert workspace.backups.newest_good() is None


def test_the_newest_good_backup_skips_a_damaged_newer_one(workspace: Workspace) -> None:
    workspace.tasks.add([NewTask(f"To-do {n}", notes="n" * 300) for n in range(2000)])
    good = workspace.backups.back_up(BackupKind.MANUAL)
    damaged = workspace.backups.back_up(BackupKind.MANUAL)
    corrupt_a_task_page(damaged)
    newest = workspace.backups.newest_good()
    assert newest is not None
    assert newest.path == good
    assert newest.summary is not None
    assert newest.summary.todos == 2002


def _damaged_plan_and_its_backup(data: Path) -> tuple[Path, Path]:
    """A plan of 2,000 to-dos in *data*, backed up, closed, then damaged: the plan file
    and the backup."""
    workspace = Workspace(data / "delegator.sqlite3", data / "backups", CLOCK)
    workspace.tasks.add([NewTask(f"To-do {n}", notes="n" * 300) for n in range(2000)])
    backup = workspace.backups.back_up()
    workspace.close()
    corrupt_a_task_page(workspace.data_file)
    return workspace.data_file, backup


def test_a_damaged_plan_is_set_aside_unchanged_when_a_backup_replaces_it(tmp_path: Path) -> None:
    data = tmp_path / "data"
    plan, backup = _damaged_plan_and_its_backup(data)
    damaged = sha256(plan)
    service = BackupService(plan, data / "backups", data / "attachments", CLOCK)
    restored = service.restore(backup)
    assert restored.before is None
    assert restored.set_aside is not None
    assert sha256(restored.set_aside) == damaged
    assert restored.set_aside.name == "delegator-damaged-20261207-100000.sqlite3"
    reopened = Workspace(data / "delegator.sqlite3", data / "backups", CLOCK)
    try:
        assert len(_titles(reopened)) == 2000
    finally:
        reopened.close()


def test_a_backup_is_due_once_a_day_and_at_exit_only_after_a_change(
    workspace: Workspace,
) -> None:
    service = workspace.backups
    assert service.automatic_due()
    assert service.changed_since_automatic()
    service.back_up()
    assert not service.automatic_due()
    assert not service.changed_since_automatic()
    workspace.tasks.add([NewTask("Changed")])
    assert service.changed_since_automatic()
    tomorrow = Clock.fixed(dt.datetime(2026, 12, 8, 9, 0), ZoneInfo("Europe/Berlin"))
    later = BackupService(service.data_file, service.backups_dir, service.attachments_dir, tomorrow)
    assert later.automatic_due()


def test_pruning_lets_old_automatic_backups_go_and_keeps_the_others(
    workspace: Workspace,
) -> None:
    service = workspace.backups
    made = service.back_up()
    start = dt.datetime(2026, 10, 1, 9, 0)
    old = []
    for day in range(40):
        copy = service.backups_dir / backup_name(
            BackupKind.AUTOMATIC, start + dt.timedelta(days=day)
        )
        copy.write_bytes(made.read_bytes())
        old.append(copy)
    manual = service.back_up(BackupKind.MANUAL)
    gone = service.prune(Retention(daily=3, weekly=2))
    remaining = {backup.path for backup in service.backups()}
    assert manual in remaining
    assert made in remaining
    assert len([p for p in remaining if p.name.startswith("delegator-auto-")]) == 5
    assert set(gone) == set(old) - remaining
    # The store keeps the attachment: the plan and the kept backups use it.
    assert list((service.backups_dir / "attachments").rglob("vorlage.txt"))


def test_a_backup_to_a_chosen_file_is_checked_and_leaves_no_partial_file(
    workspace: Workspace, tmp_path: Path
) -> None:
    target = tmp_path / "elsewhere" / "copy.sqlite3"
    written = workspace.backups.back_up(BackupKind.MANUAL, target)
    assert written == target
    assert integrity(target) == ("ok", [])
    assert sorted(p.name for p in target.parent.iterdir()) == ["copy.sqlite3"]
    assert workspace.backups.backups() == []


def test_a_damaged_plan_goes_back_in_place_when_the_backup_cannot_be_copied(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without a plan file the next start would make an empty plan: never leave none."""
    data = tmp_path / "data"
    plan, backup = _damaged_plan_and_its_backup(data)
    damaged = sha256(plan)

    def disk_full(_source: Path, _target: Path) -> None:
        raise StorageUnavailable("database or disk is full")

    monkeypatch.setattr(plan_file, "copy_plan", disk_full)
    service = BackupService(plan, data / "backups", data / "attachments", CLOCK)
    with pytest.raises(StorageUnavailable):
        service.restore(backup)
    assert sha256(plan) == damaged
    assert not list(data.glob("delegator-damaged-*"))
