"""The window's side of File → Export Whole Plan and File → Open Plan Archive: which
file (in the user's documents folder or the folder used last; a name with today's
date), and opening an archive as one undo step, like a restore
(gui/backup_restore.switch_plan, services/restore_operation.open_archive_switch)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from delegator.domain.errors import DelegatorError
from delegator.gui.backup_restore import Said, switch_plan
from delegator.text.messages import explain

if TYPE_CHECKING:
    from delegator.gui.main_window import MainWindow

FOLDER_KEY = "plan_archive/folder"  # the folder an archive was last written to or opened from
SUFFIX = ".zip"
STATUS_SHOWN_MS = 10000


def choose_export_target(
    parent: QWidget, settings: QSettings, today: dt.date
) -> tuple[Path, bool] | None:
    """Where to write the archive (None: the user cancelled) and whether a file there
    may be replaced (the file dialog asked; when ".zip" had to be added and that file
    exists, asked here)."""
    name = QCoreApplication.translate("MainWindow", "Delegator plan {date}.zip").format(
        date=today.isoformat()
    )
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("MainWindow", "Export Whole Plan"),
        str(_folder(settings) / name),
        _file_filter(),
    )
    if not chosen:
        return None
    path = Path(chosen)
    settings.setValue(FOLDER_KEY, str(path.parent))
    if path.suffix:
        return path, True
    path = path.with_name(path.name + SUFFIX)
    if not path.exists():
        return path, False
    asked = QMessageBox.question(
        parent,
        QCoreApplication.translate("MainWindow", "Export Whole Plan"),
        QCoreApplication.translate(
            "MainWindow", "A file named {name} is already in {folder}. Replace it?"
        ).format(name=path.name, folder=path.parent),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return (path, True) if asked == QMessageBox.StandardButton.Yes else None


def choose_archive(parent: QWidget, settings: QSettings) -> Path | None:
    """The archive to open (None: the user cancelled)."""
    chosen, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("MainWindow", "Open Plan Archive"),
        str(_folder(settings)),
        _file_filter(),
    )
    if not chosen:
        return None
    path = Path(chosen)
    settings.setValue(FOLDER_KEY, str(path.parent))
    return path


def _folder(settings: QSettings) -> Path:
    stored = str(settings.value(FOLDER_KEY, "") or "")
    if stored and Path(stored).is_dir():
        return Path(stored)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()


def _file_filter() -> str:
    return QCoreApplication.translate("MainWindow", "Plan archives (*.zip);;All files (*)")


def open_plan_archive(window: MainWindow) -> None:
    """File → Open Plan Archive: the file, its preview, then the plan opened."""
    window.dialogs.open_plan_archive(lambda path: open_plan(window, path))


def open_plan(window: MainWindow, path: Path) -> str:
    """Make the plan the one in the archive *path* and show it everywhere; "" or the
    problem, in which case nothing changed (not the plan, not the undo history)."""
    from delegator.gui.backup_words import BackupWords
    from delegator.services.restore_operation import open_archive_switch

    said = Said(
        undone=QCoreApplication.translate(
            "MainWindow", "Your plan is back as it was before the plan archive was opened."
        ),
        redone=QCoreApplication.translate(
            "MainWindow", "Opened the plan archive {name} again."
        ).format(name=path.name),
    )
    try:
        restored = switch_plan(
            window,
            open_archive_switch(window.workspace, path),
            QCoreApplication.translate("MainWindow", "Open Plan Archive"),
            said,
        )
    except DelegatorError as error:
        return explain(error)
    text = QCoreApplication.translate("MainWindow", "Opened the plan archive {name}.").format(
        name=path.name
    )
    missing = len(restored.missing_attachments) if restored is not None else 0
    if missing:
        text += " " + BackupWords().missing_attachments(missing)
    window.statusBar().showMessage(text, STATUS_SHOWN_MS)
    return ""
