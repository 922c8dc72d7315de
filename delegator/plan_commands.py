"""The command line's commands for the plan as a whole: backup, backups, restore,
archive, open-archive, and the hint that names a backup for a damaged plan (see
docs/design.md, Backups). Their strings share the translation context of cli.py."""

from __future__ import annotations

import argparse
import contextlib
import json
import shlex
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLockFile

from delegator.runtime.paths import Paths
from delegator.text.counts import Counts

if TYPE_CHECKING:
    from delegator.domain.backups import Backup
    from delegator.services.backup_service import BackupService, Restored
    from delegator.services.workspace import Workspace

EXIT_OK = 0
EXIT_ERROR = 3


def backup_service(paths: Paths) -> BackupService:
    from delegator.domain.clock import Clock
    from delegator.services.backup_service import BackupService

    return BackupService(paths.database, paths.backups, paths.data_dir / "attachments", Clock())


def backup(workspace: Workspace, output: str | None) -> int:
    from delegator.domain.backups import BackupKind

    target = Path(output).expanduser().absolute() if output else None
    if target is not None and target.exists():
        print(
            "delegator: "
            + QCoreApplication.translate(
                "cli", "{path} already exists; nothing was written. Choose a new file."
            ).format(path=target),
            file=sys.stderr,
        )
        return EXIT_ERROR
    print(workspace.backups.back_up(BackupKind.MANUAL, target))
    return EXIT_OK


def backups(paths: Paths, as_json: bool) -> int:
    """List the backups without opening the plan: it works when the plan is damaged."""
    listed = backup_service(paths).backups()
    if as_json:
        rows = [
            {
                "file": str(entry.path),
                "created": entry.created.isoformat(timespec="seconds"),
                "kind": entry.kind.value,
                "todos": entry.summary.todos if entry.summary else None,
                "delegated": entry.summary.delegated if entry.summary else None,
                "assistants": entry.summary.assistants if entry.summary else None,
                "size": entry.size,
                "problem": entry.problem or None,
            }
            for entry in listed
        ]
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    for entry in listed:
        print(f"{entry.created:%Y-%m-%d %H:%M}  {_holds(entry)}  {entry.path}")
    return EXIT_OK


def _holds(entry: Backup) -> str:
    if entry.summary is None:
        return QCoreApplication.translate("cli", "unreadable: {problem}").format(
            problem=entry.problem
        )
    return QCoreApplication.translate("cli", "{todos}, {delegated} delegated, {assistants}").format(
        todos=Counts().todos(entry.summary.todos),
        delegated=entry.summary.delegated,
        assistants=Counts().assistants(entry.summary.assistants),
    )


def restore(paths: Paths, file: str, yes: bool) -> int:
    """Restore without opening the plan first, so it works when the plan is damaged
    (which is then kept aside unchanged); the restored plan is opened after, which
    upgrades it when the backup came from an older version."""
    from delegator.services.workspace import Workspace

    source = Path(file).expanduser().absolute()
    service = backup_service(paths)
    summary = service.check_backup(source)
    question = QCoreApplication.translate(
        "cli", "Replace the plan in {path} with {file} ({todos}, {delegated} delegated)?"
    ).format(
        path=paths.database,
        file=source,
        todos=Counts().todos(summary.todos),
        delegated=summary.delegated,
    )
    if not yes and not confirmed(question):
        return EXIT_ERROR
    with window_closed(paths):
        restored = service.restore(source)
        Workspace(paths.database, paths.backups).close()
    _report(restored)
    return EXIT_OK


def archive(workspace: Workspace, output: str, force: bool) -> int:
    from delegator.services.plan_archive import write_archive

    print(write_archive(workspace, Path(output).expanduser().absolute(), replace=force))
    return EXIT_OK


def open_archive(workspace: Workspace, paths: Paths, file: str, yes: bool) -> int:
    from delegator.services.plan_archive import open_archive as open_plan_archive
    from delegator.services.plan_archive import preview

    shown = preview(Path(file).expanduser().absolute())
    summary = shown.summary
    print(
        QCoreApplication.translate(
            "cli", "{file}: the plan as it was on {created}, saved by Delegator {version}"
        ).format(
            file=shown.path,
            created=f"{shown.created:%Y-%m-%d %H:%M}",
            version=shown.app_version,
        )
    )
    print(
        "  "
        + QCoreApplication.translate(
            "cli", "{todos}, {delegated} delegated, {assistants}, {attachments}"
        ).format(
            todos=Counts().todos(summary.todos),
            delegated=summary.delegated,
            assistants=Counts().assistants(summary.assistants),
            attachments=Counts().attachments(summary.attachments),
        )
    )
    question = QCoreApplication.translate(
        "cli", "Replace the plan in {path} with the plan in this archive?"
    ).format(path=workspace.data_file)
    if not yes and not confirmed(question):
        return EXIT_ERROR
    with window_closed(paths):
        restored = open_plan_archive(workspace, shown.path)
    _report(restored)
    return EXIT_OK


def _report(restored: Restored) -> None:
    if restored.set_aside is not None:
        print(
            QCoreApplication.translate(
                "cli", "The damaged plan is kept, unchanged, as {file}."
            ).format(file=restored.set_aside)
        )
    if restored.before is not None:
        print(
            QCoreApplication.translate("cli", "Restored. The plan as it was is in {file}.").format(
                file=restored.before
            )
        )
    for target in restored.missing_attachments:
        print(
            QCoreApplication.translate(
                "cli", "Attachment {name} is in no backup and could not be brought back."
            ).format(name=target),
            file=sys.stderr,
        )


@contextlib.contextmanager
def window_closed(paths: Paths) -> Iterator[None]:
    """Hold the lock the window holds while it is open (PlanInUse when it is): a plan
    replaced under an open window would leave it editing rows that are gone."""
    from delegator.domain.errors import PlanInUse

    if not paths.data_dir.is_dir():
        yield
        return
    lock = QLockFile(str(paths.lock))
    lock.setStaleLockTime(0)
    if not lock.tryLock(0):
        raise PlanInUse(paths.data_dir)
    try:
        yield
    finally:
        lock.unlock()


def backup_hint(error: Exception, args: argparse.Namespace, paths: Paths) -> str:
    """For a damaged plan: the newest good backup and the command that restores it."""
    from delegator.domain.errors import DatabaseDamaged

    if not isinstance(error, DatabaseDamaged) or error.path != paths.database:
        return ""
    newest = backup_service(paths).newest_good()
    if newest is None:
        return " " + QCoreApplication.translate("cli", "There is no good backup of it.")
    data_dir = getattr(args, "data_dir", None)
    where = f"--data-dir {shlex.quote(str(paths.data_dir))} " if data_dir else ""
    count = newest.summary.todos if newest.summary else 0
    return " " + QCoreApplication.translate(
        "cli",
        "The newest good backup is {file} from {created} ({todos}). Restore it "
        "with: delegator {where}restore {file}",
    ).format(
        file=shlex.quote(str(newest.path)),
        created=f"{newest.created:%Y-%m-%d %H:%M}",
        todos=Counts().todos(count),
        where=where,
    )


def confirmed(question: str) -> bool:
    """Ask *question* on a terminal; elsewhere refuse and name --yes."""
    if not sys.stdin.isatty():
        print(
            "delegator: "
            + question
            + " "
            + QCoreApplication.translate("cli", "Nothing was changed; add --yes to go ahead."),
            file=sys.stderr,
        )
        return False
    answer = input(question + " [y/N] ")
    return answer.strip().lower() in {"y", "yes", "j", "ja"}
