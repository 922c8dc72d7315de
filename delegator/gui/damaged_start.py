"""A damaged plan at start: say so in one sentence, leave the file as it is, and offer
the newest good backup (its date and what it holds). Opening it sets the damaged file
aside under a new name, byte for byte, and says where; declining changes nothing. Never
an empty plan. Paths may wrap after each folder, not inside a name."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from delegator.domain.clock import Clock
from delegator.domain.errors import DatabaseDamaged, DatabaseFileError, StorageUnavailable
from delegator.gui.backup_words import BackupWords
from delegator.runtime.paths import Paths
from delegator.services.backup_service import BackupService
from delegator.text.messages import file_problem, reason


def offer_backup(error: DatabaseDamaged, where: Paths) -> bool:
    """Ask whether to open the newest good backup instead of the damaged plan; True
    once it is the plan (the window may open), False to quit with nothing changed."""
    service = BackupService(where.database, where.backups, where.data_dir / "attachments", Clock())
    damaged = QCoreApplication.translate(
        "DamagedStart", "Your plan {path} is damaged ({detail}) and was left untouched."
    ).format(path=wrappable(error.path), detail=file_problem(error))
    newest = service.newest_good()
    if newest is None or newest.summary is None:
        QMessageBox.critical(
            None,
            "Delegator",
            damaged
            + " "
            + QCoreApplication.translate(
                "DamagedStart", "There is no good backup of it in {folder}. Delegator quits."
            ).format(folder=wrappable(where.backups)),
        )
        return False
    box = QMessageBox(QMessageBox.Icon.Warning, "Delegator", damaged)
    words = BackupWords()
    box.setInformativeText(
        QCoreApplication.translate(
            "DamagedStart",
            "The newest good backup is from {when}: {holds}. Open it instead? The damaged "
            "file is kept beside it under a new name.",
        ).format(when=words.made_at(newest.created), holds=words.holds(newest.summary))
    )
    open_backup = box.addButton(
        QCoreApplication.translate("DamagedStart", "Open the Backup"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(
        QCoreApplication.translate("DamagedStart", "Quit"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(open_backup)
    box.exec()
    if box.clickedButton() is not open_backup:
        return False
    try:
        restored = service.restore(newest.path)
    except (DatabaseFileError, StorageUnavailable) as failed:
        QMessageBox.critical(
            None,
            "Delegator",
            QCoreApplication.translate(
                "DamagedStart", "The backup could not be opened ({detail})."
            ).format(detail=reason(failed)),
        )
        return False
    if restored.set_aside is not None:
        QMessageBox.information(
            None,
            "Delegator",
            QCoreApplication.translate(
                "DamagedStart",
                "The backup is now your plan. The damaged file was kept as {name} in {folder}.",
            ).format(name=restored.set_aside.name, folder=wrappable(restored.set_aside.parent)),
        )
    return True


def wrappable(path: Path) -> str:
    """*path* with a zero-width space after each separator, so that a message box
    wraps a long path between folders instead of in the middle of a name."""
    return str(path).replace(os.sep, os.sep + "\u200b")
